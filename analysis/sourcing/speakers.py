"""Who a speaker is: the person names of an article (:func:`_person_mentions`) and the typing of
one speaker span (:func:`_describe`), split by what it decides: the name inside the span
(:func:`_split_name`), the role and kind (codebook title nearest the name, or the phrase's head),
the affiliation (gazetteer: first country for a person, all for a collective; an international
body's seat left out), the resolution of a name to its fullest mention (surname cluster), and
whether the speaker is anonymous.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_table, read_word_list
from ..text import LINE_BREAK_PATTERN, has_line_break
from .lexicons import (
    _appositive_heads,
    _country_forms,
    _cue_forms,
    _name_prefixes,
    _title_words,
    demonyms,
    document_nouns,
    gazetteer_kinds,
    gendered_words,
    given_names,
    institutions,
    organisation_heads,
    short_names,
    spoken_for_openers,
)
from .naming import naming_words
from .pseudonyms import after_pseudonym_lead
from .tokens import _countries_in, _in_place_name, _is_cap, _is_gazetteer, _is_title_period, _roles_in
from .words import _CLASSES as WORD_CLASSES
from .words import (
    AGENT_PHRASE_ENDERS,
    ANONYMOUS_HEADS,
    APPOSITION_HEAD_ENDS,
    DETERMINERS,
    HEAD_ENDERS,
    HONORIFICS,
    INDEFINITE_OPENERS,
    NAME_PARTICLE,
    NAME_PARTICLE_WORDS,
    NP_FUNCTION,
    NP_INNER_PREPOSITIONS,
    NP_NOUNS,
    POST_LINKS,
    PRONOUN_GENDER,
)

# Words before a capitalised name that are no descriptor of it ("the", "of", "in": :func:`_described_name`).
DESCRIPTOR_NOT = frozenset(NP_FUNCTION | AGENT_PHRASE_ENDERS | NP_INNER_PREPOSITIONS | DETERMINERS)
# Titles of a name are looked for in at most this many tokens before it (back to a comma).
NAME_TITLE_WINDOW = 8
# Small words inside an organisation's proper name ("Department for Transport", "Union of Port Workers").
NAME_SMALL_WORDS = {"of", "for", "the", "and", "on", "'", "’"}
# The words that link an organisation's head to its complement ("Department for Transport").
NAME_LINKS = {"of", "for", "on", "and"}
# Articles before a speaker phrase, left out of its source.
ARTICLES = {"the", "a", "an"}
# Relative pronouns that open a clause describing a person ("X, who heads ...").
RELATIVE_PRONOUNS = {"who", "whose"}
# Prepositions after which trailing capitalised words name where a speaker is, not the speaker.
LOCATIVES = {"in", "from"}
# After an intergovernmental body, the place after these is where its staff sit or whom they serve, not
# their affiliation ("UN officials in Geneva", "the WFP coordinator for Syria"; round 7 added "for").
POSTING_PREPOSITIONS = {"in", "at", "for"}
# Heads of government departments, which every country has: "Russia's Defence Ministry" is reported as "Russian
# Defence Ministry", while a body's own name drops its country possessor (the source ruling of
# tests/gold/pages/README.md, round 7).
COUNTRY_NAMED_HEADS = frozenset({"ministry", "directorate"})
# Title abbreviations that qualify a post written after them ("Dep. Port Director X"), not a title of their own.
MODIFIER_ABBREVIATIONS = frozenset({"dep"})
# An apposition after a name is at most this many tokens ("X, deputy head of ..., said").
APPOSITION_MAX_TOKENS = 25
NO_SPEAKER = {
    "source": "",
    "source_type": "",
    "affiliation": "",
    "kind": "",
    "anonymous": False,
    "collective": False,
    "resolved_by": "none",
}


def _person_mentions(sentence_ids: list[int], by_sentence: dict[int, list[dict]]) -> list[dict]:
    """Return every name run of two or more capitalised words with its titles and apposition.

    Each mention: start (char), surname, full name, role, kind, affiliation, titled (a person
    title precedes the name or stands in its apposition), gender ("" when unknown: :func:`_gender`),
    given_name (the name opens with a common given name: :func:`_name_gender`).
    """
    mentions = []
    for sentence_id in sentence_ids:
        toks = by_sentence.get(sentence_id, [])
        # Capitalised words in the outlet's voice (_is_cap inlined: this runs on every token).
        named = [
            t["is_word"]
            and t["voice"] == "outlet"
            and (t["text"][:1].isupper() or ("-" in t["text"] and NAME_PARTICLE.match(t["text"]) is not None))
            for t in toks
        ]
        if not any(named):
            continue
        n = len(toks)
        for p in range(1, n - 1):
            # "Joost van Hal": a particle between capitalised words continues the name.
            if toks[p]["norm"] in NAME_PARTICLE_WORDS and toks[p]["text"].islower() and named[p - 1] and named[p + 1]:
                named[p] = True
        # Each maximal run of capitalised words; a name needs at least two.
        for i in [p for p in range(n) if named[p] and (p == 0 or not named[p - 1])]:
            j = i + 1
            while j < n and named[j]:
                j += 1
            mention = _mention(toks, i, j) if j - i >= 2 else None
            if mention is not None:
                mentions.append(mention)
    return mentions


def _surname_clusters(mentions: list[dict]) -> dict[str, dict]:
    """Return surname -> what :func:`_named_person` reads of the mentions ending in it, in one pass.

    Per surname: ``full``, the longest full name (the first on ties) among those opening with a common given
    name if any does ("Amara Okafor" over "Justice Okafor", whose first word is a title the codebook lacks), and
    ``role`` and ``affiliation``, the first non-empty ones, so that resolving a name does not scan every mention
    of the article.
    """
    clusters: dict[str, dict] = {}
    for m in mentions:
        cluster = clusters.setdefault(m["surname"], {"full": m["full"], "role": "", "affiliation": "", "key": ()})
        key = (m["given_name"], len(m["full"]))
        if key > cluster["key"]:
            cluster["full"], cluster["key"] = m["full"], key
        cluster["role"] = cluster["role"] or m["role"]
        cluster["affiliation"] = cluster["affiliation"] or m["affiliation"]
    for first, cluster in _first_word_clusters(clusters).items():
        clusters.setdefault(first, cluster)
    return clusters


def _first_word_clusters(clusters: dict[str, dict]) -> dict[str, dict]:
    """Return first word -> surname cluster, for the first words that open exactly one full name.

    A later reference may repeat a name's first word rather than its last: the family name where it comes
    first ("Lu Mingzhe" then "Lu said", Chinese and Korean order), or a given name. A first word shared by
    two people's names is left out (ambiguous); a last word keeps precedence (the caller adds these only
    where no surname has that key).
    """
    by_first: dict[str, list[dict]] = {}
    for cluster in clusters.values():
        words = cluster["full"].split()
        if len(words) > 1:
            by_first.setdefault(words[0], []).append(cluster)
    return {first: found[0] for first, found in by_first.items() if len(found) == 1}


def _before_post_nominal(toks: list[dict], i: int, j: int) -> int:
    """Return the end of a name run without post-nominal letters after it ("Mira Holt KC" ends before "KC";
    ``sourcing_naming_words.csv``, class ``post_nominal``): the letters are a rank, not the surname a later
    "Holt said" takes up. A run of two words is left whole."""
    while j - i > 2 and toks[j - 1]["text"].isupper() and toks[j - 1]["norm"] in naming_words()["post_nominal"]:
        j -= 1
    return j


def _mention(toks: list[dict], i: int, j: int) -> dict | None:
    """Return the mention of the name in the capitalised run ``toks[i:j]``, or None when the run is no name."""
    j = _before_post_nominal(toks, i, j)
    run = toks[i:j]
    window_start = max(0, i - NAME_TITLE_WINDOW)
    for m in range(i - 1, window_start - 1, -1):
        if toks[m]["text"] in {",", ";", ":"}:
            window_start = m + 1
            break
    k = 0
    while k < len(run) and (run[k]["norm"] in _name_prefixes() or _is_gazetteer(run[k])):
        k += 1
    post_ends = [f[1] for f in _roles_in([t["norm"] for t in toks[window_start:i]]) if f[3] == "person"]
    if post_ends and any(t["norm"] in POST_LINKS for t in toks[window_start + max(post_ends) : i]):
        # "Minister for Climate Change Lena Vos", "Minister of Trade and Industry Lena Vos": the
        # post's complement runs into the name and is not part of it.
        if not _name_in_complement(run) and len(run) - k <= 2:
            return None  # "Under-Secretary-General for Peace Operations": the complement alone, no name (round 11)
        k = len(run) - 2 if _name_in_complement(run) else k
    name = _from_given_name(_after_modifier_abbreviation(toks[:j], i + k))
    titles = _title_words()
    if len(name) < 2 or any(t["norm"] in titles or _is_gazetteer(t) for t in name):
        return None
    before = toks[window_start : i + k]
    apposition = _apposition(toks, j)
    role, kind = _type_tokens(before, apposition)
    # A title counts for a person only right before the name or in its apposition.
    before_roles = _roles_in([t["norm"] for t in before])
    adjacent = [f for f in before_roles if f[1] >= len(before) - 1]
    titled = bool(adjacent and adjacent[-1][3] == "person") or (not before_roles and kind == "person")
    # "referred to in court as Witness A": a name a court gives a person is a person's (analysis.sourcing.pseudonyms).
    titled = titled or after_pseudonym_lead(toks, i)
    described_by = [t["norm"] for t in before + apposition]
    # "X, the WFP coordinator for Syria": no Syria; "X, an analyst at Velk Markets in Oslo": the firm's seat, no tie.
    posted = _affiliation(*_before_seat(apposition, described_by[len(before) :]))
    stated = _parenthesised_country(toks, j) or _spoken_for_country(toks, i)
    fronted = _fronted_apposition(toks, i, j)
    # A fronted apposition ("Norway's envoy, X, who ...") describes the name first: its country wins over one a
    # later apposition or relative clause mentions ("..., whose delegation drafted it with Belgium").
    # Its seat or posting after an intergovernmental body is no tie, as in an apposition after the name.
    fronted_countries = _affiliation(fronted, [t["norm"] for t in fronted])
    # A run naming a body of one country ("The White Helmets, who were named in the Russian claims") keeps it: a
    # country in its relative clause may be an opponent's (round 13b).
    own = _countries_in(toks[i:j]) or _institution_country(toks[i:j])
    affiliation = own or stated or _countries_in(before) or fronted_countries or posted
    if not affiliation and any(f[2] == "intergovernmental" for f in _roles_in([t["norm"] for t in fronted])):
        affiliation = ["international"]  # "The UN's adviser for Syria, X"
    if not affiliation and any(f[2] == "intergovernmental" for f in _roles_in(described_by)):
        affiliation = ["international"]  # "UN deputy spokeswoman X", "X, a UNICEF spokeswoman"
    return {
        "start": name[0]["start"],
        "end": name[-1]["end"],
        "surname": name[-1]["text"],
        "full": " ".join(t["text"] for t in name),
        "role": role,
        "kind": kind,
        "affiliation": (affiliation or [""])[0],
        "titled": titled,
        # A title says the gender, then a listed given name, and only then a pronoun later in the sentence, which
        # may be another person's ("Cross-examined by X, the witness accepted that ... her warning": round 17).
        "gender": _gender(fronted + before + apposition, []) or _name_gender(name) or _gender([], toks[j:]),
        "given_name": bool(_name_gender(name)),
    }


# A parenthesis holding a country's name after a person's name has at most this many tokens ("(United States)").
PARENTHESIS_MAX_TOKENS = 6


def _country_named(words: list[dict]) -> list[str]:
    """Return [country] when ``words`` (a leading "the" left out) are exactly one country's name or abbreviation
    in the gazetteer ("the Russian Federation", "France", "U.S."), else [] (a demonym or capital alone is not one)."""
    words = words[1:] if words and words[0]["norm"] == "the" else words
    country = _country_forms().get(tuple(t["text"] for t in words), "") if words else ""
    if len(words) == 1 and gazetteer_kinds().get(words[0]["text"], ("", ""))[1] not in {"country", "abbreviation"}:
        return []
    return [country] if country else []


def _parenthesised_country(toks: list[dict], j: int) -> list[str]:
    """Return [country] when a parenthesis right after a name ending at ``j`` holds only one country's name
    ("GRIGORY VASNETSOV (Russian Federation) said"), else []: the meeting-record way of stating whom a delegate
    speaks for, which the affiliation convention counts as the text's tie (tests/gold/pages/README.md)."""
    if j >= len(toks) or toks[j]["text"] != "(":
        return []
    close = next((m for m in range(j + 1, min(len(toks), j + PARENTHESIS_MAX_TOKENS)) if toks[m]["text"] == ")"), None)
    return _country_named(toks[j + 1 : close]) if close is not None else []


