"""Resolution of one article's speakers to sources, and the side of an affiliation.

A surname goes to the longest earlier name ending in it (:mod:`analysis.sourcing.speakers`);
``he``/``she`` (and ``him``/``her`` after ``according to``) to the nearest earlier person (a
speaker, or a name with a person's title) whose gender agrees (:func:`_nearest_person`);
``it``/``they`` to the subject of the previous sentence, else the last organisation; ``the
statement`` to the last source; a definite description of a body (``the ministry``, ``the port
authority``) to the body's full name in the article (:func:`_definite_description`); a floating
quotation to the speaker of an attribution at most
``FLOATING_LOOKBACK_SENTENCES`` sentences before.

Round 9 of issue 11 added what the text states outside the speaker's own words: a short name the text defines
for a body (:func:`_defined_aliases`); a person's country through the body their post belongs to
(:func:`_owner_affiliation`: "its director", "the authority's head", "of the NDMA", "who heads the ministry");
a government department's state (:func:`_department_country`); an acronym's spelt-out name
(:func:`_acronym_country`); countries the text introduces (:func:`_learned_countries`) and bodies an apposition
places (:func:`_body_ties`); a stated country shared with the person's other mentions; and the last speaker
over a name inside what they said (:func:`_quoting_speaker`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from functools import lru_cache
from typing import NamedTuple

from ..lexicon import read_word_list
from ..text import LINE_BREAK, LINE_END_PATTERN, LINE_START_PATTERN, has_line_break, line_end
from ..text import line_start as line_start_of
from .apposed_names import name_after_description
from .channels import channel_voice_of, channel_words, item_channel
from .firm_staff import firm_staff, staff_phrase_ending_at
from .handles import handle_body
from .initials import initials
from .introduced_persons import introduced_person
from .judges import is_judge_description, judge_near
from .lead_country import lead_country
from .lexicons import (
    _country_forms,
    body_type_nouns,
    company_suffixes,
    demonyms,
    document_nouns,
    gazetteer_kinds,
    gendered_words,
    given_names,
    institutions,
    national_heads,
    organisation_heads,
    outlet_nouns,
    portfolios,
    source_roles,
    spelling_variants,
)
from .naming import written_source
from .noun_phrases import _subject
from .outlet_staff import outlet_of_noun, possessed_staff_country, staff_of_outlet
from .own_paper import your_paper_source
from .place_bodies import place_body_country
from .posts import country_of_form, ministry_country, post_holder
from .pseudonyms import pseudonym_after
from .regions import region_body
from .relatives import relative_of_person
from .self_name import page_body
from .speakers import (
    APPOSITION_MAX_TOKENS,
    COUNTRY_NAMED_HEADS,
    NAME_SMALL_WORDS,
    _apposition,
    _describe,
    _institution_country,
    _person_mentions,
    _surname_clusters,
    member_demonym,
)
from .tokens import _countries_in, _is_cap, _is_gazetteer, _roles_in
from .words import (
    CLAUSE_BOUNDARY,
    HEAD_ENDERS,
    NP_FUNCTION,
    OBJECT_PRONOUNS,
    PRONOUN_GENDER,
    PRONOUNS,
    STATEMENT_HEADS,
)

# A floating quotation goes to the speaker of an attribution at most this many sentences before.
FLOATING_LOOKBACK_SENTENCES = 2
DESCRIPTION = ("source", "source_type", "affiliation", "kind")
# Subject and object pronouns that can stand for a speaker ("he said", "according to him").
SPEAKER_PRONOUNS = PRONOUNS | OBJECT_PRONOUNS


class Article(NamedTuple):
    """What resolution reads of one article: raw text, sentence ids in order, their tokens, and its person
    mentions as the look-ups that keep resolution linear in the article's length: ``clusters``, the mentions by
    surname (:func:`analysis.sourcing.speakers._surname_clusters`); ``persons``, the candidates of a personal
    pronoun sorted by position per gender (:class:`_Persons`, which also holds the gender learnt for each
    source name as pronouns are resolved); ``bodies``, the latest non-person source by the last one or two
    words of its head phrase, and ``names``, the capitalised names ending in a definite description's
    words (filled once per description), for :func:`_definite_description`; ``named``, the latest non-person
    source by its casefolded name and by its initials, and ``acronyms``, the countries stated where each acronym
    is spelt out (filled once per acronym), for :func:`_body_affiliation`; ``learned``, the countries the text
    introduces that the gazetteer lacks (:func:`_learned_countries`), and ``ties``, the bodies an apposition ties
    to a country (:func:`_body_ties`), and ``aliases``, the short names a text defines for a body
    (:func:`_defined_aliases`), all found once per article.
    """

    raw: str
    sentence_ids: list[int]
    by_sentence: dict[int, list[dict]]
    clusters: dict[str, dict]
    persons: _Persons
    bodies: dict[tuple[str, ...], dict]
    names: dict[tuple[str, ...], tuple[list[int], list[str]]]
    named: dict[str, dict]
    acronyms: dict[str, tuple[list[int], list[str]]]
    learned: dict[str, str]
    ties: dict[str, str]
    aliases: dict[str, str]


# A pronoun's candidate: (position, 0 for a described source or 1 for a titled mention, its index there).
Candidate = tuple[int, int, int]


class _Persons:
    """The persons a personal pronoun can refer to, for :func:`_nearest_person` in logarithmic time.

    The candidates are the person sources described so far and the mentions of persons (titled, or
    opening with a common given name, whether or not they are quoted); each sits in
    the list of its surname's gender ("" while unknown), sorted by :data:`Candidate`, so that the
    nearest earlier one of a gender is a binary search (the first candidate at that position wins,
    a described source before a mention: the order of the candidate list the rule was written
    with). When a pronoun teaches a surname its gender, that surname's candidates move from the
    unknown list to the gender's; each moves at most once.
    """

    def __init__(self, mentions: list[dict], raw: str = "") -> None:
        self.genders = _mention_genders(mentions)
        self.by_gender: dict[str, list[Candidate]] = {}
        self.unknown: dict[str, list[Candidate]] = {}  # surname -> its candidates in the unknown list
        self.descriptions: dict[tuple[int, int], dict] = {}
        # Source name -> the descriptions of its mentions (not of described rows, which are output rows).
        self.by_source: dict[str, list[dict]] = {}
        for index, m in enumerate(mentions):
            # A name with a person's title, one opening with a common given name, or one the text sets beside a noun
            # for a person ("Abu Karim, a grain trader", :mod:`.introduced_persons`) is a person's.
            if m["titled"] or m["given_name"] or introduced_person(raw, m["start"], m["end"]):
                description = {
                    "source": m["full"],
                    "source_type": m["role"] or "person (untitled)",
                    "affiliation": m["affiliation"] or "unknown",
                    "kind": "person",
                }
                self.add((m["start"], 1, index), description)
                self.by_source.setdefault(description["source"], []).append(description)

    def add(self, candidate: Candidate, description: dict) -> None:
        """Add a candidate person (``description`` holds at least :data:`DESCRIPTION`) to its gender's list."""
        self.descriptions[candidate[1:]] = description
        surname = description["source"].split()[-1]
        gender = self.genders.get(surname, "")
        insort(self.by_gender.setdefault(gender, []), candidate)
        if not gender:
            self.unknown.setdefault(surname, []).append(candidate)

    def learn_affiliation(self, source: str, affiliation: str) -> None:
        """Give every mention named ``source`` whose affiliation is unknown the ``affiliation`` the text tied the
        person to, so that later pronouns reaching that mention carry it (rows already described keep theirs)."""
        for description in self.by_source.get(source, []):
            if description.get("affiliation", "unknown") in {"unknown", ""}:
                description["affiliation"] = affiliation

    def nearest(self, here: int, gender: str) -> dict | None:
        """Return the description of the nearest candidate before ``here`` whose gender is ``gender``, else of
        unknown gender (any gender when ``gender`` is ""), else None; it learns ``gender`` for its surname."""
        best = self.candidate(here, gender)
        if best is None:
            return None
        description = self.descriptions[best[1:]]
        self.learn_gender(description["source"], gender)
        return description

    def learn_gender(self, source: str, gender: str) -> None:
        """Give the surname of ``source`` the pronoun's ``gender`` when it has none yet, moving its candidates
        from the unknown list to the gender's."""
        surname = source.split()[-1]
        if gender and surname not in self.genders:
            self.genders[surname] = gender
            unknown, known = self.by_gender[""], self.by_gender.setdefault(gender, [])
            for candidate in self.unknown.pop(surname, []):
                del unknown[bisect_left(unknown, candidate)]
                insort(known, candidate)

    def candidate(self, here: int, gender: str) -> Candidate | None:
        """Return the candidate :meth:`nearest` would choose (learning nothing), else None."""
        if gender:
            return self._nearest_in(gender, here) or self._nearest_in("", here)
        found = [c for c in (self._nearest_in(g, here) for g in self.by_gender) if c is not None]
        return min(found, key=lambda c: (-c[0], c[1], c[2])) if found else None

    def _nearest_in(self, gender: str, here: int) -> Candidate | None:
        """Return the first candidate of ``gender``'s list at the last position before ``here``, else None."""
        candidates = self.by_gender.get(gender, [])
        i = bisect_left(candidates, (here,))
        return candidates[bisect_left(candidates, (candidates[i - 1][0],))] if i else None


def _resolve(rows: list[dict], raw: str, sentence_ids: list[int], by_sentence: dict[int, list[dict]]) -> list[dict]:
    """Return one article's attribution rows with source, source_type, affiliation, side and flags added."""
    mentions = _person_mentions(sentence_ids, by_sentence)
    learned = _learned_countries(raw)
    lookups = (_surname_clusters(mentions), _Persons(mentions, raw), {}, {}, {}, {})
    # A name's start and end -> its mention, for a post set off by commas beside it (:func:`_apposed_holder`).
    holders = {**{("end", m["end"]): m for m in mentions}, **{("start", m["start"]): m for m in mentions}}
    placed = {**_placed_names(raw), **learned}
    article = Article(raw, sentence_ids, by_sentence, *lookups, placed, _body_ties(raw, learned), _defined_aliases(raw))
    bounds: dict[int, tuple[list[int], list[int]]] = {}  # sentence id -> its token starts and ends
    described: list[dict] = []
    for row in rows:
        sentence_toks = by_sentence.get(row["sentence_id"], [])
        if row["sentence_id"] not in bounds:
            bounds[row["sentence_id"]] = ([t["start"] for t in sentence_toks], [t["end"] for t in sentence_toks])
        starts, ends = bounds[row["sentence_id"]]
        # The speaker's tokens: starts and ends ascend, so they are one slice.
        toks = sentence_toks[bisect_left(starts, row["speaker_start"]) : bisect_right(ends, row["speaker_end"])]
        toks = _without_time_adverbial(toks)
        info = _firm_staff(raw, row, toks) or _referent(
            article, row, toks, _describe(raw, toks, article.clusters), described
        )
        info = _channel_voice(article, row, toks, info, described)
        info = _body_before_seat(article, row, toks, info)
        info = _with_initials_before(article, row, info)
        info = _alias_referent(article, toks, info)
        info = _handle_referent(article, row, info)
        info = _full_name_of_possessed(article, toks, info)
        info = relative_of_person(article.persons, row["speaker_start"], toks, info)
        info = _introduced_outlet_country(article.raw, info)
        info = _apposed_holder(sentence_toks, bisect_left(starts, row["speaker_start"]), toks, info, holders)
        info = _pseudonym_holder(sentence_toks, bisect_right(ends, row["speaker_end"]), toks, info)
        after_at = bisect_right(ends, row["speaker_end"])
        info = _name_in_apposition(article, sentence_toks, after_at, toks, info)
        after = _apposition(sentence_toks, after_at) or _of_apposition(sentence_toks, after_at)
        info = _stated_in_text(article, row, (toks, after, sentence_toks), info, described)
        if info["affiliation"] in {"", "unknown"} and toks:
            staff_country = possessed_staff_country(raw, [t["norm"] for t in toks], row["speaker_start"])
            info = {**info, "affiliation": staff_country} if staff_country else info
        if info["affiliation"] in {"", "unknown"} and info["source"] and toks:
            # "United Kingdom: Foreign Secretary X said ...": the item's lead states the speaker's country.
            led = lead_country(raw, row["speaker_start"])
            info = {**info, "affiliation": led} if led else info
        if row["agentless"]:
            info = {
                **info,
                "source": "",
                "source_type": "agentless",
                "affiliation": "unknown",
                "resolved_by": "agentless",
            }
        position = row["speaker_start"] if row["speaker_start"] >= 0 else row["content_start"]
        described.append(
            {
                **info,
                "sentence_id": row["sentence_id"],
                "position": position,
                "speaker_start": row["speaker_start"],
                "content": (row["content_start"], row["content_end"]),
            }
        )
        _remember(article, info, described, position)
    columns = ["source", "source_type", "affiliation", "anonymous", "collective", "resolved_by"]
    out = []
    for row, d in zip(rows, described, strict=False):
        extra = {c: d.get(c, False if c in {"anonymous", "collective"} else "") for c in columns}
        # The written form is the ruling's of round 16 (analysis.sourcing.naming), once the referent is chosen.
        extra["source"] = written_source(
            extra["source"], extra["affiliation"], _written_demonym(raw, extra["affiliation"])
        )
        # The side is the study's reading of the affiliation: set from its codebooks once per table
        # (analysis.sourcing.batching), not per article here.
        out.append({**row, **extra, "side": ""})
    return out


def _full_name_of_possessed(article: Article, toks: list[dict], info: dict) -> dict:
    """Return ``info`` with the full name the text gives a body that the speaker phrase names after a common noun's
    possessive ("the university's Syrian Society" -> "Velk Syrian Society", named so elsewhere on the page), else
    ``info``.

    A body owned by "the university", "the club" is named short, its owner standing for the words of the name the
    possessive replaces; the referent is the one longer capitalised name of the text ending in the short name (the
    ruling of round 16: a second reference takes the form of the mention it takes up). Two such names leave it."""
    if info["kind"] == "person" or info["resolved_by"] != "as written" or not info["source"]:
        return info
    k = next((i for i, t in enumerate(toks) if t["norm"] in {"'s", "’s"}), None)
    if k is None or k == 0 or _is_cap(toks[k - 1]) or not toks[k - 1]["is_word"]:
        return info
    tail = tuple(word.casefold() for word in info["source"].split())
    if len(tail) < 2 or not all(word[:1].isupper() for word in info["source"].split()):
        return info
    if tail not in article.names:
        article.names[tail] = _names_ending_in(article.raw, tail)
    names = {name for name in article.names[tail][1] if name.casefold() != info["source"].casefold()}
    if len(names) != 1:
        return info
    return {**info, "source": names.pop(), "resolved_by": "possessed name: full name in the text"}


def _written_demonym(raw: str, country: str) -> str:
    """Return the demonym the text writes for a country the gazetteer lacks ("Velmorian" for "Velmoria": the name
    with "n", "an" or "ian", the first found as a word of ``raw``), else "": the adjective a department of that state
    is written with (the ruling of round 16), in the text's own form."""
    if not country or country in {"unknown", "international"} or country in gazetteer_kinds() or ";" in country:
        return ""
    for form in (country + "n", country + "an", country + "ian"):
        if re.search(rf"\b{re.escape(form)}\b", raw):
            return form
    # A one-word name in "-a" the text never turns into an adjective takes "-n", the English rule of every such
    # name the gazetteer holds (Russia, Syria, Kenya, Nigeria): the gold writes "Zembaran Ministry of Health" for
    # "Zembara's Ministry of Health" (round 7's owner as adjective), and no other ending is as regular.
    if re.fullmatch(r"[A-Z][a-z]+a", country):
        return country + "n"
    return ""


# Prepositions that open a time adverbial closing a speaker phrase ("Russia on Monday", "the ministry in March").
TIME_PREPOSITIONS = frozenset({"on", "in"})


def _firm_staff(raw: str, row: dict, toks: list[dict]) -> dict | None:
    """Return the description of a firm's unnamed staff ("Kroon & Visser analysts": :mod:`.firm_staff`), else
    None: a group, anonymous, of no stated country (the firm's country is not the staff's tie)."""
    if not toks or row["mode"] == "floating":
        return None
    speaker = raw[row["speaker_start"] : row["speaker_end"]]
    staff = firm_staff(speaker)
    if staff is None:
        # The extractor may have taken the firm's name after a descriptor as the speaker (.firm_staff).
        phrase = staff_phrase_ending_at(raw, row["speaker_start"], speaker)
        staff = firm_staff(phrase) if phrase else None
    if staff is None:
        return None
    return {
        "source": staff,
        "source_type": "anonymous",
        "affiliation": "unknown",
        "kind": "group",
        "anonymous": True,
        "collective": False,
        "resolved_by": "firm staff",
    }


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """Return the weekday, month and day-part words of ``sourcing_time_words.txt``."""
    return frozenset(read_word_list("sourcing_time_words.txt"))


def _without_time_adverbial(toks: list[dict]) -> list[dict]:
    """Return a speaker's tokens without a closing time adverbial ("Russia on Monday" -> "Russia", "The ministry
    on 4 March" -> "The ministry"): ``on``/``in`` after the first token, then only weekday, month or day-part
    words (``sourcing_time_words.txt``) and numbers, at least one a word. When a speaker spoke is no part of who
    they are, and a weekday's capital is no surname (round 16); ``toks`` itself otherwise."""
    for i in range(len(toks) - 2, 0, -1):
        if toks[i]["norm"] in TIME_PREPOSITIONS:
            rest = [t["norm"] for t in toks[i + 1 :]]
            timed = any(n in _time_words() for n in rest)
            if timed and all(n in _time_words() or n.isdigit() for n in rest):
                return toks[:i]
            return toks
    return toks


def _of_apposition(sentence_toks: list[dict], j: int) -> list[dict]:
    """Return the tokens of an "of" phrase set off by commas after the speaker ending at ``j`` ("Dep. Governor X,
    of the National Bank of Y, said" -> "of the National Bank of Y"), else []: wire copy sets a post's owner
    apart from the name it follows, and the owner ties the person (:func:`_owner_affiliation`); the phrase stops
    before "in"/"at" (its seat)."""
    if not (j + 2 < len(sentence_toks) and sentence_toks[j]["text"] == "," and sentence_toks[j + 1]["norm"] == "of"):
        return []
    end = next((m for m in range(j + 2, len(sentence_toks)) if sentence_toks[m]["text"] in {",", ".", ";"}), None)
    if end is None or end - j > APPOSITION_MAX_TOKENS:
        return []
    # The owner's seat is no tie ("of the consultancy Y in Madrid": the affiliation convention of the gold README).
    seat = next((m for m in range(j + 2, end - 1) if sentence_toks[m]["norm"] in {"in", "at"}), end)
    return sentence_toks[j + 1 : seat]


def _apposed_holder(
    sentence_toks: list[dict], first: int, toks: list[dict], info: dict, holders: dict[tuple[str, int], dict]
) -> dict:
    """Return ``info`` resolved to the person whose name a post set off by commas describes, else ``info``.

    "Norway's envoy to the UN, Per Holm, said" and "Per Holm, a spokesman for the Red Cross, said": the extractor
    may take the post for the speaker, but the post and the name beside it are one person (an apposition), and the
    gold pages write the name. The post must hold a person's title (``source_roles.csv``) after its last possessive
    (not "the Secretary-General's office, New York") and the name be a person mention
    (:func:`analysis.sourcing.speakers._person_mentions`) right before the post's opening comma or right
    after its closing one; the country the post states wins over the mention's.
    """
    if not toks or info["resolved_by"] not in WRITTEN or info["source"] in {m["full"] for m in holders.values()}:
        return info
    owned = [t["norm"] for t in toks]
    owned = owned[len(owned) - owned[::-1].index("'s") :] if "'s" in owned else owned
    if not any(f[3] == "person" for f in _roles_in(owned)):
        return info
    last = first + len(toks)
    mention = None
    if first >= 2 and sentence_toks[first - 1]["text"] == ",":
        mention = holders.get(("end", sentence_toks[first - 2]["end"]))
    if mention is None and last + 1 < len(sentence_toks) and sentence_toks[last]["text"] == ",":
        mention = holders.get(("start", sentence_toks[last + 1]["start"]))
    if mention is None:
        return info
    affiliation = info["affiliation"] if _known(info["affiliation"]) else (mention["affiliation"] or "unknown")
    role = info["source_type"] if info["source_type"] not in {"", "unknown"} else mention["role"] or "unknown"
    return {**info, "source": mention["full"], "source_type": role, "affiliation": affiliation, "kind": "person"}


