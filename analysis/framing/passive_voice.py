"""Agency: passive constructions, with or without a by-agent (:func:`passives`).

The rule has no part-of-speech tagger: a passive auxiliary (a form of *be* or
*get*, ``framing_passive_auxiliaries.txt``), up to
:data:`MAX_PASSIVE_ADVERBS` words of ``framing_passive_adverbs.txt``, then a
past participle (:func:`is_participle`). "by" within :data:`AGENT_WINDOW`
words after the participle marks an agent.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..study import Study
from .arrays import table_of
from .codebooks import word_set
from .word_index import VOICES, WordIndex, word_index

PASSIVE_COLUMNS = [
    "article_id",
    "part",
    "sentence_id",
    "start",
    "end",
    "text",
    "be_form",
    "participle",
    "has_agent",
    "agent",
    "voice",
]
# Forms of "be" and "get" that open a passive (the get-passive: "got killed").
PASSIVE_AUXILIARIES = word_set("framing_passive_auxiliaries.txt")
# Words that may stand between the auxiliary and its participle ("has long been accused");
# "being" and "been" always may ("is being looted"), whatever the list holds.
PASSIVE_ADVERBS = word_set("framing_passive_adverbs.txt")
SKIPPED_BEFORE_PARTICIPLE = PASSIVE_ADVERBS | {"being", "been"}
# How many words after the auxiliary may be skipped as adverbs before the participle.
MAX_PASSIVE_ADVERBS = 3
# Irregular past participles (standard English grammar lists); regular ones end in -ed.
IRREGULAR_PARTICIPLES = word_set("framing_irregular_participles.txt")
# Words in -ed that are not participles.
NOT_PARTICIPLES = word_set("framing_not_participles.txt")
# Shortest word in -ed taken for a regular participle (shorter ones, "bed", "red", are not verbs).
MIN_REGULAR_PARTICIPLE_LENGTH = 4
# "is set to", "was supposed to": future or modal, not passive.
MODAL_PARTICIPLES = {"set", "supposed"}
# "by" within this many words after the participle marks an agent; the agent is at most
# MAX_AGENT_WORDS words and stops before a word of AGENT_STOPS.
AGENT_WINDOW = 2
MAX_AGENT_WORDS = 6
AGENT_STOPS = word_set("framing_passive_agent_stops.txt")


def is_participle(norm: str) -> bool:
    """Return whether a word looks like a past participle: -ed (not in the exceptions) or irregular."""
    if norm in IRREGULAR_PARTICIPLES:
        return True
    return (
        len(norm) >= MIN_REGULAR_PARTICIPLE_LENGTH
        and norm.endswith("ed")
        and norm.isalpha()
        and norm not in NOT_PARTICIPLES
    )


def _agent(ix: WordIndex, k: int, n: int) -> tuple[int, str]:
    """Return (index after the passive, agent text) for the participle at word ``k`` of a sentence ending before
    word ``n``; the agent is "" when no "by" follows within :data:`AGENT_WINDOW` words."""
    norms, gap = ix.norms, ix.gap
    for b in range(k + 1, min(k + 1 + AGENT_WINDOW, n)):
        if norms[b] != "by":
            continue
        last = b
        while last + 1 < n and last - b < MAX_AGENT_WORDS and gap[last] and norms[last + 1] not in AGENT_STOPS:
            last += 1
        if last > b:
            return last + 1, ix.raws[ix.art[k]][ix.start[b + 1] : ix.end[last]]
        break
    return k + 1, ""


def _participle_after(ix: WordIndex, i: int, n: int) -> int | None:
    """Return the word index of the participle of a passive opened by the auxiliary at word ``i``, or None."""
    norms = ix.norms
    k = i + 1
    while (
        k < n and k - i <= MAX_PASSIVE_ADVERBS and norms[k] in SKIPPED_BEFORE_PARTICIPLE and not is_participle(norms[k])
    ):
        k += 1
    modal = k + 1 < n and norms[k] in MODAL_PARTICIPLES and norms[k + 1] == "to"
    if k < n and is_participle(norms[k]) and not modal and all(ix.gap[g] for g in range(i, k)):
        return k
    return None


def passives(study: Study, words: pd.DataFrame | None = None, index: WordIndex | None = None) -> pd.DataFrame:
    """Return passive constructions: a be/get form, adverbs (at most :data:`MAX_PASSIVE_ADVERBS`), a past participle.

    ``has_agent`` is True when "by" follows the participle within
    ``AGENT_WINDOW`` words; ``agent`` holds up to ``MAX_AGENT_WORDS`` words
    after "by" (to the next punctuation). No part-of-speech tagger is used, so
    adjectival participles ("was concerned") are counted too.
    """
    ix = word_index(study, words) if index is None else index
    norms = ix.norms
    found, blocked = [], -1  # (auxiliary, participle, last+1, agent)
    candidates = ix.where(PASSIVE_AUXILIARIES)
    for i, n in zip(candidates.tolist(), ix.hi[candidates].tolist(), strict=True):
        if i < blocked:  # inside the previous passive
            continue
        k = _participle_after(ix, i, n)
        if k is not None:
            end_index, agent = _agent(ix, k, n)
            found.append((i, k, end_index, agent))
            blocked = end_index
    columns = ix.spans([f[0] for f in found], [f[2] for f in found])
    participles = np.asarray([f[1] for f in found], dtype=np.int64)
    columns.update(
        be_form=[norms[f[0]] for f in found],
        participle=[norms[f[1]] for f in found],
        has_agent=np.asarray([bool(f[3]) for f in found], dtype=bool),
        agent=[f[3] for f in found],
        voice=np.asarray(VOICES, dtype=object)[ix.voice[participles]],
    )
    table = table_of(columns, PASSIVE_COLUMNS)
    return table.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)