def _spoken_for_country(toks: list[dict], i: int) -> list[str]:
    """Return [country] when the name opening at ``i`` follows a fronted phrase of an opener of
    ``sourcing_spoken_for_openers.txt`` and one country's name, set off by a comma ("Speaking for France, X
    said"; an aside may come between), else []: the text states the state the speaker speaks for."""
    if i < 3 or toks[i - 1]["text"] != ",":
        return []
    end = i - 1
    # The opener's phrase, or the one before it when an aside comes between ("Speaking for the European Union, in
    # its capacity as observer, X said"): at most SPOKEN_FOR_SEGMENTS comma-separated phrases back.
    for _ in range(SPOKEN_FOR_SEGMENTS):
        k = end
        while k > 0 and toks[k - 1]["text"] not in {",", ";", ":", "."}:
            k -= 1
        phrase = toks[k:end]
        norms = tuple(t["norm"] for t in phrase)
        opener = next((o for o in spoken_for_openers() if norms[: len(o)] == o), None)
        if opener:
            named = phrase[len(opener) :]
            # "Speaking for the European Union": an intergovernmental body's speaker is international.
            body = any(f[2] == "intergovernmental" for f in _roles_in([t["norm"] for t in named]))
            return _country_named(named) or (["international"] if body else [])
        if k == 0 or toks[k - 1]["text"] != ",":
            return []
        end = k - 1
    return []


# Comma-separated phrases read back for a "Speaking for ..." opener before a name.
SPOKEN_FOR_SEGMENTS = 2


def _from_given_name(name: list[dict]) -> list[dict]:
    """Return a capitalised name run from its given name on ("Justice Amara Okafor" -> "Amara Okafor"): words
    before a common given name (``sourcing_given_names.csv``) that are no given name themselves are a title
    the codebook lacks ("Justice", "Volunteer", "Imam"), not part of the name. A run without a listed given
    name, or with one as its last word, is returned unchanged.
    """
    names, titles = given_names(), _title_words()
    first = next((i for i, t in enumerate(name[:-1]) if t["text"].casefold() in names), None)
    if not first or any(_not_unlisted_title(t, names, titles) for t in name[:first]):
        return name
    return name[first:]


def _not_unlisted_title(tok: dict, names: dict[str, str], titles: frozenset[str]) -> bool:
    """Return whether a word before a given name is no unlisted title: a given name, a codebook title (the
    rules that read titles keep it), an article ("The Marisol Star", a ship), a name particle ("Abu", round 14), a
    place or no word at all."""
    return (
        tok["text"].casefold() in names
        or tok["norm"] in titles
        or tok["norm"] in DETERMINERS
        or tok["norm"] in WORD_CLASSES["name_particle"]
        or _is_gazetteer(tok)
        or not tok["is_word"]
    )


