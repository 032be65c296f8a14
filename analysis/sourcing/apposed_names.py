"""The name set off after a description that speaks: "the port's operator, Caldermouth Port Holdings", "Her
neighbour, retired welder Glen Marsh", "the U.N. humanitarian office, OCHA".

A text introduces a source by what it is and names it in an apposition right after (Quirk et al. 1985, 17.65: the
second unit identifies the first). The extractor may end the speaker at the description's head, before the comma;
the two units are one referent, and the gold pages write the name (the ruling of round 16: a source is named in the
text's words, by its own name where the text gives one). :func:`name_after_description` returns the name's tokens.
"""

from __future__ import annotations

from .tokens import _is_cap, _is_gazetteer

# Lower-case words (modifiers of the name: "retired welder") read between the comma and the name at most.
MAX_MODIFIERS = 3
# Tokens that close an apposition after the name: the name is the whole second unit, not the first of a list.
APPOSITION_CLOSERS = frozenset({",", ".", ";", ":", ")"})
# Lower-case words that open a clause or an adverbial, not a modifier of a name ("The activist, who posts from X").
NOT_MODIFIERS = frozenset(
    {
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "where",
        "when",
        "as",
        "in",
        "at",
        "from",
        "of",
        "on",
        "for",
        "by",
        "with",
    }
)
# Small words inside a body's name between two capitalised words ("Office for the Coordination of ...").
NAME_LINKS = frozenset({"of", "for", "and", "&"})


def _is_modifier(tok: dict) -> bool:
    """Return whether a token before the name describes it: a lower-case word, or a capitalised place joined to a
    lower-case participle by a hyphen ("Sukkur-based"), which says where the body sits, not what it is called."""
    text = tok["text"]
    if tok["norm"] in NOT_MODIFIERS:
        return False
    return tok["is_word"] and (text.islower() or ("-" in text and text.rsplit("-", 1)[1].islower()))


def _name_run(toks: list[dict], k: int) -> int:
    """Return the end of the run of capitalised words starting at ``k``, a small word of names kept between two."""
    m = k
    while m < len(toks) and (
        _is_cap(toks[m]) or (toks[m]["norm"] in NAME_LINKS and m > k and m + 1 < len(toks) and _is_cap(toks[m + 1]))
    ):
        m += 1
    return m


def _is_description(speaker_toks: list[dict]) -> bool:
    """Return whether a speaker phrase is a description: two or more tokens ending in a lower-case noun ("the
    port's operator", "Her neighbour"), not a name or a pronoun."""
    return len(speaker_toks) >= 2 and speaker_toks[-1]["is_word"] and speaker_toks[-1]["text"].islower()


def name_after_description(sentence_toks: list[dict], after: int, speaker_toks: list[dict]) -> list[dict]:
    """Return the tokens of the name in apposition right after a description speaker ending before ``after``, else [].

    The apposition is a comma, "the" and at most ``MAX_MODIFIERS`` lower-case modifiers, then a name of two or more
    capitalised words or one acronym, closed by punctuation (``APPOSITION_CLOSERS``) or the sentence's end: a name
    followed by "and" opens a list, and a place alone ("the capital, Damascus") names no source."""
    if not _is_description(speaker_toks) or after >= len(sentence_toks) or sentence_toks[after]["text"] != ",":
        return []
    k = after + 1
    if k < len(sentence_toks) and sentence_toks[k]["norm"] == "the":
        k += 1
    start = k
    while k < len(sentence_toks) and k - start < MAX_MODIFIERS and _is_modifier(sentence_toks[k]):
        k += 1
    end = _name_run(sentence_toks, k)
    name = sentence_toks[k:end]
    acronym = len(name) == 1 and len(name[0]["text"]) >= 2 and name[0]["text"].isupper()
    if not name or (len(name) < 2 and not acronym) or any(_is_gazetteer(t) for t in name):
        return []
    if end < len(sentence_toks) and sentence_toks[end]["text"] not in APPOSITION_CLOSERS:
        return []
    return name
