"""Reporting cues in a sentence (:func:`_find_cues`) and the positions around them that the
attribution rules read: the speaker's end before a cue, where content starts after it, and
short adverbials ("on Monday", "in a statement") on either side.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .lexicons import (
    _colon_only_lemmas,
    _commitment_lemmas,
    _cue_first_words,
    _cue_forms,
    _noun_lemmas,
    _np_heads,
    _quotation_only_lemmas,
    _speech_only_lemmas,
    _that_only_lemmas,
    gazetteer_kinds,
    reporting_verbs,
)
from .noun_phrases import _np_after, _np_before
from .tokens import _is_cap, _tense
from .words import (
    ADVERBIAL_CUE_WORDS,
    ADVERBIAL_ENDS,
    ADVERBIAL_OPENERS,
    BE_AUXILIARIES,
    CLASSIFIER_NOUNS,
    CLAUSE_OPENERS,
    CLOSE_MARKS,
    COMPLEMENT_NOUNS,
    DETERMINERS,
    FINITE_AUX,
    MONTH_ABBREVIATIONS,
    NOT_MODIFIER_OR_AND,
    OBJECT_PRONOUNS,
    OPEN_MARKS,
    PREPOSITIONAL_CUES,
    PRONOUNS,
    SKIP_WORDS,
    TIME_WORDS,
    VERBS_AFTER_PLURAL_NOUN,
)

# The prepositional cue read only after a comma (:func:`_per_cue`) and the first characters of a handle or a
# capitalised speaker after it.
PER_CUE = "per"
PER_SPEAKER_MARKS = frozenset("@")
# A bracketed note's label ("[Editor's note:") ends at most this many tokens after its bracket.
BRACKET_LABEL_MAX_TOKENS = 4
OPEN_BRACKETS = frozenset({"[", "("})
# The subject of a post-posed reporting clause ("..., the Commercial Court of Appeal ruled") spans at most this
# many tokens.
POSTPOSED_SUBJECT_MAX_TOKENS = 8
# Cue forms of more words than this are never matched ("called for" is two).
CUE_MAX_WORDS = 2
# A cue form is a noun when a determiner stands at most this many tokens before it ("a new report said").
NOUN_DETERMINER_WINDOW = 3
# Object pronouns that cannot be possessives ("her" can: "the claim her lawyers made"): right after a cue form
# they make it a verb with its hearer, never a noun.
HEARER_PRONOUNS = frozenset({"me", "us", "him", "them"})
# Prepositions that join a place or body to a plural speaker ("Farmers in the valley", "Residents of the town").
POSTMODIFIER_PREPOSITIONS = frozenset({"in", "of", "from", "at", "across", "around", "near"})
# ... whose object phrase spans at most this many tokens after its determiner ("the town 's fishing club": 4).
PREPOSITIONAL_OBJECT_MAX_TOKENS = 4
POSSESSIVE_MARKS = frozenset({"'s", "’s"})
# Determiners that open a noun phrase whose head can be a cue word read as a noun ("that" is left out: it is
# also the complementiser before a clause whose verb is the cue).
SINGULAR_OPENERS = DETERMINERS - {"that"}
# Words that cannot stand between such a determiner and a noun: auxiliaries, pronouns and joiners.
NOT_SINGULAR_MODIFIERS = FINITE_AUX | frozenset(PRONOUNS) | {"and", "or", "but", "who", "which"}
# At most this many auxiliaries, adverbs and time words stand between a speaker and its cue.
SPEAKER_GAP_MAX_TOKENS = 7
# "that" or a colon within this many tokens after a cue opens the content.
CONTENT_OPENER_WINDOW = 10
# An adverbial after a cue ends within this many tokens ("in a statement").
ADVERBIAL_MAX_TOKENS = 5
# A tail after a cue of at most this many tokens can be a short adverbial ("on Saturday"); round 6
# of issue 11 allows a place and a time together ("in its daily report on Monday morning": 7).
ADVERBIAL_TAIL_MAX_TOKENS = 8
# The prepositional phrases between a cue and its closing colon ("in an interview with the station's
# morning programme") span at most this many tokens (the longest on the dev pages: 10).
COLON_ADVERBIAL_MAX_TOKENS = 16
# A "What they claim:" label of a claim box ends with its colon within this many tokens (round 7).
WH_LABEL_MAX_TOKENS = 6
# A sentence is in headline case when it has at least this many words of four letters or more, all capitalised
# (fewer, and a short sentence of names and places would pass: "Karin Voss Says").
HEADLINE_CASE_MIN_WORDS = 5
# ... and at most this share of its words of four letters or more in lower case ("over", "ahead", "with"): a
# sentence of running text, even one full of names, has far more.
HEADLINE_CASE_LOWER_SHARE = 0.2
# A prepositional adverbial between an auxiliary and its participle ("has for weeks accused", "has in recent
# days accused") opens with one of these and has at most this many words after it.
AUXILIARY_ADVERBIAL_PREPOSITIONS = frozenset({"in", "for", "over", "since", "during", "throughout", "on", "at"})
AUXILIARY_ADVERBIAL_MAX_TOKENS = 4
# ... after a perfect auxiliary only ("had said talks were over and had called": "were over" is a predicate),
# and with no joiner or auxiliary inside it.
PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})
NOT_ADVERBIAL_WORDS = FINITE_AUX | {"and", "or", "but", "that"}
# Words after a naming cue's object that open no complement: particles, prepositions and subordinators
# ("called it off", "called them back", "called her since the fire started", "called him to the stand").
NOT_COMPLEMENT_OPENERS = frozenset(
    {"off", "back", "up", "out", "in", "on", "over", "down", "to", "for", "from", "at", "by", "with", "about"}
    | {"that", "and", "or", "but", "since", "after", "before", "because", "when", "while", "if", "as"}
)
# A naming cue ("called the deal \"a model\"") has its quotation within this many tokens of the verb.
NAMED_QUOTATION_WINDOW = 8
# An estimating cue ("puts the death toll at more than 1,700") has its "at" within this many tokens of the verb,
# and the figure within this many tokens of "at" ("at more than 1,700": 3).
FIGURE_AT_WINDOW = 8
FIGURE_AFTER_AT_WINDOW = 3

# A contact relative on a speaker ("Diplomats I talk to in Beirut say") spans at most this many tokens before
# the cue, its pronoun included (the longest on the dev pages: 6).
CONTACT_SPEAKER_MAX_TOKENS = 9
# Relative pronouns that can be the subject of a cue's ``-s`` form ("the leaflet, which claims that ...").
RELATIVE_SUBJECTS = frozenset({"which", "who"})
# Words that open a free relative ("exactly what we have been saying"): no noun phrase before the pronoun.
WH_WORDS = frozenset({"what", "why", "how", "whether", "when", "where", "who", "whom", "which", "whatever"})


class Cue(NamedTuple):
    """A reporting cue of one sentence: token indices, lemma, class and the form matched."""

    start: int
    end: int
    lemma: str
    cue_class: str
    form: str


@lru_cache(maxsize=1)
def _no_object_lemmas() -> frozenset[str]:
    """Return the lemmas that are no cue before a determined noun object (``before_colon`` = no_object: note)."""
    verbs = reporting_verbs()
    return frozenset(verbs.loc[verbs["before_colon"] == "no_object", "lemma"])


def _determined_object(toks: list[dict], free: int) -> bool:
    """Return whether a noun phrase opened by a determiner other than "that" follows a cue ending at ``free``:
    "has noted the reports" takes notice of a thing (an act of the speaker, no report); "noted that ...",
    "..., the minister noted." report."""
    return free < len(toks) and toks[free]["norm"] in DETERMINERS and toks[free]["norm"] != "that"


def _find_cues(toks: list[dict]) -> list[Cue]:
    """Return the cues in one sentence's tokens, in order (longest form first at each token)."""
    forms = _cue_forms()
    first_words = _cue_first_words()
    cues = []
    free = _wh_label_end(toks)  # tokens before this index belong to a cue already read, or to a label
    for i in [k for k, t in enumerate(toks) if t["norm"] in first_words]:
        if i < free:
            continue
        match = None
        for size in range(CUE_MAX_WORDS, 0, -1):
            key = tuple(t["norm"] for t in toks[i : i + size])
            if len(key) == size and key in forms and all(t["voice"] == "outlet" for t in toks[i : i + size]):
                match = (size, *forms[key])
                break
        if match is None or (match[1] == PER_CUE and not _per_cue(toks, i)):
            continue
        size, lemma, cue_class, form = match
        previous = toks[i - 1]["norm"] if i > 0 else ""
        # Not a cue: a noun or adjective after a determiner ("a charge", "the alleged attack"),
        # a capitalised word inside a name ("Islamic State"), or an infinitive ("to say").
        in_name = (
            i > 0 and toks[i]["text"][:1].isupper() and lemma not in PREPOSITIONAL_CUES and not _headline_case(toks)
        )
        infinitive = previous == "to" and _tense(form) == "base"
        free = i + size
        noun = _is_noun(toks, i, size, lemma, form) and not _coordinated_verb(toks, i, form, cues)
        noun = noun and not _as_put_it(toks, i, i + size)  # "As the mayor put it": a past verb, not a noun
        # A form right after a determiner stays a noun ("said the estimate would double": no relative clause ends
        # on "the"; round 20, issue 11).
        contact = previous not in DETERMINERS and _speaker_with_contact_relative(toks, i) is not None
        if (noun or infinitive) and contact:
            # "officials I spoke to insist", "the people I met this morning say": the verb after a speaker's
            # relative clause, not an infinitive nor a noun after "this morning" (round 15, issue 11)
            noun = infinitive = False
        # "[Editor's note: ...]" labels a note; "warned him in writing" names a manner.
        label = _bracketed_label(toks, i, size) or _gerund_after_in(toks, i, form)
        if noun and _nested_possessive_claim(toks, i, size, lemma, cues):
            noun = False  # "reposted X's claim that ...": X's claim is a report of its own, inside the first
        if lemma not in PREPOSITIONAL_CUES and (noun or in_name or infinitive or label):
            continue
        if not _frame_allows(toks, i, size, lemma, form):
            continue
        cues.append(Cue(i, i + size, lemma, cue_class, form))
        if lemma in PREPOSITIONAL_CUES:
            # The phrase after "according to" is its source, not a cue ("according to media reports").
            free = _np_after(toks, free, permissive=True)
    return cues


