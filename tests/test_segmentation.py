"""Segmentation: every rule on small invented pages, the seeds, manual labels, offsets."""

from __future__ import annotations

import pandas as pd

from analysis.segmentation import SEGMENT_KINDS, apply_manual_labels, disagreements, segment_article, split_lines

PROSE = "This is a full sentence of running prose that reports what officials said on Monday."
PROSE2 = "Another paragraph of reporting follows here, long enough to read as a sentence."


def kinds(raw: str) -> list[tuple[str, str]]:
    segments = segment_article("a", raw)
    return list(zip(segments["kind"], segments["text"], strict=True))


def test_split_lines_groups_lines_without_blank_line_into_one_block():
    lines = split_lines("One\nTwo\n\n  Three \u00a0\n")
    assert [(line.text, line.block) for line in lines] == [("One", 0), ("Two", 0), ("Three", 1)]
    assert "One\nTwo\n\n  Three \u00a0\n"[lines[2].start : lines[2].end] == "Three"


def test_headline_then_repeated_headline_is_a_duplicate():
    raw = f"Ministers meet to discuss budget\n\nMinisters meet to discuss budget\n\n{PROSE}\n\n{PROSE2}\n"
    assert [k for k, _ in kinds(raw)] == ["headline", "duplicate", "body", "body"]
    reason = segment_article("a", raw)["reason"].iat[1]
    assert reason == "repeats the headline at 0-32"


def test_near_duplicate_paragraph_is_found_and_distinct_paragraph_is_not():
    near = PROSE.replace("Monday", "Mondays")
    raw = f"A headline for the story\n\n{PROSE}\n\n{near}\n\n{PROSE2}\n"
    segments = segment_article("a", raw)
    assert list(segments["kind"]) == ["headline", "body", "duplicate", "body"]
    assert "nearly repeats" in segments["reason"].iat[2]


def test_dateline_is_split_off_the_first_paragraph_only():
    second = "LONDON: not a dateline in the second paragraph here."
    raw = f"A headline for the story\n\nBEIRUT, Lebanon (AP) — {PROSE}\n\n{second}\n"
    segments = segment_article("a", raw)
    assert list(segments["kind"]) == ["headline", "dateline", "body", "body"]
    assert segments["text"].iat[1] == "BEIRUT, Lebanon (AP) —"
    assert segments["text"].iat[2] == PROSE


def test_lower_case_opening_is_not_a_dateline():
    raw = f"A headline for the story\n\nOfficials: {PROSE}\n"
    assert [k for k, _ in kinds(raw)] == ["headline", "body"]


def test_photo_credit_lines_and_their_block_are_captions():
    raw = (
        "Section / Politics\n\nA headline for the story\n\n"
        "A man walks past a damaged building in the city on Tuesday. (Reuters photo)\n"
        "Smoke rises over the old town.\n\n"
        f"{PROSE}\n\nA soldier stands guard. Photo: Jane Doe\n\nPhoto by John Roe\n\n{PROSE2}\n"
    )
    segments = segment_article("a", raw)
    assert list(segments["kind"]) == ["navigation", "headline", "caption", "caption", "body", "body", "caption", "body"]
    assert segments["reason"].iat[3].startswith("in the same block as a photo credit")


def test_credit_at_end_of_slash_is_a_caption():
    raw = f"A headline for the story\n\n{PROSE}\n\nProtesters march in the capital / AFP\n\n{PROSE2}\n"
    assert [k for k, _ in kinds(raw)][2] == "caption"


def test_footer_vocabulary_and_what_follows_it_is_boilerplate():
    raw = (
        f"A headline for the story\n\n{PROSE}\n\n{PROSE2}\n\nA third paragraph closes the story with one more fact.\n\n"
        "Share this article\n\nCopyright 2020 Example Media. All rights reserved.\n\nTerms | Privacy\n"
    )
    assert [k for k, _ in kinds(raw)] == [
        "headline",
        "body",
        "body",
        "body",
        "boilerplate",
        "boilerplate",
        "boilerplate",
    ]


def test_stray_short_line_in_the_body_is_boilerplate():
    raw = f"A headline for the story\n\n{PROSE}\n\nAdvertisement\n\n{PROSE2}\n"
    segments = segment_article("a", raw)
    assert list(segments["kind"]) == ["headline", "body", "boilerplate", "body"]


