"""The export writes tidy, traceable, byte-stable CSV files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.writing import read_csv
from conftest import CORPUS


def test_export_writes_the_foundation_tables_and_is_byte_stable(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    assert main(["export", "--corpus", str(CORPUS), "--out", str(first)]) == 0
    assert main(["export", "--corpus", str(CORPUS), "--out", str(second)]) == 0
    names = sorted(p.name for p in first.glob("*.csv"))
    assert {"articles.csv", "segments.csv", "sentences.csv", "quotes.csv"} <= set(names)
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_every_exported_span_points_at_its_text(tmp_path):
    main(["export", "--corpus", str(CORPUS), "--out", str(tmp_path)])
    raw = {}
    articles = pd.read_csv(tmp_path / "articles.csv", dtype=str, keep_default_na=False)
    for article_id, file_name, role in zip(articles["article_id"], articles["file"], articles["role"]):
        if role == "primary":
            raw[article_id] = (CORPUS / file_name).read_bytes().decode("utf-8")
    for path in sorted(tmp_path.glob("*.csv")):
        table = read_csv(path)
        if not {"article_id", "start", "end", "text"} <= set(table.columns):
            continue
        for article_id, start, end, text in zip(table["article_id"], table["start"], table["end"], table["text"]):
            assert raw[article_id][int(start) : int(end)] == str(text), (path.name, article_id, start)


# Offset pairs named after the text they point at (attributions.csv, accused_parties.csv).
SPAN_TEXT = {"speaker": "speaker_text", "cue": "cue", "content": "content", "accused": "accused"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed corpus exported once into a temporary folder."""
    out = tmp_path_factory.mktemp("exports")
    assert main(["export", "--corpus", str(CORPUS), "--out", str(out)]) == 0
    return out


def test_every_named_span_points_at_its_text_or_is_empty(exported):
    articles = pd.read_csv(exported / "articles.csv", dtype=str, keep_default_na=False)
    primary = articles[articles["role"] == "primary"]
    raw = {a: (CORPUS / f).read_bytes().decode("utf-8") for a, f in zip(primary["article_id"], primary["file"])}
    checked = 0
    for path in sorted(exported.glob("*.csv")):
        table = read_csv(path, dtype=str)
        for span, text_column in SPAN_TEXT.items():
            if f"{span}_start" not in table:
                continue
            for article_id, start, end, text in zip(
                table["article_id"], table[f"{span}_start"], table[f"{span}_end"], table[text_column]
            ):
                # A missing span (no speaker, no cue) is two empty cells and no text: never -1.
                assert (start == "") == (end == "") == (text == ""), (path.name, span, article_id, start)
                if start:
                    assert raw[article_id][int(start) : int(end)] == text, (path.name, span, article_id, start)
                    checked += 1
    assert checked


def test_per_article_foundation_tables_carry_the_outlet(exported):
    articles = pd.read_csv(exported / "articles.csv", dtype=str, keep_default_na=False)
    outlet_of = dict(zip(articles["article_id"], articles["outlet"]))
    for name in ("segments", "sentences", "quotes", "quote_variants"):
        table = pd.read_csv(exported / f"{name}.csv", dtype=str, keep_default_na=False)
        columns = list(table.columns)
        assert columns.index("outlet") == columns.index("article_id") + 1, name
        assert (table["outlet"] == table["article_id"].map(outlet_of)).all(), name


def test_appended_story_is_its_own_document_and_not_in_the_host_body(seed_study):
    appended = seed_study.articles[seed_study.articles["role"] == "appended"]
    assert len(appended) == 1
    host = appended["host_article_id"].iat[0]
    start, end = int(appended["start"].iat[0]), int(appended["end"].iat[0])
    host_sentences = seed_study.sentences[seed_study.sentences["article_id"] == host]
    assert ((host_sentences["end"] <= start) | (host_sentences["start"] >= end)).all()
    assert not seed_study.tokens["article_id"].str.contains("appended").any()