def _frame_allows(toks: list[dict], i: int, size: int, lemma: str, form: str) -> bool:
    """Return whether the words around a cue form at token ``i`` are the frame its lemma needs to report (the
    lexicon's ``before_colon`` column): a colon, an object and a quotation, a that-clause, a figure, no
    determined object, a speech frame, or for a commitment also "to" and a verb."""
    end = i + size
    if lemma in _colon_only_lemmas() and (end >= len(toks) or toks[end]["text"] != ":"):
        return False  # "He continued:" introduces a quotation; "fighting continued" is narration
    if lemma in _quotation_only_lemmas() and not (
        _object_then_quotation(toks, end) or (lemma not in LOUD_LEMMAS and _object_then_complement(toks, end))
    ):
        return False  # "called the deal \"a model\"" names speech; "a village called X" does not
    if lemma in _that_only_lemmas() and not (_that_after_adverbial(toks, end) or _after_closed_quotation(toks, i)):
        # "figures show that ..." and '"...," declared the envoy' report; "the floods have shown how
        # little ..." is narration
        return False
    if lemma in _figure_lemmas() and not (
        _object_then_figure(toks, end) or _put_it_to(toks, end) or _as_put_it(toks, i, end)
    ):
        return False  # "puts the toll at 1,700" estimates; "put pressure on the union" does not
    if lemma in _no_object_lemmas() and _determined_object(toks, end):
        return False  # "noted that ..." reports; "has noted the reports" does not
    speech_frame = (
        _that_follows(toks, end)
        or _after_closed_quotation(toks, i)
        or _colon_closes(toks, end)
        or _closes_postposed_clause(toks, i, end)
    )
    if lemma in _speech_only_lemmas() and (not speech_frame or _participle_of_prepositional_object(toks, i, form)):
        # "opined that ..." reports; "recalled its ambassador", "unless otherwise indicated" do not, nor does
        # "said in a video message posted on its site:" (the message was posted, no one reports)
        return False
    if lemma in TRANSFER_LEMMAS and not speech_frame and _sum_in_object(toks, end):
        return False  # "announced a £310 million investment" commits money, an act (round 17's ruling)
    # "promised to reopen the pool" commits in words; "promised $30 million" is a transfer
    return lemma not in _commitment_lemmas() or speech_frame or _to_verb(toks, end)


# Loud verbs of condemnation (round 21): a cue only with a quotation after the object ("slammed the plans as
# \"greed\""); a complement without marks is an act's result ("slammed it shut", "blasted the door open").
LOUD_LEMMAS = frozenset({"blast", "slam"})
# Lemmas of cues that also name the giving of money: with a sum in their object and no content opener
# ("announced US$ 30 million in assistance", "announced a £310 million investment", "announced an emergency
# liquidity line of NOK 10 billion") they report a transfer, an act, not a statement (the gold README's round-17
# ruling, "a verb used for an act"); "announced that the fund would grow" still reports.
TRANSFER_LEMMAS = frozenset({"announce"})
# Words that make a number a sum of money in an object (a currency sign or code is one too).
SUM_WORDS = frozenset({"million", "billion", "trillion", "bn", "m"})
# Currency signs that open or glue to a sum ("£310", "US$ 30", "€4").
CURRENCY_SIGNS = frozenset("£$€¥₹₽")
# The object of a transfer is read up to this many tokens after the cue (or the sentence's first comma or end).
TRANSFER_OBJECT_MAX_TOKENS = 12


