"""How much of a corpus the study's actors codebook covers, and what it misses.

* :func:`actor_coverage`: the share of body sentences and of articles with at least one actor
  mention (:func:`analysis.framing.mentions`, read with the study's own codebooks).
* :func:`coverage_caveats`: one sentence when that share is low, for the findings' caveats.
* :func:`candidates`: frequent names and speaker phrases that no actor entry matches, in the
  format of ``framing_actors.csv`` with empty ``actor`` details and ``label_category`` for the
  researcher to fill (``python -m analysis codebooks suggest``).

Candidates are found by two transparent rules over the text layer, not by a trained tagger:
a **name** is a run of capitalised words in one sentence, separated by single spaces, with
``of``/``for``/``the``/... allowed between them ("Organisation for the Prohibition of Chemical
Weapons"); a **speaker phrase** is the speaker of an attribution (:mod:`analysis.sourcing`) of at
most four words ("the county council"). Both are trimmed of stop words at their ends, and a
sentence's first word is kept only when the corpus never writes it in lower case ("Rescue teams"
is not a name); weekdays and months are left out. An occurrence is a candidate when no actor
mention overlaps it and its expression is no entry of the codebook (an entry read as a place,
"in Idlib", is not missing from the codebook).
"""

from __future__ import annotations

import pandas as pd

from .framing import mentions
from .framing.codebooks import study_lexicon
from .lexicon import read_word_list
from .sourcing.words import TIME_WORDS
from .study import Study

# Below this share of body sentences with an actor mention, the caveats say the codebook covers little.
LOW_COVERAGE = 0.2
# Candidates must occur at least this often (unmatched) to be listed: "frequent" names.
MIN_COUNT = 2
# Lower-case words that may stand inside a name between capitalised words.
NAME_JOINERS = frozenset({"of", "for", "the", "de", "al", "on"})
# Speaker phrases longer than this (after trimming) are descriptions, not names of actors.
MAX_PHRASE_WORDS = 4
ACTOR_COLUMNS = ["expression", "actor", "entity", "label_category", "case_sensitive"]
CANDIDATE_COLUMNS = [*ACTOR_COLUMNS, "count", "articles", "article_id", "start", "end", "text"]


def actor_coverage(study: Study, mention_table: pd.DataFrame | None = None) -> dict[str, int | float]:
    """Return the body sentences and primary articles of a study, how many have at least one actor
    mention in the body, and the two shares (0 for an empty corpus)."""
    mention_table = mentions(study) if mention_table is None else mention_table
    primary = set(study.outlet_of())
    sentences = study.sentences[study.sentences["article_id"].isin(primary)]
    body = mention_table[(mention_table["part"] == "body") & mention_table["article_id"].isin(primary)]
    matched = set(zip(body["article_id"], body["sentence_id"].astype("int64"), strict=True))
    counts = {
        "sentences": len(sentences),
        "sentences_with_actor": len(matched),
        "articles": len(primary),
        "articles_with_actor": len({article_id for article_id, _ in matched}),
    }
    counts["sentence_share"] = counts["sentences_with_actor"] / counts["sentences"] if counts["sentences"] else 0.0
    counts["article_share"] = counts["articles_with_actor"] / counts["articles"] if counts["articles"] else 0.0
    return counts


def coverage_caveats(study: Study, mention_table: pd.DataFrame | None = None) -> list[str]:
    """Return one caveat when fewer than ``LOW_COVERAGE`` of the body sentences name an actor of the
    study's codebook, else none."""
    cover = actor_coverage(study, mention_table)
    if not cover["sentences"] or cover["sentence_share"] >= LOW_COVERAGE:
        return []
    return [
        f"The actors codebook covers little of this corpus: {cover['sentences_with_actor']} of "
        f"{cover['sentences']} body sentences ({cover['sentence_share']:.0%}) and {cover['articles_with_actor']} "
        f"of {cover['articles']} articles name one of its actors, so the label, tone and headline tables "
        "describe only those. Extend the study's codebooks/framing_actors.csv: "
        "`python -m analysis codebooks suggest --corpus CORPUS` lists the frequent names it misses."
    ]


def _lowercase_words(study: Study) -> frozenset[str]:
    """Return the words the corpus writes in lower case somewhere (so a capital is only sentence case)."""
    texts = study.tokens.loc[study.tokens["is_word"], "text"]
    return frozenset(texts[texts.str.islower()].str.casefold())


def _trimmed(words: list[tuple], stopwords: frozenset[str]) -> list[tuple]:
    """Return the words (tuples of start, end, text, norm) without stop words or joiners at either end."""
    drop = stopwords | NAME_JOINERS
    while words and words[0][3] in drop:
        words = words[1:]
    while words and words[-1][3] in drop:
        words = words[:-1]
    return words


def _name_runs(raw: str, words: list[tuple], lowercase: frozenset[str]) -> list[list[tuple]]:
    """Return the runs of capitalised words (joiners allowed inside) of one sentence's words."""
    runs, current = [], []
    for position, word in enumerate(words):
        start, _, text, norm = word
        capital = text[:1].isupper() and not (position == 0 and norm in lowercase)
        joined = not current or raw[current[-1][1] : start] == " "
        if joined and (capital or (current and norm in NAME_JOINERS)):
            current.append(word)
            continue
        runs.append(current)
        current = [word] if capital else []
    return [run for run in [*runs, current] if run]


