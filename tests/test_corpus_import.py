"""A researcher's own study: an empty folder, bulk import, date warnings (issue 12)."""

from __future__ import annotations

import csv
import datetime as dt
import json

from analysis.cli import main
from analysis.corpus import check_corpus, load_corpus
from analysis.corpus_import import date_warnings, init_study


def _write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


ARTICLES = [
    {"body": "Port strike enters second week\n\nDockworkers said the strike would go on.\n", "source": "Harbour Times"},
    {
        "body": "Ships wait offshore as talks stall\n\nThe port authority said talks had stalled.\n",
        "source": "Coast Wire",
    },
]


def test_init_makes_an_empty_valid_study_that_add_works_in(tmp_path, capsys):
    assert main(["init", str(tmp_path / "my_study")]) == 0
    corpus = tmp_path / "my_study" / "corpus"
    assert check_corpus(corpus) == []
    source = tmp_path / "a.txt"
    source.write_text(ARTICLES[0]["body"], encoding="utf-8")
    assert main(["corpus", "add", str(source), "--corpus", str(corpus), "--outlet", "Harbour Times"]) == 0
    assert list(load_corpus(corpus)["outlet"]) == ["Harbour Times"]
    assert main(["init", str(tmp_path / "my_study")]) == 1  # never over an existing study


def test_import_from_a_csv_with_mapped_columns(tmp_path, capsys):
    init_study(tmp_path / "s")
    rows = [{**a, "published": "2024-05-0" + str(i + 1)} for i, a in enumerate(ARTICLES)]
    _write_csv(tmp_path / "export.csv", rows)
    argv = ["corpus", "import", str(tmp_path / "export.csv"), "--corpus", str(tmp_path / "s" / "corpus")]
    argv += ["--map", "text=body", "--map", "outlet=source", "--map", "publication_date=published"]
    assert main(argv) == 0
    articles = load_corpus(tmp_path / "s" / "corpus")
    assert sorted(articles["outlet"]) == ["Coast Wire", "Harbour Times"]
    assert sorted(articles["publication_date"]) == ["2024-05-01", "2024-05-02"]
    assert "imported 2 article(s) from 2 outlet(s)" in capsys.readouterr().out


def test_import_is_all_or_nothing_and_names_every_bad_row(tmp_path, capsys):
    init_study(tmp_path / "s")
    corpus = tmp_path / "s" / "corpus"
    before = sorted(p.name for p in corpus.iterdir())
    lines = [
        json.dumps({"text": ARTICLES[0]["body"], "outlet": "Harbour Times"}),
        json.dumps({"text": "<html><body><p>page source</p></body></html>", "outlet": "X"}),
        json.dumps({"text": ARTICLES[1]["body"], "outlet": "Coast Wire", "publication_date": "yesterday"}),
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["corpus", "import", str(tmp_path / "a.jsonl"), "--corpus", str(corpus)]) == 1
    err = capsys.readouterr().err
    assert "row 2: field 'text' is HTML page source" in err
    assert "row 3: field 'publication_date' 'yesterday' is not a date" in err
    assert "nothing was imported" in err
    assert sorted(p.name for p in corpus.iterdir()) == before


def test_import_from_a_folder_with_a_manifest(tmp_path):
    init_study(tmp_path / "s")
    folder = tmp_path / "texts"
    folder.mkdir()
    for number, article in enumerate(ARTICLES):
        (folder / f"{number}.txt").write_text(article["body"], encoding="utf-8")
    rows = [{"file": f"{n}.txt", "outlet": a["source"], "article_id": f"art{n}"} for n, a in enumerate(ARTICLES)]
    _write_csv(tmp_path / "manifest.csv", rows)
    corpus = tmp_path / "s" / "corpus"
    assert (
        main(["corpus", "import", str(folder), "--manifest", str(tmp_path / "manifest.csv"), "--corpus", str(corpus)])
        == 0
    )
    assert list(load_corpus(corpus)["article_id"]) == ["art0", "art1"]


def test_suspicious_dates_are_warned_about_not_refused():
    today = dt.date(2024, 6, 1)
    row = {"event_date": "2024-05-20", "publication_date": "2024-05-10"}
    assert date_warnings(row, "r", today) == ["r: field 'event_date' 2024-05-20 is after the publication date"]
    assert date_warnings({"publication_date": "2030-01-01"}, "r", today) == [
        "r: field 'publication_date' 2030-01-01 is in the future"
    ]
    assert date_warnings({"event_date": "2024-05-01", "publication_date": "2024-05-02"}, "r", today) == []
