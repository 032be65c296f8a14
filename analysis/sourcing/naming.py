"""How a resolved source is written: the gold's naming ruling of round 16 as rules.

``tests/gold/pages/README.md`` ("Names of sources (the ruling of round 16)") fixes the written form of a
source once its referent is known: no opening ``one``/``some`` and no rank word (:func:`without_quantifier`,
:func:`without_rank`); a named body's seat dropped, an unnamed person's place kept (:func:`without_seat`);
the unnamed staff of a named body after the body (:func:`staff_before_body`, round 18); an unnamed spokesperson
is the body (:func:`spokesperson_body`); a body with a name of its own without its
owner (:func:`without_owner`); a state's department with its country's adjective (:func:`department_owner`);
a person by their name alone, without a title or post-nominal letters the text writes beside it
(:func:`without_person_title`). Each rule reads the written source (and its affiliation), never the page: the
resolver (:mod:`analysis.sourcing.resolution`) has already chosen the referent. The words are
``analysis/data/sourcing_naming_words.csv``.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from ..lexicon import read_table, read_word_list
from .lexicons import _title_words, countries, demonyms, gazetteer_kinds, short_names

# A capitalised word of a name, or a small word inside one ("Office for the Coordination of ...").
NAME_WORD = re.compile(r"^(?:[A-Z][\w’'.&-]*|of|for|the|and|on|de)$")
SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "de"})
# An acronym: two to six capitals, perhaps dotted ("UN", "U.N.").
ACRONYM = re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z]{2,6}$")


@lru_cache(maxsize=1)
def naming_words() -> dict[str, frozenset[str]]:
    """Return class -> its lower-case words (``sourcing_naming_words.csv``)."""
    table = read_table("sourcing_naming_words.csv")
    out: dict[str, set[str]] = {}
    for word, kind in zip(table["word"], table["class"], strict=True):
        out.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in out.items()}


def written_source(source: str, affiliation: str = "", adjective: str = "") -> str:
    """Return ``source`` written by the ruling of round 16 (every rule of this module in turn). An empty source
    stays empty. ``adjective`` is the demonym the text writes for an affiliation the gazetteer lacks (a state the
    text introduced, "Velmorian"), for :func:`department_owner`."""
    if not source:
        return source
    source = without_markup(source)
    for rule in (
        without_person_title,
        without_quantifier,
        without_rank,
        without_seat,
        staff_before_body,
        without_deictic_place,
        spokesperson_body,
        without_owner,
        official_of_owner,
        without_descriptor,
        possessive_owner,
        post_of_short_named_body,
        without_based_seat,
        joint_without_inner_article,
    ):
        source = rule(source)
    return department_owner(without_owner_after(source, affiliation), affiliation, adjective)


# Markup a scraped or exported page leaves in running text: an HTML tag ("</strong>"), Markdown emphasis ("**",
# "__") and a reference mark of a wiki or a Markdown link ("[4]", "[2]" after a link's text).
MARKUP = re.compile(r"</?[A-Za-z][^<>]*>|\*\*|__|\[\d{1,3}\]")


def without_markup(source: str) -> str:
    """Return ``source`` without the markup a scraped page leaves around words ("Dele Mbanefo</strong>" -> "Dele
    Mbanefo", "**Ana Ruiz**" -> "Ana Ruiz", "Kroon &amp; Visser" -> "Kroon & Visser", "the OPCW[3]" -> "the
    OPCW"): tags, emphasis marks, reference marks and character entities are the page's encoding of the name,
    not words of it, and the gold writes the name as read (round 20, html_residue_scrape and
    markdown_reader_export)."""
    if "&" in source and ";" in source:
        source = html.unescape(source)
    stripped = MARKUP.sub("", source)
    return " ".join(stripped.split()) if stripped != source else source


# "<Place>-based" before a body's name ("the Geneva-based Climate Risk Observatory"): the body's seat.
BASED_SEAT = re.compile(r"(?:^|(?<=\s))[A-Z][\w’'.-]*-based\s+(?=[A-Z])")


def without_based_seat(source: str) -> str:
    """Return ``source`` without a "<Place>-based" word before a capitalised name ("Beirut-based Levant Policy Forum
    analysts" -> "Levant Policy Forum analysts"), else ``source``: round 16 drops the seat of a named body, which
    speaks from wherever it sits. Before a lower-case noun ("Nairobi-based grain trader") the place tells one
    unnamed person from another and stays (round 16's place of an unnamed source)."""
    words = BASED_SEAT.sub("", source)
    rest = words.split()
    if words == source or len(rest) < 2 or not _named_body(rest):
        return source
    return words


def joint_without_inner_article(source: str) -> str:
    """Return joint speakers without the article of a later conjunct ("Western governments and the Syria Civil
    Defence" -> "Western governments and Syria Civil Defence"), else ``source``: each conjunct is a source written
    as it would be alone, and a source opens with no article (round 7's joint speakers, "Damascus and Moscow").
    Only a top-level coordination is rewritten: one inside an "of" phrase ("mechanism of the United Nations and the
    OPCW") is a body's name or description, which keeps its words."""
    match = re.match(r"^(?P<first>[^,]+?) and (?:the|The) (?P<second>[A-Z].*)$", source)
    if match is None or re.search(r"\s(?:of|for)\s", match["first"]):
        return source
    return f"{match['first']} and {match['second']}"


def without_quantifier(source: str) -> str:
    """Return ``source`` without an opening quantifier that is no count ("one harbour pilot" -> "harbour pilot",
    "Some residents" -> "residents"): the ruling writes a source with no ``one`` or ``some``. A source of the
    quantifier alone ("One said") is left: the word is all it names."""
    first, _, rest = source.partition(" ")
    if rest and first.casefold() in naming_words()["quantifier"] and rest[0].isalpha():
        return rest
    return source


def without_rank(source: str) -> str:
    """Return ``source`` without lower-case rank words before its head ("senior Turkish official" -> "Turkish
    official", "senior United Nations officials" -> "United Nations officials"): the rank does not change who
    speaks. A source of one word is left."""
    words = source.split(" ")
    kept = [w for w in words if w not in naming_words()["rank"]]
    return " ".join(kept) if kept and len(kept) < len(words) else source


def _named_body(words: list[str]) -> bool:
    """Return whether words name a body by a name of its own: an acronym that is no country's ("UN",
    "OPCW"), or a capitalised run after "at", "of" or "for" ("Analysts at Kroonveld Shipping Research")
    or opening the phrase with two words or more ("Kroonveld Shipping Research analysts"), whose words are not
    all places or demonyms (a "Western diplomat" is named by no body)."""
    kinds = gazetteer_kinds()
    for i, word in enumerate(words):
        if ACRONYM.match(word) and kinds.get(word, ("", ""))[1] not in {"country", "abbreviation"}:
            return True
        if i > 0 and words[i - 1] in {"at", "of", "for"} and word[:1].isupper() and word not in kinds:
            return True
    run = []
    for word in words:
        if not word[:1].isupper():
            break
        run.append(word)
    # One capitalised word may be a sentence's first ("Officials in Harlow"): a name needs two.
    return any(w not in kinds for w in run) and len(run) >= 2


def without_seat(source: str) -> str:
    """Return ``source`` without the seat of a named body ("Analysts at Kroonveld Shipping Research in
    Rotterdam" -> "Analysts at Kroonveld Shipping Research", "UN officials in Islamabad" -> "UN officials"):
    the same body speaks from several places. The place stays for an unnamed person or group ("Western
    diplomat in Beirut"), for one person of a named body, placed where they speak ("Tolvik TV correspondent
    in Hama": a singular lower-case noun before "in"), for a body named by its place (an embassy, a police
    force) and for a country, which may be a word of the name ("... Opposing Sides in Syria")."""
    match = re.match(r"^(?P<body>.+?)\s+in\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)$", source)
    if match is None:
        return source
    body, place = match["body"], match["place"]
    if gazetteer_kinds().get(place, ("", ""))[1] == "country":
        return source
    words = body.split()
    if any(w.casefold() in naming_words()["keeps_place"] for w in words) or not _named_body(words):
        return source
    # A spokesperson is the body (spokesperson_body), so their place is the body's seat.
    if words[-1].islower() and not words[-1].endswith("s") and words[-1] not in naming_words()["spokes"]:
        return source  # one person of the body, placed where they speak ("X One correspondent in Hama")
    return body


# "<staff> of|from|at [the] <body>": a staff noun (sourcing_body_staff.txt) before a body's name of its own.
STAFF_OF_BODY = re.compile(
    r"^(?P<staff>[A-Za-z][a-z]+) (?:of|from|at) (?:the )?(?P<body>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)*)$"
)


@lru_cache(maxsize=1)
def body_staff_nouns() -> frozenset[str]:
    """Return the staff nouns of ``sourcing_body_staff.txt`` and the plural ones of ``sourcing_firm_staff.txt``."""
    return frozenset(read_word_list("sourcing_body_staff.txt")) | frozenset(read_word_list("sourcing_firm_staff.txt"))


def staff_before_body(source: str) -> str:
    """Return the staff of a named body written "<body> <staff>" ("traders at Karlsund Grain" -> "Karlsund Grain
    traders", "observers from the African Union" -> "African Union observers", "correspondent of BHA" -> "BHA
    correspondent"), else ``source``: the round-18 ruling (``staff_of_named_body``) orders the staff of a named body
    after the body, once its seat is gone (:func:`without_seat`). A firm's staff phrase is :mod:`.firm_staff`'s; a
    body named by places and demonyms only ("observers from Russia") is a country's, not a body's name."""
    from .firm_staff import firm_staff

    staff = firm_staff(source)
    if staff is not None:
        return staff
    match = STAFF_OF_BODY.match(source)
    if match is None or match["staff"].casefold() not in body_staff_nouns():
        return source
    words = match["body"].split()
    if not any(word not in gazetteer_kinds() for word in words) and not ACRONYM.match(match["body"]):
        return source
    return f"{match['body']} {match['staff'].casefold()}"


# "... in the region", "... at the site": a source closed by "in"/"at", "the" and one lower-case word.
DEICTIC_PLACE = re.compile(r"^(?P<who>.+?)\s+(?:in|at)\s+the\s+(?P<noun>[a-z]+)$")


@lru_cache(maxsize=1)
def _deictic_places() -> frozenset[str]:
    """Return the place nouns of ``sourcing_deictic_places.txt``."""
    return frozenset(read_word_list("sourcing_deictic_places.txt"))


def without_deictic_place(source: str) -> str:
    """Return ``source`` without a closing "in the"/"at the" place noun that names no place ("Freight forwarders in
    the region" -> "Freight forwarders", "Lakefront Rail engineer at the site" -> "Lakefront Rail engineer";
    ``sourcing_deictic_places.txt``), else ``source``. Round 16 keeps a place only where it tells one unnamed
    source from another; "the region" points back to the story's setting, which every source of the story shares."""
    match = DEICTIC_PLACE.match(source)
    if match is None or match["noun"] not in _deictic_places():
        return source
    return match["who"]


def spokesperson_body(source: str) -> str:
    """Return the body an unnamed spokesperson or press unit written after it speaks for ("Kremlin spokesman"
    -> "Kremlin", "Kremlin's spokesman" -> "Kremlin", "finance ministry's press office" -> "finance ministry"),
    else ``source``: the ruling (round 10, applied to every dev page in round 16) makes the body the source.
    A spokesperson with no body before ("spokesperson") or a person's ("President X's spokesman") is left."""
    lowered = source.casefold()
    for spokes in naming_words()["spokes"]:
        if not lowered.endswith(" " + spokes):
            continue
        body = re.sub(r"[’']s$", "", source[: -len(spokes) - 1].strip())
        named = _named_before_apposition(body)
        if named is not None:
            return named  # "Mara Lind, the council's spokeswoman": a named spokesperson is the person
        words = body.split()
        if not words or words[-1].casefold() in {"the", "a", "an", "its", "their"}:
            return source
        if words[0] in {"President", "Prime", "Minister"}:
            return source  # an office-holder's spokesperson speaks for the office, which the text does not name
        return _country_as_adjective(body)
    return source


def _named_before_apposition(body: str) -> str | None:
    """Return the name before the comma of "NAME, the body's" ("Mara Lind, the council" -> "Mara Lind"), else
    None: the words after the comma are the apposition's possessor, the spokesperson is the person named (the
    round-16 ruling: a named spokesperson is the person; round 17: the possessor leaked into the source)."""
    name, comma, rest = body.partition(",")
    words = name.split()
    if not comma or not rest.strip() or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return name.strip()


def _country_as_adjective(body: str) -> str:
    """Return ``body`` with an opening country's name written as its adjective ("Pakistan Army" -> "Pakistani
    Army"), as round 7 writes a state's body; else unchanged."""
    first, _, rest = body.partition(" ")
    country, kind = gazetteer_kinds().get(first, ("", ""))
    if rest and kind == "country" and country in demonyms():
        return f"{demonyms()[country]} {rest}"
    return body


def without_owner(source: str) -> str:
    """Return a body's own name without the abbreviation of its owner written before it ("US Environmental
    Protection Agency" -> "Environmental Protection Agency", "U.N. Office for the Coordination of
    Humanitarian Affairs" -> "Office for the Coordination of Humanitarian Affairs"), else ``source``.

    The name is capitalised words only, with a head of its own (an agency, an authority) or a head with its
    own complement ("Department for Transport"); a state's department ("US State Department", "Russian
    Ministry of Defence") and a post ("UN Secretary-General") keep their owner, as round 7 writes them."""
    first, _, rest = source.partition(" ")
    if not ACRONYM.match(first) or not rest:
        return source
    words = rest.split()
    if len(words) < 2 or not all(NAME_WORD.match(w) for w in words) or words[-1] in SMALL_WORDS:
        return source
    lowered = [w.casefold() for w in words]
    heads = naming_words()
    if any(w in heads["own_name_head"] for w in lowered):
        return rest
    linked = any(
        w in heads["linked_name_head"] and i + 1 < len(lowered) and lowered[i + 1] in {"for", "of"}
        for i, w in enumerate(lowered)
    )
    return rest if linked else source


def without_descriptor(source: str) -> str:
    """Return a body's name without a lower-case description after it ("White Helmets rescue group" -> "White
    Helmets", "Tolvik Press news agency" -> "Tolvik Press"), else ``source``: the name is the referent, as the
    gold pages write it when the description comes first. The name is two capitalised words or more, not all
    places or demonyms ("Russian state news agency" names no body) and no acronym alone ("UN refugee agency"
    names the agency by its description)."""
    words = source.split()
    if len(words) < 3 or words[-1] not in naming_words()["descriptor_noun"]:
        return source
    k = 0
    while k < len(words) and NAME_WORD.match(words[k]) and words[k] not in SMALL_WORDS:
        k += 1
    description = words[k:]
    if k < 2 or not description or not all(w.isalpha() and w.islower() for w in description):
        return source
    if all(w in gazetteer_kinds() for w in words[:k]):
        return source
    return " ".join(words[:k])


def possessive_owner(source: str) -> str:
    """Return a state's department owned by a possessive written with the state's adjective ("Kalvia's finance
    ministry" -> "Kalvian finance ministry", "Brenland's central bank" -> "Brenlandic central bank" when the
    gazetteer knows Brenland), else ``source``: round 7 rewrites the owner as its adjective. The department
    (``department`` words) says the owner is a state; the adjective is the gazetteer's demonym, else, for a name
    ending in "a", the name and "n" (Kenya, Nigeria, Syria: the regular English form), else none."""
    match = re.match(r"^(?P<owner>[A-Z][\w-]*)[’']s\s+(?P<body>[^’']+)$", source)
    if match is None:
        return source
    body = match["body"].casefold()
    if not any(body == d or body.endswith(" " + d) for d in naming_words()["department"]):
        return source
    country, kind = gazetteer_kinds().get(match["owner"], ("", ""))
    adjective = demonyms().get(country, "") if kind == "country" else ""
    if not adjective and not kind and match["owner"].endswith("a"):
        adjective = match["owner"] + "n"
    return f"{adjective} {match['body']}" if adjective else source


@lru_cache(maxsize=1)
def _acronym_of_body() -> dict[str, str]:
    """Return a body's full name, case-folded -> its acronym without dots ("united nations" -> "UN"), from the
    short names (``sourcing_short_names.csv``) that are acronyms."""
    out: dict[str, str] = {}
    for short, full in short_names().items():
        undotted = short.replace(".", "").upper()
        if ACRONYM.match(undotted) and undotted.casefold() != full.casefold():
            out.setdefault(full.casefold(), undotted)
    return out


def post_of_short_named_body(source: str) -> str:
    """Return a person's post "of the <body>" written with the body's acronym before it ("Secretary-General of the
    United Nations" -> "UN Secretary-General"), else ``source``: the ruling keeps a post with its owner, written
    as the pages write such posts ("UN Secretary-General", "UN envoy for Syria"). Only a body with an acronym of
    its own in the short names, and a post of capitalised words whose last is a person's title, is rewritten."""
    match = re.match(r"^(?P<post>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) of the (?P<body>[A-Z][\w ]+)$", source)
    if match is None or match["post"].split()[-1].casefold() not in _title_words():
        return source
    acronym = _acronym_of_body().get(match["body"].casefold())
    return f"{acronym} {match['post']}" if acronym else source


def official_of_owner(source: str) -> str:
    """Return an unnamed official placed in a body written as ``<owner> official`` ("official in the Brenlandic
    presidency" -> "Brenlandic presidency official", "officials of the port authority" -> "port authority
    officials"), else ``source``: the ruling writes one unnamed official as ``<owner> official``. A place
    without "the" ("Officials in Harlow") stays: it is where they speak, not whose they are."""
    match = re.match(r"^(?P<head>officials?)\s+(?:in|at|of|from)\s+the\s+(?P<owner>[^,;]+)$", source, re.IGNORECASE)
    if match is None or re.search(r"\s(?:in|at|of|from|for)\s", match["owner"]):
        return source
    return f"{match['owner']} {match['head'].lower()}"


def without_owner_after(source: str, affiliation: str) -> str:
    """Return a body's own name without its owner written after it ("Financial Supervisory Authority of Kalvia"
    -> "Financial Supervisory Authority", the body's affiliation being Kalvia), else ``source``: as
    :func:`without_owner` for the owner before the name. The name needs a head of its own (an agency, an
    authority): "National Bank of X" and "Ministry of Defence" keep their complement."""
    if not affiliation or affiliation in {"unknown", "international"}:
        return source
    match = re.match(rf"^(?P<name>.+?)\s+of\s+(?:the\s+)?{re.escape(affiliation)}$", source)
    if match is None:
        return source
    words = match["name"].split()
    if len(words) < 2 or not all(NAME_WORD.match(w) for w in words) or words[-1] in SMALL_WORDS:
        return source
    return match["name"] if words[-1].casefold() in naming_words()["own_name_head"] else source


def department_owner(source: str, affiliation: str, adjective: str = "") -> str:
    """Return a state's department written without its state ("Foreign Office", "the country's weather
    service", "State Department") with the adjective of its one known country ("Pakistani weather service",
    "US State Department"), else ``source``: round 7 writes a government department with its country's
    adjective, also when the text gives the country elsewhere. A department whose owner is written ("Russian
    Defence Ministry", "Norvasta's finance ministry") or whose affiliation is no single known country is left.
    A department's staff ("State Department official") take the adjective before the department (round 18).
    ``adjective``, when given, is the text's demonym of a country the gazetteer lacks ("Velmorian")."""
    body = re.sub(r"^(?:the\s+)?(?:country|nation)[’']s\s+", "", source, flags=re.IGNORECASE)
    staff = _department_staff(body)
    if staff:
        # The staff of a department take its owner before the department ("US State Department official").
        written = department_owner(body[: -len(staff) - 1], affiliation, adjective)
        return source if written == body[: -len(staff) - 1] else f"{written} {staff}"
    lowered = body.casefold()
    departments = naming_words()["department"]
    named_department = _is_named_department(lowered)
    if not named_department and not any(
        lowered == d or lowered.endswith(" " + d) or lowered.startswith(d + " of ") for d in departments
    ):
        return source
    adjective = owner_adjectives().get(affiliation) or demonyms().get(affiliation, "") or adjective
    owned = _state_after_department(body, affiliation)
    if owned and adjective:
        return f"{adjective} {owned}"
    # The owner may be a state the gazetteer lacks, written as a name or an adjective ("Central Bank of Tessala").
    if (
        _owner_written(body)
        or (adjective and adjective in body.split())
        or (affiliation and re.search(rf"\b{re.escape(affiliation)}\b", body))
    ):
        return source
    return f"{adjective} {body}" if adjective else source


# A state's department named by its portfolio, with no owner before it ("Department for Transport", "Department
# of Agriculture, Fisheries and Forestry"): the gold's round-19 ruling (``department_country_adjective``) writes it
# with the state's adjective, as the Foreign Office; a name with a word before "Department" ("Pennsylvania
# Department of State", "Pakistan Meteorological Department") has its owner or is a name of its own.
NAMED_DEPARTMENT = re.compile(r"^department (?:for|of) \w")


def _is_named_department(lowered: str) -> bool:
    """Return whether a case-folded source is a department named by its portfolio alone (:data:`NAMED_DEPARTMENT`)."""
    return NAMED_DEPARTMENT.match(lowered) is not None


def _state_after_department(body: str, affiliation: str) -> str:
    """Return a department's name without its state written after it ("Ministry of Foreign Affairs of Ukraine",
    affiliation Ukraine -> "Ministry of Foreign Affairs"), else "": round 7 writes the owner as the adjective
    before the name whichever side the text puts it ("Nigeria's Ministry of Foreign Affairs" -> "Nigerian Ministry
    of Foreign Affairs"), and a state named after "of" is that owner."""
    if not affiliation or affiliation in {"unknown", "international"}:
        return ""
    match = re.match(rf"^(?P<name>.+?)\s+of\s+(?:the\s+)?{re.escape(affiliation)}$", body)
    if match is None or len(match["name"].split()) < 2:
        return ""
    # Only a ministry or a department: "Central Bank of X", "National Bank of X" are names of their own (round 16).
    return match["name"] if match["name"].split()[0].casefold() in naming_words()["state_after_head"] else ""


# Unnamed members of a department written after its name ("State Department official").
DEPARTMENT_STAFF = frozenset({"official", "officials"})


def _department_staff(source: str) -> str:
    """Return the last word of ``source`` when it is a staff noun (:data:`DEPARTMENT_STAFF` or
    ``sourcing_body_staff.txt``) after two words or more, else ""."""
    words = source.split()
    if len(words) >= 3 and (words[-1] in DEPARTMENT_STAFF or words[-1] in body_staff_nouns()):
        return words[-1]
    return ""


def _owner_written(body: str) -> bool:
    """Return whether a department's name already holds an owner: a possessive, or a gazetteer form of one or
    more words ("Russian Defence Ministry", "South Korean foreign ministry")."""
    if re.search(r"[’']s\b", body):
        return True
    padded = f" {body} "
    return any(f" {form} " in padded for form in _gazetteer_forms())


@lru_cache(maxsize=1)
def _gazetteer_forms() -> frozenset[str]:
    """Return the gazetteer's forms of an owner (``sourcing_countries.csv``): names, demonyms, abbreviations
    and capitals (not seats: "State Department" is the department itself)."""
    table = countries()
    return frozenset(table.loc[table["kind"].isin(["country", "demonym", "abbreviation", "capital"]), "form"])


@lru_cache(maxsize=1)
def owner_adjectives() -> dict[str, str]:
    """Return country -> the word the pages write for it before its department, where that is not its first
    demonym (``sourcing_owner_adjectives.csv``: "United States" -> "US")."""
    table = read_table("sourcing_owner_adjectives.csv")
    return dict(zip(table["country"], table["adjective"], strict=True))


def without_person_title(source: str) -> str:
    """Return a person's name without a title or party label before it ("Mr Justice Harlow" -> "Harlow",
    "Maj-Gen Aleksey Tsyganov" -> "Aleksey Tsyganov", "Republican Wade Torrance" -> "Wade Torrance") and
    without post-nominal letters ("Nadia Osei KC" -> "Nadia Osei"): the source is the person, and the pages
    write a person by their name. The rest must be a capitalised name."""
    words = source.split()
    titles = naming_words()["person_title"]
    for size in (2, 1):
        if len(words) > size and " ".join(words[:size]).casefold() in titles:
            words = words[size:]
            break
    if len(words) > 1 and words[-1].casefold().strip(".") in naming_words()["post_nominal"] and words[-1].isupper():
        words = words[:-1]
    if words != source.split() and all(w[:1].isupper() for w in words):
        return " ".join(words)
    return source