def test_headline_like_line_after_the_body_starts_an_appended_story():
    raw = (
        f"First story headline goes here\n\n{PROSE}\n\n{PROSE2}\n\n"
        "Flood waters rise across three northern river towns\n\n"
        "Rivers in the north burst their banks overnight, officials said on Sunday.\n\n"
        "Hundreds of families were moved to schools and halls by the emergency services.\n"
    )
    segments = segment_article("a", raw)
    assert list(segments["kind"]) == ["headline", "body", "body", "appended", "appended", "appended"]
    assert set(segments.loc[segments["kind"] == "appended", "document_id"]) == {"a.appended1"}
    assert set(segments.loc[segments["kind"] != "appended", "document_id"]) == {"a"}


def test_short_subhead_is_not_taken_for_a_new_story():
    raw = f"First story headline goes here\n\n{PROSE}\n\n{PROSE2}\n\nWhat comes next\n\n{PROSE}.\n\n{PROSE2} Yes.\n"
    assert "appended" not in [k for k, _ in kinds(raw)]


def test_every_non_blank_character_is_in_exactly_one_segment_and_text_matches(seed_study):
    for article_id, raw in seed_study.raw.items():
        segments = seed_study.segments[seed_study.segments["article_id"] == article_id]
        covered = [0] * len(raw)
        for start, end, text in zip(segments["start"], segments["end"], segments["text"], strict=True):
            assert raw[start:end] == text
            for i in range(start, end):
                covered[i] += 1
        assert all(c <= 1 for c in covered)
        assert all(covered[i] == 1 or raw[i].isspace() for i in range(len(raw)))
        assert set(segments["kind"]) <= SEGMENT_KINDS


def test_seed_noise_is_labelled(seed_study):
    """Expected labels established by reading the two seed pages (see shared/seeds/README.md)."""
    seg = seed_study.segments
    arab, press = "000_345b2e44d5a31b57", "002_d1b1ec985e664fd8"
    a = seg[seg["article_id"] == arab]
    assert list(a["kind"][:3]) == ["headline", "duplicate", "dateline"]
    assert a["text"].iat[2] == "ANKARA:"
    assert list(a["kind"][-2:]) == ["boilerplate", "boilerplate"]
    p = seg[seg["article_id"] == press]
    assert list(p["kind"][:4]) == ["navigation", "headline", "caption", "caption"]
    appended = p[p["kind"] == "appended"]
    assert appended["text"].iat[0].startswith("US sends truckloads")
    assert list(p["kind"][-2:]) == ["boilerplate", "boilerplate"]
    body_text = " ".join(seg.loc[seg["kind"] == "body", "text"])
    for noise in ("Add a Comment", "Ilhan Omar", "alternate addresses", "convoy of 38 trucks", "wreaking havoc"):
        assert noise not in body_text


def test_manual_labels_win_and_disagreements_are_listed():
    raw = f"A headline for the story\n\n{PROSE}\n\n{PROSE2}\n"
    rules = segment_article("a", raw)
    start = raw.index(PROSE2)
    labels = pd.DataFrame(
        [{"article_id": "a", "start": start, "end": start + len(PROSE2), "kind": "caption", "note": "really a caption"}]
    )
    segments = apply_manual_labels(rules, labels, raw)
    assert list(segments["kind"]) == ["headline", "body", "caption"]
    assert list(segments["origin"]) == ["rule", "rule", "manual"]
    table = disagreements(segments)
    assert list(zip(table["kind"], table["rule_kind"], strict=True)) == [("caption", "body")]


def test_manual_label_can_cut_a_rule_segment():
    raw = f"A headline for the story\n\n{PROSE}\n"
    rules = segment_article("a", raw)
    cut = raw.index("that reports")
    labels = pd.DataFrame([{"article_id": "a", "start": cut, "end": len(raw) - 1, "kind": "boilerplate", "note": ""}])
    segments = apply_manual_labels(rules, labels, raw)
    assert list(segments["kind"]) == ["headline", "body", "boilerplate"]
    assert segments["text"].iat[1] == PROSE[: PROSE.index("that reports")].strip()
    assert segments["reason"].iat[2] == "manual label"