def _sum_in_object(toks: list[dict], end: int) -> bool:
    """Return whether the words after a cue ending at ``end`` (up to a comma, ``TRANSFER_OBJECT_MAX_TOKENS`` tokens)
    hold a sum of money: a currency sign, or a number followed by million/billion or preceded by a currency code
    in capitals (``NOK 10``)."""
    stop = min(len(toks), end + TRANSFER_OBJECT_MAX_TOKENS)
    for k in range(end, stop):
        text = toks[k]["text"]
        if text in {",", ";", ":"} or toks[k]["voice"] == "quoted":
            return False
        if any(sign in text for sign in CURRENCY_SIGNS):
            return True
        if text[:1].isdigit():
            after = toks[k + 1]["norm"] if k + 1 < len(toks) else ""
            before = toks[k - 1]["text"] if k > end else ""
            if after in SUM_WORDS or (len(before) == 3 and before.isupper() and before.isalpha()):
                return True
    return False


# The noun cues whose possessor is their speaker when the noun phrase is the object of another cue (round 19).
NESTED_CLAIM_LEMMAS = frozenset({"claim"})


def _nested_possessive_claim(toks: list[dict], i: int, size: int, lemma: str, cues: list[Cue]) -> bool:
    """Return whether the noun cue at token ``i`` is a possessed claim with its that-clause inside the object of an
    earlier cue of the sentence ("X reposted Y's claim that P", "channels repeated the military's claim that P"):
    ``NESTED_CLAIM_LEMMAS``, right after a possessive mark (``'s``, or ``'`` after a plural or a name ending in s)
    and right before "that", all in the outlet's voice. The page reports two speech acts, X passing the claim on
    and Y making it: the noun is a cue whose speaker is its possessor (round 19, issue 11: "Nested claims" of the
    round-18 digest note). A claim outside another cue's object ("Y's claim that P is false") stays a noun."""
    if lemma not in NESTED_CLAIM_LEMMAS or not cues or i < 2 or i + size >= len(toks):
        return False
    mark, after = toks[i - 1], toks[i + size]
    possessive = mark["text"] in POSSESSIVE_MARKS or (mark["text"] in {"'", "’"} and toks[i - 2]["norm"].endswith("s"))
    return possessive and after["norm"] == "that" and mark["voice"] == after["voice"] == "outlet"


# Prepositions whose object a past participle can modify ("in a statement posted to ...").
PARTICIPLE_OBJECT_PREPOSITIONS = frozenset({"in", "on", "to", "with", "via", "from", "through", "by"})
# ... the noun phrase between the preposition and the participle: a determiner and at most this many words.
PARTICIPLE_OBJECT_MAX_WORDS = 3


def _participle_of_prepositional_object(toks: list[dict], i: int, form: str) -> bool:
    """Return whether the past form at token ``i`` modifies the object of a preposition before it ("wrote in a
    statement posted to its site that ...", "said in a video message posted on Saturday:"): a preposition of
    ``PARTICIPLE_OBJECT_PREPOSITIONS``, a determiner and at most ``PARTICIPLE_OBJECT_MAX_WORDS`` lower-case words
    of the outlet right before it. A reduced relative on the document, no verb of a speaker: the cue of the
    sentence is the verb before the preposition (round 19, issue 11)."""
    if _tense(form) != "past":
        return False
    for k in range(i - 1, max(0, i - PARTICIPLE_OBJECT_MAX_WORDS - 1) - 1, -1):
        tok = toks[k]
        if tok["voice"] != "outlet" or not tok["is_word"] or _is_cap(tok) or tok["norm"] in FINITE_AUX:
            return False
        if tok["norm"] in DETERMINERS:
            return k < i - 1 and k > 0 and toks[k - 1]["norm"] in PARTICIPLE_OBJECT_PREPOSITIONS
    return False


def _to_verb(toks: list[dict], start: int) -> bool:
    """Return whether "to" and a lower-case word of the outlet that is no determiner follow token ``start``
    ("promised to keep talking"): an infinitive, not a preposition before a hearer ("promised to the city")."""
    if start + 1 >= len(toks) or toks[start]["norm"] != "to" or toks[start]["voice"] != "outlet":
        return False
    verb = toks[start + 1]
    return verb["is_word"] and verb["voice"] == "outlet" and not _is_cap(verb) and verb["norm"] not in DETERMINERS


def _per_cue(toks: list[dict], i: int) -> bool:
    """Return whether the preposition "per" at ``i`` is a cue, as ``according to`` ("the toll rose to 40, per the
    agency", "..., per a porter who asked not to be named", "..., per Harbour Board data", "..., per @handle"):
    written lower case right after a comma, before a determiner, a possessive or a capitalised word or a handle.
    A rate ("two guards per shift, not per crew"), "as per the rules" and a name ("Per Lund") are no cue (issue 11
    round 18: threads and market notes source a figure with a post-posed "per")."""
    if toks[i]["text"] != PER_CUE or i == 0 or toks[i - 1]["text"] != "," or i + 1 >= len(toks):
        return False
    after = toks[i + 1]
    return after["norm"] in DETERMINERS or after["text"][:1] in PER_SPEAKER_MARKS or _is_cap(after)


def _that_after_adverbial(toks: list[dict], start: int) -> bool:
    """Return whether "that" of the outlet follows token ``start`` right away or after a short adverbial
    (:func:`_skip_adverbial`: "found in March that", "declared on Monday that"): the cue's own that-clause,
    not a relative clause on an object ("find a solution that ...")."""
    k = _skip_adverbial(toks, start)
    return k < len(toks) and toks[k]["norm"] == "that" and toks[k]["voice"] == "outlet"


def _bracketed_label(toks: list[dict], i: int, size: int) -> bool:
    """Return whether the cue form at token ``i`` closes the label of a bracketed note opening its sentence, right
    before the label's colon ("[Editor's note: ...]", "[Translator's note: ...]", "[Monitoring note: ...]"): the
    form is the noun that names the note, at most ``BRACKET_LABEL_MAX_TOKENS`` tokens after the bracket, and the
    note is the service's or editor's own text, no report (round 17, issue 11)."""
    end = i + size
    return (
        bool(toks)
        and toks[0]["text"] in OPEN_BRACKETS
        and i <= BRACKET_LABEL_MAX_TOKENS
        and end < len(toks)
        and toks[end]["text"] == ":"
    )


