"""Noun phrases around a cue: the speaker before it (:func:`_np_before`), the phrase after it
(:func:`_np_after`, passive agents and inverted speakers) and a clause's subject (:func:`_subject`).

A speaker phrase is a run of capitalised words, titles from the codebook and a few function
words (``NP_FUNCTION``, ``NP_NOUNS``), or a common noun after a determiner or possessive.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import read_word_list
from .lexicons import _cue_forms, _np_heads, _title_words
from .tokens import _is_cap, _is_title_period, _roles_in
from .words import _CLASSES as WORD_CLASSES
from .words import (
    AGENT_PHRASE_ENDERS,
    ANONYMOUS_HEADS,
    CLAUSE_BOUNDARY,
    CLAUSE_OPENERS,
    DETERMINERS,
    MARKS,
    NOT_MODIFIER_OR_AND,
    NOT_PRE_TITLE,
    NP_FUNCTION,
    NP_INNER_PREPOSITIONS,
    ORDINAL,
    PHRASE_END_SKIP,
    PHRASE_START_SKIP,
    POSTMODIFIERS,
    PRONOUNS,
    SUBJECT_END,
    TIME_WORDS,
)

# A parenthesis of at most this many tokens belongs to the name before it ("Senator X (R-Texas)").
PARENTHESIS_MAX_TOKENS = 8
# A bare noun speaker ("Aid agencies say") has at most this many lower-case words.
BARE_NOUN_MAX_WORDS = 3
# A passive agent or "according to" phrase is at most this many words.
AGENT_PHRASE_MAX_TOKENS = 12
# A comma inside a name list is followed by "and" within this many tokens ("X, Y and Z").
COORDINATION_LOOKAHEAD = 5
# An opening adverbial of a subject ends with a comma within this many tokens ("On Wednesday, ...").
SUBJECT_OPENER_MAX_TOKENS = 12
# A subject is at most this many tokens.
SUBJECT_MAX_TOKENS = 30
# Determiners that open a speaker phrase ("the mayor"); "that", "such", "no" and "any" do not.
PHRASE_DETERMINERS = DETERMINERS - {"that", "such", "no", "any"}
# Lengths of the post-modifiers ("familiar with", "with knowledge of"), longest first.
POSTMODIFIER_SIZES = tuple(sorted({len(p) for p in POSTMODIFIERS}, reverse=True))
# Prepositions that keep a following name inside a passive agent ("a spokesman for the United Nations").
AGENT_NAME_PREPOSITIONS = {"of", "for", "at", "in"}
# Prepositions of a body's seat after its name ("Brenner Research in Lisbon", "the WHO (...) in Geneva").
SEAT_PREPOSITIONS = {"in", "at"}
# Lower-case words between a medium preposition and the phrase the rules found ("on social media": "social").
MEDIUM_MODIFIERS = 2
# Relative adverbs that open a clause inside a sentence ("Now to Pakistan, where officials say"): a bare plural
# speaker after one starts after it (round 13b).
RELATIVE_ADVERBS = frozenset({"where", "when", "whereas"})
# Prepositions after a person noun that open where the person works or lives ("the reporter in X", "an analyst at
# the bank", "a member of the board"): the phrase after them is no speaker of its own (round 17b).
PERSON_PLACE_PREPOSITIONS = frozenset({"in", "at", "of"})
# Tokens after which a speaker phrase opens its clause ("As a colleague in X put it": "as").
PHRASE_OPENING_BOUNDARIES = frozenset({",", ";", ":", "that", "and", "but", "as", "while", "when", "because"})


def _np_word(toks: list[dict], j: int) -> bool:
    """Return whether token ``j`` may stand inside a speaker phrase (a name, title or function word)."""
    tok = toks[j]
    if tok["voice"] == "quoted":
        return False
    if _is_title_period(toks, j):
        return True  # "Rear Adm. X": the abbreviation's period stays inside the name phrase
    norm = tok["norm"]
    if norm in TIME_WORDS:
        return False
    if _is_plural_possessive_in_name(toks, j) or _is_ampersand_in_name(toks, j):
        return True
    if _is_cap(tok):
        return norm not in CLAUSE_OPENERS or j > 0 and toks[j - 1]["norm"] in NP_FUNCTION
    if norm in WORD_CLASSES["place_head"] and j > 0 and _is_cap(toks[j - 1]):
        return True  # "officials in Tarn district": the place's head after its name (round 18)
    return norm in NP_FUNCTION or norm in _np_heads() or ORDINAL.fullmatch(norm) is not None


def _is_ampersand_in_name(toks: list[dict], j: int) -> bool:
    """Return whether token ``j`` is an ampersand between two capitalised words ("Lind & Moe", "Procter & Gamble"):
    a firm's name joins its partners' names with it, so the name does not stop at the ampersand (round 17b: such
    speakers came out as the last partner's name)."""
    return (
        toks[j]["text"] == "&"
        and 0 < j < len(toks) - 1
        and _is_cap(toks[j - 1])
        and _is_cap(toks[j + 1])
        and toks[j + 1]["voice"] == toks[j]["voice"]
    )


def _is_plural_possessive_in_name(toks: list[dict], j: int) -> bool:
    """Return whether token ``j`` is the apostrophe of a plural possessive inside a capitalised name
    ("The Port Workers' Union"): between a capitalised word ending in s and another capitalised word."""
    return (
        toks[j]["text"] in {"'", "’"}
        and 0 < j < len(toks) - 1
        and _is_cap(toks[j - 1])
        and toks[j - 1]["text"].endswith("s")
        and _is_cap(toks[j + 1])
    )


def _np_before(toks: list[dict], end: int) -> int:
    """Return the start index of the speaker noun phrase ending before token ``end``."""
    j = end - 1
    seen_and = False
    seat = None
    while j >= 0:
        if toks[j]["text"] == ")":
            opening = _parenthesis_after_name(toks, j, end)
            if opening is None:
                break
            j = opening - 1
            continue
        seen_and = seen_and or toks[j]["norm"] == "and"
        if seat is None and _is_seat_after_name(toks, j, end):
            seat = j
        if _np_word(toks, j) or _joins_phrase(toks, j, end, seen_and) or j == seat:
            j -= 1
            continue
        j, scanning = _np_opening(toks, j, end)
        if not scanning:
            break
    if seat is not None and j >= 0 and toks[j]["is_word"] and not _is_cap(toks[j]):
        # A lower-case word glued before the name ("..., hydrologist Ana Costa of X in Porto told"): the
        # phrase is a post-posed speaker the rules read from its comma, as before the seat was joined.
        j = seat
    return _medium_head(toks, _after_fronted_object(toks, _postmodified_start(toks, j + 1, end), end), end)


def _medium_head(toks: list[dict], start: int, end: int) -> int:
    """Return the start of the plural head a bare medium phrase post-modifies ("messages on social media claimed",
    "posts circulating on social networks say": "messages", "posts"), else ``start``.

    The phrase from ``start`` must be lower-case words after a medium preposition (``medium_preposition``) and at
    most ``MEDIUM_MODIFIERS`` lower-case words; before
    it, an optional participle in -ing, then a lower-case plural noun opening the clause (sentence start, a clause
    boundary or a subordinator, ``subordinator``). The medium is where the speakers speak, not who speaks (round
    15: such speakers came out as "media")."""
    if not 0 < start < end or any(_is_cap(t) or not t["is_word"] for t in toks[start:end]):
        return start
    prep = start - 1
    while prep > 0 and start - prep <= MEDIUM_MODIFIERS and toks[prep]["is_word"] and not _is_cap(toks[prep]):
        if toks[prep]["norm"] in WORD_CLASSES["medium_preposition"]:
            break
        prep -= 1  # "social" in "on social media"
    if toks[prep]["norm"] not in WORD_CLASSES["medium_preposition"]:
        return start
    head = prep - 1
    if head >= 0 and toks[head]["norm"].endswith("ing") and not _is_cap(toks[head]):
        head -= 1  # "circulating", "spreading"
    if head < 0 or not toks[head]["is_word"] or not toks[head]["norm"].endswith("s") or toks[head]["voice"] != "outlet":
        return start
    opener = toks[head - 1]["norm"] if head else ""
    if head and opener not in CLAUSE_BOUNDARY | WORD_CLASSES["subordinator"] and not _opens_clause(toks, head):
        return start
    return head


def _after_fronted_object(toks: list[dict], start: int, end: int) -> int:
    """Return the start of the phrase after a fronted object that opens the sentence ("Photographs the OPCW has
    said it cannot verify": the object of "verify", its "that" left out), else ``start``.

    A common word capitalised only as the sentence's first, right before "the", cannot open a speaker phrase
    with it: no determiner follows a phrase's first word inside one (round 13b). A title, a place or a function
    word there ("Minister the ...", "On the ...") is left alone."""
    if not (start + 2 < end and _opens_clause(toks, start) and toks[start + 1]["norm"] == "the"):
        return start
    first = toks[start]
    if not first["is_word"] or first["norm"] in NP_FUNCTION | DETERMINERS or first["norm"] in _title_words():
        return start
    return start + 1


def _parenthesis_after_name(toks: list[dict], j: int, end: int) -> int | None:
    """Return the index of the "(" of a parenthesis closing at ``j`` right after a name, else None.

    A parenthesis belongs to a name before it ("Senator X (R-Texas)"), not to a dateline.
    """
    floor = max(0, j - PARENTHESIS_MAX_TOKENS)
    k = j - 1
    while k >= floor and toks[k]["text"] != "(":
        k -= 1
    if k >= floor and k >= 1 and _is_cap(toks[k - 1]) and (j == end - 1 or _is_seat_after_name(toks, j + 1, end)):
        return k
    return None


def _is_seat_after_name(toks: list[dict], j: int, end: int) -> bool:
    """Return whether token ``j`` is "in"/"at" opening a capitalised place right after a capitalised name or its
    parenthesis ("Analysts at Brenner Research in Lisbon", "the Office (OCHA) in Geneva"): the place is the
    body's seat, so the phrase goes on leftwards to the body instead of stopping at the place (issue 11 round 10).
    """
    after = j + 2 if j + 2 < end and toks[j + 1]["norm"] == "the" else j + 1
    return (
        toks[j]["norm"] in SEAT_PREPOSITIONS
        and 0 < j
        and after < end
        and _is_cap(toks[after])
        and (toks[j - 1]["text"] == ")" or _is_cap(toks[j - 1]) and toks[j - 1]["is_word"])
    )


def _joins_phrase(toks: list[dict], j: int, end: int, seen_and: bool) -> bool:
    """Return whether token ``j``, though not a phrase word, continues the phrase leftwards.

    A comma in a list of names ("X, Y and Z"), a preposition after a plural head ("officials in
    Kyiv"), or a lower-case modifier before a title ("political analyst X", "a senior military official",
    "U.N. humanitarian adviser X").
    """
    tok = toks[j]
    if tok["text"] == "," and seen_and and j > 0 and _is_cap(toks[j - 1]) and j + 1 < end and _is_cap(toks[j + 1]):
        return True
    after = j + 2 if j + 2 < end and toks[j + 1]["norm"] == "the" else j + 1
    if (
        tok["norm"] in NP_INNER_PREPOSITIONS
        and j > 0
        and after < end
        and _is_cap(toks[after])
        and toks[j - 1]["norm"] in _np_heads()
    ):
        return True
    return (
        tok["is_word"]
        and not _is_cap(tok)
        and j + 1 < end
        and not _is_cap(toks[j + 1])
        and toks[j + 1]["norm"] in _title_words()
        and tok["norm"] not in NOT_PRE_TITLE | RELATIVE_ADVERBS
        and (j == 0 or toks[j - 1]["text"] in {",", ";"} or toks[j - 1]["norm"] in DETERMINERS or _body_before(toks, j))
    )


def _body_before(toks: list[dict], j: int) -> bool:
    """Return whether token ``j - 1`` is an intergovernmental body's short name modifying a title ("U.N.
    humanitarian adviser X": the body belongs to the phrase). A place is not ("in Moscow senior officials")."""
    return any(f[2] == "intergovernmental" for f in _roles_in([toks[j - 1]["norm"]]))


def _np_opening(toks: list[dict], j: int, end: int) -> tuple[int, bool]:
    """Return (new j, keep scanning?) at a token ``j`` that is no phrase word.

    A common noun after a determiner or possessive ("the mayor", "the country's health agency")
    joins the phrase, but only while the phrase so far has no capitalised word, so that "a charge
    the Syrian government denies" stays apart; a possessive keeps the scan going through the
    possessor. A bare plural or mass noun in subject position joins too ("Aid agencies say"). A name
    owned by "the" and one common noun ("the country's National Disaster Management Authority") takes
    its possessor: the second reference tells whose body it is.
    """
    owner = _definite_possessor(toks, j)
    if owner is not None:
        return owner - 1, False
    if any(_is_cap(t) for t in toks[j + 1 : end]):
        return j, False
    k = j
    while (
        k >= 0
        and k > j - BARE_NOUN_MAX_WORDS
        and toks[k]["is_word"]
        and toks[k]["voice"] == "outlet"
        and not _is_cap(toks[k])
        and toks[k]["norm"] not in NOT_MODIFIER_OR_AND
        and toks[k]["norm"] not in RELATIVE_ADVERBS
    ):
        k -= 1
    if 0 <= k < j and toks[k]["norm"] in PHRASE_DETERMINERS:
        if toks[k]["norm"] == "'s":
            return k, True
        return k - 1, False  # the determiner opens the phrase
    opening = _determiner_before_modifiers(toks, j)
    if opening is not None:
        return opening - 1, False
    conjunct = _bare_conjunct_start(toks, k, j)
    if conjunct is not None:
        return conjunct - 1, False
    opens = k >= 0 and _opens_clause(toks, k) and _is_cap(toks[k])
    if k < j and k >= -1 and (k == -1 or toks[k]["norm"] in CLAUSE_BOUNDARY | RELATIVE_ADVERBS or opens):
        # "Aid agencies say", "while farmers said"; a capitalised first word opens the phrase, also after
        # a label's colon ("Claim: Social media posts say ...", round 7).
        return (k - 1 if opens and toks[k]["norm"] not in CLAUSE_OPENERS else k), False
    return j, False


def _opens_clause(toks: list[dict], k: int) -> bool:
    """Return whether token ``k`` opens the sentence or follows a label's colon ("Claim: ...")."""
    return k == 0 or toks[k - 1]["text"] == ":"


def _definite_possessor(toks: list[dict], j: int) -> int | None:
    """Return the index of "the" when token ``j`` is the possessor "the country" or its "'s", else None."""
    noun = j - 1 if toks[j]["norm"] == "'s" else j
    if (
        noun >= 1
        and noun + 1 < len(toks)
        and toks[noun + 1]["norm"] == "'s"
        and toks[noun]["is_word"]
        and not _is_cap(toks[noun])
        and toks[noun]["voice"] == "outlet"
        and toks[noun - 1]["norm"] == "the"
    ):
        return noun - 1
    return None


# Lower-case modifiers between a name and a singular head ("the EU observation mission") are at most this many.
COMMON_MODIFIERS_MAX_WORDS = 2


def _over_common_modifiers(toks: list[dict], j: int) -> int:
    """Return the index before the lower-case modifiers of a singular head at ``j`` that follow a capitalised
    modifier ("the EU observation mission", "a UN election monitoring team"), else ``j - 1``. A singular count
    noun needs its determiner, so the determiner before the name opens the phrase (issue 11 round 18); a plural
    head is left alone ("in the Tarn valley farmers say": a bare plural opens its own phrase), and so is a figure
    ("a USD 20 million loan": no name modifies the head)."""
    if toks[j]["norm"].endswith("s"):
        return j - 1
    k = j - 1
    while (
        k >= 0
        and j - 1 - k < COMMON_MODIFIERS_MAX_WORDS
        and toks[k]["text"].replace("-", "").isalpha()
        and toks[k]["voice"] == "outlet"
        and not _is_cap(toks[k])
        and toks[k]["norm"] not in NOT_MODIFIER_OR_AND | RELATIVE_ADVERBS | PHRASE_DETERMINERS
    ):
        k -= 1
    return k if k >= 0 and k < j - 1 and _is_cap(toks[k]) else j - 1


def _determiner_before_modifiers(toks: list[dict], j: int) -> int | None:
    """Return the index of a determiner that opens "the Russian officer", "the Hmeimim base": a
    lower-case head at ``j`` (the last word before the cue) after capitalised modifiers (demonyms,
    names), else None."""
    head = toks[j]
    if not head["is_word"] or _is_cap(head) or head["voice"] != "outlet" or head["norm"] in NOT_MODIFIER_OR_AND:
        return None
    k = _over_common_modifiers(toks, j)
    while (
        k >= 0
        and j - k <= BARE_NOUN_MAX_WORDS
        and toks[k]["voice"] == "outlet"
        and _is_cap(toks[k])
        and toks[k]["norm"] not in PHRASE_DETERMINERS  # "A Chilean diplomatic source" opening a sentence
    ):
        k -= 1
    if k < j - 1 and k >= 0 and toks[k]["norm"] in PHRASE_DETERMINERS and toks[k]["norm"] != "'s":
        return k
    return None


def _postmodified_start(toks: list[dict], start: int, end: int) -> int:
    """Return a phrase's start without leading function words, moved to the head of a post-modifier.

    "sources close to the negotiations", "two people familiar with the matter": the speaker is
    the head before the post-modifier.
    """
    while start < end and toks[start]["norm"] in PHRASE_START_SKIP:
        start += 1
    for size in POSTMODIFIER_SIZES:
        key = tuple(t["norm"] for t in toks[max(0, start - size) : start])
        if start - size >= 1 and key in POSTMODIFIERS:
            head_start = _np_before(toks, start - size)
            if head_start < start - size:
                return head_start
    return start


def _np_after(toks: list[dict], start: int, permissive: bool = False) -> int:
    """Return the end index (exclusive) of the noun phrase starting at token ``start``.

    ``permissive`` (passive agents) takes any words up to punctuation or a preposition.
    """
    if permissive:
        return _agent_phrase_end(toks, start)
    j = start
    while j < len(toks):
        tok = toks[j]
        if tok["text"] == "(":
            k = j + 1
            while k < min(len(toks), j + PARENTHESIS_MAX_TOKENS) and toks[k]["text"] != ")":
                k += 1
            if k < len(toks) and toks[k]["text"] == ")":
                j = k + 1
                continue
            break
        if (
            tok["text"] == ","
            and j + 1 < len(toks)
            and _is_cap(toks[j + 1])
            and any(t["norm"] == "and" for t in toks[j + 1 : j + 1 + COORDINATION_LOOKAHEAD])
        ):
            j += 1
            continue
        if (
            tok["norm"] in NP_INNER_PREPOSITIONS
            and j > start
            and j + 1 < len(toks)
            and _is_cap(toks[j + 1])
            and toks[j - 1]["norm"] in _np_heads()
        ):
            j += 1  # "officials in Kyiv"
            continue
        if j == start and tok["norm"] in PRONOUNS:
            j += 1
            break
        if not _np_word(toks, j):
            break
        j += 1
    end = j
    while end > start and toks[end - 1]["norm"] in PHRASE_END_SKIP:
        end -= 1
    return end


def _agent_phrase_end(toks: list[dict], start: int) -> int:
    """Return the end of a passive agent or ``according to`` phrase: words up to punctuation or a preposition.

    A preposition before a name stays inside ("a spokesman for the United Nations"), and so does the apostrophe
    of a plural possessive inside a name ("the Fruit Growers' Association").
    """
    j = start
    while (
        j < len(toks)
        and (toks[j]["is_word"] or _is_plural_possessive_in_name(toks, j))
        and toks[j]["voice"] == "outlet"
        and j - start < AGENT_PHRASE_MAX_TOKENS
    ):
        if toks[j]["norm"] in AGENT_PHRASE_ENDERS and not _ends_postmodifier(toks, start, j):
            nxt = j + 2 if j + 1 < len(toks) and toks[j + 1]["norm"] == "the" else j + 1
            if not (toks[j]["norm"] in AGENT_NAME_PREPOSITIONS and nxt < len(toks) and _is_cap(toks[nxt])):
                break
        j += 1
    return j


def _ends_postmodifier(toks: list[dict], start: int, j: int) -> bool:
    """Return whether token ``j`` ends a post-modifier of the agent's head ("according to two people familiar
    with the figures", "sources close to the talks": ``POSTMODIFIERS``), so that the phrase goes on through its
    object: the speaker is the whole phrase, not "two people familiar" (round 15)."""
    return any(
        j + 1 - size > start and tuple(t["norm"] for t in toks[j + 1 - size : j + 1]) in POSTMODIFIERS
        for size in POSTMODIFIER_SIZES
    )


def _subject(toks: list[dict], limit: int) -> tuple[int, int]:
    """Return the main clause's subject (start, end) before token ``limit``.

    Skips an opening adverbial that ends with a comma (``On Wednesday, ...``),
    then takes tokens up to the first past-tense or auxiliary word.
    """
    start = 0
    while start < limit and (toks[start]["voice"] == "quoted" or toks[start]["text"] in MARKS):
        start += 1  # a subject is not inside a quotation
    if start:
        while start < limit and not toks[start]["is_word"]:
            start += 1
    elif toks and toks[0]["norm"] in CLAUSE_OPENERS:
        for k in range(min(limit, SUBJECT_OPENER_MAX_TOKENS)):
            if toks[k]["text"] == ",":
                start = k + 1
                break
    j = start
    while j < limit and j - start < SUBJECT_MAX_TOKENS:
        tok = toks[j]
        norm = tok["norm"]
        if (
            not _is_cap(tok)
            and tok["is_word"]
            and (
                norm.endswith("ed")
                or norm in SUBJECT_END
                or ((norm,) in _cue_forms() and j > 0 and toks[j - 1]["norm"] not in DETERMINERS)
            )
        ):
            break
        if tok["text"] == "," and not any(t["text"] == "(" for t in toks[start:j]):
            break
        j += 1
    return start, j


@lru_cache(maxsize=1)
def _person_heads() -> frozenset[str]:
    """Return the lower-case singular nouns that name a person: ``sourcing_person_heads.txt``, the anonymous heads
    and the codebook's one-word person titles ("spokesman", "analyst")."""
    titles = {word for word in _title_words() if any(f[3] == "person" for f in _roles_in([word]))}
    return frozenset(read_word_list("sourcing_person_heads.txt")) | ANONYMOUS_HEADS | titles


def _person_head_start(toks: list[dict], s_start: int, s_end: int, seats: int = 1) -> int:
    """Return where a speaker phrase starts when the phrase the rules found (``s_start`` to ``s_end``) is the
    place or body after a singular person noun and ``in``/``at``/``of`` ("The paper's correspondent in Tobruk
    said", "A former accountant at the firm, who ..., said", "one member of the panel told"): the person's
    phrase, which opens its sentence or clause with a determiner or possessive; else ``s_start``.

    The class: a speaker phrase's head is the person noun; a place or body after it says where that person
    works, so it is part of the speaker phrase and never the speaker (round 17b, issue 11: such speakers came
    out as the place, "Tobruk", or the employer, "the firm"). A noun for a body, document or event before the
    preposition ("the report of the commission") is no person and leaves the phrase alone, unless that body's
    phrase, with its seat, follows a person noun in turn ("a nurse at the clinic in Lyon": ``seats`` such
    steps)."""
    if not (2 <= s_start < s_end) or toks[s_start - 1]["norm"] not in PERSON_PLACE_PREPOSITIONS:
        return s_start
    head = toks[s_start - 2]
    if not head["is_word"] or head["voice"] != "outlet" or _is_cap(head):
        return s_start
    h_start = _np_before(toks, s_start - 1)
    if not h_start < s_start - 1 or toks[h_start]["norm"] not in PHRASE_DETERMINERS | {"one"}:
        return s_start
    if head["norm"] not in _person_heads():
        if seats <= 0 or toks[s_start - 1]["norm"] == "of":
            return s_start
        start = _person_head_start(toks, h_start, s_end, seats - 1)
        return start if start < h_start else s_start
    opens = h_start == 0 or toks[h_start - 1]["norm"] in PHRASE_OPENING_BOUNDARIES or _opens_clause(toks, h_start)
    return h_start if opens else s_start


# A person's age set off by commas after the name ("Ana Berg, 64, said") has at most this many digits.
AGE_MAX_DIGITS = 3


def _name_before_age(toks: list[dict], start: int, end: int) -> tuple[int, int]:
    """Return the speaker span when the phrase found (``start`` to ``end``) is only a person's age after a
    capitalised name and its comma ("Ana Berg, 64, who moved to Vell in 2016, said": the name, not "64"), else
    (``start``, ``end``). An age apposition describes the name before it; a number never speaks (round 17b)."""
    if not (end - start == 1 and start >= 2 and toks[start - 1]["text"] == ","):
        return start, end
    age = toks[start]["text"]
    if not (age.isdigit() and len(age) <= AGE_MAX_DIGITS) or not _is_cap(toks[start - 2]):
        return start, end
    name_start = _np_before(toks, start - 1)
    return (name_start, start - 1) if name_start < start - 1 else (start, end)


# Dashes after which a clause opens ("CALLOW CREEK — State and rail officials said").
DASHES = frozenset({"—", "–", "--"})


def _bare_conjunct_start(toks: list[dict], k: int, j: int) -> int | None:
    """Return the start of a coordinated bare speaker phrase when token ``k``, before the bare words ``k + 1`` to
    ``j``, is "and" after one word that opens its clause ("Hydrologists and weather officials say", "State and
    railroad officials said", "Earlier, police and rescue workers said"): the first conjunct modifies or
    shares the head, so it belongs to the speaker phrase (round 17b, issue 11: such speakers lost the first
    conjunct); else None."""
    if not (k < j and k >= 1 and toks[k]["norm"] == "and"):
        return None
    first = toks[k - 1]
    if not first["is_word"] or first["voice"] != "outlet" or first["norm"] in NOT_MODIFIER_OR_AND:
        return None
    opens = k - 1 == 0 or toks[k - 2]["norm"] in CLAUSE_BOUNDARY or toks[k - 2]["text"] in DASHES
    return k - 1 if opens or _opens_clause(toks, k - 1) else None
