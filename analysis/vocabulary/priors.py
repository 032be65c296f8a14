"""Dirichlet priors of the Fightin' Words log-odds ratio (Monroe, Colaresi & Quinn 2008).

The prior's shape comes from the pooled corpus, from general English
(``wordfreq``, offline data) or is uniform; its weight is a share of the data.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np

DEFAULT_PRIOR = "corpus"  # Monroe et al.'s informative prior built from the pooled texts
PRIOR_WEIGHT = 0.1  # the prior is worth one tenth of the data
WORDFREQ_FLOOR = 1e-8  # frequency given to words wordfreq does not know, so every term has a pseudo-count


def wordfreq_frequencies(terms: Iterable[str], lang: str = "en") -> list[float]:
    """Return ``wordfreq.word_frequency(term, lang)`` of each term (words joined by single spaces).

    The same arithmetic as wordfreq (1/f = 1/f1 + 1/f2 + ... over the term's
    tokens, 0 if a token is unknown, rounded to 3 significant digits), but
    each distinct word is tokenised and looked up once, not once per n-gram
    containing it: wordfreq's tokeniser splits at spaces, so a term's tokens
    are its words' tokens in order (tests compare with ``word_frequency``).
    """
    from wordfreq import get_frequency_dict, lossy_tokenize
    from wordfreq.numbers import digit_freq, smash_numbers

    table = get_frequency_dict(lang, "best")
    inverse_of_word: dict[str, tuple[float, ...] | None] = {}

    def inverses(word: str) -> tuple[float, ...] | None:  # 1/f of each token; None if one is unknown
        if word not in inverse_of_word:
            values = []
            for token in lossy_tokenize(word, lang):
                smashed = smash_numbers(token)
                if smashed not in table:
                    inverse_of_word[word] = None
                    return None
                freq = table[smashed]
                if smashed != token:
                    freq *= digit_freq(token)
                values.append(1.0 / freq)
            inverse_of_word[word] = tuple(values)
        return inverse_of_word[word]

    result = []
    for term in terms:
        one_over_result, tokens, known = 0.0, 0, True
        for word in term.split(" "):
            values = inverses(word)
            if values is None:
                known = False
                break
            for value in values:  # summed in token order, like wordfreq
                one_over_result += value
            tokens += len(values)
        if not known or not tokens:
            result.append(0.0)
            continue
        freq = 1.0 / one_over_result
        result.append(round(freq, math.floor(-math.log(freq, 10)) + 3) if freq > 0.0 else 0.0)
    return result


def dirichlet_prior(
    terms: Sequence[str],
    background: np.ndarray,
    kind: str = DEFAULT_PRIOR,
    weight: float = PRIOR_WEIGHT,
    floor: float = WORDFREQ_FLOOR,
) -> np.ndarray:
    """Return the Dirichlet prior pseudo-counts alpha_w for ``terms``.

    The prior's total weight is alpha_0 = ``weight`` x (tokens in
    ``background``), i.e. by default the prior is worth one tenth of the
    data. Its shape pi_w (alpha_w = alpha_0 * pi_w) is:

    - ``"corpus"``: the term's share of the background counts (normally the
      whole corpus, all outlets together): Monroe et al.'s informative prior
      built from the pooled texts themselves.
    - ``"wordfreq"``: the term's frequency in general English from the
      ``wordfreq`` package (offline data, multi-word terms get wordfreq's
      combined estimate), floored at ``floor`` for unknown words, renormalised
      over the vocabulary.
    - ``"uniform"``: the same pseudo-count for every term (uninformative).
    """
    background = np.asarray(background, dtype=float)
    alpha0 = weight * background.sum()
    if kind == "corpus":
        shape = background / background.sum()
    elif kind == "uniform":
        shape = np.full(len(terms), 1 / len(terms))
    elif kind == "wordfreq":
        freqs = np.array([max(f, floor) for f in wordfreq_frequencies(terms)])
        shape = freqs / freqs.sum()
    else:
        raise ValueError(f"unknown prior kind {kind!r}: use 'corpus', 'wordfreq' or 'uniform'")
    return alpha0 * shape