def _gerund_after_in(toks: list[dict], i: int, form: str) -> bool:
    """Return whether an -ing cue form at token ``i`` follows "in" ("warned the board in writing in February that
    ...", "replied in writing"): a gerund naming the manner of another verb's report, not a report of its own
    (round 17, issue 11), or follows "worth" ("Worth saying: ...", "it is worth noting that ..."): the writer's
    own remark that a thing deserves saying, no one's report (round 18)."""
    return _tense(form) == "ing" and i > 0 and toks[i - 1]["norm"] in GERUND_GOVERNORS


# Words before a cue's -ing form that make it a gerund, not a report (:func:`_gerund_after_in`).
GERUND_GOVERNORS = frozenset({"in", "worth"})


def _put_it_to(toks: list[dict], start: int) -> bool:
    """Return whether "it to", a hearer and a that-clause follow a cue ending at ``start`` ("put it to her that
    ...", "put it to the minister that ..."): the idiom of cross-examination and interviews, where the speaker
    asserts a proposition to the hearer (round 17, issue 11); "put it to a vote" has no that-clause."""
    return (
        start + 2 < len(toks)
        and toks[start]["norm"] == "it"
        and toks[start + 1]["norm"] == "to"
        and _that_follows(toks, start + 2)
    )


def _as_put_it(toks: list[dict], i: int, end: int) -> bool:
    """Return whether the cue at tokens ``i`` to ``end`` is the verb of "As X put it" ("As the agency put it last
    week, there were ...", "as a colleague put it to me, ..."): "it" after the verb and "as" opening the clause
    (:func:`_as_clause_start`). The phrase attributes the wording of the main clause or quotation to X (round 17,
    issue 11)."""
    if end >= len(toks) or toks[end]["norm"] != "it":
        return False
    return _as_clause_start(toks, i) is not None


def _as_clause_start(toks: list[dict], i: int) -> int | None:
    """Return the index of the "as" that opens the clause of the cue at token ``i`` ("As the mayor noted on
    Monday, ...", "..., as the agency confirmed in 2014"): "as" at the sentence's start or after a comma, semicolon
    or colon, at least one and at most ``SPEAKER_GAP_MAX_TOKENS`` outlet words (the speaker) before the cue,
    with no punctuation between. Else None."""
    for k in range(i - 2, max(-1, i - SPEAKER_GAP_MAX_TOKENS - 2), -1):
        tok = toks[k]
        if tok["voice"] != "outlet" or tok["text"] in {",", ";", ":", "."}:
            return None
        if tok["norm"] == "as":
            return k if k == 0 or toks[k - 1]["text"] in {",", ";", ":"} else None
    return None


def _closes_postposed_clause(toks: list[dict], i: int, end: int) -> bool:
    """Return whether the cue at tokens ``i`` to ``end`` closes a post-posed reporting clause: a comma, a subject
    of at most ``POSTPOSED_SUBJECT_MAX_TOKENS`` outlet words with no verb, the cue, then only a short adverbial
    to the end ("..., the Commercial Court ruled on Wednesday.", "..., the agency indicated."). The clause
    before the comma is the content, as after a closed quotation (round 17, issue 11)."""
    return _postposed_comma(toks, i, end) is not None


def _postposed_comma(toks: list[dict], i: int, end: int) -> int | None:
    """Return the comma that opens a post-posed reporting clause whose verb spans tokens ``i`` to ``end``: after
    the comma a subject of at most ``POSTPOSED_SUBJECT_MAX_TOKENS`` outlet words opening a noun phrase (a
    determiner, pronoun or capitalised word; no verb, "that" or preposition first), after the verb nothing but
    a time adverbial ("on Wednesday"; no infinitive "to", no comma), and before the comma a clause with a finite
    verb (the content; not a fronted "According to X,"). Else None."""
    if not _time_tail(toks, end):
        return None
    for k in range(i - 1, max(-1, i - POSTPOSED_SUBJECT_MAX_TOKENS - 2), -1):
        tok = toks[k]
        if tok["text"] == ",":
            first = toks[k + 1] if k + 1 < i else None
            opens = first is not None and (first["norm"] in DETERMINERS or first["norm"] in PRONOUNS or _is_cap(first))
            return k if k > 0 and opens and _clause_before(toks, k) else None
        if tok["voice"] != "outlet" or not tok["is_word"] or tok["norm"] in FINITE_AUX or tok["norm"] == "that":
            return None
    return None


def _time_tail(toks: list[dict], end: int) -> bool:
    """Return whether only a short adverbial of the outlet (:func:`_tail_is_adverbial`) without "to", "that" or a
    comma follows token ``end`` to the sentence's end."""
    tail = [t for t in toks[end:] if t["text"] not in {".", "!", "?"}]
    return _tail_is_adverbial(toks, end) and all(t["text"] != "," and t["norm"] not in {"to", "that"} for t in tail)


def _clause_before(toks: list[dict], comma: int) -> bool:
    """Return whether the tokens before ``comma`` are a clause that a post-posed reporting clause can report: one
    with a finite verb (:func:`_has_finite_verb`), or one opening with no preposition, subordinator, -ing form or
    cue ("The chemist sold the pills ...", not "According to two clerks" nor "In the morning")."""
    if _has_finite_verb(toks, 0, comma):
        return True
    first = toks[0]["norm"]
    opener = first in CLAUSE_OPENERS or first in ADVERBIAL_OPENERS or first.endswith("ing")
    cue = any(tuple(t["norm"] for t in toks[:size]) in _cue_forms() for size in range(1, CUE_MAX_WORDS + 1))
    return not (opener or cue)


def _has_finite_verb(toks: list[dict], start: int, end: int) -> bool:
    """Return whether tokens ``start`` to ``end`` hold a lower-case finite auxiliary or past form of the outlet
    (a clause, not a fronted phrase such as "According to two diplomats")."""
    return any(
        t["voice"] == "outlet"
        and t["is_word"]
        and not _is_cap(t)
        and (t["norm"] in FINITE_AUX or _tense(t["norm"]) == "past")
        for t in toks[start:end]
    )


def _headline_case(toks: list[dict]) -> bool:
    """Return whether a sentence is written in headline case (a deck or summary line under the headline:
    "Harbour Chief Says 3,000 Jobs at Risk, Calls for Talks"): at least ``HEADLINE_CASE_MIN_WORDS`` words of
    four letters or more capitalised, and at most ``HEADLINE_CASE_LOWER_SHARE`` of them in lower case (headline
    case leaves prepositions such as "over" or "ahead" so). There a capitalised cue form is a cue, not part of a
    name."""
    long_words = [t["text"] for t in toks if t["is_word"] and len(t["text"]) >= 4 and t["text"].isalpha()]
    capitalised = sum(word[0].isupper() for word in long_words)
    return capitalised >= HEADLINE_CASE_MIN_WORDS and len(long_words) - capitalised <= HEADLINE_CASE_LOWER_SHARE * len(
        long_words
    )


