"""Quote integrity: the same quotation repeated, changed or cut across articles.

Repeated quotations are grouped by their exact word sequence first, so each distinct wording
is compared once, and only with candidates from two indexes that miss no related pair (pairs
of rare words of each wording's prefix; rarest bigram for fragments); the table has one row per
quotation, never one per pair, so a quotation repeated by many articles grows it linearly. The
related pairs themselves (the families' edges) are at most one per shorter wording found inside a
longer one plus the variants: a wording of L words contains at most L (L - 1) / 2 others.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import deque
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np
import pandas as pd

from ..index_ranges import expand
from ..study import Study, release_freed_memory

QUOTE_VARIANT_COLUMNS = [
    "family", "wording", "article_id", "outlet", "quote_id", "start", "end", "text",
    "relation", "linked_article_id", "linked_quote_id", "similarity", "diff",
]  # fmt: skip
# The quotations' columns quote_variants reads (its rows are the top-level quotations, depth 1).
QUOTE_COLUMNS = ["article_id", "quote_id", "start", "end", "text", "depth"]
# Two quotations whose word sequences have a difflib ratio at or above this
# are "nearly the same" (one or two words changed in a sentence-long quote
# gives about 0.9; unrelated quotes of shared topic words stay below 0.5).
VARIANT_THRESHOLD = 0.8
# A shorter quotation (at least this many words) found verbatim inside a
# longer one is reported as a "fragment" of it.
FRAGMENT_MIN_WORDS = 2
# Slack of the float comparisons of the length and overlap bounds (they hold exactly in rationals).
EPSILON = 1e-9
# A wording whose two-token prefix is longer than this (about 115 words at the default threshold) is
# indexed under single tokens: its C(n, 2) token pairs would grow with the square of its length
# (a 4,000-word quotation: 890k keys, sourcing 12 times slower for twice the text).
PAIR_KEY_PREFIX = 40
# The prefix keys are grouped in this many partitions by key, each made from this many prefixes at a time
# (:func:`_key_groups`): the candidate index holds a partition's keys, not every wording's.
KEY_PARTITIONS = 8
KEY_ROWS = 4096
QUOTE_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _words(text: str) -> list[str]:
    """Return a quotation's words, casefolded, with typographic apostrophes made straight."""
    return QUOTE_WORD.findall(text.casefold().replace("’", "'"))


def word_diff(a: str, b: str) -> str:
    """Return a word-level diff of two quotations: ``[-removed-]`` and ``{+added+}`` around changes."""
    wa, wb = a.split(), b.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(" ".join(wa[i1:i2]))
        else:
            if i2 > i1:
                out.append("[-" + " ".join(wa[i1:i2]) + "-]")
            if j2 > j1:
                out.append("{+" + " ".join(wb[j1:j2]) + "+}")
    return " ".join(out)


def _compare_quotes(wa: Sequence[str], wb: Sequence[str], threshold: float) -> tuple[str, float] | None:
    """Return (relation, ratio) of two quotations' word lists, or None when they are not related."""
    if min(len(wa), len(wb)) < FRAGMENT_MIN_WORDS:
        return None
    if wa == wb:
        return "identical", 1.0
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    matcher = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    # quick_ratio() is an upper bound of ratio() (shared words, ignoring order): below the
    # threshold only a verbatim fragment can still relate the two, so ratio() is often skipped.
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
        if not _contains(long_, short):
            return None
        return "fragment", matcher.ratio()
    ratio = matcher.ratio()
    if ratio >= threshold:
        return "variant", ratio
    if _contains(long_, short):
        return "fragment", ratio
    return None


def _contains(long_: Sequence[str], short: Sequence[str]) -> bool:
    """Return whether ``short`` occurs as a contiguous run of words in ``long_``."""
    n = len(short)
    return any(long_[k : k + n] == short for k in range(len(long_) - n + 1))


def _min_overlap(length: int, threshold: float) -> int:
    """Return the fewest words a wording of ``length`` words shares with any variant of it.

    ratio = 2M / (la + lb) >= t with M <= min(la, lb) gives lb >= t la / (2 - t) and so
    M >= t la / (2 - t) (M counts matched words, at most the multiset overlap).
    """
    return max(1, math.ceil(threshold * length / (2 - threshold) - EPSILON))