def _fronted_apposition(toks: list[dict], i: int, j: int) -> list[dict]:
    """Return the title phrase before a name set off by commas ("A spokeswoman for the operator, Mira
    Dolan, said"), which describes the name as an apposition after it would, else []."""
    if not (i > 1 and toks[i - 1]["text"] == "," and j < len(toks) and toks[j]["text"] == ","):
        return []
    k = i - 2
    while k > 0 and toks[k - 1]["text"] not in {",", ";", ":"} and i - k < APPOSITION_MAX_TOKENS:
        k -= 1
    return toks[k : i - 1]


def _gender(described_by: list[dict], after: list[dict]) -> str:
    """Return "female", "male" or "" (unknown) for a name: a gendered honorific or title before it or
    in its apposition ("Mrs", "spokeswoman"), else the first he/she/his/her of the outlet's voice
    later in the same sentence, before any other capitalised name ("X said she had ...").
    """
    words = gendered_words()
    marked = [words[t["norm"]] for t in described_by if t["norm"] in words]
    if marked:
        return marked[-1]
    for k, tok in enumerate(after):
        if tok["voice"] != "outlet":
            continue
        if _is_cap(tok) and k + 1 < len(after) and _is_cap(after[k + 1]):
            return ""  # another name comes first: the pronoun may be its
        if tok["norm"] in PRONOUN_GENDER:
            return "" if _reporting_subject(after, k) else PRONOUN_GENDER[tok["norm"]]
    return ""


def _reporting_subject(toks: list[dict], k: int) -> bool:
    """Return whether the pronoun at ``k`` is the subject of a reporting clause set after its content by a comma
    ("The rescue group had asked for monitors, she said"): it is the speaker, and a name inside the content it
    reports cannot be the same person (a pronoun may not take a name its clause governs: binding principle C,
    Chomsky 1981), so the name takes no gender from it (round 15: "she" gave its gender to the content's subject
    and was then resolved to it)."""
    return k > 0 and toks[k - 1]["text"] == "," and k + 1 < len(toks) and (toks[k + 1]["norm"],) in _cue_forms()


def _name_gender(name: list[dict]) -> str:
    """Return the gender of a name's first word when it is a common given name ("Ingrid Solheim": "female"),
    else "". Used only when the text marks no gender (:func:`_gender`): a reader of English news resolves
    "she said" past "Martin Vogt" by his first name (gender agreement, Lappin and Leass 1994)."""
    return given_names().get(name[0]["norm"], "") if len(name) >= 2 else ""


def _apposition(toks: list[dict], j: int) -> list[dict]:
    """Return the tokens of an apposition after a name ending at ``j``, else [].

    A noun phrase ("X, a spokesman for ...") or a relative clause that describes the person
    ("X, who heads Russia's reconciliation center, said": its countries give the affiliation).
    """
    if not (
        j + 1 < len(toks)
        and toks[j]["text"] == ","
        and (
            toks[j + 1]["norm"] in _appositive_heads()
            or toks[j + 1]["norm"] in RELATIVE_PRONOUNS
            or toks[j + 1]["norm"].isdigit()
            or (j + 2 < len(toks) and _is_title_period(toks, j + 2))  # "X, Dep. head of ...," (round 7)
        )
    ):
        return []
    m = j + 1
    while (
        m < len(toks)
        and (toks[m]["text"] not in {",", ".", ";"} or _is_title_period(toks, m))
        and m - j < APPOSITION_MAX_TOKENS
    ):
        m += 1
    return toks[j + 1 : m]


def _type_tokens(before: list[dict], apposition: list[dict]) -> tuple[str, str]:
    """Return (role, kind) from titles before a name (nearest wins) or in its apposition (first wins)."""
    found = _roles_in([t["norm"] for t in before])
    if found:
        best = max(found, key=lambda f: (f[1], f[1] - f[0]))
        return best[2], best[3]
    norms = [t["norm"] for t in apposition]
    head_end = next((i for i, n in enumerate(norms) if n in APPOSITION_HEAD_ENDS), len(norms))
    found = _roles_in(norms[:head_end])
    if found:
        # The head of the apposition's first noun phrase ("a police spokeswoman" -> spokeswoman).
        best = max(found, key=lambda f: (f[1], f[1] - f[0]))
        return best[2], best[3]
    found = _roles_in(norms)
    if found:
        best = min(found, key=lambda f: (f[0], -(f[1] - f[0])))
        return best[2], best[3]
    return "", ""


def _apposed_body_name(raw: str, speaker_toks: list[dict]) -> str | None:
    """Return the capitalised name apposed after a description's comma ("the city's harbour office, HBO"
    -> "HBO"), the body's own name, else None (no comma, a list of names, or lower-case words after it)."""
    comma = max((i for i, t in enumerate(speaker_toks) if t["text"] == ","), default=None)
    name = speaker_toks[comma + 1 :] if comma is not None else []
    if not name or any(t["norm"] == "and" for t in speaker_toks) or not all(_is_cap(t) for t in name if t["is_word"]):
        return None
    return raw[name[0]["start"] : name[-1]["end"]]


def _describe(raw: str, speaker_toks: list[dict], clusters: dict[str, dict]) -> dict:
    """Return a speaker span typed: source, source_type, affiliation, kind, anonymous, collective, resolved_by.

    ``clusters`` is :func:`_surname_clusters` of the article's person mentions.
    """
    if not speaker_toks:
        return dict(NO_SPEAKER)
    owner = _document_owner(speaker_toks)
    if owner:
        return _describe(raw, owner, clusters)
    text = raw[speaker_toks[0]["start"] : speaker_toks[-1]["end"]]
    speaker_toks = _without_parentheses(speaker_toks)
    norms = [t["norm"] for t in speaker_toks]
    # Words after the last possessive belong to the speaker; before it, to the possessor.
    last_pos = max((i for i, t in enumerate(speaker_toks) if t["norm"] == "'s"), default=-1)
    last_pos = _possessive_in_owner(speaker_toks, last_pos)
    own = speaker_toks[last_pos + 1 :]
    name, descriptor = _split_name(own)
    role, kind = _role_and_kind(own, descriptor)
    affiliation = _affiliation(*_before_seat(speaker_toks, norms)) if not name else _affiliation(speaker_toks, norms)
    collective = "and" in norms and (not name or len(name) < 2)
    found = {"source": re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE), "resolved_by": "as written"}
    renamed = _organisation_name(raw, speaker_toks)
    if renamed is not None:
        # A body belongs to the country before its head, not to its complement's ("Russian Center for Syrian ...").
        link = next((i for i, n in enumerate(norms) if n in NAME_LINKS and i > 0), len(norms))
        affiliation = _affiliation(speaker_toks[:link], norms[:link]) or affiliation
    else:
        renamed = _capital_country(speaker_toks) or _side_country(speaker_toks) or _people_country(speaker_toks)
    if renamed is None and not name:
        renamed = _possessive_country(raw, speaker_toks, last_pos)
    if renamed is not None:
        # The phrase names a body or a country, not a person: its last capitalised word is no surname.
        found["source"], name, kind = renamed, [], kind or "organisation"
        # A state named by its people ("the Russians") is affiliated to itself.
        affiliation = affiliation or ([renamed] if renamed in demonyms() else [])
    if name and kind == "organisation" and len(name) >= 2 and _apposed_body_name(raw, speaker_toks) is not None:
        # "A spokeswoman for the defence ministry, Ana Ruiz": a name apposed after the title is a person's.
        kind = "person"
    if name and kind != "organisation" and not collective:
        found |= _named_person(name, descriptor, clusters, role, kind, affiliation)
        role, kind, affiliation = found["role"], found["kind"], found["affiliation"]
    elif collective:
        kind = "group"
        role = role or ("country" if affiliation else "collective")
    elif not role and all(_is_gazetteer(t) or t["norm"] in {"the"} for t in speaker_toks):
        kind, role = "organisation", "country"
    if not name and renamed is None:
        found["source"] = (
            _apposed_body_name(raw, speaker_toks)
            or _spoken_for(raw, speaker_toks)
            or _staff_body(raw, speaker_toks)
            or _described_name(raw, speaker_toks)
            or _name_before_head(raw, speaker_toks)
            or found["source"]
        )
    if not name:
        found["source"] = _without_trailing_parenthesis(found["source"])
    if not affiliation:
        affiliation = _institution_country(speaker_toks)
    anonymous = not name and _is_anonymous(norms)
    if not affiliation and any(f[2] == "intergovernmental" for f in _roles_in(norms)):
        affiliation = ["international"]
    if role == "intergovernmental" and not affiliation:
        affiliation = ["international"]
    # A body written by its short name alone is reported under its full name ("the U.N." -> United Nations).
    found["source"] = short_names().get(found["source"].casefold(), found["source"])
    found["source"] = _without_place_adverb(_without_contact_clause(_without_adverbials(found["source"], kind)))
    found["source"] = _place_force(_unbroken(_without_hyphen_modifier(_without_some(found["source"]))))
    return {
        "source": found["source"],
        "source_type": "anonymous" if anonymous else (role or "unknown"),
        "affiliation": "; ".join(affiliation) if affiliation else "unknown",
        "kind": kind or ("group" if anonymous else "organisation"),
        "anonymous": anonymous,
        "collective": collective,
        "resolved_by": found["resolved_by"],
    }