# Resolutions after which the speaker phrase is no description the text names in an apposition: a pronoun, a
# quotation's earlier speaker, an agentless passive.
NOT_DESCRIPTIONS = ("pronoun", "floating", "agentless", "first person", "second person", "statement")


def _name_in_apposition(article: Article, sentence_toks: list[dict], after: int, toks: list[dict], info: dict) -> dict:
    """Return ``info`` resolved to the name set off right after a description speaker ("the port's operator,
    Caldermouth Port Holdings", :func:`analysis.sourcing.apposed_names.name_after_description`), else ``info``.

    The name and the description are one referent, and the name is how the gold pages write it; a country the
    description stated (``info``) is kept when the name states none."""
    if info["resolved_by"].startswith(NOT_DESCRIPTIONS):
        return info
    name = name_after_description(sentence_toks, after, toks)
    if not name:
        return info
    described = _describe(article.raw, name, article.clusters)
    if not described["source"]:
        return info
    affiliation = described["affiliation"] if _known(described["affiliation"]) else info["affiliation"]
    return {**info, **described, "affiliation": affiliation, "resolved_by": "apposition: the name after"}


def _pseudonym_holder(sentence_toks: list[dict], after: int, toks: list[dict], info: dict) -> dict:
    """Return ``info`` as the person named by the name a court gives the speaker in an apposition after it ("A
    protected witness, referred to in court as Witness A, told" -> "Witness A", :mod:`analysis.sourcing.pseudonyms`),
    else ``info``: the gold pages write the name the text uses for the person."""
    if not toks or info["resolved_by"] not in WRITTEN:
        return info
    name = pseudonym_after(sentence_toks, after)
    if not name:
        return info
    return {**info, "source": name, "kind": "person", "resolved_by": "pseudonym"}


def _stated_in_text(
    article: Article, row: dict, spans: tuple[list[dict], list[dict], list[dict]], info: dict, described: list[dict]
) -> dict:
    """Return ``info`` with the affiliation (and a department's country) the text states outside the speaker's
    name: a person's post of a body (:func:`_owner_affiliation`), a department's state
    (:func:`_department_country`), an acronym's spelt-out name (:func:`_acronym_country`). ``spans`` holds the
    speaker's tokens, the apposition after them and the sentence's tokens."""
    toks, after, sentence_toks = spans
    posted = _posted_only(toks, info["affiliation"]) or _posted_only(after, info["affiliation"])
    if info["kind"] == "person" and info["source"] and (info["affiliation"] in {"unknown", ""} or posted):
        # The speaker phrase and the apposition after it are read apart: each may name the owner.
        # An apposition opening with "of" continues the post of the speaker phrase ("Dep. Governor X, of the Y,").
        owner_after = toks + after if after and after[0]["norm"] == "of" else after
        owned = _owner_affiliation(article, row, toks, described) or _owner_affiliation(
            article, row, owner_after, described
        )
        if not owned and toks:
            owned = _owner_affiliation(article, row, _post_before(sentence_toks, toks[0]), described)
        owned = owned or _of_body_affiliation(article, row, after, described)
        owned = (
            owned
            or _modifier_body_affiliation(article, toks + after)
            or _institution_of_post(_words_before(sentence_toks, toks) + toks + after)
            or _bare_spokesperson_affiliation(
                article, row, _words_before(sentence_toks, toks) + toks + after, described
            )
        )
        if owned:
            return {**info, "affiliation": owned}
    if info["kind"] != "person" and info["resolved_by"] == "as written":
        info = _department_country(article, row, info, sentence_toks)
    if info["kind"] != "person" and info["affiliation"] in {"unknown", ""} and _is_acronym(info["source"]):
        # "the NDMA" after "Pakistan's National Disaster Management Authority (NDMA)": the body named before.
        found = _acronym_country(article, info["source"], row["speaker_start"]) or _tie_by_initials(
            article, info["source"]
        )
        info = {**info, "affiliation": found or "unknown"}
    if info["affiliation"] in {"unknown", ""} and info["source"]:
        # A country the text introduced ("Norvasta's finance ministry"), or a body its apposition tied to one.
        written = info["resolved_by"] in WRITTEN
        stated = _learned_in(toks + after, article.learned) if written else _name_placed(article, info)
        # An untitled name's introducing apposition places it too: a body ("Kestrel said" after "Kestrel ..., a
        # Maltese shipowner") or a person whose apposition opens with a country's possessive ("X, France's envoy").
        tied = _tie(article, info["source"], toks) if _is_body(info) else ""
        info = {**info, "affiliation": stated or tied or _country_anaphor(article, toks) or info["affiliation"]}
    if info["affiliation"] in {"unknown", ""} and _is_body(info):
        info = {**info, "affiliation": _national_body_country(info["source"], sentence_toks) or info["affiliation"]}
    if info["affiliation"] == BLOC and (
        info["source"].split()[-1].casefold() in _bloc_nonstate_heads() or _bloc_word_ends_name(info["source"])
    ):
        # "Western media": a bloc's adjective places them, it does not make them its governments.
        info = {**info, "affiliation": "unknown"}
    if info["affiliation"] in {"unknown", ""} and _is_body(info) and "ministry" in info["source"].casefold().split():
        found = ministry_country(article.raw, info["source"], {**_state_forms(), **article.learned})
        info = {**info, "affiliation": found or info["affiliation"]}
    if info["affiliation"] in {"unknown", ""} and _is_body(info):
        # A port authority or a council of a place: the country the page states for the place (round 19).
        info = {**info, "affiliation": place_body_country(article.raw, info["source"]) or info["affiliation"]}
    return info


# The bloc affiliation the gazetteer gives "Western" (sourcing_countries.csv).
BLOC = "Western governments"


@lru_cache(maxsize=1)
def _bloc_nonstate_heads() -> frozenset[str]:
    """Return the heads of a source that a bloc's adjective does not make its governments ("Western media":
    ``sourcing_bloc_nonstate_heads.txt``)."""
    return frozenset(read_word_list("sourcing_bloc_nonstate_heads.txt"))


def _bloc_word_ends_name(source: str) -> bool:
    """Return whether a source of two or more words ends in the bloc's word ("Allegheny & Western", a railroad):
    there the word heads nothing, so it is a word of the body's own name, not the adjective that places speakers in
    the bloc ("Western officials"), and it ties the body to no governments."""
    words = source.split()
    return len(words) > 1 and gazetteer_kinds().get(words[-1], ("", ""))[1] == "bloc"


@lru_cache(maxsize=1)
def _state_forms() -> dict[str, str]:
    """Return the gazetteer's country names and demonyms -> country (no capital: "Moscow's minister" is no post)."""
    kinds = gazetteer_kinds()
    return {form: country for form, (country, kind) in kinds.items() if kind in {"country", "demonym"}}


def _name_placed(article: Article, info: dict) -> str:
    """Return the country a word of a body's resolved name states ("the port authority" resolved to "Portmarren Port
    Authority" after "the Belgian port of Portmarren" -> Belgium; "the ministry" resolved to "Norvastan Finance
    Ministry" -> Norvasta), else "".

    A description resolved to a body the text names is that name: the country its words state is stated for the
    description as for the name written (the affiliation convention of tests/gold/pages/README.md). Persons are left
    out: a person is not tied by a place in a name."""
    if info["kind"] == "person" or not info["source"]:
        return ""
    return _learned_in([{"text": word} for word in info["source"].split()], article.learned)


def _national_body_country(source: str, sentence_toks: list[dict]) -> str:
    """Return the one country the sentence names when the speaker is a body whose name opens with "National"
    ("the National Disaster Management Authority said" in a sentence about floods "across Pakistan"), else "".
    "National" says the body is a state's, and a sentence that names a single country names its state (the
    round-5 convention: the country the sentence that names the source states); two countries, or none, leave
    it unknown (round 16)."""
    words = source.split()
    if len(words) < 3 or words[0] != "National":
        return ""
    countries = [c for c in _countries_in(sentence_toks) if c not in {"international", "Western governments"}]
    return countries[0] if len(countries) == 1 else ""


# "the country's" in a speaker phrase ("the country's National Disaster Management Authority").
COUNTRY_ANAPHOR = ("the", "country", "'s")
# A capitalised word of the text, a candidate country name for :func:`_country_names`.
# "\b" is tested after the capital ("[A-Z](?<!\w[A-Z])": the same test), so that re skips to a capital at C speed (a
# leading "\b" keeps it from skipping; speed19: finditer over the 500 bench articles 0.12 -> 0.06 CPU s per 1,000).
CAPITALISED_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[\w-]+")


def _country_anaphor(article: Article, toks: list[dict]) -> str:
    """Return the country "the country's" stands for in a speaker phrase ("the country's weather service" after
    "floods in Pakistan" -> Pakistan): the last country named in the text before the phrase, else "".

    "The country" is a definite description of a country; its antecedent is the most recent one named (same-head
    anaphora, Vieira and Poesio 2000), so the body it owns is that country's (round 15: such bodies stayed
    ``unknown`` on four dev styles). Gated on the word "country" in the phrase."""
    norms = [t["norm"] for t in toks]
    at = next((i for i in range(len(norms) - 2) if tuple(norms[i : i + 3]) == COUNTRY_ANAPHOR), None)
    if at is None:
        return ""
    starts, names = _country_names(article.raw, tuple(sorted(set(article.learned.values()))))
    k = bisect_left(starts, toks[at]["start"])
    return names[k - 1] if k else ""


@lru_cache(maxsize=1)
def _country_names(raw: str, learned: tuple[str, ...]) -> tuple[list[int], list[str]]:
    """Return the starts and countries of the country names of ``raw`` (the gazetteer's one-word country names and
    the ``learned`` ones), in text order; one pass, cached for the article being resolved."""
    kinds = gazetteer_kinds()
    starts, names = [], []
    for match in CAPITALISED_WORD.finditer(raw):
        country, kind = kinds.get(match.group(), ("", ""))
        if kind == "country" or match.group() in learned:
            starts.append(match.start())
            names.append(country or match.group())
    return starts, names


def _modifier_body_affiliation(article: Article, phrase: list[dict]) -> str:
    """Return the known affiliation of the last earlier body source whose head ends in a lower-case organisation head
    of a person's post phrase ("X, a department spokeswoman", "ministry spokesman X", "X, who oversees ... at the
    central bank"), else "".

    A body named once is then called by its head noun alone, here as a modifier of a post or the object of a
    relative clause: a second reference to the most recent body of that head (the definite-description rule of
    :func:`_definite_description`, read inside the post). The affiliation convention of tests/gold/pages/README.md
    ties the person to the country the text states for that body. Matched on the head word and the word before it
    ("central bank"), then the head alone, in :attr:`Article.bodies`.
    """
    heads = organisation_heads()
    for k, tok in enumerate(phrase):
        if tok["norm"] not in heads or (_is_cap(tok) and not _modifies_post(phrase, k)):
            continue
        for key in (tuple(t["norm"] for t in phrase[max(0, k - 1) : k + 1]), (tok["norm"],)):
            body = article.bodies.get(key)
            if body is not None and _known(body["affiliation"]):
                return body["affiliation"]
    return ""


def _bare_spokesperson_affiliation(article: Article, row: dict, phrase: list[dict], described: list[dict]) -> str:
    """Return the affiliation of the body just named for a spokesperson the text gives no owner ("The State
    Department dismissed the claims. ... deputy spokeswoman X said", "A spokesman, X, told"), else "".

    A spokesperson speaks for a body by definition; with no possessive, "of"/"for" phrase or name before the post,
    the body is the one the sentence before (or this one) has just named, as "its spokesman" would take it up
    (the affiliation convention of tests/gold/pages/README.md: the body of the sentence before)."""
    norms = [t["norm"] for t in phrase]
    spokes = [f for f in _roles_in(norms) if f[2] == "spokesperson" and f[3] == "person"]
    if not spokes:
        return ""
    start, end = spokes[0][0], spokes[0][1]
    modifiers = [t for t in phrase[:start] if t["is_word"] and t["norm"] not in {"a", "an", "the"}]
    if any(_is_cap(t) or t["norm"] in {"'s", "’s"} for t in modifiers) or (
        end < len(norms) and norms[end] in POST_OWNER_LINKS
    ):
        return ""
    return _last_body_affiliation(row, described) or _earlier_subject_affiliation(article, row)


def _institution_of_post(phrase: list[dict]) -> str:
    """Return the country of a named body of one country (``sourcing_institutions.csv``) that modifies a post in a
    person's phrase ("an NTSB board member", "White Helmets volunteer X": the name, then a lower-case word), else "".

    The post ties its holder to the body, as "X, head of the NTSB" does (:func:`_owner_affiliation`), and the
    affiliation convention of tests/gold/pages/README.md gives the body's staff the country the body belongs to;
    a name followed by no post ("told the NTSB") ties no one."""
    table = institutions()
    texts = [t["text"] for t in phrase]
    for i in range(len(texts)):
        if i and phrase[i - 1]["norm"] not in POST_OPENERS:
            continue  # "spoke to the NTSB", "told NTSB investigators": the body is an object, no owner of a post
        for name, country in table.items():
            end = i + len(name)
            if tuple(texts[i:end]) == name and _modifies_post(phrase, end - 1):
                return country
    return ""


# A post's modifiers before a speaker phrase are read back at most this many words ("NTSB board | member X").
MODIFIER_WORDS_BEFORE = 3


def _words_before(sentence_toks: list[dict], toks: list[dict]) -> list[dict]:
    """Return the words that run up to the speaker phrase in its sentence, with no punctuation between (at most
    ``MODIFIER_WORDS_BEFORE``), else []: the extractor may keep only the head of a pre-modified post ("member X"
    of "NTSB board member X"), whose modifiers still name the body the post belongs to."""
    if not toks:
        return []
    k = next((i for i, t in enumerate(sentence_toks) if t is toks[0]), 0)
    start = k
    while start > 0 and k - start < MODIFIER_WORDS_BEFORE and sentence_toks[start - 1]["is_word"]:
        start -= 1
    return sentence_toks[start:k]


# The words that may open a post before the body that modifies it ("an NTSB board member", "the FHT chairwoman").
POST_OPENERS = frozenset({"a", "an", "the", ","})
# Lower-case words after a name that are no post: prepositions, conjunctions and the like ("the NTSB on Monday").
NOT_POST_WORDS = NP_FUNCTION | CLAUSE_BOUNDARY | HEAD_ENDERS | frozenset({"with", "by", "or", "about", "after"})


def _modifies_post(phrase: list[dict], k: int) -> bool:
    """Return whether the capitalised head ``phrase[k]`` modifies a lower-case post after it ("Union secretary X",
    "Foreign Ministry spokeswoman X"): a title-cased head before a post is the body's name shortened, read as a
    second reference like the lower-case head (a head inside a longer name, "European Union", is followed by no
    lower-case post and stays out)."""
    return k + 1 < len(phrase) and phrase[k + 1]["text"][:1].islower() and phrase[k + 1]["norm"] not in NOT_POST_WORDS


def _is_body(info: dict) -> bool:
    """Return whether a description may name a body: not a person, or an untitled name (a body named alone)."""
    return info["kind"] != "person" or info["source_type"] == "person (untitled)"


def _post_before(sentence_toks: list[dict], first: dict) -> list[dict]:
    """Return the post set off by a comma before a speaker's name when it opens the sentence ("Amberline's chief
    executive officer, X, who attended ..., assured"), else []: the extractor may keep only the name as the
    speaker, yet the post and the name are one person (an apposition) and the post's owner ties them. The post
    must hold a person's title (``source_roles.csv``) and run from the sentence's start."""
    k = next((i for i, t in enumerate(sentence_toks) if t is first), 0)
    if k < 2 or k - 1 > APPOSITION_MAX_TOKENS or sentence_toks[k - 1]["text"] != ",":
        return []
    post = sentence_toks[: k - 1]
    roles = _roles_in([t["norm"] for t in post])
    if any(t["text"] in {",", ";", ":"} for t in post) or not any(found[3] == "person" for found in roles):
        return []
    return post


# The prepositions of a posting after a post: "its representative in Pakistan", "coordinator for Syria".
POSTING_WORDS = frozenset({"in", "at", "for"})


def _posted_only(phrase: list[dict], affiliation: str) -> bool:
    """Return whether ``phrase`` names the country ``affiliation`` only as a person's posting, right after
    "in"/"at"/"for" ("Its representative in Pakistan, X": where the person works, not whom they work for).

    The affiliation convention of tests/gold/pages/README.md ties a person to the body a post belongs to; a place
    is no tie, so an owner the text names (:func:`_owner_affiliation`) wins over it."""
    places = [k for k, t in enumerate(phrase) if _countries_in([t]) == [affiliation]]
    if not places or not _known(affiliation):
        return False
    return all(k and phrase[k - 1]["norm"] in POSTING_WORDS for k in places)


def _tie(article: Article, source: str, toks: list[dict]) -> str:
    """Return the country an apposition tied the body to (:func:`_body_ties`), looked up by the resolved source, else
    by the speaker as written: "Amberline, Norvasta's fifth-largest lender, rejected …" resolves "Amberline" to the
    fuller "Amberline Cooperative Bank", while the apposition tied the name as written (round 11)."""
    found = article.ties.get(re.sub(r"^the\s+", "", source.casefold()), "")
    if found or not toks:
        return found
    written = article.raw[toks[0]["start"] : toks[-1]["end"]]
    return article.ties.get(re.sub(r"^the\s+", "", written.casefold()), "")


def _remember(article: Article, info: dict, described: list[dict], position: int) -> None:
    """Record the row just described (``described[-1]``, at ``position``) in the look-ups of later rows: a person
    as a pronoun's candidate, whose stated country the name's other mentions and surname share; a body by its
    head words, name and initials."""
    if info["kind"] == "person" and info["source"]:
        article.persons.add((position, 0, len(described) - 1), described[-1])
        _learn_speaker_surname(article, info)
        if _known(info["affiliation"]):
            # The name's other mentions are the same person: a later pronoun or surname that reaches one of
            # them carries the country this speaker phrase stated.
            article.persons.learn_affiliation(info["source"], info["affiliation"])
            cluster = article.clusters.get(info["source"].split()[-1])
            if cluster is not None and not cluster["affiliation"]:
                cluster["affiliation"] = info["affiliation"]
    elif info["kind"] != "person":
        head_phrase = _head_phrase(info["source"])
        for size in (1, 2):  # a definite description has one or two words after "the"
            if len(head_phrase) > size:
                article.bodies[tuple(head_phrase[-size:])] = described[-1]
        if info["source"]:
            article.named[info["source"].casefold()] = described[-1]
            article.named[initials(info["source"]).casefold()] = described[-1]


def _learn_speaker_surname(article: Article, info: dict) -> None:
    """Give the surname of a speaker named in full ("Deputy Minister Oksana Hrytsenko said") a cluster when the
    article's mentions gave it none, so that a later bare surname ("Hrytsenko said") is that person: the speaker
    phrase introduced the name as a person's (its post or cue says so) even when the given name is not in the list
    of common given names the mention finder needs (news names a person in full once, then by the surname)."""
    words = info["source"].split()
    if info["resolved_by"] != "name" or not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return
    if words[-1] in article.clusters or words[-1].isupper():
        return
    affiliation = info["affiliation"] if _known(info["affiliation"]) else ""
    article.clusters[words[-1]] = {"full": info["source"], "role": "", "affiliation": affiliation, "key": ()}


