"""Per-article rates, outlet medians and percentile bootstrap intervals (issue 13).

Expected values are worked out by hand in the comments from invented articles whose words are counted
here, not taken from the code's output.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from analysis import framing
from analysis.framing import article_rates as ar
from conftest import make_study

HEAD = "An invented headline\n\n"
# Body words: The(1) rebels(2) left(3) the(4) town(5). The(6) minister(7) said(8) "We(9) won(10)."(=10 words),
# of which 2 ("We won") are inside quotation marks and 1 ("rebels") is an actor label.
SHORT = HEAD + 'The rebels left the town. The minister said "We won."\n'
# 11 words (The rebels left the town: 5; The minister said nothing more today: 6), none quoted, one label.
PLAIN = HEAD + "The rebels left the town. The minister said nothing more today.\n"
# 40 words, 20 quoted ("a b c ... " twenty words), no label.
LONG = HEAD + (
    "Officials met in the capital on Monday to talk about the road and the bridge. "
    '"One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen '
    'seventeen eighteen nineteen twenty." The talks ended then.\n'
)


@pytest.fixture(scope="module")
def small():
    texts = {"a1": SHORT, "a2": PLAIN, "a3": LONG, "b1": SHORT}
    outlets = {"a1": "Outlet A", "a2": "Outlet A", "a3": "Outlet A", "b1": "Outlet B"}
    study = make_study(texts, outlets)
    rates = ar.article_rates(study, framing.tables(study))
    return study, rates, ar.outlet_rates(rates)


def _one(table, **where):
    rows = table
    for column, value in where.items():
        rows = rows[rows[column] == value]
    assert len(rows) == 1, where
    return rows.iloc[0]


def test_quoted_share_per_article_by_hand(small):
    _, rates, _ = small
    shares = {a: _one(rates, article_id=a, measure="quoted_share") for a in ("a1", "a2", "a3", "b1")}
    assert shares["a1"]["words"] == 10 and shares["a1"]["count"] == 2 and shares["a1"]["value"] == pytest.approx(0.2)
    assert shares["a2"]["value"] == 0.0
    # LONG: 15 + 20 + 4 = 39 words before "then." is counted: 15 ("Officials ... bridge"), 20 numbers, 4.
    assert shares["a3"]["words"] == 39 and shares["a3"]["count"] == 20
    assert shares["a3"]["value"] == pytest.approx(20 / 39)


def test_label_rate_per_1000_words_of_the_voice(small):
    _, rates, _ = small
    # "rebels" in narration: SHORT has 8 narration words ("The rebels left the town. The minister said").
    row = _one(rates, article_id="a1", measure="label", item="rebels", voice="narration")
    assert (row["count"], row["base"]) == (1, 8)
    assert row["value"] == pytest.approx(1000 / 8)
    # An article without the label has rate 0, not a missing value: zeros count in the median.
    assert _one(rates, article_id="a3", measure="label", item="rebels", voice="narration")["value"] == 0.0
    # No paraphrase words at all: no value (and not counted among the outlet's articles).
    assert math.isnan(_one(rates, article_id="a1", measure="label", item="rebels", voice="paraphrase")["value"])


def test_outlet_median_is_not_the_pooled_rate(small):
    _, _, outlets = small
    share = _one(outlets, outlet="Outlet A", measure="quoted_share")
    # Articles 0.2, 0.0 and 20/39 = 0.513: median 0.2. Pooled: (2 + 0 + 20) / (10 + 11 + 39) = 22/60 = 0.367,
    # pulled up by the one long article.
    assert share["articles"] == 3 and share["words"] == 60 and share["count"] == 22
    assert share["median"] == pytest.approx(0.2)
    assert share["pooled"] == pytest.approx(22 / 60)
    # The interval of a median of three values lies within their range and holds the median.
    assert 0.0 <= share["ci_low"] <= share["median"] <= share["ci_high"] <= 20 / 39


def test_one_article_has_a_value_but_no_interval(small):
    _, _, outlets = small
    share = _one(outlets, outlet="Outlet B", measure="quoted_share")
    assert share["articles"] == 1 and share["median"] == pytest.approx(0.2)
    assert math.isnan(share["ci_low"]) and math.isnan(share["ci_high"])


def test_bootstrap_percentiles_by_hand():
    values = np.array([1.0, 2.0, 3.0])
    draws = np.array([[0, 0, 0], [0, 1, 2], [2, 2, 2], [1, 1, 0]])
    # Resampled medians: (1,1,1) -> 1, (1,2,3) -> 2, (3,3,3) -> 3, (2,2,1) -> 2; sorted 1, 2, 2, 3. Linear
    # quantiles at 0.025 * 3 = 0.075 -> 1 + 0.075 * (2 - 1) = 1.075 and at 0.975 * 3 = 2.925 -> 2 + 0.925 = 2.925.
    median, low, high = ar.bootstrap_median(values, draws)
    assert median[0] == 2.0 and low[0] == pytest.approx(1.075) and high[0] == pytest.approx(2.925)
    # Columns are independent measures sharing the draws: a second column 10x the first scales by 10.
    median, low, high = ar.bootstrap_median(np.column_stack([values, 10 * values]), draws)
    assert median.tolist() == [2.0, 20.0] and low == pytest.approx([1.075, 10.75]) and high[1] == pytest.approx(29.25)


def test_resampling_is_seeded_per_outlet():
    first = ar.resample_indices("Outlet A", 10)
    assert first.shape == (ar.BOOTSTRAP_RESAMPLES, 10) and first.min() >= 0 and first.max() <= 9
    assert np.array_equal(first, ar.resample_indices("Outlet A", 10))
    assert not np.array_equal(first, ar.resample_indices("Outlet B", 10))
    assert not np.array_equal(first, ar.resample_indices("Outlet A", 10, seed=ar.BOOTSTRAP_SEED + 1))


def test_adding_an_outlet_leaves_the_others_intervals_alone(small):
    study, rates, outlets = small
    without_b = ar.outlet_rates(rates[rates["outlet"] != "Outlet B"])
    with_b = outlets[outlets["outlet"] != "Outlet B"].reset_index(drop=True)
    assert without_b.equals(with_b)


def test_interval_covers_the_median_and_stays_within_the_values():
    rng = np.random.default_rng(0)
    values = rng.lognormal(size=(25, 4))
    median, low, high = ar.bootstrap_median(values, ar.resample_indices("x", 25))
    assert np.all(low <= median) and np.all(median <= high)
    assert np.all(low >= values.min(axis=0)) and np.all(high <= values.max(axis=0))
    assert np.allclose(median, np.median(values, axis=0))


def test_context_topics_come_from_the_studys_codebooks():
    # "earlier_attacks" is a topic of the committed study's codebooks/ only (the package's generic topics lack it);
    # "Douma" is one of its expressions. Two body sentences, the first names Douma: share 1 / 2.
    study = make_study({"c1": HEAD + "The Douma attack was recalled. Nothing else happened.\n"})
    rates = ar.article_rates(study, framing.tables(study))
    row = _one(rates, article_id="c1", measure="context", item="earlier_attacks")
    assert (row["count"], row["base"], row["value"]) == (1, 2, 0.5)


def test_rate_order_is_the_stable_sort_by_measure_item_voice_and_article(small):
    # The rows shuffled, then put back in order: measure in UNITS order, item, voice ("all" first, then VOICES),
    # article id; the shuffled rows' order kept on ties, as sort_values(kind="stable") keeps it.
    study, rates, _ = small
    shuffled = rates.sample(frac=1, random_state=7).reset_index(drop=True)
    measure = shuffled["measure"].map({m: k for k, m in enumerate(ar.UNITS)})
    voice = shuffled["voice"].map({v: k for k, v in enumerate(["all", *ar.VOICES])})
    expected = shuffled.assign(_m=measure, _v=voice).sort_values(["_m", "item", "_v", "article_id"], kind="stable")
    assert ar._rate_order(shuffled).tolist() == expected.index.tolist()
    assert shuffled.take(ar._rate_order(shuffled)).reset_index(drop=True).equals(rates)


def test_word_grid_counts_words_per_article_and_voice_as_grouping_does(small):
    study, _, _ = small
    tokens = study.tokens
    articles = sorted(study.outlet_of())
    words = tokens[tokens["is_word"].to_numpy(dtype=bool)]
    expected = [int(((words["article_id"] == a) & (words["voice"] == v)).sum()) for a in articles for v in ar.VOICES]
    assert ar._word_grid(tokens, articles).tolist() == expected and sum(expected) > 20
    assert ar._word_grid(tokens.astype({"voice": object}), articles) is None  # not Arrow: grouped by strings
    counts = ar.voice_word_counts(study)
    # By hand: SHORT 10, PLAIN 11, LONG 15 + 20 quoted + 4 = 39 words (its comment above says 40).
    assert counts[counts["voice"] == "all"]["words"].tolist() == [10, 11, 39, 10]


@pytest.mark.parametrize(("n", "resamples", "floats"), [(7, 9, 21), (5, 13, 5), (3, 2000, 1_000_000), (11, 31, 1)])
def test_resample_blocks_are_the_rows_of_one_draw(monkeypatch, n, resamples, floats):
    # Odd block sizes too: a 32-bit draw leaves half of PCG64's 64-bit output for the next block's first number.
    monkeypatch.setattr(ar, "_CHUNK_FLOATS", floats)
    blocks = list(ar.resample_blocks("Outlet A", n, resamples))
    assert len(blocks) == -(-resamples // max(1, floats // n))
    assert all(len(block) * n <= max(floats, n) for block in blocks)
    assert np.array_equal(np.concatenate(blocks), ar.resample_indices("Outlet A", n, resamples))


def test_bootstrap_in_blocks_gives_the_intervals_of_one_draw(monkeypatch):
    values = np.random.default_rng(1).normal(size=(23, 3))
    whole = ar.bootstrap_median(values, ar.resample_indices("Outlet B", 23, 301))
    monkeypatch.setattr(ar, "_CHUNK_FLOATS", 23 * 7)
    blocked = ar.bootstrap_median(values, ar.resample_blocks("Outlet B", 23, 301))
    assert all(np.array_equal(a, b) for a, b in zip(whole, blocked, strict=True))