@dataclass(frozen=True)
class Rows:
    """Rows of integers in one flat array: row k is ``values[bounds[k] : bounds[k + 1]]``."""

    values: np.ndarray
    bounds: np.ndarray

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def row(self, k: int) -> np.ndarray:
        """Return row ``k`` (a view)."""
        return self.values[self.bounds[k] : self.bounds[k + 1]]

    def lengths(self) -> np.ndarray:
        """Return each row's length."""
        return np.diff(self.bounds)

    def owners(self) -> np.ndarray:
        """Return the row of each value."""
        return np.repeat(np.arange(len(self), dtype=np.int64), self.lengths())


def _related_wordings(wordings: list[tuple[str, ...]], threshold: float) -> dict[tuple[int, int], tuple[str, float]]:
    """Return {(i, j): (relation, ratio)} for every pair i < j of ``wordings`` that ``_compare_quotes`` relates.

    ``wordings`` are distinct word tuples of at least ``FRAGMENT_MIN_WORDS`` words each.

    No pair is compared twice and none is skipped: candidates come from two indexes that
    cannot miss a related pair (the test compares them with all pairs on random wordings):
    :func:`_variant_candidates` and :func:`_fragment_candidates`. Cost: one pass over the words
    of each distinct wording plus the candidates found, which are the wordings sharing two rare
    words or containing a whole shorter wording.

    The indexes hold integer ids in flat arrays (:class:`Rows`), a word's id in the sorted order of the words, so
    that every order and tie-break of tuples of strings is the same one of ids: tuples of (word, occurrence)
    and of bigrams, lists of them and dictionaries keyed by them held about 16 kB per bench article
    (saved exports of 3,000 / 6,000 bench articles: this function's traced peak 44 / 90 -> 25 / 55 MB, its CPU
    4.8 / 11.7 -> 3.0 / 7.2 s; ``final_groups.py growth … sourcing``, the group's own memory 194-201 / 266-283 ->
    179 / 254 MB, its peak now in the table's frame; same relations, same quote_variants file).
    """
    words = _word_ids(wordings)
    tokens = _occurrence_tokens(wordings, words)
    inside = _fragment_candidates(wordings, words)
    return _verdicts(wordings, tokens, inside, _variant_candidates(tokens, threshold) - inside, threshold)


def _word_ids(wordings: list[tuple[str, ...]]) -> Rows:
    """Return each wording's words as ids in the sorted order of the distinct words (id order is string order)."""
    index = {word: k for k, word in enumerate(sorted({word for words in wordings for word in words}))}
    lengths = np.fromiter((len(words) for words in wordings), dtype=np.int64, count=len(wordings))
    bounds = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    ids = np.fromiter((index[word] for words in wordings for word in words), dtype=np.int32, count=int(bounds[-1]))
    return Rows(ids, bounds)


def _occurrence_tokens(wordings: list[tuple[str, ...]], words: Rows | None = None) -> Rows:
    """Return each wording as (word, n-th occurrence) tokens, so that a set of them is a multiset of words: ids in
    the sorted order of the (word, occurrence) pairs. ``words`` is :func:`_word_ids`' (made when not given)."""
    words = _word_ids(wordings) if words is None else words
    ids = words.values.astype(np.int64)
    # By wording, then word, then position (stable): a run of one word of one wording, in the order it occurs.
    key = words.owners() * (1 + int(ids.max(initial=0))) + ids
    order = np.argsort(key, kind="stable")
    key = key[order]
    position = np.arange(len(ids))
    run_start = np.maximum.accumulate(np.where(np.r_[True, key[1:] != key[:-1]], position, 0))
    del key
    occurrence = np.empty(len(ids), dtype=np.int64)
    occurrence[order] = position - run_start + 1
    del order, run_start, position
    _, token = np.unique(ids * (1 + int(occurrence.max(initial=0))) + occurrence, return_inverse=True)
    return Rows(token.reshape(-1).astype(np.int32), words.bounds)


