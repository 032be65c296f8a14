"""quote_variants made from the quotations a chunk at a time (read twice, never all held): the table of every
quotation at once, row for row, when repeats, variants and fragments fall in other chunks."""

from __future__ import annotations

import importlib
from itertools import combinations

import numpy as np
import pandas as pd
import pytest

from analysis.sourcing.quote_variants import QUOTE_COLUMNS, _ByPosition, _linked, chunked_quote_variants, quote_variants
from analysis.streaming.held import FrameSpill
from analysis.streaming.sourcing_group import _quote_variants
from analysis.study import Study

quote_variants_module = importlib.import_module("analysis.sourcing.quote_variants")
# Invented words; the quotations are made of them so that some repeat, some change a word and some are cut.
WORDS = "harbour lantern quiet meadow copper violin seven river orchard glacier ribbon thunder".split()


def _invented_quotes(rng: np.random.Generator, n_articles: int = 40) -> tuple[pd.DataFrame, dict[str, str]]:
    """Return quotations of ``n_articles`` articles (a few nested, a few of one word) and their outlets."""
    base = [" ".join(rng.choice(WORDS, size=int(rng.integers(4, 12)))) for _ in range(12)]
    rows = []
    for a in range(n_articles):
        article_id = f"q{a:03d}"
        for quote_id in range(int(rng.integers(0, 5))):
            words = base[int(rng.integers(len(base)))].split()
            kind = rng.integers(4)
            if kind == 1:  # one word changed
                words[int(rng.integers(len(words)))] = str(rng.choice(WORDS))
            elif kind == 2:  # cut
                words = words[: int(rng.integers(1, len(words) + 1))]
            text = " ".join(words).capitalize()
            start = int(rng.integers(0, 50)) * 10
            depth = 2 if rng.random() < 0.1 else 1
            rows.append((article_id, quote_id, start, start + len(text), text, depth))
    quotes = pd.DataFrame(rows, columns=QUOTE_COLUMNS).sample(frac=1, random_state=3).reset_index(drop=True)
    outlets = {f"q{a:03d}": ["Courier", "Herald", "Ledger"][a % 3] for a in range(n_articles) if a % 7}
    return quotes, outlets


def _study(quotes: pd.DataFrame, outlets: dict[str, str]) -> Study:
    ids = sorted(set(quotes["article_id"]) | set(outlets))
    articles = pd.DataFrame({
        "article_id": ids,
        "outlet": [outlets.get(i, "Courier") for i in ids],
        "role": ["primary" if i in outlets else "document" for i in ids],
    })  # fmt: skip
    nothing = pd.DataFrame({"article_id": pd.Series(dtype=object)})
    return Study(articles, dict.fromkeys(ids, ""), nothing, nothing, nothing, quotes)


def _chunked(quotes: pd.DataFrame, size: int) -> list[pd.DataFrame]:
    """Return the quotations cut into chunks of ``size`` articles, in article order, rows unsorted."""
    ids = sorted(set(quotes["article_id"]))
    return [quotes[quotes["article_id"].isin(ids[k : k + size])] for k in range(0, len(ids), size)]


@pytest.mark.parametrize(("seed", "size"), [(1, 1), (2, 3), (3, 7), (4, 40)])
def test_chunked_quote_variants_equal_the_whole_table(seed, size):
    quotes, outlets = _invented_quotes(np.random.default_rng(seed))
    expected = quote_variants(_study(quotes, outlets))
    chunks = _chunked(quotes, size)
    found = chunked_quote_variants(lambda: iter(chunks), outlets)
    pd.testing.assert_frame_equal(found, expected, check_exact=True)
    assert len(expected) > 10 and {"identical", "variant"} <= set(expected["relation"])


def test_chunks_out_of_article_order_are_refused():
    quotes, outlets = _invented_quotes(np.random.default_rng(5))
    chunks = _chunked(quotes, 5)[::-1]
    with pytest.raises(ValueError, match="article_id order"):
        chunked_quote_variants(lambda: iter(chunks), outlets)


def test_the_sourcing_group_reads_the_spilled_quotations_of_kept_articles(tmp_path):
    quotes, outlets = _invented_quotes(np.random.default_rng(6))
    spill = FrameSpill(tmp_path, "quotes")
    for chunk in _chunked(quotes, 6):
        spill.add(chunk)
    study = _study(quotes.iloc[:0], outlets)
    left_out = {"q001", "q002", "q015"}
    study = Study(study.articles, {i: "" for i in study.raw if i not in left_out}, *[study.quotes] * 4)
    found = _quote_variants(study, spill, set(study.raw))
    expected = quote_variants(_study(quotes[~quotes["article_id"].isin(left_out)], outlets))
    pd.testing.assert_frame_equal(found, expected, check_exact=True)
    assert not found["article_id"].isin(left_out).any() and len(found) > 10


@pytest.mark.parametrize("width", [1, 2])
def test_key_groups_in_partitions_are_every_shared_key(monkeypatch, width):
    """The prefix keys grouped a partition at a time, a few prefixes at a time: the wordings of each key shared
    by two or more, as one dictionary of every key gives them (the order of the groups is not read)."""
    monkeypatch.setattr(quote_variants_module, "KEY_ROWS", 7)
    rng = np.random.default_rng(9)
    rows = [(i, sorted(rng.choice(40, size=int(rng.integers(1, 7)), replace=False).tolist())) for i in range(300)]
    owners: dict[tuple[int, ...], list[int]] = {}
    for i, prefix in rows:
        keys = combinations(prefix, 2) if width == 2 else ((rank,) for rank in prefix)
        for key in keys:
            owners.setdefault(key, []).append(i)
    expected = sorted(sorted(members) for members in owners.values() if len(members) > 1)
    found = sorted(sorted(members) for members in quote_variants_module._key_groups(rows, width))
    assert found == expected and len(expected) >= 30


def test_kept_texts_are_found_by_position_and_only_theirs():
    texts = _ByPosition(np.array([2, 5, 9]), np.array(["two", "five", "nine"], dtype=object))
    assert [texts[2], texts[5], texts[9]] == ["two", "five", "nine"] and len(texts) == 3 and list(texts) == [2, 5, 9]
    for missing in (0, 3, 10):
        with pytest.raises(KeyError):
            texts[missing]
    found = _linked(np.array(["a", "b"], dtype=object), np.array([1, 2, 0]), np.array([True, False, True]))
    assert found.tolist() == ["b", "", "a"]
