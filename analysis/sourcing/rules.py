"""The attribution rules: one function per rule, tried in order for each cue of a sentence.

Each rule reads the sentence's tokens, the cue and the previous attribution of the sentence
(read only) and returns ``None`` when it does not apply, else a :class:`Decision`: the
attribution found (or none: the cue attributes nothing) and where the previous attribution's
content must be cut because this cue's clause begins there. :func:`_sentence_attributions`
tries the rules in the order of ``RULES`` and applies the cuts at the end.

The order, as in the package's map (``analysis/sourcing/__init__.py``):

1. :func:`_according_to_hedge`: ``according to available information``: no speaker, nothing attributed.
   :func:`_according_to`: ``according to X``: X speaks, the rest of the sentence is the content.
   :func:`_possessive_claim`: ``X reposted Y's claim that P``: Y speaks, P is the content (nested).
2. :func:`_quoted_as_saying`: ``quoted General X as saying that ...``: the speaker sits between.
3. :func:`_participle_after_comma`: ``..., accusing X of Y``: the main clause's subject speaks.
4. :func:`_parenthetical_speaker`: ``X, argues Y of Z, is ...``: the speaker interrupts the content.
   :func:`_inverted_speaker`: ``..., said X.``: speaker after the cue, content before it.
   :func:`_postposed_as_clause`: ``..., as X confirmed in 2014.``: X speaks, the clause before the comma is the content.
5. :func:`_negated_cue`: ``did not comment``: no content is attributed.
   :func:`_negative_subject`: ``Neither X nor Y has announced ...``, ``No official said``: nobody spoke.
   :func:`_authors_own`: ``I am writing this from ...``: the author's own "I" is narration.
   :func:`_first_person_performative`: ``We call on X to ...``, ``Let me say``, ``I'd say``: the text's own
   present speech act.
   :func:`_generic_object`: ``has said many things about X``: a generic object reports no content.
   :func:`_own_question`: ``We asked X what ...``: the text's own first-person question.
   :func:`_intransitive_cue`: ``concedes because ...``, ``asks nicely.``: a cue with no content.
6. :func:`_passive_cue`: ``was rejected by X`` (agent), ``has been accused of`` (agentless).
   :func:`_reported_passive`: ``X said the plan was written to order``: an agentless passive inside reported content.
7. :func:`_not_speech`: ``added to the confusion``: not a report (an as-clause, ``As X noted in May``, is one).
   :func:`_object_then_to`: ``adding four days to deliveries``: a sum, not a report.
   :func:`_title_modifier`: ``Ohio state Sen. X``: a cue word before a title abbreviation is a modifier.
   :func:`_backshifted_coordinate`, :func:`_infinitive_coordinate`: ``and had asked``, ``to stage X and
   blame``: a verb of the reported clause, not a second report; :func:`_backshifted_report`: ``said X had
   asked ...``, ``X had asked ..., she said``: a past perfect cue inside a report.
   :func:`_contact_relative`: ``The plan Moscow announced lasted a day``: a relative clause without ``that``.
   :func:`_procedural_object`: ``dismissed its application``: a decision on a formal request, not a report.
   :func:`_as_put_it_clause`: ``As X put it, ...``: X speaks, the main clause is the content.
8. :func:`_speaker_before_cue`: the noun phrase before the cue speaks (or the previous cue's
   speaker, for coordinated cues); the content follows the cue or precedes the speaker.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from ..lexicon import read_word_list
from .cues import (
    ADVERBIAL_MAX_TOKENS,
    HEARER_PRONOUNS,
    POSTMODIFIER_PREPOSITIONS,
    Cue,
    _as_clause_start,
    _as_put_it,
    _colon_closes,
    _content_after,
    _find_cues,
    _postposed_comma,
    _skip_adverbial,
    _skip_back,
    _speaker_with_contact_relative,
    _tail_is_adverbial,
)
from .lexicons import (
    _cue_forms,
    _inverted_speaker_starts,
    _noun_lemmas,
    _np_heads,
    _quotation_only_lemmas,
    _that_only_lemmas,
    non_speaker_nouns,
)
from .noun_phrases import (
    _name_before_age,
    _np_after,
    _np_before,
    _person_head_start,
    _person_heads,
    _subject,
)
from .tokens import _has_words, _is_cap, _is_title_period, _roles_in, _tense
from .words import (
    ADVERBIAL_CUE_WORDS,
    ADVERBIAL_OPENERS,
    AGENTLESS_COMPLEMENTS,
    BACKSHIFTED_REQUESTS,
    CLAUSE_OPENERS,
    CLAUSE_SUBORDINATORS,
    CLOSE_MARKS,
    COMPLEMENT_NOUNS,
    CONTENT_END_JOINERS,
    CONTENT_PREPOSITIONS,
    DETERMINERS,
    DETERMINERS_OR_THAT,
    DIRECTIVE_PASSIVE_CUES,
    FINITE_AUX,
    FRONTED_SUBORDINATORS,
    FUTURE_MODALS,
    HEARER_PASSIVE_CUES,
    INVERTING,
    IRREGULAR_PAST,
    MEDIA_NOUNS,
    NAME_PARTICLE_WORDS,
    NARRATION_NOT_CLAUSE,
    NARRATION_SUBORDINATORS,
    NEGATABLE_CUES,
    NEGATIONS,
    NEGATIVE_SUBJECTS,
    NON_SPEECH_BEFORE_PREPOSITION,
    NON_SPEECH_OBJECT_TO,
    NON_SPEECH_PREPOSITIONS,
    OPEN_MARKS,
    PREPOSITION_PARTICIPLES,
    PREPOSITIONAL_CUES,
    PROCEDURAL_OBJECTS,
    PRONOUNS,
    QUOTING_VERBS,
    REJECTION_ADJUNCT_PREPOSITIONS,
    SKIP_OR_STOP,
    SPEAKER_ACT_VERBS,
    SPEAKER_QUANTIFIERS,
    TIME_LEAD_SUBORDINATORS,
    TIME_LEAD_UNITS,
    TIME_WORDS,
    TOPIC_PREPOSITIONS,
    read_word_classes,
)

# Irregular participles before "as" that name the object ("known as"): see _participle_before_as.
NAMING_PARTICIPLES = read_word_classes()["naming_participle"]

# Cues that report by their object, a noun phrase (issue 11 round 9): the urging and accusing classes of
# reporting_verbs.csv and the rejections of a charge (round 18: and of an account, "disputes").
OBJECT_CUE_CLASSES = frozenset({"urging", "accusing"})
OBJECT_CUE_LEMMAS = frozenset({"reject", "dismiss", "dispute"})
# Words between an object cue and "that" still read as an adverbial, not an object ("complained for months that").
OBJECT_ADVERBIAL_MAX_WORDS = 3
# Subordinators that open the outlet's clause after an object content when a subject follows ("as Moscow ...");
# not those that are also prepositions of time ("before the holiday", "after the attack").
OBJECT_END_SUBORDINATORS = frozenset({"as", "while", "when", "because", "whereas", "although"})
# Relative words after a comma that end an object content (not "where": ", where three million people live"
# describes the place the object names).
OBJECT_END_RELATIVES = frozenset({"which", "who", "whom", "whose"})
# A phrase of a preposition standing alone after a cue has at most this many words ("for a Kharkiv news site").
PREPOSITIONAL_CONTENT_MAX_WORDS = 6
# An indefinite article after "as" opens a role, not a subject ("called for a truce as a first step").
ROLE_ARTICLES = frozenset({"a", "an"})
# Subordinators right after a cue show it used without content ("concedes because ...", "said when asked"
# is not among them: "when" is also a content's question word after "asked").
INTRANSITIVE_FOLLOWERS = frozenset({"because", "although", "though", "unless", "until"})
# Prepositions that tie a place or a body to a post-posed speaker ("a spokesperson for X in Geneva said").
SPEAKER_PREPOSITIONS = frozenset({"in", "of", "for", "at", "from"})
# A comma at most this many tokens before a clause's subordinator opens the clause ("..., a day after X").
CLAUSE_LEAD_MAX_TOKENS = 3
# The possessive endings as tokens (the tokenizer splits "Norway's" into "Norway" and "'s").
POSSESSIVE_ENDINGS = frozenset({"'s", "’s"})

# A role written lower case before a name ("union negotiator") has at most this many words.
ROLE_MAX_WORDS = 3

# Words that open an apposition after a speaker ("X, a think-tank in Beirut,") or a relative clause.
APPOSITION_OPENERS = frozenset({"a", "an", "the"})
RELATIVE_OPENERS = frozenset({"who", "whose", "whom", "which", "where"})
# Relative pronouns that can be the subject of a cue ("a banker who says"): the noun phrase before them speaks.
SUBJECT_RELATIVES = frozenset({"who", "which"})

# "quoted X as saying": the quoting verb stands at most this many tokens before "as saying" (round 17: a
# determined title with a possessive place and an apposed name, "quoted the irrigation minister of X's Y province,
# Ana Ruiz, as saying", spans 13 tokens).
QUOTING_VERB_WINDOW = 20
# An apposition between a speaker and its cue is at most this many tokens ("X, a spokesman for the navy, said").
APPOSITION_MAX_TOKENS = 25
# The lower-case words of a post written in capitals with its domain ("Minister for Foreign Affairs and Trade of
# X", "Envoy of the Secretary-General to the Talks"): prepositions, "and", "the" and hyphens.
POST_DOMAIN_WORDS = frozenset({"for", "of", "and", "the", "to", "on", "-"})
# A name after a title phrase and its comma is at most this many words ("ambassador to Washington, Fitsum Arega, said").
APPOSED_NAME_MAX_WORDS = 4
# A role's complement closing an inverted speaker ("said a spokeswoman for the rail operator.") has at most
# this many tokens (issue 11 round 7b).
ROLE_COMPLEMENT_MAX_TOKENS = 8
# Prepositions that tie a role to the body it serves ("a spokeswoman for ...", "the head of ...").
ROLE_PREPOSITIONS = frozenset({"for", "of", "at"})
# The head of an object relative clause is at most this many tokens before its speaker ("a charge the ... denies").
RELATIVE_HEAD_MAX_TOKENS = 8
# A short noun phrase before an object relative has at most this many words.
SHORT_NOUN_PHRASE_MAX_WORDS = 3
# A post-posed speaker follows content of at least this many tokens ("CONTENT, X said").
POSTPOSED_CONTENT_MIN_TOKENS = 3
# The hearer of "told" is a short noun phrase: "reporters", "a news conference", "the daily briefing".
HEARER_MAX_TOKENS = 4
# Prepositions of a hearer or medium set between an inverted cue and its speaker ("declared to the press the ...").
HEARER_PREPOSITIONS = frozenset({"to", "in"})
# A plural head and its participle open a clause within this many words ("Social media posts shared ...").
REDUCED_RELATIVE_HEAD_MAX_WORDS = 3
# A subject with a reduced relative clause ("Posts shared ... since May 19 claim") spans at most this many tokens.
REDUCED_RELATIVE_MAX_TOKENS = 20
# Words that end a reduced relative's subject: a finite verb's auxiliary, a relative word, a subordinator
# or a semicolon
# A label's colon or a dateline's dash ("Claim: ...", "KARACHI (AFP) – ...") before a clause that opens there.
LABEL_ENDS = frozenset({":", "–", "—"})
# ("after", "when" ... open a clause of their own: "Savers queued ... after messages claimed"; "since" and
# "until" are kept, mostly prepositions of time there: "Posts shared since May 19 claim").
REDUCED_RELATIVE_STOPS = FINITE_AUX | RELATIVE_OPENERS | (CLAUSE_SUBORDINATORS - {"since", "until"}) | {"that", ";"}


class Decision(NamedTuple):
    """What one rule decided for one cue: the attribution (None: nothing is attributed) and where
    the previous attribution's content ends because this cue's clause begins (None: no cut)."""

    item: dict | None
    cut: int | None = None


NOTHING = Decision(None)

# The auxiliary of the past perfect, the tense reported speech backshifts its verbs to (Quirk et al. 1985, 14.31).
PAST_PERFECT = "had"
# The conjunctions that coordinate a cue's predicate with an earlier one of the same subject ("X welcomed
# the plan and said ...", "... but told reporters ..."): the cue has no speaker phrase of its own.
COORDINATORS = frozenset({"and", "but"})
# The mark that opens a social-network handle ("@harbour_board").
HANDLE_MARK = "@"

# At most this many tokens in the subject of a coordinated reporting clause (", and the chamber of commerce
# warned that ..."): a noun phrase with a short complement, not a clause.
COORDINATE_SUBJECT_MAX_TOKENS = 8

# First-person subject pronouns (of the code's PRONOUNS): a clause opened by one after a reported content is the
# text's own voice.
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
# The conditional modal after a first-person subject, written apart ("I would say") or contracted into one
# token ("I'd say", both apostrophes): a hedged speech act of the text's own voice.
CONDITIONAL_MODALS = frozenset({"would", "'d", "’d"})
CONDITIONAL_FIRST_PERSON = frozenset({f"{who}{mark}d" for who in FIRST_PERSON_SUBJECTS for mark in "'’"})

# Words before a speaker phrase that are no noun the speaker's clause could modify (:func:`_contact_relative`).
CONTACT_RELATIVE_NOT_NOUN = (
    DETERMINERS
    | FINITE_AUX
    | COORDINATORS
    | ADVERBIAL_OPENERS
    | CLAUSE_OPENERS
    | SPEAKER_QUANTIFIERS
    | {"that", "which", "who", "whom"}
)

# Words opening an indirect question after the hearer of "asked" (general English).
# The object of "adding X to Y" spans at most this many tokens up to its "to" ("four to six days to": 5).
OBJECT_TO_MAX_TOKENS = 6
# A negative word opens a speaker phrase at most this many tokens before its noun phrase ("Neither the
# council nor" before "the port board": 4).
NEGATIVE_SUBJECT_MAX_TOKENS = 5
# What may stand right before a clause's first word.
CLAUSE_BOUNDARIES = frozenset({",", ";", ":", "that", "and", "but"})
QUESTION_WORDS = frozenset({"what", "why", "how", "whether", "when", "where", "who", "which", "if"})


def _attribution(cue: Cue, **fields) -> dict:
    """Return a raw attribution of ``cue`` (token index pairs), ``fields`` overriding the defaults."""
    item = {
        "cue": (cue.start, cue.end),
        "lemma": cue.lemma,
        "cue_class": cue.cue_class,
        "form": cue.form,
        "speaker": None,
        "content": None,
        "agentless": False,
        "content_before": False,
    }
    return item | fields


def _content_open_before(previous: dict | None, position: int) -> bool:
    """Return whether the previous attribution's content runs after the cue and starts before ``position``."""
    return previous is not None and not previous["content_before"] and previous["content"][0] < position