def _wh_label_end(toks: list[dict]) -> int:
    """Return the index after the colon of a label opening the sentence with "what" ("What they claim:",
    "What officials say:"), else 0: the label names the claim box's topic, its verb reports nothing."""
    if not toks or toks[0]["norm"] != "what":
        return 0
    colon = next((k for k, t in enumerate(toks[:WH_LABEL_MAX_TOKENS]) if t["text"] == ":"), None)
    return colon + 1 if colon is not None else 0


def _that_follows(toks: list[dict], start: int) -> bool:
    """Return whether "that" or a colon follows token ``start`` within ``CONTENT_OPENER_WINDOW`` tokens of the
    outlet's words (an object or adverbial between: "informed the council that", "opined on Monday that")."""
    for k in range(start, min(len(toks), start + CONTENT_OPENER_WINDOW)):
        tok = toks[k]
        if tok["voice"] != "outlet" or tok["text"] in {".", ";", ","} or tok["norm"] in FINITE_AUX:
            return False
        if k > start and toks[k - 1]["norm"] in {"and", "but"} and (tok["norm"],) in _cue_forms():
            return False  # "posted a video and wrote that ...": the "that" is the coordinated cue's (round 19)
        if tok["norm"] == "that" or tok["text"] == ":":
            return True
    return False


def _colon_closes(toks: list[dict], start: int) -> bool:
    """Return whether the sentence ends on a colon after at most ``COLON_ADVERBIAL_MAX_TOKENS`` of the outlet's
    words from token ``start``, with no finite verb or punctuation between ("added in an interview with the
    station's morning programme:"): the cue introduces the quotation of the next paragraph, like "that".
    A period attached to its word inside the sentence is an abbreviation's ("on Oct. 3:"), not punctuation."""
    tail = range(start, len(toks) - 1)
    return (
        bool(toks)
        and toks[-1]["text"] == ":"
        and len(tail) <= COLON_ADVERBIAL_MAX_TOKENS
        and all(_adverbial_word(toks, k) for k in tail)
    )


def _adverbial_word(toks: list[dict], k: int) -> bool:
    """Return whether token ``k`` may stand in an adverbial before a colon: an outlet word that is no finite
    verb, or an abbreviation's period (attached to the word before it)."""
    tok = toks[k]
    if tok["text"] == ".":
        return k > 0 and toks[k - 1]["is_word"] and toks[k - 1]["end"] == tok["start"]
    return tok["voice"] == "outlet" and tok["text"] not in {";", ",", ":"} and tok["norm"] not in FINITE_AUX


def _after_closed_quotation(toks: list[dict], cue: int) -> bool:
    """Return whether a quotation closed by a comma stands before the cue with only outlet words between
    ('"...," lamented the chairman', '"...", she affirmed'): the inverted order of a quotation and its cue."""
    for k in range(cue - 1, max(-1, cue - SPEAKER_GAP_MAX_TOKENS - 1), -1):
        tok = toks[k]
        if tok["text"] == "," and k > 0 and (toks[k - 1]["text"] in CLOSE_MARKS or toks[k - 1]["voice"] != "outlet"):
            return True
        if tok["text"] in CLOSE_MARKS and k > 0 and toks[k - 1]["text"] == ",":
            return True
        if tok["voice"] != "outlet" or tok["text"] in {".", ";", ":"}:
            return False
    return False


@lru_cache(maxsize=1)
def _figure_lemmas() -> frozenset[str]:
    """Return the lemmas that are cues only before an object, ``at`` and a figure (``before_colon`` = figure)."""
    verbs = reporting_verbs()
    return frozenset(verbs.loc[verbs["before_colon"] == "figure", "lemma"])


def _object_then_figure(toks: list[dict], start: int) -> bool:
    """Return whether an object of the outlet's words, then ``at`` and a figure (a token with a digit within
    ``FIGURE_AFTER_AT_WINDOW`` tokens), follow token ``start``, ``at`` within ``FIGURE_AT_WINDOW`` tokens and
    after at least one word, with no punctuation before it ("puts the death toll at more than 1,700")."""
    for k in range(start + 1, min(len(toks), start + FIGURE_AT_WINDOW + 1)):
        tok = toks[k]
        if tok["voice"] != "outlet" or tok["text"] in {",", ".", ";", ":"}:
            return False
        if tok["norm"] == "at":
            return any(any(c.isdigit() for c in t["text"]) for t in toks[k + 1 : k + 1 + FIGURE_AFTER_AT_WINDOW])
    return False


def _object_then_quotation(toks: list[dict], start: int) -> bool:
    """Return whether an object (outlet words) and then a quotation follow token ``start`` closely.

    The quotation must open within ``NAMED_QUOTATION_WINDOW`` tokens, after at least one word of
    the outlet's own (the object: "the deal", "it"); a quotation right after the verb is a name.
    """
    window = toks[start : start + NAMED_QUOTATION_WINDOW]
    quoted = next((k for k, t in enumerate(window) if t["voice"] != "outlet"), None)
    return quoted is not None and any(t["is_word"] for t in window[:quoted])


def _object_then_complement(toks: list[dict], start: int) -> bool:
    """Return whether a naming cue's object and a complement without quotation marks follow token ``start``:
    an object pronoun or a claim noun after a determiner ("calls them terrorists", "called it a provocation",
    "call the claim a pretext"), then a lower-case word of the outlet that opens a noun phrase, not a particle,
    preposition, subordinator, time word or verb ("called her since the fire", "called it off", "called them
    back"): naming a person or a claim so is a speech act (round 15, issue 11); "called the police" is not."""
    if start >= len(toks):
        return False
    first = toks[start]["norm"]
    if first in OBJECT_PRONOUNS or first == "it":
        k = start + 1
    elif first in DETERMINERS and start + 1 < len(toks) and toks[start + 1]["norm"] in COMPLEMENT_NOUNS:
        k = start + 2
    else:
        return False
    if k >= len(toks) or toks[start]["voice"] != "outlet":
        return False
    tok = toks[k]
    if not tok["is_word"] or tok["voice"] != "outlet" or _is_cap(tok):
        return False
    norm = tok["norm"]
    return norm in DETERMINERS or not (
        norm in NOT_COMPLEMENT_OPENERS
        or norm in ADVERBIAL_OPENERS
        or norm in SKIP_WORDS
        or norm in TIME_WORDS
        or norm in FINITE_AUX
        or norm.endswith("ly")
        or _tense(norm) == "past"
    )


