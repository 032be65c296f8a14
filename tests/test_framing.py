"""Tests of the framing measures on invented articles and published oracles."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from analysis import framing
from analysis.corpus import METADATA_COLUMNS
from analysis.framing import batching, codebooks
from analysis.framing import tone as tone_module
from analysis.study import build_study
from conftest import SEED_CODEBOOKS


def make_study(
    bodies: dict[str, str], outlets: dict[str, str] | None = None, headline: str = "A headline about nothing"
) -> object:
    """Build a study from invented article bodies (each gets a plain headline first)."""
    rows = []
    for article_id, body in bodies.items():
        row = {column: "" for column in METADATA_COLUMNS}
        row.update(
            article_id=article_id,
            file=f"{article_id}.txt",
            outlet=(outlets or {}).get(article_id, "Outlet " + article_id),
            outlet_confidence="named",
            language="en",
        )
        row["raw"] = f"{headline}\n\n{body}\n"
        rows.append(row)
    return build_study(pd.DataFrame(rows), codebooks=SEED_CODEBOOKS)


def body_mentions(study) -> pd.DataFrame:
    m = framing.mentions(study)
    return m[m["part"] == "body"].reset_index(drop=True)


def check_offsets(study, table: pd.DataFrame) -> None:
    for article_id, start, end, text in zip(table["article_id"], table["start"], table["end"], table["text"]):
        assert study.raw[article_id][start:end] == text


# ------------------------------------------------------------ actor labels


@pytest.mark.parametrize(
    "sentence, expected_text, actor, category",
    [
        ("The Syrian government rejected the report.", "Syrian government", "Syrian government", "government"),
        ("The Assad regime rejected the report.", "Assad regime", "Syrian government", "regime"),
        ("The regime rejected the report.", "regime", "Syrian government", "regime"),
        ("Bashar al-Assad rejected the report.", "Bashar al-Assad", "Syrian government", "leader"),
        ("Damascus rejected the report.", "Damascus", "Syrian government", "capital_metonymy"),
        ("Government forces advanced at dawn.", "Government forces", "Syrian government", "military"),
        ("Syria rejected the report.", "Syria", "Syrian government", "country_name"),
        ("Rebels shelled the road.", "Rebels", "Anti-government armed groups", "rebels"),
        ("The opposition shelled the road.", "opposition", "Anti-government armed groups", "opposition"),
        ("Insurgents shelled the road.", "Insurgents", "Anti-government armed groups", "fighters"),
        ("Militants shelled the road.", "Militants", "Anti-government armed groups", "militants"),
        ("Extremists shelled the road.", "Extremists", "Anti-government armed groups", "extremists"),
        ("Jihadists shelled the road.", "Jihadists", "Anti-government armed groups", "jihadists"),
        ("Terrorist groups shelled the road.", "Terrorist groups", "Anti-government armed groups", "terrorists"),
        ("Takfiris shelled the road.", "Takfiris", "Anti-government armed groups", "takfiri"),
        ("Jabhat al-Nusra shelled the road.", "Jabhat al-Nusra", "Anti-government armed groups", "group_name"),
        ("Daesh shelled the road.", "Daesh", "Islamic State (ISIS)", "group_name"),
        ("The Kremlin denied it.", "Kremlin", "Russia", "government"),
        ("Moscow denied it.", "Moscow", "Russia", "capital_metonymy"),
        ("Putin denied it.", "Putin", "Russia", "leader"),
        ("The Pentagon denied it.", "Pentagon", "United States", "government"),
        ("The US denied it.", "US", "United States", "country_name"),
        ("Britain denied it.", "Britain", "United Kingdom", "country_name"),
        ("Paris denied it.", "Paris", "France", "capital_metonymy"),
        ("Ankara denied it.", "Ankara", "Turkey", "capital_metonymy"),
        ("Tehran denied it.", "Tehran", "Iran", "capital_metonymy"),
        ("Western powers denied it.", "Western powers", "Western governments", "collective"),
        ("The White Helmets denied it.", "White Helmets", "White Helmets", "organisation_name"),
        ("The chemical weapons watchdog denied it.", "chemical weapons watchdog", "OPCW", "organisation_description"),
        ("The United Nations denied it.", "United Nations", "United Nations", "organisation_name"),
        ("Civilians fled the town.", "Civilians", "Civilians", "civilians"),
        ("Victims were treated.", "Victims", "Civilians", "victims"),
        ("Refugees fled the town.", "Refugees", "Civilians", "refugees"),
    ],
)
def test_codebook_categories_on_invented_sentences(sentence, expected_text, actor, category):
    study = make_study({"a1": sentence})
    m = body_mentions(study)
    assert len(m) == 1, m
    assert (m.loc[0, "text"], m.loc[0, "actor"], m.loc[0, "label_category"]) == (expected_text, actor, category)
    check_offsets(study, m)


def test_longest_match_first_and_merging():
    study = make_study(
        {
            "a1": "Syrian regime forces and Syrian President Bashar al-Assad met "
            "the Organisation for the Prohibition of Chemical Weapons (OPCW)."
        }
    )
    m = body_mentions(study)
    assert m["text"].tolist() == [
        "Syrian regime forces",
        "Syrian President Bashar al-Assad",
        "Organisation for the Prohibition of Chemical Weapons (OPCW)",
    ]
    assert m["label_category"].tolist() == ["regime", "leader", "organisation_name"]


def test_case_sensitive_us_is_not_the_pronoun():
    study = make_study({"a1": "They told us the US would leave."})
    m = body_mentions(study)
    assert m["text"].tolist() == ["US"]


def test_place_rule_drops_places_but_keeps_actors():
    study = make_study(
        {
            "a1": "Fighting raged in northern Syria. Syria denied it. "
            "He flew to Moscow while Moscow objected. The capital Damascus was calm."
        }
    )
    m = body_mentions(study)
    assert m["text"].tolist() == ["Syria", "Moscow"]
    assert m["start"].tolist()[1] > study.raw["a1"].index("to Moscow")


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("The quay was rebuilt in Port Veno, Syria.", []),
        ("Crews waited near Kalda al-Rumi, Russia, on the third day.", []),
        ("Crews waited at Kalda, Russia, 40 km from the border.", []),
        ("Talks stalled in Vellano, Russia said on Friday.", ["Russia"]),
        ("Talks stalled in Vellano, Russia, Syria and others said.", ["Russia", "Syria"]),
        ("Talks stalled in Vellano, and Russia left.", ["Russia"]),
        ("The Vellano talks, Russia insisted, had stalled.", ["Russia"]),
    ],
)
def test_a_country_after_a_place_it_qualifies_is_a_place(sentence, kept):
    # "in TOWN, COUNTRY." names where something happened; the country ending the phrase is no actor, but a
    # country opening a clause or a list after the comma is.
    assert body_mentions(make_study({"a1": sentence}))["text"].tolist() == kept


def test_places_in_every_lines_dateline_prefix_are_places():
    # A picture story's captions and a roundup's entries each open with a place, a date or an agency and a dash or
    # colon; a country or capital named there is where the line was filed from, on every such line, not an actor.
    study = make_study(
        {
            "a1": "Harbour crews repaired the quay on Tuesday.\n\n"
            "DAMASCUS, SYRIA - JUNE 9: A porter carries crates. Damascus denied any shortage.\n\n"
            "Vellano, Russia, 12 June 2021 - Boats wait at anchor.\n\n"
            "MOSCOW (Wirepress) - Moscow said the talks would resume.\n\n"
            "Syria: Russia rejected the report.\n\n"
            "Syria said on June 9 - a Tuesday - that it would respond."
        }
    )
    m = body_mentions(study)
    raw = study.raw["a1"]
    kept = [(text, raw.rfind("\n", 0, start) + 1 == start) for text, start in zip(m["text"], m["start"])]
    # The prefixes' DAMASCUS, SYRIA, Russia and MOSCOW drop; the sentences' Damascus and Moscow stay, and a bare
    # "Syria:" heading (no date, no agency) and a sentence's subject are no dateline.
    assert kept == [
        ("Damascus", False),
        ("Moscow", False),
        ("Syria", True),
        ("Russia", False),
        ("Syria", True),
    ]


def test_modifiers_are_attached():
    study = make_study(
        {
            "a1": "Foreign-sponsored Takfiri terrorists and the Western-backed "
            "so-called White Helmets and moderate rebels clashed."
        }
    )
    m = body_mentions(study).set_index("text")
    assert m.loc["terrorists", "modifier"] == "Foreign-sponsored"
    assert m.loc["Takfiri", "modifier"] == "Foreign-sponsored"
    assert m.loc["White Helmets", "modifier"] == "Western-backed; so-called"
    assert m.loc["rebels", "modifier"] == "moderate"


def test_label_inside_quotation_marks_is_never_the_outlets():
    study = make_study({"a1": "The minister said “terrorists are hiding in the town”. Later the rebels left."})
    m = body_mentions(study).set_index("text")
    assert m.loc["terrorists", "voice"] == "quotation"
    assert m.loc["rebels", "voice"] == "narration"
    counts = framing.label_counts(study)
    outlet = counts[counts["voice"] == "narration"]
    assert "terrorists" not in set(outlet["label_category"])
    assert outlet.set_index("label_category").loc["rebels", "mentions"] == 1


def test_label_counts_work_for_three_outlets():
    study = make_study({"a1": "Rebels fled.", "a2": "Terrorists fled. Terrorists hid.", "a3": "The regime won."})
    counts = framing.label_counts(study)
    assert sorted(counts["outlet"].unique()) == ["Outlet a1", "Outlet a2", "Outlet a3"]
    assert counts.set_index(["outlet", "label_category"]).loc[("Outlet a2", "terrorists"), "mentions"] == 2


# ------------------------------------------------------------ headlines


@pytest.mark.parametrize(
    "headline, attribution, placement, device, source, verb",
    [
        ("Russia: Rebels plan attack in Idlib", "attributed", "front", "colon label", "Russia", ""),
        ("Rebels plan attack in Idlib, Russia claims", "attributed", "end", "reporting verb", "Russia", "claims"),
        ("Rebels plan attack in Idlib, says Moscow", "attributed", "end", "reporting verb", "Moscow", "says"),
        ("Russia claims rebels plan attack in Idlib", "attributed", "front", "reporting verb", "Russia", "claims"),
        ("Rebels plan attack in Idlib", "asserted", "", "", "", ""),
        ("Defence ministry: rebels plan attack", "attributed", "front", "colon label", "Defence ministry", ""),
        ("Syria war: rebels plan attack", "asserted", "", "colon topic label", "", ""),
        ("Live: rebels plan attack", "asserted", "", "colon topic label", "", ""),
        ("In Pictures: Rebels Leave Idlib", "asserted", "", "colon topic label", "", ""),
        ("Russia Claims Rebels Plan Attack In Idlib", "attributed", "front", "reporting verb", "Russia", "claims"),
        ("Syrian Rebels Plan Attack, Officials Say", "attributed", "end", "reporting verb", "Officials", "say"),
    ],
)
def test_headline_attribution(headline, attribution, placement, device, source, verb):
    result = framing.classify_headline(headline)
    assert (result["attribution"], result["placement"], result["device"], result["attributed_to"], result["verb"]) == (
        attribution,
        placement,
        device,
        source,
        verb,
    )


def test_headlines_table_lists_labels():
    study = make_study({"a1": "Nothing happened here today."}, headline="Russia: Terrorists plan attack")
    table = framing.headlines(study)
    assert table.loc[0, "device"] == "colon label"
    assert "Terrorists (Anti-government armed groups: terrorists)" in table.loc[0, "labels"]
    check_offsets(study, table)


# ------------------------------------------------------------ stance


def stance_of(body: str) -> pd.DataFrame:
    study = make_study({"a1": body})
    table = framing.stance(study)
    check_offsets(study, table)
    return table[table["part"] == "body"].reset_index(drop=True)


def test_scare_quote_versus_partial_quotation():
    table = stance_of("The army entered the “liberated” town. The minister said the attack was “staged” by rebels.")
    kinds = dict(zip(table["text"], table["kind"]))
    assert kinds["liberated"] == "scare_quote"
    assert kinds["staged"] == "partial_quotation"


def test_long_quote_is_neither_and_nested_scare_quote_is_the_sources():
    table = stance_of("He said: “The so-called ‘rebels’ are nothing but bandits who attack villages.”")
    quotes = table[table["kind"].isin(["scare_quote", "partial_quotation", "quoted_name"])]
    assert quotes["text"].tolist() == ["rebels"]
    assert quotes.loc[quotes.index[0], "kind"] == "scare_quote"
    assert quotes.loc[quotes.index[0], "voice"] == "quotation"


def test_quoted_name_is_not_a_scare_quote():
    table = stance_of("Fighters of the group “Free Army” entered the town.")
    assert table.loc[table["text"] == "Free Army", "kind"].tolist() == ["quoted_name"]


def test_so_called_distancing_hedges_boosters_evaluative():
    table = stance_of(
        "The so-called council claimed the vote was unfounded. It may perhaps fail, but it will certainly matter."
    )
    kinds = sorted(zip(table["kind"], table["text"]))
    assert ("so_called", "so-called") in kinds
    assert ("distancing", "claimed") in kinds
    assert ("evaluative", "unfounded") in kinds
    assert ("hedge", "may") in kinds and ("hedge", "perhaps") in kinds
    assert ("booster", "certainly") in kinds


def test_presupposed_responsibility_versus_hedged_event():
    table = stance_of(
        "After the regime chemical attack, officials spoke of a suspected gas attack and a staged attack."
    )
    rows = {(k, t) for k, t in zip(table["kind"], table["text"])}
    assert ("event_agent", "regime chemical attack") in rows
    assert ("event_hedged", "suspected gas attack") in rows
    assert ("event_fabrication", "staged attack") in rows
    # "suspected" is an event qualifier here, not also counted as a hedge
    assert not ((table["kind"] == "hedge") & (table["text"] == "suspected")).any()


def test_verb_between_actor_and_event_is_not_an_agent_modifier():
    table = stance_of("Britain launched missile strikes. Rebels planning chemical attack were seen.")
    assert not (table["kind"] == "event_agent").any()


def test_rates_per_1000_are_hand_checked():
    # Narration: 6 words ("The so-called council claimed", "so-called" is one; "He said"),
    # paraphrase: 6 words (the indirect content "the vote was totally unfounded" and "today", which the
    # mixed attribution's content runs on to), quotation: 4 words ("this is certainly wrong").
    study = make_study(
        {"a1": "The so-called council claimed the vote was totally unfounded. He said “this is certainly wrong” today."}
    )
    table = framing.stance(study)
    rates = framing.rates_per_1000(study, table, ["so_called", "distancing", "evaluative", "booster"]).set_index(
        ["voice", "kind"]
    )
    words = framing.word_counts(study).set_index("voice")["words"]
    assert words["narration"] == 6 and words["paraphrase"] == 6 and words["quotation"] == 4
    assert rates.loc[("narration", "so_called"), "per_1000_words"] == pytest.approx(1000 / 6)
    assert rates.loc[("narration", "distancing"), "count"] == 1
    assert rates.loc[("paraphrase", "evaluative"), "per_1000_words"] == pytest.approx(1000 / 6)
    assert rates.loc[("quotation", "booster"), "per_1000_words"] == pytest.approx(250.0)
    assert rates.loc[("quotation", "so_called"), "per_1000_words"] == 0


# ------------------------------------------------------------ passives


@pytest.mark.parametrize(
    "sentence, expected, agent",
    [
        ("The group has long been accused of collaborating.", "been accused", ""),
        ("The attack had been staged by the opposition.", "been staged by the opposition", "the opposition"),
        ("The town was taken by government forces.", "was taken by government forces", "government forces"),
        ("Oil is being looted by the occupiers.", "is being looted by the occupiers", "the occupiers"),
        ("The convoy got stopped at the border.", "got stopped", ""),
    ],
)
def test_passive_detection(sentence, expected, agent):
    study = make_study({"a1": sentence})
    table = framing.passives(study)
    table = table[table["part"] == "body"]
    assert table["text"].tolist() == [expected]
    assert table["agent"].tolist() == [agent]
    assert table["has_agent"].tolist() == [bool(agent)]


def test_no_passive_in_active_or_progressive_sentences():
    study = make_study(
        {
            "a1": "The rebels are preparing an attack. The need is great. "
            "Three hundred were there. Talks are set to resume."
        }
    )
    assert framing.passives(study).query("part == 'body'").empty


def test_participle_rule():
    assert framing.is_participle("accused") and framing.is_participle("taken") and framing.is_participle("held")
    assert (
        not framing.is_participle("need")
        and not framing.is_participle("preparing")
        and not framing.is_participle("red")
    )


# ------------------------------------------------------------ frames, context, tone, exports


def test_frame_questions_are_twenty_in_five_frames():
    questions = framing.frame_questions()
    assert len(questions) == 20
    assert questions.groupby("frame").size().to_dict() == {
        "attribution_of_responsibility": 5,
        "conflict": 4,
        "economic_consequences": 3,
        "human_interest": 5,
        "morality": 3,
    }


def test_frame_cues_and_context_topics():
    study = make_study({"a1": "Civilians were killed. The OPCW vote cost millions in oil revenue."})
    cues = framing.frame_cues(study)
    assert {"human_interest", "economic_consequences"} <= set(cues["frame"])
    check_offsets(study, cues)
    ctx = framing.context(study)
    assert {"casualties", "international_bodies", "oil_resources"} <= set(ctx["topic"])
    check_offsets(study, ctx)


def test_tone_uses_only_the_mentions_voice():
    study = make_study({"a1": "Damascus said “this is a wonderful, excellent day”."})
    tone = framing.actor_tone(study)
    assert tone["voice"].tolist() == ["narration"]
    assert tone["compound"].iat[0] == 0.0  # the positive words are quoted, not the outlet's


def test_tables_have_offsets_and_article_ids():
    study = make_study(
        {"a1": "The regime claimed the “liberated” town was taken by rebels.", "a2": "Terrorists attacked."}
    )
    tables = framing.tables(study)
    for name in ["mentions", "stance", "frames", "context"]:
        assert {"article_id", "start", "end", "text"} <= set(tables[name].columns)
        check_offsets(study, tables[name])


def test_coding_answers_are_normalised_and_checked():
    sheet = pd.DataFrame(
        {
            "coder": ["x", "x", "x"],
            "article_id": ["a1"] * 3,
            "frame": ["conflict"] * 3,
            "question_id": ["C1", "C2", "C3"],
            "question": [""] * 3,
            "answer": ["Yes", "0", ""],
            "evidence": [""] * 3,
            "note": [""] * 3,
        }
    )
    scores = framing.frame_scores(sheet)
    assert scores.loc[0, "score"] == 0.5 and scores.loc[0, "questions_coded"] == 2
    with pytest.raises(ValueError):
        framing.frame_scores(sheet.assign(answer=["maybe", "1", "0"]))


def test_shipped_coder1_sheet_covers_every_question_of_the_template():
    from pathlib import Path

    coding = Path(__file__).resolve().parents[1] / "coding"
    template = pd.read_csv(coding / "frames_template.csv", dtype=str, keep_default_na=False)
    sheet = framing.load_coding_sheets(coding)
    assert set(sheet["coder"]) == {"coder1"}  # no invented second coder
    assert sorted(zip(sheet["article_id"], sheet["question_id"])) == sorted(
        zip(template["article_id"], template["question_id"])
    )
    assert set(framing.normalise_answers(sheet)["answer"]) <= {"0", "1", ""}


# ------------------------------------------------------------ scale: the word index

SCALE_BODIES = {
    "a1": "The US said rebels and the Assad regime clashed. "
    "They told us the “so-called” moderate rebels were Western-backed.",
    "a2": "Syrian President Bashar al-Assad met the Organisation for the Prohibition of Chemical Weapons (OPCW). "
    "A suspected chemical attack was staged, Russia claimed.",
    "a3": "",  # an article without a body
    "a4": "Civilians fled in northern Syria. Government forces. "
    "Militants — and\u00a0insurgents — were accused by the army of a terrorist attack.",
}


def test_word_index_matches_equal_per_sentence_matching():
    """Matching all sentences at once gives what match_spans gives sentence by sentence."""
    study = make_study(SCALE_BODIES)
    words = framing.word_tokens(study)
    index = framing.word_index(study)
    for name in ["framing_actors.csv", "framing_hedges.csv", "framing_evaluative.csv"]:
        # The actors are the committed study's (its codebooks folder); the word lists are the package's.
        lexicon = (
            codebooks.study_lexicon(name, SEED_CODEBOOKS)
            if name == "framing_actors.csv"
            else codebooks.default_lexicon(name)
        )
        expected = []
        for (article_id, _, _), group in words.groupby(["article_id", "part", "sentence_id"], sort=False):
            spans = framing.match_spans(
                study.raw[article_id],
                group["norm"].tolist(),
                group["text"].tolist(),
                group["start"].to_numpy(),
                group["end"].to_numpy(),
                lexicon,
            )
            expected += [
                (article_id, int(group["start"].iat[i]), int(group["end"].iat[j - 1]), row["expression"])
                for i, j, row in spans
            ]
        found = [
            (index.article_ids[index.art[i]], int(index.start[i]), int(index.end[j - 1]), row["expression"])
            for i, j, row in framing.match_index(index, lexicon)
        ]
        assert found == expected, name
        if name == "framing_actors.csv":
            texts = [study.raw[a][s:e] for a, s, e, _ in found]
            assert "US" in texts and "us" not in texts  # the case-sensitive row
            assert "Organisation for the Prohibition of Chemical Weapons" in texts  # longest match first


def test_word_index_from_study_equals_index_of_word_tokens():
    study = make_study(SCALE_BODIES)
    a, b = framing.word_index(study), framing.word_index(study, framing.word_tokens(study))
    assert a.norms == b.norms and a.gap == b.gap
    for column in ["art", "body", "sentence_id", "start", "end", "voice", "lo", "hi"]:
        assert getattr(a, column).tolist() == getattr(b, column).tolist(), column
    assert [a.article_ids[k] for k in a.art] == [b.article_ids[k] for k in b.art]


def test_word_index_codes_are_the_same_from_arrow_and_object_token_columns():
    # Arrow string columns are dictionary-encoded by pyarrow, others factorized by pandas: the same codes.
    study = make_study(SCALE_BODIES)
    as_objects = study.tokens.astype({c: object for c in ("article_id", "text", "norm", "voice")})
    a = framing.word_index(study)
    b = framing.word_index(dataclasses.replace(study, tokens=as_objects))
    assert isinstance(study.tokens["norm"].dtype, pd.StringDtype) and study.tokens["norm"].dtype.storage == "pyarrow"
    assert a.norms == b.norms and a.code_of == b.code_of and len(set(a.code.tolist())) > 10
    for column in ["code", "voice", "art", "start"]:
        assert getattr(a, column).tolist() == getattr(b, column).tolist(), column


def test_gaps_are_joiner_only_separations():
    study = make_study(SCALE_BODIES)
    index = framing.word_index(study)
    for k in range(len(index) - 1):
        if index.art[k] == index.art[k + 1]:
            between = index.raws[index.art[k]][index.end[k] : index.start[k + 1]]
            assert index.gap[k] == (set(between) <= framing.JOINERS), (k, between)


def test_tables_on_articles_with_and_without_bodies_are_traceable_and_deterministic():
    study = make_study(SCALE_BODIES)
    first, second = framing.tables(study), framing.tables(study)
    for name, table in first.items():
        assert table.equals(second[name]), name
        if {"start", "end", "text"} <= set(table.columns):
            check_offsets(study, table)
    mentions = first["mentions"]
    assert "a3" not in set(mentions.loc[mentions["part"] == "body", "article_id"])
    assert {"insurgents", "Militants"} <= set(mentions["text"])


def test_tone_scores_are_the_same_with_a_process_pool(monkeypatch):
    texts = [
        "Rebels attacked a peaceful village.",
        "The talks were a great success.",
        "",
        "No casualties were reported.",
    ] * 3
    monkeypatch.setattr(tone_module, "TONE_POOL_MIN_TEXTS", 2)
    assert tone_module.compound_scores(texts, workers=2) == framing.vader_compound(texts)
    # Published VADER behaviour: a text without lexicon words scores 0.
    assert framing.vader_compound(["the of and"]) == [0.0]


def test_tables_in_batches_write_the_csv_of_the_single_functions(monkeypatch):
    """tables() runs the measures per batch of articles into compact tables.

    The CSV text is the same as each function's on the whole study.
    """
    bodies = {
        **SCALE_BODIES,
        "a5": "Damascus said the “staged” attack by rebels was a lie. Officials were killed by militants in Idlib.",
    }
    study = make_study(bodies, headline="Russia claims rebels “prepare” a staged attack")
    expected = {
        "mentions": framing.mentions(study),
        "stance": framing.stance(study),
        "frames": framing.frame_cues(study),
        "context": framing.context(study),
        "framing_headlines": framing.headlines(study),
        "framing_passives": framing.passives(study),
        "framing_tone": framing.actor_tone(study),
    }
    one_batch = framing.tables(study)
    monkeypatch.setattr(batching, "BATCH_TOKENS", 1)  # one article per batch
    assert framing.article_batches(study) == [[a] for a in sorted(bodies)]
    batched = framing.tables(study)
    # The per-article rates come after the measures, computed from them (analysis.framing.article_rates).
    assert list(batched) == [*expected, "article_rates", "outlet_rates"]
    for name in ("article_rates", "outlet_rates"):
        assert batched[name].equals(one_batch[name]), name
    for name, table in expected.items():
        assert len(table), name  # every table has rows to compare
        exported = framing.exported_table(study, table)
        assert batched[name].to_csv(index=False) == exported.to_csv(index=False), name
        assert batched[name].equals(one_batch[name]), name
        # Compact: text columns as categoricals, integers in 32 bits (nullable where a cell may be empty).
        for column, dtype in batched[name].dtypes.items():
            assert dtype.name in {"category", "int32", "Int32", "float64", "bool"}, (name, column, dtype)
