"""The benchmark's synthetic corpora: recombined seed sentences, and a realistic mix with a growing vocabulary.

:func:`synthetic_articles` recombines the seed corpus's body sentences into new pages with
the same kinds of noise (headline repeated, dateline, photo caption, footer), so every stage
has real work: quotes, attributions, actor labels. Its vocabulary is the seed corpus's (about
a thousand words, whatever the corpus size) and every quotation recurs thousands of times,
so its memory and its term tables are far smaller than a real corpus's.

:func:`realistic_articles` adds what real text has (issue 18):

* **Vocabulary that keeps growing** (Heaps' law, V = K·n^β with β ≈ 0.4–0.7 for news text):
  words are drawn at random from wordfreq's English frequency list (its "large" list, the words
  made of letters) in proportion to their frequency: half the words of every recombined sentence
  (all but reporting verbs and actor expressions, which the rules read) are swapped for drawn
  words, and every body paragraph ends with a sentence of drawn words. Drawing tokens from a
  Zipfian distribution of about 290,000 words makes the number of distinct words grow
  sublinearly and without a ceiling within benchmark sizes.
* **Quotations and text repeated at realistic rates**: a quotation of a seed sentence is kept
  word for word only with probability ``quote_repeat`` (outlets quoting the same statement),
  otherwise its words are drawn; one article in ten reprints two paragraphs of the one before
  (wire copy from another outlet).

Both are deterministic for a seed (Python's and NumPy's generators, seeded).
"""

from __future__ import annotations

import random
import re
from functools import cache

import numpy as np
import pandas as pd

from .corpus import METADATA_COLUMNS
from .study import Study

FOOTERS = [
    "Add a Comment\n\nYour email address will not be published. Required fields are marked *",
    "Share this article",
    "All rights reserved",
]
DATELINES = ["ANKARA: ", "MOSCOW: ", "BEIRUT (Reuters) — ", "DAMASCUS: ", ""]


def synthetic_articles(
    source: Study, n_articles: int, n_outlets: int = 5, seed: int = 0, sentences_per_article: int = 24
) -> pd.DataFrame:
    """Return ``n_articles`` invented pages (metadata columns + ``raw``) built from ``source``'s body sentences."""
    rng = random.Random(seed)
    sentences = sorted(source.sentences["text"].str.replace("\n", " ", regex=False))
    headlines = sorted(source.articles.loc[source.articles["headline"] != "", "headline"]) or ["A headline"]
    rows = []
    for i in range(n_articles):
        outlet = f"Outlet {i % n_outlets + 1}"
        chosen = [rng.choice(sentences) for _ in range(sentences_per_article)]
        paragraphs = [" ".join(chosen[j : j + rng.randint(1, 3)]) for j in range(0, len(chosen), 2)]
        headline = rng.choice(headlines)
        page = [headline, headline, rng.choice(DATELINES) + paragraphs[0]]
        page += (
            paragraphs[1:3] + ["A photo of the scene on the day. (AFP photo)"] + paragraphs[3:] + [rng.choice(FOOTERS)]
        )
        row = {column: "" for column in METADATA_COLUMNS}
        row.update(
            article_id=f"synthetic_{i:06d}",
            file=f"synthetic_{i:06d}.txt",
            outlet=outlet,
            outlet_confidence="named",
            language="en",
        )
        rows.append({**row, "raw": "\n\n".join(page) + "\n"})
    return pd.DataFrame(rows)


# Paragraphs shorter than this are page furniture (captions, footers), left as they are.
BODY_PARAGRAPH_CHARS = 100
# A quotation, or a word outside quotations (one alternation, so a quotation is taken whole).
QUOTATION_OR_WORD = re.compile(r"(“[^”\n]{1,600}”|\"[^\"\n]{1,600}\")|([A-Za-z]+)")
WORD = re.compile(r"[A-Za-z]+")


@cache
def frequency_list(lang: str = "en") -> tuple[np.ndarray, np.ndarray]:
    """Return wordfreq's ``large`` list of ``lang`` (words made only of letters, as an object array) and its
    cumulative probabilities (the last exactly 1)."""
    from wordfreq import get_frequency_dict

    pairs = [(word, freq) for word, freq in get_frequency_dict(lang, "large").items() if word.isalpha()]
    words = np.array([word for word, _ in pairs], dtype=object)
    cumulative = np.cumsum([freq for _, freq in pairs])
    return words, cumulative / cumulative[-1]