def _coordinated_verb(toks: list[dict], i: int, form: str, cues: list[Cue]) -> bool:
    """Return whether the cue form at token ``i`` is the second verb of a cue already found in the sentence:
    right after "and" or "but", in the earlier cue's tense ("accuses the mayor of X and claims that ...": a
    second predicate of the same speaker, not the noun "claims")."""
    return (
        bool(cues)
        and i > 0
        and toks[i - 1]["norm"] in {"and", "but"}
        and _tense(cues[-1].form) == _tense(form)
        and _tense(form) != "base"
    )


def _is_noun(toks: list[dict], i: int, size: int, lemma: str, form: str) -> bool:
    """Return whether the cue form at token ``i`` is used as a noun ("a charge", "Russia's claims")."""
    previous = toks[i - 1]["norm"] if i > 0 else ""
    if _past_before_that(toks, i, size, form) or _hearer_pronoun_after(toks, i + size):
        return False
    if _tense(form) == "base" and _after_plural_head_of_preposition(toks, i):
        return False
    if previous in DETERMINERS or (i > 0 and toks[i - 1]["text"] in {"’s", "'s"}):
        return True
    if previous == "of" and i > 1 and toks[i - 2]["norm"] in CLASSIFIER_NOUNS:
        return True  # "the same kind of warning", "a series of claims" (round 16, issue 11)
    if _determined_singular(toks, i, size, form):
        return True
    if lemma not in _noun_lemmas() or (_tense(form) == "past" and not previous.endswith("ly")):
        # A past form modifies a noun only right after its determiner or an adverb ("the reported attack",
        # "the widely reported attack"): after a noun ("The union blamed ...") it is the verb.
        return False
    # "a new report said", "Russia's false claims", "the Russian claims": a determiner shortly
    # before, with only lower-case modifiers or demonyms (adjectives, not speakers) in between,
    # makes the form a noun.
    k = i - 1
    while (
        k >= 0
        and i - k <= NOUN_DETERMINER_WINDOW
        and toks[k]["is_word"]
        and (not _is_cap(toks[k]) or gazetteer_kinds().get(toks[k]["text"], ("", ""))[1] == "demonym")
        and toks[k]["norm"] not in NOT_MODIFIER_OR_AND
    ):
        k -= 1
    is_noun = k >= 0 and k < i - 1 and toks[k]["norm"] in DETERMINERS
    # A plural noun followed by a verb ("claims have been debunked", "reports say").
    followers = VERBS_AFTER_PLURAL_NOUN - ({"that"} if lemma != "claim" else set())
    if not is_noun and form.endswith("s") and i + size < len(toks) and toks[i + size]["norm"] in followers:
        is_noun = True
    if is_noun and (previous in _np_heads() or (previous.endswith("s") and not previous.endswith("ss"))):
        return False  # "the group claims", "the rebels claim": a subject noun, then the verb
    return is_noun


def _hearer_pronoun_after(toks: list[dict], end: int) -> bool:
    """Return whether an object pronoun of ``HEARER_PRONOUNS`` follows a cue form ending at ``end``: "Growers in
    the district tell me that ...", "the people of the valley warn us": a noun takes no such object, so the form
    is the verb whatever determiner stands before it (round 16, issue 11: a member's or witness's own "me" and
    "us" as the hearer of reported speech)."""
    # The text, not the norm: "US" is a country ("an appeal for US$160 million"), "us" a pronoun.
    return end < len(toks) and toks[end]["text"] in HEARER_PRONOUNS and toks[end]["voice"] == "outlet"


def _after_plural_head_of_preposition(toks: list[dict], i: int) -> bool:
    """Return whether the words before token ``i`` are a plural noun, a preposition of ``POSTMODIFIER_PREPOSITIONS``
    and a determined phrase of at most ``PREPOSITIONAL_OBJECT_MAX_TOKENS`` singular words or possessives
    ("Farmers in the valley say", "Residents of the town warn", "members of the town's fishing club say"): the
    determined phrase is the preposition's object, and a base form after it agrees with the plural head, so it
    is the verb of that subject, not a noun closing the phrase (round 16, issue 11)."""
    for k in range(i - 2, max(1, i - PREPOSITIONAL_OBJECT_MAX_TOKENS - 2), -1):
        if toks[k]["norm"] not in SINGULAR_OPENERS or toks[k]["text"] in POSSESSIVE_MARKS:
            continue
        head, preposition = toks[k - 2], toks[k - 1]
        plural = head["norm"].endswith("s") and not head["norm"].endswith("ss") and head["text"][-1:] == "s"
        if (
            preposition["norm"] in POSTMODIFIER_PREPOSITIONS
            and head["is_word"]
            and head["voice"] == "outlet"
            and plural
            and head["norm"] not in FINITE_AUX
            and all(_singular_modifier(tok) or tok["text"] in POSSESSIVE_MARKS for tok in toks[k + 1 : i])
        ):
            return True
    return False


def _determined_singular(toks: list[dict], i: int, size: int, form: str) -> bool:
    """Return whether the cue form at token ``i`` closes a noun phrase that a determiner opens one or two words
    before, the words between being singular words, no auxiliary, pronoun or joiner ("The U.N. appeal for X
    remains ...", "the official claim, but ...", "The first warning came ...", "the only alleged attack").

    Why (round 14b, issue 11): a base verb does not agree with a singular subject, an -ing form without an
    auxiliary ("The union is demanding") is a noun or a participle modifying the phrase ("a memo announcing
    X"), and a past form right after a determiner and an adverb is a participle modifying the noun. A
    following "that" keeps the verb ("the government claim that ...": British plural agreement of a
    collective noun)."""
    tense = _tense(form)
    if tense == "3sg" or (i + size < len(toks) and toks[i + size]["norm"] == "that"):
        return False
    if tense == "past":
        adverb = i >= 2 and toks[i - 1]["norm"].endswith("ly") and toks[i - 2]["norm"] in SINGULAR_OPENERS
        between = toks[i - 1 : i] if adverb else []
    else:
        between = next((toks[k + 1 : i] for k in (i - 2, i - 3) if k >= 0 and toks[k]["norm"] in SINGULAR_OPENERS), [])
    return bool(between) and all(_singular_modifier(tok) for tok in between)


def _singular_modifier(tok: dict) -> bool:
    """Return whether a token can modify or head a singular noun phrase before a noun: a word of the outlet's
    voice that is no auxiliary, pronoun, joiner or plural ("officials", "Russians"; not "U.S.", "US" or "class")."""
    norm = tok["norm"]
    plural = norm.endswith("s") and not norm.endswith("ss") and tok["text"][-1:] == "s"
    # The text, not the norm: "WHO" is a name, "who" a joiner.
    return tok["is_word"] and tok["voice"] == "outlet" and not plural and tok["text"] not in NOT_SINGULAR_MODIFIERS


