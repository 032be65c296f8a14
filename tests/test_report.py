"""The rendered report: builds for another corpus, escapes article text, opens cleanly in a browser."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from analysis.browser_check import check_pages_in_browser, find_browser
from analysis.cli import main
from analysis.report import notebook_paths
from analysis.segmentation import highlight_html
from conftest import REPO, make_study

BYO_CORPUS = REPO / "tests" / "data" / "byo_corpus"
INJECTIONS = ('<script>alert("x")</script>', "<img src=x onerror=alert(1)>")


def _tree_hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def byo_report(tmp_path_factory) -> Path:
    """The whole report built for the invented three-outlet corpus (built once)."""
    out = tmp_path_factory.mktemp("byo")
    committed = {name: _tree_hashes(REPO / name) for name in ("figures", "notebooks", "exports", "reports")}
    assert main(["report", "--corpus", str(BYO_CORPUS), "--out", str(out)]) == 0
    after = {name: _tree_hashes(REPO / name) for name in committed}
    assert after == committed, "building another corpus's report touched the committed study"
    return out


def test_highlighted_view_escapes_markup_in_article_text():
    raw = f"A headline for the story\n\nA paragraph with {INJECTIONS[0]} and {INJECTIONS[1]} inside it.\n"
    study = make_study({"a": raw})
    page = highlight_html(study.segments, raw)
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert not any(injection in page for injection in INJECTIONS)


def test_report_for_another_corpus_has_every_page_and_its_own_outputs(byo_report):
    pages = sorted(p.name for p in (byo_report / "reports").glob("*.html"))
    assert pages == sorted(["index.html"] + [p.with_suffix(".html").name for p in notebook_paths(REPO / "notebooks")])
    index = (byo_report / "reports" / "index.html").read_text(encoding="utf-8")
    for href in re.findall(r'href="([^"]+)"', index):
        assert (byo_report / "reports" / href).is_file(), href
    assert (byo_report / "exports" / "segments.csv").is_file()
    assert list((byo_report / "figures").glob("*.png")), "no chart was drawn"


def test_every_chart_of_another_corpus_shows_all_its_outlets(byo_report):
    import pandas as pd

    outlets = {"Harbour Herald", "Eastern Wire", "Civic Daily"}
    for data in sorted((byo_report / "figures").glob("*.csv")):
        table = pd.read_csv(data)
        if "outlet" in table.columns:
            assert set(table["outlet"].dropna()) <= outlets, data.name
            assert set(table["outlet"].dropna()) == outlets or len(table) < 3, f"{data.name} lost an outlet"


def test_article_markup_never_reaches_html_unescaped(byo_report):
    for page in sorted((byo_report / "reports").glob("*.html")):
        text = page.read_text(encoding="utf-8")
        for injection in INJECTIONS:
            assert injection not in text, (page.name, injection)


@pytest.mark.skipif(
    find_browser() is None, reason="no Chromium/ChromeDriver installed: apt-get install chromium chromium-driver"
)
def test_report_pages_open_without_errors_in_a_real_browser(byo_report, tmp_path):
    problems = check_pages_in_browser(byo_report / "reports", tmp_path / "screenshots")
    assert problems == []
    assert len(list((tmp_path / "screenshots").glob("*.png"))) == len(list((byo_report / "reports").glob("*.html")))