def _possessive_in_owner(speaker_toks: list[dict], last_pos: int) -> int:
    """Return -1 when the possessive at ``last_pos`` sits in the owner after a person's name ("Dep. Governor X Y of
    Norvasta's central bank": the bank's owner, not the speaker's), so the whole phrase is the speaker's own words;
    else ``last_pos``. The name before the post link (:func:`_name_before_link`) is the speaker (round 13b)."""
    link = next((i for i, t in enumerate(speaker_toks) if t["norm"] in POST_LINKS), None)
    if last_pos > 0 and link is not None and link < last_pos and _name_before_link(speaker_toks[: link + 1]):
        return -1
    return last_pos


def _institution_country(speaker_toks: list[dict]) -> list[str]:
    """Return [country] of the first named body of one country in a speaker phrase ("the White Helmets",
    "deputy head of the White Helmets": ``sourcing_institutions.csv``), else []: the affiliation convention counts
    the country such a body unambiguously belongs to."""
    table = institutions()
    texts = [t["text"] for t in speaker_toks]
    for i in range(len(texts)):
        for name, country in table.items():
            if tuple(texts[i : i + len(name)]) == name:
                return [country]
    return []


def _document_owner(speaker_toks: list[dict]) -> list[dict]:
    """Return the tokens of the body whose document is the speaker ("UN figures", "the UN's own figures", "a
    defence ministry statement" -> the words before the noun; "data from the X Centre" -> "the X Centre"),
    else [] (``sourcing_document_nouns.txt``): the resolved source is the body, not its document.

    The body must hold a capitalised word, not only one capitalised for opening the sentence (an acronym or a
    gazetteer form may open it), so that "Official figures" or "the statement" stays as written.
    """
    words = [t for t in speaker_toks if t["is_word"]]
    if len(words) < 2:
        return []
    nouns = document_nouns()
    if words[-1]["norm"] in nouns:
        owner = speaker_toks[: speaker_toks.index(words[-1])]
        possessive = max((i for i, t in enumerate(owner) if t["norm"] == "'s"), default=len(owner))
        owner = owner[:possessive]  # "the UN's own figures": the possessor is the body
    else:
        head = 1 if words[0]["norm"] in ARTICLES else 0
        if not (head + 2 < len(words) and words[head]["norm"] in nouns and words[head + 1]["norm"] in {"from", "of"}):
            return []
        owner = speaker_toks[speaker_toks.index(words[head + 1]) + 1 :]
    named = any(_is_cap(t) and (i > 0 or t["text"].isupper() or _is_gazetteer(t)) for i, t in enumerate(owner))
    return owner if named else []


def _described_name(raw: str, speaker_toks: list[dict]) -> str | None:
    """Return the body's name that ends a phrase right after a lower-case descriptor ("the state news agency
    PRENSA" -> "PRENSA", "charity Medaid International" -> "Medaid International"), else None.

    The descriptor says what the body is; the name is the referent (the gold pages write the name). The name
    is the run of capitalised words (and the small words of names) ending the phrase; the word before it must
    be a lower-case word that is no function word or preposition, so "the Defence Ministry" and "Police in
    Lima" are left alone.
    """
    k = len(speaker_toks)
    while k > 0 and (_is_cap(speaker_toks[k - 1]) or speaker_toks[k - 1]["norm"] in NAME_SMALL_WORDS):
        k -= 1
    while k < len(speaker_toks) and not _is_cap(speaker_toks[k]):
        k += 1
    before = speaker_toks[k - 1] if 0 < k < len(speaker_toks) else None
    if before is None or not before["is_word"] or _is_cap(before) or before["norm"] in DESCRIPTOR_NOT:
        return None
    if all(_is_gazetteer(t) for t in speaker_toks[k:] if t["is_word"]):
        return None  # a place ("Aid agencies working in north-west Syria"), no body's name
    return _written(raw, speaker_toks[k:])


def _staff_body(raw: str, speaker_toks: list[dict]) -> str | None:
    """Return the body whose unnamed staff speak ("Meteorologists at the Pakistan Meteorological Department" ->
    "Pakistan Meteorological Department"), else None: lower-case words, "at" or "of", then a body's name whose
    capitalised run holds a country word and ends in an organisation head (``sourcing_organisation_heads.txt``).
    The staff are a plural noun: a singular post before "of" is held by one person, who is the source.

    The staff speak for the body, as a spokesperson does (:func:`_spoken_for`); the name keeps its country word
    (round 15: the run after the country word was taken for a person's name)."""
    link = next((i for i, t in enumerate(speaker_toks) if t["norm"] in {"at", "of"}), None)
    if not link or any(_is_cap(t) and i > 0 for i, t in enumerate(speaker_toks[:link])):
        return None
    if not speaker_toks[link - 1]["norm"].endswith("s"):
        return None  # a post ("the representative of the Russian Federation") is its holder, not the body
    body = speaker_toks[link + 1 :]
    while body and body[0]["norm"] in ARTICLES:
        body = body[1:]
    if not (body and _is_cap(body[-1]) and body[-1]["norm"] in organisation_heads()):
        return None
    if not any(_is_gazetteer(t) for t in body) or not all(_is_cap(t) or not t["is_word"] for t in body):
        return None
    return _written(raw, body)


def _name_before_head(raw: str, speaker_toks: list[dict]) -> str | None:
    """Return the body's name before a lower-case organisation head ("the Havenbond union" -> "Havenbond",
    ``sourcing_organisation_heads.txt``), else None: the head says what the body is, the name is the referent.

    A name that is only gazetteer forms is a state's body ("the Syrian government", "the Russian defence
    ministry") and is left alone.
    """
    words = [t for t in speaker_toks if t["norm"] not in ARTICLES]
    if len(words) < 2 or _is_cap(words[-1]) or words[-1]["norm"] not in organisation_heads():
        return None
    name = words[:-1]
    if not all(_is_cap(t) or not t["is_word"] for t in name) or all(_is_gazetteer(t) for t in name if t["is_word"]):
        return None
    return _written(raw, name)


def _spoken_for(raw: str, speaker_toks: list[dict]) -> str | None:
    """Return the body an unnamed spokesperson speaks for ("a spokeswoman for the shipping line Andes Lines" ->
    "Andes Lines"), else None: the spokesperson's words are the body's (the gold pages write the body).

    The body is the capitalised name ending the phrase after "for" (a common descriptor before it and the
    body's seat after it left out); the spokesperson words are the codebook's (``source_roles.csv``, role
    ``spokesperson``).
    """
    norms = [t["norm"] for t in speaker_toks]
    spokes = [f for f in _roles_in(norms) if f[2] == "spokesperson"]
    if not spokes or spokes[0][1] >= len(norms) or norms[spokes[0][1]] != "for":
        return None
    body, _ = _before_seat(speaker_toks[spokes[0][1] + 1 :], norms[spokes[0][1] + 1 :])
    k = len(body)
    while k > 0 and (_is_cap(body[k - 1]) or body[k - 1]["norm"] in NAME_SMALL_WORDS or not body[k - 1]["is_word"]):
        k -= 1
    while k < len(body) and not _is_cap(body[k]):
        k += 1
    return _office_of_head(_written(raw, body[k:])) if k < len(body) else None