def _past_before_that(toks: list[dict], i: int, size: int, form: str) -> bool:
    """Return whether the cue form at token ``i`` is a past tense right before "that" ("the navy's media wing
    stated that ..."): a finite verb opening its clause, never a noun or an attributive participle (round 7b); or
    an ``-s`` form after a singular noun (:func:`_third_person_after_singular`, round 18)."""
    if not (i + size < len(toks) and toks[i + size]["norm"] == "that"):
        return False
    return _tense(form) == "past" or _third_person_after_singular(toks, i, form)


def _third_person_after_singular(toks: list[dict], i: int, form: str) -> bool:
    """Return whether a cue's ``-s`` form at token ``i`` follows a lower-case singular noun that is no determiner,
    or a proper name's last word (:func:`_name_word`) ("The paper reports that ...", "The port authority estimates
    that ...", "The Kestrel Herald claims that ..."): the verb agreeing with that noun, not
    a plural noun it modifies, when "that" follows (issue 11 round 18: press reviews quote what a paper reports).
    "the reports that ..." (after a determiner) and "safety reports that ..." (after a plural) stay nouns."""
    if _tense(form) != "3sg" or i == 0 or (i + 2 < len(toks) and toks[i + 2]["norm"] in FINITE_AUX):
        return False  # "safety reports that were published": "that" opens a relative clause of the noun
    noun = toks[i - 1]
    if noun["norm"] in RELATIVE_SUBJECTS and noun["voice"] == "outlet":
        return True  # "the article in the Post, which claims that ...": the relative pronoun is the verb's subject
    if _is_cap(noun):
        return _name_word(noun)
    return (
        noun["is_word"]
        and noun["voice"] == "outlet"
        and noun["text"].isalpha()
        and not noun["norm"].endswith("s")
        and noun["norm"] not in DETERMINERS | NOT_MODIFIER_OR_AND
    )


def _name_word(tok: dict) -> bool:
    """Return whether a capitalised token is the last word of a proper name that can be a singular subject ("The
    article in the Kestrel Herald claims that ...", "Your reporter in Tarbet claims that ..."): a word of the
    outlet in letters, not all capitals, not ending in ``s`` and unknown to the gazetteer. A demonym, bloc,
    capital or acronym before the form ("Western claims that", "US claims that", "Kremlin claims that") modifies
    the plural noun instead, so those stay nouns (issue 11 round 19: embassies and letters rebut a named paper)."""
    text = tok["text"]
    return (
        tok["voice"] == "outlet"
        and text.isalpha()
        and not text.isupper()
        and not text.endswith("s")
        and text not in gazetteer_kinds()
    )


def _skip_back(toks: list[dict], cue: int) -> tuple[int, bool]:
    """Return (index after the speaker phrase, passive?) skipping auxiliaries and adverbs."""
    j = cue
    passive = False
    while j > 0 and cue - j < SPEAKER_GAP_MAX_TOKENS:
        tok = toks[j - 1]
        norm = tok["norm"]
        if _abbreviation_period(toks, j - 1):
            j -= 1  # "on Sept. 4 accused": the period of the month's abbreviation
            continue
        remark = _lower_case_remark(toks, j)
        if remark is not None:
            j = remark  # "The statement (screenshot below) says": the writer's remark on the speaker
            continue
        if tok["voice"] != "outlet" or not tok["is_word"]:
            break
        if (
            norm in SKIP_WORDS
            or norm in TIME_WORDS
            or (norm.endswith("ly") and not _is_cap(tok))
            or _date_part(toks, j - 1)
        ):
            if norm in BE_AUXILIARIES:
                passive = True
            j -= 1
            continue
        inner = _adverbial_after_auxiliary(toks, j)
        if inner is None:
            break
        j = inner
    return j, passive


# A writer's remark in brackets between a speaker and its cue has at most this many tokens ("(screenshot below)").
REMARK_MAX_TOKENS = 6


def _lower_case_remark(toks: list[dict], j: int) -> int | None:
    """Return the index of the opening bracket of a parenthesis that ends right before ``j`` and opens with a
    lower-case word of the outlet ("The statement (screenshot below) says", "The mayor (pictured) said"): the
    writer's remark on the speaker, no word of the speaker phrase, so the phrase ends before it (round 20, issue
    11: a thread pointing at its screenshot). A bracket that opens with a capital ("(OPCW)", "(AFP)") names or
    credits the speaker and stays. Else None."""
    if j < 3 or toks[j - 1]["text"] != ")":
        return None
    for k in range(j - 2, max(-1, j - REMARK_MAX_TOKENS - 2), -1):
        tok = toks[k]
        if tok["text"] == "(":
            first = toks[k + 1]
            lower = first["is_word"] and first["text"][:1].islower()
            return k if lower and k + 1 < j - 1 and k > 0 else None
        if tok["voice"] != "outlet" or tok["text"] in {")", ";", ":"}:
            return None
    return None


def _date_part(toks: list[dict], k: int) -> bool:
    """Return whether token ``k`` is the day or the month of a date between a speaker and its cue ("Syria One TV
    on 19 May said", "the ministry on May 19 said"): a day number of one or two digits next to a month, or the
    month "May" (no time word, as the modal) next to a day number (round 17, issue 11)."""
    text = toks[k]["text"]
    neighbours = [toks[m] for m in (k - 1, k + 1) if 0 <= m < len(toks)]
    if k > 1 and _abbreviation_period(toks, k - 1):
        neighbours.append(toks[k - 2])  # "Sept. 4": the month before the period
    if text.isdigit() and len(text) <= 2:
        return any(t["norm"] in TIME_WORDS | MONTH_ABBREVIATIONS or t["text"] == "May" for t in neighbours)
    if toks[k]["norm"] in MONTH_ABBREVIATIONS and k + 1 < len(toks) and toks[k + 1]["text"] == ".":
        return True  # "on Sept. 4", round 18
    return text == "May" and any(t["text"].isdigit() and len(t["text"]) <= 2 for t in neighbours)


def _abbreviation_period(toks: list[dict], k: int) -> bool:
    """Return whether token ``k`` is the period of an abbreviated month ("Sept.", ``MONTH_ABBREVIATIONS``)."""
    return k > 0 and toks[k]["text"] == "." and toks[k - 1]["norm"] in MONTH_ABBREVIATIONS