def name_occurrences(study: Study, stopwords: frozenset[str]) -> list[tuple]:
    """Return (article_id, words) of every capitalised name in the body sentences (see the module)."""
    lowercase = _lowercase_words(study)
    tokens = study.tokens[study.tokens["is_word"] & study.tokens["article_id"].isin(study.outlet_of())]
    columns = ("start", "end", "text", "norm")
    found = []
    for (article_id, _), group in tokens.groupby(["article_id", "sentence_id"], sort=True):
        words = list(zip(*(group[c].tolist() for c in columns), strict=True))
        for run in _name_runs(study.raw[article_id], words, lowercase):
            run = _trimmed(run, stopwords)
            if run:
                found.append((article_id, run))
    return found


def speaker_occurrences(study: Study, stopwords: frozenset[str]) -> list[tuple]:
    """Return (article_id, words) of every attribution speaker of at most ``MAX_PHRASE_WORDS`` words (trimmed)."""
    attributions = study.attributions
    if attributions is None or attributions.empty:
        return []
    speakers = attributions[attributions["speaker_start"].notna()]
    tokens = study.tokens[study.tokens["is_word"]]
    by_article = {a: group for a, group in tokens.groupby("article_id", sort=False)}
    found = []
    for article_id, start, end in zip(speakers["article_id"], speakers["speaker_start"], speakers["speaker_end"]):
        group = by_article.get(article_id)
        if group is None or "," in study.raw[article_id][int(start) : int(end)]:
            continue  # an apposition ("a spokesman, Ivan Petrov"): its name parts are found as names
        inside = group[(group["start"] >= start) & (group["end"] <= end)]
        words = _trimmed(list(zip(inside["start"], inside["end"], inside["text"], inside["norm"])), stopwords)
        if 0 < len(words) <= MAX_PHRASE_WORDS:
            found.append((article_id, words))
    return found


def _covered(occurrence: tuple[str, int, int], spans: dict[str, list[tuple[int, int]]]) -> bool:
    """Return whether an actor mention overlaps the (article_id, start, end) occurrence."""
    article_id, start, end = occurrence
    return any(s < end and start < e for s, e in spans.get(article_id, []))


def candidates(study: Study, mention_table: pd.DataFrame | None = None, min_count: int = MIN_COUNT) -> pd.DataFrame:
    """Return the names and speaker phrases no actor entry matches, occurring at least ``min_count`` times.

    One row per expression (its word norms joined by spaces), in the columns of ``framing_actors.csv``
    (``actor`` = its commonest written form, ``entity`` and ``label_category`` empty to fill,
    ``case_sensitive`` no), then ``count`` (occurrences), ``articles`` (how many articles) and the first
    occurrence by article and offset (``article_id``, ``start``, ``end``, ``text`` = raw[start:end]).
    Ordered by count and articles (most first), then expression: the same rows on every run.
    """
    mention_table = mentions(study) if mention_table is None else mention_table
    stopwords = frozenset(read_word_list("stopwords_en.txt")) | TIME_WORDS
    entries = study_lexicon("framing_actors.csv", study.codebooks)
    spans: dict[str, list[tuple[int, int]]] = {}
    for article_id, start, end in zip(mention_table["article_id"], mention_table["start"], mention_table["end"]):
        spans.setdefault(article_id, []).append((int(start), int(end)))
    seen: dict[tuple[str, int, int], str] = {}
    for article_id, words in name_occurrences(study, stopwords) + speaker_occurrences(study, stopwords):
        occurrence = (article_id, int(words[0][0]), int(words[-1][1]))
        norms = tuple(word[3] for word in words)
        if occurrence not in seen and norms not in entries and not _covered(occurrence, spans):
            seen[occurrence] = " ".join(norms)
    rows = [(expression, *occurrence) for occurrence, expression in sorted(seen.items())]
    table = pd.DataFrame(rows, columns=["expression", "article_id", "start", "end"])
    table["text"] = [study.raw[a][s:e] for a, s, e in zip(table["article_id"], table["start"], table["end"])]
    return _grouped(table, min_count)


def _grouped(occurrences: pd.DataFrame, min_count: int) -> pd.DataFrame:
    """Return one candidate row per expression of the occurrences (sorted by article and offset)."""
    if occurrences.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in CANDIDATE_COLUMNS})
    groups = occurrences.groupby("expression", sort=True)
    table = groups.first().reset_index()  # the first occurrence: rows are in article and offset order
    table["count"] = groups.size().to_numpy()
    table["articles"] = groups["article_id"].nunique().to_numpy()
    # The commonest written form names the actor ("Harbour Council"); ties go to the first in sort order.
    table["actor"] = (
        groups["text"].agg(lambda texts: texts.value_counts().sort_index(kind="stable").idxmax()).to_numpy()
    )
    table = table.assign(entity="", label_category="", case_sensitive="no")[table["count"] >= min_count]
    table = table.sort_values(["count", "articles", "expression"], ascending=[False, False, True], kind="stable")
    return table[CANDIDATE_COLUMNS].reset_index(drop=True)