def _variant_candidates(tokens: Rows, threshold: float) -> set[tuple[int, int]]:
    """Return the pairs (i, j), i < j, that may be variants, by prefix filtering on pairs of rare tokens.

    Prefix filtering (Chaudhuri et al. 2006; Bayardo et al. 2007), generalised to ``shared``
    tokens: each wording's tokens are sorted rarest first (one global order). If two wordings
    share at least M tokens, M >= ``shared``, let c1 < ... < cM be the shared ones in that order:
    at least M - k of them come after ck in each wording, so ck is among its first
    ``len - M + k`` tokens, and c1..c_shared are all in both prefixes of ``len - M + shared``.
    A variant shares at least ``_min_overlap`` of each wording's length (see there), so the two
    prefixes of ``len - _min_overlap(len) + shared`` have ``shared`` tokens in common.

    A wording whose two-token prefix is at most ``PAIR_KEY_PREFIX`` tokens is indexed under every
    pair of its prefix tokens (two wordings of that kind that may be variants share such a key);
    a longer one, whose pairs would grow with the square of its length, under each single token
    of its one-token prefix, as are the shorter wordings whose length allows a ratio with the
    shortest of them (a pair with a long wording shares such a token; only pairs with a long
    wording are taken from these keys). When the threshold lets a variant share a single word,
    every wording is indexed under single tokens. A pair is kept only if its lengths allow the
    ratio (``2 min / (la + lb) >= threshold``).

    Keys of two tokens, not one: the wordings under one rare token grow with the corpus (words of
    middling frequency are in many prefixes), so the pairs looked at grew 4 times per doubling
    (85k, 348k, 1.39M on 1,000 / 2,000 / 4,000 benchmark articles); under two-token keys they are
    1.0k, 4.1k, 15.7k, and the keys themselves grow linearly (177k, 351k, 697k).
    """
    lengths = tokens.lengths().tolist()
    ranked = _rarest_first(tokens)
    # Tokens a wording may miss and still be a variant: its one-token prefix is one longer.
    spare = [length - _min_overlap(length, threshold) for length in lengths]
    one_word = _min_overlap(FRAGMENT_MIN_WORDS, threshold) < 2
    single = [one_word or n + 2 > PAIR_KEY_PREFIX for n in spare]
    shortest = min((length for length, long_ in zip(lengths, single, strict=True) if long_), default=None)
    rows: dict[int, list[tuple[int, np.ndarray]]] = {1: [], 2: []}
    for i, length in enumerate(lengths):
        if not single[i]:
            rows[2].append((i, ranked.row(i)[: spare[i] + 2]))
        # Reaches a long wording: the length bound holds with the shortest long one.
        if single[i] or (shortest is not None and 2 * length >= threshold * (shortest + length) - EPSILON):
            rows[1].append((i, ranked.row(i)[: spare[i] + 1]))
    pairs = [pair for members in _key_groups(rows[2], 2) for pair in combinations(sorted(members), 2)]
    for members in _key_groups(rows[1], 1):
        # Only pairs with a long wording: the others were found under pair keys.
        pairs += [(min(i, j), max(i, j)) for i in members if single[i] for j in members if j != i]
    return {
        (i, j) for i, j in pairs if 2 * min(lengths[i], lengths[j]) >= threshold * (lengths[i] + lengths[j]) - EPSILON
    }


def _rarest_first(tokens: Rows) -> Rows:
    """Return each wording's tokens as ranks in one global order, rarest first (ties by the token itself), sorted."""
    frequency = np.bincount(tokens.values, minlength=int(tokens.values.max(initial=-1)) + 1)
    rank = np.empty(len(frequency), dtype=np.int64)
    rank[np.argsort(frequency, kind="stable")] = np.arange(len(frequency))  # ties by token id: the token's order
    ranks = rank[tokens.values]
    order = np.lexsort((ranks, tokens.owners()))
    return Rows(ranks[order].astype(np.int32), tokens.bounds)


def _key_groups(rows: Sequence[tuple[int, Sequence[int]]], width: int) -> list[list[int]]:
    """Return the wordings of each key shared by two or more of ``rows`` ((wording, prefix ranks)):
    a key is a prefix token (``width`` 1) or a pair of prefix tokens (2), as one integer; the keys in
    ``KEY_PARTITIONS`` partitions by key, so the groups come partition by partition (their callers take the
    pairs as a set: the order is not read).

    The keys are the index's bulk (a wording of L words has about (L / 3)^2 / 2 pair keys, and sorting
    them held four copies: on 2,000 bench articles about 14 MB); a partition's keys are made from the
    prefixes ``KEY_ROWS`` rows at a time and grouped, so the group holds its partition's keys only."""
    by_size: dict[int, list[tuple[int, Sequence[int]]]] = {}
    for i, prefix in rows:
        by_size.setdefault(len(prefix), []).append((i, prefix))
    top = 1 + max((int(np.max(prefix)) for _, prefix in rows if len(prefix)), default=0)
    blocks = [
        (np.array([prefix for _, prefix in block_rows], dtype=np.int64).reshape(len(block_rows), size),
         np.array([i for i, _ in block_rows], dtype=np.int64), size)
        for size, block_rows in by_size.items()
    ]  # fmt: skip
    del by_size
    groups: list[list[int]] = []
    for part in range(KEY_PARTITIONS):
        keys, owners = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
        for block, ids, size in blocks:
            first, second = np.triu_indices(size, 1) if width == 2 else (np.arange(size),) * 2
            for start in range(0, len(ids), KEY_ROWS):
                key = (block[start : start + KEY_ROWS, first] * top + block[start : start + KEY_ROWS, second]).ravel()
                mine = key % KEY_PARTITIONS == part
                keys.append(key[mine])
                owners.append(np.repeat(ids[start : start + KEY_ROWS], len(first))[mine])
        groups += _shared_keys(np.concatenate(keys), np.concatenate(owners))
    return groups


