"""Sourcing: who speaks in each outlet, how they are quoted, and with which verbs.

An *attribution* has three parts, as in the Penn Attribution Relations Corpus (PARC, Pareti
2016): a **source** (who), a **cue** (the reporting verb or phrase) and the **content** (what is
attributed). They are found with documented rules over the project's text layer (sentences,
tokens, quotation spans) and four lexicons in ``analysis/data`` (no parser model is available
offline). Every row carries offsets into the raw text.

A map of the files, in the order the analysis runs:

- ``words.py``: the word classes the rules test (``analysis/data/sourcing_word_classes.csv``).
- ``lexicons.py``: the instruments (``reporting_verbs.csv``, ``source_roles.csv``,
  ``sourcing_countries.csv``, ``sourcing_sides.csv``; origins in ``sourcing_lexicons.md``).
- ``tokens.py``: token predicates: capitalised words, gazetteer places, codebook titles, tense.
- ``cues.py``: finding cues (not after a determiner or possessive, inside a capitalised name,
  as an infinitive) and the positions around them (auxiliaries, ``that``/colon, adverbials).
- ``noun_phrases.py``: the speaker before a cue, the phrase after it, a clause's subject.
- ``rules.py``: one function per attribution rule, tried in a documented order by a short
  driver (``according to X``; ``quoted X as saying``; participle after a comma; inverted
  ``..., said X`` and the parenthetical ``X, argues Y, is ...``; negated cue; passive with or
  without agent; non-speech use before a preposition; the speaker before the cue, with
  coordinated cues, post-posed speakers and relative clauses). Content spans are trimmed of
  space, ``. , ; :`` and double quotation marks.
- ``content.py``: content in characters, widened over quotations it cuts; modes (``direct``,
  ``mixed``, ``indirect``, ``floating``: a quotation sentence with no cue).
- ``speakers.py``: person names of an article; typing a speaker: name, role and kind (codebook
  title nearest the name, head of an apposition), affiliation (gazetteer), anonymity.
- ``resolution.py``: surnames, ``he``/``she``, ``it``/``they``, ``the statement`` and floating
  quotations resolved to sources; the side of an affiliation.
- ``naming.py``: how a resolved source is written (the gold's naming ruling of round 16, one rule per part);
  ``outlet_staff.py``: an outlet's staff and a bare outlet noun ("The channel's correspondent", "The agency");
  ``pseudonyms.py``: a name a court gives a person ("referred to in court as Witness A");
  ``judges.py``: a judge described by office ("the judge") as the judge named with a title;
  ``regions.py``: "the provincial government" as the government of the province the text names.
- ``own_statements.py``: the resolved rows that are the page publisher's own present statement on its own page
  ("We stress that ...", "The Embassy notes that ..."), dropped as narration (round 19 ruling (2)).
- ``extraction.py``: one article's rows; ``batching.py``: the :func:`attributions` table in
  batches of articles, on forked worker processes for large corpora (same table as one process).
- ``corrections.py``: a researcher's corrections (``corpus/attribution_corrections.csv``) laid over
  the rules' attributions (:func:`apply_corrections`, ``resolved_by`` = ``manual``) and the
  disagreements between the two (:func:`correction_disagreements`).
- ``accusations.py``: :func:`accused_parties`, and whether the outlet gives them a voice.
- ``quote_variants.py``: repeated, changed and cut quotations (:func:`quote_variants`).
- ``summaries.py``: per-outlet tables (:func:`sources`, :func:`outlet_profile`,
  :func:`by_affiliation`, :func:`by_side`, :func:`cue_profile`) and :func:`tables`, the export set.
- ``evaluation.py``: scores against the hand-labelled gold (``coding/attributions_gold.csv``).
- ``reading.py``, ``highlight.py``: an article's attributions as a table and as HTML.
- ``charts.py``: the figures; not imported here, so the analysis runs without matplotlib
  (``from analysis.sourcing import charts as sourcing_charts``).
"""

from __future__ import annotations

from .accusations import accused_parties
from .batching import ATTRIBUTION_COLUMNS, attributions
from .corrections import apply_corrections, correction_disagreements, load_corrections
from .evaluation import evaluate, evaluation_pairs, load_gold, match_attributions
from .highlight import highlight_html
from .lexicons import countries, reporting_verbs, sides, source_roles
from .quote_variants import (
    FRAGMENT_MIN_WORDS,
    QUOTE_VARIANT_COLUMNS,
    VARIANT_THRESHOLD,
    quote_variants,
    word_diff,
    wording_counts,
)
from .reading import attribution_table
from .summaries import by_affiliation, by_side, cue_profile, outlet_profile, sources, tables

__all__ = [
    "ATTRIBUTION_COLUMNS",
    "FRAGMENT_MIN_WORDS",
    "QUOTE_VARIANT_COLUMNS",
    "VARIANT_THRESHOLD",
    "accused_parties",
    "apply_corrections",
    "attribution_table",
    "attributions",
    "by_affiliation",
    "by_side",
    "correction_disagreements",
    "countries",
    "cue_profile",
    "evaluate",
    "evaluation_pairs",
    "highlight_html",
    "load_corrections",
    "load_gold",
    "match_attributions",
    "outlet_profile",
    "quote_variants",
    "reporting_verbs",
    "sides",
    "source_roles",
    "sources",
    "tables",
    "word_diff",
    "wording_counts",
]