def _referent(article: Article, row: dict, toks: list[dict], info: dict, described: list[dict]) -> dict:
    """Return the description of a row's source: ``info`` as written, or that of the referent of a
    floating quotation, a personal pronoun, ``it``/``they`` or ``the statement``."""
    first = toks[0]["norm"] if toks else ""
    is_pronoun = len(toks) == 1 and first in SPEAKER_PRONOUNS
    is_statement = bool(toks) and toks[-1]["norm"] in STATEMENT_HEADS and not any(_is_cap(t) for t in toks[1:])
    if row["mode"] == "floating":
        # Rows come in sentence order: the look-back stops at the first row of an earlier sentence than the window.
        previous = None
        here = bisect_left(article.sentence_ids, row["sentence_id"])
        for d in reversed(described):
            # The window counts sentences of the article, not ids: the sentences of a quotation the text layer
            # joined into one keep the ids after theirs unused (round 14: a floating quotation after a long one).
            if here - bisect_left(article.sentence_ids, d["sentence_id"]) > FLOATING_LOOKBACK_SENTENCES:
                break
            if d["source"]:
                previous = d
                break
        if previous is not None:
            return {**previous, "resolved_by": "floating: previous attribution"}
        return {**info, "resolved_by": "floating: no speaker before"}
    if is_pronoun and SPEAKER_PRONOUNS[first] == "person":
        return _nearest_person(article, row, info, PRONOUN_GENDER.get(first, ""), described)
    own = _page_body_we(article, row, first) if is_pronoun else None
    if own is not None:
        return {**info, **own}
    if is_pronoun or is_statement:
        target = _own_subject(article, row, toks[0]) if is_pronoun and first in PLURAL_THIRD_PERSON else None
        if is_pronoun and target is None:
            target = _previous_subject(article, row["sentence_id"], described)
        if target is None:
            last = next(
                (
                    d
                    for d in reversed(described)
                    if d["source"] and not d["anonymous"] and (is_statement or d["kind"] != "person")
                ),
                None,
            )
            resolved_by = "statement: last source" if is_statement else "pronoun: last organisation"
            target = {**last, "resolved_by": resolved_by} if last is not None else None
        if target is not None:
            return {
                **info,
                **{k: target[k] for k in (*DESCRIPTION, "collective")},
                "resolved_by": target["resolved_by"],
            }
        return {**info, "source": "", "resolved_by": "unresolved"}
    own = _own_page_referent(article, row, toks)
    return {**info, **own} if own is not None else _description_referent(article, row, toks, info)


def _description_referent(article: Article, row: dict, toks: list[dict], info: dict) -> dict:
    """Return the description of a speaker that is no pronoun: the outlet, person or body a description stands for
    (the anaphor rules in order, the first that resolves wins), else ``info`` as written."""
    norms = [t["norm"] for t in toks]
    staff = staff_of_outlet(article.raw, norms, row["speaker_start"]) if toks else None
    if staff is not None:
        source, country = staff
        return {**info, "source": source, "affiliation": country or "unknown", "resolved_by": "outlet staff"}
    named = outlet_of_noun(article.raw, norms, row["speaker_start"]) if toks else None
    if named is not None:
        return _as_outlet(info, named[0], named[1], "outlet anaphor: named after its noun")
    outlet = _outlet_anaphor(article, row, _with_outlet_noun_after(article, row, toks), info)
    if outlet is not None:
        return outlet
    judge = judge_near(article.raw, row["speaker_start"]) if is_judge_description(norms) else None
    if judge is not None:
        return {**info, "source": judge, "kind": "person", "resolved_by": "judge: named with a title"}
    region = region_body(article.raw, norms, row["speaker_start"]) if info["resolved_by"] == "as written" else None
    if region is not None:
        return {**info, "source": region, "kind": "organisation", "resolved_by": "region: the part named"}
    person = _person_description(article, row, toks, info)
    if person is None:
        person = _capitalised_title(article, row, toks, info)
    if person is None:
        person = _named_post_holder(article, toks, info)
    if person is not None:
        return person
    described = _definite_description(article, row, toks, info)
    if described is not info:
        return described
    for rule in (
        _spokesperson_for_description,
        _typed_body_anaphor,
        _possessed_staff,
        _official_of_description,
        _body_members,
        _possessive_body,
        _first_person_body,
        _addressee_body,
    ):
        described = rule(article, row, toks, info)
        if described is not info:
            return described
    owner = _document_anaphor(toks, info)
    if owner:
        owned = _describe(article.raw, owner, article.clusters)
        for rule in (_definite_description, _typed_body_anaphor):
            described = rule(article, row, owner, owned)
            if described["resolved_by"] != "as written":
                return {**described, "resolved_by": "document: " + described["resolved_by"]}
    return _copular_holder(article, info)


def _spokesperson_for_description(article: Article, row: dict, toks: list[dict], info: dict) -> dict:
    """Return ``info`` as the body an unnamed spokesperson speaks for when the text names it by a bare noun ("a
    spokesman for the company", "a spokeswoman for the ministry"), else ``info`` unchanged.

    The ruling of round 16 makes an unnamed spokesperson's source the body; a body called by its noun is a second
    reference: the name the definite description takes up (:func:`_definite_description`), else the body that is
    the subject of one of the sentences before ("X Holdings disputes the account. A spokesman for the company
    said": :func:`_earlier_subject_body`)."""
    norms = [t["norm"] for t in toks]
    spokes = [f for f in _roles_in(norms) if f[2] == "spokesperson" and f[3] == "person"]
    if info["resolved_by"] != "as written" or not spokes:
        return info
    begin, end = spokes[0][0], spokes[0][1]
    if begin == 2 and norms[0] in {"a", "an", "the"} and end == len(norms) and not _is_cap(toks[1]):
        # "A university spokesperson": the noun before the post is the body, as in "a spokesperson for the university".
        owner = [{**toks[0], "norm": "the"}, toks[1]]
    else:
        owner = toks[end + 1 :]
        if norms[end : end + 2] != ["for", "the"] or not 2 <= len(owner) <= 3 or any(_is_cap(t) for t in owner[1:]):
            return info
    if owner[-1]["norm"] not in organisation_heads():
        return info
    base = {**info, "affiliation": "unknown"}
    body = _definite_description(article, row, owner, base)
    if body is base:
        body = _earlier_subject_body(article, row) or base
    if body is base or not body["source"]:
        return info
    return {**info, **{k: body[k] for k in DESCRIPTION}, "resolved_by": "spokesperson: body of its noun"}


def _earlier_subject_body(article: Article, row: dict) -> dict | None:
    """Return the description of the body named by the capitalised run that opens one of the
    ``OWNER_LOOKBACK_SENTENCES`` sentences before the row's, as its subject ("X Port Holdings disputes the account.":
    two capitalised words or more, then a lower-case word), with the country its apposition ties it to, else None:
    a bare noun's antecedent named as the sentence's topic. A person's name is no body."""
    at = bisect_left(article.sentence_ids, row["sentence_id"])
    for previous_id in reversed(article.sentence_ids[max(0, at - OWNER_LOOKBACK_SENTENCES) : at]):
        toks = [t for t in article.by_sentence.get(previous_id, []) if t["is_word"] or t["text"] in {"&", "'"}]
        first = next((i for i, t in enumerate(toks) if t["text"][:1].isalpha()), len(toks))
        k = first
        while k < len(toks) and (_is_cap(toks[k]) or toks[k]["text"] in {"&", "of", "and"}):
            k += 1
        if k - first < 2 or k >= len(toks) or not toks[k]["text"][:1].islower():
            continue
        info = _describe(article.raw, toks[first:k], article.clusters)
        if info["source"] and _is_body(info):
            tied = _known(info["affiliation"]) or _tie(article, info["source"], toks[first:k])
            return {**info, "kind": "organisation", "affiliation": tied or "unknown"}
    return None


def _document_anaphor(toks: list[dict], info: dict) -> list[dict]:
    """Return the tokens "the <noun>" of a body's bare noun that owns the speaker, a document ("the authority's
    daily situation report", "the ministry's statement", ``sourcing_document_nouns.txt``), else [].

    A capitalised owner is read by :func:`analysis.sourcing.speakers._document_owner`; a bare noun ("the
    authority") takes up a body named before, as it does as a speaker (:func:`_typed_body_anaphor`), and the
    document speaks for that body (the gold pages write the body)."""
    if info["resolved_by"] != "as written" or len(toks) < 4 or toks[-1]["norm"] not in document_nouns():
        return []
    if toks[0]["norm"] != "the" or toks[2]["norm"] not in {"'s", "’s"}:
        return []
    return toks[:2]


def _body_members(article: Article, row: dict, toks: list[dict], info: dict) -> dict:
    """Return ``info`` as the members of the body named before on the line when a speaker phrase is "its" or
    "their" and a group noun of ``source_roles.csv`` ("Their inspectors" after "the OPCW" -> "OPCW inspectors"
    of the OPCW's country), else ``info`` unchanged.

    The possessive ties the group to a body, and the gold pages write the group under the body's name; the body
    is the last named one before the phrase on its line (a paragraph, :func:`_typed_names`), never a channel.
    """
    norms = [t["norm"] for t in toks]
    if not (len(norms) == 2 and norms[0] in BODY_POSSESSIVES and norms[1] in _group_nouns()):
        return info
    starts, names, kinds, countries = _typed_names(article.raw)
    line_start = line_start_of(article.raw, row["speaker_start"])
    k = bisect_left(starts, row["speaker_start"])
    while k > 0 and starts[k - 1] >= line_start and kinds[k - 1] == "channel":
        k -= 1
    if k == 0 or starts[k - 1] < line_start:
        return info
    name = names[k - 1]
    named = _tokens_of(article, row, starts[k - 1], starts[k - 1] + len(name))
    country = _describe(article.raw, named, article.clusters)["affiliation"] if named else ""
    affiliation = _known(country) or countries[k - 1] or _name_country(name) or "unknown"
    source = f"{name} {toks[1]['text']}"
    return {**info, "source": source, "affiliation": affiliation, "resolved_by": "body members: body named before"}


# Words after "its"/"their" that are no part of the body's own name ("their own harbour office").
OWN_WORDS = frozenset({"own"})
# Words that open the seat after a possessed body ("its officials in Sindh"): the seat is no part of the source.
SEAT_WORDS = frozenset({"in", "at", "from"})


@lru_cache(maxsize=1)
def _possessed_staff_heads() -> frozenset[str]:
    """Return the heads of a body's staff or organ named through its possessive (``sourcing_possessed_staff.txt``)."""
    return frozenset(read_word_list("sourcing_possessed_staff.txt"))


# Words of a bare noun that owns the speaker ("the group's", "the port company's"): at most this many after "the".
POSSESSOR_WORDS = 2


def _possessed_staff(article: Article, row: dict, toks: list[dict], info: dict) -> dict:
    """Return ``info`` resolved to "<body> <staff>" when the speaker is a body's staff or organ named through the
    possessive of a bare noun that takes up a body named before ("the group's field coordinators" -> "Hope Across
    Borders field coordinators", "the company's own board" -> "X Holdings board"), else ``info`` unchanged.

    The possessor is resolved as it would be as a speaker (:func:`_definite_description`, then
    :func:`_typed_body_anaphor`); the staff speak, identified by the body (round 18, staff_of_named_body), and
    "own" is no part of the name."""
    if info["resolved_by"] != "as written" or len(toks) < 4 or toks[0]["norm"] != "the":
        return info
    k = next((i for i, t in enumerate(toks) if t["norm"] in {"'s", "’s"}), None)
    if k is None or not 2 <= k <= POSSESSOR_WORDS + 1 or toks[-1]["norm"] not in _possessed_staff_heads():
        return info
    staff = [t for t in toks[k + 1 :] if t["norm"] not in OWN_WORDS]
    if not staff or any(_is_cap(t) for t in toks[1:]):
        return info
    owner = toks[:k]
    base = {**info, "source": " ".join(t["text"] for t in owner[1:]), "affiliation": "unknown"}
    body = _definite_description(article, row, owner, base)
    if body["resolved_by"] == base["resolved_by"]:
        body = _typed_body_anaphor(article, row, owner, base)
    if body["resolved_by"] == base["resolved_by"] or body.get("kind") == "person" or not body["source"]:
        return info
    rest = article.raw[staff[0]["start"] : staff[-1]["end"]]
    affiliation = _known(body["affiliation"]) or info["affiliation"]
    return {**info, "source": f"{body['source']} {rest}", "affiliation": affiliation, "resolved_by": "possessed staff"}


# The heads of an unnamed official's phrase ("a senior official of the commission", "A ministry official").
OFFICIAL_HEADS = frozenset({"official", "officials"})
# Rank words before a compound official's body noun ("a senior ministry official"): no part of the body.
OFFICIAL_RANKS = frozenset({"senior", "junior", "top", "high-ranking", "former"})
# The prepositions that place an official in a body ("officials at the governorate").
OFFICIAL_LINKS = frozenset({"of", "at", "in", "from"})


def _official_owner(toks: list[dict]) -> list[dict]:
    """Return "the <body noun>" for an unnamed official's body given by a bare noun: after the head ("a senior
    official of the commission" -> "the commission") or before it ("A ministry official" -> "the ministry"), else []."""
    norms = [t["norm"] for t in toks]
    k = next((i for i, n in enumerate(norms) if n in OFFICIAL_HEADS), None)
    if k is None or any(_is_cap(t) for t in toks[1:]) or "and" in norms or "," in norms:
        return []  # "State and railroad officials": officials of several bodies
    after = toks[k + 1 :]
    if k == len(toks) - 1 and k >= 1 and norms[k - 1] in organisation_heads():
        start = 1 if norms[0] in {"a", "an", "the", "one"} else 0
        while start < k - 1 and norms[start] in OFFICIAL_RANKS:
            start += 1
        return [{**toks[0], "norm": "the", "text": "the"}, *toks[start:k]] if k - start <= 2 else []
    if 3 <= len(after) <= 4 and after[0]["norm"] in OFFICIAL_LINKS and after[1]["norm"] == "the":
        return after[1:] if after[-1]["norm"] in organisation_heads() else []
    return []


def _official_of_description(article: Article, row: dict, toks: list[dict], info: dict) -> dict:
    """Return ``info`` resolved to "<body> official" when an unnamed official's body is a bare noun that takes up a
    body named before ("A senior official of the commission" -> "Independent Electoral Commission official", "A
    ministry official" -> "Turkish Defence Ministry official"), else ``info`` unchanged.

    One unnamed official is ``<owner> official`` (round 16, one_official) and a second reference takes the form of
    the mention it takes up (round 16): the owner is resolved as the description would be as a speaker
    (:func:`_definite_description`); the official takes the body's country."""
    if info["resolved_by"] != "as written":
        return info
    owner = _official_owner(toks)
    if not owner:
        return info
    base = {**info, "source": owner[-1]["text"], "affiliation": "unknown"}
    body = _definite_description(article, row, owner, base)
    # The head noun alone ("same head") may take up another body of the kind ("finance" -> the planning ministry).
    if body["resolved_by"] in {base["resolved_by"], "definite description: same head"}:
        return info
    if not body["source"][:1].isupper():
        return info
    head = next(t["text"] for t in toks if t["norm"] in OFFICIAL_HEADS)
    affiliation = _known(body["affiliation"]) or info["affiliation"]
    return {
        **info,
        "source": f"{body['source']} {head}",
        "affiliation": affiliation,
        "resolved_by": "official of a body",
    }


def _possessive_body(article: Article, row: dict, toks: list[dict], info: dict) -> dict:
    """Return ``info`` resolved through "its"/"their" to the body or state that is the clause's subject before the
    speaker, else the previous sentence's subject: "Turkey ... has called for a ceasefire. Its foreign ministry
    said" -> "Turkish foreign ministry" (Turkey); "The OPCW investigated, and its fact-finding mission confirmed"
    -> "OPCW fact-finding mission"; else ``info`` unchanged.

    A possessive determiner refers to the most salient earlier noun phrase, the subject (Lappin and Leass 1994);
    the gold pages write the possessed body under its owner's name, a state's by its demonym (the ruling of
    tests/gold/pages/README.md). Only a speaker left as written that names no person is read ("Its director, X" is
    X); a seat after the body ("its officials in Sindh") is dropped, and "own" is no part of the name.
    """
    words = info["source"].split()
    if info["resolved_by"] != "as written" or len(toks) < 2 or not words or words[0].casefold() not in BODY_POSSESSIVES:
        return info
    body = [t for t in toks[1:] if t["norm"] not in OWN_WORDS]
    body = body[: next((k for k, t in enumerate(body) if t["norm"] in SEAT_WORDS), len(body))]
    owner = _possessive_owner(article, row)
    if not body or owner is None:
        return info
    rest = article.raw[body[0]["start"] : body[-1]["end"]]
    country = _state_named(owner["source"])
    if country in demonyms():
        source, affiliation = f"{demonyms()[country]} {rest}", country
    else:
        source, affiliation = f"{owner['source']} {rest}", _known(owner["affiliation"]) or info["affiliation"]
    return {**info, "source": source, "affiliation": affiliation, "resolved_by": "possessive: subject before"}


# The first-person possessive of a speaker's own body ("Our president", "our agriculture ministry").
FIRST_PERSON_POSSESSIVES = frozenset({"our"})
# A turn label opening a paragraph of an interview or a briefing: "Q:", "A:", "Question (Outlet):", "KOROLEV:",
# "Liang Shuyan:"; at most four capitalised words, an optional parenthesis, then a colon and a space. A transcript's
# time stamp may open the line ("[00:27] DINA SABBAGH: ...") and a post in capitals follow the name ("ANA RUIZ, PORT
# SPOKESWOMAN (through translator): ...", television transcripts), round 15.
TURN_LABEL = re.compile(
    LINE_START_PATTERN + r"[^\S\r\n]*(?:[\[(]\d{1,2}(?::\d\d){1,2}[\])][^\S\r\n]+)?"
    r"((?:[A-Z][\w'’.-]*)(?:[^\S\r\n][A-Z][\w'’.-]*){0,3})(?:,[^\S\r\n][A-Z][A-Z'’. \t-]{1,60})?"
    r"(?:[^\S\r\n]*\([^()\r\n]{1,60}\))?:[^\S\r\n]",
    re.MULTILINE,
)
# Labels of the interviewer's or the press's turn, and of the interviewee's or the briefer's turn.
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})


@lru_cache(maxsize=1)
def _turn_labels(raw: str) -> tuple[list[int], list[str]]:
    """Return the start and the casefolded words of each turn label of ``raw`` (:data:`TURN_LABEL`), in text order;
    cached for the article being resolved."""
    starts, labels = [], []
    for match in TURN_LABEL.finditer(raw):
        starts.append(match.start())
        labels.append(match.group(1).casefold())
    return starts, labels


def _turn_start(article: Article, here: int) -> int:
    """Return the start of the turn label of the turn holding ``here`` (:func:`_turn_labels`), else ``here``."""
    starts, _ = _turn_labels(article.raw)
    k = bisect_left(starts, here)
    return starts[k - 1] if k else here


def _own_turn_label(article: Article, here: int, candidate: Candidate | None) -> bool:
    """Return whether ``candidate`` (a person's position) lies in the label of the turn holding ``here``
    ("AYESHA SIDDIQUI: The finance minister has said ..."), so that it cannot be the referent of a third-person
    pronoun in that turn: whoever has the turn speaks of themselves as "I" (round 15: "he" inside a guest's turn
    was given to the guest)."""
    start = _turn_start(article, here)
    return candidate is not None and start != here and _in_turn_label(article, candidate[0]) and start <= candidate[0]


def _in_turn_label(article: Article, position: int) -> bool:
    """Return whether ``position`` lies in a turn label (:func:`_turn_labels`), before its colon: a name there says
    who has the turn, not whom a post in a turn describes (round 15: "the finance minister" inside one guest's
    turn was given to the guest or to the host of the turn before)."""
    starts, _ = _turn_labels(article.raw)
    k = bisect_right(starts, position)
    if not k:
        return False
    colon = article.raw.find(": ", starts[k - 1])  # the label's colon, not a time stamp's
    return position < colon and not has_line_break(article.raw[starts[k - 1] : colon])


@lru_cache(maxsize=64)
def _introduced_country(raw: str, name: str) -> str:
    """Return the first country (a country's name, demonym or capital, also before "-based") in the sentence of
    ``name``'s first occurrence from the name on ("X has been Ukraine's ambassador to Kenya" -> Ukraine), else ""."""
    start = raw.find(name)
    if start < 0:
        return ""
    end = min(k for k in (line_end(raw, start), raw.find(". ", start + len(name)), len(raw)) if k >= 0)
    for word in re.findall(r"[A-Z][\w]+", raw[start + len(name) : end]):
        country, kind = gazetteer_kinds().get(word, ("", ""))
        if kind in {"country", "demonym", "capital"}:
            return country
    return ""


