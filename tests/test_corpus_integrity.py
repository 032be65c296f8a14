"""Corpus integrity under bad input and faults (issue 16): one clear line per problem, nothing half-written."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.corpus import METADATA_FILE, CorpusError, add_article, check_corpus, load_corpus


def _rows(corpus: Path) -> list[dict[str, str]]:
    with open(corpus / METADATA_FILE, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _one_problem_naming(problems: list[str], *words: str) -> None:
    assert any(all(word in problem for word in words) for problem in problems), problems


def test_a_raw_file_linked_to_a_file_outside_the_corpus_is_refused(corpus_copy, tmp_path):
    name = _rows(corpus_copy)[0]["file"]
    outside = tmp_path / "elsewhere.txt"
    outside.write_bytes((corpus_copy / name).read_bytes())
    (corpus_copy / name).unlink()
    (corpus_copy / name).symlink_to(outside)
    _one_problem_naming(check_corpus(corpus_copy), name, "outside the corpus")
    with pytest.raises(CorpusError):
        load_corpus(corpus_copy)


def test_a_repeated_column_and_a_row_with_extra_fields_are_refused(corpus_copy):
    path = corpus_copy / METADATA_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0] + ",file", *lines[1:]]) + "\n", encoding="utf-8")
    _one_problem_naming(check_corpus(corpus_copy), "column 'file' appears 2 times")
    path.write_text("\n".join([lines[0], lines[1] + ",extra,fields", *lines[2:]]) + "\n", encoding="utf-8")
    _one_problem_naming(check_corpus(corpus_copy), "line 2", "fields, the header has")


def test_export_of_a_row_with_extra_fields_is_one_line_and_exit_1(corpus_copy, tmp_path, capsys):
    path = corpus_copy / METADATA_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0], lines[1] + ",extra", *lines[2:]]) + "\n", encoding="utf-8")
    assert main(["export", "--corpus", str(corpus_copy), "--out", str(tmp_path / "out"), "--workers", "1"]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_label_beyond_the_end_of_its_text_is_refused(corpus_copy):
    article_id = _rows(corpus_copy)[0]["article_id"]
    with open(corpus_copy / "labels.csv", "a", encoding="utf-8") as handle:
        handle.write(f"{article_id},0,99999999,body,too long\n")
    _one_problem_naming(check_corpus(corpus_copy), "labels.csv", "'end' 99999999 is beyond the text")


def test_labels_not_in_utf8_is_one_line(corpus_copy):
    (corpus_copy / "labels.csv").write_bytes("article_id,start,end,kind,note\nx,0,1,body,caf\xe9\n".encode("latin-1"))
    problems = check_corpus(corpus_copy)
    _one_problem_naming(problems, "labels.csv", "UTF-8")
    assert all("\n" not in problem for problem in problems)


def test_excel_byte_order_mark_in_metadata_is_read_past(corpus_copy):
    path = corpus_copy / METADATA_FILE
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert check_corpus(corpus_copy) == []
    assert list(load_corpus(corpus_copy)["article_id"])[0] == "000_345b2e44d5a31b57"


@pytest.mark.parametrize(
    ("content", "said", "stored"),
    [
        (b"\xef\xbb\xbfHeadline\n\nBody text here.\n", "byte-order mark", b"Headline\n\nBody text here.\n"),
        (b"Headline\r\rBody text here.\r", "CR line endings", b"Headline\n\nBody text here.\n"),
        (b"Headline\n\nBody\x00 text here.\n", "NUL", b"Headline\n\nBody text here.\n"),
    ],
)
def test_add_normalises_bom_cr_nul_and_says_so_check_refuses_them(corpus_copy, tmp_path, content, said, stored):
    source = tmp_path / "incoming.txt"
    source.write_bytes(content)
    row = add_article(corpus_copy, source, outlet="Example Times")
    assert (corpus_copy / row["file"]).read_bytes() == stored
    assert said in row["notes"]
    assert check_corpus(corpus_copy) == []
    (corpus_copy / row["file"]).write_bytes(content)
    _one_problem_naming(check_corpus(corpus_copy), row["file"])


def test_outlet_names_are_stripped(corpus_copy, tmp_path):
    source = tmp_path / "incoming.txt"
    source.write_text("Headline\n\nBody text here.\n", encoding="utf-8")
    row = add_article(corpus_copy, source, outlet="  Example Times  ")
    assert row["outlet"] == "Example Times"
    path = corpus_copy / METADATA_FILE
    path.write_text(path.read_text(encoding="utf-8").replace(",Example Times,", ",Example Times   ,"), encoding="utf-8")
    articles = load_corpus(corpus_copy)
    assert "Example Times" in set(articles["outlet"]) and "Example Times   " not in set(articles["outlet"])


def test_an_interrupted_add_is_named_by_check(corpus_copy):
    (corpus_copy / ".new.txt.partial").write_bytes(b"half a text")
    _one_problem_naming(check_corpus(corpus_copy), ".new.txt.partial", "interrupted")


def test_two_simultaneous_adds_with_the_same_id_add_one_row(corpus_copy, tmp_path):
    sources = []
    for number in range(2):
        source = tmp_path / f"incoming{number}.txt"
        source.write_text(f"Headline {number}\n\nBody text number {number}.\n", encoding="utf-8")
        sources.append(source)
    errors: list[Exception] = []

    def add(source: Path) -> None:
        try:
            add_article(corpus_copy, source, outlet="Example Times", article_id="same_id")
        except CorpusError as err:
            errors.append(err)

    threads = [threading.Thread(target=add, args=(source,)) for source in sources]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(errors) == 1
    assert [r["article_id"] for r in _rows(corpus_copy)].count("same_id") == 1
    assert check_corpus(corpus_copy) == []
