"""Accused parties: who accusing cues accuse, and whether the same article gives them a voice."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..study import Study
from ..voices import rule_voices
from .batching import _token_index
from .noun_phrases import _subject
from .tokens import _countries_in, _is_cap, _is_gazetteer
from .words import ACCUSATION_TARGET_ENDS, DETERMINERS_OR_OPENERS

# The accused party after an accusing cue is at most this many tokens ("accused X of").
ACCUSED_MAX_TOKENS = 10
ACCUSED_COLUMNS = [
    "outlet", "article_id", "sentence_id", "start", "end", "accuser", "cue", "accused",
    "accused_start", "accused_end", "accused_country", "has_voice", "voiced_by",
]  # fmt: skip
TOKEN_FIELDS = ["start", "end", "text", "norm", "is_word", "voice"]


def _accusation_tokens(study: Study, accusing: pd.DataFrame, index: dict[str, np.ndarray]) -> list[list[dict]]:
    """Return, per accusing attribution, the tokens the accused-party rules read.

    An agentless cue needs its whole sentence (the subject); any other cue only the (at most
    ``ACCUSED_MAX_TOKENS``) tokens of its sentence from the first one at or after the content start.
    """
    empty = np.array([], dtype="int64")
    sentence_ids = study.tokens["sentence_id"].to_numpy()
    starts = study.tokens["start"].to_numpy()
    windows = []
    fields = ("article_id", "sentence_id", "content_start", "agentless")
    for article_id, sentence_id, content_start, agentless in zip(*(accusing[c].tolist() for c in fields), strict=False):
        positions = index.get(article_id, empty)
        sentence = positions[sentence_ids[positions] == sentence_id]
        if not agentless:
            after = np.flatnonzero(starts[sentence] >= content_start)
            first = int(after[0]) if len(after) else len(sentence)
            sentence = sentence[first : first + ACCUSED_MAX_TOKENS]
        windows.append(sentence)
    taken = np.concatenate(windows) if windows else empty
    columns = [study.tokens[k].take(taken).tolist() for k in TOKEN_FIELDS]
    columns[TOKEN_FIELDS.index("voice")] = rule_voices(columns[TOKEN_FIELDS.index("voice")])  # the rules' two voices
    records = [dict(zip(TOKEN_FIELDS, values, strict=False)) for values in zip(*columns, strict=False)]
    out, k = [], 0
    for window in windows:
        out.append(records[k : k + len(window)])
        k += len(window)
    return out


def _voices(attr: pd.DataFrame) -> tuple[dict[str, dict[str, set[str]]], dict[str, dict[str, set[str]]]]:
    """Return who speaks per article, indexed by affiliation country and by (casefolded) name word.

    Per article, not per outlet: an outlet's list grows with its coverage, so a per-outlet list on every
    accused row grew with the square of the corpus (about 11 GB of cell text at 100,000 bench articles)."""
    by_country: dict[str, dict[str, set[str]]] = {}
    by_word: dict[str, dict[str, set[str]]] = {}
    named = attr[attr["source"] != ""].drop_duplicates(["article_id", "source", "affiliation"])
    fields = (named["article_id"], named["source"], named["affiliation"])
    for article_id, source, affiliation in zip(*fields, strict=False):
        for country in set(affiliation.split("; ")):
            by_country.setdefault(article_id, {}).setdefault(country, set()).add(source)
        for word in {w.casefold() for w in source.split()}:
            by_word.setdefault(article_id, {}).setdefault(word, set()).add(source)
    return by_country, by_word


def _accused_span(toks: list[dict], agentless: bool) -> tuple[int, int]:
    """Return the accused party's token span: the passive subject, or the words up to "of", "for", ... ."""
    if agentless:
        return _subject(toks, len(toks))
    end = 0  # the window opens at the first token of the content
    while end < len(toks) and toks[end]["norm"] not in ACCUSATION_TARGET_ENDS and end < ACCUSED_MAX_TOKENS:
        end += 1
    return 0, end


def accused_parties(attr: pd.DataFrame, study: Study, token_index: dict | None = None) -> pd.DataFrame:
    """Return the accused parties of accusations and whether the same article gives them a voice.

    An accused party is (1) the noun phrase right after an accusing cue (``accused X of``,
    ``blamed X for``), or (2) the subject of an agentless accusing passive (``X has long
    been accused of``). It "has a voice" when an attribution of the same article has a source
    whose affiliation country equals the accused party's country, or whose name shares a
    capitalised word with it: the story that carries the accusation carries a reply (the balance
    measure of news-sourcing studies is the article's, not the outlet's whole coverage). ``accuser``
    is empty when the accusation has no resolved source (an agentless passive); ``accused_country``
    is ``unknown`` when the accused party names no country (a category, as in the attributions).
    Accusations made inside quoted content are not detected. ``token_index`` (article_id -> row
    positions in ``study.tokens``) may be given to avoid grouping the tokens again.
    """
    accusing = attr[attr["cue_class"] == "accusing"]
    if token_index is None:
        token_index = _token_index(study) if len(accusing) else {}
    windows = _accusation_tokens(study, accusing, token_index)
    by_country, by_word = _voices(attr)
    rows = []
    fields = ["agentless", "article_id", "cue", "end", "outlet", "sentence_id", "source", "start"]
    for values, toks in zip(zip(*(accusing[c].tolist() for c in fields), strict=False), windows, strict=False):
        row = dict(zip(fields, values, strict=False))
        start, end = _accused_span(toks, row["agentless"])
        if end <= start:
            continue
        accused_toks = toks[start:end]
        t_start, t_end = accused_toks[0]["start"], accused_toks[-1]["end"]
        country = (_countries_in(accused_toks) or ["unknown"])[0]
        words = {
            t["norm"]
            for t in accused_toks
            if _is_cap(t) and not _is_gazetteer(t) and t["norm"] not in DETERMINERS_OR_OPENERS
        }
        speakers = (by_country.get(row["article_id"], {}), by_word.get(row["article_id"], {}))
        voiced_set = set(speakers[0].get(country, ())) if country != "unknown" else set()
        for word in words:
            voiced_set |= speakers[1].get(word, set())
        voiced = sorted(voiced_set)
        rows.append({
            "outlet": row["outlet"], "article_id": row["article_id"], "sentence_id": row["sentence_id"],
            "start": row["start"], "end": row["end"], "accuser": row["source"], "cue": row["cue"],
            "accused": study.raw[row["article_id"]][t_start:t_end], "accused_start": t_start, "accused_end": t_end,
            "accused_country": country, "has_voice": bool(voiced), "voiced_by": "; ".join(voiced),
        })  # fmt: skip
    frame = pd.DataFrame(rows, columns=ACCUSED_COLUMNS)
    return frame.astype({c: "int32" for c in ("sentence_id", "start", "end", "accused_start", "accused_end")})