def _according_to_hedge(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 1a: ``according to available information`` / ``according to reports``: a hedge, not a
    speaker, when the phrase holds a noun of ``sourcing_non_speakers.txt``, no capitalised word
    ("according to UN figures" names a source), and before that noun only determiners and the qualifiers of
    ``sourcing_hedge_qualifiers.txt`` ("according to market data" names a kind of record, which speaks).
    Nothing is attributed, so an enclosing cue keeps its content ("X said that according to available
    information, ...")."""
    if cue.lemma not in PREPOSITIONAL_CUES:
        return None
    phrase = toks[cue.end : _np_after(toks, cue.end, permissive=True)]
    nouns = non_speaker_nouns()
    head = next((k for k, t in enumerate(phrase) if t["norm"] in nouns), None)
    if head is None or any(_is_cap(t) for t in phrase):
        return None
    qualifiers = _hedge_qualifiers()
    if all(t["norm"] in DETERMINERS or t["norm"] in qualifiers for t in phrase[:head]):
        return NOTHING
    return None


@lru_cache(maxsize=1)
def _hedge_qualifiers() -> frozenset[str]:
    """Return the words that may stand before a hedge noun after ``according to`` (sourcing_hedge_qualifiers.txt)."""
    return frozenset(read_word_list("sourcing_hedge_qualifiers.txt"))


def _according_to(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 1: ``according to X``: X is the speaker; the content is the rest of the sentence after
    X when the cue opens the sentence (or follows an opener), else everything before the cue."""
    if cue.lemma not in PREPOSITIONAL_CUES:
        return None
    c0, c1 = cue.start, cue.end
    s_end = _np_after(toks, _after_handle_mark(toks, c1), permissive=True)
    speaker = (c1, s_end) if s_end > c1 else None
    if c0 == 0 or toks[c0 - 1]["norm"] in CLAUSE_OPENERS:
        k = s_end
        while k < len(toks) and toks[k]["text"] == ",":
            k += 1
        return Decision(_attribution(cue, speaker=speaker, content=(k, len(toks))))
    if _colon_after_speaker(toks, s_end):
        # "The claim, per the ministry: militants have moved ...": the colon introduces what the speaker said;
        # the words before the cue label it.
        return Decision(_attribution(cue, speaker=speaker, content=(s_end + 1, len(toks))))
    if _interposed(toks, c0, s_end):
        # "The footage, according to him, is intended to ...": the cue sits inside the reported clause,
        # which runs from its first word to its last (the cue inside it).
        return Decision(_attribution(cue, speaker=speaker, content=(0, len(toks))))
    coordinate = _coordinate_clause_before(toks, previous, c0)
    start = _after_inverted_report(toks, previous, c0) if coordinate is None else coordinate + 2
    item = _attribution(cue, speaker=speaker, content=(start, c0), content_before=True)
    if coordinate is not None:
        return Decision(item, coordinate)
    return Decision(item, c0 if _content_open_before(previous, c0) else None)


def _colon_after_speaker(toks: list[dict], s_end: int) -> bool:
    """Return whether a colon of the outlet's voice follows the speaker of a prepositional cue inside the sentence,
    with words after it ("The claim, per the ministry: militants have moved ...", "Its reply, according to the
    minutes: the port stays shut"): the content is the clause after the colon (round 20, issue 11)."""
    return (
        s_end + 1 < len(toks)
        and toks[s_end]["text"] == ":"
        and toks[s_end]["voice"] == "outlet"
        and _has_words(toks, s_end + 1, len(toks))
    )


def _after_handle_mark(toks: list[dict], start: int) -> int:
    """Return ``start`` moved past the mark of a handle ("per @harbour_board": the tokenizer splits off "@"), so
    that the words of the handle are read as the speaker's phrase (the span still opens at the mark)."""
    if start + 1 < len(toks) and toks[start]["text"] == HANDLE_MARK and toks[start + 1]["is_word"]:
        return start + 1
    return start


def _coordinate_clause_before(toks: list[dict], previous: dict | None, c0: int) -> int | None:
    """Return the comma of ", and" / ", but" before a subject (``_opens_subject``) that opens the last clause
    before a post-posed prepositional cue at ``c0`` inside the previous cue's open content ("The firm confirmed it
    had cancelled two sailings, and a rival is weighing its options, per a porter"): that clause is what the
    prepositional cue sources, and the first content ends at the comma (issue 11 round 18). Else None."""
    if not _content_open_before(previous, c0):
        return None
    for k in range(c0 - 3, previous["content"][0], -1):
        tok = toks[k]
        if tok["voice"] != "outlet":
            continue
        if tok["text"] == "," and toks[k + 1]["norm"] in COORDINATORS and _opens_subject(toks[k + 2]):
            return k
    return None


def _after_inverted_report(toks: list[dict], previous: dict | None, c0: int) -> int:
    """Return where the content before a post-posed ``according to`` at ``c0`` starts: after the comma that
    closes an earlier report of the sentence whose content stands before its cue ("The toll rose to 40, the
    agency said, with half the town cut off, according to the mayor": "with half the town cut off"); that
    report's content and speaker are another source's words (round 14, issue 11). Else 0, the sentence's start.
    With nothing between that comma and the cue the earlier report is what ``according to`` sources: 0."""
    if previous is None or not previous["content_before"] or previous["cue"][1] >= c0:
        return 0
    after = max(previous["cue"][1], previous["speaker"][1] if previous["speaker"] else 0)
    comma = _next_comma(toks, after)
    if comma is None or comma + 1 >= c0 or not _has_words(toks, comma + 1, c0):
        return 0
    return comma + 1


def _interposed(toks: list[dict], c0: int, s_end: int) -> bool:
    """Return whether a cue phrase from ``c0`` to ``s_end`` is set between commas inside one clause: the
    words after it go on in lower case with the predicate of the subject before it ("The footage, according
    to him, is ..."): a finite auxiliary, or a verb's past or ``-s`` form after a subject holding no finite
    auxiliary. Other words after the comma ("..., according to the embassy, less than the price of a jet";
    "..., according to UN estimates, around half of them displaced") are the outlet's own addition, and
    the content ends before the cue (round 13b, issue 11)."""
    after = s_end + 1
    if not (
        c0 > 1
        and toks[c0 - 1]["text"] == ","
        and after < len(toks)
        and toks[s_end]["text"] == ","
        and toks[after]["is_word"]
        and toks[after]["voice"] == "outlet"
        and not _is_cap(toks[after])
        and toks[after]["norm"] not in CLAUSE_OPENERS | CLAUSE_SUBORDINATORS
    ):
        return False
    if toks[after]["norm"] in FINITE_AUX:
        return True
    verb_form = _tense(toks[after]["norm"]) in {"past", "3sg"}
    return verb_form and not any(t["norm"] in FINITE_AUX for t in toks[: c0 - 1])


def _quoted_as_saying(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 2: "The agency quoted General X as saying that ...": the speaker sits between the
    quoting verb and ``as saying``; the content follows."""
    c0, c1 = cue.start, cue.end
    if not (cue.form == "saying" and c0 > 1 and toks[c0 - 1]["norm"] == "as"):
        return None
    window = range(c0 - 2, max(-1, c0 - QUOTING_VERB_WINDOW), -1)
    q = next((k for k in window if toks[k]["norm"] in QUOTING_VERBS), None)
    if q is None or q + 1 >= c0 - 1:
        return None
    content = (_skip_adverbial(toks, _content_after(toks, c1)), len(toks))
    return Decision(_attribution(cue, speaker=(q + 1, _without_closing_comma(toks, q + 1, c0 - 1)), content=content))


def _without_closing_comma(toks: list[dict], start: int, end: int) -> int:
    """Return the end of a speaker phrase (``start`` to ``end``) without the comma that closes an apposition in it
    ("quoted the port's spokesman, Ana Ruiz, as saying": the phrase ends at the name). The comma is punctuation
    of the sentence, no part of the speaker, and a phrase ending in it is read as an unfinished apposition
    (round 17b, issue 11)."""
    return end - 1 if end - 1 > start and toks[end - 1]["text"] == "," else end


def _participle_after_comma(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 3: a participle after a comma (``..., accusing X of Y``, ``"...," adding that``): the speaker is the cue's
    before it ("..., she said, adding: ...") or else the subject of the main clause."""
    c0, c1 = cue.start, cue.end
    # The comma may sit inside a quotation's closing mark ('"... response," adding that ...').
    after_comma = c0 > 0 and (
        toks[c0 - 1]["text"] == "," or (c0 > 1 and toks[c0 - 1]["text"] in CLOSE_MARKS and toks[c0 - 2]["text"] == ",")
    )
    if not (_tense(cue.form) == "ing" and after_comma):
        return None
    if _not_speech(toks, cue, previous) is not None:
        # "The station's reporter, writing from the bridge, said ...": a participle of a cue before a place's
        # preposition, with no content opener, says where the speaker was, not what was said (round 17b).
        return NOTHING
    if previous is not None and previous["speaker"]:
        s0, s1 = previous["speaker"]
    else:
        s0, s1 = _subject(toks, c0 - 1)
        s1 = _before_irregular_verb(toks, s0, s1)
    item = _attribution(cue, speaker=(s0, s1) if s1 > s0 else None, content=(_content_after(toks, c1), len(toks)))
    return Decision(item, c0 - 1 if _content_open_before(previous, c0) else None)


@lru_cache(maxsize=1)
def _irregular_past_forms() -> frozenset[str]:
    """Return the irregular past forms of English verbs (the framing's ``framing_irregular_participles.txt``)."""
    return frozenset(read_word_list("framing_irregular_participles.txt"))


def _before_irregular_verb(toks: list[dict], s0: int, s1: int) -> int:
    """Return where a main clause's subject ends when an irregular past verb in lower case stands inside the span
    ``_subject`` took (it stops at ``-ed`` forms only): ``Foreign Office minister X hit back on Twitter, writing:``
    has the subject ``Foreign Office minister X``, not the clause up to the comma (round 21, issue 11). Only a
    form right after a capitalised word (a name or a body's name ends the subject) is read as the verb: after a
    determiner or an adverb it is an adjective (``the newly built ferry's captain``)."""
    for k in range(s0 + 1, s1):
        tok = toks[k]
        if tok["is_word"] and not _is_cap(tok) and tok["norm"] in _irregular_past_forms() and _is_cap(toks[k - 1]):
            return k
    return s1


def _closes_subject_relative(toks: list[dict], c0: int) -> bool:
    """Return whether the comma before the cue at ``c0`` closes a non-restrictive relative clause of the noun
    phrase that opens the sentence ("Jorrit Veldkamp, who leads the talks, says ..."; "The port authority,
    which the city owns, said ..."): the cue is then that subject's own verb, not inverted after a content."""
    first_comma = next((k for k in range(c0 - 1) if toks[k]["text"] == ","), None)
    return (
        first_comma is not None
        and first_comma > 0
        and toks[first_comma + 1]["norm"] in RELATIVE_OPENERS
        and _np_before(toks, first_comma) == 0
        and all(t["text"] != "," for t in toks[first_comma + 1 : c0 - 1])
    )


def _inverted_speaker(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 4: ``..., said X.`` (an inverting cue right after a comma or closing mark): the speaker
    is the noun phrase after the cue, when only an adverbial or the end follows it; the content is
    everything before the cue."""
    c0, c1 = cue.start, cue.end
    if not (
        cue.lemma in INVERTING
        and c0 > 0
        and (toks[c0 - 1]["text"] == "," or toks[c0 - 1]["text"] in CLOSE_MARKS)
        and c1 < len(toks)
        and not _closes_subject_relative(toks, c0)
    ):
        return None
    c1 = _hearer_before_speaker(toks, c1)
    if not (_is_cap(toks[c1]) or toks[c1]["norm"] in _inverted_speaker_starts() or _determined_head(toks, c1)):
        return None
    s_end = _role_complement_end(toks, _possessed_role_end(toks, c1, _np_after(toks, c1)))
    name_end = _apposed_name_end(toks, s_end)
    if name_end is not None:
        # "..., said Britain's envoy to the UN, Neil Garside.": the name apposed to the title is the speaker's.
        s_end = name_end
    if s_end > c1 and (s_end >= len(toks) or toks[s_end]["text"] in {".", ",", ";"} or _tail_is_adverbial(toks, s_end)):
        return Decision(_attribution(cue, speaker=(c1, s_end), content=(0, c0), content_before=True))
    return None


def _hearer_before_speaker(toks: list[dict], c1: int) -> int:
    """Return where the speaker of an inverted cue starts: after a short phrase of ``HEARER_PREPOSITIONS``, a
    determiner and one word set between the cue and a speaker that opens with "the" or a possessive and a speaker
    noun (not "said in a televised statement on Monday", an adverbial)
    ('"...," declared to the press the spokesman, X'; '"...," indicated in a statement the head of Y', the
    order of copy translated from Romance languages); else ``c1``."""
    k = c1 + 3
    if (
        k < len(toks)
        and toks[c1]["norm"] in HEARER_PREPOSITIONS
        and toks[c1 + 1]["norm"] in DETERMINERS
        and toks[c1 + 2]["is_word"]
        and all(t["voice"] == "outlet" for t in toks[c1:k])
        and (toks[k]["norm"] == "the" or _determined_head(toks, k))
    ):
        return k
    return c1


def _determined_head(toks: list[dict], k: int) -> bool:
    """Return whether tokens ``k``, ``k + 1`` are a determiner or possessive and a speaker noun ("its spokesman",
    "their secretary general"): an inverted speaker phrase that opens with neither a capital nor "the"
    ('"...," said its president, X.', the order of translated and wire copy alike)."""
    return k + 1 < len(toks) and toks[k]["norm"] in DETERMINERS and toks[k + 1]["norm"] in _np_heads()


def _possessed_role_end(toks: list[dict], c1: int, end: int) -> int:
    """Return the end of an inverted speaker phrase whose possessor is a common noun ("..., said the union's
    secretary general, X", "said the company's press officer"): the role after the possessive ``'s``, which the
    noun-phrase rules leave when the possessor is no speaker noun (issue 11 round 18: translated and agency copy).
    Else ``end`` unchanged."""
    possessive = c1 + 2
    if not (
        end <= c1 + 1
        and possessive + 1 < len(toks)
        and toks[c1]["norm"] == "the"
        and toks[c1 + 1]["is_word"]
        and not _is_cap(toks[c1 + 1])
        and toks[possessive]["norm"] in POSSESSIVE_ENDINGS
    ):
        return end
    role_end = _np_after(toks, possessive + 1)
    return role_end if role_end > possessive + 1 else end


def _role_complement_end(toks: list[dict], end: int) -> int:
    """Return the end of the sentence (before its final mark) when the phrase ending at ``end`` is a role
    ("a spokeswoman") and only its complement follows ("for the rail operator", "of the shipping line X"):
    words of the outlet, no comma, at most ``ROLE_COMPLEMENT_MAX_TOKENS``; else ``end`` unchanged."""
    if not (0 < end < len(toks) and toks[end]["norm"] in ROLE_PREPOSITIONS and toks[end - 1]["norm"] in _np_heads()):
        return end
    last = len(toks) - 1 if toks[-1]["text"] in {".", "!", "?"} else len(toks)
    tail = toks[end + 1 : last]
    if tail and len(tail) <= ROLE_COMPLEMENT_MAX_TOKENS and all(t["is_word"] and t["voice"] == "outlet" for t in tail):
        return last
    return end


def _apposed_name_end(toks: list[dict], comma: int) -> int | None:
    """Return the end of a name (:func:`_is_apposed_name`) after the comma at ``comma`` when only the
    sentence's final mark, or a comma and an adverbial tail (:func:`_tail_is_adverbial`), follows it; else
    None."""
    if comma >= len(toks) or toks[comma]["text"] != ",":
        return None
    end = len(toks)
    if end > comma + 1 and toks[end - 1]["text"] in {".", "!", "?"}:
        end -= 1
    if end - comma <= 2 * APPOSED_NAME_MAX_WORDS and _is_apposed_name(toks[comma + 1 : end]):
        return end
    # "..., declared the chancellor, Kemal Aydin, in Ankara.": the name is set off by a second comma
    # before an adverbial tail.
    second = _next_comma(toks, comma + 1)
    if (
        second is not None
        and second - comma <= 2 * APPOSED_NAME_MAX_WORDS
        and _is_apposed_name(toks[comma + 1 : second])
        and _tail_is_adverbial(toks, second + 1)
    ):
        return second
    return None


def _parenthetical_speaker(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 4a: ``X, argues Y of Z, a think-tank, is ...``: an inverting cue after a comma, its speaker
    phrase set off by commas (an apposition after it skipped), and the sentence resuming with a word
    that neither opens a relative clause, a participle or an adverbial tail, nor
    a comma closing the relative clause of the sentence's subject (:func:`_closes_subject_relative`)
    before the cue: the speaker interrupts
    the content, which is the whole sentence (as the gold convention and PARC have it)."""
    c0, c1 = cue.start, cue.end
    if not (
        cue.lemma in INVERTING
        and c0 > 1
        and toks[c0 - 1]["text"] == ","
        and c1 < len(toks)
        and (_is_cap(toks[c1]) or toks[c1]["norm"] in _inverted_speaker_starts() or toks[c1]["norm"] == "one")
        and not _closes_subject_relative(toks, c0)
    ):
        return None
    comma = _next_comma(toks, c1)
    if comma is None or comma == c1 or not all(t["voice"] == "outlet" for t in toks[c1:comma]):
        return None
    resume = comma + 1
    if resume < len(toks) and (toks[resume]["norm"] in APPOSITION_OPENERS or toks[resume]["norm"] in _np_heads()):
        # "..., a think-tank in Beirut, is ...", "..., head of the agency, on Monday": the speaker's apposition.
        after = _next_comma(toks, resume)
        resume = after + 1 if after is not None else len(toks)
    if not (
        resume < len(toks)
        and toks[resume]["is_word"]
        and not _is_cap(toks[resume])
        and toks[resume]["norm"] not in RELATIVE_OPENERS
        and not toks[resume]["norm"].endswith("ing")
        and not _tail_is_adverbial(toks, resume)
    ):
        return None
    return Decision(_attribution(cue, speaker=(c1, comma), content=(0, len(toks)), content_before=True))


def _next_comma(toks: list[dict], start: int) -> int | None:
    """Return the index of the first comma at or after ``start`` within ``APPOSITION_MAX_TOKENS``, else None."""
    end = min(len(toks), start + APPOSITION_MAX_TOKENS)
    return next((k for k in range(start, end) if toks[k]["text"] == ","), None)


def _negated_cue(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 5: "did not comment", "would not say": a negated cue of ``NEGATABLE_CUES`` attributes nothing."""
    s_end, _ = _skip_back(toks, cue.start)
    if cue.lemma not in NEGATABLE_CUES:
        return None
    before = toks[min(s_end, cue.start - 1) : cue.start] if cue.start > 0 else []
    return NOTHING if any(_is_negation(t["norm"]) for t in before) else None


def _is_negation(norm: str) -> bool:
    """Return whether a word negates the verb after it: ``NEGATIONS`` or an auxiliary contracted with "n't" in one
    token ("don't", "didn’t", "won't": round 20, issue 11)."""
    return norm in NEGATIONS or norm.endswith(NEGATIVE_CONTRACTION_ENDINGS)


# The endings of an auxiliary contracted with "not" when the tokenizer keeps it one word.
NEGATIVE_CONTRACTION_ENDINGS = ("n't", "n’t")


def _negative_subject(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 5': "Neither the ministry nor the bank has announced a holiday", "No official has said ...", "Nobody
    at the council confirmed ...": a speaker phrase opened by a word of ``NEGATIVE_SUBJECTS`` (first in its
    clause, at most ``NEGATIVE_SUBJECT_MAX_TOKENS`` tokens before the speaker's noun phrase, no comma or verb
    between) says that no one made the statement, so nothing is attributed (round 16, issue 11: a fact check's
    "neither ... nor ... has announced"). Else None."""
    if cue.lemma in PREPOSITIONAL_CUES:
        return None
    s_start, s_end = _preposed_speaker(toks, cue.start)
    if s_start >= s_end:
        return None
    for k in range(s_start, max(-1, s_start - NEGATIVE_SUBJECT_MAX_TOKENS - 1), -1):
        tok = toks[k]
        if not tok["is_word"] or tok["voice"] != "outlet" or (k < s_start and tok["norm"] in FINITE_AUX):
            return None
        if tok["norm"] in NEGATIVE_SUBJECTS:
            opens = k == 0 or toks[k - 1]["norm"] in CLAUSE_BOUNDARIES
            return NOTHING if opens else None
    return None


# The word that opens a free relative or an indirect question around a cue ("what the ministry says").
FREE_RELATIVE_WORDS = frozenset({"what", "whatever"})
# At most this many determiners stand between "what" and the speaker's noun ("what this one says").
FREE_RELATIVE_MAX_GAP = 3


def _free_relative_cue(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 5'': "a few notes on what this one says, and ...", "what each side says it found may decide ...",
    "What the ministry does not mention: ...": a cue whose speaker phrase follows "what" (``FREE_RELATIVE_WORDS``,
    the outlet's voice) stands in a free relative, a noun phrase meaning "the thing the speaker says"; the words
    after it are the outlet's, and the sentence reports none of the speaker's (round 20, issue 11). Else None."""
    if cue.lemma in PREPOSITIONAL_CUES:
        return None
    s_start, s_end = _preposed_speaker(toks, cue.start)
    if s_start >= s_end or _introduces_content(toks, cue):
        return None
    k = s_start
    while k > 0 and k > s_start - FREE_RELATIVE_MAX_GAP and toks[k]["norm"] not in FREE_RELATIVE_WORDS:
        k -= 1
        if toks[k]["norm"] not in DETERMINERS | FREE_RELATIVE_WORDS:
            return None
    return NOTHING if toks[k]["norm"] in FREE_RELATIVE_WORDS and toks[k]["voice"] == "outlet" else None


def _introduces_content(toks: list[dict], cue: Cue) -> bool:
    """Return whether a free relative's cue still introduces words of the speaker: "as" right after it ("what X
    described as written guarantees") or a colon of the outlet later in the sentence ("Let me read what the
    ministry said on Saturday: ...")."""
    if cue.end < len(toks) and toks[cue.end]["norm"] == "as":
        return True
    return any(t["text"] == ":" and t["voice"] == "outlet" for t in toks[cue.end :])


def _unperformed_cue(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 5a: a cue of the outlet's voice for speech not (yet) made attributes nothing: after a modal of
    ``FUTURE_MODALS`` among the words between speaker and cue ("the minister will reiterate this at the
    assembly", "an attack they would then blame on X"), or in a question ("Will the ministry ask both sides
    to ...?"), which asks whether the speech will happen. The gold pages hold no attribution of either kind."""
    if cue.lemma in PREPOSITIONAL_CUES or toks[cue.start]["voice"] != "outlet":
        return None
    s_end, _ = _skip_back(toks, cue.start)
    if any(t["norm"] in FUTURE_MODALS for t in toks[s_end : cue.start]):
        return NOTHING
    last = len(toks) - 1
    while last > cue.start and toks[last]["text"] in CLOSE_MARKS:
        last -= 1
    return NOTHING if toks[last]["text"] == "?" and toks[last]["voice"] == "outlet" else None


def _authors_own(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 5b: "I am writing this from ...", "I will be writing again on Friday": a cue whose speaker is
    the first-person "I" of the outlet's own voice (a newsletter's or columnist's author) attributes
    nothing: the author's words are the outlet's narration, not a reported source."""
    s_start, s_end = _preposed_speaker(toks, cue.start)
    # The speaker phrase may keep an auxiliary the gap rules do not skip ("I am writing").
    if (
        s_start < s_end
        and toks[s_start]["text"] == "I"
        and toks[s_start]["voice"] == "outlet"
        and all(t["is_word"] and not _is_cap(t) for t in toks[s_start + 1 : s_end])
    ):
        return NOTHING
    return None


def _first_person_performative(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 5b': "We call on X to ...", "Let me say clearly: ...": a present-tense cue of the text's own "we" (or
    after "let me" / "let us") is the speech act the text itself performs, on this page, not a report of one
    made elsewhere: nothing is attributed (a transcript's or statement's own voice is narration). A past "we
    warned that ..." reports an earlier statement and stays an attribution."""
    c0 = cue.start
    if _tense(cue.form) != "base" or c0 == 0 or any(t["voice"] != "outlet" for t in toks[max(0, c0 - 2) : c0]):
        return None
    before = [t["norm"] for t in toks[max(0, c0 - 2) : c0]]
    if before[-1] == "we" or before in (["let", "me"], ["let", "us"]) or _conditional_first_person(before):
        return NOTHING
    return None


def _conditional_first_person(before: list[str]) -> bool:
    """Return whether the (at most two) words before a base-form cue are the text's own first person with a
    conditional modal ("I'd say", "we would argue", "I would add"): the speaker offers a view here, hedged, as
    a speech act of the text itself, and reports no earlier statement (round 16, issue 11)."""
    if before and before[-1] in CONDITIONAL_FIRST_PERSON:
        return True
    return len(before) == 2 and before[0] in FIRST_PERSON_SUBJECTS and before[1] in CONDITIONAL_MODALS


def _generic_object(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 5d: "Moscow has said many things about this deal", "lines say a lot of things": a cue whose
    object is a generic noun phrase of ``sourcing_generic_objects.txt`` (modifiers, then a head such as
    ``things``), followed by the sentence's end, a comma or a lower-case word that is no verb of a clause,
    names that speech happened and reports none of it: NOTHING (round 14, issue 11). A head followed by a
    finite verb opens the content's clause ("said everything was ready"): None."""
    if cue.lemma in PREPOSITIONAL_CUES or _takes_object(cue):
        return None
    modifiers, heads, bare = _generic_object_words()
    k = _skip_adverbial(toks, cue.end)
    while k < len(toks) and toks[k]["voice"] == "outlet" and toks[k]["norm"] in modifiers:
        k += 1
    if k >= len(toks) or toks[k]["voice"] != "outlet" or toks[k]["norm"] not in heads | bare:
        return None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if toks[k]["norm"] in bare and any(t["text"] == ":" for t in toks[k + 1 :]):
        return None  # "said this: ...", "said the same on Monday: ...": the colon introduces what was said
    if nxt is None or not nxt["is_word"]:
        return NOTHING
    if toks[k]["norm"] in bare:
        return NOTHING if nxt["norm"] in NON_SPEECH_PREPOSITIONS | CONTENT_PREPOSITIONS else None
    verb = nxt["norm"] in FINITE_AUX or _tense(nxt["norm"]) == "past" or nxt["norm"] == "that"
    return None if verb or _is_cap(nxt) else NOTHING


@lru_cache(maxsize=1)
def _generic_object_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Return (modifiers, heads, bare heads) of a generic object (sourcing_generic_objects.txt; heads written
    ``head: W``; ``bare: W`` a head only before a preposition or the sentence's end, "the same")."""
    words = read_word_list("sourcing_generic_objects.txt")

    def tagged(tag: str) -> frozenset[str]:
        return frozenset(w.split(":", 1)[1].strip() for w in words if w.startswith(f"{tag}:"))

    modifiers = frozenset(w for w in words if not w.startswith(("head:", "bare:")))
    return modifiers, tagged("head"), tagged("bare")


def _own_question(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 5e: "We asked two analysts what lies behind it", "I asked her why": ``asked`` of the text's own
    first person (``FIRST_PERSON_SUBJECTS``, outlet's voice) with a question word after its hearer is the
    interviewer's or author's own question, told in the text's narration: NOTHING (round 14, issue 11). The
    same verb with another subject reports a question ("Readers asked whether ...") and "we asked the council
    to ..." an appeal: None."""
    if cue.lemma != "ask" or cue.start == 0:
        return None
    s_end, _ = _skip_back(toks, cue.start)
    subject = toks[s_end - 1] if s_end > 0 else None
    if subject is None or subject["norm"] not in FIRST_PERSON_SUBJECTS or subject["voice"] != "outlet":
        return None
    end = min(len(toks), cue.end + HEARER_MAX_TOKENS + 8)
    question = next((k for k in range(cue.end, end) if toks[k]["norm"] in QUESTION_WORDS), None)
    if question is None or any(t["voice"] != "outlet" or t["norm"] == "to" for t in toks[cue.end : question]):
        return None
    return NOTHING


def _intransitive_cue(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 5c: "... concedes because a commission asks nicely.": a cue followed by a subordinate clause
    (``INTRANSITIVE_FOLLOWERS``) or by one adverb before the sentence's end reports no content."""
    c1 = cue.end
    if c1 >= len(toks) or toks[c1]["voice"] != "outlet":
        return None
    if toks[c1]["norm"] in INTRANSITIVE_FOLLOWERS:
        return NOTHING
    lone_adverb = toks[c1]["norm"].endswith("ly") and (c1 + 1 == len(toks) or not toks[c1 + 1]["is_word"])
    return NOTHING if lone_adverb and c1 + 2 >= len(toks) else None


def _passive_cue(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 6: a past-tense cue after a form of *be*. With ``by X`` X is the speaker and the content
    follows X (or, when nothing follows, is the passive subject: "The claim was rejected by X");
    without ``by`` it is *agentless* when a complement follows ("was accused of"), else an event
    ("the plan will be announced on Monday") and nothing is attributed."""
    s_end, passive = _skip_back(toks, cue.start)
    if not (passive and _tense(cue.form) == "past"):
        return None
    after = cue.end
    while after < len(toks) and toks[after]["norm"].endswith("ly"):
        after += 1
    if after < len(toks) and toks[after]["norm"] == "by":
        b_end = _np_after(toks, after + 1, permissive=True)
        speaker = (after + 1, b_end) if b_end > after + 1 else None
        c0 = _content_after(toks, b_end)
        if c0 < len(toks) - 1 and toks[c0]["norm"] == "as" and toks[c0]["voice"] == "outlet":
            # "The plan was described by X as \"a start\"": the passive subject is what X characterised, and the
            # characterisation after "as" is X's words (round 21, issue 11; the active form keeps "the plan as ...").
            c0 += 1
        item = _attribution(cue, speaker=speaker, content=(c0, len(toks)))
        if not _has_words(toks, *item["content"]):
            item |= {"content": _subject(toks, s_end), "content_before": True}
    elif _impersonal_after_comma(toks, s_end, after):
        item = _attribution(cue, agentless=True, content=(0, s_end - 2), content_before=True)
    elif (comma := _hearer_passive_after_comma(toks, cue, s_end)) is not None:
        item = _attribution(cue, agentless=True, content=(0, comma), content_before=True)
    elif (
        after >= len(toks)
        or toks[after]["norm"] not in AGENTLESS_COMPLEMENTS
        or _reported_passive(toks, previous, s_end)
        or _directive_passive(toks, cue, after)
    ):
        return NOTHING
    else:
        item = _attribution(cue, agentless=True, content=(cue.end, len(toks)))
    return Decision(item, s_end if _content_open_before(previous, s_end) else None)


def _directive_passive(toks: list[dict], cue: Cue, after: int) -> bool:
    """Return whether an agentless passive cue of an order or request (``DIRECTIVE_PASSIVE_CUES``) takes ``to`` and
    a lower-case word ("Residents were told to leave", "families are being asked to prove it"): the passive
    subject received an instruction, whose giver the text does not name and whose words it does not report, so
    the cue is no row (issue 11 round 20: no such passive is annotated in dev). The active form ("the council
    asked residents to ...") names its speaker and stays a row."""
    nxt = after + 1
    return (
        cue.lemma in DIRECTIVE_PASSIVE_CUES
        and toks[after]["norm"] == "to"
        and nxt < len(toks)
        and toks[nxt]["is_word"]
        and toks[nxt]["voice"] == "outlet"
        and not _is_cap(toks[nxt])
    )


def _elided_request(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 6b: "because his wife asked him to.", "We did it when they told us to": a cue of an order or request
    (``DIRECTIVE_PASSIVE_CUES``) whose hearer is followed by a "to" that ends the sentence (or its clause at a
    comma) has its infinitive elided; what was asked is said elsewhere, and the cue reports no words (round 20,
    issue 11). Else None."""
    if cue.lemma not in DIRECTIVE_PASSIVE_CUES:
        return None
    end = min(len(toks), cue.end + HEARER_MAX_TOKENS + 1)
    to = next((k for k in range(cue.end, end) if toks[k]["norm"] == "to"), None)
    if to is None or to == cue.end or any(t["voice"] != "outlet" for t in toks[cue.end : to + 1]):
        return None
    after = toks[to + 1] if to + 1 < len(toks) else None
    return NOTHING if after is None or after["text"] in ELIDED_INFINITIVE_ENDS else None


# What may follow the "to" of an elided infinitive: the clause's end (a quotation mark opens the infinitive's words).
ELIDED_INFINITIVE_ENDS = frozenset({".", ",", ";", "!", "?", ")"})


def _reported_passive(toks: list[dict], previous: dict | None, s_end: int) -> bool:
    """Return whether an agentless passive cue whose subject ends at ``s_end`` stands inside the open content of
    the sentence's previous attribution, which has a speaker ("X said the report was written to order"): the
    reported clause's own verb, whose agent nobody names, not a second report (round 14b, issue 11). A passive
    right after a coordinator has no subject of its own: it coordinates with the reporting verb ("The group
    claims to be X but has long been accused of Y" is a second, agentless report)."""
    return (
        _content_open_before(previous, s_end)
        and previous["speaker"] is not None
        and toks[s_end - 1]["norm"] not in COORDINATORS
    )


def _impersonal_after_comma(toks: list[dict], s_end: int, after: int) -> bool:
    """Return whether a passive cue closes its sentence as an impersonal "it" after a comma ("The quay will
    close on Friday, it was further said."; translated and agency copy): the clause before the comma is the
    content of a report with no agent. ``s_end`` ends the passive subject, ``after`` follows the cue."""
    return (
        s_end >= 3
        and toks[s_end - 1]["norm"] == "it"
        and toks[s_end - 2]["text"] == ","
        and all(not t["is_word"] for t in toks[after:])
        and _has_words(toks, 0, s_end - 2)
    )


def _hearer_passive_after_comma(toks: list[dict], cue: Cue, s_end: int) -> int | None:
    """Return the comma before a post-posed passive of telling whose subject is the hearer ("..., a jury at the
    district court was told on Wednesday."; ``HEARER_PASSIVE_CUES``): a comma, the hearer's phrase, the passive
    cue, then only a time adverbial to the end (:func:`_postposed_comma`, which also wants a finite clause before
    the comma). The clause before the comma is what the hearer was told, by nobody the text names (round 17,
    issue 11). ``s_end`` ends the hearer's phrase (before the auxiliaries). Else None."""
    if cue.lemma not in HEARER_PASSIVE_CUES or s_end - cue.start > HEARER_SUBJECT_MAX_TOKENS:
        return None
    return _postposed_comma(toks, s_end, cue.end)


# At most this many auxiliaries and adverbs stand between a hearer's phrase and a passive of telling ("has been told").
HEARER_SUBJECT_MAX_TOKENS = 4


def _possessive_claim(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 1b: "X reposted Y's claim that P": a noun cue after a possessive mark (read as a cue only inside another
    cue's object, :func:`.cues._nested_possessive_claim`) has the possessor as speaker and the that-clause as
    content, nested in the first row's content (round 19, issue 11). Else None."""
    if cue.start < 2 or toks[cue.start - 1]["text"] not in POSSESSIVE_OR_APOSTROPHE:
        return None
    possessor = cue.start - 1
    s_start = _np_before(toks, possessor)
    if s_start >= possessor:
        return None
    content, _ = _content_span(toks, cue, s_start, possessor)
    return Decision(_attribution(cue, speaker=(s_start, possessor), content=content))


# The marks of a possessive before a noun cue ("the navy's claim", "Harbour Notes' claim").
POSSESSIVE_OR_APOSTROPHE = frozenset({"'s", "’s", "'", "’"})


def _postposed_as_clause(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 4c: "The dam holds no water, as the agency confirmed in May.", "..., as the council itself admits.": a
    cue in an as-clause after a comma (:func:`_as_clause_start`), its speaker between "as" and the cue, with no
    content of its own after it (no "that", colon or quotation; only the sentence's end or an adverbial such as
    "in 2014 when ..."): the clause before the comma is what the speaker is said to confirm (round 19, issue 11).
    Else None."""
    a = _as_clause_start(toks, cue.start)
    if a is None or a < 2 or toks[a - 1]["text"] != ",":
        return None
    s_end, _ = _skip_back(toks, cue.start)
    if s_end <= a + 1 or not _opens_subject(toks[a + 1]) or toks[a + 1]["norm"] in PRONOUNS:
        return None  # "..., as it said", "as promised": no speaker named in the clause
    if _content_after(toks, cue.end) != cue.end:
        return None
    if not _time_after(toks, cue.end):
        return None  # "as the agency confirmed the toll", "as the town appealed to donors": the verb's own object
    return Decision(_attribution(cue, speaker=(a + 1, s_end), content=(0, a - 1), content_before=True))


def _as_passive_by(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 4d: "As reported by the weather office, rainfall was ...", "..., as confirmed by the council.": a past
    cue right after an "as" that opens the sentence or follows a comma, then "by" and the agent: the agent is the
    speaker, and the content is the clause after the as-clause's comma (the as-clause first) or before the comma
    that opens it (post-posed), as for an as-clause with a subject (rule 4c; round 20, issue 11). Else None."""
    c0 = cue.start
    if c0 == 0 or toks[c0 - 1]["norm"] != "as" or _tense(cue.form) != "past" or cue.end >= len(toks):
        return None
    a = c0 - 1
    opens = a == 0
    if not (opens or (a >= 2 and toks[a - 1]["text"] == ",")) or toks[cue.end]["norm"] != "by":
        return None
    s_end = _np_after(toks, cue.end + 1, permissive=True)
    if s_end <= cue.end + 1 or any(t["voice"] != "outlet" for t in toks[a:s_end]):
        return None
    speaker = (cue.end + 1, s_end)
    if opens and s_end + 1 < len(toks) and toks[s_end]["text"] == "," and _has_words(toks, s_end + 1, len(toks)):
        return Decision(_attribution(cue, speaker=speaker, content=(s_end + 1, len(toks))))
    if not opens and not _has_words(toks, s_end, len(toks)):
        return Decision(_attribution(cue, speaker=speaker, content=(0, a - 1), content_before=True))
    return None


def _time_after(toks: list[dict], k: int) -> bool:
    """Return whether token ``k`` ends the sentence (a closing mark or nothing) or opens a time adverbial: a time
    word ("yesterday", "last"), or a preposition before a figure or time word ("in 2014", "on Monday")."""
    if k >= len(toks) or toks[k]["text"] in SENTENCE_END_MARKS:
        return True
    tok = toks[k]
    if not tok["is_word"] or tok["voice"] != "outlet":
        return False
    if tok["norm"] in TIME_WORDS:
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    timed = nxt is not None and (nxt["text"][:1].isdigit() or nxt["norm"] in TIME_WORDS)
    return tok["norm"] in ADVERBIAL_OPENERS and timed


# Marks that close a sentence (the end of a post-posed as-clause with no adverbial).
SENTENCE_END_MARKS = frozenset({".", "!", "?"})


def _not_speech(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 7: "added to the confusion", "maintained in power": a cue of
    ``NON_SPEECH_BEFORE_PREPOSITION`` right before a preposition, with no content opener, is no report;
    unless the sentence closes on a colon after the phrase ("added in an interview with the station:",
    :func:`_colon_closes`), which introduces the next paragraph's quotation."""
    c1 = cue.end
    if (
        c1 < len(toks)
        and toks[c1]["norm"] in NON_SPEECH_PREPOSITIONS
        and cue.lemma in NON_SPEECH_BEFORE_PREPOSITION
        and _content_after(toks, c1) == c1
        and not _colon_closes(toks, c1)
        and _as_clause_start(toks, cue.start) is None
    ):
        return NOTHING
    return None


def _object_then_to(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 7': "the diversions are adding four to six days to deliveries", "reported the letter to the police": a
    cue of ``NON_SPEECH_OBJECT_TO`` with no content opener, whose object (lower-case words and figures of the
    outlet, at most ``OBJECT_TO_MAX_TOKENS``, no auxiliary or past form) runs into a "to" and a word, sums
    things up or hands something to an authority, and reports no speech (round 16, issue 11). Else None."""
    if cue.lemma not in NON_SPEECH_OBJECT_TO or _content_after(toks, cue.end) != cue.end:
        return None
    last_to = None
    for k in range(cue.end, min(len(toks), cue.end + OBJECT_TO_MAX_TOKENS + 1)):
        tok = toks[k]
        if tok["voice"] != "outlet" or not tok["is_word"] or _is_cap(tok) or tok["norm"] in FINITE_AUX:
            break
        if _tense(tok["norm"]) == "past":
            break  # "reported the army moved troops to the border": a reported clause's verb
        if tok["norm"] == "to":
            last_to = k
    if last_to is None or last_to == cue.end or last_to + 1 >= len(toks) or not toks[last_to + 1]["is_word"]:
        return None
    return NOTHING


def _media_modifier(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 7a: "told state radio", "Russian state television": a one-word cue in its base form right before
    a noun of the press (``MEDIA_NOUNS``) modifies that noun, a noun phrase naming a broadcaster, and
    reports nothing (round 13b, issue 11). Returns NOTHING, else None."""
    c1 = cue.end
    if c1 - cue.start != 1 or c1 >= len(toks) or _tense(cue.form) != "base" or toks[cue.start]["norm"] != cue.lemma:
        return None
    return NOTHING if toks[c1]["norm"] in MEDIA_NOUNS and toks[c1]["voice"] == "outlet" else None


def _title_modifier(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 7a': "Ohio state Sen. X said": a one-word cue in its base form that is also a common noun
    (``ambiguous_noun`` in reporting_verbs.csv) right before a title abbreviation (a word of
    ``sourcing_title_abbreviations.csv`` and its period) modifies that title, a noun phrase naming the speaker,
    and reports nothing (round 14, issue 11). A verb only ("Officials say Gen. X was killed") keeps its cue.
    Returns NOTHING, else None."""
    c1 = cue.end
    if c1 - cue.start != 1 or c1 + 1 >= len(toks) or _tense(cue.form) != "base" or cue.lemma not in _noun_lemmas():
        return None
    return NOTHING if _is_title_period(toks, c1 + 1) and _is_cap(toks[c1]) else None


def _backshifted_coordinate(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 7b: "X stated that A and had asked B": a cue with no speaker of its own after ``and had`` inside
    the open content of an earlier cue that has no ``had`` is a verb of the reported clause, not a second
    report. Reported speech backshifts its verbs to the past perfect; the reporting clause's own coordinated
    verb keeps the reporting verb's tense ("said ... and called for ..."). Returns NOTHING (the earlier
    content runs on over this cue), else None."""
    s_end, _ = _skip_back(toks, cue.start)
    if s_end == 0 or toks[s_end - 1]["norm"] != "and" or previous is None:
        return None
    if not _content_open_before(previous, s_end) or previous["content"][1] < cue.end:
        return None
    previous_start = previous["cue"][0]
    if PAST_PERFECT in _auxiliaries(toks, _skip_back(toks, previous_start)[0], previous_start):
        return None
    return NOTHING if PAST_PERFECT in _auxiliaries(toks, s_end, cue.start) else None


def _backshifted_report(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 7b': "X said the council had asked the port to wait", "The union had asked for talks, she said": a
    request (``BACKSHIFTED_REQUESTS``) in the past perfect (``had`` between its speaker and it) inside the open
    content of an earlier cue not in the past perfect, or before a post-posed cue that ends the sentence, is a
    backshifted verb of the reported clause: the request is part of the outer speaker's report, not a second one
    (issue 11 round 18: the gold pages annotate no such nested request, but they do annotate a nested "had warned
    that ..."). Returns NOTHING, else None."""
    if cue.lemma not in BACKSHIFTED_REQUESTS or toks[cue.start]["voice"] != "outlet":
        return None
    s_end, _ = _skip_back(toks, cue.start)
    if PAST_PERFECT not in _auxiliaries(toks, s_end, cue.start):
        return None
    if previous is not None and _content_open_before(previous, s_end) and previous["content"][1] >= cue.end:
        previous_start = previous["cue"][0]
        backshifted = PAST_PERFECT not in _auxiliaries(toks, _skip_back(toks, previous_start)[0], previous_start)
        return NOTHING if backshifted else None
    return NOTHING if previous is None and _postposed_cue_after(toks, cue.end) else None


def _postposed_cue_after(toks: list[dict], after: int) -> bool:
    """Return whether a later cue of the sentence is post-posed: after a comma, a short speaker phrase
    (at most ``POSTPOSED_SPEAKER_MAX_TOKENS`` tokens of the outlet, no ``that``), then the cue and nothing but a
    short adverbial ("..., she said.", "..., the ministry said on Friday.")."""
    for later in _find_cues(toks):
        if later.start <= after or later.lemma in PREPOSITIONAL_CUES:
            continue
        k = later.start - 1
        while k > after and later.start - k <= POSTPOSED_SPEAKER_MAX_TOKENS and toks[k]["text"] != ",":
            if toks[k]["voice"] != "outlet" or toks[k]["norm"] == "that":
                break
            k -= 1
        if toks[k]["text"] == "," and k < later.start - 1 and _tail_is_adverbial(toks, later.end):
            return True
    return False


# A post-posed speaker phrase ("..., a spokeswoman for the ministry said") holds at most this many tokens.
POSTPOSED_SPEAKER_MAX_TOKENS = 8


def _infinitive_coordinate(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 7c: "said militants were preparing to stage an attack and blame it on the army", "said the rebels
    would stage an attack and blame the army" (or a passive chain: "to be filmed and blamed on the army"): a cue in
    the base form (or a participle after a passive *be* and a participle, :func:`_passive_participle_coordinate`)
    after ``and`` inside the open content
    of an earlier cue that holds ``to`` or a finite auxiliary continues an infinitive or a modal's verb of the
    reported clause (its subject is the content's, not a speaker), so it is no second report. A reporting clause's own
    coordinated cue is finite ("said ... and called for ..."). Returns NOTHING, else None."""
    s_end, _ = _skip_back(toks, cue.start)
    if s_end == 0 or toks[s_end - 1]["norm"] != "and" or previous is None:
        return None
    if _tense(cue.form) != "base" and not _passive_participle_coordinate(toks, s_end, cue.end):
        return None
    if not _content_open_before(previous, s_end) or previous["content"][1] < cue.end:
        return None
    verb_chain = any(t["norm"] == "to" or t["norm"] in FINITE_AUX for t in toks[previous["content"][0] : s_end])
    return NOTHING if verb_chain else None


def _passive_participle_coordinate(toks: list[dict], and_at: int, cue_end: int) -> bool:
    """Return whether the "and" ending at ``and_at`` follows a participle right after a passive *be* ("to be
    filmed and blamed on the army", "would be staged and blamed on X") and a preposition or punctuation follows
    the cue ending at ``cue_end`` (``PASSIVE_CHAIN_FOLLOWERS``): the cue is the second participle of the same
    passive verb chain, whose agent the text does not name, not a finite report (round 17, issue 11)."""
    if and_at < 3:
        return False
    participle, auxiliary = toks[and_at - 2], toks[and_at - 3]
    follower = toks[cue_end] if cue_end < len(toks) else None
    return (
        (follower is None or not follower["is_word"] or follower["norm"] in PASSIVE_CHAIN_FOLLOWERS)
        and auxiliary["norm"] in PASSIVE_BE_FORMS
        and participle["voice"] == "outlet"
        and not _is_cap(participle)
        and _tense(participle["norm"]) == "past"
    )


# Words after the second participle of a passive chain ("blamed on the army", "blamed by X"); a clause or object
# after it ("and said the body remained ...") makes it the reporting clause's own verb.
PASSIVE_CHAIN_FOLLOWERS = frozenset({"on", "by", "for", "as", "in", "at", "to", "with"})
# Non-finite and finite forms of *be* before a passive participle ("to be filmed", "would be staged").
PASSIVE_BE_FORMS = frozenset({"be", "been", "being", "is", "are", "was", "were"})


def _as_put_it_clause(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 7e: "As the mayor put it last week, there were ...": the phrase between "as" and the cue speaks, and the
    content is the main clause after the phrase's comma (:func:`_as_put_it`), not "it" and its adverbials.
    None for any other cue."""
    if cue.lemma != "put" or not _as_put_it(toks, cue.start, cue.end):
        return None
    s_start, s_end = _preposed_speaker(toks, cue.start)
    comma = next((k for k in range(cue.end, len(toks)) if toks[k]["text"] == ","), None)
    if s_start >= s_end or comma is None:
        return None
    return Decision(_attribution(cue, speaker=(s_start, s_end), content=(comma + 1, len(toks))))


def _procedural_object(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 7d: "dismissed its application", "rejected the union's appeal": a rejection (``OBJECT_CUE_LEMMAS``)
    whose object is a determined phrase of at most ``PROCEDURAL_OBJECT_MAX_TOKENS`` outlet tokens headed by a
    noun of ``PROCEDURAL_OBJECTS`` decides a formal request (a court's or body's act), and reports no speech
    (round 17, issue 11). After "and" the act ends the previous content. Returns the decision, else None."""
    if cue.lemma not in OBJECT_CUE_LEMMAS or cue.end >= len(toks) or toks[cue.end]["norm"] not in DETERMINERS:
        return None
    for k in range(cue.end + 1, min(len(toks), cue.end + PROCEDURAL_OBJECT_MAX_TOKENS + 1)):
        tok = toks[k]
        if tok["voice"] != "outlet" or not (tok["is_word"] or tok["text"] in POSSESSIVE_ENDINGS):
            return None
        if tok["norm"] in PROCEDURAL_OBJECTS:
            s_end, _ = _skip_back(toks, cue.start)
            joined = s_end > 0 and toks[s_end - 1]["norm"] == "and" and _content_open_before(previous, s_end)
            return Decision(None, s_end - 1 if joined else None)
    return None


# The object of a rejection ("the company's urgent application") spans at most this many tokens after its determiner.
PROCEDURAL_OBJECT_MAX_TOKENS = 4


def _auxiliaries(toks: list[dict], start: int, end: int) -> set[str]:
    """Return the lower-case words between ``start`` and ``end`` (the auxiliaries and adverbs before a cue)."""
    return {t["norm"] for t in toks[start:end]}


def _speaker_before_cue(toks: list[dict], cue: Cue, previous: dict | None) -> Decision:
    """Rule 8 (the default): the noun phrase before the cue speaks (:func:`_preposed_speaker`); a cue
    with none, coordinated with an earlier one of the same tense, shares its speaker and cuts its
    content ("said ... and called for ..."). The content is found by :func:`_content_span`, then
    replaced by what the previous cue reported for a sentential relative ("..., which Damascus
    denies"), by the next or previous quotation for a cue that ends its sentence, or by the noun
    before an object relative ("..., a charge the government denies")."""
    s_start, s_end = _speaker_with_contact_relative(toks, cue.start) or _preposed_speaker(toks, cue.start)
    s_start = _after_reported_noun(toks, s_start, s_end)
    s_start = _speaker_over_preposition(toks, cue, s_start, s_end)
    s_start = _plural_head_of_speaker(toks, s_start, s_end)
    s_start = _person_head_start(toks, s_start, s_end)
    if s_start == 0 and 0 < _fronted_opener_length(toks) < s_end:
        s_start = _fronted_opener_length(toks)  # "Every time the ministry says": the opener is not the speaker
    relative = _reduced_relative_subject(toks, cue)
    if relative is not None and (
        s_start == s_end or (s_start > relative[0] and all(t["text"] != "," for t in toks[relative[0] : s_start]))
    ):
        # Not "Facebook" in "Posts shared on Facebook claim"; but "Talks resumed in Geneva, officials said".
        s_start, s_end = relative
    cut = None
    joiner = toks[s_end - 1]["norm"] if s_end > 0 else ""
    subject = _coordinated_subject(toks, s_end - 1) if s_start == s_end and joiner in COORDINATORS else None
    restrictive = _speaker_before_restrictive_relative(toks, s_end)
    if restrictive is not None:
        speaker, s_start = restrictive, restrictive[0]
    elif s_start < s_end:
        speaker = (s_start, s_end)
    elif subject is not None and (previous is None or subject[0] >= previous["cue"][1]):
        # "X said ..., a day after Moscow let the deal expire and warned ...": the nearer clause's
        # subject; the previous content ends at the comma before that clause.
        speaker = subject
        cut = _clause_start(toks, subject[0]) if previous is not None else None
    elif (
        joiner in {"and", "but", ","}
        and previous is not None
        and previous["speaker"]
        and (_tense(previous["form"]) == _tense(cue.form) or _content_closed_before(previous, s_end - 1))
    ):
        speaker, cut = previous["speaker"], s_end - 1
    elif subject is not None:
        speaker = subject
        if previous is not None and previous["speaker"] == subject:
            # "Damascus has denied using X and says it ...": a second predicate of the first cue's speaker, in
            # another tense; the first content ends at the "and".
            cut = s_end - 1
    else:
        return NOTHING
    content, before = _content_span(toks, cue, s_start, s_end)
    if s_start < s_end and not before and _bare_prepositional_phrase(toks, *content):
        # Only with a speaker phrase of its own: a coordinated cue ("estimated X at N and asked for help")
        # still ends the first cue's content.
        return NOTHING
    item = _attribution(cue, speaker=speaker, content=content, content_before=before)
    if _is_sentential_relative(toks, s_start, content, previous):
        # "..., which Damascus denies.": the content is what the previous cue reported.
        item |= {"content": (previous["content"][0], s_start - 2), "content_before": True}
        return Decision(item, s_start - 2)
    item |= _quotation_content(toks, cue, s_start, s_end, content)
    relative = _object_relative(toks, s_start, s_end, item["content"])
    if relative is not None:
        item |= {"content": relative, "content_before": True}
    end_of_clause = relative[0] - 1 if relative else s_start
    if cut is None and s_start < s_end and _content_open_before(previous, end_of_clause):
        cut = end_of_clause
    return Decision(item, cut)


def _speaker_before_restrictive_relative(toks: list[dict], s_end: int) -> tuple[int, int] | None:
    """Return the speaker (start, end) when a restrictive relative clause on it ends at ``s_end``, right before the
    cue ("a German diplomat who served in Beirut in 2016 wrote to colleagues: ...", "Two nurses who worked at
    the clinic told the inquiry that ..."): ``who``, then at most ``RESTRICTIVE_RELATIVE_MAX_TOKENS`` outlet tokens
    opening with a verb, with no punctuation or cue, after a noun phrase that opens its sentence or clause. The cue
    is the noun phrase's verb; the relative only says which one (round 17, issue 11). Else None."""
    for k in range(s_end - 2, max(0, s_end - RESTRICTIVE_RELATIVE_MAX_TOKENS - 2), -1):
        tok = toks[k]
        if tok["voice"] != "outlet" or tok["text"] in {",", ";", ":", "(", ")"} or tok["text"] in CLOSE_MARKS:
            return None
        if tok["norm"] != "who":
            continue
        clause = toks[k + 1 : s_end]
        # "who" as a subject: a lower-case verb or auxiliary follows it, not a determiner or pronoun ("who the
        # court heard", an object relative, leaves the noun phrase before the cue in doubt).
        verb = bool(clause) and clause[0]["is_word"] and not _is_cap(clause[0])
        verb = verb and clause[0]["norm"] not in DETERMINERS and clause[0]["norm"] not in PRONOUNS
        if not verb or any((t["norm"],) in _cue_forms() for t in clause):
            return None
        np_start = _np_before(toks, k)
        opens = np_start == 0 or toks[np_start - 1]["text"] in {",", ";", ":"}
        return (np_start, k) if np_start < k and opens else None
    return None


# A restrictive relative between a speaker and its cue ("who served in Beirut in 2016") spans at most this many tokens.
RESTRICTIVE_RELATIVE_MAX_TOKENS = 10


def _plural_head_of_speaker(toks: list[dict], s_start: int, s_end: int) -> int:
    """Return where the speaker starts when the noun phrase before the cue is the object of a preposition of
    ``POSTMODIFIER_PREPOSITIONS`` after a plural noun that opens its clause ("Farmers in the valley say",
    "Residents of the town warn"): the plural noun's phrase, whose place or body the object names (round 16,
    issue 11); else ``s_start``."""
    if not (2 <= s_start < s_end) or toks[s_start - 1]["norm"] not in POSTMODIFIER_PREPOSITIONS:
        return s_start
    head = toks[s_start - 2]
    plural = head["norm"].endswith("s") and not head["norm"].endswith("ss") and head["text"][-1:] == "s"
    noun = head["is_word"] and head["voice"] == "outlet" and head["norm"] not in FINITE_AUX | PRONOUNS.keys()
    if not (plural and noun):
        return s_start
    h_start = _np_before(toks, s_start - 1)
    opens = h_start == 0 or toks[h_start - 1]["norm"] in CLAUSE_BOUNDARIES
    return h_start if h_start < s_start - 1 and opens else s_start


def _content_closed_before(previous: dict, joiner: int) -> bool:
    """Return whether the previous attribution's content, after its cue, ended before the joiner at ``joiner``
    ("has denied using gas, and blames the rebels": the gerund object ended at the comma). The cue after the
    joiner is then no verb inside that content but a second predicate of the same speaker, whatever its tense
    (round 15, issue 11); inside an open content only a cue of the first cue's tense is (``and captured`` in
    "said the army had advanced and captured ..." is the content's own verb)."""
    start, end = previous["content"]
    return not previous["content_before"] and start < end <= joiner


def _bare_prepositional_phrase(toks: list[dict], start: int, end: int) -> bool:
    """Return whether the words after a cue are only a short phrase of a lower-case preposition
    (``CONTENT_PREPOSITIONS``): at most ``PREPOSITIONAL_CONTENT_MAX_WORDS`` words of the outlet, no finite
    auxiliary, no past form and no comma ("told reporters in Ankara", "a drill announced in advance", "the
    preparations described by the envoy", "reported for a news site"). A reported clause after a fronted
    phrase has its own verb ("said in some districts families had lost ..."); such a phrase is the place,
    time, agent or employer of the act, and the cue reports nothing (round 13b, issue 11). A clause coordinated
    after a comma is no part of the phrase (:func:`_coordinate_clause_comma`, round 16), nor is a second
    predicate of the speaker after "and" (:func:`_coordinated_predicate`: "complained to the fighters and was
    told ...", round 20). A phrase of a topic preposition (``TOPIC_PREPOSITIONS``: "complained about the cost of
    ...") names what the speech was about, at any length (round 20)."""
    words = toks[start : min(_coordinate_clause_comma(toks, start, end), _coordinated_predicate(toks, start, end))]
    if not words or _is_cap(words[0]):
        return False
    if words[0]["norm"] in TOPIC_PREPOSITIONS:
        limit = len(words)
    elif words[0]["norm"] in CONTENT_PREPOSITIONS:
        limit = PREPOSITIONAL_CONTENT_MAX_WORDS
    else:
        return False
    return sum(t["is_word"] for t in words) <= limit and not any(
        t["voice"] != "outlet"
        or t["text"] == ","
        or (t["is_word"] and not _is_cap(t) and (t["norm"] in FINITE_AUX or _tense(t["norm"]) == "past"))
        for t in words[1:]
    )


def _coordinated_predicate(toks: list[dict], start: int, end: int) -> int:
    """Return the first "and" or "but" between ``start`` and ``end`` before a lower-case finite auxiliary or past
    form of the outlet's voice ("to the fighters and was told ...", "about the fees and asked ..."): after a phrase
    with no verb of its own such a word opens the subject's second predicate, no part of the phrase (round 20,
    issue 11); ``end`` when there is none."""
    for k in range(start + 1, end - 1):
        tok, nxt = toks[k], toks[k + 1]
        if tok["norm"] not in COORDINATORS or tok["voice"] != "outlet" or nxt["voice"] != "outlet":
            continue
        if nxt["is_word"] and not _is_cap(nxt) and (nxt["norm"] in FINITE_AUX or _tense(nxt["norm"]) == "past"):
            return k
    return end


def _coordinate_clause_comma(toks: list[dict], start: int, end: int) -> int:
    """Return the first comma between ``start`` and ``end`` that a coordinator (``and``, ``but``) follows: the
    words after it are a clause of their own ("We replied within a week, and the board told us ..."), no part of
    a phrase after the cue (round 16, issue 11); ``end`` when there is none."""
    for k in range(start, end - 1):
        if toks[k]["text"] == "," and toks[k + 1]["norm"] in COORDINATORS:
            return k
    return end


def _contact_relative(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 8b: "The suspension Moscow announced last October lasted four days": a clause cue whose speaker
    phrase follows a lower-case noun of the outlet with nothing between (no comma, ``that`` or ``which``), and
    whose words after the cue (past its adverbial) open with a past form of the outlet, is a relative clause
    without ``that``: the noun before the speaker is the cue's object and the verb after it is the main
    clause's, so nothing is reported (round 14, issue 11). A reported clause has a subject of its own before its
    verb ("Moscow announced the suspension lasted four days"). An auxiliary or modal after the cue is left to the
    other rules: "a step they said could prevent ..." reports the predicate (the gold pages' convention for a
    subject relative), "Friday's meeting, all the papers note, will decide ..." is an interposed cue. Else None."""
    if cue.lemma in PREPOSITIONAL_CUES or _takes_object(cue):
        return None
    s_start, s_end = _preposed_speaker(toks, cue.start)
    k = _skip_adverbial(toks, cue.end)
    if not (0 < s_start < s_end) or k >= len(toks):
        return None
    before, first = toks[s_start - 1], toks[k]
    noun_before = (
        before["is_word"]
        and not _is_cap(before)
        and before["voice"] == "outlet"
        and before["norm"] not in CONTACT_RELATIVE_NOT_NOUN
        and before["norm"] not in PRONOUNS
    )
    verb_after = (
        first["is_word"]
        and not _is_cap(first)
        and first["voice"] == "outlet"
        and first["norm"] not in FINITE_AUX
        and _tense(first["norm"]) == "past"
    )
    return NOTHING if noun_before and verb_after else None


def _relative_clause_speaker(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 8a: a cue whose subject is ``who`` or ``which`` ("quotes a banker who says ...", "cites a trader,
    Ana Ruiz, who says ...", "the port board, which says ..."): the speaker is the noun phrase the relative
    pronoun follows (the gold pages' convention), the content comes after the cue as for any speaker, and
    the previous content ends where that noun phrase's clause begins. None when no noun phrase precedes, or
    when a restrictive relative ("who says", no comma) qualifies the subject that opens the sentence
    ("Residents who say they were never warned plan to sue": where the content ends is unknown)."""
    who, _ = _skip_back(toks, cue.start)
    if (
        who < 2
        or toks[who - 1]["norm"] not in SUBJECT_RELATIVES
        or toks[who - 1]["voice"] != "outlet"
        or cue.lemma in _that_only_lemmas()
    ):
        return None  # ", which showed that ...": evidence verbs take a clause, not a speaker, as subject
    non_restrictive = toks[who - 2]["text"] == ","
    s_start, s_end = _preposed_speaker(toks, who - 2 if non_restrictive else who - 1)
    if s_start >= s_end or not (non_restrictive or (s_start > 0 and toks[s_start - 1]["is_word"])):
        return None
    # An empty speaker right after the pronoun: a non-restrictive relative's content ends at its closing comma.
    content, _ = _content_span(toks, cue, who, who)
    if content[0] >= len(toks) or toks[content[0]]["norm"] in {"to", "not"}:
        return None  # "who asked not to be named": a request with no reported content
    item = _attribution(cue, speaker=(s_start, s_end), content=content)
    clause = _clause_start(toks, s_start)
    return Decision(item, clause if _content_open_before(previous, clause) else None)


def _after_reported_noun(toks: list[dict], s_start: int, s_end: int) -> int:
    """Return where the speaker starts when the phrase before the cue opens, after a comma, with an article and
    a noun that names a claim (``COMPLEMENT_NOUNS``), then an optional ``that`` or ``which``: after them
    ("..., a charge the group denies", "..., a claim that dock workers rejected": the noun is the object the
    speaker reports on, :func:`_object_relative`); else ``s_start``."""
    k = s_start + 2
    if not (
        0 < s_start
        and k < s_end
        and toks[s_start - 1]["text"] == ","
        and toks[s_start]["norm"] in ROLE_ARTICLES
        and toks[s_start + 1]["norm"] in COMPLEMENT_NOUNS
        and toks[s_start + 1]["voice"] == "outlet"
    ):
        return s_start
    if toks[k]["norm"] in {"that", "which"}:
        k += 1
    return k if k < s_end else s_start


def _is_participle(tok: dict) -> bool:
    """Return whether a token is a lower-case participle ("shared", "circulating", "spread")."""
    norm = tok["norm"]
    return tok["is_word"] and not _is_cap(tok) and (norm.endswith(("ed", "ing")) or norm in IRREGULAR_PAST)


def _reduced_relative_subject(toks: list[dict], cue: Cue) -> tuple[int, int] | None:
    """Return the subject of a plural cue when it opens the clause with a reduced relative, else None.

    "Posts shared thousands of times on Facebook since May 19 claim that ...", "Messages circulating on
    WhatsApp claim ...": a plural head (with at most two modifiers) opening the sentence or following a
    label's colon or a dateline's dash, a participle right after it, and no finite verb, relative word,
    subordinator or semicolon before the plural cue (base or past form). The subject runs from the
    head's first modifier to the cue.
    """
    if _tense(cue.form) not in {"base", "past"}:
        return None
    start = max((k + 1 for k in range(cue.start) if toks[k]["text"] in LABEL_ENDS), default=0)
    if cue.start - start > REDUCED_RELATIVE_MAX_TOKENS:
        return None
    head = next(
        (
            k
            for k in range(start, min(cue.start - 1, start + REDUCED_RELATIVE_HEAD_MAX_WORDS))
            if toks[k]["norm"].endswith("s") and _is_participle(toks[k + 1])
        ),
        None,
    )
    between = toks[start : cue.start]
    if head is None or not all(t["is_word"] for t in toks[start : head + 1]):
        return None
    if any(t["voice"] != "outlet" or t["text"] in REDUCED_RELATIVE_STOPS for t in between):  # "May 19" is no "may"
        return None
    return start, cue.start


def _coordinated_subject(toks: list[dict], and_at: int) -> tuple[int, int] | None:
    """Return the subject of the clause a cue after "and" or "but" (``COORDINATORS``) is coordinated into, else None.

    "X welcomed the deal on social media and wrote that ...", "X welcomed the plan but told reporters
    that ...", "a day after Moscow let the deal expire and warned that ...": the cue shares the subject
    of the clause the conjunction continues, the noun phrase after the clause's last comma, semicolon
    or subordinator ("after") before the conjunction,
    or the sentence's subject (:func:`_subject`). The subject must name someone (a capitalised word
    or a pronoun) and be followed by a lower-case word, its own verb.
    """
    boundary = max(
        (i for i in range(and_at) if toks[i]["text"] in {",", ";"} or toks[i]["norm"] in CLAUSE_SUBORDINATORS),
        default=None,
    )
    if boundary is None:
        return _named_subject(toks, *_subject(toks, and_at), and_at)
    found = _named_subject(toks, boundary + 1, _np_after(toks, boundary + 1), and_at)
    if found is None and boundary > 0 and _verb_follows(toks, and_at):
        # "X posted a video of Y, leaving the bank, and wrote that ...", "X, for her part, posted a map and wrote
        # that ...": the clause after the last comma has no subject of its own (a participle, the conjunction
        # itself, a bare predicate), so the cue goes on the sentence's subject's predicate (round 19, issue 11).
        return _named_subject(toks, *_subject(toks, and_at), and_at)
    return found


# Adverbs that may stand between a coordinator and its cue ("and then wrote", "and later told").
COORDINATED_CUE_ADVERBS = frozenset({"then", "also", "later", "again"})


def _verb_follows(toks: list[dict], and_at: int) -> bool:
    """Return whether the conjunction at ``and_at`` is followed by a cue form, after at most one adverb ("and
    wrote", "and then wrote"): a second predicate, not a clause with a subject of its own ("and many claims")."""
    k = and_at + 1
    if k < len(toks) and (toks[k]["norm"] in COORDINATED_CUE_ADVERBS or toks[k]["norm"].endswith("ly")):
        k += 1
    return k < len(toks) and (toks[k]["norm"],) in _cue_forms()


def _named_subject(toks: list[dict], start: int, end: int, and_at: int) -> tuple[int, int] | None:
    """Return (start, end) when the tokens are a subject that names someone (a capitalised word or a pronoun, all
    the outlet's) followed by a lower-case word, its own verb, before the conjunction at ``and_at``; else None."""
    if not (
        start < end < and_at
        and toks[end]["is_word"]
        and not _is_cap(toks[end])
        and all(t["voice"] == "outlet" for t in toks[start:end])
        and any(_is_cap(t) or t["norm"] in PRONOUNS for t in toks[start:end])
    ):
        return None
    return start, end


def _clause_start(toks: list[dict], subject_start: int) -> int:
    """Return where the clause of a subject begins: its subordinator, or the comma shortly before it
    ("..., a day after Moscow ...": the comma)."""
    boundary = subject_start - 1
    for k in range(boundary, max(-1, boundary - CLAUSE_LEAD_MAX_TOKENS - 1), -1):
        if toks[k]["text"] == ",":
            return k
    return boundary


def _preposed_speaker(toks: list[dict], cue_start: int) -> tuple[int, int]:
    """Return the (start, end) token span of the speaker before a cue (:func:`_preposed_phrase`), its start moved
    to a person noun the phrase's place or body follows ("a colleague in Tarn": :func:`_person_head_start`), or to
    the name before a bare age ("Ana Berg, 64, who ..., said": :func:`_name_before_age`)."""
    s_start, s_end = _name_before_age(toks, *_preposed_phrase(toks, cue_start))
    return _person_head_start(toks, s_start, s_end), s_end


# Participles that name where a speaker got a claim ("X, citing the ministry, wrote that ..."), and the longest
# such parenthetical read, its quotation included.
CITING_PARTICIPLES = frozenset({"citing", "quoting"})
CITING_MAX_TOKENS = 20


def _citing_comma(toks: list[dict], close: int) -> int | None:
    """Return the comma that opens a parenthetical ", citing Y," closed by the comma at ``close`` right before a
    cue ("The channel, citing \"a source in the ministry\", wrote that ..."), else None. The parenthetical names
    the speaker's source and has no content of its own: the speaker is the phrase before it (the round-18 digest
    note: one row, speaker the channel). Quoted words inside it are skipped (round 19, issue 11)."""
    if toks[close]["text"] != ",":
        return None
    for k in range(close - 1, max(0, close - CITING_MAX_TOKENS), -1):
        tok = toks[k]
        if tok["voice"] != "outlet":
            continue
        if tok["text"] in {";", ".", ":"}:
            return None
        if tok["text"] == ",":
            return k if toks[k + 1]["norm"] in CITING_PARTICIPLES and toks[k + 1]["voice"] == "outlet" else None
    return None


def _preposed_phrase(toks: list[dict], cue_start: int) -> tuple[int, int]:
    """Return the (start, end) token span of the speaker before a cue, empty when there is none.

    The speaker ends where the auxiliaries and adverbs before the cue begin; it is a pronoun or
    the noun phrase ending there, or the name before an apposition ("Mark Stone, a spokesman for
    the navy, said") or after a title phrase ("Ethiopia's ambassador to Washington, Fitsum Arega, said").
    """
    s_end, _ = _skip_back(toks, cue_start)
    if s_end > 0 and toks[s_end - 1]["norm"] in PRONOUNS and toks[s_end - 1]["voice"] == "outlet":
        s_start = s_end - 1
    else:
        s_start = _np_before(toks, s_end)
    if s_start < s_end and toks[s_end - 1]["norm"] == "and":
        # "... on social media and wrote that": a coordinating "and" ends a clause, no speaker phrase.
        return s_end, s_end
    citing = _citing_comma(toks, s_end - 1) if s_start == s_end and s_end > 1 else None
    if citing is not None:
        return _preposed_phrase(toks, citing)
    if not (s_start == s_end and s_end > 1 and toks[s_end - 1]["text"] == ","):
        return s_start, s_end
    k = s_end - 2
    while (
        k > 0
        and toks[k]["text"] not in {",", ";"}
        and toks[k]["voice"] == "outlet"
        and s_end - k < APPOSITION_MAX_TOKENS
    ):
        k -= 1
    # An apposition opens lower case, with a determiner, with a possessor ("Lena Vos, Norway's minister for
    # energy,") or with a title abbreviation before a post ("Ivan Lund, Dep. head of the service,"; not a
    # titled name: "Russia's envoy, Dep. Foreign Minister X,").
    possessor = k + 2 < s_end and toks[k + 2]["norm"] in POSSESSIVE_ENDINGS
    abbreviated = (
        k + 2 < s_end
        and _is_title_period(toks, k + 2)
        and any(t["is_word"] and not _is_cap(t) for t in toks[k + 1 : s_end - 1])
    )
    if (
        k > 0
        and toks[k]["text"] == ","
        and (not _is_cap(toks[k + 1]) or toks[k + 1]["norm"] in DETERMINERS or possessor or abbreviated)
    ):
        a_start = _over_name_particles(toks, _np_before(toks, k))
        if a_start < k:
            return a_start, k
    elif k > 0 and toks[k]["text"] == "," and _is_apposed_name(toks[k + 1 : s_end - 1]):
        a_start = _np_before(toks, k)
        if a_start < k and any(f[3] == "person" for f in _roles_in([t["norm"] for t in toks[a_start:k]])):
            return a_start, s_end - 1
        t_start = _determined_title_start(toks, k)
        if t_start is None:
            t_start = _bare_title_start(toks, k)
        if t_start is not None:
            return t_start, s_end - 1
        if _capitalised_post_after_name(toks, a_start, k, s_end - 1):
            return a_start, k
    elif k > 0 and toks[k]["text"] == "," and _is_post_with_domain(toks[k + 1 : s_end - 1]):
        a_start = _np_before(toks, k)
        if _name_opens_clause(toks, a_start, k):
            return a_start, k
    return s_start, s_end


def _is_post_with_domain(post: list[dict]) -> bool:
    """Return whether tokens between two commas are a post written in capitals with its domain ("Minister for
    Foreign Affairs of Norvasta", "Deputy Envoy of the Secretary-General for X"): capitalised words and
    ``POST_DOMAIN_WORDS`` only, opening with a capital and holding "for" or "of" (a list of names holds neither)."""
    return (
        bool(post)
        and _is_cap(post[0])
        and any(t["norm"] in {"for", "of"} for t in post)
        and all(_is_cap(t) or t["norm"] in POST_DOMAIN_WORDS for t in post)
    )


def _name_opens_clause(toks: list[dict], a_start: int, comma: int) -> bool:
    """Return whether capitalised words ``a_start`` to ``comma`` open their sentence or clause (a name, not the
    tail of a longer phrase)."""
    return (
        0 < comma - a_start
        and (a_start == 0 or toks[a_start - 1]["text"] in {",", ";", "--", "—", "–"})
        and all(_is_cap(t) for t in toks[a_start:comma])
    )


def _capitalised_post_after_name(toks: list[dict], a_start: int, comma: int, end: int) -> bool:
    """Return whether a name opening its sentence or clause (``a_start`` to ``comma``) is followed, between
    commas, by a post written in capitals ("Lena Vos, Chief Operating Officer, said"; press-release order):
    the name speaks, the capitalised words holding a person's role (the codebook's ``source_roles``)."""
    return (
        0 < comma - a_start
        and (a_start == 0 or toks[a_start - 1]["text"] in {",", ";", "--", "—", "–"})
        and all(_is_cap(t) for t in toks[a_start:comma])
        and any(f[3] == "person" for f in _roles_in([t["norm"] for t in toks[comma + 1 : end]]))
    )


def _is_apposed_name(name: list[dict]) -> bool:
    """Return whether tokens between two commas are a name: capitalised words, the full stops of
    abbreviated titles among them ("Maj. Gen. Oleg Ramsky", "Dr. Ana Ruiz"), at most
    ``APPOSED_NAME_MAX_WORDS`` words besides the abbreviations ("Dep. Foreign Minister Ivo Rask": four)."""
    words = [t for t in name if t["text"] != "."]
    abbreviations = {k - 1 for k in range(1, len(name)) if _is_title_period(name, k)}
    counted = [t for k, t in enumerate(name) if t["text"] != "." and k not in abbreviations]
    capitalised = all(_is_cap(t) or _name_particle(words, k) for k, t in enumerate(words))
    return 0 < len(counted) <= APPOSED_NAME_MAX_WORDS and capitalised and _is_cap(name[0])


def _over_name_particles(toks: list[dict], start: int) -> int:
    """Return where a name that the noun-phrase rules start at ``start`` begins once the lower-case particles
    before it, each between capitalised words, are read as part of it ("Jan de Vries, chairman of the union,
    told": not "Vries"; :func:`_name_particle`), else ``start`` (round 13b, issue 11)."""
    while start >= 2 and _name_particle(toks, start - 1) and toks[start - 2]["voice"] == "outlet":
        start -= 2
    return start


def _name_particle(words: list[dict], k: int) -> bool:
    """Return whether word ``k`` is a lower-case particle between two capitalised words of a name ("Pieter de
    Graaf", "Ana dos Santos"; ``NAME_PARTICLE_WORDS``), which does not end the name."""
    return (
        0 < k < len(words) - 1
        and words[k]["norm"] in NAME_PARTICLE_WORDS
        and words[k]["text"].islower()
        and _is_cap(words[k - 1])
        and _is_cap(words[k + 1])
    )


def _determined_title_start(toks: list[dict], comma: int) -> int | None:
    """Return the start of a title phrase that opens its sentence or clause with a determiner or a
    possessive and ends at ``comma`` before an apposed name, else None.

    "Its UK boss, Ada Lind, warned ...", "The city's harbour office, HBO, says ...": the phrase need
    not hold a codebook role, since its determiner and the name between commas before the cue mark
    the apposition. The phrase is at most ``APPOSITION_MAX_TOKENS`` tokens of the outlet's voice; it
    may end on a capitalised body when it holds a person's title ("the head of the Coastal Service,
    Maj. Gen. Ivan Lund, said": the wire order of state agencies).
    """
    k = comma - 1
    while k > 0 and toks[k - 1]["text"] not in {",", ";"} and comma - k < APPOSITION_MAX_TOKENS:
        k -= 1
    if toks[k]["text"] in CLOSE_MARKS and k > 0 and toks[k - 1]["text"] == ",":
        # '"…," its deputy head, Ana Ruiz, told …': the walk stopped at the closing mark after a quotation's
        # comma; the title phrase opens after it.
        k += 1
    if (
        k < comma - 1
        and (k == 0 or toks[k - 1]["text"] in {",", ";"} or toks[k - 1]["text"] in CLOSE_MARKS)
        and toks[k]["norm"] in DETERMINERS
        and toks[k]["norm"] not in POSSESSIVE_ENDINGS
        and all(t["voice"] == "outlet" for t in toks[k:comma])
        and (not _is_cap(toks[comma - 1]) or _holds_person_title(toks[k:comma]))
    ):
        return k
    return None


def _bare_title_start(toks: list[dict], comma: int) -> int | None:
    """Return where a title phrase without a determiner starts when it opens its sentence and ends at ``comma``
    before an apposed name: a capitalised first word, then a preposition tying it to a party (``ROLE_PREPOSITIONS``)
    and a determiner ("Counsel for the defendant, Ana Ruiz KC, submitted ...", "Head of the agency, Ivo Rask,
    said ..."); else None. A role written without an article stands for a determined one (round 17, issue 11:
    the courtroom's "Counsel for the claimant"); a name opening the sentence takes no preposition and
    determiner after its first word."""
    if comma < 4 or not _is_cap(toks[0]) or toks[1]["norm"] not in ROLE_PREPOSITIONS:
        return None
    if toks[2]["norm"] not in DETERMINERS:
        return None
    return None if any(t["text"] in {",", ";"} or t["voice"] != "outlet" for t in toks[:comma]) else 0


# Prepositions that tie a post to its body or its place ("the head of X", "the spokesman for X",
# "the coordinator in X").
POST_PREPOSITIONS = frozenset({"of", "for", "at", "in"})


def _holds_person_title(phrase: list[dict]) -> bool:
    """Return whether a determiner phrase names a post of a body: a lower-case noun after the determiner
    (or after a capitalised possessor: "The UN's resident coordinator"), then a preposition tying it to the body or
    its place ("the head of the Coastal Service", "the resident coordinator in Norland", not "the Kremlin")."""
    mark = next((i for i, t in enumerate(phrase) if t["norm"] in POSSESSIVE_ENDINGS), None)
    first = mark + 1 if mark is not None and mark > 1 and all(_is_cap(t) for t in phrase[1:mark]) else 1
    return (
        len(phrase) > first + 1
        and phrase[first]["is_word"]
        and not _is_cap(phrase[first])
        and any(t["norm"] in POST_PREPOSITIONS for t in phrase[first + 1 :])
    )


def _content_span(toks: list[dict], cue: Cue, s_start: int, s_end: int) -> tuple[tuple[int, int], bool]:
    """Return (content token span, content before the speaker?) for a speaker before the cue.

    Before a post-posed speaker ("CONTENT, X said on Saturday."); else after the cue: after
    ``that`` or a colon when near, after the hearer of ``told``, after a short time phrase, to
    the end of the sentence, or of a relative clause (", which activists blamed on X, ...").
    """
    c1 = cue.end
    before = _quotation_before_role(toks, _quantified_start(toks, s_start) - 1) if s_start < s_end else -1
    tail = _cue_tail(toks, cue)
    if (
        before >= 0
        and (toks[before]["text"] == "," or toks[before]["text"] in CLOSE_MARKS)
        and (_tail_is_adverbial(toks, tail) or _quotation_opens_sentence(toks, before))
        and (before >= POSTPOSED_CONTENT_MIN_TOKENS or _content_resumes(toks, tail))
    ):
        return (0, len(toks) if _content_resumes(toks, tail) else before), True
    start = _content_after(toks, c1)
    start = _that_after_apposition(toks, c1) or start
    if cue.lemma == "tell" and start == c1:
        # "told reporters the idea was ...": the hearer is not content.
        obj = _np_after(toks, c1)
        if (
            obj == c1
            and c1 < len(toks)
            and toks[c1]["is_word"]
            and not _is_cap(toks[c1])
            and toks[c1]["norm"] not in DETERMINERS
        ):
            obj = c1 + 1
        start = _content_after(toks, obj) if obj < len(toks) else start
    start = _after_pronoun_hearer(toks, c1, start)
    start = _object_relative_that(toks, cue, _skip_adverbial(toks, start))
    end = _narration_clause(toks, start)
    if s_start >= 2 and toks[s_start - 1]["norm"] in {"which", "who", "whom"} and toks[s_start - 2]["text"] == ",":
        # A relative clause (", which activists blamed on X, ...") ends at the next comma.
        end = next((k for k in range(c1, len(toks)) if toks[k]["text"] == ","), len(toks))
    if cue.lemma in _quotation_only_lemmas():
        end = _named_quotation_end(toks, start, end)
    end = _fronted_clause_end(toks, s_start, start, end)
    end = _repeated_speaker_end(toks, s_start, s_end, start, end)
    if start == _skip_adverbial(toks, c1) and _takes_object(cue):
        end = _object_content_end(toks, start, end)
        if cue.lemma in OBJECT_CUE_LEMMAS:
            end = _rejected_claim_end(toks, start, end)
    elif start == _skip_adverbial(toks, c1) and _gerund_object(toks, start, end):
        end = _gerund_object_end(toks, start, end)
    return (start, _speaker_act_end(toks, cue, start, _semicolon_end(toks, start, end))), False


def _speaker_act_end(toks: list[dict], cue: Cue, start: int, end: int) -> int:
    """Return where a content after a past cue ends before "and" and a past verb of the speaker's own act with
    "to" (``SPEAKER_ACT_VERBS``: "confirmed a letter had arrived and declined to say more", "said he was
    \"disappointed\" and promised to keep trying"): the reporting clause's second predicate, not reported
    (issue 11 round 18). Else ``end``."""
    if _tense(cue.form) != "past":
        return end
    for k in range(start + 1, end - 2):
        if (
            toks[k]["norm"] == "and"
            and toks[k]["voice"] == "outlet"
            and toks[k + 1]["norm"] in SPEAKER_ACT_VERBS
            and toks[k + 2]["norm"] == "to"
        ):
            return k
    return end


def _after_pronoun_hearer(toks: list[dict], c1: int, start: int) -> int:
    """Return where the content starts after a cue followed by "to" and a hearer pronoun ("confirmed to me it had
    ...", "explained to us the plan was ..."): after the pronoun, which names who heard the report, not what was
    reported (issue 11 round 18: a reporter's own thread). Else ``start``. "her" is left out: it also opens a
    possessed noun ("said to her son")."""
    if start != c1 or c1 + 2 >= len(toks) or toks[c1]["norm"] != "to":
        return start
    hearer = toks[c1 + 1]
    if hearer["norm"] not in HEARER_PRONOUNS or hearer["voice"] != "outlet":
        return start
    return _content_after(toks, c1 + 2)


def _semicolon_end(toks: list[dict], start: int, end: int) -> int:
    """Return where a content after its cue ends: at the first semicolon of the outlet's voice after ``start``,
    else ``end``. A semicolon joins the outlet's next clause to the report ("says five cars could rupture;
    residents face two more days away"); reported speech that goes on after one is written as a quotation (no
    indirect content of the dev pages spans a semicolon of the outlet's; round 15, issue 11)."""
    return next((k for k in range(start, end) if toks[k]["text"] == ";" and toks[k]["voice"] == "outlet"), end)


def _repeated_speaker_end(toks: list[dict], s_start: int, s_end: int, start: int, end: int) -> int:
    """Return where a content after its cue ends when ", and" or ", but" of the outlet's voice is followed by the
    speaker's own words again ("Washington said it will respond, but Washington also has no appetite for
    ..."): reported speech refers to its speaker with a pronoun, so a clause naming the speaker anew is the
    text's comment on that speaker, not the content (round 14, issue 11). Else ``end``."""
    speaker = [t["norm"] for t in toks[s_start:s_end] if t["is_word"]]
    if not speaker or not any(_is_cap(t) for t in toks[s_start:s_end]):
        return end
    size = s_end - s_start
    for k in range(start + 1, end - size - 1):
        if toks[k]["text"] != "," or toks[k]["voice"] != "outlet" or toks[k + 1]["norm"] not in COORDINATORS:
            continue
        if [t["norm"] for t in toks[k + 2 : k + 2 + size] if t["is_word"]] == speaker:
            return k
    return end


def _fronted_clause_end(toks: list[dict], s_start: int, start: int, end: int) -> int:
    """Return where a content after a cue ends when the cue's clause is a fronted subordinate clause: the
    sentence opens with a word of ``FRONTED_SUBORDINATORS`` right before the speaker, with no comma before the
    cue ("Every time the Russians say we will stage something, the bombing starts"). The clause ends at its
    first comma of the outlet's voice after the content's start: the main clause follows (round 13b,
    issue 11). Else ``end``."""
    if s_start == 0 or s_start != _fronted_opener_length(toks):
        return end
    comma = next((k for k in range(start, end) if toks[k]["text"] == "," and toks[k]["voice"] == "outlet"), None)
    return end if comma is None else comma


def _fronted_opener_length(toks: list[dict]) -> int:
    """Return the number of tokens of the ``FRONTED_SUBORDINATORS`` entry the sentence opens with, else 0."""
    norms = tuple(t["norm"] for t in toks[:3])
    return max((len(words) for words in FRONTED_SUBORDINATORS if norms[: len(words)] == words), default=0)


def _object_relative_that(toks: list[dict], cue: Cue, start: int) -> int:
    """Return where the content of an object cue (:func:`_takes_object`) starts: at the object right after the
    cue when the ``that`` found further on follows a word of that object ("accused the rebels of blocking a road
    that has carried food": the relative clause of "road", not the content's opener); else ``start``.

    Right after the cue's adverbial ("urged on Monday that ...") or after a short stretch of at most
    ``OBJECT_ADVERBIAL_MAX_WORDS`` words with no determiner, capital or pronoun ("complained for months that"),
    ``that`` opens the content.
    """
    if not _takes_object(cue) or start < 2 or toks[start - 1]["norm"] != "that":
        return start
    after_cue = _skip_adverbial(toks, cue.end)
    stretch = toks[after_cue : start - 1]
    if len(stretch) <= OBJECT_ADVERBIAL_MAX_WORDS and not any(_opens_subject(t) for t in stretch):
        return start  # "complained for months that ...": a short adverbial, no noun phrase object
    return after_cue if stretch and toks[start - 2]["is_word"] else start


def _quantified_start(toks: list[dict], s_start: int) -> int:
    """Return where a speaker phrase starts with the quantifier before its determiner ("all the papers note":
    ``all``), else ``s_start``; the content of an interposed cue ends before the quantifier, not at it."""
    if s_start > 0 and toks[s_start - 1]["norm"] in SPEAKER_QUANTIFIERS and toks[s_start]["norm"] in DETERMINERS:
        return s_start - 1
    return s_start


def _takes_object(cue: Cue) -> bool:
    """Return whether the cue reports by its object, a noun phrase with its complements, not a clause
    (the urging and accusing classes, and the rejections in ``OBJECT_CUE_LEMMAS``: "called for a pause",
    "blamed the regime for the attack", "dismissed the claims")."""
    return cue.cue_class in OBJECT_CUE_CLASSES or cue.lemma in OBJECT_CUE_LEMMAS


def _object_content_end(toks: list[dict], start: int, end: int) -> int:
    """Return where an object content (:func:`_takes_object`) starting at ``start`` ends, at most ``end``.

    An object is not a clause, so the outlet's own clause begins at the first of: a subordinator
    followed by a subject ("called for a pause as Moscow and Damascus trade accusations"; not "as" after a
    participle: :func:`_participle_before_as`), "and" or
    "but" followed by a past-tense verb, a second predicate of the cue's subject ("blamed the regime
    and bombed three sites"; not after an auxiliary in the object's own relative clause: "an attack
    that would be blamed on X and used by Y" is a participle), or a comma opening a relative clause
    on a thing or person (``OBJECT_END_RELATIVES``: ", which had carried ...") or a new clause with
    its own subject (", and the envoy did not reply"), or an indefinite apposition of the outlet
    (:func:`_indefinite_apposition`). A place's relative (", where ...") describes the object and stays.
    Words of a quotation never end it.
    """
    for k in range(start + 1, end - 1):
        tok, nxt = toks[k], toks[k + 1]
        if tok["voice"] != "outlet" or nxt["voice"] != "outlet":
            continue
        if (
            tok["norm"] in OBJECT_END_SUBORDINATORS
            and _opens_subject(nxt)
            and nxt["norm"] not in ROLE_ARTICLES
            and not _participle_before_as(toks, k)
        ):
            return k
        if (
            tok["norm"] in COORDINATORS
            and nxt["is_word"]
            and not _is_cap(nxt)
            and _tense(nxt["norm"]) == "past"
            and not any(t["norm"] in FINITE_AUX for t in toks[start:k])
        ):
            return k
        if tok["text"] == "," and (
            nxt["norm"] in OBJECT_END_RELATIVES
            or (nxt["norm"] in COORDINATORS and k + 2 < end and _opens_subject(toks[k + 2]))
            or _indefinite_apposition(toks, k + 1)
        ):
            return k
    return end


def _gerund_object(toks: list[dict], start: int, end: int) -> bool:
    """Return whether the content at ``start`` is a gerund phrase, the cue's object ("denied using chemical
    weapons", "admitted staging the video"): a lower-case -ing word of the outlet's voice that is not followed by
    a finite verb (then it is a clause's subject: "said shelling had stopped", "said fighting resumed")."""
    if start + 1 >= end:
        return False
    tok, nxt = toks[start], toks[start + 1]
    return (
        tok["is_word"]
        and tok["voice"] == "outlet"
        and not _is_cap(tok)
        and tok["norm"].endswith("ing")
        and tok["norm"] not in PREPOSITION_PARTICIPLES
        and nxt["is_word"]
        and nxt["norm"] not in FINITE_AUX
        and _tense(nxt["norm"]) != "past"
    )


def _gerund_object_end(toks: list[dict], start: int, end: int) -> int:
    """Return where a gerund object content (:func:`_gerund_object`) ends, at most ``end``: where an object
    content ends (:func:`_object_content_end`), or earlier at a comma before a coordinator or subordinator
    (", though a UN inquiry blamed ...", ", and blames the rebels"), or at "and" / "but" before a lower-case
    reporting verb or past-tense verb ("denied staging attacks and say the charge is ..."): a gerund phrase is
    no clause, so what follows such a joint is a new predicate or clause of the outlet (round 15, issue 11)."""
    end = _object_content_end(toks, start, end)
    forms = _cue_forms()
    for k in range(start + 1, end - 1):
        tok, nxt = toks[k], toks[k + 1]
        if tok["voice"] != "outlet" or nxt["voice"] != "outlet":
            continue
        if tok["text"] == "," and (nxt["norm"] in COORDINATORS or nxt["norm"] in CLAUSE_SUBORDINATORS):
            return k
        if (
            tok["norm"] in COORDINATORS
            and nxt["is_word"]
            and not _is_cap(nxt)
            and ((nxt["norm"],) in forms or _tense(nxt["norm"]) == "past")
        ):
            return k
    return end


def _participle_before_as(toks: list[dict], k: int) -> bool:
    """Return whether token ``k`` is "as" after a lower-case past participle ("the group, known as the White
    Helmets, of ...", "a step described as the last"): "as" then names or describes the object, it opens no
    clause of the outlet's (round 15, issue 11)."""
    before = toks[k - 1]
    participle = _tense(before["norm"]) == "past" or before["norm"] in NAMING_PARTICIPLES
    return toks[k]["norm"] == "as" and before["is_word"] and not _is_cap(before) and participle


def _indefinite_apposition(toks: list[dict], k: int) -> bool:
    """Return whether token ``k``, right after a comma inside an object content, opens an indefinite apposition
    of the outlet (``ROLE_ARTICLES`` then a lower-case word: "called for rich countries to pay for the damage,
    an issue it will raise at the summit"): the outlet describes the object in its own words, as a relative
    clause on it does (round 14, issue 11)."""
    return (
        k + 1 < len(toks)
        and toks[k]["norm"] in ROLE_ARTICLES
        and toks[k]["voice"] == "outlet"
        and toks[k + 1]["is_word"]
        and not _is_cap(toks[k + 1])
    )


def _rejected_claim_end(toks: list[dict], start: int, end: int) -> int:
    """Return where the object of a rejection (``OBJECT_CUE_LEMMAS``) ends, at most ``end``: before a
    lower-case preposition of ``REJECTION_ADJUNCT_PREPOSITIONS`` of the outlet's voice that follows the object's
    first word ("dismissed the claims at a meeting of the council", "rejected the accusations on previous
    occasions and affirm that ..."): the rejected claim is a noun phrase, the phrase after it says where or
    when the rejection was made (round 13b, issue 11). A quotation, ``as`` ("dismissed the claim as a
    fiction") or ``that`` ("rejected a claim that ...": the claim's own clause) before it keeps the whole object."""
    for k in range(start + 1, end):
        tok = toks[k]
        if tok["voice"] != "outlet" or tok["norm"] in {"as", "that"}:
            return end
        if tok["norm"] in REJECTION_ADJUNCT_PREPOSITIONS and not _is_cap(tok) and toks[k - 1]["is_word"]:
            return k
    return end


def _opens_subject(tok: dict) -> bool:
    """Return whether a token can open a clause's subject: a capitalised word, a determiner or a pronoun."""
    return tok["is_word"] and (_is_cap(tok) or tok["norm"] in DETERMINERS or tok["norm"] in PRONOUNS)


def _content_resumes(toks: list[dict], tail: int) -> bool:
    """Return whether the content before an interposed cue goes on after it: ", and" or ", but" then a finite
    auxiliary with no subject of its own ("The firm will close two depots, it said, and will cut 40 jobs"): the
    second predicate is the content's subject's, so the content is one span with the cue inside (the gold
    pages' convention for an interposed cue in a coordinated content)."""
    if tail + 1 < len(toks) and toks[tail]["text"] == "," and _predicate_resumes(toks, tail + 1):
        return True
    return (
        tail + 2 < len(toks)
        and toks[tail]["text"] == ","
        and toks[tail + 1]["norm"] in COORDINATORS
        and toks[tail + 2]["norm"] in FINITE_AUX
        and not _is_cap(toks[tail + 2])
        and all(t["voice"] == "outlet" for t in toks[tail : tail + 3])
    )


def _predicate_resumes(toks: list[dict], k: int) -> bool:
    """Return whether the words after an interposed cue's closing comma are the predicate of the subject
    before the cue: a lower-case finite auxiliary or modal of the outlet's voice ("The vote on Friday, all
    the papers note, will decide ..."), so the content is one span around the cue."""
    return toks[k]["norm"] in FINITE_AUX and not _is_cap(toks[k]) and toks[k]["voice"] == "outlet"


def _that_after_apposition(toks: list[dict], c1: int) -> int | None:
    """Return where the content starts when an apposition to the adverbial after a cue stands between it and
    ``that`` ("said on Monday, the day the deal was due to be renewed, that ..."): after the ``that`` that
    follows the apposition's closing comma; else None. The adverbial opens with ``ADVERBIAL_CUE_WORDS`` and
    ends at a comma within ``ADVERBIAL_MAX_TOKENS``; the apposition opens with a determiner and is the
    outlet's, at most ``APPOSITION_MAX_TOKENS`` tokens."""
    if c1 >= len(toks) or toks[c1]["norm"] not in ADVERBIAL_CUE_WORDS:
        return None
    window = range(c1 + 1, min(len(toks), c1 + ADVERBIAL_MAX_TOKENS + 1))
    first = next((k for k in window if toks[k]["text"] == ","), None)
    if first is None or first + 1 >= len(toks) or toks[first + 1]["norm"] not in DETERMINERS:
        return None
    second = _next_comma(toks, first + 1)
    if second is None or second + 1 >= len(toks) or toks[second + 1]["norm"] != "that":
        return None
    return second + 2 if all(t["voice"] == "outlet" for t in toks[c1:second]) else None


def _cue_tail(toks: list[dict], cue: Cue) -> int:
    """Return where the words after a cue begin that may be an adverbial: right after the cue, or after
    the hearer of ``told`` ("“...,” she told reporters on Monday.": the hearer comes before any adverbial)."""
    c1 = cue.end
    if cue.lemma == "tell" and c1 < len(toks) and toks[c1]["is_word"]:
        opens_phrase = _is_cap(toks[c1]) or toks[c1]["norm"] in DETERMINERS_OR_THAT
        return _hearer_end(toks, c1, max(_np_after(toks, c1), c1 + (0 if opens_phrase else 1)))
    return c1


def _speaker_over_preposition(toks: list[dict], cue: Cue, s_start: int, s_end: int) -> int:
    """Return where the speaker of a sentence-final cue starts when the noun phrase before the cue is the
    object of a preposition (``SPEAKER_PREPOSITIONS``): the phrase after the last comma ("CONTENT, a
    spokesperson for the agency in Geneva said."; "CONTENT, hydrologist X of the University of Y in
    Lahore told the site."), which closes the content; else ``s_start``.

    The place or body is part of the speaker's description, never the speaker. The phrase holds no
    lower-case participle ("..., most of it bound for Oslo and the Baltic states": no speaker phrase) and
    the content before the comma has at least ``POSTPOSED_CONTENT_MIN_TOKENS`` tokens.
    """
    if not (0 < s_start < s_end) or toks[s_start - 1]["norm"] not in SPEAKER_PREPOSITIONS:
        return s_start
    if not _tail_is_adverbial(toks, _cue_tail(toks, cue)):
        return s_start
    k = s_start - 1
    while k > 0 and toks[k]["text"] not in {",", ";", ":"} and s_start - k < APPOSITION_MAX_TOKENS:
        k -= 1
    phrase = toks[k + 1 : s_start]
    if (
        toks[k]["text"] != ","
        or k < POSTPOSED_CONTENT_MIN_TOKENS
        or any(t["voice"] != "outlet" or _is_participle(t) for t in phrase)
    ):
        return s_start
    return k + 1


def _named_quotation_end(toks: list[dict], start: int, end: int) -> int:
    """Return where the content of a naming cue ends: at the close of its first quotation.

    "The mayor called it “a good day” and thanked police.": the mayor's words are the object and
    the quotation; what follows the quotation is the outlet's account of what he did, not speech.
    """
    k = next((i for i in range(start, end) if toks[i]["voice"] != "outlet"), None)
    if k is None:
        return end
    while k < end and toks[k]["voice"] != "outlet":
        k += 1
    return k + 1 if k < end and toks[k]["text"] in CLOSE_MARKS else k


def _hearer_end(toks: list[dict], c1: int, end: int) -> int:
    """Return the end of the hearer of ``told`` starting at token ``c1``, read up to ``end`` by the noun-phrase
    rules and carried on over lower-case nouns ("told a news conference in X": the hearer is "a news
    conference", not "a news"), at most ``HEARER_MAX_TOKENS`` tokens and never past a preposition,
    ``that``, a punctuation mark or a quotation (a determiner only as its first word)."""
    if end == c1 and end < len(toks) and toks[end]["norm"] in DETERMINERS:
        end += 1
    while (
        end < len(toks)
        and end - c1 < HEARER_MAX_TOKENS
        and toks[end]["is_word"]
        and toks[end]["voice"] == "outlet"
        and not _is_cap(toks[end])
        and toks[end]["norm"] not in ADVERBIAL_OPENERS
        and toks[end]["norm"] not in DETERMINERS_OR_THAT
    ):
        end += 1
    return end


def _narration_clause(toks: list[dict], start: int) -> int:
    """Return where the outlet's own clause begins after a content starting at ``start``: a comma of
    the outlet's voice before a word of ``NARRATION_SUBORDINATORS`` ("said ships would be diverted,
    while the operator ..."; not ", as well as", ", as promised": ``NARRATION_NOT_CLAUSE``), else the
    sentence's end, or the comma of a result participle (:func:`_result_participle`)."""
    for k in range(start + 1, len(toks) - 2):
        if toks[k]["text"] != "," or toks[k]["voice"] != "outlet" or toks[k + 1]["voice"] != "outlet":
            continue
        if toks[k + 1]["norm"] in NARRATION_SUBORDINATORS and toks[k + 2]["norm"] not in NARRATION_NOT_CLAUSE:
            return k
        if _result_participle(toks, k + 1) or _time_lead_clause(toks, k + 1) or _first_person_coordinate(toks, k + 1):
            return k
    return len(toks)


def _first_person_coordinate(toks: list[dict], k: int) -> bool:
    """Return whether token ``k``, right after a comma that follows a reported content, opens a clause of the
    text's own first person: "and" or "but" then "I" or "we" of the outlet's voice ("Kyiv says the corridor
    must be restored, and we are grateful"). Reported speech puts its speaker in the third person, so a
    first-person clause after it is the voice of the text (the outlet, or an interviewee in an answer), not
    the content (round 14, issue 11). A quotation keeps its own persons: its words are not the outlet's."""
    return (
        k + 1 < len(toks)
        and toks[k]["norm"] in COORDINATORS
        and toks[k + 1]["norm"] in FIRST_PERSON_SUBJECTS
        and toks[k + 1]["voice"] == "outlet"
    )


def _time_lead_clause(toks: list[dict], k: int) -> bool:
    """Return whether token ``k``, right after a comma that follows a reported content, opens a short time
    phrase and its subordinator (``TIME_LEAD_UNITS`` then ``TIME_LEAD_SUBORDINATORS``: ", two days after it
    suspended ...", ", a day after Washington said ..."): the outlet dates the report by another event, in its
    own words, so the content ends at the comma (round 13b, issue 11). The phrase is at most
    ``CLAUSE_LEAD_MAX_TOKENS`` lower-case words of the outlet."""
    for end in range(k, min(len(toks) - 1, k + CLAUSE_LEAD_MAX_TOKENS)):
        tok = toks[end]
        if not tok["is_word"] or _is_cap(tok) or tok["voice"] != "outlet":
            return False
        if tok["norm"] in TIME_LEAD_UNITS and toks[end + 1]["norm"] in TIME_LEAD_SUBORDINATORS:
            return True
    return False


def _result_participle(toks: list[dict], k: int) -> bool:
    """Return whether token ``k``, right after a comma that follows a reported content, opens the outlet's
    result or comment participle: a lower-case ``-ing`` word (not a preposition such as "including":
    ``PREPOSITION_PARTICIPLES``) whose object opens with a determiner other than ``that`` ("said it was
    suspending the deal, ending a year-old arrangement ..."; "blamed X for Y, ignoring the fact that ...").
    Such a phrase tells what the reported act did, in the outlet's words (the gold pages' convention); an
    adverbial participle with no determined object ("..., starting on Thursday") stays in the content."""
    tok, nxt = toks[k], toks[k + 1]
    return (
        tok["is_word"]
        and not _is_cap(tok)
        and tok["norm"].endswith("ing")
        and tok["norm"] not in PREPOSITION_PARTICIPLES
        and nxt["norm"] in DETERMINERS
        and nxt["norm"] != "that"
        and nxt["voice"] == "outlet"
    )


def _quotation_opens_sentence(toks: list[dict], before: int) -> bool:
    """Return whether the sentence opens with a quotation closed by a comma right before the speaker
    ("\"We lost a third. We will not wait,\" the negotiator told a rally at the gates."): the quotation is the
    content whatever follows the cue, a hearer and a place phrase of any length included."""
    return toks[0]["text"] in OPEN_MARKS and toks[before]["text"] in CLOSE_MARKS and toks[before - 1]["text"] == ","


def _quotation_before_role(toks: list[dict], before: int) -> int:
    """Return the index of the closing mark of a quotation that opens the sentence when only a lower-case role
    stands between it and a named speaker ("\"...,\" union negotiator Lena Vos told"), else ``before``."""
    k = before
    while k > 0 and before - k < ROLE_MAX_WORDS and toks[k]["is_word"] and not _is_cap(toks[k]):
        k -= 1
    return k if k < before and _quotation_opens_sentence(toks, k) else before


def _is_sentential_relative(toks: list[dict], s_start: int, content: tuple[int, int], previous: dict | None) -> bool:
    """Return whether a cue with no content ends ", which X denies" after a cue whose content follows it."""
    return (
        not _has_words(toks, *content)
        and s_start >= 2
        and toks[s_start - 1]["norm"] in {"which", "what"}
        and toks[s_start - 2]["text"] == ","
        and previous is not None
        and not previous["content_before"]
    )


def _quotation_content(toks: list[dict], cue: Cue, s_start: int, s_end: int, content: tuple[int, int]) -> dict:
    """Return the fields that give a cue with no content words a quotation outside its sentence.

    "The minister said:" at the end of a paragraph: the quotation that follows (``next_quote``).
    "“Why now?” | she asked.", split by the sentence splitter: the quotation that closes the
    previous sentence (``previous_quote``). Both are looked up by the caller; {} otherwise.
    """
    if _has_words(toks, *content) and not (_remark_before_colon(toks, cue) or _adverbial_before_colon(toks, cue)):
        return {}
    if any(t["text"] == ":" for t in toks[cue.end :]) and toks[-1]["text"] == ":":
        return {"content": (0, 0), "next_quote": True}
    if s_start == 0 and s_end > 0 and _tail_is_adverbial(toks, cue.end):
        return {"content": (0, 0), "previous_quote": True}
    return {}


def _remark_before_colon(toks: list[dict], cue: Cue) -> bool:
    """Return whether a sentence ending in a colon has, after its cue, only an adverbial and a relative
    clause about what follows ("said in a statement on Tuesday evening, which I quote in full:"): the
    quotation in the next paragraph is the content, as after "said in a statement:"."""
    if toks[-1]["text"] != ":":
        return False
    tail = _cue_tail(toks, cue)
    comma = _next_comma(toks, tail)
    return (
        comma is not None
        and _tail_is_adverbial(toks, tail)
        and toks[comma + 1]["norm"] in RELATIVE_OPENERS
        and all(t["voice"] == "outlet" and t["text"] != ":" for t in toks[comma:-1])
    )


def _adverbial_before_colon(toks: list[dict], cue: Cue) -> bool:
    """Return whether a sentence ending in a colon has, after its cue (and the hearer of ``told``), only the
    outlet's prepositional phrases ("added in an interview with the station's morning programme:", "told a
    news conference in the capital on Oct. 3:"): they say where the words were spoken, so the quotation in the
    next paragraph is the content, as after "said in a statement:". The phrases open with a preposition or time
    word (``ADVERBIAL_OPENERS``, ``TIME_WORDS``) and hold no finite verb or punctuation (:func:`_colon_closes`)."""
    tail = _cue_tail(toks, cue)
    return (
        tail < len(toks) - 1
        and (toks[tail]["norm"] in ADVERBIAL_OPENERS or toks[tail]["norm"] in TIME_WORDS)
        and _colon_closes(toks, tail)
    )


def _object_relative(toks: list[dict], s_start: int, s_end: int, content: tuple[int, int]) -> tuple[int, int] | None:
    """Return the span of the noun an object relative clause reports on, or None.

    "..., a charge (that) the government denies." -> "a charge": when the cue has no content words
    or only a short preposition-led tail, and a short lower-case noun phrase follows a comma.
    """
    r_end = s_start - 1 if s_start > 0 and toks[s_start - 1]["norm"] in {"that", "which"} else s_start
    r_start = r_end
    while (
        r_start > 0
        and toks[r_start - 1]["text"] not in {",", ";", ":"}
        and toks[r_start - 1]["voice"] == "outlet"
        and r_end - r_start < RELATIVE_HEAD_MAX_TOKENS
    ):
        r_start -= 1
    # "..., a claim that dock workers rejected" read with the speaker "workers": the noun ends at "that".
    r_end = next((k for k in range(r_start + 1, r_end) if toks[k]["norm"] in {"that", "which"}), r_end)
    first_after = toks[content[0]]["norm"] if content[0] < len(toks) else ""
    short_noun_phrase = (
        first_after in {"", "as", "of", "for", "with"}
        and 0 < r_start < r_end
        and r_end - r_start <= SHORT_NOUN_PHRASE_MAX_WORDS
        and toks[r_start - 1]["text"] == ","
        and all(t["is_word"] and not _is_cap(t) for t in toks[r_start:r_end])
        and not any(t["norm"] in SKIP_OR_STOP for t in toks[r_start:r_end])
    )
    # The head follows a comma, semicolon or colon; a window cut by the length limit is no appositive head
    # ("... more about its plans than about the rebels it accuses.": round 13b, issue 11).
    after_mark = 0 < r_start and toks[r_start - 1]["text"] in {",", ";", ":"}
    if 0 < s_start < s_end and (not _has_words(toks, *content) or short_noun_phrase) and r_start < r_end and after_mark:
        return r_start, r_end
    return None


# Prepositions whose object, right before a cue inside a reported clause, is no subject ("statements on X showed",
# "posts in X had reported"): the clause's subject is the noun before the preposition (round 17b).
OBJECT_PREPOSITIONS = frozenset({"in", "on", "of", "at", "from", "near", "about", "over"})


def _prepositional_object_in_content(toks: list[dict], cue: Cue, previous: dict | None) -> Decision | None:
    """Rule 7h: a cue inside the open content of the cue before it, whose speaker phrase is only the object of a
    preposition (``OBJECT_PREPOSITIONS``) after a lower-case word of the outlet ("She said the latest statements on
    Tarn showed that ...", "X said border posts in Tarn had reported ..."), is a verb of the reported clause:
    its subject is the phrase before the preposition, a thing or group the first speaker reports on, not a new
    speaker; the place or body after the preposition never speaks. Returns NOTHING (the earlier content runs
    on over this cue, round 17b, issue 11), else None."""
    if previous is None or previous["content"][1] < cue.end or _object_content(toks, previous):
        return None
    s_start, s_end = _preposed_speaker(toks, cue.start)
    if not (2 <= s_start < s_end) or not _content_open_before(previous, s_start - 1):
        return None
    preposition, before = toks[s_start - 1], toks[s_start - 2]
    if preposition["norm"] not in OBJECT_PREPOSITIONS or preposition["voice"] != "outlet":
        return None
    if before["norm"] in SPEAKER_QUANTIFIERS | _np_heads() | _person_heads():
        return None  # "most of the inspectors have said", "members of the society say": the head is a speaker's
    if any(
        toks[k]["text"] == "," and toks[k + 1]["norm"] in COORDINATORS for k in range(previous["cue"][1], s_start - 1)
    ):
        return None  # "..., and some of the inspectors have said": a clause of its own, no part of the content
    lower = before["is_word"] and not _is_cap(before) and before["voice"] == "outlet"
    return NOTHING if lower and (before["norm"],) not in _cue_forms() else None


def _object_content(toks: list[dict], item: dict) -> bool:
    """Return whether an attribution's content after its cue opens with a lower-case preposition ("accused of
    helping ...", "warned of an attack"): an object phrase, no reported clause a later verb could belong to."""
    start = item["content"][0]
    tok = toks[start] if start < len(toks) else None
    return (
        tok is not None and tok["is_word"] and not _is_cap(tok) and tok["norm"] in OBJECT_PREPOSITIONS | {"for", "to"}
    )


Rule = Callable[[list[dict], Cue, dict | None], Decision | None]
# The rules in the order they are tried; the last one always decides.
RULES: tuple[Rule, ...] = (
    _according_to_hedge,
    _according_to,
    _possessive_claim,
    _quoted_as_saying,
    _participle_after_comma,
    _parenthetical_speaker,
    _inverted_speaker,
    _postposed_as_clause,
    _as_passive_by,
    _negated_cue,
    _negative_subject,
    _free_relative_cue,
    _unperformed_cue,
    _authors_own,
    _first_person_performative,
    _generic_object,
    _own_question,
    _intransitive_cue,
    _passive_cue,
    _elided_request,
    _not_speech,
    _object_then_to,
    _media_modifier,
    _title_modifier,
    _backshifted_coordinate,
    _infinitive_coordinate,
    _relative_clause_speaker,
    _contact_relative,
    _procedural_object,
    _as_put_it_clause,
    _prepositional_object_in_content,
    _speaker_before_cue,
)


def _sentence_attributions(toks: list[dict]) -> list[dict]:
    """Return the raw attributions (token index pairs) of one sentence, one per cue that attributes.

    For each cue the first rule of ``RULES`` that applies decides; a later cue's clause then cuts
    the content of the attribution before it (trailing joiners such as "and" dropped).
    """
    found: list[dict] = []
    cuts: list[int | None] = []
    for cue in _find_cues(toks):
        previous = found[-1] if found else None
        decision = next(d for d in (rule(toks, cue, previous) for rule in RULES) if d is not None)
        if decision.item is None:
            if found and cuts[-1] is None:
                cuts[-1] = decision.cut if decision.cut is not None else _coordinate_report_cut(toks, cue, previous)
            continue
        if decision.cut is not None:
            cuts[-1] = decision.cut
        found.append(decision.item)
        cuts.append(None)
    items = [_contrast_cut(toks, _cut(toks, item, cut)) for item, cut in zip(found, cuts, strict=False)]
    return [_coordinate_clause_cut(toks, item) for item in items]


# The coordinator that opens the outlet's (or the speaker's) counterpoint to a reported clause (round 17b).
CONTRAST_COORDINATOR = "but"


def _contrast_cut(toks: list[dict], item: dict) -> dict:
    """Return the attribution with a reported clause after its cue ending at ", but" and a subject opened by a
    determiner ("Ms Lind says there is no plan, but the plan has been published"): a contrast about a thing the
    speaker named is the outlet's (or a debater's) answer, no part of what was reported (the gold pages'
    convention, issue 11 round 17b). Words of a quotation and a content before its cue are left alone; ", but"
    before a bare predicate ("will close, but will not cut") stays inside, and so does a contrast about another
    named party ("Lisbon said it will respond, but Madrid has no appetite", round 14); the speaker named anew
    is cut by the rules of round 14."""
    if item["content_before"]:
        return item
    start, end = item["content"]
    for k in range(start + 1, end - 2):
        tok, nxt, subject = toks[k], toks[k + 1], toks[k + 2]
        if tok["text"] != "," or tok["voice"] != "outlet" or nxt["norm"] != CONTRAST_COORDINATOR:
            continue
        determined = subject["is_word"] and not _is_cap(subject) and subject["norm"] in DETERMINERS
        if nxt["voice"] == "outlet" and subject["voice"] == "outlet" and determined:
            return item | {"content": (start, k)}
    return item


# The coordinator that adds a clause of the outlet's to a reported one (round 20), and the determiners that open
# its subject ("that" after ", and" opens a second reported clause: ", and that ...").
ADDITION_COORDINATOR = "and"
CLAUSE_SUBJECT_OPENERS = DETERMINERS - {"that"}


def _coordinate_clause_cut(toks: list[dict], item: dict) -> dict:
    """Return the attribution with a reported clause after a verb cue ending at ", and" and a new subject opened by
    a lower-case determiner with a finite verb of its own ("the lender would freeze withdrawals, and the central
    bank moved to reassure depositors", "Russia has argued that ..., and its military has repeated the charge"): a
    second main clause about another party is the outlet's narration, as ", but" is (:func:`_contrast_cut`; the
    gold pages' convention, issue 11 round 20). ", and that ..." goes on reporting, and so does a noun phrase
    with no verb ("... spare parts, and the reopening of the pipeline"). A sentence opened by ``according to``
    sources all its clauses, and words of a quotation or a content before its cue are left alone."""
    if item["content_before"] or item["lemma"] in PREPOSITIONAL_CUES:
        return item
    start, end = item["content"]
    for k in range(start + 1, end - 3):
        tok, nxt, subject = toks[k], toks[k + 1], toks[k + 2]
        if tok["text"] != "," or nxt["norm"] != ADDITION_COORDINATOR or subject["norm"] not in CLAUSE_SUBJECT_OPENERS:
            continue
        if any(t["voice"] != "outlet" for t in (tok, nxt, subject)) or _is_cap(subject):
            continue
        if _finite_verb_after(toks, k + 4, end):
            return item | {"content": (start, k)}
    return item


def _finite_verb_after(toks: list[dict], start: int, end: int) -> bool:
    """Return whether the first lower-case finite auxiliary or past form of the outlet's voice between ``start``
    and ``end`` (before any quotation) is no modal or past perfect of reported speech (``REPORTED_CLAUSE_VERBS``):
    the words opened by a subject are a clause of the outlet's, not a noun phrase (an ``-s`` form is left out: most
    are plural nouns, "the night bus"), nor a second backshifted clause of the speaker's ("the pier was closed,
    and the ferry would be moved", "..., and the ferry was late": round 14 and 15)."""
    for tok in toks[start:end]:
        if tok["voice"] != "outlet":
            return False
        if tok["is_word"] and not _is_cap(tok) and (tok["norm"] in FINITE_AUX or _tense(tok["norm"]) == "past"):
            return tok["norm"] not in REPORTED_CLAUSE_VERBS
    return False


# The modals and the backshifted auxiliaries of a reported clause (Quirk et al. 1985, 14.31: "is" -> "was", "has
# moved" / "moved" -> "had moved"): a clause after ", and" opened by one goes on reporting; a lexical simple past
# ("and the central bank moved") or a present auxiliary ("and its military has repeated") is not backshifted, and
# tells the outlet's own narration.
REPORTED_CLAUSE_VERBS = frozenset(
    {"would", "could", "should", "might", "may", "can", "will", "must", "had", "was", "were"}
)


def _coordinate_report_cut(toks: list[dict], cue: Cue, previous: dict | None) -> int | None:
    """Return the comma where the previous content ends when a cue that attributes nothing opens a clause of its
    own inside it: ", and" or ", but", then a subject phrase (a capitalised word, determiner, pronoun or
    quantifier first; at most ``COORDINATE_SUBJECT_MAX_TOKENS`` tokens of the outlet, no comma or ``that``),
    then the cue ("Truckers said lorries are queuing, and the chamber of commerce warned that ...", "..., and
    some of the inspectors have said the same thing"). The clause reports another speaker's words (or none),
    so it is no part of the first content, even when no speaker phrase was read for it (round 14, issue 11).
    Else None."""
    s_end, _ = _skip_back(toks, cue.start)
    if toks[cue.start]["voice"] != "outlet" or not _content_open_before(previous, s_end):
        return None
    if previous["content"][1] < cue.end:
        return None
    for k in range(s_end - 2, max(previous["content"][0], s_end - COORDINATE_SUBJECT_MAX_TOKENS - 3), -1):
        tok = toks[k]
        if tok["voice"] != "outlet" or tok["norm"] in {"that", ";", ":"}:
            return None
        if tok["text"] != ",":
            continue
        first = toks[k + 2]
        opens = _opens_subject(first) or first["norm"] in SPEAKER_QUANTIFIERS
        return k if toks[k + 1]["norm"] in COORDINATORS and k + 2 < s_end and opens else None
    return None


def _cut(toks: list[dict], item: dict, cut: int | None) -> dict:
    """Return the attribution with its content ending at ``cut`` (a content after the cue only)."""
    if cut is None or item["content_before"]:
        return item
    start, end = item["content"]
    while cut > start and toks[cut - 1]["norm"] in CONTENT_END_JOINERS:
        cut -= 1
    return item | {"content": (start, max(start, min(end, cut)))}