def _turn_speaker_country(article: Article, here: int) -> str:
    """Return the country of the person whose turn holds ``here``, else "".

    The turn is the last label before ``here`` (:func:`_turn_labels`). A name label ("KOROLEV:") is the person of
    that surname or name; "A:" or "Answer:" is the interviewee or briefer, the last person the text names before the
    first question label. The country is the one the person's mention states, else the first one in the sentence
    introducing the name (:func:`_introduced_country`); a question label or an unknown name gives ""."""
    starts, labels = _turn_labels(article.raw)
    k = bisect_left(starts, here)
    if k == 0 or labels[k - 1] in QUESTION_LABELS:
        return ""
    label = labels[k - 1]
    if label in ANSWER_LABELS:
        first_question = next((s for s, lab in zip(starts, labels, strict=True) if lab in QUESTION_LABELS), -1)
        found = article.persons.candidate(first_question, "") if first_question >= 0 else None
        if found is None:
            return ""
        person = article.persons.descriptions[found[1:]]
        name, stated = person["source"], person["affiliation"]
    else:
        cluster = next(
            (article.clusters.get(w.title()) for w in reversed(label.split()) if w.title() in article.clusters), None
        )
        if cluster is None:
            return ""
        name, stated = cluster["full"], cluster["affiliation"]
    if stated in demonyms():
        return stated
    return _introduced_country(article.raw, name)


# The first-person plural subject: on a body's own page, its spokesperson's "we" is the body.
FIRST_PERSON_PLURAL = frozenset({"we"})


def _in_question_turn(article: Article, here: int) -> bool:
    """Return whether ``here`` lies in a question's turn ("Q:", "Question:"), whose "we" or "our" is the asker's."""
    starts, labels = _turn_labels(article.raw)
    k = bisect_left(starts, here)
    return bool(k) and labels[k - 1] in QUESTION_LABELS


def _channel_voice(article: Article, row: dict, toks: list[dict], info: dict, described: list[dict]) -> dict:
    """Return ``info`` as the channel that speaks on a channel digest's item (:mod:`.channels`), else unchanged:
    "The channel", "Its author", "the channel's author" -> the item's channel; "<X>'s author" -> X; a floating
    quotation with no speaker before in its item -> the item's channel. A named author set off after the phrase
    ("The channel's author, the former stockbroker Jens Aas,") is the person (:func:`_apposed_name`)."""
    here = row["speaker_start"] if row["speaker_start"] >= 0 else row["content_start"]
    item = item_channel(article.raw, here)
    if item is None:
        return info
    if row["mode"] == "floating":
        previous = next((d for d in reversed(described) if d["source"]), None)
        if previous is not None and previous["position"] >= item[0]:
            return info
        return _as_channel(info, item[1], "channel: the item's, floating")
    voice = channel_voice_of([t["norm"] for t in toks]) if toks else ""
    if not voice:
        return info
    named = _apposed_name(article, row, toks)
    if named:
        return {**info, "source": named, "kind": "person", "affiliation": "unknown", "resolved_by": "channel: named"}
    words = info["source"].split()
    if voice == "owner" or (info["resolved_by"] not in WRITTEN and len(words) >= 2):
        owner = re.sub(r"[’']s$", "", " ".join(words[:-1]))
        if owner[:1].isupper() and words[-1].casefold() in channel_words()["voice"]:
            return _as_channel(info, owner, "channel: owner of its author")
        return info
    return _as_channel(info, item[1], "channel: the item's")


def _as_channel(info: dict, name: str, resolved_by: str) -> dict:
    """Return ``info`` as the channel ``name``: a body whose affiliation is unknown (a channel's language or city is
    no tie: the channel style's note)."""
    return {**info, "source": name, "kind": "organisation", "affiliation": "unknown", "resolved_by": resolved_by}


def _apposed_name(article: Article, row: dict, toks: list[dict]) -> str:
    """Return the person's name that closes an apposition right after the speaker phrase (", the former
    stockbroker Jens Aas," or ", Rasha al-Hamwi,"), two capitalised words or more, else ""."""
    sentence_toks = article.by_sentence.get(row["sentence_id"], [])
    k = next((i for i, t in enumerate(sentence_toks) if t is toks[-1]), -1)
    if k < 0 or k + 1 >= len(sentence_toks) or sentence_toks[k + 1]["text"] != ",":
        return ""
    end = next((i for i in range(k + 2, len(sentence_toks)) if sentence_toks[i]["text"] in {",", ":", ";"}), None)
    if end is None or end - k > APPOSITION_MAX_TOKENS:
        return ""
    name: list[dict] = []
    for tok in reversed(sentence_toks[k + 2 : end]):
        if not (_is_cap(tok) or (name and tok["text"][:1].islower() and "-" in tok["text"])):
            break
        name.insert(0, tok)
    if len(name) < 2:
        return ""
    return article.raw[name[0]["start"] : name[-1]["end"]]


def _own_page_referent(article: Article, row: dict, toks: list[dict]) -> dict | None:
    """Return the description of the page's own publisher a speaker phrase names: a letter's "your report"
    (:func:`_your_paper`), a mission's or ministry's bare head (:func:`_page_body_noun`), else None."""
    paper = _your_paper(article, row, toks)
    if paper:
        return {"source": paper, "kind": "organisation", "affiliation": "unknown", "resolved_by": "your paper"}
    return _page_body_noun(article, toks)


def _your_paper(article: Article, row: dict, toks: list[dict]) -> str:
    """Return the source of a letter's "your report", "your leader", "Your correspondent" (the page's paper,
    :func:`.own_paper.your_paper_source`), else "". The affiliation stays unknown: a paper's name ties it to no
    country (the letters style's note)."""
    if not toks:
        return ""
    sentence_toks = article.by_sentence.get(row["sentence_id"], [])
    k = next((i for i, t in enumerate(sentence_toks) if t is toks[0]), 0)
    before = sentence_toks[k - 1]["norm"] if k else ""
    return your_paper_source(article.raw, [t["norm"] for t in toks], before) or ""


def _page_body_noun(article: Article, toks: list[dict]) -> dict | None:
    """Return the description of the body publishing the page (:func:`.self_name.page_body`) for a speaker "the
    <head>" whose head is the first word of that body's name ("The Embassy notes" on the site of the "Embassy of
    Ukraine in ..."), else None: on a body's own page the bare head is its name for itself, as its "we" is
    (:func:`_page_body_we`), not a body named earlier in a headline or a title."""
    if len(toks) != 2 or toks[0]["norm"] != "the" or not _is_cap(toks[1]):
        return None
    found = page_body(article.raw)
    if found is None or found[0].split()[0].casefold() != toks[1]["norm"]:
        return None
    return _own_body(*found)


def _own_body(source: str, country: str, resolved_by: str = "the page's own body") -> dict:
    """Return the description of the page's own body ``source`` of ``country``, resolved by the rule named."""
    return {
        "source": source,
        "kind": "organisation",
        "affiliation": country,
        "anonymous": False,
        "collective": False,
        "resolved_by": resolved_by,
    }


def _page_body_we(article: Article, row: dict, first: str) -> dict | None:
    """Return the description of the body publishing the page (:func:`.self_name.page_body`) for a speaker "we"
    outside a question's turn, else None: the round-18 ruling (``ministry_self_name``) gives a ministry's "we" on
    its own briefing page the name the page gives itself, its owner as the adjective."""
    if first not in FIRST_PERSON_PLURAL or _in_question_turn(article, row["speaker_start"]):
        return None
    found = page_body(article.raw)
    if found is None:
        return None
    return _own_body(*found, resolved_by="first person: the page's own body")


def _first_person_body(article: Article, row: dict, toks: list[dict], info: dict) -> dict:
    """Return ``info`` resolved through "Our" to the country of the person whose turn the speaker phrase stands in:
    "A: ... Our agriculture ministry estimates ..." in an interview with Ukraine's ambassador -> "Ukrainian
    agriculture ministry" (Ukraine); else ``info`` unchanged.

    In an interview or a briefing the answer is the interviewee's own voice, and their "our" is their country's
    (the gold pages write the body under the country's demonym, as for "its", :func:`_possessive_body`). The
    speaker of the turn comes from its label (:func:`_turn_speaker_country`); a page without turn labels, or a
    question's turn, keeps the speaker as written. Only a speaker left as written is read.
    """
    if info["resolved_by"] != "as written" or not toks:
        return info
    if toks[0]["norm"] in FIRST_PERSON_POSSESSIVES:
        body = toks[1:]
    else:
        # The extractor may leave the possessive out of the speaker ("our Minister said" -> "Minister").
        sentence_toks = article.by_sentence.get(row["sentence_id"], [])
        k = next((i for i, t in enumerate(sentence_toks) if t is toks[0]), 0)
        body = toks if k and sentence_toks[k - 1]["norm"] in FIRST_PERSON_POSSESSIVES else []
    if not body or _countries_in(body):
        # "Our Turkish colleagues": a group the phrase places itself belongs to that country, not the speaker's.
        return info
    country = _turn_speaker_country(article, row["speaker_start"])
    if country not in demonyms() and not _in_question_turn(article, row["speaker_start"]):
        # No turn names the speaker: on a state body's own page, "our" is that state's (:func:`_page_body_we`).
        country = (page_body(article.raw) or ("", ""))[1]
    if country not in demonyms():
        return info
    rest = article.raw[body[0]["start"] : body[-1]["end"]]
    return {
        **info,
        "source": f"{demonyms()[country]} {rest}",
        "affiliation": country,
        "resolved_by": "first person: turn speaker",
    }


# The second-person possessive: "your bank" in a question is the addressee's body.
SECOND_PERSON_POSSESSIVES = frozenset({"your"})


def _addressee(article: Article, here: int) -> str | None:
    """Return the full name of the person the turn holding ``here`` addresses, else None: the speaker of the turn
    before when another person had it, else the speaker of the turn after (a session's first question is answered
    by the next turn), each named by a label whose last word is a surname of the article (:func:`_turn_labels`)."""
    starts, labels = _turn_labels(article.raw)
    k = bisect_left(starts, here)
    if not k:
        return None
    own = labels[k - 1].split()[-1]
    for other in (k - 2, k):
        if 0 <= other < len(labels) and labels[other].split()[-1] != own:
            cluster = article.clusters.get(labels[other].split()[-1].title())
            if cluster is not None:
                return cluster["full"]
    return None


# "NAME, Chief Executive, Amberline Bank": a person introduced with a post and then the body of the post.
POST_AND_BODY = r",[^\S\r\n]+[^,\r\n]{1,60},[^\S\r\n]+((?:[A-Z][\w&'’-]*[^\S\r\n]+){0,5}[A-Z][\w&'’-]*)"


def _addressee_body(article: Article, row: dict, toks: list[dict], info: dict) -> dict:
    """Return ``info`` resolved to the addressee's body for a speaker "your <noun>" in a turn ("Ms X, your bank told
    customers ..." -> "Amberline Bank" when the answering witness was introduced as "X, Chief Executive, Amberline
    Bank"), else ``info`` unchanged.

    In a transcript "you" is the other party of the exchange (:func:`_addressee`); their body is the one their
    introduction names after their post, taken only when its name ends in the possessed noun (a bank is "your
    bank"). A page without turn labels keeps the speaker as written."""
    norms = [t["norm"] for t in toks]
    if info["resolved_by"] != "as written" or len(norms) != 2 or norms[0] not in SECOND_PERSON_POSSESSIVES:
        return info
    name = _addressee(article, row["speaker_start"])
    if name is None:
        return info
    match = re.search(re.escape(name) + POST_AND_BODY, article.raw)
    if match is None or match.group(1).split()[-1].casefold() != norms[1]:
        return info
    body = match.group(1)
    affiliation = _tie(article, body, []) or _learned_in([{"text": w} for w in body.split()], article.learned)
    return {
        **info,
        "source": body,
        "kind": "organisation",
        "affiliation": affiliation or info["affiliation"],
        "resolved_by": "second person: the addressee's body",
    }


# "NAME[, apposition,] is/has been [the|a|W's] ... HEAD": a sentence stating who holds a post ("X has been Y's
# ambassador to Z since 2021"); the post ends before "of"/"in"/"at"/"to"/"for"/"since" or a mark.
COPULAR_POST = re.compile(
    # "\b" after the first capital, as in CAPITALISED_WORD (speed19: finditer 0.21 -> 0.12 CPU s per 1,000).
    r"((?:[A-Z](?<!\w[A-Z])[\w'’-]+[^\S\r\n])(?:[A-Z][\w'’-]+[^\S\r\n]){0,2}[A-Z][\w'’-]+)(?:,[^.\r\n]{1,120}?,)?[^\S\r\n]+"
    r"(?:is|was|has[^\S\r\n]+been|had[^\S\r\n]+been)[^\S\r\n]+"
    r"((?:the|a|an|[A-Z][\w-]*['’]s)[^\S\r\n]+(?:[a-z][\w-]*[^\S\r\n]+){0,3}?[a-z][\w-]*)(?=[^\S\r\n]+(?:of|in|at|to|for|since)\b|[.,;])"
)
# Words that end the post of a description before its complement ("ambassador in Nairobi", "head of X").
POST_COMPLEMENT = re.compile(r"\s+(?:of|in|at|to|for|since)\s.*$", re.DOTALL)


@lru_cache(maxsize=1)
def _copular_posts(raw: str) -> dict[str, list[str]]:
    """Return the last word of each post a copular sentence gives a name ("Captain Y Z has been the port's harbour
    master since 2019" -> "master": ["Captain Y Z"]), in text order; cached for the article being resolved."""
    found: dict[str, list[str]] = {}
    for match in COPULAR_POST.finditer(raw):
        found.setdefault(match.group(2).split()[-1].casefold(), []).append(match.group(1))
    return found


def _copular_holder(article: Article, info: dict) -> dict:
    """Return ``info`` resolved to the person a copular sentence of the article names as holding the post an unnamed
    description speaks by ("the port's harbour master says ..." with "Y Z has been the port's harbour master"),
    else ``info`` unchanged.

    A standfirst or an interview's introduction describes its subject by the post before (or after) the text names
    them; the sentence "NAME is/has been ... POST" makes the post and the name one person, and the gold pages write
    the name. Only a description left as written, with no capitalised word after its possessor, is read; the name
    must be a person's mention (:func:`analysis.sourcing.speakers._surname_clusters`) and hold the post alone.
    """
    written = info["source"]
    post = POST_COMPLEMENT.sub("", written).split()
    if info["resolved_by"] != "as written" or len(post) < 2 or any(w[:1].isupper() for w in post[1:]):
        return info
    holders = set(_copular_posts(article.raw).get(post[-1].casefold(), []))
    cluster = article.clusters.get(holders.pop().split()[-1]) if len(holders) == 1 else None
    if cluster is None:
        return info
    # The description is now a person's, whose affiliation is the first country it names, as for any person
    # (analysis.sourcing.speakers): "Kyiv's ambassador in Nairobi" is Ukraine's, not also Kenya's.
    affiliation = _known(info["affiliation"]).split("; ")[0] or cluster["affiliation"] or "unknown"
    return {
        **info,
        "source": cluster["full"],
        "kind": "person",
        "affiliation": affiliation,
        "resolved_by": "copular holder",
    }


def _possessive_owner(article: Article, row: dict) -> dict | None:
    """Return the description of the subject before the row's speaker in its sentence, else of the previous
    sentence's subject in the same paragraph, when it names a body or a state by capitalised words (no person, no
    pronoun); else None."""
    at = bisect_left(article.sentence_ids, row["sentence_id"])
    sentences = [article.by_sentence.get(row["sentence_id"], [])]
    sentences += [article.by_sentence.get(article.sentence_ids[at - 1], [])] if at else []
    line_start = line_start_of(article.raw, row["speaker_start"])
    for number, toks in enumerate(sentences):
        limit = next((k for k, t in enumerate(toks) if t["start"] >= row["speaker_start"]), len(toks))
        start, end = _subject(toks, limit if number == 0 else len(toks))
        if end <= start:
            continue
        if toks[start]["start"] < line_start:
            return None  # a body of an earlier paragraph is no longer the salient owner (as in _body_members)
        owner = _describe(article.raw, toks[start:end], article.clusters)
        named = all(w[:1].isupper() or w in NAME_SMALL_WORDS for w in owner["source"].split())
        if _state_named(owner["source"]) or named and owner["kind"] != "person":
            return owner
        return None
    return None


def _state_named(source: str) -> str:
    """Return the country a source names as a state (``Turkey``, ``the U.S.``, ``Syrian government``) by the
    gazetteer, else ""."""
    words = source.split()
    if words and words[-1].casefold() == "government":
        words = words[:-1]
    country, kind = gazetteer_kinds().get(" ".join(words), ("", ""))
    return country if kind in {"country", "demonym", "abbreviation", "capital"} else ""


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    """Return the one-word patterns of ``source_roles.csv`` whose kind is ``group`` ("officials", "inspectors")."""
    roles = source_roles()
    return frozenset(
        p for p, kind in zip(roles["pattern"], roles["kind"], strict=True) if kind == "group" and " " not in p
    )


# How many sentences back the tokens of a typed body's name are looked for (:func:`_tokens_of`): its description
# (country) comes from them; a name further back keeps only its text.
TYPED_NAME_LOOKBACK_SENTENCES = 12


def _typed_body_anaphor(article: Article, row: dict, toks: list[dict], info: dict) -> dict:
    """Return ``info`` resolved to the last earlier named body of the type a bare noun says ("the union", "The
    post", "the organisation", ``sourcing_body_type_nouns.csv``), else ``info`` unchanged.

    Tried after :func:`_definite_description` found no name ending in the noun: a text names a union, a channel
    or an embassy once and then calls it by what it is, and the gold pages write the named body. The referent is
    a name in apposition right after the noun, else the most recent body of a matching type before it anywhere
    in the article (:func:`_typed_names`); its country is read from the words of that name when they are near
    (:func:`_tokens_of`), else from a demonym before the noun that introduced it ("the Dutch dockers' union X").
    """
    norms = [t["norm"] for t in toks]
    wanted = body_type_nouns()["anaphor"].get(norms[-1]) if len(norms) == 2 and norms[0] == "the" else None
    if wanted is None or info["resolved_by"] != "as written":
        return info
    starts, names, kinds, countries = _typed_names(article.raw)
    # A name set off right after the noun ("The union, the X Federation, says") is the noun's own; the noun
    # phrase itself ("The Embassy") is no antecedent.
    k = bisect_right(starts, row["speaker_end"] + len(", the "))
    while k > 0 and (
        row["speaker_start"] <= starts[k - 1] < row["speaker_end"]
        or not (kinds[k - 1] == wanted or (wanted == "body" and kinds[k - 1] != "channel"))
    ):
        k -= 1
    if k == 0:
        return info
    name, start = names[k - 1], starts[k - 1]
    described = article.named.get(name.casefold())
    if described is not None:
        found = {**info, **{key: described[key] for key in DESCRIPTION}, "resolved_by": "typed body: earlier source"}
    else:
        named = _tokens_of(article, row, start, start + len(name))
        described = _describe(article.raw, named, article.clusters) if named else {"affiliation": "unknown"}
        kind = "person" if wanted == "channel" and described.get("kind") == "person" else "organisation"
        found = {**info, "source": name, "kind": kind, "resolved_by": "typed body: name"}
    affiliation = _known(described["affiliation"]) or countries[k - 1] or _name_country(name) or "unknown"
    return {**found, "affiliation": affiliation}


def _name_country(name: str) -> str:
    """Return the country of the first country name or demonym among a body's words ("Embassy of the Russian
    Federation" -> Russia), else "": the body's owner, named where its tokens were not read."""
    for word in name.split():
        country, kind = gazetteer_kinds().get(word, ("", ""))
        if kind in {"country", "demonym"}:
            return country
    return ""


def _tokens_of(article: Article, row: dict, start: int, end: int) -> list[dict]:
    """Return the tokens from ``start`` to ``end`` of a sentence at most ``TYPED_NAME_LOOKBACK_SENTENCES`` before
    the row's, else [] (a name in a header line outside the body's sentences)."""
    at = bisect_right(article.sentence_ids, row["sentence_id"])
    for sentence_id in reversed(article.sentence_ids[max(0, at - TYPED_NAME_LOOKBACK_SENTENCES) : at]):
        found = [t for t in article.by_sentence.get(sentence_id, []) if start <= t["start"] and t["end"] <= end]
        if found:
            return found
    return []


