"""A report built from hostile metadata (issue 16): no script runs in any page, "$" prints, rebuilds are identical."""

from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path

import pytest

from analysis.browser_check import check_pages_in_browser, find_browser
from analysis.cli import main
from analysis.page_safety import page_problems
from conftest import REPO

BYO_CORPUS = REPO / "tests" / "data" / "byo_corpus"
HOSTILE_OUTLETS = {
    "Civic Daily": 'Civic <script>alert("x")</script> Daily',
    "Eastern Wire": "Eastern <img src=x onerror=alert(1)> Wire",
    "Harbour Herald": r"Price $\frac{ and $5 Times",
}


def _tree_hashes(folder: Path) -> dict[str, str]:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


@pytest.fixture(scope="module")
def hostile_reports(tmp_path_factory) -> tuple[Path, Path]:
    """The report of the invented corpus with script and TeX payloads as outlet names, built twice."""
    corpus = tmp_path_factory.mktemp("hostile") / "corpus"
    shutil.copytree(BYO_CORPUS, corpus)
    with open(corpus / "metadata.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["outlet"] = HOSTILE_OUTLETS[row["outlet"]]
    with open(corpus / "metadata.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    # Two builds into the same folder (the paths in the parameters cell are the folder's own).
    out = tmp_path_factory.mktemp("report")
    assert main(["report", "--corpus", str(corpus), "--out", str(out)]) == 0
    first = tmp_path_factory.mktemp("first") / "build"
    shutil.copytree(out, first)
    shutil.rmtree(out)
    assert main(["report", "--corpus", str(corpus), "--out", str(out)]) == 0
    builds = [first, out]
    return builds[0], builds[1]


def test_no_page_carries_active_content_from_the_outlet_names(hostile_reports):
    assert page_problems(hostile_reports[0] / "reports") == []


def test_a_dollar_sign_in_an_outlet_name_prints_as_written(hostile_reports):
    pages = "".join(p.read_text(encoding="utf-8") for p in (hostile_reports[0] / "reports").glob("*.html"))
    assert "Price $\\frac{ and $5 Times" in pages


def test_two_builds_of_another_corpus_are_byte_identical(hostile_reports):
    first, second = (_tree_hashes(build) for build in hostile_reports)
    assert first == second, sorted(name for name in first if first[name] != second.get(name))


NO_BROWSER = "no Chromium/ChromeDriver installed: apt-get install chromium chromium-driver"


@pytest.mark.skipif(find_browser() is None, reason=NO_BROWSER)
def test_no_script_runs_in_a_real_browser(hostile_reports, tmp_path):
    problems = check_pages_in_browser(hostile_reports[0] / "reports", tmp_path / "screenshots")
    assert problems == []
