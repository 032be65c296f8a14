"""Codebooks of the framing analysis: loading them and turning them into look-ups.

Every generic codebook is a file ``analysis/data/framing_*`` (origins in
``FRAMING_CODEBOOKS.md``), read with :mod:`analysis.lexicon`; the story-specific ones
(actors, labels, context topics, event terms, frames) are read through the study's
:class:`~analysis.lexicon.Codebooks` (its ``codebooks/`` folder, else the package's). A
*lexicon* maps the token norms of each expression to its codebook rows, for longest-match
look-up (:mod:`analysis.framing.matching`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd
import yaml

from ..lexicon import PACKAGE_CODEBOOKS, Codebooks, read_table, read_text, read_word_list
from ..text import WORD_TOKEN, normalise_token, tokenize

Lexicon = dict[tuple[str, ...], list[dict]]


def read_codebook(name: str, data_dir: str | Path | None = None) -> pd.DataFrame:
    """Return a codebook CSV as strings (empty cells as ""), read with :func:`analysis.lexicon.read_table`."""
    return read_table(name, data_dir)


def word_set(name: str) -> frozenset[str]:
    """Return the entries of the word list ``analysis/data/<name>`` as a set."""
    return frozenset(read_word_list(name))


def expression_tokens(expression: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return (norms, surface forms) of the word tokens of a codebook expression."""
    words = [w for w in tokenize(expression) if WORD_TOKEN.search(w)]
    return tuple(normalise_token(w) for w in words), tuple(words)


def build_lexicon(frame: pd.DataFrame, column: str = "expression") -> Lexicon:
    """Return norm-tuple -> codebook rows (in file order) for longest-match lookup."""
    lexicon: Lexicon = {}
    for row in frame.to_dict("records"):
        norms, surface = expression_tokens(row[column])
        if norms:
            lexicon.setdefault(norms, []).append({**row, "_surface": surface})
    return lexicon


@cache
def default_lexicon(name: str, column: str = "expression") -> Lexicon:
    """Return the lexicon of the shipped generic codebook ``name`` (built once)."""
    return build_lexicon(read_codebook(name), column)


@cache
def _lexicon_at(path: Path, column: str) -> Lexicon:
    """Return the lexicon of the codebook file at ``path`` (built once per path)."""
    return build_lexicon(read_table(path.name, path.parent), column)


def study_lexicon(name: str, codebooks: Codebooks = PACKAGE_CODEBOOKS, column: str = "expression") -> Lexicon:
    """Return the lexicon of the story-specific codebook ``name`` of a study (``study.codebooks``), cached by path."""
    return _lexicon_at(codebooks.path(name), column)


def load_frames(path: str | Path | None = None) -> dict:
    """Return the generic-frames codebook (questions and cue words) as a dict: the file at ``path``,
    else the package's ``framing_frames.yml``."""
    text = Path(path).read_text(encoding="utf-8") if path else read_text("framing_frames.yml")
    return yaml.safe_load(text)
