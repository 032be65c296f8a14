"""Word classes of the attribution rules and the unions built from them.

The classes are read once from ``analysis/data/sourcing_word_classes.csv`` (one row per word,
the purpose of each class in its first row's note); marks, pronouns and a few short sets stay
here because the code's logic depends on their exact members.
"""

from __future__ import annotations

import re

from ..lexicon import read_table

WORD_CLASSES_FILE = "sourcing_word_classes.csv"


def read_word_classes() -> dict[str, frozenset[str]]:
    """Return word class -> its words, from ``sourcing_word_classes.csv``."""
    table = read_table(WORD_CLASSES_FILE)
    return {name: frozenset(group["word"]) for name, group in table.groupby("word_class", sort=False)}


_CLASSES = read_word_classes()

DETERMINERS = _CLASSES["determiner"]
# Forms of "be" without "am" (not framing's BE_FORMS, which adds "get"): one before a cue makes it passive.
BE_AUXILIARIES = _CLASSES["be_auxiliary"]
# Words allowed between a speaker and the cue (auxiliaries, adverbs, time words).
SKIP_WORDS = BE_AUXILIARIES | _CLASSES["speaker_cue_gap"]
TIME_WORDS = _CLASSES["time_word"]
# Nouns whose "that" clause complements them ("rejected a claim that ..."), not the cue.
COMPLEMENT_NOUNS = _CLASSES["complement_noun"]
# Words that may stand inside a speaker's noun phrase in lower case (besides the codebook's titles).
NP_FUNCTION = _CLASSES["np_function"]
NP_NOUNS = _CLASSES["np_noun"]
# Post-modifiers of anonymous speakers in wire copy ("people familiar with the matter"), as token tuples.
POSTMODIFIERS = frozenset(tuple(entry.split()) for entry in _CLASSES["postmodifier"])
CLAUSE_BOUNDARY = _CLASSES["clause_boundary"]
# Prepositions allowed inside a speaker phrase after a plural head ("officials in Damascus").
NP_INNER_PREPOSITIONS = {"in", "from", "at", "close"}
# Words after which a speaker phrase's head has ended ("officials in Kyiv", "people familiar with ...").
HEAD_ENDERS = frozenset(NP_INNER_PREPOSITIONS | {first for first, *_ in POSTMODIFIERS})
# Words that end a permissive noun phrase, a passive agent ("by rights groups"): framing's NP_STOP differs.
AGENT_PHRASE_ENDERS = _CLASSES["agent_phrase_ender"]
CLAUSE_OPENERS = _CLASSES["clause_opener"]
INVERTING = _CLASSES["inverting_cue"]
ADVERBIAL_OPENERS = _CLASSES["adverbial_opener"]
ADVERBIAL_HEADS = _CLASSES["adverbial_head"]
ADVERBIAL_ENDS = TIME_WORDS | ADVERBIAL_HEADS
NON_SPEECH_BEFORE_PREPOSITION = _CLASSES["non_speech_before_preposition"]
NON_SPEECH_PREPOSITIONS = _CLASSES["non_speech_preposition"]
# Nouns that classify or count the noun after "of" ("the same kind of warning", "a series of claims").
CLASSIFIER_NOUNS = _CLASSES["classifier_noun"]
# Cue lemmas that are no report before an object and "to" ("adding four days to deliveries").
NON_SPEECH_OBJECT_TO = _CLASSES["non_speech_object_to"]
HONORIFICS = _CLASSES["honorific"]
IRREGULAR_PAST = _CLASSES["irregular_past"]
QUOTING_VERBS = _CLASSES["quoting_verb"]
VERBS_AFTER_PLURAL_NOUN = _CLASSES["verb_after_plural_noun"]
AGENTLESS_COMPLEMENTS = _CLASSES["agentless_complement"]
HEARER_PASSIVE_CUES = _CLASSES["hearer_passive_cue"]
DIRECTIVE_PASSIVE_CUES = _CLASSES["directive_passive_cue"]
PROCEDURAL_OBJECTS = _CLASSES["procedural_object"]
PHRASE_START_SKIP = _CLASSES["phrase_start_skip"]
PHRASE_END_SKIP = _CLASSES["phrase_end_skip"]
CONTENT_END_JOINERS = _CLASSES["content_end_joiner"]
ADVERBIAL_CUE_WORDS = _CLASSES["adverbial_cue_word"]
APPOSITION_HEAD_ENDS = _CLASSES["apposition_head_end"]
ANONYMOUS_HEADS = _CLASSES["anonymous_head"]
INDEFINITE_OPENERS = _CLASSES["indefinite_opener"]
# Quantifiers before a speaker's determiner ("all the papers").
SPEAKER_QUANTIFIERS = _CLASSES["speaker_quantifier"]
TITLE_FUNCTION_WORDS = _CLASSES["title_function_word"]
ACCUSATION_TARGET_ENDS = _CLASSES["accusation_target_end"]
POST_LINKS = _CLASSES["post_link"]
CLAUSE_SUBORDINATORS = _CLASSES["clause_subordinator"]
# After a comma, these open the outlet's own clause and end an indirect content (unless a NOT_CLAUSE word follows).
NARRATION_SUBORDINATORS = _CLASSES["narration_subordinator"]
NARRATION_NOT_CLAUSE = _CLASSES["narration_not_clause"]
# -ing words used as prepositions ("including", "according"): not a result participle after a content.
PREPOSITION_PARTICIPLES = _CLASSES["preposition_participle"]
# Modals of an act not yet done ("will reiterate"): the cue after one reports no speech.
FUTURE_MODALS = _CLASSES["future_modal"]
# Lower-case particles inside a person's name, between capitalised words ("Joost van Hal").
NAME_PARTICLE_WORDS = _CLASSES["name_particle_word"]
# Prepositions whose phrase alone, after a cue, is no reported content ("told reporters in Ankara").
CONTENT_PREPOSITIONS = _CLASSES["content_preposition"]
# Prepositions whose phrase after a cue names the speech's topic ("complained about the cost").
TOPIC_PREPOSITIONS = _CLASSES["topic_preposition"]
# A short time phrase and its subordinator after a content's comma (", two days after ...").
TIME_LEAD_UNITS = _CLASSES["time_lead_unit"]
TIME_LEAD_SUBORDINATORS = _CLASSES["time_lead_subordinator"]
# Prepositions of an adverbial after a rejected claim ("dismissed the claims at a meeting").
REJECTION_ADJUNCT_PREPOSITIONS = _CLASSES["rejection_adjunct_preposition"]
# Openers of a fronted subordinate clause ("Every time X says ..., Y"), as token tuples.
FRONTED_SUBORDINATORS = frozenset(tuple(entry.split()) for entry in _CLASSES["fronted_subordinator"])
# Nouns of the press a cue word modifies as a noun ("state television").
MEDIA_NOUNS = _CLASSES["media_noun"]
BACKSHIFTED_REQUESTS = _CLASSES["backshifted_request"]
SPEAKER_ACT_VERBS = _CLASSES["speaker_act_verb"]
MONTH_ABBREVIATIONS = _CLASSES["month_abbreviation"]