# A head of state's title -> the office whose voice their spokesperson is (the ruling of round 16: "A spokesman for
# the Turkish President" -> "Turkish Presidency", tests/gold/pages/README.md).
HEAD_OF_STATE_OFFICES = {"President": "Presidency"}


def _office_of_head(body: str) -> str:
    """Return a spokesperson's body with a head of state's title written as the office ("Velmorian President" ->
    "Velmorian Presidency"): a spokesperson for a head of state speaks for the office, not as the person; a
    body of another kind is returned unchanged."""
    first, _, last = body.rpartition(" ")
    return f"{first} {HEAD_OF_STATE_OFFICES[last]}" if first and last in HEAD_OF_STATE_OFFICES else body


def _without_trailing_parenthesis(source: str) -> str:
    """Return a body's source without a parenthesis ending it ("Peruvian Red Cross Society (PRCS)" -> "Peruvian
    Red Cross Society"): an acronym given after the name is not written (the parenthesis rule of
    tests/gold/pages/README.md). Measured in round 10, using the acronym instead where it does not spell the
    name's initials lost more than it won: bodies abbreviated in their own language ("Port Workers' Union (HAU)").
    """
    return re.sub(r"\s*\([^()]*\)$", "", source) or source


# Adverbials of a participle that post-modifies an unnamed source ("Posts shared widely on X since May"): a
# trailing "since ..." time phrase, and a manner adverb or a frequency ("thousands of times") right after the
# participle. Cheap gate first: most sources have none of these words.
ADVERBIAL_GATE = re.compile(r"\bsince\b|ly\b|\btimes\b")
TRAILING_SINCE = re.compile(r"[^\S\r\n]+since[^\S\r\n]+[^,;]*$")
PARTICIPLE_ADVERBIAL = re.compile(
    r"\b(\w+(?:ed|en|ing))[^\S\r\n]+(?:[a-z]+ly|[\w,]+[^\S\r\n]+(?:of[^\S\r\n]+)?times)\b"
)


def _without_adverbials(source: str, kind: str) -> str:
    """Return an unnamed source without the adverbials of a participle that post-modifies it: "Posts shared
    thousands of times on Facebook since May 19" -> "Posts shared on Facebook". When and how often something was
    shared says nothing about who speaks, and the same speakers recur with other dates (round 11); "" never.
    A person's source (``kind`` "person") is a name and is returned unchanged."""
    if kind == "person" or not ADVERBIAL_GATE.search(source):
        return source
    stripped = PARTICIPLE_ADVERBIAL.sub(r"\1", TRAILING_SINCE.sub("", source))
    return stripped or source


# "Traders we spoke to", "analysts I consulted": a plural head, then a relative clause without "who"/"that" whose
# subject is the writer ("we"/"I"), its verb and an optional preposition, ending the phrase.
CONTACT_CLAUSE = re.compile(r"^(\w[\w-]*s)[^\S\r\n]+(?:we|I)[^\S\r\n]+[a-z]+(?:[^\S\r\n]+(?:to|with))?$")


# A deictic place adverb closing a speaker phrase ("Aid workers here"): where the reporter stands, not who speaks.
PLACE_ADVERBS = (" here", " there")


def _without_place_adverb(source: str) -> str:
    """Return ``source`` without a closing "here"/"there" ("Aid workers here" -> "Aid workers", round 13b): the
    same speakers are written without it elsewhere; a source of that one word stays."""
    for adverb in PLACE_ADVERBS:
        if source.endswith(adverb) and len(source) > len(adverb):
            return source[: -len(adverb)]
    return source


# "Some" or "Our" before a group named by a proper adjective ("Some Western governments", "Our Turkish colleagues").
SOME_NAMED_GROUP = re.compile(r"^(?:[Ss]ome|Our)[^\S\r\n]+(?=[A-Z][\w.-]*[^\S\r\n]+[a-z])")


# A word broken across two lines by a hyphen before a lower-case syllable ("Vos-\nkresenskaya"), and any other line
# break inside a source ("Maj. Gen.\nAlexei X"): a print or PDF layout's, not the name's.
LINE_BROKEN_WORD = re.compile(rf"(\w)-[^\S\r\n]*{LINE_BREAK_PATTERN}[^\S\r\n]*([a-z])")
SPACED_LINE_BREAK = re.compile(rf"[^\S\r\n]*{LINE_BREAK_PATTERN}[^\S\r\n]*")


def _unbroken(source: str) -> str:
    """Return ``source`` as one line: a word hyphenated at a line end joined ("Irina Vos-\nkresenskaya" -> "Irina
    Voskresenskaya"), other line breaks read as spaces; ``source`` itself when it has no line break (round 15: PDF
    and print pages break speakers' names across lines). A hyphen before a capital stays ("Anstey-\nRowe")."""
    if not has_line_break(source):
        return source
    return SPACED_LINE_BREAK.sub(" ", LINE_BROKEN_WORD.sub(r"\1\2", source))


def _without_some(source: str) -> str:
    """Return ``source`` without an opening "Some" or "Our" before a group a proper adjective names ("Some Western
    governments" -> "Western governments", "Our Turkish colleagues" -> "Turkish colleagues"), else ``source``: the
    quantifier hedges how many speak and the possessive says how the speaker relates to them, not who they are (the
    gold pages of round 14 write the group in all five such phrases). "Several" stays ("Several African
    governments" is written whole) and so does "Some residents", whose group has no proper adjective."""
    return SOME_NAMED_GROUP.sub("", source)


@lru_cache(maxsize=1)
def _hyphen_modifier() -> re.Pattern[str]:
    """Return the pattern of an opening hyphenated modifier ("Geneva-based ", "UN-led ") whose second part is in
    ``sourcing_hyphen_modifiers.txt``, followed by at least one more word."""
    parts = "|".join(map(re.escape, sorted(read_word_list("sourcing_hyphen_modifiers.txt"))))
    return re.compile(rf"^[\w.’'-]+-(?:{parts})\s+(?=\w)", re.IGNORECASE)


def _without_hyphen_modifier(source: str) -> str:
    """Return ``source`` without an opening modifier that says where a body sits or who leads or runs it
    ("Geneva-based Climate Risk Observatory" -> "Climate Risk Observatory", "Council-run county library" ->
    "county library"), else ``source``: the modifier describes the body, it is no part of its name (the gold
    pages write the body alone, as a body's owner is left out by the round-7 ruling). Gated by the cheap test
    for a hyphen."""
    if "-" not in source:
        return source
    return _hyphen_modifier().sub("", source, count=1)


@lru_cache(maxsize=1)
def _place_force_pattern() -> re.Pattern[str]:
    """Return the pattern of a whole source "<force noun> in <Place>" (``sourcing_place_forces.txt``), the place a
    run of capitalised words."""
    nouns = "|".join(map(re.escape, sorted(read_word_list("sourcing_place_forces.txt"))))
    return re.compile(rf"^((?i:{nouns}))\s+in\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)$")


def _place_force(source: str) -> str:
    """Return a place's force as "<Place> <noun>" ("Police in Lakeford" -> "Lakeford police"), else ``source``:
    the force belongs to the place, and the gold pages write it under the place's name."""
    match = _place_force_pattern().match(source)
    return f"{match.group(2)} {match.group(1).casefold()}" if match else source


def _without_contact_clause(source: str) -> str:
    """Return an unnamed plural source without a contact clause that says how the writer reached it ("Traders we
    spoke to" -> "Traders"), else ``source``: whom the writer consulted is not part of who speaks (the gold pages
    write the head). Gated by the cheap test for " we " / " I "."""
    if " we " not in source and " I " not in source:
        return source
    match = CONTACT_CLAUSE.match(source)
    return match.group(1) if match else source