def _shared_keys(key: np.ndarray, owner: np.ndarray) -> list[list[int]]:
    """Return the owners of each key that two or more entries (``key``, ``owner``) share."""
    order = np.argsort(key, kind="stable")
    key, owner = key[order], owner[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else np.zeros(0, dtype=np.int64)
    sizes = np.diff(np.r_[starts, len(key)])
    big = sizes > 1
    return [owner[s : s + n].tolist() for s, n in zip(starts[big].tolist(), sizes[big].tolist(), strict=True)]


def _fragment_candidates(wordings: list[tuple[str, ...]], words: Rows) -> set[tuple[int, int]]:
    """Return the pairs (i, j), i < j, where one wording is inside the other (every such pair).

    A wording inside a longer one has all its bigrams in it, so each wording is indexed once
    under its rarest bigram and looked up from every bigram of the longer one. A bigram is one integer of its
    two word ids (:func:`_word_ids`), each wording's distinct ones; the pairs checked are those of a wording
    and a shorter one indexed under one of its bigrams, each checked on the wordings joined by spaces with a
    space at each end: words hold no space, so one padded wording is a substring of another exactly when its
    words are a run of the other's.
    """
    grams, owners = _wording_bigrams(words)
    _, gram, frequency = np.unique(grams, return_inverse=True, return_counts=True)
    gram = gram.reshape(-1)
    # Each wording's rarest bigram (ties by the bigram: the word ids' order is the words').
    starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]]) if len(owners) else np.zeros(0, dtype=np.int64)
    rarest = (
        np.minimum.reduceat(frequency[gram] * len(frequency) + gram, starts) % len(frequency) if len(starts) else starts
    )
    indexed = owners[starts]
    order = np.argsort(rarest, kind="stable")
    rarest, indexed = rarest[order], indexed[order]
    lengths = words.lengths()
    candidates: set[tuple[int, int]] = set()
    padded_i, current = "", -1
    # Every (wording i, wording j indexed under a bigram of i), i longer than j, for KEY_ROWS bigrams at a time
    # (all at once, these arrays peaked at 64 MB traced on 6,000 bench articles; a block at a time, 48 MB).
    for start in range(0, len(gram), KEY_ROWS):
        block = slice(start, start + KEY_ROWS)
        first = np.searchsorted(rarest, gram[block], "left")
        hits = np.searchsorted(rarest, gram[block], "right") - first
        longer = np.repeat(owners[block], hits)
        shorter = indexed[expand(first, hits)]
        keep = lengths[shorter] < lengths[longer]
        for i, j in zip(longer[keep].tolist(), shorter[keep].tolist(), strict=True):
            if i != current:
                padded_i, current = " " + " ".join(wordings[i]) + " ", i
            if " " + " ".join(wordings[j]) + " " in padded_i:
                candidates.add((min(i, j), max(i, j)))
    return candidates


def _wording_bigrams(words: Rows) -> tuple[np.ndarray, np.ndarray]:
    """Return (bigram, wording) of each distinct bigram of each wording, by wording: a bigram as one integer of
    its two word ids, in the order of the (first word, second word) pairs."""
    owners = words.owners()
    within = np.flatnonzero(owners[1:] == owners[:-1])  # a word followed by one of its wording
    ids = words.values.astype(np.int64)
    grams = ids[within] * (1 + int(ids.max(initial=0))) + ids[within + 1]
    owners = owners[within]
    order = np.lexsort((grams, owners))
    grams, owners = grams[order], owners[order]
    distinct = np.r_[True, (grams[1:] != grams[:-1]) | (owners[1:] != owners[:-1])] if len(grams) else np.zeros(0, bool)
    return grams[distinct], owners[distinct]


