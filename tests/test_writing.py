"""CSV writing: byte-identical floats on any CPU, formula cells neutralised and restorable, atomic exports."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from analysis.cli import main
from analysis.export import MANIFEST, verify_export
from analysis.writing import guard_cell, read_csv, restore_cell, write_csv
from conftest import CORPUS


def test_a_float_that_differs_in_its_last_bit_between_cpus_is_written_identically(tmp_path):
    # The failure of issue 17: numpy's SIMD log10 and Python's math can differ in the last bit.
    computed = math.log10(11)
    neighbour = float(np.nextafter(computed, 2.0))
    assert repr(computed) != repr(neighbour)  # 17 significant digits would tell them apart
    write_csv(pd.DataFrame({"value": [computed]}), tmp_path / "a.csv")
    write_csv(pd.DataFrame({"value": [neighbour]}), tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes() == b"value\n1.04139268516\n"


def test_formula_cells_are_neutralised_and_numbers_untouched(tmp_path):
    frame = pd.DataFrame(
        {
            "text": ['=HYPERLINK("http://x","y")', "+1 (555)", "-said", "@here", "'=already", "'s", "plain"],
            "number": [-1, 2, -3, 4, 5, 6, 7],
        }
    )
    write_csv(frame, tmp_path / "t.csv")
    written = pd.read_csv(tmp_path / "t.csv", keep_default_na=False)
    assert list(written["text"]) == [
        '\'=HYPERLINK("http://x","y")',
        "'+1 (555)",
        "'-said",
        "'@here",
        "''=already",
        "'s",
        "plain",
    ]
    assert list(written["number"]) == [-1, 2, -3, 4, 5, 6, 7]
    assert read_csv(tmp_path / "t.csv").equals(frame)


@given(st.text(max_size=20))
def test_guarding_is_reversible_for_any_text(value):
    assert restore_cell(guard_cell(value)) == value
    assert guard_cell(value)[:1] not in {"=", "+", "-", "@", "\t", "\r"}


def test_export_writes_a_manifest_last_and_removes_tables_it_no_longer_produces(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / MANIFEST).write_text('{"tables": [{"file": "old_table.csv", "sha256": "x", "rows": 1}]}\n')
    (out / "old_table.csv").write_text("stale\n")
    assert main(["export", "--corpus", str(CORPUS), "--out", str(out), "--workers", "1"]) == 0
    assert not (out / "old_table.csv").exists()
    assert verify_export(out) == []
    (out / "segments.csv").write_text("truncated\n")
    assert any("segments.csv" in problem for problem in verify_export(out))
    (out / MANIFEST).unlink()
    assert "incomplete" in verify_export(out)[0]


def test_an_unwritable_output_is_one_line_before_any_work(tmp_path, capsys):
    blocker = tmp_path / "a_file"
    blocker.write_text("")
    assert main(["export", "--corpus", str(CORPUS), "--out", str(blocker), "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert "cannot write the export there" in err and "Traceback" not in err