def _written(raw: str, toks: list[dict]) -> str:
    """Return the raw text of consecutive tokens, periods of an acronym dropped ("U.S." -> "US", as the gold has it)."""
    text = raw[toks[0]["start"] : toks[-1]["end"]]
    return re.sub(r"\b((?:[A-Z]\.){2,})", lambda m: m.group(1).replace(".", ""), text)


def _organisation_name(raw: str, speaker_toks: list[dict]) -> str | None:
    """Return the source of a speaker phrase that is an organisation's proper name, else None.

    The name: capitalised words and the small words of names (``NAME_SMALL_WORDS``) holding an
    organisation head (``sourcing_organisation_heads.txt``), without the article, a possessor
    ("the UN's Joint Coordination Centre") or a seat after ``in``/``at`` ("... Centre in
    Istanbul"); a country possessor becomes its demonym before a ministry ("Russia's Defence Ministry"
    -> "Russian Defence Ministry") and is dropped before another body's own name ("Pakistan's National
    Disaster Management Authority" -> "National Disaster Management Authority": the source ruling of
    tests/gold/pages/README.md). "The US State Department" is the whole name, not "Department".
    """
    if _name_after_comma(speaker_toks):
        return None
    toks = [t for t in speaker_toks if t["is_word"] or t["text"] in {"'s", "’s", "'", "’", "."}]
    while toks and toks[0]["norm"] in ARTICLES:
        toks = toks[1:]
    possessive = max((i for i, t in enumerate(toks) if t["norm"] == "'s"), default=-1)
    own = toks[possessive + 1 :]
    prefix = _country_demonym(toks[:possessive]) if possessive >= 0 and _takes_country(own) else ""
    seat = next((i for i, t in enumerate(own) if t["norm"] in {"in", "at"} and i > 0), None)
    if seat is not None and seat + 1 < len(own) and _is_cap(own[seat + 1]):
        own = own[:seat]
    while own and own[-1]["text"] in {".", "'", "’"} | NAME_SMALL_WORDS:
        own = own[:-1]
    heads = organisation_heads()
    own = _without_descriptor(own, heads)
    # The head stands before the name's first linking word: "Union of Port Workers" is a body,
    # "Zainab Qureshi of the Sindh Rural Support Network" a person of one.
    link = _name_link(own, heads)
    if not (
        own
        and _is_cap(own[0])
        and any(t["norm"] in heads and _is_cap(t) for t in own[:link])
        and all(_is_cap(t) or t["norm"] in NAME_SMALL_WORDS or t["text"] == "." for t in own)
    ):
        return None
    if _titled_after_head(own[:link], heads):
        return None
    return f"{prefix} {_written(raw, own)}".strip()


def _without_descriptor(own: list[dict], heads: frozenset[str]) -> list[dict]:
    """Return a body's name without the lower-case common nouns that describe it before it ("the opposition Centre
    Alliance", "terminal operator Baltic Container Terminal" -> the capitalised name), else ``own`` unchanged.

    The words are dropped only when a capitalised run holding an organisation head follows them: "the Russian
    defence ministry" (a lower-case head) stays as it is (round 15: names cut to their last word as a surname)."""
    first = next((i for i, t in enumerate(own) if _is_cap(t)), None)
    if not first or any(_is_cap(t) or t["norm"] in NAME_SMALL_WORDS or not t["is_word"] for t in own[:first]):
        return own
    rest = own[first:]
    return rest if any(t["norm"] in heads and _is_cap(t) for t in rest) else own


def _name_link(own: list[dict], heads: frozenset[str]) -> int:
    """Return the index of the first word linking a body's head to its complement ("of", "for", "on"; "and" once a
    head has been seen), else ``len(own)``.

    An "and" before any head joins two modifiers of one name ("Food and Agriculture Organization", "Disaster and
    Emergency Management Authority"); after a head it joins two bodies ("the Defence Ministry and Foreign Office")
    (round 15: such names were cut to the words after "and")."""
    seen_head = False
    for i, tok in enumerate(own):
        if tok["norm"] in NAME_LINKS and (tok["norm"] != "and" or seen_head):
            return i
        seen_head = seen_head or (tok["norm"] in heads and _is_cap(tok))
    return len(own)


def _titled_after_head(own: list[dict], heads: frozenset[str]) -> bool:
    """Return whether a person's title follows the last organisation head of a capitalised run ("Russian Foreign
    Ministry Spokeswoman X Y"): the run is a post and its holder's name, not a body's name (round 14)."""
    last = max((i for i, t in enumerate(own) if t["norm"] in heads and _is_cap(t)), default=len(own))
    return any(found[3] == "person" for found in _roles_in([t["norm"] for t in own[last + 1 :]]))


def _name_after_comma(speaker_toks: list[dict]) -> bool:
    """Return whether a comma after a body's words sets off a person's name that ends the phrase ("the chair of
    Kalvia's Audit Board, Justice Mara Tellen", "Audit Board chairwoman, Mara Tellen"): the phrase is the post,
    then its holder, not one organisation's name (a body's name holds no comma).

    The words after the last comma must be capitalised, two or more, and hold no organisation head (an acronym
    or a body's own name apposed to a description, "the harbour office, HBO", stays a body's)."""
    comma = max((i for i, t in enumerate(speaker_toks) if t["text"] == ","), default=None)
    if comma is None:
        return False
    after = [t for t in speaker_toks[comma + 1 :] if t["is_word"]]
    heads = organisation_heads()
    return len(after) >= 2 and all(_is_cap(t) and t["norm"] not in heads for t in after)


def _takes_country(name: list[dict]) -> bool:
    """Return whether an organisation's name is one every country has ("Defence Ministry", "Ministry of
    Foreign Affairs"), so that the country owning it is part of the source."""
    return any(t["norm"] in COUNTRY_NAMED_HEADS for t in name)


def _country_demonym(possessor: list[dict]) -> str:
    """Return the demonym of a possessor that is one country's name or its capital standing for its government
    ("Russia" or "Moscow" -> "Russian"), else "": a capital's "Moscow's military chiefs" is the state's, written
    with the state's adjective as round 7 writes a state's body ("Ankara's diplomats" -> "Turkish diplomats")."""
    words = [t for t in possessor if t["norm"] not in ARTICLES]
    if len(words) != 1:
        return ""
    country, kind = _gazetteer_entry(words[0]["text"])
    return demonyms().get(country, "") if kind in {"country", "capital"} else ""


def _gazetteer_entry(word: str) -> tuple[str, str]:
    """Return (country, kind) of a one-word gazetteer form, also when the text sets it in capitals ("RUSSIA has
    claimed": a tabloid's or a transcript's lead word in capitals is the same name), else ("", "")."""
    found = gazetteer_kinds().get(word, ("", ""))
    if not found[0] and len(word) > 2 and word.isupper() and word.isalpha():
        found = gazetteer_kinds().get(word.title(), ("", ""))
    return found


def _possessive_country(raw: str, speaker_toks: list[dict], last_pos: int) -> str | None:
    """Return "DEMONYM X" for an unnamed "COUNTRY's X" ("Russia's military" -> "Russian military"), else None."""
    if last_pos <= 0 or last_pos + 1 >= len(speaker_toks):
        return None
    demonym = _country_demonym(speaker_toks[:last_pos])
    return f"{demonym} {_written(raw, speaker_toks[last_pos + 1 :])}" if demonym else None