# A body's name: capitalised words, with a small word of names between two ("Front of Dockers", "Embassy of the
# X", "Allegheny & Western"; "the" only after one, so "About the Embassy" is two names), one space
# apart (a run of spaces parts the items of a navigation line).
BODY_NAME = r"[A-Z][\w’'-]*(?:[^\S\r\n](?:(?:of|for|and|de|du|des|&)(?:[^\S\r\n]the)?[^\S\r\n])?[A-Z][\w’'-]*)*"
# An acronym standing alone as a body's name ("the OPCW"): two to six capitals.
# "\b" after the first capital, as in CAPITALISED_WORD (speed19: finditer 0.09 -> 0.03 CPU s per 1,000).
BODY_ACRONYM = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,5}\b")
# An embedded post's header line: a name of at most five words closed by a symbol ("Name Surname ✔").
POST_HEADER = re.compile(
    LINE_START_PATTERN + r"[^\S\r\n]*([A-Z][^\r\n]{0,60}?)[^\S\r\n]+(\S)[^\S\r\n]*" + LINE_END_PATTERN, re.MULTILINE
)
POST_HEADER_WORDS = 5


@lru_cache(maxsize=1)
def _typed_names(raw: str) -> tuple[list[int], list[str], list[str], list[str]]:
    """Return the named bodies of ``raw`` with a type, ordered by start: starts, names, types and the country of a
    demonym before an introducing noun ("the Dutch dockers' union NHB" -> Netherlands) or "".

    A name is typed by a noun just before it ("the dockers' union NHB", "The union, the X Federation"), by a
    word of its own ("Common Front of Dockers", "Embassy of X"), as a ``body`` when it is an acronym off the
    gazetteer ("OPCW") or a named body of one country (``sourcing_institutions.csv``, with that country), or as
    a ``channel`` when it heads a line closed by a symbol (an embedded post). Cached for the one article being
    resolved: every anaphor of an article reads the same raw text."""
    nouns = body_type_nouns()
    found: dict[int, tuple[str, str, str]] = {}
    for match in re.finditer(BODY_NAME, raw):
        # The type word heads the name ("Embassy of X") or ends it ("Front of Dockers"); the word alone is none.
        words = re.sub(r"^The\s+", "", match.group()).split()
        ends = [words[0].casefold(), words[-1].casefold().rstrip("'’")] if len(words) > 1 else []
        kind = next((nouns["name"][w] for w in ends if w in nouns["name"]), None)
        if kind is not None:
            found[match.start()] = (re.sub(r"^The\s+", "", match.group()), kind, "")
    for match in BODY_ACRONYM.finditer(raw):
        if match.group() not in gazetteer_kinds():
            found.setdefault(match.start(), (match.group(), "body", ""))
    for match in _institution_pattern().finditer(raw):
        # A named body of one country is a body whatever its words ("a charge the group denies").
        found.setdefault(match.start(), (match.group(), "body", institutions()[tuple(match.group().split())]))
    intro = "|".join(re.escape(w) for w in nouns["intro"])
    # An optional demonym and one more word before the noun ("Dutch dockers' union"), the noun, the name.
    intro_pattern = (
        rf"\b(?:([A-Z][\w-]*)[^\S\r\n]+(?:[\w’'-]+[^\S\r\n]+)?)?({intro}),?[^\S\r\n]+(?:the[^\S\r\n]+)?({BODY_NAME})"
    )
    for match in re.finditer(intro_pattern, raw):
        country, kind = gazetteer_kinds().get(match.group(1) or "", ("", ""))
        country = country if kind in {"demonym", "country"} else ""
        found[match.start(3)] = (match.group(3), nouns["intro"][match.group(2)], country)
    for match in POST_HEADER.finditer(raw):
        symbol_closed = unicodedata.category(match.group(2)).startswith("S")
        if symbol_closed and len(match.group(1).split()) <= POST_HEADER_WORDS:
            found[match.start(1)] = (match.group(1), "channel", "")
    starts = sorted(found)
    return starts, *([found[s][i] for s in starts] for i in range(3))