# Cues that are prepositions: the noun phrase after them speaks ('according to X', ', per X'; round 18 adds
# 'per', issue 11).
PREPOSITIONAL_CUES = frozenset({"according to", "per"})

PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "plural", "we": "plural", "i": "person"}
# Object pronouns that can be a speaker after "according to" ("according to him").
OBJECT_PRONOUNS = {"him": "person", "her": "person", "them": "plural"}
# The gender a third-person pronoun agrees with ("she said" refers to a woman or a person of unknown gender).
PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female"}
# Documents that speak for their writer, the last source named ("the statement said"); issue 11 round 7b adds
# letters, which ministry reposts quote after naming their sender ("The letters added that ...").
STATEMENT_HEADS = {"statement", "communique", "communiqué", "release", "letter", "letters"}
# Cues whose negation attributes nothing ("did not comment", "would not say"); round 20 adds the rejecting cues
# whose negation leaves the question open ("did not rule out a strike", "Don't dismiss the warning") and
# "mention" ("does not mention the inspectors"): no claim was rejected or made.
NEGATABLE_CUES = {"comment", "say", "respond", "reply", "confirm", "dispute", "rule out", "dismiss", "mention"}
NEGATIONS = {"not", "never", "n't"}
# Words opening a speaker phrase that says nobody spoke ("Neither X nor Y has announced", "No official said").
NEGATIVE_SUBJECTS = _CLASSES["negative_subject"]
TRIM_CHARS = set(' \t\n\r\xa0.,;:“”"«»„')
OPEN_MARKS = {"“", "«", "„", '"', "‘"}
CLOSE_MARKS = {"”", "»", '"', "’"}
NAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu)-[A-Z]")
ORDINAL = re.compile(r"\d+(st|nd|rd|th)")

# Unions of the word sets above, built once (the rules test them for every token).
MARKS = OPEN_MARKS | CLOSE_MARKS
NOT_MODIFIER = DETERMINERS | SKIP_WORDS | AGENT_PHRASE_ENDERS
NOT_MODIFIER_OR_AND = NOT_MODIFIER | {"and"}
NOT_PRE_TITLE = SKIP_WORDS | AGENT_PHRASE_ENDERS | CLAUSE_BOUNDARY
SKIP_OR_STOP = SKIP_WORDS | AGENT_PHRASE_ENDERS
FINITE_AUX = BE_AUXILIARIES | _CLASSES["finite_auxiliary"]
SUBJECT_END = SKIP_WORDS - {"on", "in", "a", "this", "last"}
DETERMINERS_OR_THAT = DETERMINERS | {"that"}
DETERMINERS_OR_OPENERS = DETERMINERS | CLAUSE_OPENERS