def _capital_country(speaker_toks: list[dict]) -> str | None:
    """Return the country of a speaker that is a capital, a country's other name or its abbreviation alone
    ("Moscow said" -> "Russia", "Britain" -> "United Kingdom", "the U.S." -> "United States"), else None.

    The gold pages write a capital's statement either as the country's or as its government's;
    the country is their commoner choice (tests/gold/pages/README.md). A country is reported under
    one name, the gazetteer's (``sourcing_countries.csv``), however the text spells it. Coordinated
    capitals ("Moscow and Damascus") stay as written, as in the seed gold.
    """
    words = [t for t in speaker_toks if t["norm"] not in ARTICLES]
    if len(words) != 1:
        return None
    country, kind = _gazetteer_entry(words[0]["text"])
    return country if kind in {"capital", "country", "abbreviation"} else None


def _side_country(speaker_toks: list[dict]) -> str | None:
    """Return the country of "the <demonym> side" ("the Russian side said" -> "Russia"), else None.

    Diplomatic copy names a state in talks by its side; the source ruling of tests/gold/pages/README.md writes a
    state speaking as a state by the gazetteer's name of the country."""
    words = [t for t in speaker_toks if t["norm"] not in ARTICLES]
    if len(words) != 2 or words[1]["norm"] != "side":
        return None
    country, kind = gazetteer_kinds().get(words[0]["text"], ("", ""))
    return country if kind == "demonym" else None


def _people_country(speaker_toks: list[dict]) -> str | None:
    """Return the country of "the <people>" ("the Russians say" -> "Russia", "the British said" -> "United
    Kingdom"), else None.

    A speaker that is a nation's people with the definite article, and nothing else, stands for its state in news
    and interview talk; the source ruling of tests/gold/pages/README.md writes a state speaking as a state by the
    gazetteer's name. The people is the demonym plus "s", or a demonym that is its own plural (-sh, -ch, -ese);
    without "the" ("Russians living abroad said") or with a modifier ("many Russians") it stays as written.
    """
    if len(speaker_toks) != 2 or speaker_toks[0]["norm"] != "the":
        return None
    word = speaker_toks[1]["text"]
    for form in (word[:-1] if word.endswith("s") else "", word if word.endswith(PLURAL_DEMONYM_ENDINGS) else ""):
        country, kind = gazetteer_kinds().get(form, ("", "")) if form else ("", "")
        if kind == "demonym":
            return country
    return None


# Demonyms that are their own plural ("the British", "the French", "the Chinese").
PLURAL_DEMONYM_ENDINGS = ("sh", "ch", "ese")


def _without_parentheses(speaker_toks: list[dict]) -> list[dict]:
    """Return a speaker's tokens without parentheses (party and state, an acronym: not part of the name)."""
    kept, depth = [], 0
    for t in speaker_toks:
        depth += t["text"] == "("
        if depth == 0:
            kept.append(t)
        depth -= t["text"] == ")" and depth > 0
    return kept or speaker_toks


def _split_name(own: list[dict]) -> tuple[list[dict], list[dict]]:
    """Return (name, descriptor) of a speaker's own words: the trailing capitalised words that are
    no title, place or common head (honorifics dropped) and do not follow ``in``/``from``, and the words
    before them.

    An acronym alone names an organisation (BBC, NATO), not a person; "a spokesman for the
    European Commission" is an unnamed title holder; a name followed by a non-person codebook
    pattern is an organisation's name ("the Organisation for the Prohibition of Chemical Weapons").
    """
    titles = _title_words()
    member = _name_before_link(own)
    if member:
        # "Ina Berg of the Coastal Relief Network": the person, then the body she belongs to.
        return member, own[: own.index(member[0])]
    k = len(own)
    while (
        k > 0
        and _is_cap(own[k - 1])
        and own[k - 1]["norm"] not in titles
        and not _is_gazetteer(own[k - 1])
        and not _in_place_name(own, k - 1)
        and own[k - 1]["norm"] not in NP_NOUNS
        and own[k - 1]["norm"] not in {"the"}
    ):
        k -= 1
    name = _after_modifier_abbreviation(own, k)
    if _ends_in_body_head(name, own, k) or _definite_name(own, k) or _after_ampersand(own, k):
        return [], own[:k]
    while name and name[0]["norm"] in HONORIFICS:
        name = name[1:]  # "Dr Sarah Jones" -> "Sarah Jones"
    name = _from_given_name(name)
    descriptor = own[:k]
    if len(name) == 1 and name[0]["text"].isupper() and len(name[0]["text"]) > 1:
        name = []
    if name and k > 0 and own[k - 1]["norm"] in LOCATIVES:
        name = []  # "traders in Chicago", "an official in Sukkur": where the speaker is, not who
    comma = max((i for i, t in enumerate(own) if t["text"] == ","), default=None)
    head_part = own[:comma] if comma is not None and name else own
    linker = next((i for i, t in enumerate(head_part) if t["norm"] in POST_LINKS), None)
    if linker is not None and any(f[3] == "person" for f in _roles_in([t["norm"] for t in head_part[:linker]])):
        if comma is not None and name:
            # "A spokesman for the ministry, Major General Ivan Petrov": the title phrase, then the name.
            descriptor = head_part[:linker]
        else:
            # "Minister for Climate Change Lena Vos" names her; "a spokesman for the Red Cross" names nobody.
            run_start = k if k == 0 or not _is_cap(own[k - 1]) else k - 1
            name, descriptor = _name_in_complement(own[run_start:]), own[:linker]
    if name and any(f[3] != "person" and f[1] > k for f in _roles_in([t["norm"] for t in own])):
        name = []
    return name, descriptor


def _after_modifier_abbreviation(own: list[dict], k: int) -> list[dict]:
    """Return the name in the capitalised run ``own[k:]``: its last two words when the run follows an
    abbreviated modifier of a post and is longer ("Dep. Port Director Ana Ruiz" -> "Ana Ruiz": "Dep."
    qualifies the post that follows it, which is no part of the name), else the whole run."""
    run = own[k:]
    if len(run) > 2 and k >= 2 and _is_title_period(own, k - 1) and own[k - 2]["norm"] in MODIFIER_ABBREVIATIONS:
        return run[-2:]
    return run


def _name_in_complement(run: list[dict]) -> list[dict]:
    """Return the person's name at the end of a post's capitalised complement, else [].

    Wire copy runs a post's complement into the name ("Minister for Climate Change Lena Vos",
    "Representative to the UN Per Holm"): the name is the run's last two words when the run
    (a place or body's name before them included) is longer than two words and neither of them is
    an organisation head or a title. A three-word name after a capitalised complement keeps its
    last two words only; a run of two words ("for the Red Cross") is the complement, no name.
    """
    if len(run) <= 2:
        return []
    name = run[-2:]
    blocked = organisation_heads() | _title_words()
    if any(t["norm"] in blocked or _is_gazetteer(t) for t in name):
        return []
    return name


def _name_before_link(own: list[dict]) -> list[dict]:
    """Return the name of "NAME of/at/for BODY" ("Col. Ina Berg of the Coastal Relief Network"), else [].

    The person is the capitalised run of two or more words right before the first post link, after
    any title, when none of its words is a title, place or organisation head: the body after the link
    is what the person belongs to, not the speaker.
    """
    link = next((i for i, t in enumerate(own) if t["norm"] in POST_LINKS), None)
    if link is None or link < 2:
        return []
    start = link
    while start > 0 and _is_cap(own[start - 1]) and own[start - 1]["norm"] not in HONORIFICS:
        start -= 1
    blocked = organisation_heads() | _title_words()
    run = _after_modifier_abbreviation(own[:link], start)
    while run and (run[0]["norm"] in blocked or _is_gazetteer(run[0])):
        run = run[1:]  # a title before the name ("Col. Ina Berg", "Minister Per Holm")
    if len(run) < 2 or any(t["norm"] in blocked | DETERMINERS or _is_gazetteer(t) or t["text"] == "." for t in run):
        return []
    return run


def _ends_in_body_head(name: list[dict], own: list[dict], k: int) -> bool:
    """Return whether the trailing capitalised run ``name`` is the end of a body's name cut at a country word
    ("Meteorologists at the Pakistan Meteorological Department": the run "Meteorological Department" after the
    gazetteer word "Pakistan"), so that it is no person's name.

    Only a run right after a gazetteer word that ends in an organisation head (``sourcing_organisation_heads.txt``)
    counts: the body's name then goes on leftwards through the country, and the rules for bodies write it
    (round 15: such runs were taken for a person and lost the country)."""
    return bool(
        name and 0 < k and _is_gazetteer(own[k - 1]) and name[-1]["norm"] in organisation_heads() and _is_cap(name[-1])
    )


