"""The second example study, examples/brennock (issue 12, item 7; issue 15's planted reuse).

Its report is built the way a researcher builds it (``report --corpus DIR --out DIR``), then checked:
nothing specific to the committed Syria study may appear in any page or table of it, and the wire copy
planted in it (examples/brennock/PLANTED_REUSE.md, written before any code ran on the corpus) must be
found as text reuse, with offsets that hold on both sides and the changed labels listed. Every expected
value below is copied from PLANTED_REUSE.md or from the Syria study's own files, not from the output.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from nbclient.exceptions import CellExecutionError

from analysis.cli import main
from analysis.writing import read_csv
from conftest import REPO

EXAMPLE = REPO / "examples" / "brennock"
EXAMPLE_CORPUS = EXAMPLE / "corpus"

# What is specific to the Syria study, written by hand from its story-specific codebook rows
# (analysis/data/framing_actors.csv: places, groups, organisations, leaders of that war), its outlets and
# dates (corpus/metadata.csv), its article ids, its speakers and the seed pages' phrases. Names are
# matched case-sensitively as whole words; phrases case-insensitively.
SYRIA_NAMES = [
    "Syria", "Syrian", "Idlib", "Douma", "Ghouta", "Khan Sheikhoun", "White Helmets", "HTS",
    "Hayat Tahrir al-Sham", "Tahrir al-Sham", "Nusra", "Jaish al-Islam", "Ahrar al-Sham", "Free Syrian Army",
    "Assad", "Damascus", "OPCW", "Takfiri", "Daesh", "Konashenkov", "Karpov", "Russia", "Russian", "Moscow",
    "Kremlin", "Putin", "Erdogan", "Ankara", "Iran", "Tehran", "IRIB", "Arab News", "Press TV",
    "Anti-government armed groups", "Islamic State", "ISIS", "Kurdish-led forces",
]  # fmt: skip
SYRIA_PHRASES = [
    "staged", "chemical", "false flag", "false-flag", "regime", "terrorists", "32 months", "2018-08-25",
    "2021-04-23", "25 August 2018", "23 April 2021", "000_345b2e44d5a31b57", "002_d1b1ec985e664fd8",
]  # fmt: skip
SYRIA_PATTERN = re.compile(
    "|".join(
        [rf"\b{re.escape(name)}\b" for name in SYRIA_NAMES]
        + [rf"(?i:\b{re.escape(phrase)}\b)" for phrase in SYRIA_PHRASES]
    )
)
# Charts are embedded in the pages as base64; their letters are not words of the report.
DATA_URI = re.compile(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]+")
CONTEXT = 70


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    """The example's report, built as the README says into a temporary folder, and why it failed ("" if not).

    A failure is kept rather than raised: the tables are exported before the notebooks run, so the
    checks of the tables and of the reuse still say something when a notebook fails on this study."""
    out = tmp_path_factory.mktemp("brennock_build")
    began = time.perf_counter()
    try:
        status = main(["report", "--corpus", str(EXAMPLE_CORPUS), "--out", str(out)])
        failure = "" if status == 0 else f"report exited with status {status}"
    except CellExecutionError as err:
        failure = str(err)[:3000]
    # Printed, not asserted: a timing belongs to a benchmark (the target is under two minutes).
    print(f"examples/brennock report built in {time.perf_counter() - began:.1f} s")
    return out, failure


@pytest.fixture(scope="module")
def build(built) -> Path:
    return built[0]


def _syria_hits(path: Path) -> list[str]:
    """Return 'file: …context…' for every Syria-specific term in a text file."""
    text = DATA_URI.sub(" ", path.read_text(encoding="utf-8", errors="replace"))
    hits = []
    for match in SYRIA_PATTERN.finditer(text):
        around = " ".join(text[max(0, match.start() - CONTEXT) : match.end() + CONTEXT].split())
        hits.append(f"{path.name}: {match.group(0)!r} in …{around}…")
    return hits


def _report_of(files: list[Path]) -> str:
    """Return the hits of ``files``, at most five per file, as one message."""
    lines = []
    for path in files:
        hits = _syria_hits(path)
        lines += hits[:5] + ([f"{path.name}: … and {len(hits) - 5} more"] if len(hits) > 5 else [])
    return "\n".join(lines)


def test_the_example_itself_never_uses_the_syria_terms():
    # Otherwise a term found in the report could be the example's own word, and the checks below unfair.
    files = [*EXAMPLE_CORPUS.glob("*.txt"), *(EXAMPLE / "codebooks").glob("*"), EXAMPLE / "source" / "articles.csv"]
    assert len(files) >= 25 + 6 + 1
    assert _report_of(files) == ""


def test_the_report_of_another_study_builds_without_error(built):
    out, failure = built
    assert failure == ""
    assert (out / "reports" / "index.html").is_file()


def test_no_page_of_the_report_names_anything_of_the_syria_study(build):
    pages = sorted((build / "reports").glob("*.html"))
    assert len(pages) >= 2, "the report wrote no pages"
    assert _report_of(pages) == ""


def test_no_table_of_the_report_names_anything_of_the_syria_study(build):
    tables = sorted([*(build / "exports").glob("*.csv"), *(build / "figures").glob("*.csv")])
    assert any(path.name == "mentions.csv" for path in tables), "the report exported no tables"
    assert _report_of(tables) == ""


@dataclass(frozen=True)
class Planted:
    """One planted reprint of PLANTED_REUSE.md: the words its passages must cover on each side."""

    reprint: str
    wire: str
    kind: str
    order: str  # when the wire was published, seen from the reprint
    reprint_span: tuple[str, str]  # first and last words of the reprinted stretch in the reprint
    wire_span: tuple[str, str]  # the same stretch in the wire story
    changes: frozenset[tuple[str, str]]  # (reprint's words, wire's words) replaced inside the stretch
    only_these_changes: bool


PLANTED = [
    # 1. ena02 -> vc01: paragraphs 1-7 whole, not a word changed, the same day.
    Planted(
        "vc01",
        "ena02",
        "verbatim",
        "same-day",
        ("The Energy and Mineworkers' Union threatened on Wednesday", "declined to comment on the strike threat"),
        ("The Energy and Mineworkers' Union threatened on Wednesday", "declined to comment on the strike threat"),
        frozenset(),
        True,
    ),
    # 2. ena03 -> dc02: paragraphs 2-4, "protesters" -> "rioters", "climate campaigners" -> "eco-zealots".
    Planted(
        "dc02",
        "ena03",
        "rewritten",
        "earlier",
        ("Police estimated the crowd at 3,500", "Police kept the two groups apart"),
        ("Police estimated the crowd at 3,500", "Police kept the two groups apart"),
        frozenset({("rioters", "protesters"), ("eco-zealots", "climate campaigners")}),
        True,
    ),
    # 3. ena01 -> gc02: rewritten lightly; at least paragraphs 1-6; the regulator's label changed.
    Planted(
        "gc02",
        "ena01",
        "rewritten",
        "earlier",
        ("Estmark will shut the Brennock Power Station", 'the timetable was "demanding'),
        ("Estmark will close the Brennock Power Station", 'the timetable was "demanding'),
        frozenset({("market", "electricity"), ("shut", "close"), ("operated", "run"), ("region", "valley")}),
        False,
    ),
]


def _raw(article_id: str) -> str:
    return (EXAMPLE_CORPUS / f"{article_id}.txt").read_text(encoding="utf-8")


def _covered(passages: list[tuple[int, int]], raw: str, span: tuple[str, str]) -> bool:
    """Return whether the passages together cover the stretch of ``raw`` from span[0] to the end of span[1]."""
    start = raw.index(span[0])
    end = raw.index(span[1], start) + len(span[1])
    inside = sorted((max(a, start), min(b, end)) for a, b in passages if b > start and a < end)
    reached = start
    for a, b in inside:
        # Only spaces or punctuation may lie between two passages (a passage ends at a word).
        if re.search(r"\w", raw[reached:a]):
            return False
        reached = max(reached, b)
    return not re.search(r"\w", raw[reached:end])


@pytest.fixture(scope="module")
def reuse_tables(build) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    exports = build / "exports"
    return (
        read_csv(exports / "reuse.csv"),
        read_csv(exports / "reuse_differences.csv"),
        read_csv(exports / "reuse_articles.csv"),
    )


@pytest.mark.parametrize("planted", PLANTED, ids=lambda p: f"{p.wire}->{p.reprint}")
def test_planted_reprint_is_found_with_offsets_on_both_sides(reuse_tables, planted):
    reuse, _, articles = reuse_tables
    rows = reuse[(reuse["article_id"] == planted.reprint) & (reuse["other_article_id"] == planted.wire)]
    back = reuse[(reuse["article_id"] == planted.wire) & (reuse["other_article_id"] == planted.reprint)]
    assert len(rows) >= 1, f"{planted.wire} -> {planted.reprint} not found"
    # Every passage appears once from each side, with the offsets swapped.
    assert sorted(zip(rows["start"], rows["end"], rows["other_start"], rows["other_end"])) == sorted(
        zip(back["other_start"], back["other_end"], back["start"], back["end"])
    )
    reprint, wire = _raw(planted.reprint), _raw(planted.wire)
    assert _covered(list(zip(rows["start"], rows["end"])), reprint, planted.reprint_span)
    assert _covered(list(zip(rows["other_start"], rows["other_end"])), wire, planted.wire_span)
    main_passage = rows.loc[rows["words"].idxmax()]
    assert main_passage["kind"] == planted.kind
    assert set(rows["other_order"]) == {planted.order}
    if planted.kind == "verbatim":
        # The same characters on both sides: raw[start:end] on one side is other raw[other_start:other_end].
        ours = reprint[main_passage["start"] : main_passage["end"]]
        assert ours == wire[main_passage["other_start"] : main_passage["other_end"]]
    if planted.order == "earlier":
        earlier = articles.set_index("article_id").loc[planted.reprint, "earlier_articles"]
        assert planted.wire in earlier.split(";")


@pytest.mark.parametrize("planted", PLANTED, ids=lambda p: f"{p.wire}->{p.reprint}")
def test_changed_labels_of_a_planted_reprint_are_listed(reuse_tables, planted):
    _, differences, _ = reuse_tables
    rows = differences[
        (differences["article_id"] == planted.reprint) & (differences["other_article_id"] == planted.wire)
    ]
    reprint, wire = _raw(planted.reprint), _raw(planted.wire)
    for row in rows.itertuples():
        assert reprint[row.start : row.end] == row.text
        assert wire[row.other_start : row.other_end] == row.other_text
    replaced = {(row.text, row.other_text) for row in rows.itertuples() if row.change == "replaced"}
    if planted.only_these_changes:
        assert replaced == set(planted.changes)
        assert set(rows["change"]) <= {"replaced"}
    else:
        assert set(planted.changes) <= replaced, sorted(replaced)


@pytest.mark.xfail(
    strict=True,
    reason="a label changed on the first word of a reused paragraph ('Climate groups' -> 'Activists', "
    "ena01 -> gc02, paragraph 8) lies before the passage's first shared word, so it is not listed",
)
def test_a_label_changed_at_the_start_of_a_reused_paragraph_is_listed(reuse_tables):
    _, differences, _ = reuse_tables
    rows = differences[(differences["article_id"] == "gc02") & (differences["other_article_id"] == "ena01")]
    assert ("Activists", "Climate groups") in set(zip(rows["text"], rows["other_text"]))