@lru_cache(maxsize=1)
def _institution_pattern() -> re.Pattern[str]:
    """Return a pattern matching the names of ``sourcing_institutions.csv`` as whole words, one space apart."""
    names = sorted((" ".join(name) for name in institutions()), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")


# An outlet anaphor ("the paper", "the Kuwaiti daily") has at most this many words.
MAX_WORDS_OUTLET_DESCRIPTION = 4


def _outlet_anaphor(article: Article, row: dict, toks: list[dict], info: dict) -> dict | None:
    """Return ``info`` resolved to the news outlet a speaker phrase takes up, else None.

    A press review or a report on other media names an outlet once after a noun saying what it is ("the
    business daily Finansavisen Nord", ``sourcing_outlet_nouns.csv``), then lets "the paper", "the Kuwaiti
    daily", "Its editorial", "The paper's leader" or "<outlet>'s leader" speak; the gold pages write the
    outlet's name (the referent). The anaphor's outlet is the last one so introduced before it on the same
    line (a paragraph: a press review moves to another outlet with each paragraph); an editorial noun needs an
    owner that is the outlet, so "its leader" of a party, with no outlet introduced in its paragraph, stays.
    """
    norms = [t["norm"] for t in toks]
    roles = outlet_nouns()
    # A two-word editorial noun ("Its front page") is read as one noun.
    size = 2 if " ".join(norms[-2:]) in roles and len(norms) > 2 else 1
    noun = " ".join(norms[-size:])
    if not (2 <= len(norms) <= MAX_WORDS_OUTLET_DESCRIPTION + 2 and noun in roles):
        return None
    owner = toks  # "the paper": the description itself; "the paper's leader": the editorial's owner
    if roles[noun] == "editorial":
        if norms[:-size] in (["its"], ["their"]):
            return _outlet_before(article, row["speaker_start"], info)
        if norms[-size - 1] not in {"'s", "’s"}:
            return None
        owner = toks[: -size - 1]
    owner_norms = [t["norm"] for t in owner]
    if owner_norms and owner_norms[0] == "the" and roles.get(owner_norms[-1]) == "outlet":
        modifiers = owner[1:-1]
        if len(owner) <= MAX_WORDS_OUTLET_DESCRIPTION and all(not _is_cap(t) or _is_gazetteer(t) for t in modifiers):
            return _outlet_before(article, row["speaker_start"], info)
        return None
    name = article.raw[owner[0]["start"] : owner[-1]["end"]] if owner else ""
    country = _outlet_intros(article.raw)[1].get(name)
    if country is None:
        return None
    return _as_outlet(info, name, country, "outlet anaphor: the outlet's editorial")


def _with_outlet_noun_after(article: Article, row: dict, toks: list[dict]) -> list[dict]:
    """Return ``toks`` with the word after them when the speaker is "the <demonym>" and that word is an outlet noun
    ("The Ukrainian [daily] accuses ..."), else ``toks``: the extractor may read a noun that is also an adverb
    ("daily", "weekly") as no part of the speaker, and the description is then an outlet anaphor's."""
    if len(toks) != 2 or toks[0]["norm"] != "the" or not _is_gazetteer(toks[1]):
        return toks
    sentence_toks = article.by_sentence.get(row["sentence_id"], [])
    k = next((i for i, t in enumerate(sentence_toks) if t is toks[-1]), -1)
    if k < 0 or k + 1 >= len(sentence_toks) or outlet_nouns().get(sentence_toks[k + 1]["norm"]) != "outlet":
        return toks
    return [*toks, sentence_toks[k + 1]]


def _outlet_before(article: Article, here: int, info: dict) -> dict | None:
    """Return ``info`` as the last outlet introduced (:func:`_outlet_intros`) before ``here`` on its line, else None."""
    starts, names = _outlet_intros(article.raw)[0]
    line_start = line_start_of(article.raw, here)
    k = bisect_left(starts, here)
    if k == 0 or starts[k - 1] < line_start:
        name = _outlet_heading(article.raw, line_start)
        country = _paragraph_outlet_country(article.raw, line_start) if name else ""
        return _as_outlet(info, name, country, "outlet anaphor: outlet heading") if name else None
    name = names[k - 1]
    return _as_outlet(info, name, _outlet_intros(article.raw)[1][name], "outlet anaphor: outlet named before")


# A press review's heading line: an outlet's name (up to five capitalised words), a colon, the story's title
# ("Morning Ledger: Quotas cut again"); the paragraph under it speaks of that outlet.
OUTLET_HEADING = re.compile(r"(?:The[^\S\r\n]+)?([A-Z][\w’'&.-]*(?:[^\S\r\n]+[A-Z][\w’'&.-]*){0,4}):[^\S\r\n]+\S")


def _outlet_heading(raw: str, line_start: int) -> str:
    """Return the outlet's name of the heading line just before the line at ``line_start`` (blank lines aside),
    else "".

    A press review sets each outlet's name as a heading ("<Outlet>: <title>") and its paragraph then says "the
    paper", "the Kenyan daily" or "Its editorial" with no name on its own line; the gold pages write the outlet
    named by the heading. Read only for an outlet anaphor (:func:`_outlet_anaphor`) that found no outlet on its
    line, so a speaker's turn label ("HOST: ...") before other paragraphs is never taken for an outlet.
    """
    end = len(raw[:line_start].rstrip())
    start = line_start_of(raw, end)
    match = OUTLET_HEADING.match(raw, start, end)
    return match.group(1) if match else ""


def _paragraph_outlet_country(raw: str, line_start: int) -> str:
    """Return the country of the first demonym before an outlet noun in the paragraph at ``line_start`` ("The Kenyan
    paper worries ...": Kenya), else "": under a heading, the paragraph's own description of its outlet states
    the outlet's country (the affiliation convention of tests/gold/pages/README.md: what the text says)."""
    end = line_end(raw, line_start)
    paragraph = raw[line_start : end if end >= 0 else len(raw)]
    nouns = "|".join(re.escape(noun) for noun, role in outlet_nouns().items() if role == "outlet")
    for match in re.finditer(rf"\b[Tt]he[^\S\r\n]+([A-Z][\w-]*)[^\S\r\n]+(?:{nouns})\b", paragraph):
        country, kind = gazetteer_kinds().get(match.group(1), ("", ""))
        if kind in {"demonym", "country"}:
            return country
    return ""


def _introduced_outlet_country(raw: str, info: dict) -> dict:
    """Return ``info`` with the country of the demonym that introduced its outlet ("the Kuwaiti daily Al-Sahil"
    -> Kuwait, :func:`_outlet_intros`) when its affiliation is unknown; else ``info`` unchanged: the text ties
    the outlet to that country (the affiliation convention of tests/gold/pages/README.md)."""
    if info["affiliation"] not in {"unknown", ""} or not info["source"][:1].isupper():
        return info
    country = _outlet_intros(raw)[1].get(info["source"], "")
    return {**info, "affiliation": country} if country else info


def _as_outlet(info: dict, name: str, country: str, resolved_by: str) -> dict:
    """Return ``info`` with the outlet ``name`` as its source, a news organisation of ``country`` (or unknown)."""
    affiliation = country or "unknown"
    return {
        **info,
        "source": name,
        "source_type": "media",
        "kind": "organisation",
        "affiliation": affiliation,
        "anonymous": False,
        "resolved_by": resolved_by,
    }


@lru_cache(maxsize=1)
def _outlet_intros(raw: str) -> tuple[tuple[list[int], list[str]], dict[str, str]]:
    """Return the outlets a text introduces after an outlet noun ("the Russian daily Severny Vestnik", "its largest
    tabloid, Dagsnytt"): their starts (ascending) and names, and name -> the country of a demonym just before the
    noun ("Russian" -> Russia) or "" (kept from the first introduction). Cached for the one article being
    resolved: every anaphor of an article reads the same raw text."""
    written = [noun for noun, role in outlet_nouns().items() if role == "outlet"]
    # Every match holds a noun as written: a text without one (410 of 500 bench articles) is not searched
    # (measured over the 500 texts, best of 3: 0.083 -> 0.024 s).
    if not any(noun in raw or noun.capitalize() in raw for noun in written):
        return ([], []), {}
    nouns = "|".join(map(re.escape, written))
    pattern = re.compile(
        rf"\b(?:([A-Z][\w-]*)[^\S\r\n]+)?(?:{nouns}),?[^\S\r\n]+(?:the[^\S\r\n]+)?"
        rf"([A-Z][\w’'-]*(?:[^\S\r\n]+[A-Z][\w’'-]*)*)"
    )
    found = [(m.start(2), m.group(2), m.group(1) or "") for m in pattern.finditer(raw)]
    found = sorted(found + _titled_outlets(raw, written) + _apposed_outlets(raw, nouns))
    starts, names, countries = [], [], {}
    for start, name, before in found:
        country, kind = gazetteer_kinds().get(before, ("", ""))
        starts.append(start)
        names.append(name)
        countries.setdefault(name, country if kind in {"demonym", "country"} else "")
    return (starts, names), countries


def _apposed_outlets(raw: str, nouns: str) -> list[tuple[int, str, str]]:
    """Return (start, name, demonym or "") of every outlet named before an apposition saying what it is ("The
    Harbour Ledger, the country's oldest daily, writes ..."; ``nouns`` is the regex alternation of outlet nouns):
    the apposition introduces the name as the noun before a name does, and a later "the paper" takes it up. A
    demonym or country inside the apposition ("the Kalvian weekly") states the outlet's country."""
    pattern = re.compile(
        rf"(?:\b[Tt]he[^\S\r\n]+)?\b([A-Z][\w’'-]*(?:[^\S\r\n]+[A-Z][\w’'-]*)*),[^\S\r\n]+(?:the|a|an)[^\S\r\n]+"
        rf"((?:[\w’'-]+[^\S\r\n]+){{0,4}}?)(?:{nouns})\b[,;]"
    )
    found = []
    for match in pattern.finditer(raw):
        before = next((w for w in match.group(2).split() if gazetteer_kinds().get(w, ("", ""))[1] == "demonym"), "")
        found.append((match.start(1), match.group(1), before))
    return found


def _titled_outlets(raw: str, nouns: list[str]) -> list[tuple[int, str, str]]:
    """Return (start, name, "") of every outlet whose name ends in a capitalised outlet noun ("the pro-government
    Harbour Daily", "Lakeside Weekly"): the name says what it is, as the noun before a name does.

    A leading "The" and an owner's possessive ("Kalvia's Harbour Daily") are no part of the name; a noun alone
    ("The Daily") names no outlet here (one capitalised word before the noun is needed).
    """
    titled = "|".join(re.escape(noun.capitalize()) for noun in nouns)
    pattern = re.compile(rf"\b((?:[A-Z][\w’'-]*[^\S\r\n]+)+(?:{titled}))\b")
    found = []
    for match in pattern.finditer(raw):
        words = match.group(1).split()
        while words and (words[0] == "The" or words[0].endswith(("'s", "’s"))):
            words = words[1:]
        if len(words) >= 2:
            found.append((match.end(1) - len(" ".join(words)), " ".join(words), ""))
    return found


# A definite description of a person has at most this many words ("the Russian military official").
MAX_WORDS_PERSON_DESCRIPTION = 4


def _person_description(article: Article, row: dict, toks: list[dict], info: dict) -> dict | None:
    """Return ``info`` resolved to the person a definite description of a person takes up, else None.

    "The spokesman added", "the general noted", "the Russian officer said": ``the``, at most two
    modifiers (no name but a country's), and a person's title as head (``source_roles.csv``, kind
    person). News style names a speaker once and then refers to them by their post (AP: second
    reference); the referent is the nearest earlier person whose gender agrees with a gendered
    head ("spokeswoman"), as for a pronoun (:func:`_nearest_person`; same-head anaphora, Vieira and
    Poesio 2000).
    """
    words = [t["norm"] for t in toks]
    if not (2 <= len(words) <= MAX_WORDS_PERSON_DESCRIPTION and words[0] == "the"):
        return None
    if any(_is_cap(t) and not _is_gazetteer(t) for t in toks[1:]):
        return None
    roles = _roles_in(words)
    head = max(roles, key=lambda f: f[1], default=None)
    if head is None or head[1] != len(words) or head[3] != "person":
        return None
    gender = gendered_words().get(words[-1], "")
    found = article.persons.candidate(row["speaker_start"], gender)
    if found is None or _in_turn_label(article, found[0]):
        return None
    if _conflicting_person(article.persons.descriptions[found[1:]], info):
        return None
    best = article.persons.nearest(row["speaker_start"], gender)
    if best is None or _other_description(best["source"], words[1:]):
        return None
    _learn_country(best, info)
    return {**info, **{k: best[k] for k in DESCRIPTION}, "resolved_by": "definite description: earlier person"}


# Roles that say nothing of a person's post, so they agree with any description's.
UNTYPED_ROLES = frozenset({"", "unknown", "person (untitled)", "anonymous"})


def _conflicting_person(person: dict, description: dict) -> bool:
    """Return whether an earlier person cannot be the one a second reference by post describes, when the
    reference states a country: the person's stated country differs ("the French foreign minister" after an
    Iranian spokesman), or the person has no stated country and a typed post (``source_roles.csv``) of another
    type ("the Russian ambassador", a diplomat, after a minister of no stated country). A second reference
    repeats what is known of the person it takes up (same-head anaphora, Vieira and Poesio 2000), so a
    description that contradicts the nearest person names someone else, kept as written (round 16). A
    description without a country ("the spokesman", "the general") is not checked: news style drops the post's
    details on a second reference."""
    own, theirs = description.get("affiliation", "unknown"), person.get("affiliation", "unknown")
    if own in {"unknown", ""}:
        return False
    if theirs not in {"unknown", ""}:
        return own != theirs
    own_role, their_role = description.get("source_type", ""), person.get("source_type", "")
    return own_role not in UNTYPED_ROLES and their_role not in UNTYPED_ROLES and own_role != their_role


def _other_description(source: str, description: list[str]) -> bool:
    """Return whether ``source`` is an unnamed person's description (no capitalised word) that does not end in the
    words of ``description`` ("finance minister" for "the transport minister"; "the minister" may take it up): a
    second reference by post takes up a person of that post, and an unnamed one is known by the post alone
    (same-head anaphora, Vieira and Poesio 2000; round 15)."""
    words = source.casefold().split()
    if not words or any(w[:1].isupper() for w in source.split()):
        return False
    return words[-len(description) :] != description


def _capitalised_title(article: Article, row: dict, toks: list[dict], info: dict) -> dict | None:
    """Return ``info`` resolved to the person a capitalised title takes up, else None.

    "The Minister underlined", "The Foreign Secretary said", "The Official Representative recalled": official
    statements write a second reference by the post, capitalised (issue 11 round 7b). ``The`` and capitalised
    words only, a person's title (``source_roles.csv``) ending them; the referent is the last person named
    by the end of the sentence that last wrote the same title before (the title introduces the name:
    "the Minister of Finance of Norvasta, Ingrid Solvang, stated").
    """
    words = [t["norm"] for t in toks]
    if not (2 <= len(words) <= MAX_WORDS_PERSON_DESCRIPTION and words[0] == "the" and all(_is_cap(t) for t in toks)):
        return None
    head = max(_roles_in(words), key=lambda f: f[1], default=None)
    if head is None or head[1] != len(words) or head[3] != "person":
        return None
    title = article.raw[toks[1]["start"] : toks[-1]["end"]]
    earlier = article.raw.rfind(title, 0, row["speaker_start"])
    if earlier < 0:
        return None
    best = article.persons.nearest(_sentence_end(article, earlier), "")
    if best is None:
        return None
    return {**info, **{k: best[k] for k in DESCRIPTION}, "resolved_by": "capitalised title: earlier person"}


def _named_post_holder(article: Article, toks: list[dict], info: dict) -> dict | None:
    """Return ``info`` resolved to the person the text names as the holder of its post, else None.

    "Pakistan's Foreign Minister told delegates ..." and, before or after it, "X, Minister for Foreign Affairs of
    Pakistan, said": a country's post, written as it stands, with no name of its own, is the one person the text
    names in that post, whichever of the two forms it uses (:mod:`analysis.sourcing.posts`). Only a phrase with a
    person's post (``source_roles.csv``, kind person) and one country (:func:`_post_and_country`) counts; the
    post's words must be the holder's all, so "a spokesman for the Foreign Minister" is no Foreign Minister."""
    if info["resolved_by"] != "as written" or not toks:
        return None
    if not any(f[3] == "person" for f in _roles_in([t["norm"] for t in toks])):
        return None
    post, country = _post_and_country(toks)
    name = post_holder(article.raw, post, country)
    if name is None:
        return None
    # The run before the apposition may open with a word of the sentence ("Later Per Vik"): the article's fullest
    # mention of the surname that ends the run is the name.
    cluster = article.clusters.get(name.split()[-1]) or article.clusters.get(name.split()[-1].upper())
    if (
        cluster
        and name.casefold().endswith(cluster["full"].casefold())
        and name.casefold() != cluster["full"].casefold()
    ):
        name = cluster["full"].title() if cluster["full"].isupper() else cluster["full"]
    return {**info, "source": name, "kind": "person", "resolved_by": "post: its named holder"}


def _post_and_country(toks: list[dict]) -> tuple[str, str]:
    """Return (post, country) of a post phrase: the country is written before a possessive ("Norvasta's Finance
    Minister"), as a gazetteer word ("the Pakistani Foreign Minister") or after a final "of" ("the Finance Minister
    of Norvasta"); the post is the other words (articles left out). ("", "") when no one country is written."""
    words = [t for t in toks if t["is_word"] and t["norm"] not in {"the", "a", "an"}]
    possessive = next((i for i, t in enumerate(words) if t["norm"] in {"'s", "’s"}), None)
    of = max((i for i, t in enumerate(words) if t["norm"] == "of"), default=None)
    if possessive is not None:
        country, post = words[:possessive], words[possessive + 1 :]
    elif of is not None and all(_is_cap(t) for t in words[of + 1 :]):
        country, post = words[of + 1 :], words[:of]
    else:
        country = [t for t in words if _is_gazetteer(t)]
        post = [t for t in words if not _is_gazetteer(t)]
    if not country or not post or not all(_is_cap(t) for t in country):
        return "", ""
    written = " ".join(t["text"] for t in country)
    return " ".join(t["text"] for t in post), country_of_form(written)


def _sentence_end(article: Article, position: int) -> int:
    """Return the end offset of the sentence holding the character at ``position`` (``position`` if none does)."""
    for sentence_id in article.sentence_ids:
        toks = article.by_sentence.get(sentence_id, [])
        if toks and toks[0]["start"] <= position < toks[-1]["end"]:
            return toks[-1]["end"]
    return position


def _learn_country(person: dict, description: dict) -> None:
    """Give ``person`` (a candidate's description, shared with later references) the country of a second
    reference that names one ("the Russian officer") when the person had none: the text ties them to it
    (the affiliation convention of tests/gold/pages/README.md)."""
    if person.get("affiliation", "unknown") in {"unknown", ""} and description["affiliation"] not in {"unknown", ""}:
        person["affiliation"] = description["affiliation"]


def _definite_description(article: Article, row: dict, toks: list[dict], info: dict) -> dict:
    """Return ``info`` resolved to the body a definite description refers to, else ``info`` unchanged.

    "the ministry", "the port authority", "the Defense Ministry": ``the``, at most two more words,
    the last an organisation head (``sourcing_organisation_heads.txt``), and no country named. The
    referent (definite-description anaphora, Vieira and Poesio 2000: same head noun) is the most
    recent earlier source whose name's head phrase ends in the description's words, else the
    nearest earlier capitalised name in the text ending in them ("the Westerhaven Port Authority"),
    else the first such name later in the article (a wire lead says "the port authority said"
    before naming it), else the body an ``of`` phrase names (:func:`_named_by_of_phrase`), else the latest
    earlier source with the same head noun (:func:`_same_head_source`).
    """
    words = [t["norm"] for t in toks]
    if _headline_head(article, toks):
        words = ["the", *words]
    if not (
        2 <= len(words) <= 3
        and words[0] == "the"
        and words[-1] in organisation_heads()
        and info["affiliation"] == "unknown"
    ):
        return info
    tail = tuple(words[1:])
    # Bodies are remembered by their head words in British spelling (:func:`_head_phrase`).
    earlier_source = article.bodies.get(tuple(spelling_variants().get(w, w) for w in tail))
    if earlier_source is not None:
        return {
            **info,
            **{k: earlier_source[k] for k in DESCRIPTION},
            "resolved_by": "definite description: earlier source",
        }
    if tail not in article.names:
        article.names[tail] = _names_ending_in(article.raw, tail)
    starts, names = article.names[tail]
    if not names:
        # "the centre" after "the Russian Center for ...": the text may spell the name as the other English does.
        tail = _other_spelling(tail)
        if tail not in article.names:
            article.names[tail] = _names_ending_in(article.raw, tail)
        starts, names = article.names[tail]
    here = row["speaker_start"]
    # The last name before the description, else the first after it (not the description itself).
    before = bisect_left(starts, here)
    after = before + 1 if before < len(starts) and starts[before] == here else before
    chosen = names[before - 1] if before else (names[after] if after < len(names) else None)
    if chosen is None:
        chosen = _named_by_of_phrase(article.raw, tail, here)
    if chosen is None:
        return _same_head_source(article, tail, info)
    resolved_by = "definite description: name in the text"
    # A name opening with a country's adjective ("Syrian Ministry of ...") states the body's country.
    country, kind = gazetteer_kinds().get(chosen.split()[0], ("", ""))
    if member_demonym(chosen.split(), 0):
        kind = ""  # "Pakistani Students' Association": the members' origin, no state
    affiliation = country if kind == "demonym" else info["affiliation"]
    return {**info, "source": chosen, "affiliation": affiliation, "kind": "organisation", "resolved_by": resolved_by}


def _other_spelling(tail: tuple[str, ...]) -> tuple[str, ...]:
    """Return a description's words in the other English spelling (``sourcing_spelling_variants.csv``: "centre" <->
    "center", "defence" <-> "defense"), each word that has one swapped: a second reference may be spelt as the writer
    spells it while the body's name keeps its own spelling."""
    variants = spelling_variants()
    reverse = {british: american for american, british in variants.items()}
    return tuple(variants.get(word, reverse.get(word, word)) for word in tail)


def _headline_head(article: Article, toks: list[dict]) -> bool:
    """Return whether the speaker is one capitalised organisation head opening its line, with no article ("Railroad
    says five cars could rupture", "Union rejects offer"): headline and deck style drops "the", and the capital is
    the line's, not a name's; such a head is read as the definite description "the railroad"."""
    if len(toks) != 1 or not _is_cap(toks[0]) or toks[0]["norm"] not in organisation_heads():
        return False
    return not article.raw[line_start_of(article.raw, toks[0]["start"]) : toks[0]["start"]].strip()


def _same_head_source(article: Article, tail: tuple[str, ...], info: dict) -> dict:
    """Return ``info`` resolved to the latest earlier body source whose head noun is the description's, when a
    modified description ("the central bank") matches no name in the text; else ``info`` unchanged.

    A second reference may add a modifier the name lacks ("The National Bank of Norvasta said ... Dep. Governor X
    of the central bank"): Vieira and Poesio (2000) resolve a definite description by its head noun alone. Tried
    last, after the full words found no earlier source, name or ``of`` phrase (round 11)."""
    earlier_source = article.bodies.get(tail[-1:]) if len(tail) == 2 else None
    if earlier_source is None:
        return info
    return {**info, **{k: earlier_source[k] for k in DESCRIPTION}, "resolved_by": "definite description: same head"}


def _named_by_of_phrase(raw: str, tail: tuple[str, ...], here: int) -> str | None:
    """Return the name of the body a two-word description ("the port authority") takes up when the text names
    what its first word stands for with an ``of`` phrase ("the port of Velmaar" -> "Velmaar Port Authority"):
    English writes the same thing as "the N of X" and "X N"; the last such phrase before ``here``, else the
    first after it, else None."""
    if len(tail) != 2:
        return None
    pattern = re.compile(rf"\b{re.escape(tail[0])}[^\S\r\n]+of[^\S\r\n]+((?:[A-Z][\w’'-]*[^\S\r\n]?)+)")
    found = [(m.start(), m.group(1).strip()) for m in pattern.finditer(raw)]
    if not found:
        return None
    earlier = [name for start, name in found if start < here]
    name = earlier[-1] if earlier else found[0][1]
    return " ".join([name, *(w.capitalize() for w in tail)])


def _head_phrase(source: str) -> list[str]:
    """Return the casefolded words of a source's name before its first ``of``/``for``/``on`` ("port authority"),
    in British spelling (``sourcing_spelling_variants.csv``: "center" -> "centre")."""
    variants = spelling_variants()
    return [variants.get(w, w) for w in re.split(r"\s+(?:of|for|on)\s+", source.casefold())[0].split()]


def _names_ending_in(raw: str, tail: tuple[str, ...]) -> tuple[list[int], list[str]]:
    """Return the starts (ascending) and texts of the capitalised names in ``raw`` that end in ``tail``
    title-cased ("Westerhaven Port Authority" for ``("port", "authority")``), without a leading "The", longer
    than ``tail``; with an ``of``/``for`` complement when one follows ("Ministry of Defence"), and an "and" or an
    ampersand (perhaps entity-encoded) between capitalised words kept inside the name ("Dock and Harbour Workers'
    Union", "Great Lakes & Western Railroad")."""
    # Words of one line only ("[^\S\r\n]": a space, not a line break).
    tail_pattern = r"[^\S\r\n]+".join(re.escape(w.capitalize()) for w in tail)
    pattern = re.compile(
        rf"\b((?:[A-Z][\w’'.-]*[^\S\r\n]+(?:(?:and|&|&amp;)[^\S\r\n]+(?=[A-Z]))?)*{tail_pattern}(?:[^\S\r\n]+(?:of|for)[^\S\r\n]+(?:[A-Z][\w’'-]*[^\S\r\n]?)+)?)"
    )
    found = [(m.start(), re.sub(r"^The\s+", "", m.group(1).strip())) for m in pattern.finditer(raw)]
    if COUNTRY_NAMED_HEADS & set(tail):
        found = [(start, _with_owner_country(raw, start, name)) for start, name in found]
    else:
        # A body's own name without its owner ("Belgium's General Union of Dockers" -> "General Union of Dockers").
        found = [(start, re.sub(r"^[A-Z][\w-]*['’]s\s+", "", name)) for start, name in found]
    found = [(start, name) for start, name in found if len(name.split()) > len(tail)]
    return [start for start, _ in found], [name for _, name in found]


# A department's name continued by "and ..." and then its country ("Ministry of Foreign Affairs and Expatriates
# of the Syrian Arab Republic"): the optional "and" run, and the country's first word.
OWNER_COUNTRY = re.compile(
    r"((?:[^\S\r\n]+and(?:[^\S\r\n]+[A-Z][\w’'-]*)+)?)[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?([A-Z][\w-]*)"
)


def _with_owner_country(raw: str, start: int, name: str) -> str:
    """Return a government department's ``name`` (found at ``start`` in ``raw``) written with its country's
    adjective when the text names the country after it ("The Ministry of Foreign Affairs of the Syrian Arab
    Republic" -> "Syrian Ministry of Foreign Affairs", the round-7 source ruling of tests/gold/pages/README.md),
    the "and ..." words of its name kept; else ``name`` unchanged."""
    end = raw.find(name, start) + len(name)
    match = OWNER_COUNTRY.match(raw, end)
    if match is None or name.split()[0] in gazetteer_kinds():
        return name
    country, kind = gazetteer_kinds().get(match.group(2), ("", ""))
    if kind not in {"country", "demonym"} or country not in demonyms():
        return name
    return f"{demonyms()[country]} {name}{match.group(1)}"


# Possessive determiners that tie a person's post to the body named before ("its spokesman, X").
BODY_POSSESSIVES = frozenset({"its", "their"})
# Possessive determiners that tie a person's post to a person named before ("her deputy, X").
PERSON_POSSESSIVES = frozenset({"his", "her"})
# Prepositions that end a relative clause's object ("who heads the centre in Hmeimim").
LOCATIVE_WORDS = frozenset({"in", "at", "from", "for", "on", "since"})
# Words that end an owner's name inside a speaker phrase ("of the NDMA, Lt. Gen. X": the comma).
OWNER_ENDS = frozenset({",", ";", ":", "said", "told"})


def _owner_affiliation(article: Article, row: dict, phrase: list[dict], described: list[dict]) -> str:
    """Return the affiliation of the body (or person) a person's post belongs to, as the text states it, else "".

    News names a person by a post of a body named before or in the same phrase: "Its director, X", "the
    authority's head of operations, X", "X, chief executive of Amberline", "the chairman of the NDMA, X",
    "Her deputy, X" (second reference through a possessive or an ``of`` phrase; AP: a post ties the person
    to its body). The affiliation convention of tests/gold/pages/README.md gives the person the country the
    text states for that body. The owner is the first possessive or ``of`` phrase of ``phrase`` (the speaker
    phrase, or the apposition after it); "" when there is none or its country is not stated.
    A relative clause names the body by its object ("X, who heads the centre": :func:`_relative_object`).
    """
    for k, tok in enumerate(phrase):
        if tok["norm"] in BODY_POSSESSIVES:
            return (
                _last_body_affiliation(row, described)
                or _earlier_subject_affiliation(article, row)
                or _earlier_institution_affiliation(article, row)
            )
        if tok["norm"] in PERSON_POSSESSIVES:
            person = article.persons.nearest(row["speaker_start"], PRONOUN_GENDER[tok["norm"]])
            return _known(person.get("affiliation", "")) if person else ""
        if tok["norm"] == "'s" and k:
            return _body_affiliation(article, row, _possessor(phrase, k), described)
        if tok["norm"] in POST_OWNER_LINKS and k + 1 < len(phrase) and _is_post([t["norm"] for t in phrase[:k]]):
            end = next((i for i in range(k + 1, len(phrase)) if phrase[i]["norm"] in OWNER_ENDS), len(phrase))
            owner = _owner_of_post(phrase[k + 1 : end], tok["norm"])
            return _body_affiliation(article, row, owner, described) if owner else ""
    relative = _relative_object(phrase)
    return _body_affiliation(article, row, relative, described) if relative else ""


def _of_body_affiliation(article: Article, row: dict, after: list[dict], described: list[dict]) -> str:
    """Return the affiliation of the body an apposition "of the Y" names right after a person's name ("said X, of
    the Argentine Chamber of Fruit Producers"), else "".

    News ties a person to their body by a bare ``of`` phrase set off after the name, with no post before it; the
    phrase is the speaker's apposition, where the affiliation convention (tests/gold/pages/README.md, round 5)
    reads the country the text states. :func:`_owner_affiliation` reads an ``of`` only after a post."""
    if len(after) < 2 or after[0]["norm"] != "of":
        return ""
    end = next((i for i in range(1, len(after)) if after[i]["norm"] in OWNER_ENDS), len(after))
    return _body_affiliation(article, row, after[1:end], described)


# The words that link a post to the body it belongs to: "head of the bank", "a spokesman for the ministry".
POST_OWNER_LINKS = frozenset({"of", "for"})


# A post's noun that is no title of its own ("head of the centre", "deputy head of the press service"): the codebook
# source_roles.csv leaves "head" out, as a speaker phrase "head of ..." types nothing by that word alone.
POST_NOUNS = frozenset({"head"})


def _is_post(norms: list[str]) -> bool:
    """Return whether the words before an ``of``/``for`` link hold a person's post: a title of the codebook
    (:func:`_roles_in`) or a bare post's noun ending them (``POST_NOUNS``: "X, head of the centre, said")."""
    return bool(_roles_in(norms)) or bool(norms and norms[-1] in POST_NOUNS)


def _owner_of_post(owner: list[dict], link: str) -> list[dict]:
    """Return the tokens naming the body a post belongs to, from the words after its link (``of``/``for``): the
    possessor when they hold one ("head of the bank's supervision department" -> "the bank"), else all of them;
    [] for a ``for`` phrase that names only places ("envoy for Syria": a posting, no tie, by the affiliation
    convention of tests/gold/pages/README.md)."""
    possessive = next((i for i, t in enumerate(owner) if t["norm"] == "'s" and i), None)
    if possessive is not None:
        return _possessor(owner, possessive)
    words = [t for t in owner if t["is_word"] and t["norm"] != "the"]
    if link == "for" and all(_is_gazetteer(t) for t in words):
        return []
    return owner


def _possessor(phrase: list[dict], k: int) -> list[dict]:
    """Return the tokens of the possessor before the "'s" at ``k``: its head word, the capitalised words before
    it and a "the" before those ("who heads the Federation Council's committee" -> "the Federation Council")."""
    start = k - 1
    while start > 0 and _is_cap(phrase[start - 1]) and phrase[start - 1]["norm"] not in RELATIVE_OPENERS:
        start -= 1
    if start > 0 and phrase[start - 1]["norm"] == "the":
        start -= 1
    return phrase[start:k]


# A relative clause that places a person by the body they run: "who heads the centre", "who leads the agency".
RELATIVE_OPENERS = frozenset({"who"})
# A relative clause's object is at most "the" and this many words ("the reconciliation centre").
RELATIVE_OBJECT_WORDS = 3


def _relative_object(phrase: list[dict]) -> list[dict]:
    """Return the definite object of a relative clause opening ``phrase`` ("who heads the centre" -> "the
    centre"): "the", then up to ``RELATIVE_OBJECT_WORDS`` words to the end of the clause or a preposition
    ("who heads the centre in Hmeimim"); [] when the clause has another shape."""
    if len(phrase) < 4 or phrase[0]["norm"] not in RELATIVE_OPENERS or phrase[2]["norm"] != "the":
        return []
    end = 3
    while end < len(phrase) and phrase[end]["is_word"] and phrase[end]["norm"] not in LOCATIVE_WORDS:
        end += 1
    return phrase[2:end] if end - 3 <= RELATIVE_OBJECT_WORDS else []


def _known(affiliation: str) -> str:
    """Return ``affiliation`` when it states a country or "international", else ""."""
    return "" if affiliation in {"unknown", ""} else affiliation


def _last_body_affiliation(row: dict, described: list[dict]) -> str:
    """Return the affiliation of the last body (a non-person source) described in this sentence or the one before
    ("According to the UN's humanitarian office, ..., and its spokesman, X, warned"), else ""."""
    for d in reversed(described):
        if d["sentence_id"] < row["sentence_id"] - 1:
            break
        # An untitled name "its" reaches is a body's ("Amberline, …, rejected the claims. Its chief executive"), and
        # so is a name typed by a role no person holds ("The White Helmets": a group, read as a name).
        if d["source"] and (_is_body(d) or d["source_type"] in _group_roles()):
            return _known(d["affiliation"])
    return ""


@lru_cache(maxsize=1)
def _group_roles() -> frozenset[str]:
    """Return the roles of ``source_roles.csv`` that only groups and bodies hold ("armed_group"), never a person."""
    roles = source_roles()
    person = set(roles.loc[roles["kind"] == "person", "role"])
    return frozenset(set(roles["role"]) - person)


# A possessive "its" looks this many sentences back for the body it names (a quotation may come between).
OWNER_LOOKBACK_SENTENCES = 2


def _earlier_subject_affiliation(article: Article, row: dict) -> str:
    """Return the stated affiliation of the subject of the nearest of the ``OWNER_LOOKBACK_SENTENCES`` sentences
    before the row's that has a body (not a person) as subject with a stated country ("The Syria Civil Defence,
    ..., has worked ... . "…," its spokesman, X, told AFP"), else ""."""
    at = bisect_left(article.sentence_ids, row["sentence_id"])
    for previous_id in reversed(article.sentence_ids[max(0, at - OWNER_LOOKBACK_SENTENCES) : at]):
        toks = article.by_sentence.get(previous_id, [])
        start, end = _subject(toks, len(toks))
        if end > start:
            info = _describe(article.raw, toks[start:end], article.clusters)
            if info["kind"] != "person" and _known(info["affiliation"]):
                return info["affiliation"]
            # A body its apposition placed ("Amberline, Norvasta's fourth-largest lender, saw queues. Its head ..."),
            # whatever kind the name alone was read as (a one-word name may pass for a surname); an apposition
            # holding a person's title ("X, the Dutch infrastructure minister") places a person, whom "its" is not.
            apposed = [t["norm"] for t in _apposition(toks, end)]
            is_person = any(found[3] == "person" for found in _roles_in(apposed))
            tied = "" if is_person else _tie(article, info["source"], toks[start:end])
            if tied:
                return tied
    return ""


def _earlier_institution_affiliation(article: Article, row: dict) -> str:
    """Return the country of the named body of one country (``sourcing_institutions.csv``) that the sentence
    before the row's names anywhere, when that sentence is in the row's paragraph ("I have spoken with the White
    Helmets this week. Their deputy director, X, told me ..." -> Syria), else "". Tried after the described
    bodies and the subjects: a possessive may take up the object of the sentence before when the subject is a
    person (round 16)."""
    at = bisect_left(article.sentence_ids, row["sentence_id"])
    if not at:
        return ""
    toks = article.by_sentence.get(article.sentence_ids[at - 1], [])
    if not toks or has_line_break(article.raw[toks[-1]["end"] : max(row["speaker_start"], toks[-1]["end"])]):
        return ""
    found = _institution_country(toks)
    return found[0] if found else ""


def _body_affiliation(article: Article, row: dict, owner: list[dict], described: list[dict]) -> str:
    """Return the affiliation the text states for the body ``owner`` names, else "".

    A definite description ("the authority") is resolved as a speaker would be
    (:func:`_definite_description`); a name is matched to an earlier source of the same name or acronym;
    an acronym to the name it abbreviates in parentheses earlier ("... Authority (NDMA)",
    :func:`_acronym_country`); otherwise the countries the name itself states ("Association of Kenya") or, for a
    named body of one country ("a spokesman for the White Helmets": ``sourcing_institutions.csv``), its country.
    """
    words = _without_city_seat([t for t in owner if t["is_word"]])
    if not words:
        return ""
    if _generic_body_noun(words):
        # "a spokesman for the group", "the organisation's director": a second reference as "its" is.
        return _last_body_affiliation(row, described) or _earlier_subject_affiliation(article, row)
    base = {"source": "", "source_type": "", "affiliation": "unknown", "kind": ""}
    if words[0]["norm"] == "the" and not any(_is_cap(t) for t in words[1:]):
        body = _definite_description(article, row, words, base)
        # "the commission's deputy chairman" after "Zembara's Independent Electoral Commission": the body's tie.
        # A name holding its state's name ("Electoral Commission of Zembara") states the country (:func:`_name_placed`).
        tied = ""
        if body["source"]:
            words = body["source"].split()
            # "Velk Syrian Society": the members' origin names no state (:func:`member_demonym`).
            members = any(member_demonym(words, i) for i in range(len(words)))
            named = "" if members else _name_country(body["source"])
            tied = _tie(article, body["source"], []) or _name_placed(article, body) or named
            tied = tied or place_body_country(article.raw, body["source"])
        return _known(body["affiliation"]) or tied
    name = " ".join(t["text"] for t in words if t["norm"] != "the")
    name = article.aliases.get(name.casefold(), name)  # "the Company's chief operating officer"
    earlier = article.named.get(name.casefold())
    if earlier is not None and _known(earlier["affiliation"]):
        return earlier["affiliation"]
    if _is_acronym(name):
        return _acronym_country(article, name, row["speaker_start"])
    return (
        (_countries_in(words) or [""])[0]
        or (_institution_country(words) or [""])[0]
        or _learned_in(words, article.learned)
        or article.ties.get(name.casefold(), "")
        # The staff of a port authority or a council take the country the page states for its place (round 19).
        or place_body_country(article.raw, name)
    )


def _without_city_seat(words: list[dict]) -> list[dict]:
    """Return a post's owner without a closing seat "in <city>" ("Nordvik Markets in Oslo" -> "Nordvik Markets", "the
    UN humanitarian office in Geneva" -> "the UN humanitarian office"), else ``words``.

    A body's seat is no part of its name (round 16) and a city is no tie (the affiliation convention of
    tests/gold/pages/README.md: "traders in Chicago" are ``unknown``): the body's country is what its own words
    state. A country after "in" ("the Red Crescent in Pakistan") is left: it may be a word of the name or the
    body's posting, read by the rules after."""
    k = next((i for i in range(1, len(words) - 1) if words[i]["norm"] == "in" and _is_cap(words[i + 1])), None)
    if k is None or gazetteer_kinds().get(words[k + 1]["text"], ("", ""))[1] not in {"capital", "city", "seat", ""}:
        return words
    return words[:k]


def _generic_body_noun(words: list[dict]) -> bool:
    """Return whether ``words`` are "the" and a noun that names any body by its kind alone ("the group", "the
    organisation": type ``body`` of ``sourcing_body_type_nouns.csv``). Such an owner of a post takes up the body
    named just before, as a possessive "its" does (:func:`_owner_affiliation`), whatever its name; a place after
    it is the post's seat ("a spokesman for the group in Idlib")."""
    return (
        (len(words) == 2 or (len(words) > 2 and words[2]["norm"] in LOCATIVE_WORDS))
        and words[0]["norm"] == "the"
        and body_type_nouns()["anaphor"].get(words[1]["norm"]) == "body"
    )


def _is_acronym(source: str) -> bool:
    """Return whether a source is one word of two or more capitals ("NDMA", "FSA")."""
    return len(source) >= 2 and source.isalpha() and source.isupper()


def _acronym_country(article: Article, acronym: str, here: int) -> str:
    """Return the country stated in the name an acronym abbreviates where the text last spelt it out before
    ``here`` ("Pakistan's National Disaster Management Authority (NDMA)" -> Pakistan), else "".

    The spelt-out names of each acronym are found once per article (one pass over the text) and looked up by
    binary search, so the rule stays linear in the article's length.
    """
    if acronym not in article.acronyms:
        pattern = re.compile(
            rf"((?:[A-Z][\w’'.-]*[^\S\r\n]+(?:(?:of|for|the|and)[^\S\r\n]+)*)+)\({re.escape(acronym)}\)"
        )
        found = [
            (
                m.start(),
                _spelt_out_country(m.group(1), acronym, article.learned) or _country_before_anaphor(article, m.start()),
            )
            for m in pattern.finditer(article.raw)
        ]
        article.acronyms[acronym] = ([start for start, _ in found], [country for _, country in found])
    starts, countries = article.acronyms[acronym]
    at = bisect_left(starts, here)
    return countries[at - 1] if at else ""


def _country_before_anaphor(article: Article, start: int) -> str:
    """Return the last country named before a name that "the country's" opens ("across Pakistan ..., according to
    the country's National Disaster Management Authority (NDMA)" -> Pakistan), else "": the anaphor of
    :func:`_country_anaphor`, read where an acronym is spelt out."""
    if not re.search(r"\bthe[^\S\r\n]+(?:country|nation)['’]s[^\S\r\n]+$", article.raw[max(0, start - 20) : start]):
        return ""
    starts, names = _country_names(article.raw, tuple(sorted(set(article.learned.values()))))
    k = bisect_left(starts, start)
    return names[k - 1] if k else ""


def _tie_by_initials(article: Article, acronym: str) -> str:
    """Return the country of the one body an apposition or its state's name tied to a country (:attr:`Article.ties`)
    whose initials spell ``acronym`` ("the NDMA" after "the National Disaster Management Authority of Pakistan"),
    else "": an acronym and the name it abbreviates are one source (round 7). The ties are casefolded: the small
    words of a name are skipped, as the scorer's acronym rule does."""
    small = {"of", "for", "the", "and", "on", "in", "to"}
    found = {
        country
        for name, country in article.ties.items()
        if len(name.split()) > 1 and "".join(w[0] for w in name.split() if w not in small) == acronym.casefold()
    }
    return found.pop() if len(found) == 1 else ""


def _spelt_out_country(words_before: str, acronym: str, learned: dict[str, str]) -> str:
    """Return the country a name written before "(ACRONYM)" states, by the gazetteer or the countries the text
    introduced (``learned``), when the initials of its capitalised words end in the acronym, else ""."""
    words = [re.sub(r"['’]s$", "", word) for word in re.findall(r"[\w’'.-]+", words_before)]
    if not initials(" ".join(words)).casefold().endswith(acronym.casefold()):
        return ""
    kinds = gazetteer_kinds()
    for word in words:
        if word in kinds and kinds[word][1] in {"country", "demonym"}:
            return kinds[word][0]
        if word in learned:
            return learned[word]
    return ""


# "the foreign ministry in Damascus": a government department placed in a state's capital or country.
DEPARTMENT_IN_PLACE = re.compile(r"^(?P<body>.+?)\s+in\s+(?P<place>[A-Z][\w-]*)$")


def _department_country(article: Article, row: dict, info: dict, sentence_toks: list[dict]) -> dict:
    """Return ``info`` with a government department's country when the text states it outside the speaker's
    name, else ``info`` unchanged.

    Every country has a foreign or defence ministry, so "the foreign ministry" needs its country, which news
    writes elsewhere: after ``in`` ("the defence ministry in Moscow"), or as the state that is the subject of
    the sentence or of the one before ("South Korea will send aid ..., the foreign ministry said"; "Moscow
    says ... . The foreign ministry said"). The source is then written with the country's adjective, as the
    ruling of tests/gold/pages/README.md has it ("Russian Defence Ministry").
    """
    placed = DEPARTMENT_IN_PLACE.match(info["source"])
    body = placed["body"] if placed is not None else info["source"]
    # "Its foreign ministry" whose owner no subject names: the country replaces the possessive.
    body = re.sub(r"^(?:its|their)\s+", "", body, flags=re.IGNORECASE)
    head = _head_phrase(body)
    if not head or head[-1] not in COUNTRY_NAMED_HEADS or body.split()[0] in gazetteer_kinds():
        return info
    country = ""
    if placed is not None and gazetteer_kinds().get(placed["place"], ("", ""))[1] in {"capital", "country"}:
        country = gazetteer_kinds()[placed["place"]][0]
    elif placed is None and info["affiliation"] in {"unknown", ""}:
        country = _subject_state(article, row, sentence_toks)
    if country not in demonyms():
        return info
    return {
        **info,
        "source": f"{demonyms()[country]} {body}",
        "affiliation": country,
        "resolved_by": "department: country stated in the text",
    }


def _subject_state(article: Article, row: dict, sentence_toks: list[dict]) -> str:
    """Return the country that is the subject of the row's sentence (before the speaker) or, failing that, of
    the sentence before: a subject that is only a state's name, capital or abbreviation ("South Korea",
    "Moscow", "the U.S."); else ""."""
    at = bisect_left(article.sentence_ids, row["sentence_id"])
    candidates = [sentence_toks] + ([article.by_sentence.get(article.sentence_ids[at - 1], [])] if at else [])
    for toks in candidates:
        start, end = _subject(toks, len(toks))
        subject = [t for t in toks[start:end] if t["is_word"] and t["norm"] != "the"]
        if not subject or subject[0]["start"] >= row["speaker_start"] >= toks[0]["start"]:
            continue
        countries = _countries_in(subject)
        # A name of several words is one gazetteer form ("South Korea"; round 15: its words are none alone).
        whole = tuple(t["text"] for t in subject) in _country_forms()
        if len(countries) == 1 and (whole or all(_is_gazetteer(t) for t in subject)):
            return countries[0]
    return ""


# How a row's source was found when its own words describe it (not a pronoun's or a floating quotation's referent).
WRITTEN = frozenset({"as written", "name", "surname cluster"})
# "the Republic of W", "the Kingdom of W": W is a state's name.
# These patterns open with a literal or a class of characters, so that re's search skips to where one can start: a
# word boundary before a word is written after it ("(?<!\w[A-Z])" after a capital), a name of several words as a
# capital then (rest of a word, next capital) repeated (measured, STATE_OF, POSSESSOR, OF_NAME, DEMONYM_BEFORE,
# BODY_APPOSITION and ALIAS_DEFINITION over 1,000 bench articles and the test pages: 2.14 -> 0.98 CPU s).
STATE_OF = re.compile(
    r"(?:Republic|Kingdom)(?<!\wRepublic)(?<!\wKingdom)"
    r"[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?([A-Z][\w-]*[a-z])\b(?![^\S\r\n]+[A-Z])"
)
# "W's": a capitalised word's possessive, whose next words may name a state's body.
POSSESSOR = re.compile(r"([A-Z](?<!\w[A-Z])[\w-]*[a-z])['’]s\b")
# "... of W" at the end of a name: W, when the words before "of" end in a state's body ("National Bank of W").
# W ends the name: no capitalised word or second "of" follows ("Minister of Finance of W": the state is the last
# complement) and it opens no list of portfolios ("Ministry of Trade, Industry and Energy"); round 11.
OF_NAME = re.compile(
    r"of(?<!\wof)[^\S\r\n]+(?:the[^\S\r\n]+)?([A-Z][\w-]*[a-z])\b"
    r"(?![^\S\r\n]+(?:[A-Z]|of\b)|,[^\S\r\n]+[A-Z][\w-]*[^\S\r\n]+and[^\S\r\n]+[A-Z])"
)
# "the Ws central bank": a capitalised word ending like a demonym ("-n", "-an", "-ian") before a state's body.
DEMONYM_BEFORE = re.compile(r"([A-Z](?<!\w[A-Z])[\w-]*[a-z]n)[^\S\r\n]+([a-z]+(?:[^\S\r\n]+[a-z]+)?)\b")
# A state's body is looked for in at most this many words after "W's" ("W's new finance ministry").
POSSESSED_WORDS = 4


def _learned_countries(raw: str) -> dict[str, str]:
    """Return the country names the text introduces that the gazetteer lacks, with the demonyms English forms
    from them ("Norvasta" and "Norvastan" -> "Norvasta"), else {}.

    A capitalised word is a state's name when the text writes it as one: "the Republic of W", "W's finance
    ministry" or "the National Bank of W" (a body only a state has: ``sourcing_national_heads.txt``). The
    affiliation convention counts the country the text states, whether or not a gazetteer knows it; invented
    or small states are written so. Three passes over the text, each linear.
    """
    found = {m.group(1) for m in STATE_OF.finditer(raw)}
    for match in POSSESSOR.finditer(raw):
        words = re.findall(r"[\w-]+", raw[match.end() : match.end() + 80].casefold())[:POSSESSED_WORDS]
        if any(_ends_in_head(words[: end + 1]) for end in range(len(words))):
            found.add(match.group(1))
    for match in OF_NAME.finditer(raw):
        before = re.findall(r"[\w-]+", raw[max(0, match.start() - 60) : match.start()].casefold())
        if _ends_in_head(before):
            found.add(match.group(1))
    found |= _demonym_stems(raw)
    learned = {}
    for name in sorted(found - set(gazetteer_kinds()) - portfolios()):
        for form in (name, name + "n", name + "an", name + "ian"):
            learned.setdefault(form, name)
    return learned


# "the Belgian port of Portmarren", "the Dutch city of Westerhaven": "the", a country's adjective, one or two
# lower-case words and "of" before a capitalised place name.
# "\b" after the "t" ("t(?<!\wt)he": the same test), so that re skips to a "t" (speed19: finditer 0.12 -> 0.02 CPU s per
# 1,000).
PLACE_OF = re.compile(
    r"t(?<!\wt)he[^\S\r\n]+([A-Z][\w-]*)[^\S\r\n]+(?:[a-z]+[^\S\r\n]+){1,2}of[^\S\r\n]+([A-Z][\w’'-]*)\b"
)


def _placed_names(raw: str) -> dict[str, str]:
    """Return the place names the text places in a country with a country's adjective ("the Belgian port of
    Portmarren" -> {"Portmarren": "Belgium"}), the gazetteer's own words left out; one pass.

    The affiliation convention of tests/gold/pages/README.md gives a body named after such a place that country
    ("the Portmarren Port Authority" -> Belgium); these names join the learned countries looked up in a body's
    or an owner's words (:func:`_learned_in`)."""
    kinds = gazetteer_kinds()
    placed: dict[str, str] = {}
    for match in PLACE_OF.finditer(raw):
        country, kind = kinds.get(match.group(1), ("", ""))
        if kind == "demonym" and match.group(2) not in kinds:
            placed.setdefault(match.group(2), country)
    return placed


def _demonym_stems(raw: str) -> set[str]:
    """Return the states' names whose adjective the text writes before a body only a state has ("the Norvastan
    central bank" -> "Norvasta"), when the name itself stands elsewhere in the text as a word; else an empty set.

    The adjective alone does not spell its name ("-n", "-an" or "-ian" may have been added), so the name must be
    written too ("Amberline, Norvasta's fourth-largest lender"): the text states the state, whether or not the
    gazetteer knows it (the affiliation convention of tests/gold/pages/README.md). One pass, then one search per
    distinct adjective found (a handful per text)."""
    adjectives = set()
    for match in DEMONYM_BEFORE.finditer(raw):
        if _ends_in_head(match.group(2).casefold().split()) or _ends_in_head(match.group(2).split()[:1]):
            adjectives.add(match.group(1))
    stems = set()
    for adjective in adjectives - set(gazetteer_kinds()):
        for cut in (1, 2, 3):  # "-n", "-an", "-ian"
            stem = adjective[:-cut]
            if len(stem) > 2 and re.search(rf"\b{re.escape(stem)}\b", raw):
                stems.add(stem)
                break
    return stems


def _ends_in_head(words: list[str]) -> bool:
    """Return whether lower-case ``words`` end in a state's body or post (:func:`national_heads`)."""
    # One set lookup per head length instead of a comparison per head (measured, 500 bench articles' 18,377
    # calls: _learned_countries over their texts 0.214 -> 0.157 s, best of 3).
    return any(len(words) >= size and tuple(words[-size:]) in heads for size, heads in _national_heads_by_size())


@lru_cache(maxsize=1)
def _national_heads_by_size() -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    """Return :func:`national_heads` grouped by their number of words, (size, heads) pairs, longest first."""
    sizes = sorted({len(head) for head in national_heads()}, reverse=True)
    return tuple((size, frozenset(head for head in national_heads() if len(head) == size)) for size in sizes)


def _learned_in(toks: list[dict], learned: dict[str, str]) -> str:
    """Return the first country of ``learned`` a token names (a possessive "'s" aside), else ""."""
    return next((learned[t["text"]] for t in toks if t["text"] in learned), "")


# "NAME (aliases), a Greek shipowner" / "NAME, Norvasta's fourth-largest lender": a body's apposition that opens
# with a country's adjective or possessive; the name is up to six capitalised words (and "&", "of", "and"). The
# copular "NAME is Norvasta's fourth-largest lender" (an explainer's answer) states the same (round 18).
BODY_APPOSITION = re.compile(
    r"([A-Z](?:[\w&.'’-]*[^\S\r\n]+(?:(?:of|and|&)[^\S\r\n]+)?[A-Z]){0,5}[\w&.'’-]*)"
    r"(?:[^\S\r\n]+\(([^()\r\n]{1,80})\))?(?:,|[^\S\r\n]+is)[^\S\r\n]+(?:(?:once|now|still|formerly)[^\S\r\n]+)?(?:(?:a|an|the)[^\S\r\n]+)?"
    r"([A-Z][\w-]*)(?:['’]s)?[^\S\r\n]+[a-z]"
)
# "Zembara's Independent Electoral Commission", "the Independent Electoral Commission of Zembara": a body's name of
# two to six capitalised words that a state's possessive opens or an "of" phrase with the state's name closes.
# "\b" after the first capital in both, as in CAPITALISED_WORD (speed19: finditer 0.12 -> 0.06 and 0.17 -> 0.08 CPU s
# per 1,000).
POSSESSED_BODY = re.compile(
    r"([A-Z](?<!\w[A-Z])[\w-]*[a-z])['’]s[^\S\r\n]+((?:[A-Z][\w&'’-]*[^\S\r\n]+(?:(?:of|for)[^\S\r\n]+(?:the[^\S\r\n]+)?)?){1,5}"
    r"[A-Z][\w&'’-]*[a-z])\b"
)
BODY_OF_STATE = re.compile(
    r"((?:[A-Z](?<!\w[A-Z])[\w&'’-]*[^\S\r\n]+)(?:[A-Z][\w&'’-]*[^\S\r\n]+){0,4}[A-Z][\w&'’-]*[a-z])[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?([A-Z][\w-]*[a-z])\b"
    r"(?![^\S\r\n]+[A-Z])"
)


def _body_ties(raw: str, learned: dict[str, str]) -> dict[str, str]:
    """Return the bodies an apposition ties to a country: casefolded name, its first word and the aliases given
    in parentheses ("Aegira Maritime Holdings Inc. ("Aegira" or the "Company"), a Greek owner ...") -> country.

    A company or group is placed by the apposition that introduces it ("a Greek owner and operator",
    "Norvasta's fourth-largest lender"): the affiliation convention counts that statement of the text. The
    apposition must open with a country's adjective or possessive followed by a lower-case word; one pass.
    """
    kinds = gazetteer_kinds()
    ties: dict[str, str] = {}
    for match in BODY_APPOSITION.finditer(raw):
        word = match.group(3)
        country = kinds[word][0] if kinds.get(word, ("", ""))[1] in {"country", "demonym"} else learned.get(word, "")
        name = _body_name(match.group(1))
        if not country or name.split()[0] in kinds or name in learned:
            continue
        aliases = re.findall(r"[\"“]([A-Z][^\"”]*)[\"”]", match.group(2) or "")
        for form in (name, name.split()[0], *aliases):
            ties.setdefault(form.casefold(), country)
    for name, country in _state_bodies(raw, learned):
        ties.setdefault(name.casefold(), country)
    return ties


def _state_bodies(raw: str, learned: dict[str, str]) -> list[tuple[str, str]]:
    """Return (body name, country) for each body the text names with its state's name written into it: "Zembara's
    Independent Electoral Commission" (:data:`POSSESSED_BODY`) or "the Electoral Commission of Zembara"
    (:data:`BODY_OF_STATE`), the state a country's name of the gazetteer or one the text introduced
    (:func:`_learned_countries`); two passes, each linear.

    The affiliation convention gives a body the country the text states for it; once the full name has been so
    placed, a later "the commission" resolved to the bare name, or a post of it ("the commission's deputy
    chairman, X"), takes that country although the name alone does not state it."""
    kinds = gazetteer_kinds()

    def state(word: str) -> str:
        return kinds[word][0] if kinds.get(word, ("", ""))[1] == "country" else learned.get(word, "")

    found = [(m.group(2), state(m.group(1))) for m in POSSESSED_BODY.finditer(raw)]
    found += [(_body_name(m.group(1)), state(m.group(2))) for m in BODY_OF_STATE.finditer(raw)]
    return [(name, country) for name, country in found if country and name.split()[0] not in kinds]


# 'Aegira Maritime Holdings Inc. ("Aegira" or the "Company")': a name and the short names it is given in parentheses.
ALIAS_DEFINITION = re.compile(
    r"([A-Z](?:[\w&.'’-]*[^\S\r\n]+(?:(?:of|and|&)[^\S\r\n]+)?[A-Z]){0,6}[\w&.'’-]*)[^\S\r\n]+\(([^()\r\n]{1,80})\)"
)
# A short name inside the parentheses: quoted, with or without "the" inside the marks.
ALIAS = re.compile(r"[\"“](?:the[^\S\r\n]+)?([A-Z][^\"”\r\n]*)[\"”]")


def _body_name(written: str) -> str:
    """Return a body's name as written without a leading article or a trailing legal form ("The Aegira Maritime
    Holdings Inc." -> "Aegira Maritime Holdings": the name, not its legal form, is the referent)."""
    words = re.sub(r"^(?:The|A|An)\s+", "", written).split()
    return " ".join(words[:-1] if len(words) > 1 and words[-1] in company_suffixes() else words)


def _defined_aliases(raw: str) -> dict[str, str]:
    """Return the short names a text defines for a body, casefolded, -> the body's name ('Amberline Cooperative Bank
    ("Amberline" or "the Bank")' gives "amberline" and "bank"); the first definition of a short name wins.

    Press releases and filings name a company once in full and define what they call it after (a defined
    term); "the Company said" then means that company, not the nearest body whose name ends in "Company".
    One pass over the text.
    """
    aliases: dict[str, str] = {}
    for match in ALIAS_DEFINITION.finditer(raw):
        name = _body_name(match.group(1))
        for alias in ALIAS.findall(match.group(2)):
            if alias != name:
                aliases.setdefault(alias.casefold(), name)
    return aliases


def _alias_referent(article: Article, toks: list[dict], info: dict) -> dict:
    """Return ``info`` resolved to the body whose defined short name the speaker is ("the Company", "Amberline":
    :func:`_defined_aliases`), its country as an apposition states it; else ``info`` unchanged."""
    words = [t["text"] for t in toks if t["is_word"]]
    if words and words[0].casefold() == "the":
        words = words[1:]
    name = article.aliases.get(" ".join(words).casefold()) if words else None
    if name is None:
        return info
    affiliation = article.ties.get(name.casefold(), "") or info["affiliation"]
    return {**info, "source": name, "kind": "organisation", "affiliation": affiliation, "resolved_by": "defined alias"}


# Two or three dotted initials right before a name on its line ("A.P. [Moller-Maersk]", "J.P. [Lindqvist]").
INITIALS_BEFORE = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Z]\.){2,3})[^\S\r\n]$")


