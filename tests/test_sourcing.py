"""Tests of the sourcing analysis: lexicons, extraction rules on invented sentences, resolution,
typing, quote integrity, evaluation arithmetic and the extractor's score on the hand-labelled gold."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import sourcing
from analysis.sourcing import batching
from analysis.sourcing import charts as sourcing_charts
from analysis.sourcing.quote_variants import _compare_quotes, _min_overlap, _related_wordings
from conftest import SEED_CODEBOOKS, make_study

GOLD = Path(__file__).resolve().parent.parent / "coding" / "attributions_gold.csv"
CLASSES = {"neutral", "doubting", "endorsing", "insisting", "guilt_implying", "accusing", "warning", "urging"}


def extract(*paragraphs: str, outlet: str = "Outlet A") -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": outlet}))


def one(*paragraphs: str) -> pd.Series:
    frame = extract(*paragraphs)
    assert len(frame) == 1, frame[["speaker_text", "cue", "content"]]
    return frame.iloc[0]


# ---------------------------------------------------------------- lexicons


def test_reporting_verbs_are_well_formed():
    verbs = sourcing.reporting_verbs()
    assert set(verbs["cue_class"]) <= CLASSES
    forms = [form for cell in verbs["forms"] for form in cell.split("|")]
    assert len(forms) == len(set(forms)), "a form belongs to two lemmas"
    # The classes the issue names, with their anchor verbs.
    anchors = {
        "said": "neutral",
        "claimed": "doubting",
        "alleged": "doubting",
        "revealed": "endorsing",
        "insisted": "insisting",
        "admitted": "guilt_implying",
        "denied": "guilt_implying",
        "accused": "accusing",
        "warned": "warning",
    }
    lookup = {form: cls for cell, cls in zip(verbs["forms"], verbs["cue_class"]) for form in cell.split("|")}
    for form, cls in anchors.items():
        assert lookup[form] == cls


def test_instrument_files_carry_an_origin_note():
    from importlib import resources

    for name in ("reporting_verbs.csv", "source_roles.csv", "sourcing_countries.csv", "sourcing_sides.csv"):
        text = resources.files("analysis.data").joinpath(name).read_text(encoding="utf-8")
        assert text.startswith("#"), name
    assert resources.files("analysis.data").joinpath("sourcing_lexicons.md").is_file()


# ---------------------------------------------------------------- modes


def test_direct_quote_with_postposed_speaker():
    row = one("“We will rebuild the bridge,” the mayor said.")
    assert (row["mode"], row["speaker_text"], row["cue"], row["content"]) == (
        "direct",
        "the mayor",
        "said",
        "We will rebuild the bridge",
    )


def test_direct_quote_after_colon():
    row = one("The governor told reporters: “The roads are closed until Monday.”")
    assert row["mode"] == "direct"
    assert row["content"] == "The roads are closed until Monday"
    assert row["speaker_text"] == "The governor"


def test_inverted_speaker_after_cue():
    row = one("“Nobody was hurt,” said Anna Berg, a police spokeswoman.")
    assert (row["mode"], row["speaker_text"], row["source"], row["source_type"]) == (
        "direct",
        "Anna Berg",
        "Anna Berg",
        "spokesperson",
    )


def test_mixed_quote_inside_reported_speech():
    row = one("The minister said the plan was “a disaster for farmers” and would be withdrawn.")
    assert row["mode"] == "mixed"
    assert row["content"] == "the plan was “a disaster for farmers” and would be withdrawn"


def test_indirect_with_that_clause_and_time_phrase():
    row = one("Police said on Monday that three people had been arrested.")
    assert (row["mode"], row["speaker_text"], row["content"]) == (
        "indirect",
        "Police",
        "three people had been arrested",
    )


def test_indirect_with_postposed_speaker():
    row = one("The talks will resume next week, the foreign ministry said on Tuesday.")
    assert row["mode"] == "indirect"
    assert row["content"] == "The talks will resume next week"
    assert row["speaker_text"] == "the foreign ministry"


def test_according_to_in_front_and_at_the_end():
    front = one("According to the United Nations, the camp holds 40,000 people.")
    assert (front["cue"], front["speaker_text"], front["content"]) == (
        "According to",
        "the United Nations",
        "the camp holds 40,000 people",
    )
    assert front["source_type"] == "intergovernmental"
    back = one("The camp holds 40,000 people, according to aid workers.")
    assert (back["speaker_text"], back["content"]) == ("aid workers", "The camp holds 40,000 people")


def test_floating_quote_goes_to_the_previous_speaker():
    frame = extract("Mayor Tom Hale said the water was safe.", "“We test it every day and the results are good.”")
    assert list(frame["mode"]) == ["indirect", "floating"]
    assert frame["source"].iat[1] == "Tom Hale"
    assert frame["cue"].iat[1] == ""


def test_quote_over_two_sentences_is_one_direct_attribution():
    frame = extract("Mayor Tom Hale spoke on Friday.", "“The fighting must stop. Civilians are dying,” he said.")
    assert list(frame["mode"]) == ["direct"]
    assert frame["content"].iat[0] == "The fighting must stop. Civilians are dying"


def test_two_cues_in_one_sentence_share_the_speaker():
    frame = extract("The envoy said the ceasefire was holding and called for new talks.")
    assert list(frame["cue"]) == ["said", "called for"]
    assert list(frame["speaker_text"]) == ["The envoy", "The envoy"]
    assert frame["content"].iat[0] == "the ceasefire was holding"
    assert frame["content"].iat[1] == "new talks"


# ---------------------------------------------------------------- what is not a cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The alleged attack killed twelve people near the border.",
        "The army rejected a charge of negligence last year.".replace("rejected", "faced"),
        "Fighters of the Islamic State group left the town.",
        "The ministry refused to comment.",
    ],
)
def test_nouns_adjectives_and_infinitives_are_not_cues(sentence):
    assert extract(sentence).empty


# ---------------------------------------------------------------- resolution


def test_surname_is_clustered_with_the_full_name():
    frame = extract("Defence Minister Ana Torres visited the base on Monday.", "Torres said the base would stay open.")
    assert frame["source"].iat[0] == "Ana Torres"
    assert frame["resolved_by"].iat[0] == "surname cluster"
    assert frame["source_type"].iat[0] == "military"


def test_he_goes_to_the_nearest_earlier_person():
    # Given names borne by both sexes (not in sourcing_given_names.csv): no gender filters either person.
    frame = extract(
        "Senator Kim Reed said the bill would pass.",
        "Governor Sasha Park said it would fail.",
        "He added that the vote was close.",
    )
    assert list(frame["source"]) == ["Kim Reed", "Sasha Park", "Sasha Park"]
    assert frame["resolved_by"].iat[2] == "pronoun: nearest earlier person"


def test_he_skips_a_nearer_woman_known_by_her_given_name():
    frame = extract(
        "Senator Paul Reed said the bill would pass.",
        "Governor Lisa Park said it would fail.",
        "He added that the vote was close.",
    )
    assert list(frame["source"]) == ["Paul Reed", "Lisa Park", "Paul Reed"]


def test_he_goes_to_a_titled_person_who_has_not_spoken_yet():
    frame = extract("Colonel Ivan Petrov, head of the garrison, met reporters on Friday.", "He said the town was calm.")
    assert frame["source"].iat[0] == "Ivan Petrov"
    assert frame["source_type"].iat[0] == "military"


def test_it_goes_to_the_subject_of_the_previous_sentence():
    frame = extract("Iran tested a missile on Sunday.", "It said the test was peaceful.")
    assert (frame["source"].iat[0], frame["affiliation"].iat[0]) == ("Iran", "Iran")


def test_the_statement_goes_to_the_last_source():
    frame = extract(
        "The Interior Ministry said in a statement that the border was closed.",
        "The statement also said that trucks would be searched.",
    )
    assert list(frame["source"]) == ["Interior Ministry", "Interior Ministry"]
    assert frame["resolved_by"].iat[1] == "statement: last source"


def test_they_goes_to_a_collective_subject():
    frame = extract("China and Russia blocked the resolution.", "They said it was one-sided.")
    assert frame["source"].iat[0] == "China and Russia"
    assert bool(frame["collective"].iat[0])
    assert frame["affiliation"].iat[0] == "China; Russia"


# ---------------------------------------------------------------- flags


@pytest.mark.parametrize(
    "sentence",
    ["Experts say the dam is unsafe.", "Sources said the deal was close.", "Officials in Cairo denied the report."],
)
def test_anonymous_speakers_are_flagged(sentence):
    row = one(sentence)
    assert bool(row["anonymous"]) and row["source_type"] == "anonymous"


def test_agentless_passive_is_flagged_and_has_no_source():
    row = one("The charity has long been accused of hiding its accounts.")
    assert bool(row["agentless"]) and row["source"] == "" and row["speaker_text"] == ""
    assert row["cue_class"] == "accusing"


def test_passive_with_agent_is_not_agentless():
    row = one("The plan was criticised by rights groups.")
    assert not bool(row["agentless"])
    assert row["speaker_text"] == "rights groups"
    assert row["content"] == "The plan"


def test_collective_speaker_is_flagged():
    row = one("Washington and its allies blamed the government for the attack.")
    assert bool(row["collective"]) and row["affiliation"] == "United States"


# ---------------------------------------------------------------- typing from titles


@pytest.mark.parametrize(
    ("sentence", "role", "affiliation"),
    [
        ("Foreign Minister Rosa Lima said the talks were useful.", "government", "unknown"),
        ("Brazilian Foreign Minister Rosa Lima said the talks were useful.", "government", "Brazil"),
        ("French Foreign Minister Rosa Lima said the talks were useful.", "government", "France"),
        ("Rear Admiral Mark Stone said the ships had left.", "military", "unknown"),
        ("German defence ministry spokesman Karl Vogt said the ships had left.", "spokesperson", "Germany"),
        ("Senator Joan Hill said the ships had left.", "legislator", "unknown"),
        ("Japan’s ambassador Ken Sato said the ships had left.", "diplomat", "Japan"),
        ("Prime Minister Aldo Rossi said the ships had left.", "head_of_state_government", "unknown"),
        ("Professor Mia Holm, an analyst at the institute, said the ships had left.", "expert", "unknown"),
    ],
)
def test_unknown_speakers_are_typed_from_titles(sentence, role, affiliation):
    row = one(sentence)
    assert (row["source_type"], row["affiliation"]) == (role, affiliation)


def test_apposition_types_a_person_without_a_title_before_the_name():
    frame = extract("Mark Stone, a spokesman for the navy, confirmed the report.")
    assert frame["source_type"].iat[0] == "spokesperson"
    assert frame["cue_class"].iat[0] == "endorsing"


# ---------------------------------------------------------------- offsets


def test_every_span_points_into_the_raw_text(seed_study):
    frame = sourcing.attributions(seed_study)
    assert len(frame)
    # No speaker or no cue: the offsets are missing (empty cells), never -1.
    assert (frame["speaker_start"].isna() == (frame["speaker_text"] == "")).all()
    assert (frame["cue_start"].isna() == (frame["cue"] == "")).all() and frame["cue_start"].isna().any()
    assert not (frame[["speaker_start", "speaker_end", "cue_start", "cue_end"]] < 0).any().any()
    for row in frame.itertuples():
        raw = seed_study.raw[row.article_id]
        assert raw[row.content_start : row.content_end] == row.content
        assert (
            raw[row.start : row.end]
            == seed_study.sentences.set_index(["article_id", "sentence_id"]).loc[
                (row.article_id, row.sentence_id), "text"
            ]
        )
        if not pd.isna(row.speaker_start):
            assert raw[row.speaker_start : row.speaker_end] == row.speaker_text
        if not pd.isna(row.cue_start):
            assert raw[row.cue_start : row.cue_end] == row.cue


def test_appended_story_is_not_analysed(seed_study):
    frame = sourcing.attributions(seed_study)
    assert not frame["article_id"].str.contains("appended").any()
    # The appended Press TV story quotes an oil minister; none of it may appear.
    assert not frame["content"].str.contains("oil reserves").any()


# ---------------------------------------------------------------- analyses for N outlets


def test_profiles_work_for_three_outlets():
    texts = {
        "a1": "Headline one for the test\n\nRussia said the report was false.\n",
        "b1": "Headline two for the test\n\n“It is false,” Syrian officials said.\n",
        "c1": "Headline three for the test\n\nThe British government accused Russia of lying.\n\n"
        "Moscow denied the charge.\n",
    }
    study = make_study(texts, {"a1": "Outlet A", "b1": "Outlet B", "c1": "Outlet C"})
    attr = sourcing.attributions(study)
    profile = sourcing.outlet_profile(attr, list(study.outlet_of().values()))
    assert list(profile["outlet"]) == ["Outlet A", "Outlet B", "Outlet C"]
    assert list(profile["attributions"]) == [1, 1, 2]
    assert profile.set_index("outlet").at["Outlet B", "share_direct"] == 1.0
    assert profile.set_index("outlet").at["Outlet B", "share_anonymous"] == 1.0
    cues = sourcing.cue_profile(attr)
    assert cues.groupby("outlet")["share"].sum().round(3).tolist() == [1.0, 1.0, 1.0]
    accused = sourcing.accused_parties(attr, study)
    assert list(accused["accused"]) == ["Russia"]
    assert bool(accused["has_voice"].iat[0])  # Moscow (Russia) denies in the same outlet


def test_the_accused_have_a_voice_only_in_the_article_that_accuses_them():
    # A reply in another article of the same outlet is no reply in the story (and an outlet-wide list
    # of speakers on every accused row grew with the square of the corpus).
    texts = {
        "a1": "Headline one for the test\n\nThe British government accused Russia of lying.\n",
        "a2": "Headline two for the test\n\nMoscow denied the charge on Monday.\n",
        "b1": "Headline three for the test\n\nThe British government accused Russia of lying.\n\n"
        "Moscow denied the charge.\n",
    }
    study = make_study(texts, {"a1": "Outlet A", "a2": "Outlet A", "b1": "Outlet B"})
    accused = sourcing.accused_parties(sourcing.attributions(study), study).set_index("article_id")
    assert not bool(accused.at["a1", "has_voice"]) and accused.at["a1", "voiced_by"] == ""
    assert bool(accused.at["b1", "has_voice"]) and accused.at["b1", "voiced_by"] == "Russia"


def test_an_agentless_accusation_has_empty_source_and_accuser_and_unknown_categories():
    text = "Headline one for the test\n\nThe group has long been accused of lying.\n\nRussia said it was false.\n"
    study = make_study({"a1": text})
    attr = sourcing.attributions(study)
    agentless = attr[attr["agentless"]].iloc[0]
    assert agentless["source"] == "" and pd.isna(agentless["speaker_start"]) and pd.isna(agentless["speaker_end"])
    # "unknown" and "other/unknown" are categories of the coding scheme (the text does not say), kept.
    assert (agentless["affiliation"], agentless["side"]) == ("unknown", "other/unknown")
    table = sourcing.sources(attr)
    assert sorted(table["source"]) == ["", "Russia"] and list(table["articles"]) == [1, 1]
    accused = sourcing.accused_parties(attr, study)
    assert accused[["accuser", "accused", "accused_country"]].values.tolist() == [["", "The group", "unknown"]]


def test_by_affiliation_splits_a_joint_affiliation_evenly():
    attr = pd.DataFrame(
        {
            "outlet": ["X", "X"],
            "affiliation": ["Russia; Syria", "France"],
            "content_words": [10, 10],
            "quoted_words": [4, 0],
        }
    )
    out = sourcing.by_affiliation(attr)
    assert out["affiliation"].tolist() == ["France", "Russia", "Syria"]
    assert out["content_words"].tolist() == [10.0, 5.0, 5.0]
    assert out["share_of_words"].tolist() == [0.5, 0.25, 0.25]
    sides = sourcing.by_side(attr, SEED_CODEBOOKS).set_index("side")
    # Russia and Syria are on one side in the committed study's sourcing_sides.csv, France on the other.
    assert sides.at["Syrian government and allies", "content_words"] == 10.0
    assert sides.at["Western governments", "share_of_words"] == 0.5


# ---------------------------------------------------------------- quote integrity


def test_word_diff_marks_changed_words():
    assert (
        sourcing.word_diff("forces of the government attacked", "forces of the regime attacked")
        == "forces of the [-government-] {+regime+} attacked"
    )


def test_quote_variants_within_and_across_articles():
    texts = {
        "a1": "Headline one for the test\n\nThe minister said the rebels were "
        "“preparing a provocation against the peaceful population of the province.”\n\n"
        "Later he repeated that they were “preparing a provocation against the population of the province,” "
        "and said nothing else.\n",
        "b1": "Headline two for the test\n\nThe army said the rebels were "
        "“preparing a provocation against the peaceful population of the province.”\n\n"
        "The mayor said the weather was “very cold” today.\n",
    }
    study = make_study(texts, {"a1": "A", "b1": "B"})
    variants = sourcing.quote_variants(study)
    assert list(variants.columns) == sourcing.QUOTE_VARIANT_COLUMNS
    # One family of three quotations; "very cold" is repeated nowhere and is left out.
    rows = list(
        zip(
            variants["family"],
            variants["wording"],
            variants["article_id"],
            variants["relation"],
            variants["linked_article_id"],
        )
    )
    assert rows == [(0, 0, "a1", "first", ""), (0, 1, "a1", "variant", "a1"), (0, 0, "b1", "identical", "a1")]
    first_id = variants["quote_id"].iloc[0]
    # The family's first quotation links to none: a missing value (an empty cell in the CSV).
    assert variants["linked_quote_id"].isna().tolist() == [True, False, False]
    assert variants["linked_quote_id"].iloc[1:].tolist() == [first_id, first_id]
    within = variants.iloc[1]
    assert (
        within["diff"]
        == "preparing a provocation against the [-peaceful-] population of the [-province.-] {+province,+}"
    )
    # difflib ratio = 2 * matching words / total words = 2 * 9 / (10 + 9)
    assert within["similarity"] == pytest.approx(2 * 9 / 19, abs=0.001)
    assert variants["diff"].iloc[2] == ""  # the same characters: nothing to show
    for row in variants.itertuples():
        assert study.raw[row.article_id][row.start : row.end] == row.text


def test_quotation_repeated_by_more_than_200_articles_is_reported():
    # The same seven-word quotation in 205 articles, one article changing its last word and one
    # quoting two of its words: one family of 207 rows, not 205 * 204 / 2 identical pairs.
    texts = {
        f"r{i:03d}": f"Report number {i} today\n\nThe envoy said the plan was "
        "“a threat to regional peace and security” and left.\n"
        for i in range(205)
    }
    texts["s1"] = (
        "Another report today\n\nThe envoy said the plan was “a threat to regional peace and stability” and left.\n"
    )
    texts["s2"] = "A third report today\n\nCritics doubt the “regional peace” the envoy spoke of.\n"
    variants = sourcing.quote_variants(make_study(texts))
    assert len(variants) == 207 and set(variants["family"]) == {0}
    assert variants["relation"].value_counts().to_dict() == {"identical": 204, "first": 1, "variant": 1, "fragment": 1}
    assert variants.iloc[0][["article_id", "relation"]].tolist() == ["r000", "first"]
    assert set(variants.loc[variants["relation"] == "identical", "linked_article_id"]) == {"r000"}
    # 6 of 7 words match: 2 * 6 / 14; the fragment: 2 * 2 / (2 + 7).
    variant = variants[variants["relation"] == "variant"].iloc[0]
    assert (variant["article_id"], variant["wording"], variant["similarity"]) == (
        "s1",
        1,
        pytest.approx(12 / 14, abs=0.001),
    )
    assert variant["diff"] == "a threat to regional peace and [-security-] {+stability+}"
    fragment = variants[variants["relation"] == "fragment"].iloc[0]
    assert (fragment["article_id"], fragment["linked_article_id"], fragment["wording"]) == ("s2", "r000", 2)
    assert fragment["similarity"] == pytest.approx(4 / 9, abs=0.001)
    counts = sourcing.wording_counts(variants)
    assert list(
        zip(counts["wording"], counts["relation"], counts["quotations"], counts["articles"], counts["article_id"])
    ) == [(0, "first", 205, 205, "r000"), (1, "variant", 1, 1, "s1"), (2, "fragment", 1, 1, "s2")]


def test_family_members_link_through_the_wording_they_are_related_to():
    # w0 "one two three four five six" and w2 "one two three four five seven eight nine ten"
    # are not related (ratio 2 * 5 / 15 < 0.8, neither inside the other), but both contain
    # w1 "three four five": w1 links to w0 (fragment), w2 to w1 (contains).
    texts = {
        "a": "First test headline here\n\nShe said “one two three four five six” yesterday.\n",
        "b": "Second test headline here\n\nHe said “three four five” today.\n",
        "c": "Third test headline here\n\nThey said “one two three four five seven eight nine ten” again.\n",
    }
    variants = sourcing.quote_variants(make_study(texts))
    rows = list(zip(variants["article_id"], variants["wording"], variants["relation"], variants["linked_article_id"]))
    assert rows == [("a", 0, "first", ""), ("b", 1, "fragment", "a"), ("c", 2, "contains", "b")]
    assert variants["similarity"].tolist() == pytest.approx([1.0, 2 * 3 / 9, 2 * 3 / 12], abs=0.001)


def test_blocking_finds_every_related_pair_of_wordings():
    import random

    # Random wordings over five words: many shared words and bigrams. The indexes must give
    # exactly the relations that comparing all pairs gives.
    rng = random.Random(3)
    vocabulary = ["war", "peace", "the", "of", "attack"]
    wordings = list(dict.fromkeys(tuple(rng.choice(vocabulary) for _ in range(rng.randint(2, 12))) for _ in range(250)))
    for threshold in (0.5, 0.8, 0.9, 1.0):
        brute = {}
        for i in range(len(wordings)):
            for j in range(i + 1, len(wordings)):
                verdict = _compare_quotes(wordings[i], wordings[j], threshold)
                if verdict is not None:
                    brute[(i, j)] = verdict
        assert _related_wordings(wordings, threshold) == brute
        assert any(v[0] == "fragment" for v in brute.values())
        assert any(v[0] == "variant" for v in brute.values()) == (threshold < 1)  # distinct wordings never reach 1.0


def test_fewest_shared_words_of_a_variant():
    # ratio >= t needs 2M / (la + lb) >= t with M <= lb: for la = 10 and t = 0.8, lb >= 8 / 1.2,
    # so lb >= 7 and M >= 0.4 * (10 + 7) = 6.8, i.e. 7 words.
    assert _min_overlap(10, 0.8) == 7
    assert _min_overlap(2, 0.8) == 2
    assert _min_overlap(9, 1.0) == 9


def test_quote_comparison_keeps_fragments_below_the_variant_threshold():
    # A two-word quote inside a ten-word one: ratio 2 * 2 / (2 + 10), far below the threshold, still a fragment.
    long_quote = "we will never accept a provocation against our people here".split()
    assert _compare_quotes(["a", "provocation"], long_quote, 0.8) == ("fragment", pytest.approx(4 / 12))
    # Same words in another order: quick_ratio is 1.0, ratio 2 * 3 / 8 (one matching word block of 3 of 4).
    assert _compare_quotes("one two three four".split(), "four one two three".split(), 0.8) is None
    assert _compare_quotes("one two three four".split(), "one two three five".split(), 0.7) == (
        "variant",
        pytest.approx(6 / 8),
    )


def test_attributions_on_two_worker_processes_equal_one_process(seed_study, monkeypatch):
    from analysis.bench import synthetic_articles
    from analysis.study import build_study

    study = build_study(synthetic_articles(seed_study, 9, n_outlets=3, seed=5))
    monkeypatch.setattr(batching, "ARTICLE_BATCH", 2)  # five batches over two workers
    single = sourcing.attributions(study, workers=1)
    pooled = sourcing.attributions(study, workers=2)
    assert len(single) > 9
    assert single.to_csv() == pooled.to_csv()


# ---------------------------------------------------------------- evaluation arithmetic


def test_evaluation_counts_by_hand():
    gold = pd.DataFrame(
        {
            "article_id": ["x", "x", "x"],
            "content_start": [0, 50, 100],
            "content_end": [20, 70, 120],
            "speaker_start": pd.array([30, None, 130], dtype="Int64"),
            "speaker_end": pd.array([35, None, 140], dtype="Int64"),
            "source": ["Ann", "Ann", "Bo"],
            "mode": ["direct", "floating", "indirect"],
        }
    )
    pred = pd.DataFrame(
        {
            "article_id": ["x", "x", "x"],
            "content_start": [0, 105, 200],
            "content_end": [20, 120, 210],
            "speaker_start": [30, 131, 220],
            "speaker_end": [35, 140, 225],
            "source": ["ann", "Bo", "Cy"],
            "mode": ["direct", "mixed", "indirect"],
        }
    )
    result = sourcing.evaluate(pred, gold).set_index(["target", "match"])
    # content: 1 exact (0-20), 2 overlapping (0-20, 100-120~105-120); 3 predicted, 3 gold.
    assert result.loc[("content", "exact"), ["tp", "precision", "recall"]].tolist() == [1, 0.333, 0.333]
    assert result.loc[("content", "overlap"), ["tp", "f1"]].tolist() == [2, 0.667]
    # speakers: gold has 2 written speakers, predictions 3; exact 1 (30-35), overlap 2.
    assert result.loc[("speaker", "exact"), ["tp", "n_pred", "n_gold", "precision", "recall"]].tolist() == [
        1,
        3,
        2,
        0.333,
        0.5,
    ]
    assert result.loc[("speaker", "overlap"), ["tp", "f1"]].tolist() == [2, 0.8]
    assert result.loc[("source", "resolved, on matched content"), "tp"] == 2
    assert result.loc[("mode", "on matched content"), "tp"] == 1


# ---------------------------------------------------------------- gold


def test_gold_file_points_into_the_raw_text(seed_study):
    gold = sourcing.load_gold(GOLD)
    assert len(gold) == 29
    for row in gold.itertuples():
        raw = seed_study.raw[row.article_id]
        assert raw[row.content_start : row.content_end] == row.content
        if not pd.isna(row.speaker_start):
            assert raw[row.speaker_start : row.speaker_end] == row.speaker_text
        if not pd.isna(row.cue_start):
            assert raw[row.cue_start : row.cue_end] == row.cue


def test_extractor_against_gold(seed_study):
    # Thresholds sit below the scores reached (see notebook 04); the rules were written while
    # reading these two articles, so unseen news will score lower.
    result = sourcing.evaluate(sourcing.attributions(seed_study), sourcing.load_gold(GOLD)).set_index(
        ["target", "match"]
    )["f1"]
    assert result[("content", "overlap")] >= 0.85
    assert result[("content", "exact")] >= 0.7
    assert result[("speaker", "overlap")] >= 0.8
    assert result[("speaker", "exact")] >= 0.7
    assert result[("source", "resolved, on matched content")] >= 0.7


def test_tables_are_deterministic(seed_study):
    first = sourcing.tables(seed_study)
    second = sourcing.tables(seed_study)
    assert list(first) == [
        "attributions",
        "sources",
        "quote_variants",
        "sourcing_outlets",
        "sourcing_affiliations",
        "sourcing_sides",
        "sourcing_cues",
        "accused_parties",
    ]
    for name in first:
        pd.testing.assert_frame_equal(first[name], second[name])
    assert list(first["attributions"].columns[:5]) == ["article_id", "outlet", "sentence_id", "start", "end"]


# ---------------------------------------------------------------- wire-style constructions


def test_possessive_common_noun_speaker_after_the_content():
    row = one("Airstrikes killed 12 people on Tuesday, the country’s health ministry said.")
    assert row["speaker_text"] == "the country’s health ministry"
    assert row["content"] == "Airstrikes killed 12 people on Tuesday"


def test_participle_cue_ends_the_previous_content():
    frame = extract("The envoy urged both sides to show restraint, telling reporters that “nobody wants a war.”")
    assert list(frame["cue"]) == ["urged", "telling"]
    assert frame["content"].iat[0] == "both sides to show restraint"
    assert (frame["mode"].iat[1], frame["content"].iat[1]) == ("direct", "nobody wants a war")


def test_hearer_and_time_phrase_are_not_content():
    assert one("Kremlin spokesman Ivan Orlov told reporters the idea was absurd.")["content"] == "the idea was absurd"
    assert one("The Pentagon said on Monday it had sent more troops.")["content"] == "it had sent more troops"


def test_sentence_opening_adverbial_is_not_content():
    row = one("In a statement, the group said it would not attend the talks.")
    assert (row["speaker_text"], row["content"]) == ("the group", "it would not attend the talks")


def test_unnamed_title_holder_of_a_body():
    row = one("A spokesman for the European Commission said the proposal was under review.")
    assert row["source_type"] == "spokesperson"
    # The body is the source (the gold README's humanitarian_portal ruling, applied in round 10).
    assert row["source"] == "European Commission"


def test_declined_comment_is_not_an_attribution():
    assert extract("The Pentagon has not commented on the report.").empty


def test_highlight_html_escapes_article_text():
    raw = "An invented headline for a test\n\nThe mayor said the <script> tag was “harmless & fine”.\n"
    study = make_study({"t1": raw})
    attr = sourcing.attributions(study)
    page = sourcing.highlight_html(attr, study, "t1")
    assert "<script>" not in page and "&lt;script&gt;" in page and "&amp;" in page
    assert "<b>The mayor</b>" in page and "<u>said</u>" in page
    table = sourcing.attribution_table(attr, study, "t1")
    assert table["cue"].tolist() == ["said"]


def test_told_with_hearer_after_a_quotation():
    frame = extract("Mayor Ana Torres spoke on Monday.", "“We are not leaving,” she told reporters.")
    assert (frame["mode"].iat[0], frame["source"].iat[0], frame["content"].iat[0]) == (
        "direct",
        "Ana Torres",
        "We are not leaving",
    )


def test_according_to_a_title_holder_of_a_named_body():
    row = one("The talks will resume next week, according to a spokesman for the United Nations.")
    assert row["speaker_text"] == "a spokesman for the United Nations"
    assert row["source_type"] == "spokesperson"


def test_name_with_lower_case_particle():
    row = one("Egyptian President Abdel Fattah el-Sisi warned that the talks had failed.")
    assert (row["source"], row["source_type"], row["affiliation"]) == (
        "Abdel Fattah el-Sisi",
        "head_of_state_government",
        "Egypt",
    )


def test_title_phrase_then_name_in_commas():
    row = one("Kenya’s ambassador to Washington, Grace Otieno, said the claim was baseless.")
    assert (row["source"], row["source_type"], row["affiliation"]) == ("Grace Otieno", "diplomat", "Kenya")
    assert row["content"] == "the claim was baseless"


def test_according_to_at_the_end_closes_the_previous_content():
    frame = extract("Ethiopia has denied that the dam will cause harm, according to state media.")
    by_cue = frame.set_index("cue")["content"]
    assert by_cue["denied"] == "the dam will cause harm"
    assert by_cue["according to"] == "Ethiopia has denied that the dam will cause harm"


def test_adverb_after_a_postposed_speaker_is_not_content():
    row = one("“We will not accept it,” the minister said again.")
    assert (row["mode"], row["content"]) == ("direct", "We will not accept it")


def test_charts_work_for_three_outlets(tmp_path):
    texts = {
        "a1": "Headline one for the test\n\nRussian officials said the report was false.\n",
        "b1": "Headline two for the test\n\n“It is false,” Syrian officials claimed.\n",
        "c1": "Headline three for the test\n\nThe British government accused Russia of lying.\n",
    }
    attr = sourcing.attributions(make_study(texts, {"a1": "Outlet A", "b1": "Outlet B", "c1": "Outlet C"}))
    for plot, name in (
        (sourcing_charts.plot_who_speaks, "sourcing_who_speaks"),
        (sourcing_charts.plot_cue_classes, "sourcing_cue_classes"),
        (sourcing_charts.plot_modes, "sourcing_modes"),
        (sourcing_charts.plot_top_sources, "sourcing_top_sources"),
    ):
        fig = plot(attr, tmp_path, "Source: invented test articles")
        assert fig.axes[0].get_title(loc="left") or fig._suptitle.get_text()
        data = pd.read_csv(tmp_path / f"{name}.csv")
        assert set(data["outlet"]) == {"Outlet A", "Outlet B", "Outlet C"}
        assert (tmp_path / f"{name}.png").stat().st_size > 0 and (tmp_path / f"{name}.svg").is_file()
    modes = pd.read_csv(tmp_path / "sourcing_modes.csv")
    assert modes.groupby("outlet")["share"].sum().round(3).tolist() == [1.0, 1.0, 1.0]


def test_straight_quotes_and_participle_sharing_the_speaker():
    frame = extract(
        "Mayor Ana Torres spoke on Monday.", '"This is a provocation," she said, adding: "We have seen it before."'
    )
    assert list(frame["cue"]) == ["said", "adding"]
    assert list(frame["mode"]) == ["direct", "direct"]
    assert list(frame["source"]) == ["Ana Torres", "Ana Torres"]
    assert frame["content"].iat[1] == "We have seen it before"


def test_question_quote_split_from_its_cue_by_the_sentence_splitter():
    frame = extract("Mayor Ana Torres spoke on Monday.", "“Why now?” she asked.")
    assert len(frame) == 1
    assert (frame["mode"].iat[0], frame["content"].iat[0], frame["source"].iat[0]) == (
        "direct",
        "Why now?",
        "Ana Torres",
    )


def test_sentential_relative_denial_takes_the_reported_content():
    frame = extract("Western governments have accused the army of using gas, which the army denies.")
    by_cue = frame.set_index("cue")["content"]
    assert by_cue["accused"] == "the army of using gas"
    assert by_cue["denies"] == "the army of using gas"
    assert frame.set_index("cue").at["denies", "speaker_text"] == "the army"


def test_quoted_as_saying():
    row = one("The agency quoted General Ivan Petrov as saying that the base was safe.")
    assert (row["speaker_text"], row["source_type"], row["content"]) == (
        "General Ivan Petrov",
        "military",
        "the base was safe",
    )


def test_bare_noun_subjects_and_clause_boundaries():
    assert one("Aid agencies say more than two million people live in the area.")["speaker_text"] == "Aid agencies"
    frame = extract("Insurers warned that damage could be large, while farmers said crops had been destroyed.")
    assert list(frame["speaker_text"]) == ["Insurers", "farmers"]
    assert frame["content"].iat[0] == "damage could be large"


def test_object_relative_with_a_complement():
    frame = extract(
        "The ministry claimed that rebels were preparing an attack, a charge Western officials dismissed as "
        "“disinformation”."
    )
    by_cue = frame.set_index("cue")["content"]
    assert by_cue["claimed"] == "rebels were preparing an attack"
    assert by_cue["dismissed"] == "a charge"


def test_title_phrase_with_a_body_then_the_name():
    row = one("A spokesman for the ministry, Major General Ivan Petrov, said the village was empty.")
    assert (row["source"], row["source_type"]) == ("Ivan Petrov", "spokesperson")


def test_organisation_name_is_not_a_person():
    row = one("Investigators at the Organisation for the Prohibition of Chemical Weapons blamed government forces.")
    assert row["source_type"] == "expert" and row["affiliation"] == "international"


@pytest.mark.parametrize(
    "sentence",
    [
        "UN officials in Geneva said the talks had stalled.",
        "OPCW officials in The Hague said the samples were sealed.",
        "IAEA officials in Vienna said the site was closed.",
    ],
)
def test_seat_of_an_international_body_is_not_its_affiliation(sentence):
    row = one(sentence)
    assert (row["affiliation"], bool(row["anonymous"])) == ("international", True)


def test_honorifics_are_not_part_of_the_name():
    frame = extract(
        "Dr Sarah Jones, a virologist at the university, said the data was encouraging.",
        "Ms Jones added that more tests were needed.",
    )
    assert list(frame["source"]) == ["Sarah Jones", "Sarah Jones"]
    assert frame["source_type"].iat[0] == "expert"


def test_passive_event_is_not_an_agentless_attribution():
    assert extract("The plan will be announced on Monday.").empty
    assert bool(one("The minister is said to be furious.")["agentless"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia's false claims have been debunked.",
        "The strikes added to the confusion.",
        "A stark warning was issued on Monday.",
    ],
)
def test_noun_and_non_speech_uses_of_cue_words(sentence):
    assert extract(sentence).empty


def test_subject_noun_before_an_ambiguous_verb_form():
    row = one("The group claims that it was not involved.")
    assert (row["speaker_text"], row["cue_class"], row["content"]) == ("The group", "doubting", "it was not involved")
    assert one("A new report said the camps were full.")["speaker_text"] == "A new report"


def test_colon_at_paragraph_end_takes_the_next_quotation():
    frame = extract("The minister told parliament:", "“We will not give in to threats. The talks are over.”")
    assert list(frame["mode"]) == ["direct"]
    assert frame["content"].iat[0] == "We will not give in to threats. The talks are over"
    assert frame["speaker_text"].iat[0] == "The minister"


def test_a_corpus_without_attributions_gives_empty_tables_and_charts(tmp_path):
    study = make_study({"e": "Just a headline here\n\nThe river rose by two metres overnight.\n"})
    attr = sourcing.attributions(study)
    assert attr.empty and list(attr.columns) == sourcing.ATTRIBUTION_COLUMNS
    assert all(list(frame.columns) for frame in sourcing.tables(study).values())
    for plot in (
        sourcing_charts.plot_who_speaks,
        sourcing_charts.plot_cue_classes,
        sourcing_charts.plot_modes,
        sourcing_charts.plot_top_sources,
    ):
        plot(attr, tmp_path, "Source: invented")


def test_random_word_salad_never_breaks_offsets():
    import random

    words = [
        "said",
        "told",
        "claimed",
        "according",
        "to",
        "the",
        "minister",
        "Russia",
        "Ivan",
        "Petrov",
        "he",
        "it",
        "that",
        ",",
        ".",
        "“",
        "”",
        '"',
        "’s",
        "and",
        "which",
        "was",
        "accused",
        "of",
        "as",
        "saying",
        "quoted",
        "Experts",
        "say",
        "by",
        "has",
        "been",
        "on",
        "Monday",
        ":",
        "(",
        ")",
        "UN",
        "spokesman",
        "for",
        "?",
        "adding",
        "denied",
        "who",
        "Mr",
        "el-Sisi",
        "claims",
    ]
    rng = random.Random(7)
    for _ in range(40):
        paragraphs = [
            " ".join(rng.choice(words) for _ in range(rng.randint(1, 20))).capitalize() + "."
            for _ in range(rng.randint(1, 3))
        ]
        raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
        study = make_study({"f": raw})
        for row in sourcing.attributions(study).itertuples():
            assert raw[row.content_start : row.content_end] == row.content
            if not pd.isna(row.speaker_start):
                assert raw[row.speaker_start : row.speaker_end] == row.speaker_text
        sourcing.tables(study)


def test_inverted_unnamed_speakers_are_anonymous():
    row = one("“It is too early to say,” said one diplomat, who asked not to be named.")
    assert (row["speaker_text"], row["mode"], bool(row["anonymous"])) == ("one diplomat", "direct", True)
    row = one("“We are ready,” said officials in Kyiv.")
    assert (row["speaker_text"], row["affiliation"], bool(row["anonymous"])) == ("officials in Kyiv", "Ukraine", True)


def test_post_modified_anonymous_sources():
    row = one("Sources close to the negotiations told Reuters the deal was near.")
    assert (row["speaker_text"], row["content"], bool(row["anonymous"])) == (
        "Sources close to the negotiations",
        "the deal was near",
        True,
    )
    row = one("The deal is near, two people familiar with the matter said.")
    assert (row["speaker_text"], row["content"], bool(row["anonymous"])) == (
        "two people familiar with the matter",
        "The deal is near",
        True,
    )


def test_dateline_is_not_part_of_the_speaker_and_that_after_a_participle():
    row = one("KYIV, March 3 (Reuters) - Ukraine's military said on Friday its forces had held the line.")
    assert (row["speaker_text"], row["content"]) == ("Ukraine's military", "its forces had held the line")
    row = one("Group chief Ivan Orlov said in a video released on Telegram that the city was surrounded.")
    assert (row["source"], row["source_type"], row["content"]) == ("Ivan Orlov", "leader", "the city was surrounded")


def test_platform_adverbial_and_adjective_before_a_title():
    row = one("Prime Minister Ana Torres wrote on X, formerly Twitter, that the war would go on.")
    assert (row["source"], row["cue"], row["content"]) == ("Ana Torres", "wrote", "the war would go on")
    row = one("Speaking to reporters from Doha, political analyst Omar Said said the offer was a trap.")
    assert (row["speaker_text"], row["source_type"], row["affiliation"], row["content"]) == (
        "political analyst Omar Said",
        "expert",
        "unknown",
        "the offer was a trap",
    )


def test_agentless_then_anonymous_in_one_sentence():
    frame = extract("The plan has been criticised as too costly, and experts say the base is hard to defend.")
    assert list(frame["cue"]) == ["criticised", "say"]
    assert list(frame["agentless"]) == [True, False]
    assert frame["content"].tolist() == ["as too costly", "the base is hard to defend"]
    assert bool(frame["anonymous"].iat[1])