def _adverbial_after_auxiliary(toks: list[dict], end: int) -> int | None:
    """Return where a short prepositional adverbial ending at ``end`` starts when a perfect auxiliary stands right
    before it ("has in recent days accused", "has for weeks accused"): a lower-case preposition, then at most
    ``AUXILIARY_ADVERBIAL_MAX_TOKENS`` lower-case words or figures of the outlet. Between an auxiliary and its
    participle a phrase is an adverbial of the verb, never part of the speaker (round 15, issue 11). Else None."""
    for m in range(end - 2, max(0, end - AUXILIARY_ADVERBIAL_MAX_TOKENS - 2), -1):
        tok = toks[m]
        if not tok["is_word"] or tok["voice"] != "outlet" or _is_cap(tok):
            return None
        if tok["norm"] in AUXILIARY_ADVERBIAL_PREPOSITIONS and toks[m - 1]["norm"] in PERFECT_AUXILIARIES:
            words = toks[m + 1 : end]
            if all(
                t["is_word"] and t["voice"] == "outlet" and not _is_cap(t) and t["norm"] not in NOT_ADVERBIAL_WORDS
                for t in words
            ):
                return m
            return None
    return None


def _content_after(toks: list[dict], cue_end: int) -> int:
    """Return the token index where content starts after a cue (after ``that`` or a colon if near)."""
    for k in range(cue_end, min(len(toks), cue_end + CONTENT_OPENER_WINDOW)):
        tok = toks[k]
        # A finite verb before "that" means the content began at the cue ("said the centre had ... that").
        if tok["is_word"] and not _is_cap(tok) and tok["norm"] in FINITE_AUX:
            break
        # "rejected a claim by X that ...": the "that" clause is the noun's, the object is the content.
        if tok["norm"] in COMPLEMENT_NOUNS and tok["voice"] == "outlet":
            break
        # "said messages claiming that ...": the "that" clause is the participle cue's (round 15, issue 11); "said
        # X needed help and warned that ...": the coordinated cue's (round 18).
        coordinated = toks[k - 1]["norm"] == "and" and toks[k - 1]["voice"] == "outlet"
        if k > cue_end and (tok["norm"].endswith("ing") or coordinated) and (tok["norm"],) in _cue_forms():
            break
        if tok["norm"] == "that" and tok["voice"] == "outlet":
            return k + 1
        if tok["text"] == ":":
            return k + 1
        if tok["text"] in {".", ";"} or tok["text"] in OPEN_MARKS or tok["voice"] == "quoted":
            break
        # A comma ends the search, unless the cue opened an adverbial ("wrote on X, formerly Twitter, that").
        if tok["text"] == "," and k > cue_end and toks[cue_end]["norm"] not in ADVERBIAL_CUE_WORDS:
            break
    k = cue_end
    while k < len(toks) and toks[k]["text"] == ",":
        k += 1
    return k


def _skip_adverbial(toks: list[dict], start: int) -> int:
    """Return ``start`` moved past short adverbials right after a cue (``on Monday``, ``in a statement``)."""
    while start < len(toks) and toks[start]["norm"] in ADVERBIAL_OPENERS:
        if toks[start]["norm"] in {"yesterday", "today"}:
            start += 1
            continue
        window = range(start + 1, min(len(toks), start + ADVERBIAL_MAX_TOKENS))
        end = next((m for m in window if toks[m]["norm"] in ADVERBIAL_ENDS), None)
        if end is None:
            break
        while end + 1 < len(toks) and toks[end + 1]["norm"] in ADVERBIAL_ENDS:
            end += 1  # "on Monday night": a day and a part of it
        start = end + 1
    while start < len(toks) and toks[start]["text"] == ",":
        start += 1
    return start


def _tail_is_adverbial(toks: list[dict], cue_end: int) -> bool:
    """Return True when the words after a cue are nothing, or a short adverbial (a preposition or
    time word first: ``on Saturday``, ``in a statement``) before a comma or the end."""
    k = cue_end
    if k < len(toks) and toks[k]["is_word"]:
        first = toks[k]["norm"]
        if first not in ADVERBIAL_OPENERS and first not in TIME_WORDS and not first.endswith("ly"):
            return False
    while k < len(toks) and toks[k]["text"] not in {",", ".", ";", "!", "?"}:
        tok = toks[k]
        if tok["norm"] == "that" or tok["text"] in OPEN_MARKS or tok["voice"] == "quoted" or tok["text"] == ":":
            return False
        k += 1
    return k - cue_end <= ADVERBIAL_TAIL_MAX_TOKENS


def _speaker_with_contact_relative(toks: list[dict], cue_start: int) -> tuple[int, int] | None:
    """Return the speaker span of "Officials I spoke to insist ...", "the people we met this morning say ...":
    a noun phrase, then a relative clause without "that" whose subject is a personal pronoun (the reporter or
    another person: ``PRONOUNS``), one or two lower-case verb words, an optional preposition and a short
    adverbial, right before the cue. The noun phrase speaks, not the pronoun nor the adverbial's place ("in
    Beirut"); a relative clause on the speaker is never the content (round 15, issue 11). Else None."""
    lo = max(0, cue_start - CONTACT_SPEAKER_MAX_TOKENS)
    for p in range(cue_start - 2, lo, -1):
        tok = toks[p]
        if tok["voice"] != "outlet" or not tok["is_word"] or tok["norm"] in {"that", "who", "which"}:
            return None
        if tok["norm"] not in PRONOUNS or tok["norm"] == "it":
            continue
        before = toks[p - 1]
        if (
            not before["is_word"]
            or before["voice"] != "outlet"
            or before["norm"] in FINITE_AUX | PRONOUNS.keys() | WH_WORDS
        ):
            return None  # "exactly what we have been saying": a free relative, no speaker before it
        if not _contact_clause(toks, p + 1, cue_start):
            return None
        start = _np_before(toks, p)
        return (start, p) if start < p else None
    return None


def _contact_clause(toks: list[dict], start: int, end: int) -> bool:
    """Return whether the tokens from ``start`` to ``end`` (a cue) are the rest of a contact relative after its
    pronoun subject: a lower-case verb (after an auxiliary: "have met") that is no cue (then it reports: "they
    say"), then optionally a preposition ("spoke to") and a short adverbial ("in Beirut", "this morning"), with
    no comma, "that" or quotation. Auxiliaries and adverbs right before the cue are its own (:func:`_skip_back`):
    with nothing else, the cue is the relative clause's verb ("a charge they have always rejected")."""
    words = toks[start : _skip_back(toks, end)[0]]
    verb = 1 if len(words) > 1 and words[0]["norm"] in FINITE_AUX else 0
    if verb >= len(words) or (words[0]["norm"],) in _cue_forms():
        return False
    head = words[verb]
    if not head["is_word"] or _is_cap(head) or head["norm"] in DETERMINERS or head["norm"] in SKIP_WORDS:
        return False
    return all(t["is_word"] and t["voice"] == "outlet" and t["norm"] != "that" for t in words)
