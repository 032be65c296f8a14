"""The four sourcing instruments of ``analysis/data`` and the lookups built from them once.

- ``reporting_verbs.csv``: cue forms and their neutrality class;
- ``source_roles.csv``: titles and descriptors -> role of a source;
- ``sourcing_countries.csv``: names, demonyms, capitals -> affiliation country;
- ``sourcing_sides.csv``: affiliation country -> side of the story (study-specific: read through the
  study's :class:`~analysis.lexicon.Codebooks`);
- ``sourcing_title_abbreviations.csv``: title abbreviations before a name ("Rear Adm.") -> title word;
- ``sourcing_gendered_words.csv``: honorifics and titles that give a person's gender ("spokeswoman");
- ``sourcing_given_names.csv``: common given names and the pronoun their bearer takes ("Ingrid" -> she);
- ``sourcing_non_speakers.txt``: nouns of an ``according to`` hedge that names no speaker ("available information");
- ``sourcing_document_nouns.txt``: nouns of a body's document standing as the speaker ("UN figures");
- ``sourcing_spoken_for_openers.txt``: openers of a phrase naming whom a speaker speaks for ("Speaking for");
- ``sourcing_institutions.csv``: named bodies of one country whose name holds none ("White Helmets" -> Syria);
- ``sourcing_outlet_nouns.csv``: nouns of a news outlet ("daily") and of its editorial ("leader") -> role;
- ``sourcing_body_type_nouns.csv``: nouns saying what kind of body a name is ("union", "embassy") -> type, use.

Origins and coding rules: ``analysis/data/sourcing_lexicons.md``.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from ..lexicon import PACKAGE_CODEBOOKS, Codebooks, read_table, read_word_list
from ..text import TOKENIZER
from .words import CLAUSE_OPENERS, HONORIFICS, NP_NOUNS, PRONOUNS, TIME_WORDS, TITLE_FUNCTION_WORDS

# Gazetteer forms of more tokens than this are never matched ("United Arab Emirates" is three).
GAZETTEER_MAX_TOKENS = 3


@lru_cache(maxsize=1)
def reporting_verbs() -> pd.DataFrame:
    """Return the reporting-verb lexicon: lemma, forms, cue_class, ambiguous_noun, note."""
    return read_table("reporting_verbs.csv")


@lru_cache(maxsize=1)
def source_roles() -> pd.DataFrame:
    """Return the source-typing codebook: pattern, role, kind, note."""
    return read_table("source_roles.csv")


@lru_cache(maxsize=1)
def countries() -> pd.DataFrame:
    """Return the affiliation gazetteer: form, country, kind."""
    return read_table("sourcing_countries.csv")


@lru_cache(maxsize=8)
def sides(codebooks: Codebooks = PACKAGE_CODEBOOKS) -> dict[str, str]:
    """Return affiliation country -> side of the story, from the study's ``sourcing_sides.csv`` (cached per folder)."""
    frame = codebooks.table("sourcing_sides.csv")
    return dict(zip(frame["country"], frame["side"], strict=False))


def side_of(affiliation: str, table: dict[str, str]) -> str:
    """Return the side(s) of the story of an affiliation ("; "-joined countries) in the sides ``table``
    (:func:`sides`); "other/unknown" for a country the table does not list, and for none."""
    names = [
        table.get(a.strip(), "other/unknown") for a in affiliation.split(";") if a.strip() and a.strip() != "unknown"
    ]
    unique = list(dict.fromkeys(names))
    return "; ".join(unique) if unique else "other/unknown"


@lru_cache(maxsize=1)
def title_abbreviations() -> dict[str, str]:
    """Return a title abbreviation's norm ("adm") -> the title word it stands for ("admiral")."""
    frame = read_table("sourcing_title_abbreviations.csv")
    return dict(zip(frame["abbreviation"], frame["expansion"], strict=True))


@lru_cache(maxsize=1)
def gendered_words() -> dict[str, str]:
    """Return a word that marks a person's gender ("spokeswoman", "mr") -> "female" or "male"."""
    frame = read_table("sourcing_gendered_words.csv")
    return dict(zip(frame["word"], frame["gender"], strict=True))


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Return a lower-cased given name ("ingrid") -> "female" or "male" (``sourcing_given_names.csv``)."""
    frame = read_table("sourcing_given_names.csv")
    return dict(zip(frame["name"], frame["gender"], strict=True))


@lru_cache(maxsize=1)
def non_speaker_nouns() -> frozenset[str]:
    """Return the nouns that make ``according to X`` a hedge with no speaker ("available information")."""
    return frozenset(read_word_list("sourcing_non_speakers.txt"))


@lru_cache(maxsize=1)
def outlet_nouns() -> dict[str, str]:
    """Return a noun of a news outlet or of its editorial -> its role (``outlet`` or ``editorial``)."""
    table = read_table("sourcing_outlet_nouns.csv")
    return dict(zip(table["noun"], table["role"], strict=True))


@lru_cache(maxsize=1)
def body_type_nouns() -> dict[str, dict[str, str]]:
    """Return use (``anaphor``, ``intro`` or ``name``) -> lower-case word -> the body type it says ("union")."""
    table = read_table("sourcing_body_type_nouns.csv")
    out: dict[str, dict[str, str]] = {"anaphor": {}, "intro": {}, "name": {}}
    for word, kind, use in zip(table["word"], table["type"], table["use"], strict=True):
        out[use][word] = kind
    return out


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    """Return the nouns of a body's document or count that stand for the body as a speaker ("UN figures")."""
    return frozenset(read_word_list("sourcing_document_nouns.txt"))