def _verdicts(
    wordings: list[tuple[str, ...]],
    tokens: Rows,
    inside: set[tuple[int, int]],
    others: set[tuple[int, int]],
    threshold: float,
) -> dict[tuple[int, int], tuple[str, float]]:
    """Return the verdicts of ``_compare_quotes`` on the pairs ``inside`` (one wording is a run of the
    other's words) and ``others`` (candidate variants, none inside), in pair order, computed faster.

    A pair inside needs no SequenceMatcher: the whole shorter wording (``ls`` words) is the longest
    block difflib can match, and it leaves nothing of the shorter to match on either side, so its
    ratio is ``2.0 * ls / (la + lb)`` (difflib's own expression), its shared-token and length bounds
    are that same number, and it is a variant when that reaches the threshold, else a fragment.
    On 4,000 benchmark articles 50k of the 60k candidate pairs are inside: difflib ran on them all.
    Of ``others``, the shared-token count of the occurrence sets (quick_ratio's multiset overlap)
    and the lengths skip most; one SequenceMatcher per later wording keeps its index of words.
    """
    lengths = [len(words) for words in wordings]
    related = {}
    for i, j in inside:
        ratio = 2.0 * min(lengths[i], lengths[j]) / (lengths[i] + lengths[j])
        related[(i, j)] = ("variant" if ratio >= threshold else "fragment", ratio)
    matcher = difflib.SequenceMatcher(autojunk=False)
    current = -1
    for i, j in sorted(others, key=lambda pair: (pair[1], pair[0])):
        la, lb = lengths[i], lengths[j]
        if 2.0 * min(la, lb) / (la + lb) < threshold:
            continue
        # The shared tokens (a wording's tokens are distinct), from the token arrays: frozensets of every
        # candidate's token ids held an int object and a slot per token (6,000 bench articles: 93 -> 55 MB traced).
        shared = len(np.intersect1d(tokens.row(i), tokens.row(j), assume_unique=True))
        if 2.0 * shared / (la + lb) < threshold:
            continue
        if j != current:
            matcher.set_seq2(wordings[j])
            current = j
        matcher.set_seq1(wordings[i])
        ratio = matcher.ratio()
        if ratio >= threshold:
            related[(i, j)] = ("variant", ratio)
    return dict(sorted(related.items()))


def quote_variants(study: Study, threshold: float = VARIANT_THRESHOLD) -> pd.DataFrame:
    """Return one row per top-level quotation that is repeated, changed or cut elsewhere (``QUOTE_VARIANT_COLUMNS``).

    A quotation's *wording* is its sequence of words (casefolded, punctuation dropped);
    quotations with the same wording are one wording, compared once. Two wordings are
    related as a ``variant`` (difflib ratio over the words >= ``threshold``) or as a
    ``fragment`` (one of at least ``FRAGMENT_MIN_WORDS`` words found verbatim inside the
    other); candidates come from indexes that miss no related pair (:func:`_related_wordings`).
    A *family* is a set of quotations joined by these relations (a connected component);
    families and, within one, wordings are numbered by first occurrence (article_id, start).
    Quotations of fewer than ``FRAGMENT_MIN_WORDS`` words and those in no family are left out.

    Each row says how the quotation relates to one earlier-found member, ``linked_article_id``
    / ``linked_quote_id`` (a row of the same family): ``first`` (the family's first
    occurrence; linked empty), ``identical`` (same wording: linked to that wording's first
    occurrence), else, on a wording's first occurrence, ``variant``, ``fragment`` (this
    quotation is inside the linked one) or ``contains`` (the linked one is inside this one),
    linked to the first occurrence of the family's first wording when related to it, else
    of the wording through which it joined the family (breadth-first from the first wording).
    ``similarity`` is the difflib ratio of the two wordings; ``diff`` the word diff from the
    linked quotation's text to this one (empty when the two texts are the same characters).
    The table grows with the number of quotations (not of pairs): a quotation repeated by
    500 articles gives 500 rows, not 124,750 pairs. ``start``/``end`` are offsets into the
    raw text of ``article_id`` (``raw[start:end] == text``).
    """
    return chunked_quote_variants(lambda: [study.quotes], study.outlet_of(), threshold)