@cache
def protected_words() -> frozenset[str]:
    """Return the words a seed sentence keeps: reporting-verb forms and the words of actor expressions.

    They carry the structure the rules read (attributions, actor labels), so the recombined
    sentences keep their attributions and labels while their other words change. Stop words are
    not kept: runs of them and of names would otherwise make every two articles that drew the same
    seed sentence share word 5-grams, and the reuse analysis would find text shared between most
    pairs of articles, which a real corpus does not have.
    """
    from .lexicon import read_table

    words = set()
    for forms in read_table("reporting_verbs.csv")["forms"]:
        words.update(forms.replace("|", " ").split())
    for expression in read_table("framing_actors.csv")["expression"]:
        words.update(expression.lower().split())
    return frozenset(words)


def draw_words(rng: np.random.Generator, n: int) -> list[str]:
    """Return ``n`` words drawn from :func:`frequency_list` in proportion to their frequency."""
    words, cumulative = frequency_list()
    # A uniform draw in [0, 1) falls below the last cumulative probability (1), so every position is a word.
    return words[np.searchsorted(cumulative, rng.random(n), side="right")].tolist()


class _Mixer:
    """Rewrites one body paragraph: quotations made unique or kept, unprotected words swapped, a drawn sentence."""

    def __init__(self, rng: np.random.Generator, quote_repeat: float, word_swap: float, filler: tuple[int, int]):
        self.rng, self.quote_repeat, self.word_swap, self.filler = rng, quote_repeat, word_swap, filler
        self.protected = protected_words()

    def _quotation(self, text: str) -> str:
        """Return the quotation kept word for word (probability ``quote_repeat``) or with drawn words."""
        if self.rng.random() < self.quote_repeat:
            return text
        drawn = iter(draw_words(self.rng, len(WORD.findall(text))))
        return WORD.sub(lambda _: next(drawn), text)

    def paragraph(self, text: str) -> str:
        """Return the rewritten paragraph followed by a sentence of drawn words."""
        n = len(text) // 2 + 1  # more decisions than words: a word has at least one letter and a separator
        swap, drawn = iter((self.rng.random(n) < self.word_swap).tolist()), iter(draw_words(self.rng, n))

        def replace(match: re.Match) -> str:
            if match.group(1):
                return self._quotation(match.group(1))
            word = match.group(2)
            if word.lower() in self.protected or not next(swap):
                return word
            # A name stays a capitalised word (a speaker is still found), only a different one.
            return next(drawn).capitalize() if word[0].isupper() else next(drawn)

        words = draw_words(self.rng, int(self.rng.integers(self.filler[0], self.filler[1] + 1)))
        return f"{QUOTATION_OR_WORD.sub(replace, text)} {' '.join(words).capitalize()}."


def realistic_articles(
    source: Study,
    n_articles: int,
    n_outlets: int = 5,
    seed: int = 0,
    filler: tuple[int, int] = (5, 20),
    quote_repeat: float = 0.1,
    word_swap: float = 0.5,
    reprint: float = 0.1,
) -> pd.DataFrame:
    """Return :func:`synthetic_articles` with a growing vocabulary and realistic quotation and text reuse.

    In every body paragraph (from the third line on, longer than :data:`BODY_PARAGRAPH_CHARS`), each
    word outside quotations that is not a :func:`protected_words` word is replaced with probability
    ``word_swap`` by a word drawn from wordfreq's frequency list (capitalised if it was); each quotation is kept as in
    the seed with probability ``quote_repeat``, else given drawn words; a sentence of ``filler`` (fewest,
    most) drawn words ends the paragraph. With probability ``reprint`` an article reprints the first two
    body paragraphs of the article before it (another outlet's): wire copy, which the reuse analysis finds.
    """
    pages = synthetic_articles(source, n_articles, n_outlets, seed)
    rng = np.random.default_rng(seed)
    mixer, mixed, previous = _Mixer(rng, quote_repeat, word_swap, filler), [], None
    for raw in pages["raw"]:
        paragraphs = raw.rstrip("\n").split("\n\n")
        # The headline and its repetition (the first two lines) stay as they are.
        for i in range(2, len(paragraphs)):
            if len(paragraphs[i]) > BODY_PARAGRAPH_CHARS:
                paragraphs[i] = mixer.paragraph(paragraphs[i])
        if previous is not None and rng.random() < reprint:
            paragraphs[2:4] = previous[2:4]
        previous = paragraphs
        mixed.append("\n\n".join(paragraphs) + "\n")
    return pages.assign(raw=mixed)
