"""Issue 18: the sourcing tables near-linear in the number of articles, with the same output.

The quotation-variant blocking (two-token prefix keys, fragment ratios from the lengths) must give
exactly the relations of comparing every pair with :func:`_compare_quotes`; the cue-class labels of
:func:`sources` must equal the pandas aggregation they replace; and doubling the wordings must at
most roughly double the blocking's CPU time (single-token keys gave about 4 times at these sizes).
"""

from __future__ import annotations

import difflib
import importlib
import random

import pandas as pd
import pytest

from analysis.sourcing.quote_variants import (
    _compare_quotes,
    _min_overlap,
    _occurrence_tokens,
    _related_wordings,
    _variant_candidates,
)
from analysis.sourcing.summaries import _cue_class_labels

quote_variants_module = importlib.import_module("analysis.sourcing.quote_variants")


def all_pairs(wordings: list[tuple[str, ...]], threshold: float) -> dict[tuple[int, int], tuple[str, float]]:
    """Return the relations of every pair i < j by the straightforward comparison."""
    out = {}
    for i in range(len(wordings)):
        for j in range(i + 1, len(wordings)):
            verdict = _compare_quotes(wordings[i], wordings[j], threshold)
            if verdict is not None:
                out[(i, j)] = verdict
    return out


def as_wordings(texts: list[str]) -> list[tuple[str, ...]]:
    """Return the texts as word tuples."""
    return [tuple(text.split()) for text in texts]


EDGE_CASES = {
    # A word inserted inside a two-word quotation: no shared bigram, ratio 2 * 2 / 5 = 0.8 exactly.
    "insertion in a pair": ["red line", "red thin line"],
    # Same words, other order: every token shared, ratio below the threshold.
    "reordered": ["one two three four", "four one two three", "two one four three"],
    # Repeated words: "the the" shares only one token with "the cat" (occurrences counted).
    "repeated words": ["the the", "the cat", "the the cat", "cat the the", "the the the"],
    # Lengths at the length bound: 2 * 10 / (10 + 15) = 0.8.
    "length bound": [
        "a b c d e f g h i j",
        "a b c d e f g h i j k l m n o",
        "a b c d e f g h i j k l m n o p",
    ],
    # Only the rarest words of the prefix differ; the shared words are common to every wording.
    "common words shared": [
        "we will defend our land and our people x1",
        "we will defend our land and our people x2",
        "we will defend our land and our children x3",
        "they will defend our land and our people",
    ],
    # A shorter wording inside a longer one with ratio at the threshold or above: a variant, not a fragment.
    "inside and variant": ["one two three four", "one two three four five", "zero one two three four five six"],
    # A two-word quotation inside many longer ones: fragments, each with its ratio from the lengths.
    "fragment of many": ["terrorist organisation", "a terrorist organisation here", "not a terrorist organisation"],
}


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.8, 0.9, 1.0])
@pytest.mark.parametrize("case", list(EDGE_CASES), ids=list(EDGE_CASES))
def test_blocking_edge_cases_equal_all_pairs(case: str, threshold: float) -> None:
    wordings = as_wordings(EDGE_CASES[case])
    assert _related_wordings(wordings, threshold) == all_pairs(wordings, threshold)


def test_the_edge_cases_reach_each_path() -> None:
    # The cases must exercise what they are named after at the default threshold.
    related = _related_wordings(as_wordings(EDGE_CASES["insertion in a pair"]), 0.8)
    assert related == {(0, 1): ("variant", 0.8)}
    related = _related_wordings(as_wordings(EDGE_CASES["inside and variant"]), 0.8)
    assert related[(0, 1)] == ("variant", pytest.approx(8 / 9)) and related[(0, 2)][0] == "fragment"
    related = _related_wordings(as_wordings(EDGE_CASES["length bound"]), 0.8)
    assert related[(0, 1)] == ("variant", 0.8) and related[(0, 2)][0] == "fragment"
    assert _related_wordings(as_wordings(EDGE_CASES["reordered"]), 0.8) == {}