def _with_initials_before(article: Article, row: dict, info: dict) -> dict:
    """Return ``info`` with the dotted initials written just before a speaker left as written ("A.P.
    Moller-Maersk said" -> "A.P. Moller-Maersk"), else ``info``: the initials open the name (a firm's or a
    person's), and the extractor may leave them out of the speaker, reading their last dot as a sentence's end."""
    if info["resolved_by"] != "as written" or row["speaker_start"] < 0:
        return info
    speaker = article.raw[row["speaker_start"] : row["speaker_end"]]
    if not speaker[:1].isupper() or not info["source"].startswith(speaker.split()[0]):
        return info
    line_start = line_start_of(article.raw, row["speaker_start"])
    match = INITIALS_BEFORE.search(article.raw, max(line_start, row["speaker_start"] - 8), row["speaker_start"])
    if match is None:
        return info
    return {**info, "source": f"{match.group(1)} {info['source']}"}


def _body_before_seat(article: Article, row: dict, toks: list[dict], info: dict) -> dict:
    """Return the description of the body a speaker phrase's seat belongs to ("The ministry's reconciliation centre
    at [the Hmeimim base] said" -> "... reconciliation centre"), else ``info``.

    The extractor may take a place after "at" for the speaker when the body before it has a capitalised owner.
    The place is the body's seat (the round-16 ruling drops a named body's seat): the speaker is the subject's
    words before "at", when they end in an organisation's head noun (``sourcing_organisation_heads.txt``) and the
    speaker phrase holds none (a place, not a second body)."""
    if info["resolved_by"] != "as written" or not toks or any(t["norm"] in organisation_heads() for t in toks):
        return info
    sentence_toks = article.by_sentence.get(row["sentence_id"], [])
    k = next((i for i, t in enumerate(sentence_toks) if t is toks[0]), 0)
    if k < 2 or sentence_toks[k - 1]["norm"] != "at" or sentence_toks[k - 2]["norm"] not in organisation_heads():
        return info
    start, end = _subject(sentence_toks, k - 1)
    if end != k - 1 or end - start < 2:
        return info
    return _describe(article.raw, sentence_toks[start:end], article.clusters)