def chunked_quote_variants(
    chunks: Callable[[], Iterable[pd.DataFrame]], outlets: Mapping[str, str], threshold: float = VARIANT_THRESHOLD
) -> pd.DataFrame:
    """Return :func:`quote_variants`' table of the quotations ``chunks()`` yields (frames with the columns
    ``QUOTE_COLUMNS``, each chunk's articles after the previous chunk's in article_id order), of the articles
    of ``outlets`` (article_id -> outlet of the primary articles).

    The quotations are read twice, a chunk at a time, and never held all at once (the streaming export's
    sourcing group held every top-level quotation, text and all: about 15 kB per bench article): the first
    pass keeps a wording code per quotation (8 bytes) and each distinct wording once, which is all the
    relations and families read; the second keeps the rows of the quotations in a family only, the table's
    rows. Sorting each chunk by (article_id, start, quote_id) sorts the corpus when the chunks are in
    article order, so the positions, families and links are those of one sort of every quotation.
    """
    if not 0 < threshold <= 1:
        raise ValueError("threshold must be in (0, 1]")
    codes, first_row, wordings = _wording_codes(_top_level(chunks(), outlets))
    related = _related_wordings(wordings, threshold)
    # The candidate indexes' temporaries, else kept by glibc under the table's rows (saved exports of 3,000 / 6,000
    # bench articles: the sourcing group's own memory 184 / 250 -> 185 / 243 MB; 219 MB in a single run at 6,000).
    release_freed_memory()
    family, rank, parent = _families(related, np.bincount(codes[codes >= 0], minlength=len(wordings)))
    in_family = np.append(family, -1)[codes] >= 0  # code -1 (too short) reads the appended -1
    keep = np.flatnonzero(in_family)
    kept_codes = codes[keep]
    del codes, in_family
    taken = _rows_at(_top_level(chunks(), outlets), keep)
    # Every link is the first quotation of a wording of the family: a kept row, so kept rows' columns suffice,
    # found by the link's position in ``keep`` (sorted). Dictionaries of the kept rows' texts, article ids and quote
    # ids by position held about 0.3 kB per row, beside the frame of the same rows (``final_groups.py growth``, saved
    # exports of 3,000 / 6,000 bench articles, with the frame's columns taken in family order as they are made: the
    # sourcing group's own memory 179 / 263 -> 184 / 250 MB, its peak here; quote_variants byte-identical).
    texts = _ByPosition(keep, taken["text"].to_numpy(dtype=object))
    links = _links(keep.tolist(), kept_codes.tolist(), first_row, parent, related, wordings, texts)
    relation, similarity, diff, link_rows = links
    del texts, links
    linked = np.searchsorted(keep, np.array(link_rows, dtype=np.int64))
    has_link = np.array(link_rows, dtype=np.int64) >= 0
    article_ids = taken["article_id"].to_numpy(dtype=object)
    quote_ids = taken["quote_id"].to_numpy()
    # Rows are in corpus order already: a stable order by family keeps it within each family. Each column is taken
    # in that order as it is made (sorting the finished frame copied every column of the table once more).
    order = np.argsort(family[kept_codes], kind="stable")
    linked, has_link = linked[order], has_link[order]
    return pd.DataFrame({
        "family": family[kept_codes][order].astype(np.int32),
        "wording": rank[kept_codes][order].astype(np.int32),
        "article_id": article_ids[order],
        "outlet": pd.Categorical(taken["article_id"].map(outlets).to_numpy(dtype=object)[order]),
        "quote_id": taken["quote_id"].to_numpy().astype(np.int32)[order],
        "start": taken["start"].to_numpy().astype(np.int32)[order],
        "end": taken["end"].to_numpy().astype(np.int32)[order],
        "text": taken["text"].to_numpy()[order],
        "relation": pd.Categorical(np.array(relation, dtype=object)[order]),
        "linked_article_id": pd.Categorical(_linked(article_ids, linked, has_link)),
        # Nullable: a family's first quotation links to none, written as an empty cell.
        "linked_quote_id": pd.array(
            [int(quote_ids[k]) if found else None for k, found in zip(linked.tolist(), has_link.tolist(), strict=True)],
            dtype="Int64",
        ),
        "similarity": np.array(similarity, dtype=np.float64)[order],
        "diff": pd.Categorical(np.array(diff, dtype=object)[order]),
    }, columns=QUOTE_VARIANT_COLUMNS)  # fmt: skip


def _linked(values: np.ndarray, linked: np.ndarray, has_link: np.ndarray) -> np.ndarray:
    """Return ``values[linked]`` where ``has_link``, else "" (an object array)."""
    found = np.full(len(linked), "", dtype=object)
    found[has_link] = values[linked[has_link]]
    return found