@pytest.mark.parametrize("pair_key_prefix", [40, 6, 3])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_wordings_with_long_prefixes_equal_all_pairs(seed: int, pair_key_prefix: int, monkeypatch) -> None:
    # With a small PAIR_KEY_PREFIX most wordings are "long" (single-token keys) and pairs mix both kinds.
    monkeypatch.setattr(quote_variants_module, "PAIR_KEY_PREFIX", pair_key_prefix)
    # Wordings of 2 to 40 words over a skewed vocabulary, many of them edits of a few base wordings:
    # long prefixes (many two-token keys), shared common words, insertions, deletions, substitutions.
    rng = random.Random(seed)
    vocabulary = [f"w{k}" for k in range(60)]
    weights = [1 / (k + 1) for k in range(60)]
    bases = [rng.choices(vocabulary, weights, k=rng.randint(2, 40)) for _ in range(12)]
    wordings = []
    for _ in range(220):
        words = list(rng.choice(bases))
        for _ in range(rng.randint(0, 4)):
            k = rng.randrange(len(words) + 1)
            edit = rng.choice(["insert", "delete", "replace", "cut"])
            if edit == "insert":
                words.insert(k, rng.choices(vocabulary, weights)[0])
            elif edit == "delete" and len(words) > 2 and k < len(words):
                del words[k]
            elif edit == "replace" and k < len(words):
                words[k] = rng.choices(vocabulary, weights)[0]
            elif edit == "cut" and len(words) > 3:
                start = rng.randrange(len(words) - 2)
                words = words[start : start + rng.randint(2, len(words) - start)]
        wordings.append(tuple(words))
    wordings = list(dict.fromkeys(wordings))
    for threshold in (0.5, 0.8, 0.9):
        brute = all_pairs(wordings, threshold)
        assert _related_wordings(wordings, threshold) == brute
        assert {v[0] for v in brute.values()} == {"variant", "fragment"}