def _handle_referent(article: Article, row: dict, info: dict) -> dict:
    """Return ``info`` resolved to the body the text names whose account the speaker is ("per @IEC_Zembara" ->
    "Independent Electoral Commission": :mod:`.handles`), keeping the country found for the handle unless the text
    ties the body to one; else ``info`` unchanged."""
    if row["speaker_start"] < 0:
        return info
    name = handle_body(article.raw, article.raw[row["speaker_start"] : row["speaker_end"]])
    if name is None:
        return info
    affiliation = article.ties.get(name.casefold(), "") or info["affiliation"]
    resolved_by = "handle: its body"
    return {**info, "source": name, "kind": "organisation", "affiliation": affiliation, "resolved_by": resolved_by}


def _mention_genders(mentions: list[dict]) -> dict[str, str]:
    """Return surname -> gender of every mention whose gender is known (the first one found wins)."""
    genders: dict[str, str] = {}
    for mention in mentions:
        if mention["gender"]:
            genders.setdefault(mention["surname"], mention["gender"])
    return genders


def _nearest_person(article: Article, row: dict, info: dict, gender: str, described: list[dict]) -> dict:
    """Return ``info`` resolved to the nearest earlier person (a speaker or a titled name) who agrees with
    the pronoun's ``gender``.

    Agreement (Hobbs 1978; Lappin and Leass 1994: gender filter, then salience): a person whose
    gender is known (:func:`analysis.sourcing.speakers._gender`, or an earlier pronoun resolved to
    them) and differs is no candidate; a known match is preferred to an unknown gender; among
    those the most recent wins. The person chosen takes the pronoun's gender for later pronouns.
    Candidates are looked up by binary search in ``article.persons`` (:class:`_Persons`). A person only
    mentioned inside what the last speaker said yields to that speaker (:func:`_quoting_speaker`).
    """
    judge = _judge_subject_before(article, row, gender)
    if judge is not None:
        article.persons.learn_gender(judge, gender)
        return {**info, "source": judge, "kind": "person", "resolved_by": "pronoun: the judge before"}
    found = article.persons.candidate(row["speaker_start"], gender)
    speaker = _quoting_speaker(article, described, found, gender)
    if speaker is not None:
        return {**info, **{k: speaker[k] for k in DESCRIPTION}, "resolved_by": "pronoun: last speaker"}
    speaker = _continuing_speaker(article, row, described, found, gender)
    if speaker is not None:
        article.persons.learn_gender(speaker["source"], gender)
        return {**info, **{k: speaker[k] for k in DESCRIPTION}, "resolved_by": "pronoun: continuing speaker"}
    here = row["speaker_start"]
    if _own_turn_label(article, here, article.persons.candidate(here, gender)):
        here = _turn_start(article, here)  # the person before the turn's label
    found = article.persons.candidate(here, gender)
    best = article.persons.nearest(here, gender)
    if best is None:
        return {**info, "source": "", "resolved_by": "pronoun: unresolved"}
    described_best = {k: best[k] for k in DESCRIPTION}
    if found is not None and found[1] == 1 and not _known(best.get("affiliation", "")):
        country = _demonym_post_before(article, found[0])
        described_best = {**described_best, "affiliation": country} if country else described_best
    return {**info, **described_best, "resolved_by": "pronoun: nearest earlier person"}


# A post set off before a person's name that opens with "the" and a country's adjective: "the Tessalan Deputy
# Minister of Fisheries, Ms. X", "the Syrian Chargé d'affaires a.i., Dr. X" (no comma inside the post).
DEMONYM_POST_BEFORE = re.compile(
    r"\bthe[^\S\r\n]+(?P<adjective>[A-Z][\w-]+)\b[^,.;:\r\n]{1,60}?(?:a\.i\.)?,[^\S\r\n]*"
    r"(?:[A-Z][a-z]{1,3}\.?[^\S\r\n]+)?$"  # the mention may start after a title ("Ms. ")
)


def _demonym_post_before(article: Article, start: int) -> str:
    """Return the country of the adjective opening the post set off before the person's mention at ``start``
    (:data:`DEMONYM_POST_BEFORE`, the gazetteer's demonyms or those the text introduced), else "": round 5 ties a
    person to the country of their post's apposition, and a pronoun that takes up the mention takes that tie."""
    before = article.raw[max(line_start_of(article.raw, start), start - 120) : start]
    match = DEMONYM_POST_BEFORE.search(before)
    if match is None:
        return ""
    country, kind = gazetteer_kinds().get(match["adjective"], ("", ""))
    if kind == "demonym":
        return country
    learned = article.learned.get(match["adjective"], "")
    return learned if learned and learned != match["adjective"] else ""


def _judge_subject_before(article: Article, row: dict, gender: str) -> str | None:
    """Return the judge (:func:`analysis.sourcing.judges.judge_near`) when the subject of the sentence before the
    pronoun's is a description of a judge by office ("The judge agreed. In her judgment she wrote: ..."), else None.

    The pronoun takes up the subject of the sentence before (Lappin and Leass 1994: subject emphasis); that subject
    is no speaker row, so the nearest-person rule would skip it for another name mentioned earlier."""
    at = bisect_left(article.sentence_ids, row["sentence_id"])
    if not at:
        return None
    toks = article.by_sentence.get(article.sentence_ids[at - 1], [])
    start, end = _subject(toks, len(toks))
    if end <= start or not is_judge_description([t["norm"] for t in toks[start:end]]):
        return None
    return judge_near(article.raw, row["speaker_start"], gender)


def _quoting_speaker(article: Article, described: list[dict], found: Candidate | None, gender: str) -> dict | None:
    """Return the last row's speaker when the pronoun's nearest candidate ``found`` is a name mentioned only inside
    that row's content and the speaker agrees with the pronoun's ``gender``, else None.

    "Spokesman X said President Y would call Z. ... He said:": the subject who speaks is more salient than a
    name inside what he said (Lappin and Leass 1994: subject and head-noun emphasis over a name embedded in a
    complement), and news continues a speaker's quotation with a pronoun.
    """
    if found is None or found[1] != 1 or not described:
        return None
    last = described[-1]
    start, end = last.get("content", (-1, -1))
    if last["kind"] != "person" or not last["source"] or not start <= found[0] < end:
        return None
    known = article.persons.genders.get(last["source"].split()[-1], "")
    return last if known in {gender, ""} else None


def _continuing_speaker(
    article: Article, row: dict, described: list[dict], found: Candidate | None, gender: str
) -> dict | None:
    """Return the last row's speaker when it is a person whose gender (known, by given name or gendered head) is
    unknown or agrees, it spoke in the pronoun's sentence or the one before (in the same paragraph if it is named),
    and the pronoun's nearest candidate ``found`` lies before it; else None.

    "The representative of Chile said …. He added …": the speaker of the sentence just before is the most salient
    referent (Lappin and Leass 1994: recency and subject emphasis), and gender only filters out a disagreeing one.
    Preferring a known gender skipped a speaker whose gender the text never shows (a description without a name,
    a name the given-name list lacks) for an earlier man. A named speaker continues only within its paragraph:
    measured on the dev pages (round 11), letting it continue into the next paragraph gave "she" to men whose
    given names the list lacks (7 rows lost in 7 styles; news copy opens a new paragraph to return to an earlier
    speaker). A candidate after the speaker (a name the speaker mentioned) keeps the usual rule.
    """
    if not described or found is None:
        return None
    last = described[-1]
    if last["kind"] != "person" or not last["source"] or last["speaker_start"] < 0 or found[0] >= last["position"]:
        return None
    if row["content_start"] <= last["speaker_start"] < row["content_end"]:
        return None  # a speaker inside what the pronoun reports is not the pronoun (see speakers._reporting_subject)
    words = last["source"].split()
    known = article.persons.genders.get(words[-1]) or given_names().get(words[0].casefold()) or gender
    if known != gender or gendered_words().get(words[-1].casefold(), gender) != gender:
        return None  # a name or a head of the other gender ("Samuel X", "the spokeswoman")
    # A source of capitalised words only is a name (or a title written like one); a description has lower-case words.
    named = all(word[:1].isupper() for word in words)
    if named and _paragraph_break(article.raw, last["position"], row["speaker_start"]):
        return None  # a named person continues within its paragraph only
    here = bisect_left(article.sentence_ids, row["sentence_id"])
    return last if here - bisect_left(article.sentence_ids, last["sentence_id"]) <= 1 else None


def _paragraph_break(raw: str, start: int, end: int) -> bool:
    """Return whether a line break between ``start`` and ``end`` ends a paragraph: one that falls inside an open
    quotation (its line opens more quotation marks than it closes) is a hard wrap of the quotation, which goes on
    on the next line, so the quotation's speaker continues over it (round 17: "he said" after a quotation broken
    over two lines went to a man named before the speaker). So is a break after a line ending in a letter or digit
    with more text on the next line: a sentence hard-wrapped mid-clause ("An offensive would be" / "a disaster," he
    said) goes on (round 18)."""
    for brk in LINE_BREAK.finditer(raw, start, end):
        line = raw[line_start_of(raw, brk.start()) : brk.start()]
        following = raw[brk.end() : brk.end() + 1]
        wrapped = bool(line.strip()) and line.rstrip()[-1].isalnum() and following not in {"\r", "\n", ""}
        if not (line.count("“") > line.count("”") or line.count('"') % 2 == 1 or wrapped):
            return True
    return False


# Third-person plural pronouns: "they" in a clause after its sentence's subject may stand for that subject.
PLURAL_THIRD_PERSON = frozenset({"they", "them"})


def _own_subject(article: Article, row: dict, pronoun: dict) -> dict | None:
    """Return the description of the row's own sentence's subject when "they" stands after it in a dependent clause
    ("Officials were weighing a release, a step they said could prevent an explosion" -> Officials), else None.

    A pronoun inside a clause refers first to the subject of its own sentence when that subject agrees (Lappin and
    Leass 1994: a subject in the same sentence is the most salient antecedent); only a group or a body that is no
    person and is not itself a pronoun is taken, else the previous sentence's subject is tried as before."""
    toks = article.by_sentence.get(row["sentence_id"], [])
    limit = next((k for k, t in enumerate(toks) if t is pronoun), 0)
    start, end = _subject(toks, limit)
    if end <= start or end >= limit or any(t["norm"] in SPEAKER_PRONOUNS for t in toks[start:end]):
        return None
    info = _describe(article.raw, toks[start:end], article.clusters)
    # Agreement: "they" takes a plural head ("Officials"), not a state or a capital ("Moscow ... a charge they").
    plural = toks[end - 1]["norm"].endswith("s") and not _state_named(info["source"])
    if not plural or not info["source"] or info["kind"] == "person" or info["source_type"] in {"unknown", ""}:
        return None
    return {**info, "resolved_by": "pronoun: subject of its own sentence"}


# Reflexive pronouns used as intensifiers after a noun phrase ("the ministry itself", "the rescuers themselves").
INTENSIFYING_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
# Conjunctions a turn may open with after its label ("HOST: And the minister?"): no part of the subject.
TURN_OPENING_CONJUNCTIONS = frozenset({"and", "but", "so"})


def _without_turn_label(article: Article, toks: list[dict]) -> list[dict]:
    """Return a sentence's tokens without the turn label opening it and a conjunction after the label ("HOST: And
    the White Helmets themselves?" -> "the White Helmets themselves?"), else ``toks`` unchanged.

    A label says who has the turn (:func:`_in_turn_label`); read as the sentence's first words it made the label
    and the question one subject, which "they" in the answer then took up."""
    if not toks or not _in_turn_label(article, toks[0]["start"]):
        return toks
    colon = next((k for k, t in enumerate(toks) if t["text"] == ":"), -1)
    if colon < 0:
        return toks
    k = colon + 1
    while k < len(toks) and toks[k]["norm"] in TURN_OPENING_CONJUNCTIONS:
        k += 1
    return toks[k:]


def _reporter_of_subject(described: list[dict], previous_id: int, subject_start: int) -> dict | None:
    """Return the speaker of the previous sentence's row whose content holds that sentence's subject, when the
    speaker is no person ("Ukraine will try ..., the paper says. ..., it adds." -> the paper), else None.

    A post-posed cue leaves the reported clause's subject first in its sentence, but what it reports is no
    speaker: the next "it adds" continues the row's speaker (Lappin and Leass 1994: a subject inside a complement
    is less salient than the subject of the reporting clause). A person is no "it" (nor, in news, usually "they")."""
    for d in reversed(described):
        if d["sentence_id"] < previous_id:
            break
        start, end = d.get("content", (-1, -1))
        if d["sentence_id"] == previous_id and start <= subject_start < end and d["source"] and d["kind"] != "person":
            return {**d, "resolved_by": "pronoun: speaker of previous sentence (its subject was reported)"}
    return None


def _previous_subject(article: Article, sentence_id: int, described: list[dict]) -> dict | None:
    """Return the description of the previous sentence's subject when it can be the referent of 'it'/'they'."""
    # Sentence ids ascend in text order.
    at = bisect_left(article.sentence_ids, sentence_id)
    if not at:
        return None
    previous_id = int(article.sentence_ids[at - 1])
    toks = _without_turn_label(article, article.by_sentence.get(previous_id, []))
    start, end = _subject(toks, len(toks))
    while end > start and (not toks[end - 1]["is_word"] or toks[end - 1]["norm"] in INTENSIFYING_REFLEXIVES):
        end -= 1  # "the White Helmets themselves?": the intensifier and the mark are no part of the referent
    if end <= start:
        return None
    s_char, e_char = toks[start]["start"], toks[end - 1]["end"]
    for d in reversed(described):
        if d["sentence_id"] < previous_id:
            break  # rows come in sentence order: none earlier is in the previous sentence
        if d["sentence_id"] == previous_id and d["speaker_start"] >= 0 and s_char <= d["speaker_start"] < e_char:
            return {**d, "resolved_by": "pronoun: subject of previous sentence (a speaker)"}
    reporter = _reporter_of_subject(described, previous_id, s_char)
    if reporter is not None:
        return reporter
    info = _describe(article.raw, toks[start:end], article.clusters)
    if info["kind"] == "person" or info["affiliation"] == "unknown" and info["source_type"] in {"unknown", ""}:
        return None
    return {**info, "resolved_by": "pronoun: subject of previous sentence"}