class _ByPosition(Mapping[int, str]):
    """The kept quotations' texts by position in the corpus (``positions`` sorted), found by bisection."""

    def __init__(self, positions: np.ndarray, values: np.ndarray) -> None:
        self.positions, self.values = positions, values

    def __getitem__(self, position: int) -> str:
        at = int(np.searchsorted(self.positions, position))
        if at == len(self.positions) or self.positions[at] != position:
            raise KeyError(position)
        return self.values[at]

    def __iter__(self) -> Iterator[int]:
        return iter(self.positions.tolist())

    def __len__(self) -> int:
        return len(self.positions)


def _top_level(chunks: Iterable[pd.DataFrame], outlets: Mapping[str, str]) -> Iterator[pd.DataFrame]:
    """Yield each chunk's top-level quotations of the articles of ``outlets``, sorted by (article_id, start,
    quote_id); raise ValueError when a chunk's articles do not all come after the previous chunks' (the
    chunks' sorts would then not be the corpus's)."""
    last = None
    for quotes in chunks:
        quotes = quotes[(quotes["depth"] == 1) & in_articles(quotes["article_id"], outlets)]
        quotes = quotes.sort_values(["article_id", "start", "quote_id"], kind="stable")
        if len(quotes):
            if last is not None and quotes["article_id"].iloc[0] <= last:
                raise ValueError("quotation chunks must be in article_id order, no article in two")
            last = quotes["article_id"].iloc[-1]
        yield quotes


def in_articles(article_ids: pd.Series, kept: Container[str]) -> np.ndarray:
    """Return whether each of ``article_ids`` is in ``kept`` (a set or a mapping), as a boolean array.

    Each row is looked up in ``kept``, so the cost is the rows'. ``Series.isin(kept)`` first converts every
    member of ``kept`` (for pandas' Arrow strings, to an Arrow scalar each): a chunk's rows tested against the
    whole corpus's articles cost the corpus's size per chunk, the chunks' sum growing with the square of the
    corpus (issue 18: the sourcing group's 240 calls at 5,000 bench articles took 5.7 times the time of its 96
    calls at 2,000). Measured on one chunk's 20,000 rows: ``isin`` 41 / 77 / 634 ms against 5,000 / 10,000 /
    100,000 articles, this 2.4–3.8 ms whatever their number; the group tests each chunk ten times (twice in
    quote_variants' two passes, its chunk reader's two, the outlets' and once per outlet), so at 100,000 articles
    in chunks of 1,000 ``isin`` alone would take about 630 CPU s.
    """
    return np.fromiter(map(kept.__contains__, article_ids.tolist()), dtype=bool, count=len(article_ids))


def _rows_at(chunks: Iterable[pd.DataFrame], positions: np.ndarray) -> pd.DataFrame:
    """Return the rows at ``positions`` (sorted) of the chunks joined in order, as one frame; without rows, the
    columns of the first chunk with rows (those of the chunks joined), else of the first chunk."""
    pieces, typed, offset = [], None, 0
    for frame in chunks:
        # ``positions`` are sorted: the chunk's are one run, found by bisection (a mask over every position per
        # chunk grew with the chunks times the positions).
        lo, hi = np.searchsorted(positions, [offset, offset + len(frame)]).tolist()
        inside = positions[lo:hi] - offset
        pieces.append(frame.iloc[inside])
        if typed is None and len(frame):
            typed = pieces[-1]
        offset += len(frame)
    full = [piece for piece in pieces if len(piece)]
    if full:
        return pd.concat(full, ignore_index=True)
    return typed if typed is not None else pieces[0] if pieces else pd.DataFrame(columns=QUOTE_COLUMNS)