@lru_cache(maxsize=1)
def institutions() -> dict[tuple[str, ...], str]:
    """Return a named body of one country, as the text layer's tokens ("White Helmets") -> its country
    (``sourcing_institutions.csv``)."""
    frame = read_table("sourcing_institutions.csv")
    pairs = zip(frame["name"], frame["country"], strict=True)
    return {tuple(TOKENIZER.findall(name)): country for name, country in pairs}


@lru_cache(maxsize=1)
def spoken_for_openers() -> tuple[tuple[str, ...], ...]:
    """Return the openers of a fronted "speaking for COUNTRY," phrase (``sourcing_spoken_for_openers.txt``),
    each as its lower-case words, longest first."""
    openers = {tuple(entry.split()) for entry in read_word_list("sourcing_spoken_for_openers.txt")}
    return tuple(sorted(openers, key=lambda opener: (-len(opener), opener)))


@lru_cache(maxsize=1)
def _cue_forms() -> dict[tuple[str, ...], tuple[str, str, str]]:
    """Return token tuple of a cue form -> (lemma, cue_class, form)."""
    forms = {}
    for row in reporting_verbs().itertuples():
        for form in row.forms.split("|"):
            forms[tuple(form.split())] = (row.lemma, row.cue_class, form)
    return forms


@lru_cache(maxsize=1)
def short_names() -> dict[str, str]:
    """Return a body's short name (case-folded: ``un``, ``u.n.``) -> its full name (``sourcing_short_names.csv``)."""
    table = read_table("sourcing_short_names.csv")
    return dict(zip(table["short"].str.casefold(), table["full"], strict=True))


@lru_cache(maxsize=1)
def _colon_only_lemmas() -> frozenset[str]:
    """Return the lemmas that are cues only right before a colon (``before_colon`` = yes in the lexicon)."""
    verbs = reporting_verbs()
    return frozenset(verbs.loc[verbs["before_colon"] == "yes", "lemma"])


@lru_cache(maxsize=1)
def _quotation_only_lemmas() -> frozenset[str]:
    """Return the lemmas that are cues only before an object and a quotation (``before_colon`` = quotation)."""
    verbs = reporting_verbs()
    return frozenset(verbs.loc[verbs["before_colon"] == "quotation", "lemma"])


@lru_cache(maxsize=1)
def _that_only_lemmas() -> frozenset[str]:
    """Return the lemmas that are cues only right before "that" (``before_colon`` = that: show, declare)."""
    verbs = reporting_verbs()
    return frozenset(verbs.loc[verbs["before_colon"] == "that", "lemma"])


@lru_cache(maxsize=1)
def _commitment_lemmas() -> frozenset[str]:
    """Return the lemmas that are cues only where a speech-only verb is one, or before "to" and a verb
    (``before_colon`` = commitment: promise)."""
    verbs = reporting_verbs()
    return frozenset(verbs.loc[verbs["before_colon"] == "commitment", "lemma"])


@lru_cache(maxsize=1)
def _speech_only_lemmas() -> frozenset[str]:
    """Return the lemmas that are cues only before a that-clause or colon, or after a quotation closed by a comma
    (``before_colon`` = speech: inform, opine, indicate, ...)."""
    verbs = reporting_verbs()
    return frozenset(verbs.loc[verbs["before_colon"] == "speech", "lemma"])


@lru_cache(maxsize=1)
def _noun_lemmas() -> frozenset[str]:
    """Return the lemmas whose forms are also common nouns (``ambiguous_noun`` = yes in the lexicon)."""
    verbs = reporting_verbs()
    return frozenset(verbs.loc[verbs["ambiguous_noun"] == "yes", "lemma"])


@lru_cache(maxsize=1)
def _role_patterns() -> dict[tuple[str, ...], tuple[str, str]]:
    """Return the codebook's pattern (as a word tuple) -> (role, kind)."""
    roles = source_roles()
    return {tuple(p.split()): (r, k) for p, r, k in zip(roles["pattern"], roles["role"], roles["kind"], strict=False)}


@lru_cache(maxsize=1)
def _np_heads() -> frozenset[str]:
    """Return the common heads of speaker phrases and title words (``NP_NOUNS`` | :func:`_title_words`)."""
    return frozenset(NP_NOUNS | _title_words())


