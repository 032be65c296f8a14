"""Corpus validation and adding articles: one clear line per problem, nothing written on error."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.corpus import METADATA_FILE, CorpusError, add_article, check_corpus, load_corpus
from conftest import CORPUS


def _rows(corpus: Path) -> list[dict[str, str]]:
    with open(corpus / METADATA_FILE, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write_rows(corpus: Path, rows: list[dict[str, str]]) -> None:
    with open(corpus / METADATA_FILE, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _snapshot(corpus: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(corpus.iterdir())}


def test_committed_corpus_is_valid_and_hashes_match_the_files():
    assert check_corpus(CORPUS) == []
    for row in _rows(CORPUS):
        assert hashlib.sha256((CORPUS / row["file"]).read_bytes()).hexdigest() == row["sha256"]


def test_seed_files_are_byte_identical_to_shared_seeds():
    shared = CORPUS.parent.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("shared/seeds is not beside this checkout")
    for row in _rows(CORPUS):
        assert (CORPUS / row["file"]).read_bytes() == (shared / row["file"]).read_bytes()


def test_load_corpus_keeps_raw_text_exactly(corpus_copy):
    articles = load_corpus(corpus_copy)
    for file_name, raw in zip(articles["file"], articles["raw"]):
        assert raw.encode("utf-8") == (corpus_copy / file_name).read_bytes()
    assert list(articles["article_id"]) == sorted(articles["article_id"])


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda c, rows: (c / rows[0]["file"]).unlink(), "is missing"),
        (lambda c, rows: (c / rows[0]["file"]).write_bytes(b"changed"), "field 'sha256' does not match"),
        (lambda c, rows: (c / rows[0]["file"]).write_bytes(b"\xff\xfe bad"), "is not UTF-8"),
        (lambda c, rows: (c / rows[0]["file"]).write_bytes(b"  \n"), "is empty"),
        (lambda c, rows: (c / "stray.txt").write_text("text", encoding="utf-8"), "stray.txt: raw file has no row"),
    ],
)
def test_file_problems_are_named(corpus_copy, mutate, expected):
    mutate(corpus_copy, _rows(corpus_copy))
    problems = check_corpus(corpus_copy)
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize(
    "field, value, expected",
    [
        ("article_id", "../escape", "is not a safe file name"),
        ("article_id", "", "field 'article_id' is empty"),
        ("publication_date", "25/08/2018", "field 'publication_date' '25/08/2018' is not a date"),
        ("event_date", "2018-02-30", "field 'event_date' '2018-02-30' is not a date"),
        ("outlet", "", "field 'outlet' is empty"),
        ("outlet_confidence", "sure", "field 'outlet_confidence'"),
        ("file", "../x.txt", "must be a plain file name"),
    ],
)
def test_field_problems_name_file_and_field(corpus_copy, field, value, expected):
    rows = _rows(corpus_copy)
    rows[0][field] = value
    _write_rows(corpus_copy, rows)
    problems = check_corpus(corpus_copy)
    assert any(expected in p for p in problems), problems
    assert all(p.startswith(("metadata.csv line", "stray")) or ".txt" in p for p in problems)


def test_duplicate_id_is_reported_with_the_line_it_repeats(corpus_copy):
    rows = _rows(corpus_copy)
    rows[1]["article_id"] = rows[0]["article_id"]
    _write_rows(corpus_copy, rows)
    assert any("duplicates line 2" in p and "article_id" in p for p in check_corpus(corpus_copy))


def test_missing_metadata_column_is_reported(corpus_copy):
    rows = [{k: v for k, v in row.items() if k != "sha256"} for row in _rows(corpus_copy)]
    _write_rows(corpus_copy, rows)
    assert check_corpus(corpus_copy) == [f"{corpus_copy / METADATA_FILE}: column 'sha256' is missing"]


def test_add_article_copies_the_file_and_appends_a_hashed_row(corpus_copy, tmp_path):
    source = tmp_path / "new_story.txt"
    source.write_bytes("Headline here\n\nBODY: A sentence “quoted”.\n".encode())
    row = add_article(corpus_copy, source, outlet="Example Times", publication_date="2024-01-31")
    assert row["article_id"] == "new_story"
    assert (corpus_copy / "new_story.txt").read_bytes() == source.read_bytes()
    assert _rows(corpus_copy)[-1]["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert check_corpus(corpus_copy) == []


@pytest.mark.parametrize(
    "content, kwargs, expected",
    [
        (b"\xff bad bytes", {}, "is not UTF-8"),
        (b"", {}, "is empty"),
        (b"Some text.", {"publication_date": "yesterday"}, "'publication_date' 'yesterday' is not a date"),
        (b"Some text.", {"article_id": "bad/id"}, "is not a safe file name"),
        (b"Some text.", {"article_id": "000_345b2e44d5a31b57"}, "is already in the corpus"),
    ],
)
def test_add_article_refuses_bad_input_and_writes_nothing(corpus_copy, tmp_path, content, kwargs, expected):
    source = tmp_path / "incoming.txt"
    source.write_bytes(content)
    before = _snapshot(corpus_copy)
    with pytest.raises(CorpusError) as err:
        add_article(corpus_copy, source, outlet="Example Times", **kwargs)
    assert any(expected in p for p in err.value.problems), err.value.problems
    assert _snapshot(corpus_copy) == before


def test_add_article_refuses_a_text_already_in_the_corpus(corpus_copy, tmp_path):
    source = tmp_path / "copy.txt"
    source.write_bytes((CORPUS / "000_345b2e44d5a31b57.txt").read_bytes())
    with pytest.raises(CorpusError, match="same text is already"):
        add_article(corpus_copy, source, outlet="Arab News")


def test_cli_check_exits_non_zero_with_one_line_per_problem(corpus_copy, capsys):
    rows = _rows(corpus_copy)
    rows[0]["publication_date"] = "not a date"
    rows[1]["sha256"] = "0" * 64
    _write_rows(corpus_copy, rows)
    assert main(["corpus", "check", "--corpus", str(corpus_copy)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len([line for line in err if line.startswith("metadata.csv line")]) == 2
    assert main(["corpus", "check", "--corpus", str(CORPUS)]) == 0


def test_cli_add_then_check(corpus_copy, tmp_path, capsys):
    source = tmp_path / "story.txt"
    source.write_text("A headline\n\nText of the story, long enough to count as prose here.\n", encoding="utf-8")
    code = main(
        [
            "corpus",
            "add",
            str(source),
            "--corpus",
            str(corpus_copy),
            "--outlet",
            "Example",
            "--date",
            "2020-05-01",
            "--outlet-country",
            "Nowhere",
        ]
    )
    assert code == 0
    assert _rows(corpus_copy)[-1]["outlet_country"] == "Nowhere"
    before = _snapshot(corpus_copy)
    assert (
        main(["corpus", "add", str(source), "--corpus", str(corpus_copy), "--outlet", "Example", "--date", "May 1"])
        == 1
    )
    assert "nothing was written" in capsys.readouterr().err
    assert _snapshot(corpus_copy) == before