def _wording_codes(chunks: Iterable[pd.DataFrame]) -> tuple[np.ndarray, list[int], list[tuple[str, ...]]]:
    """Return (wording code per quotation of the chunks joined, -1 when too short; first row of each wording;
    the wordings)."""
    # Each word is one string object however often it occurs (the regex makes a new one per occurrence): on
    # 1,000 bench articles the wordings' 108k words held 7.2 MB, one string each, 2.1 MB shared.
    canonical: dict[str, str] = {}
    wording_of: dict[tuple[str, ...], int] = {}
    parts = [np.zeros(0, dtype=np.int64)]
    first_row: list[int] = []
    offset = 0
    for quotes in chunks:
        texts = quotes["text"].tolist()
        # One regex pass per distinct text of the chunk: repeated quotations are read once.
        key_of = {text: tuple([canonical.setdefault(w, w) for w in _words(text)]) for text in dict.fromkeys(texts)}
        codes = np.full(len(texts), -1, dtype=np.int64)
        for position, text in enumerate(texts):
            key = key_of[text]
            if len(key) < FRAGMENT_MIN_WORDS:
                continue
            code = wording_of.get(key)
            if code is None:
                code = wording_of[key] = len(first_row)
                first_row.append(offset + position)
            codes[position] = code
        parts.append(codes)
        offset += len(texts)
    return np.concatenate(parts), first_row, list(wording_of)


def _families(related: dict[tuple[int, int], tuple[str, float]], counts: np.ndarray) -> tuple[np.ndarray, ...]:
    """Return (family, rank in family, parent wording) per wording; -1 for wordings in no family.

    Families by breadth-first search from each unvisited wording, in first-occurrence order,
    so a family's number and its first wording are those of its earliest quotation. A wording
    used once and related to none is in no family.
    """
    neighbours: dict[int, list[int]] = {}
    for i, j in related:
        neighbours.setdefault(i, []).append(j)
        neighbours.setdefault(j, []).append(i)
    n = len(counts)
    family = np.full(n, -1, dtype=np.int64)
    rank = np.zeros(n, dtype=np.int64)
    parent = np.full(n, -1, dtype=np.int64)
    n_families = 0
    for root in range(n):
        if family[root] >= 0 or (counts[root] < 2 and root not in neighbours):
            continue
        family[root] = n_families
        members, queue = [root], deque([root])
        while queue:
            current = queue.popleft()
            for other in sorted(neighbours.get(current, ())):
                if family[other] < 0:
                    family[other], parent[other] = n_families, current
                    members.append(other)
                    queue.append(other)
        for k, member in enumerate(sorted(members)):
            rank[member] = k
        n_families += 1
    return family, rank, parent


def _links(
    positions: list[int],
    codes: list[int],
    first_row: list[int],
    parent: np.ndarray,
    related: dict[tuple[int, int], tuple[str, float]],
    wordings: list[tuple[str, ...]],
    texts: Mapping[int, str],
) -> tuple[list[str], list[float], list[str], list[int]]:
    """Return relation, similarity, diff and linked row (-1: none) of each kept quotation (:func:`quote_variants`;
    ``texts``: the kept quotations' texts by position, the only ones a link reads)."""
    relation, similarity, diff, link_rows = [], [], [], []
    diffs: dict[tuple[str, str], str] = {}  # repeated text pairs are diffed once
    for position, code in zip(positions, codes, strict=False):
        first = first_row[code]
        if position != first:
            link, verdict = first, ("identical", 1.0)
        elif parent[code] < 0:
            link, verdict = -1, ("first", 1.0)
        else:
            link = first_row[parent[code]]
            name, ratio = related[(min(code, parent[code]), max(code, parent[code]))]
            if name == "fragment":
                name = "fragment" if len(wordings[code]) < len(wordings[parent[code]]) else "contains"
            verdict = (name, ratio)
        relation.append(verdict[0])
        similarity.append(verdict[1])
        if link < 0 or texts[link] == texts[position]:
            diff.append("")
        else:
            pair = (texts[link], texts[position])
            if pair not in diffs:
                diffs[pair] = word_diff(*pair)
            diff.append(diffs[pair])
        link_rows.append(link)
    return relation, similarity, diff, link_rows


def wording_counts(variants: pd.DataFrame) -> pd.DataFrame:
    """Return one row per family and wording of :func:`quote_variants`: how many quotations and
    articles use it, and its first quotation (offsets, text, relation to its linked quotation)."""
    columns = [
        "family",
        "wording",
        "relation",
        "quotations",
        "articles",
        "article_id",
        "quote_id",
        "start",
        "end",
        "text",
    ]
    keys = ["family", "wording"]
    # The table is in family, then corpus, order: the first row of a wording is its first occurrence.
    first = variants.drop_duplicates(keys).set_index(keys)
    grouped = variants.groupby(keys, sort=True)
    out = first.assign(quotations=grouped.size(), articles=grouped["article_id"].nunique())
    out = out.reset_index().sort_values(keys, kind="stable").reset_index(drop=True)
    return out.astype({"quotations": "int64", "articles": "int64"})[columns]
