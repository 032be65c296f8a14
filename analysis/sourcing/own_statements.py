"""The publisher's own statements on its own page: narration, not attributions (round 19 ruling (2),
``publisher_own_statement``, tests/gold/pages/README.md). Issue 11 round 19 (tuner pub19).

On a body's own page (an embassy's, a ministry's, an NGO's) every sentence is the publisher's: "We stress that
the claim is false." and "The claim is false." are the same act, made here, so the first is no report of a
source. The class is grammatical: a speaker that is the page's own publisher (its "we", or the body the page is
by, as :func:`.self_name.page_body` finds it and :mod:`.resolution` resolves it) with a cue in the present tense
("stress", "notes", "calls on", "affirms"). A past cue reports the publisher's EARLIER statement ("We warned last
week that ...", "The Ministry stressed in its letters ...") and stays a row, as do quotations of its officials
and other speakers' cues inside its statement (their speaker is not the publisher). A press release reposted on
another site is not the publisher's own page: :func:`.self_name.page_body` names no body there.
"""

from __future__ import annotations

from .self_name import page_body

# How :mod:`.resolution` marks a speaker resolved to the page's own publisher: its "we"
# (``_page_body_we``) and its bare head, "the Embassy" (``_page_body_noun``).
OWN_BODY_RESOLUTIONS = frozenset({"first person: the page's own body", "the page's own body"})


def without_publisher_statements(rows: list[dict], raw: str, by_sentence: dict[int, list[dict]]) -> list[dict]:
    """Return the resolved ``rows`` of the article ``raw`` without those that are the publisher's own present
    statement (:func:`is_publisher_statement`): the page's own voice is narration, so they count no source."""
    return [row for row in rows if not is_publisher_statement(row, raw, by_sentence.get(row["sentence_id"], []))]


def is_publisher_statement(row: dict, raw: str, sentence_toks: list[dict]) -> bool:
    """Return whether the resolved ``row`` of the page ``raw`` is its publisher's own statement made on this page:
    its speaker is the page's own body (:func:`speaks_as_publisher`), in the outlet's voice (not a first person
    inside a quotation), and its cue is in the present tense (:func:`is_present_cue`), so the speech act is the
    page itself."""
    # The cheap tests first: most rows have a past cue, and the page's body is looked up only for the rest.
    if row["speaker_start"] < 0 or not is_present_cue(row["cue"], row["cue_lemma"]):
        return False
    speaker = next((t for t in sentence_toks if t["start"] == row["speaker_start"]), None)
    return speaker is not None and speaker["voice"] == "outlet" and speaks_as_publisher(row, raw)


def speaks_as_publisher(row: dict, raw: str) -> bool:
    """Return whether the row's speaker is the page's own body: resolved to it (its "we", its bare head "the
    Embassy"), or written with the body's full name, "The Embassy of X in Y" on the site of the "Embassy of X"
    (:func:`.self_name.page_body`); a body named on another site's page is no publisher there."""
    if row.get("resolved_by") in OWN_BODY_RESOLUTIONS:
        return True
    found = page_body(raw)
    words = row["speaker_text"].casefold().split()
    if words[:1] == ["the"]:
        words = words[1:]
    name = found[0].casefold().split() if found else []
    return bool(name) and words[: len(name)] == name


def is_present_cue(cue: str, lemma: str) -> bool:
    """Return whether the cue as written (``cue``) is the simple present of its ``lemma``: the base form ("we
    stress", "we call on") or the third person singular ("notes", "affirms", "stresses", "replies"); a past
    ("stressed", "called on") or a participle is not, whatever the ending (``tokens._tense`` reads "stress" as a
    third person from its final s)."""
    words, heads = cue.casefold().split(), lemma.casefold().split()
    if not words or not heads:
        return False
    word, head = words[0], heads[0]
    third = {head + "s", head + "es"} | ({head[:-1] + "ies"} if head.endswith("y") else set())
    return word == head or word in third
