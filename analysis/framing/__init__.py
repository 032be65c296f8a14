"""Framing: how each outlet names the actors, asserts or distances, and what it selects.

Every measure is a transparent rule over the text layer (``study.tokens``,
``study.quotes``) and a codebook under ``analysis/data/framing_*`` (origins in
``analysis/data/FRAMING_CODEBOOKS.md``). Every row carries ``article_id`` and
character offsets with ``raw[start:end] == text``, a ``part`` (``headline`` or
``body``) and a ``voice`` (:mod:`analysis.voices`): ``narration`` (the outlet's own
words), ``paraphrase`` (outside quotation marks, in the content of an indirect or
mixed attribution) or ``quotation`` (inside quotation marks: the source's words). A
span's voice is the last of these that any of its words has. Counts and rates keep
the three voices apart and use the body only; headlines are reported on their own
(narration or quotation: a headline has no attributions).

Where to find what (read in this order):

* ``codebooks.py``: loading the codebooks and word lists; lexicons for longest-match look-up.
* ``word_index.py``: the words of headlines and bodies (:func:`word_tokens`) and
  their numpy index (:class:`WordIndex`, :func:`word_index`) that every measure reads.
* ``matching.py``: lexicon matching, longest match first (:func:`match_spans` per
  sentence, :func:`match_index` for all sentences at once).
* ``labels.py``: actor labels (:func:`mentions`, :func:`label_counts`): the place rule,
  merging of name parts, sponsor/evaluative modifiers.
* ``headline_attribution.py``: headline framing (:func:`classify_headline`,
  :func:`headlines`): one function per attribution rule.
* ``stance_markers.py``: epistemic stance (:func:`stance`): one function per rule
  (scare quotes, event nouns, so-called, distancing, hedges/boosters/evaluative).
* ``passive_voice.py``: agency (:func:`passives`, :func:`is_participle`).
* ``frames.py``: generic frames of Semetko & Valkenburg (2000): cues and coding sheets.
  Intercoder agreement (Krippendorff's alpha) is in :mod:`analysis.reliability`.
* ``context_topics.py``: context selection (:func:`context`, :func:`context_summary`).
* ``tone.py``: VADER tone of sentences naming each actor (:func:`actor_tone`, :func:`tone_summary`).
* ``rates.py``: word counts and rates per 1,000 words by outlet and voice; :func:`with_outlet`.
* ``batching.py``, ``assembly.py``: the export tables (:func:`tables`), batch by batch, in the
  table contract's shape (:func:`exported_table`: ``outlet`` after ``article_id``, a headline
  row's ``sentence_id`` empty).
* ``arrays.py``: column helpers (runs, spans of words, compact codes).
* ``charts.py``: the figures (imported on its own: ``from analysis.framing import charts``).

Scale: the measures read the words through a :class:`WordIndex` (numpy
columns, sentence bounds, norm codes). Lexicons are matched at candidate words
found by vectorised look-ups of norm codes (:func:`match_index`, the same rule
as :func:`match_spans` per sentence), so Python runs only where a match can
start; each distinct text is scored by VADER once per batch. :func:`tables`
builds one index per batch of articles (``batching.BATCH_TOKENS``) and adds each
batch's rows to compact tables (categorical text, 32-bit integers), so its
memory follows the batch, not the corpus: 10,000 synthetic articles take about
20-25 s and raise peak memory by about 0.2 GB above the built study.
"""

from __future__ import annotations

from ..reliability import ANSWER_VALUES, krippendorff_alpha, normalise_answers, sheet_reliability
from .assembly import exported_table, tables
from .batching import article_batches
from .codebooks import build_lexicon, expression_tokens, load_frames, read_codebook
from .context_topics import CONTEXT_COLUMNS, context, context_summary
from .frames import (
    FRAME_CUE_COLUMNS,
    SHEET_COLUMNS,
    coding_template,
    frame_cues,
    frame_questions,
    frame_scores,
    load_coding_sheets,
)
from .headline_attribution import HEADLINE_COLUMNS, classify_headline, headlines
from .labels import MENTION_COLUMNS, label_counts, mentions
from .matching import match_index, match_spans
from .passive_voice import PASSIVE_COLUMNS, is_participle, passives
from .rates import rates_per_1000, with_outlet, word_counts
from .stance_markers import STANCE_COLUMNS, STANCE_KINDS, stance
from .tone import TONE_COLUMNS, actor_tone, tone_summary, vader_compound
from .word_index import JOINERS, VOICES, WORD_COLUMNS, WordIndex, word_index, word_tokens

__all__ = [
    "ANSWER_VALUES",
    "CONTEXT_COLUMNS",
    "FRAME_CUE_COLUMNS",
    "HEADLINE_COLUMNS",
    "JOINERS",
    "MENTION_COLUMNS",
    "PASSIVE_COLUMNS",
    "SHEET_COLUMNS",
    "STANCE_COLUMNS",
    "STANCE_KINDS",
    "TONE_COLUMNS",
    "VOICES",
    "WORD_COLUMNS",
    "WordIndex",
    "actor_tone",
    "article_batches",
    "build_lexicon",
    "classify_headline",
    "coding_template",
    "context",
    "context_summary",
    "exported_table",
    "expression_tokens",
    "frame_cues",
    "frame_questions",
    "frame_scores",
    "headlines",
    "is_participle",
    "krippendorff_alpha",
    "label_counts",
    "load_coding_sheets",
    "load_frames",
    "match_index",
    "match_spans",
    "mentions",
    "normalise_answers",
    "passives",
    "rates_per_1000",
    "read_codebook",
    "sheet_reliability",
    "stance",
    "tables",
    "tone_summary",
    "vader_compound",
    "with_outlet",
    "word_counts",
    "word_index",
    "word_tokens",
]