@lru_cache(maxsize=1)
def _inverted_speaker_starts() -> frozenset[str]:
    """Return the lower-case words that may open a speaker after an inverted cue ("said the minister")."""
    return frozenset(set(PRONOUNS) | {"the", "a", "an"} | _np_heads())


@lru_cache(maxsize=1)
def _name_prefixes() -> frozenset[str]:
    """Return the lower-cased words that may open a run of capitalised words without being part of a name."""
    return frozenset(_np_heads() | HONORIFICS | CLAUSE_OPENERS | TIME_WORDS)


@lru_cache(maxsize=1)
def _appositive_heads() -> frozenset[str]:
    """Return the first words of an apposition after a name (``X, a spokesman for ...``)."""
    return frozenset({"a", "an", "the"} | _np_heads())


@lru_cache(maxsize=1)
def _role_sizes() -> dict[str, tuple[int, ...]]:
    """Return first word of a codebook pattern -> the lengths of the patterns it opens, longest first."""
    sizes: dict[str, set[int]] = {}
    for pattern in _role_patterns():
        if pattern:
            sizes.setdefault(pattern[0], set()).add(len(pattern))
    return {word: tuple(sorted(lengths, reverse=True)) for word, lengths in sizes.items()}


@lru_cache(maxsize=1)
def _cue_first_words() -> frozenset[str]:
    """Return the first words of the cue forms (a token that is none of them cannot open a cue)."""
    return frozenset(form[0] for form in _cue_forms() if form)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Return the words of titles: every word of a person's title pattern, and one-word patterns.

    Words of multi-word organisation names ("... of chemical weapons") are left out, so that
    such a name is not mistaken for a title before a person's name.
    """
    patterns = _role_patterns().items()
    words = {word for pattern, (_, kind) in patterns if kind == "person" or len(pattern) == 1 for word in pattern}
    return frozenset(words - TITLE_FUNCTION_WORDS)


@lru_cache(maxsize=1)
def _country_forms() -> dict[tuple[str, ...], str]:
    """Return a gazetteer form, as the text layer's tokens ("U.S." stays one token) -> its country."""
    return {
        tuple(TOKENIZER.findall(form)): country
        for form, country in zip(countries()["form"], countries()["country"], strict=False)
    }


@lru_cache(maxsize=1)
def _country_sizes() -> dict[str, tuple[int, ...]]:
    """Return first token of a gazetteer form -> the lengths (at most 3) of the forms it opens, longest first."""
    sizes: dict[str, set[int]] = {}
    for form in _country_forms():
        if 1 <= len(form) <= GAZETTEER_MAX_TOKENS:
            sizes.setdefault(form[0], set()).add(len(form))
    return {word: tuple(sorted(lengths, reverse=True)) for word, lengths in sizes.items()}


@lru_cache(maxsize=1)
def organisation_heads() -> frozenset[str]:
    """Return the head nouns of organisations' names ("ministry", "authority": ``sourcing_organisation_heads.txt``)."""
    return frozenset(read_word_list("sourcing_organisation_heads.txt"))


@lru_cache(maxsize=1)
def gazetteer_kinds() -> dict[str, tuple[str, str]]:
    """Return a one-word gazetteer form ("Moscow") -> (its country, its kind: country, demonym, capital ...)."""
    frame = countries()
    return {f: (c, k) for f, c, k in zip(frame["form"], frame["country"], frame["kind"], strict=False) if " " not in f}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Return a country -> its first demonym in the gazetteer ("Russia" -> "Russian")."""
    frame = countries()
    found: dict[str, str] = {}
    for form, country, kind in zip(frame["form"], frame["country"], frame["kind"], strict=False):
        if kind == "demonym":
            found.setdefault(country, form)
    return found


@lru_cache(maxsize=1)
def national_heads() -> tuple[tuple[str, ...], ...]:
    """Return the heads of bodies and posts only a state has (``sourcing_national_heads.txt``), each as its
    lower-case words ("central bank" -> ("central", "bank")), longest first."""
    heads = {tuple(entry.split()) for entry in read_word_list("sourcing_national_heads.txt")}
    return tuple(sorted(heads, key=lambda head: (-len(head), head)))


@lru_cache(maxsize=1)
def portfolios() -> frozenset[str]:
    """Return the capitalised portfolio words of ministries' names (``sourcing_portfolios.txt``: "Finance"),
    which are never a state's name."""
    return frozenset(read_word_list("sourcing_portfolios.txt"))


@lru_cache(maxsize=1)
def company_suffixes() -> frozenset[str]:
    """Return the legal-form suffixes of company names ("Inc.", "Ltd", "GmbH"): ``sourcing_company_suffixes.txt``."""
    return frozenset(read_word_list("sourcing_company_suffixes.txt"))


@lru_cache(maxsize=1)
def spelling_variants() -> dict[str, str]:
    """Return American spelling -> British spelling of bodies' head nouns (``sourcing_spelling_variants.csv``:
    "center" -> "centre"), lower case."""
    frame = read_table("sourcing_spelling_variants.csv")
    return dict(zip(frame["american"], frame["british"], strict=True))
