"""The table contract: every exported table matches its declaration, the check can fail, the dictionary is current."""

from __future__ import annotations

import copy
from pathlib import Path

import pandas as pd
import pytest

from analysis import schema
from analysis.export import base_tables, export, with_outlet
from analysis.study import FAILURE_COLUMNS, Study, failure_row

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed_export(seed_study: Study, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed study's tables, exported once into a temporary folder."""
    out = tmp_path_factory.mktemp("exports")
    export(seed_study, out)
    return out


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def test_declarations_are_well_formed() -> None:
    declared = schema.load_schema()["tables"]
    assert {"articles", "segments", "attributions", "keyness", "reuse", "failed_articles"} <= set(declared)
    assert all(spec["columns"] and spec["keys"] for spec in declared.values())


def test_every_exported_table_matches_its_declaration(seed_export: Path) -> None:
    assert schema.check_export_folder(seed_export) == []


def test_every_declared_table_is_written(seed_export: Path) -> None:
    declared = schema.load_schema()["tables"]
    always = {name for name, spec in declared.items() if "written" not in spec}
    assert always == set(declared) - {"failed_articles"}  # written only when an article failed
    assert {path.stem for path in seed_export.glob("*.csv")} == always


def test_failed_articles_table_matches_its_declaration(seed_study: Study) -> None:
    article_id = seed_study.articles["article_id"].iat[0]
    failed = pd.DataFrame([failure_row(article_id, "framing", ValueError("bad page"))], columns=FAILURE_COLUMNS)
    assert schema.check_table("failed_articles", with_outlet(failed, seed_study)) == []


def _declare(monkeypatch: pytest.MonkeyPatch, table: str, column: str, deviation: dict) -> None:
    """Make the checker read the real declarations with one more deviation on ``table.column``."""
    declared = copy.deepcopy(schema.load_schema())
    spec = next(c for c in declared["tables"][table]["columns"] if c["name"] == column)
    spec["deviation"] = [*spec.get("deviation", []), deviation]
    monkeypatch.setattr(schema, "load_schema", lambda: declared)


def test_declared_deviations_are_reported_as_known(monkeypatch: pytest.MonkeyPatch) -> None:
    # Declared here, not read from the declarations: a finished contract change removes its deviation.
    marker = {"kind": "missing_marker", "marker": "-1", "now": "-1 for relation first", "contract": "empty cell"}
    _declare(monkeypatch, "quote_variants", "linked_quote_id", marker)
    absent = {"kind": "missing_column", "absent": True, "now": "no outlet column", "contract": "outlet"}
    _declare(monkeypatch, "quote_variants", "outlet", absent)
    frame = _read(REPO / "exports" / "quote_variants.csv").drop(columns="outlet")
    frame["linked_quote_id"] = frame["linked_quote_id"].replace("", "-1")
    problems, known = schema.table_report("quote_variants", frame)
    assert problems == []
    assert any(line.startswith("quote_variants.linked_quote_id: -1 for relation first (") for line in known)
    assert any(line.startswith("quote_variants.outlet: no outlet column") for line in known)


def test_committed_exports_match_their_declarations() -> None:
    assert schema.check_export_folder(REPO / "exports") == []


def _attributions() -> pd.DataFrame:
    return _read(REPO / "exports" / "attributions.csv")


def test_conforming_frame_passes() -> None:
    assert schema.check_table("attributions", _attributions()) == []


def test_wrong_type_fails() -> None:
    frame = _attributions()
    frame.loc[0, "content_words"] = "many"
    frame.loc[1, "anonymous"] = "yes"
    problems = schema.check_table("attributions", frame)
    assert any("attributions.content_words: 1 cell(s) are not integer" in p for p in problems)
    assert any("attributions.anonymous: 1 cell(s) are not boolean" in p for p in problems)


def test_missing_and_unknown_columns_fail() -> None:
    frame = _attributions().drop(columns=["cue_class"]).assign(extra="x")
    problems = schema.check_table("attributions", frame)
    assert "attributions: missing column cue_class" in problems
    assert "attributions: unknown column extra" in problems


def test_empty_cell_in_a_never_missing_column_fails() -> None:
    frame = _attributions()
    frame.loc[0, "mode"] = ""
    assert any("attributions.mode: 1 empty cell(s)" in p for p in schema.check_table("attributions", frame))


def test_undeclared_marker_and_long_float_fail() -> None:
    tone = _read(REPO / "exports" / "framing_tone.csv")
    tone.loc[0, "compound"] = "-0.750612345678901"  # 15 significant digits: more than the writer's 12
    assert any("more than 12 significant digits" in p for p in schema.check_table("framing_tone", tone))
    quotes = _read(REPO / "exports" / "quotes.csv")
    quotes.loc[0, "parent_quote_id"] = "-1"  # not a declared marker here, but still an integer ...
    quotes.loc[1, "parent_quote_id"] = "unknown"  # ... and this is not one
    assert any("quotes.parent_quote_id: 1 cell(s) are not integer" in p for p in schema.check_table("quotes", quotes))


def test_duplicate_keys_and_reordered_columns_fail() -> None:
    frame = _attributions()
    doubled = pd.concat([frame, frame.iloc[:1]], ignore_index=True)
    assert any("repeat the key" in p for p in schema.check_table("attributions", doubled))
    columns = list(frame.columns)
    swapped = frame[[columns[1], columns[0], *columns[2:]]]
    assert any("not in the declared order" in p for p in schema.check_table("attributions", swapped))


def test_a_done_contract_change_makes_the_declaration_stale(monkeypatch: pytest.MonkeyPatch) -> None:
    renamed = {"kind": "column_name", "current_name": "target", "now": "called target", "contract": "accused"}
    _declare(monkeypatch, "accused_parties", "accused", renamed)
    accused = _read(REPO / "exports" / "accused_parties.csv")
    problems = schema.check_table("accused_parties", accused)
    assert "accused_parties: column accused is renamed now; drop its column_name deviation" in problems
    assert schema.check_table("accused_parties", accused.rename(columns={"accused": "target"})) == []
    absent = {"kind": "missing_column", "absent": True, "now": "no outlet column", "contract": "outlet"}
    _declare(monkeypatch, "quote_variants", "outlet", absent)
    problems = schema.check_table("quote_variants", _read(REPO / "exports" / "quote_variants.csv"))
    assert "quote_variants: column outlet is written now; drop its missing_column deviation" in problems


def test_undeclared_table_fails() -> None:
    problems = schema.check_table("no_such_table", pd.DataFrame())
    assert problems == ["no_such_table: table not declared in table_schema.yml"]


def test_in_memory_frames_are_checked_as_written(seed_study: Study) -> None:
    assert schema.check_table("sentences", base_tables(seed_study)["sentences"]) == []


@pytest.mark.parametrize(("cell", "digits"), [("0.0250", 3), ("1e-05", 1), ("-728.08321", 8), ("0", 1), ("1.0", 2)])
def test_significant_digits(cell: str, digits: int) -> None:
    assert schema.significant_digits(cell) == digits


def test_exports_readme_is_the_generated_data_dictionary() -> None:
    readme = (REPO / "exports" / "README.md").read_text(encoding="utf-8")
    assert readme == schema.data_dictionary_markdown(), "run: python -m analysis data-dictionary"


def test_data_dictionary_documents_every_column() -> None:
    text = schema.data_dictionary_markdown()
    for name, spec in schema.load_schema()["tables"].items():
        assert f"## `{name}.csv`" in text
        assert all(f"| `{column['name']}`" in text for column in spec["columns"])