def test_long_quotations_use_single_token_keys_and_find_every_pair() -> None:
    # Wordings of 60 to 200 words (the longest past PAIR_KEY_PREFIX) with a few words changed or cut.
    rng = random.Random(11)
    vocabulary = [f"w{k}" for k in range(400)]
    bases = [rng.choices(vocabulary, k=rng.randint(60, 200)) for _ in range(6)]
    wordings = []
    for _ in range(60):
        words = list(rng.choice(bases))
        for _ in range(rng.randint(0, 40)):
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        start = rng.randrange(len(words) // 4)
        wordings.append(tuple(words[start:]))
    wordings = list(dict.fromkeys(wordings))
    brute = all_pairs(wordings, 0.8)
    assert _related_wordings(wordings, 0.8) == brute
    assert any(v[0] == "variant" and len(wordings[i]) > 115 for (i, _), v in brute.items())


def test_one_very_long_quotation_costs_keys_linear_in_its_length() -> None:
    # One 3,000-word quotation of a single repeated word (the pathological article of test_linear_cost):
    # pair keys would be C(1002, 2) = 501,501; single-token keys are its 1,001-token prefix.
    tokens = _occurrence_tokens([("word",) * 3_000, ("word",) * 2_990])
    assert _variant_candidates(tokens, 0.8) == {(0, 1)}


def test_a_run_inside_another_has_difflib_ratio_from_the_lengths() -> None:
    # The ratio the blocking writes for a wording inside another, 2 * ls / (la + lb), is difflib's (same float).
    rng = random.Random(5)
    for _ in range(300):
        long_ = [rng.choice("abcde") for _ in range(rng.randint(3, 30))]
        start = rng.randrange(len(long_) - 1)
        short = long_[start : start + rng.randint(2, len(long_) - start)]
        for a, b in ((short, long_), (long_, short)):
            ratio = difflib.SequenceMatcher(a=a, b=b, autojunk=False).ratio()
            assert ratio == 2.0 * len(short) / (len(short) + len(long_))


def test_two_token_keys_keep_every_possible_variant_pair() -> None:
    # Every pair whose lengths and shared tokens allow a variant is a candidate (not only the related ones).
    rng = random.Random(7)
    wordings = list(dict.fromkeys(tuple(rng.choices("abcdefgh", k=rng.randint(2, 14))) for _ in range(200)))
    tokens = [[(w, words[:k].count(w) + 1) for k, w in enumerate(words)] for words in wordings]
    threshold = 0.8
    candidates = _variant_candidates(_occurrence_tokens(wordings), threshold)
    for i in range(len(wordings)):
        for j in range(i + 1, len(wordings)):
            la, lb = len(wordings[i]), len(wordings[j])
            shared = len(set(tokens[i]) & set(tokens[j]))
            if 2 * min(la, lb) >= threshold * (la + lb) and shared >= max(_min_overlap(la, threshold), 2):
                ratio = difflib.SequenceMatcher(a=wordings[i], b=wordings[j], autojunk=False).ratio()
                if ratio >= threshold:
                    assert (i, j) in candidates


def reference_cue_labels(frame: pd.DataFrame, keys: list[str], index: pd.Index) -> list[str]:
    """Return the cue-class labels as the pandas aggregation computed them before issue 18."""
    cues = frame[frame["cue_class"] != ""].groupby(keys + ["cue_class"], sort=True).size()
    names = cues.index.get_level_values("cue_class")
    labels = pd.Series([f"{c} {n}" for c, n in zip(names, cues.tolist(), strict=False)], index=cues.index, dtype=object)
    joined = labels.groupby(level=[0, 1], sort=True).agg("; ".join) if len(labels) else pd.Series(dtype=object)
    return [joined.get(k, "") for k in index]


@pytest.mark.parametrize("n_rows", [0, 1, 7, 400])
def test_cue_class_labels_equal_the_pandas_aggregation(n_rows: int) -> None:
    rng = random.Random(n_rows)
    frame = pd.DataFrame({
        "outlet": [rng.choice(["Outlet A", "Outlet B"]) for _ in range(n_rows)],
        "key": [rng.choice(["", "minister", "he", "ministry of defence"]) for _ in range(n_rows)],
        "cue_class": [rng.choice(["", "", "neutral", "doubting", "accusing"]) for _ in range(n_rows)],
    })  # fmt: skip
    # A source with no cue class at all gets an empty label.
    frame = pd.concat([frame, pd.DataFrame({"outlet": ["Outlet C"], "key": ["nobody"], "cue_class": [""]})])
    keys = ["outlet", "key"]
    index = frame.groupby(keys, sort=True).size().index
    labels = _cue_class_labels(frame, keys, index)
    assert labels == reference_cue_labels(frame, keys, index)
    assert labels[-1] == ""
    if n_rows == 400:
        assert any(label.count(";") == 2 for label in labels)  # three classes, in class order


def zipf_wordings(n: int, seed: int = 0) -> list[tuple[str, ...]]:
    """Return ``n`` distinct wordings of 20 to 50 words drawn from a Zipfian vocabulary of 10,000 words."""
    rng = random.Random(seed)
    vocabulary = [f"w{k}" for k in range(10_000)]
    weights = [1 / (k + 1) for k in range(10_000)]
    draws = rng.choices(vocabulary, weights, k=n * 50)
    wordings, k = [], 0
    for _ in range(n):
        length = rng.randint(20, 50)
        wordings.append(tuple(draws[k : k + length]))
        k += length
    return list(dict.fromkeys(wordings))


def test_the_blocking_compares_a_few_candidates_per_wording_not_all_pairs() -> None:
    # Counted, not timed (a timed doubling check failed on CI when the machine was loaded): 12,000 Zipfian
    # wordings give 40,336 candidate pairs under two-rare-word keys, 3.4 per wording and 0.06 % of the
    # 72 million pairs (6,000: 9,904). Single-token keys took 4.2 times the CPU time per doubling.
    wordings = zipf_wordings(12_000)
    candidates = _variant_candidates(_occurrence_tokens(wordings), 0.8)
    all_pairs = len(wordings) * (len(wordings) - 1) // 2
    assert len(candidates) <= 5 * len(wordings)
    assert len(candidates) <= 0.001 * all_pairs


def test_token_ids_follow_the_order_of_word_and_occurrence() -> None:
    # Ids, not tuples: a token's id is its place among the sorted (word, occurrence) pairs, so every tie-break
    # by token is the one the tuples of strings gave.
    wordings = [("zeta", "alpha", "zeta"), ("beta", "zeta", "alpha", "alpha"), ("alpha", "beta")]
    tokens = _occurrence_tokens(wordings)
    pairs = [[(w, words[:k].count(w) + 1) for k, w in enumerate(words)] for words in wordings]
    order = sorted({pair for row in pairs for pair in row})
    assert [tokens.row(k).tolist() for k in range(len(wordings))] == [[order.index(p) for p in row] for row in pairs]


def test_fragment_candidates_in_small_blocks_are_every_run_inside_another(monkeypatch) -> None:
    monkeypatch.setattr(quote_variants_module, "KEY_ROWS", 3)
    rng = random.Random(11)
    wordings = list(dict.fromkeys(tuple(rng.choices("abcd", k=rng.randint(2, 9))) for _ in range(150)))
    found = quote_variants_module._fragment_candidates(wordings, quote_variants_module._word_ids(wordings))
    expected = {
        (min(i, j), max(i, j))
        for i, long_ in enumerate(wordings)
        for j, short in enumerate(wordings)
        if len(short) < len(long_) and quote_variants_module._contains(long_, short)
    }
    assert found == expected and len(expected) > 50