def _after_ampersand(own: list[dict], k: int) -> bool:
    """Return whether the trailing capitalised run from ``k`` follows "&" after a capitalised word ("Kroon &
    Visser", "Halvorsen & Dahl"): the run is the last partner of a firm's name, which no person's name is (round
    17: the firm's name was cut to its last word and taken for a surname)."""
    return k >= 2 and own[k - 1]["text"] == "&" and _is_cap(own[k - 2])


def _definite_name(own: list[dict], k: int) -> bool:
    """Return whether the phrase is "the" and a capitalised run from ``k`` ending in a plural ("The White Helmets",
    "the Blue Berets"): a group's name, not a person's (a person's name takes no article), so that it is no
    candidate for "he"/"she" (round 15: such a group took a woman's "she said")."""
    return k == 1 < len(own) and own[0]["norm"] == "the" and own[-1]["norm"].endswith("s")


def _role_and_kind(own: list[dict], descriptor: list[dict]) -> tuple[str, str]:
    """Return (role, kind): the title nearest before the name, else the phrase's own head noun or name.

    Before a preposition the head is what precedes it ("investigators at the OPCW" -> investigators).
    """
    role, kind = _type_tokens(descriptor, [])
    own_roles = _roles_in([t["norm"] for t in own])
    if not role and own_roles:
        cut = next((i for i, t in enumerate(own) if t["norm"] in NP_INNER_PREPOSITIONS and i > 0), len(own))
        candidates = [f for f in own_roles if f[1] <= cut] or own_roles
        best = max(candidates, key=lambda f: (f[1], f[1] - f[0]))
        role, kind = best[2], best[3]
    return role, kind


def _affiliation(speaker_toks: list[dict], norms: list[str]) -> list[str]:
    """Return the countries named in a speaker span, without the seat of an international body.

    "UN officials in Geneva": an international body; the place after "in"/"at" is where it sits, and
    after "for" the place it serves ("WFP's coordinator for north-west Syria": international staff).
    """
    locative = next((i for i, n in enumerate(norms) if n in POSTING_PREPOSITIONS and i > 0), None)
    if locative is not None and any(f[2] == "intergovernmental" and f[1] <= locative for f in _roles_in(norms)):
        return _countries_in(_member_demonyms(speaker_toks[:locative]))
    return _countries_in(_member_demonyms(speaker_toks)) or _federal_state_countries(speaker_toks)


@lru_cache(maxsize=1)
def _federal_states() -> dict[tuple[str, ...], str]:
    """Return a federal state's name as words -> its country (``sourcing_federal_states.csv``)."""
    table = read_table("sourcing_federal_states.csv")
    return {tuple(form.split()): country for form, country in zip(table["form"], table["country"], strict=True)}


# Words before a state that make it a place ("a farmer in Ohio"), not the speaker's owner.
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "across", "outside"})


def _federal_state_countries(toks: list[dict]) -> list[str]:
    """Return the country of a federal state that owns or qualifies the speaker ("Ohio's emergency management
    director", "Ohio state Sen. X", "the Ohio National Guard"): the state before "'s", "state" or a capitalised
    word, not after a place preposition and not in a city's name ("Kansas City"); else []. A state's office is a
    public post of its country (round 16: the gold pages write these officials under the country)."""
    states = _federal_states()
    for i in range(len(toks)):
        for size in (2, 1):
            country = states.get(tuple(t["text"] for t in toks[i : i + size]))
            if country is None or i + size >= len(toks):
                continue
            after = toks[i + size]
            if i and toks[i - 1]["norm"] in PLACE_PREPOSITIONS or after["text"] == "City":
                continue
            if after["norm"] in {"'s", "state"} or _is_cap(after):
                return [country]
    return []


@lru_cache(maxsize=1)
def _membership_heads() -> frozenset[str]:
    """Return the words after which a demonym names a body's members' origin (``sourcing_membership_heads.txt``)."""
    return frozenset(read_word_list("sourcing_membership_heads.txt"))


def member_demonym(words: list[str], i: int) -> bool:
    """Return whether ``words[i]`` is a demonym directly followed by a membership word ("Syrian Society",
    "Pakistani Students' Association", "Somali community"), so that it says where the members come from and
    ties the body to no state (round 16: campus and diaspora bodies)."""
    if i + 1 >= len(words) or gazetteer_kinds().get(words[i], ("", ""))[1] != "demonym":
        return False
    return words[i + 1].casefold().rstrip("'’") in _membership_heads()


def _member_demonyms(toks: list[dict]) -> list[dict]:
    """Return ``toks`` without the demonyms :func:`member_demonym` reads as the members' origin; ``toks`` itself
    when there is none (most speakers)."""
    words = [t["text"] for t in toks]
    drop = {i for i in range(len(words) - 1) if member_demonym(words, i)}
    return [t for i, t in enumerate(toks) if i not in drop] if drop else toks


def _before_seat(speaker_toks: list[dict], norms: list[str]) -> tuple[list[dict], list[str]]:
    """Return a body's speaker tokens and norms before its seat ("Brenner Research in Lisbon" -> "Brenner
    Research"): a seat is no country tie (the affiliation ruling of tests/gold/pages/README.md)."""
    seat = next((i for i in range(2, len(norms)) if _names_seat(speaker_toks, i)), len(norms))
    return speaker_toks[:seat], norms[:seat]


def _names_seat(speaker_toks: list[dict], i: int) -> bool:
    """Return whether token ``i`` is "in"/"at" after a body's capitalised name (not the phrase's first word, which
    may be a capitalised plural: "Officials in Kyiv") or its closing parenthesis, and before a capitalised place."""
    before = speaker_toks[i - 1]
    return (
        speaker_toks[i]["norm"] in {"in", "at"}
        and i + 1 < len(speaker_toks)
        and _is_cap(speaker_toks[i + 1])
        and (before["text"] == ")" or before["is_word"] and _is_cap(before) and _is_cap(speaker_toks[i - 2]))
    )


def _named_person(
    name: list[dict], descriptor: list[dict], clusters: dict[str, dict], role: str, kind: str, affiliation: list[str]
) -> dict:
    """Return source, role, kind, affiliation and resolved_by of a speaker with a name.

    A name resolves to the longest mention of the article ending in its surname (its role and
    affiliation fill in missing ones). A single capitalised word with no title and no such
    mention is a named organisation or an unknown person, kept as written.
    """
    written = " ".join(t["text"] for t in name)
    cluster = clusters.get(name[-1]["text"])
    if len(name) == 1 and not cluster and not [t for t in descriptor if t["norm"] not in DETERMINERS]:
        return {"role": role, "kind": kind or "unknown", "affiliation": affiliation}
    full = cluster["full"] if cluster else written
    if len(full.split()) < len(name):
        full = written
    if not role:
        role = (cluster and cluster["role"]) or "person (untitled)"
    affiliation = affiliation[:1] or ([cluster["affiliation"]] if cluster and cluster["affiliation"] else [])
    return {
        "source": full,
        "role": role,
        "kind": "person",
        "affiliation": affiliation,
        "resolved_by": "surname cluster" if full != written else "name",
    }


def _is_anonymous(norms: list[str]) -> bool:
    """Return whether an unnamed speaker is anonymous: its head ("officials", "sources") is plural,
    or singular after an indefinite opener ("a diplomat", "one official")."""
    inner = next((i for i, n in enumerate(norms) if n in HEAD_ENDERS and i > 0), len(norms))
    head = norms[inner - 1]
    return head in ANONYMOUS_HEADS and (head.endswith("s") or head == "people" or norms[0] in INDEFINITE_OPENERS)
