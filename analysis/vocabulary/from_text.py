"""Vocabulary comparison straight from body text: the term counts of the text layer without building it.

:func:`keyness_from_text` gives the keyness table (voice "all") of texts that are only body text
(columns article_id, outlet, text), as ``keyness(term_tokens(study), voices=("all",))`` gives it for
the study of those texts (``analysis.bench.text_layer_study``), with the same counts and the same
values, but without sentence splitting, quotation finding or a token table: the work Scattertext
does when it builds its corpus, and no more.

Why the counts are the same. A word is one definition, ``text.TOKEN_PATTERN`` (run as
``text.TOKEN_AFTER_GAP``), and a term its ``terms.normalise_term`` when it has a letter
(``terms.LETTER``); all are imported, not copied. The text layer runs the tokenizer sentence by
sentence, the fast path once over the whole text; the two agree unless a sentence boundary cuts a
token the whole-text pass finds. Between
sentences there is only white space, except where a sentence ends on ``.?!`` before other
punctuation (no token runs on past ``.?!`` into it) and where ``text.LEADING_CLOSERS`` moves closing
quotes and brackets from a sentence's start back to the sentence before: a closing run ending in an
apostrophe followed by "s" (``"’s"``) is then cut in two (``"’"``, ``"s"``), where the whole text has
the possessive ``"’s"``. Such a run begins after a character that is not a letter or a digit, so an
article with a possessive after such a character (:data:`POSSIBLE_CUT`, rare: "U.S.’s", ``"”’s"``)
goes through the text layer itself (``text.text_records``); the tests compare both ways on the seed
corpus, the benchmark corpus and these cases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain

import numpy as np
import pandas as pd

from ..text import TOKEN_AFTER_GAP, text_records
from .keyness_tables import _keyness
from .priors import DEFAULT_PRIOR, PRIOR_WEIGHT
from .terms import LETTER, _terms_of_texts, load_stopwords

# A possessive 's whose apostrophe follows neither a letter nor a digit: the one token a sentence
# boundary can cut (see the module's docstring); articles with one take the text layer's path. The
# look-behind comes after the apostrophe so that the search skips to apostrophes (with it first, the
# search tried it at every character: 0.33 -> 0.08 s CPU over 2,000 bench pages).
POSSIBLE_CUT = re.compile(r"['’](?<![^\W_].)[sS]\b")
# The text layer's tokenizer (text.TOKEN_AFTER_GAP) with the gap before each token not captured, so
# that findall returns the tokens alone: the same tokens as text.TOKENIZER.findall (no token starts
# with white space or "_"), 0.88 instead of 1.05 s CPU over 2,000 bench pages.
TOKENS = re.compile(TOKEN_AFTER_GAP.pattern.replace(r"([\s_]*)", r"[\s_]*", 1))
# The voice code of every token: the fast path finds no quotations, so its tokens have no voice of
# their own and only voice "all" (the sum over voices) can be asked of it.
UNSPLIT = "unsplit"


def body_tokens(text: str) -> list[str]:
    """Return the tokens of one body text (one paragraph) in order, as ``text.text_records`` finds them."""
    if POSSIBLE_CUT.search(text) is None:
        return TOKENS.findall(text)
    return text_records("", text, [(0, 0, len(text))])["tokens"][0]["text"]


def term_codes(body: pd.DataFrame) -> dict:
    """Return the term tokens of ``body`` (columns article_id, outlet, text) as the integer codes that
    ``terms._word_codes`` gives for ``term_tokens`` of its study (voice "all" only).

    Keys: ``pair`` (code of each term token into the sorted article ids with a term ``pair_article``,
    whose outlets are ``pair_outlet``, codes ``outlet_of_pair`` into the sorted ``outlets``), ``term``
    (code into the sorted ``vocab``), ``vocab_stop`` (the package's stop words), ``voice`` (all 0:
    ``voices`` is [:data:`UNSPLIT`]) and empty ``number_*`` (numbers are not counted, as ``keyness``
    without ``numbers``).
    """
    stop = load_stopwords()
    body = body.sort_values("article_id", kind="stable")
    found = [body_tokens(text) for text in body["text"]]
    lengths = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
    text_code, texts = pd.factorize(np.fromiter(chain.from_iterable(found), dtype=object, count=int(lengths.sum())))
    del found
    texts = np.asarray(texts, dtype=object)
    has_letter = np.array([LETTER.search(t) is not None for t in texts], dtype=bool)
    term_of_text, vocab = _terms_of_texts(texts, has_letter)
    article = np.repeat(np.arange(len(body)), lengths)
    keep = has_letter[text_code]
    term, article = term_of_text[text_code[keep]].astype(np.int64), article[keep]
    # Articles (and outlets) without a term have no row in term_tokens, hence no code.
    used = np.flatnonzero(np.bincount(article, minlength=len(body)))
    pair = np.searchsorted(used, article)
    outlet_of_pair, outlets = pd.factorize(body["outlet"].to_numpy(dtype=object)[used], sort=True)
    return {
        "pair": pair.astype(np.int64),
        "pair_article": body["article_id"].to_numpy(dtype=object)[used],
        "pair_outlet": np.asarray(outlets, dtype=object)[outlet_of_pair],
        "outlet_of_pair": outlet_of_pair.astype(np.int64),
        "outlets": np.asarray(outlets, dtype=object),
        "voice": np.zeros(len(term), dtype=np.int64),
        "voices": np.array([UNSPLIT], dtype=object),
        "term": term,
        "vocab": vocab,
        "vocab_stop": np.array([t in stop for t in vocab], dtype=bool),
        "number_pair": np.zeros(0, dtype=np.int64),
        "number_voice": np.zeros(0, dtype=np.int64),
    }


def term_counts(body: pd.DataFrame) -> pd.DataFrame:
    """Return the count of every term in every outlet's ``body`` texts: columns outlet, term, count
    (sorted by outlet and term; only the counts above 0)."""
    w = term_codes(body)
    outlet = w["outlet_of_pair"][w["pair"]]
    key, count = np.unique(outlet * max(len(w["vocab"]), 1) + w["term"], return_counts=True)
    return pd.DataFrame(
        {
            "outlet": w["outlets"][key // max(len(w["vocab"]), 1)],
            "term": w["vocab"][key % max(len(w["vocab"]), 1)],
            "count": count.astype(np.int64),
        }
    )


def keyness_from_text(
    body: pd.DataFrame,
    modes: Sequence[str] = ("pairwise", "one_vs_rest"),
    prior: str = DEFAULT_PRIOR,
    prior_weight: float = PRIOR_WEIGHT,
) -> pd.DataFrame:
    """Return ``keyness(term_tokens(study), voices=("all",), modes=modes)`` of the study of ``body``
    (columns article_id, outlet, text; each text one paragraph of body text), from the text alone.

    The same table (columns ``KEYNESS_COLUMNS``, voice "all"): the corpus sizes are the term counts, as
    in ``keyness`` without ``numbers``.
    """
    return _keyness(term_codes(body), ("all",), modes, prior, prior_weight)
