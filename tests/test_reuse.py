"""Text reuse: invented articles with known reprints, their exact passages, offsets, changes and classes."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

from analysis import reuse, schema
from analysis.reuse.alignment import align
from analysis.study import Study, build_study
from analysis.writing import read_csv, write_csv
from conftest import make_articles

# A wire paragraph (43 words, 8 of them quoted), reprinted verbatim by Outlet A and with one label
# changed by Outlet B.
WIRE = (
    "Syrian government forces shelled villages south of Idlib on Tuesday, killing seven civilians, "
    'according to monitors. The Syrian Observatory for Human Rights said "the strikes hit a market and '
    'a school" in Khan Sheikhoun, and that rescue teams were still searching collapsed buildings.'
)
RELABELLED = WIRE.replace("government forces", "regime forces")
# A paragraph Outlet C and Outlet D share (D has no publication date).
SHARED = (
    "Port workers voted to extend their strike for another fortnight after talks with the shipping "
    "companies collapsed on Friday evening without any agreement on wages or overtime rules."
)
TEXTS = {
    "w1": f"Wire service\n\n{WIRE}\n\nMore follows later from our correspondents.\n",
    "a1": f"Outlet A\n\nFighting continued all week. {WIRE}\n\nNo government official answered questions.\n",
    "b1": (
        f"Outlet B\n\nResidents fled northwards overnight carrying only blankets. {RELABELLED}\n\n"
        "Hospitals near Maarat reported shortages of blood, fuel, medicine and doctors, and aid convoys "
        "waited at crossings while officials argued about permits, routes and inspections for days.\n"
    ),
    "c1": f"Outlet C\n\n{SHARED}\n\nUnion leaders promised daily pickets outside every terminal gate.\n",
    "d1": f"Outlet D\n\nDock traffic halted again. {SHARED}\n",
    "e1": "Outlet E\n\nA farmer grew a record pumpkin heavier than a small car, organisers of the county show said.\n",
}
OUTLETS = {"w1": "Wire", "a1": "Outlet A", "b1": "Outlet B", "c1": "Outlet C", "d1": "Outlet D", "e1": "Outlet E"}
DATES = {"w1": "2024-01-01", "a1": "2024-01-02", "b1": "2024-01-02", "c1": "2024-01-03", "d1": "", "e1": "2024-01-02"}


def _study(order: list[str] | None = None) -> Study:
    articles = make_articles({a: TEXTS[a] for a in order or TEXTS}, OUTLETS)
    articles["publication_date"] = articles["article_id"].map(DATES)
    return build_study(articles)


@pytest.fixture(scope="module")
def study() -> Study:
    return _study()


@pytest.fixture(scope="module")
def tables(study: Study) -> dict[str, pd.DataFrame]:
    return reuse.tables(study)


def _span(article_id: str, passage: str) -> tuple[int, int]:
    """Return the offsets of ``passage`` in the article, without its final full stop (not a word)."""
    start = TEXTS[article_id].index(passage)
    return start, start + len(passage.rstrip("."))


def test_reuse_finds_exactly_the_reprints(tables: dict[str, pd.DataFrame]) -> None:
    rows = tables["reuse"][["article_id", "other_article_id", "kind", "other_order", "words", "other_words"]]
    expected = [
        ("a1", "b1", "rewritten", "same-day", 43, 43),
        ("a1", "w1", "verbatim", "earlier", 43, 43),
        ("b1", "a1", "rewritten", "same-day", 43, 43),
        ("b1", "w1", "rewritten", "earlier", 43, 43),
        ("c1", "d1", "verbatim", "unknown", 28, 28),
        ("d1", "c1", "verbatim", "unknown", 28, 28),
        ("w1", "a1", "verbatim", "later", 43, 43),
        ("w1", "b1", "rewritten", "later", 43, 43),
    ]
    assert list(rows.itertuples(index=False, name=None)) == expected
    rewritten = tables["reuse"][tables["reuse"]["kind"] == "rewritten"]
    assert np.allclose(rewritten["similarity"], 42 / 43)  # one word of 43 differs on each side
    assert (tables["reuse"].loc[tables["reuse"]["kind"] == "verbatim", "similarity"] == 1.0).all()


def test_offsets_are_the_passages_on_both_sides(study: Study, tables: dict[str, pd.DataFrame]) -> None:
    passage = {"w1": WIRE, "a1": WIRE, "b1": RELABELLED, "c1": SHARED, "d1": SHARED}
    for row in tables["reuse"].itertuples():
        assert (row.start, row.end) == _span(row.article_id, passage[row.article_id])
        assert (row.other_start, row.other_end) == _span(row.other_article_id, passage[row.other_article_id])
        assert study.raw[row.article_id][row.start : row.end] == passage[row.article_id][:-1]


def test_changed_label_is_listed_with_offsets(study: Study, tables: dict[str, pd.DataFrame]) -> None:
    differences = tables["reuse_differences"]
    columns = ["article_id", "text", "other_article_id", "other_text", "change", "diff", "other_order"]
    assert list(differences[columns].itertuples(index=False, name=None)) == [
        ("a1", "government", "b1", "regime", "replaced", "Syrian [-regime-] {+government+} forces", "same-day"),
        ("b1", "regime", "a1", "government", "replaced", "Syrian [-government-] {+regime+} forces", "same-day"),
        ("b1", "regime", "w1", "government", "replaced", "Syrian [-government-] {+regime+} forces", "earlier"),
        ("w1", "government", "b1", "regime", "replaced", "Syrian [-regime-] {+government+} forces", "later"),
    ]
    for row in differences.itertuples():
        assert study.raw[row.article_id][row.start : row.end] == row.text
        assert study.raw[row.other_article_id][row.other_start : row.other_end] == row.other_text
    b_row = differences[(differences["article_id"] == "b1") & (differences["other_article_id"] == "w1")].iloc[0]
    assert b_row["start"] == TEXTS["b1"].index("regime forces")


def test_articles_shares_and_meter_classes(tables: dict[str, pd.DataFrame]) -> None:
    articles = tables["reuse_articles"].set_index("article_id")
    assert list(articles.index) == ["a1", "b1", "c1", "d1", "e1", "w1"]
    assert articles.loc["a1", ["body_words", "earlier_words", "earlier_quoted_words"]].tolist() == [52, 43, 8]
    assert articles.loc["a1", "meter_class"] == reuse.WHOLLY  # 43 / 52 = 0.83
    assert articles.loc["a1", "unordered_words"] == 0  # the same-day copy in b1 is already counted as earlier
    assert articles.loc["b1", ["body_words", "earlier_words"]].tolist() == [77, 43]
    assert articles.loc["b1", "meter_class"] == reuse.PARTIALLY  # 43 / 77 = 0.56
    assert articles.loc["b1", "earlier_articles"] == "w1"
    # The wire came first: its shared words are not derived.
    assert articles.loc["w1", ["shared_words", "earlier_words", "meter_class"]].tolist() == [43, 0, reuse.NON_DERIVED]
    # d1 has no date: the shared paragraph cannot be ordered and is counted apart.
    assert articles.loc["c1", ["earlier_words", "unordered_words", "meter_class"]].tolist() == [
        0,
        28,
        reuse.NON_DERIVED,
    ]
    assert articles.loc["c1", "share_with_unordered"] == pytest.approx(28 / 37)
    assert articles.loc["d1", "meter_class_with_unordered"] == reuse.WHOLLY  # 28 / 32
    assert articles.loc["e1", ["shared_words", "share", "meter_class"]].tolist() == [0, 0.0, reuse.NON_DERIVED]


def test_result_does_not_depend_on_article_order(tables: dict[str, pd.DataFrame]) -> None:
    shuffled = reuse.tables(_study(["e1", "d1", "b1", "w1", "c1", "a1"]))
    for name, frame in tables.items():
        pd.testing.assert_frame_equal(shuffled[name], frame)


def test_reordered_paragraphs_align_as_two_passages() -> None:
    first = "Engineers restored power to the northern districts after storms cut three transmission lines overnight."
    second = "The regional grid operator said repairs to the damaged substations would take at least ten more days."
    x, y = f"X\n\n{first}\n\n{second}\n", f"Y\n\n{second}\n\n{first}\n"
    table = reuse.reuse(build_study(make_articles({"x": x, "y": y}, {"x": "Wire", "y": "Outlet"})))
    x_rows = table[table["article_id"] == "x"]
    assert list(zip(x_rows["start"], x_rows["other_start"], strict=True)) == [
        (x.index(first), y.index(first)),
        (x.index(second), y.index(second)),
    ]
    assert (table["kind"] == "verbatim").all()


def test_same_outlet_pairs_only_on_request() -> None:
    texts = {"p": f"P\n\n{WIRE}\n", "q": f"Q\n\nYesterday: {WIRE}\n"}
    study = build_study(make_articles(texts, {"p": "Wire", "q": "Wire"}))
    assert reuse.reuse(study).empty
    assert len(reuse.reuse(study, cross_outlet=False)) == 2


def test_reused_token_mask_marks_the_passage_tokens(study: Study, tables: dict[str, pd.DataFrame]) -> None:
    taken = tables["reuse"][tables["reuse"]["other_order"] == "earlier"]
    mask = reuse.reused_token_mask(study, taken)
    assert mask.index.equals(study.tokens.index)
    marked = study.tokens[mask & study.tokens["is_word"]]
    assert set(marked["article_id"]) == {"a1", "b1"}
    assert (marked.groupby("article_id").size() == 43).all()
    a1 = study.tokens[(study.tokens["article_id"] == "a1") & study.tokens["is_word"]]
    assert not mask[a1.index[:4]].any()  # "Fighting continued all week" is Outlet A's own
    assert mask[a1.index[4:47]].all()


def test_alignment_merges_a_changed_word_inside_a_passage() -> None:
    a = np.arange(1, 31)
    b = a.copy()
    b[15] = 99  # one word replaced in the middle: one rewritten passage, not two verbatim ones
    (passage,) = align(a, b)
    assert (passage.a_start, passage.a_end, passage.b_start, passage.b_end) == (0, 30, 0, 30)
    assert passage.kind == reuse.REWRITTEN
    assert passage.similarity == pytest.approx(29 / 30)


def test_short_shared_phrases_are_not_reuse() -> None:
    a = np.arange(1, 31)
    b = np.concatenate([np.arange(100, 110), a[10:17], np.arange(200, 210)])  # 7 shared words: 3 shingles
    assert align(a, b) == []


def _unrelated_texts(count: int, seed: int = 15) -> dict[str, str]:
    """Return ``count`` articles of random invented words (no shared five-word run in practice)."""
    rng = random.Random(seed)
    vocab = sorted(
        {"".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3)) for _ in range(3000)}
    )
    texts = {}
    for k in range(count):
        sentences = [" ".join(rng.choice(vocab) for _ in range(12)).capitalize() + "." for _ in range(8)]
        texts[f"u{k:03d}"] = f"Headline {k}\n\n" + " ".join(sentences[:4]) + "\n\n" + " ".join(sentences[4:]) + "\n"
    return texts


def test_blocking_finds_no_pairs_among_unrelated_articles() -> None:
    texts = _unrelated_texts(200)
    # A stock sentence in more articles than MAX_SHINGLE_ARTICLES is too common to pair them.
    stock = "Follow our live coverage for the latest updates from the region and around the world."
    for article_id in list(texts)[: reuse.MAX_SHINGLE_ARTICLES + 20]:
        texts[article_id] = texts[article_id].rstrip("\n") + f" {stock}\n"
    study = build_study(make_articles(texts, {a: f"Outlet {a}" for a in texts}))
    words = reuse.corpus_words(study)
    assert len(words.ids) > 200 * 96
    assert len(reuse.candidate_pairs(words, cross_outlet=False)) == 0
    assert reuse.tables(study)["reuse"].empty


def test_tables_match_their_declarations(tables: dict[str, pd.DataFrame], tmp_path) -> None:
    for name, frame in tables.items():
        written = read_csv(write_csv(frame, tmp_path / f"{name}.csv"), dtype=str)
        assert schema.check_table(name, written) == [], name
        assert list(frame.columns) == schema.written_columns(name)
