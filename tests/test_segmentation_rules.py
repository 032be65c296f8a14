"""Segmentation rules of issue 11 (page chrome, bylines, datelines, standfirsts, broken paragraphs)
and the indexed near-duplicate check of issue 16, on invented lines."""

from __future__ import annotations

import random
from difflib import SequenceMatcher

from analysis.segmentation import DATELINE, rules, segment_article
from analysis.segmentation.duplicates import MAX_CANDIDATES, NEAR_DUPLICATE_RATIO, DuplicateIndex
from analysis.segmentation.labelling import comparison_words

P1 = "The harbour council said on Thursday that the new ferry timetable would start in the spring."
P2 = "Residents of the island have asked for more crossings during the winter months, officials said."
P3 = "A spokesman for the operator told reporters the company expected passenger numbers to double."


def kinds(raw: str) -> list[tuple[str, str]]:
    segments = segment_article("t", raw)
    return list(zip(segments["kind"], segments["text"], strict=True))


def test_menu_and_kicker_lines():
    assert rules.menu_line("Home | Ports | Weather | Letters") == "menu: 4 short items joined by separators"
    assert rules.menu_line("Home    Ports    Weather") == "menu: 3 short items joined by separators"
    assert rules.menu_line("Islands – Ferries").startswith("section kicker")
    assert rules.menu_line("Council approves ferry plan – but islanders want more") is None
    assert rules.menu_line(P1) is None


def test_timestamp_lines():
    assert rules.timestamp_line("Wed 3 Mar 2021 07.15 GMT") is not None
    assert rules.timestamp_line("Updated: 9:05 PM EST, February 2, 2020") is not None
    assert rules.timestamp_line("Ferry fares rise by 5%") is None
    assert rules.timestamp_line("Published") is None  # no number


def test_byline_lines():
    assert rules.byline_line("By MARIA OLSEN and TED WARD") == "byline: 'By' and names"
    assert rules.byline_line("J. K. & L. M.") == "byline: reporter initials"
    assert rules.byline_line("Maria Olsen in Tromsø and Ted Ward") == "byline: capitalised names joined by 'and' / 'in'"
    assert rules.byline_line("Ted Ward Transport correspondent") == "byline: names and a job title"
    assert rules.byline_line("Ferry operator cuts winter crossings") is None
    assert rules.byline_line("Islands: Ferry Operator Cuts Winter Crossings") is None


def test_broken_sentence_is_recognised():
    assert rules.continues_on_next_line("The mayor told the local radio station that", '"the ferries will run."')
    assert rules.continues_on_next_line("The mayor told the local radio station", "“the ferries will run.”")
    assert not rules.continues_on_next_line("Ferry operator cuts winter crossings", "The harbour council said ...")


def test_wire_dateline_forms():
    cases = {
        "OSLO, March 4. /NORDPRESS/. The council said it would act.": "OSLO, March 4. /NORDPRESS/.",
        "BERGEN (Nordpress / Agency - 4th March, 2021) - The council said so.": (
            "BERGEN (Nordpress / Agency - 4th March, 2021) -"
        ),
        "TROMSO, Norway (9:30 A.M.) – The council said so.": "TROMSO, Norway (9:30 A.M.) –",
        "The Island Gazette - The council said so.": "The Island Gazette -",
        "ANKARA: The council said so.": "ANKARA:",
    }
    for text, dateline in cases.items():
        found = rules.dateline_prefix(text, DATELINE)
        assert found is not None and found[0] == dateline, text
        assert text[found[1] :].startswith("The council")
    assert rules.dateline_prefix("The council said so - and more.", DATELINE) is None


def test_chrome_above_headline_is_navigation_and_headline_is_nearest_above_prose():
    raw = (
        "The Island Gazette\nYour voice on the fjords since 1921\nHome | Ports | Weather | Letters\nISLANDS\n\n"
        "Ferry operator cuts winter crossings as fuel costs climb\nBy MARIA OLSEN\nWed 3 Mar 2021 07.15 GMT\n\n"
        f"BERGEN (Nordpress) – {P1}\n\n{P2}\n\n{P3}\n"
    )
    got = kinds(raw)
    assert [k for k, _ in got[:4]] == ["navigation"] * 4
    assert got[4] == ("headline", "Ferry operator cuts winter crossings as fuel costs climb")
    assert [k for k, _ in got[5:7]] == ["boilerplate", "boilerplate"]
    assert got[7] == ("dateline", "BERGEN (Nordpress) –")
    assert [k for k, _ in got[8:]] == ["body", "body", "body"]


def test_standfirst_copy_of_first_paragraph_is_the_duplicate():
    raw = f"Ferry operator cuts winter crossings\n\n{P1}\nBy MARIA OLSEN\n\nThe Island Gazette - {P1}\n\n{P2}\n"
    assert [k for k, _ in kinds(raw)] == ["headline", "duplicate", "boilerplate", "dateline", "body", "body"]


def test_standfirst_without_full_stop_below_headline_is_not_the_headline():
    standfirst = "Islanders say the cuts leave them stranded for days when storms close the only road to the mainland"
    raw = f"Ferry operator cuts winter crossings\n{standfirst}\nBy MARIA OLSEN\n\n{P1}\n\n{P2}\n"
    got = kinds(raw)
    assert got[0] == ("headline", "Ferry operator cuts winter crossings")
    assert got[1] == ("body", standfirst)


def test_paragraph_broken_across_lines_is_not_an_appended_story():
    raw = (
        f"Ferry operator cuts winter crossings\n\n{P1}\n\n{P2}\n\n"
        "The deputy mayor told the local radio station that\n"
        '"the island cannot be left without a ferry for three days in a row."\n\n'
        f"{P3}\n"
    )
    assert [k for k, _ in kinds(raw)] == ["headline"] + ["body"] * 5


def test_chrome_after_the_last_paragraph_and_new_widgets():
    raw = (
        f"Ferry operator cuts winter crossings\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
        "Island Gazette writer Ola Berg contributed to this report.\n"
        "You might also like\nHarbour seals return to the old quay\ncomments powered by Chatterbox\n"
    )
    assert [k for k, _ in kinds(raw)][4:] == ["boilerplate"] * 4


def test_licence_text_and_captions():
    raw = (
        "Ferry operator cuts winter crossings\n\n"
        "Passengers queue at the quay in Bergen on Monday. (Gazette/Ola Berg)\n\n"
        f"{P1}\n\n{P2}\n\n"
        "THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.\n"
    )
    assert [k for k, _ in kinds(raw)] == ["headline", "caption", "body", "body", "boilerplate"]


def _brute_force(lines: list[list[str]]) -> list[int | None]:
    """The original all-pairs check: the first earlier line each line repeats (index), or None."""
    found = []
    for i, words in enumerate(lines):
        hit = None
        for j, other in enumerate(lines[:i]):
            if words and words == other:
                hit = j
                break
            if not words or not other:
                continue
            shorter, longer = sorted((len(words), len(other)))
            if shorter / longer < NEAR_DUPLICATE_RATIO:
                continue
            a, b = set(words), set(other)
            if len(a & b) / len(a | b) < NEAR_DUPLICATE_RATIO - 0.1:
                continue
            if SequenceMatcher(None, words, other, autojunk=False).ratio() >= NEAR_DUPLICATE_RATIO:
                hit = j
                break
        found.append(hit)
    return found


def _indexed(lines: list[list[str]]) -> tuple[list[int | None], int]:
    from collections import Counter

    frequency = Counter(word for words in lines for word in set(words))
    index = DuplicateIndex(frequency)
    found = []
    for i, words in enumerate(lines):
        hit = index.find(words)
        found.append(hit[0] if hit else None)
        index.add(words, i, "body")
    return found, index.lookups + index.comparisons


def test_indexed_near_duplicates_equal_the_all_pairs_check():
    rng = random.Random(7)
    vocabulary = [f"w{k}" for k in range(40)]
    lines = []
    for _ in range(300):
        if lines and rng.random() < 0.3:
            copy = list(rng.choice(lines))
            copy[rng.randrange(len(copy))] = rng.choice(vocabulary)  # a near copy (one word changed)
            lines.append(copy)
        else:
            lines.append([rng.choice(vocabulary) for _ in range(rng.randint(8, 20))])
    assert _indexed(lines)[0] == _brute_force(lines)
    page = comparison_words(P1)
    assert _indexed([page, page])[0] == [None, 0]


def _short_lines(n: int, seed: int = 3) -> list[list[str]]:
    """Return ``n`` short invented lines shaped like prose: 1-3 function words and 2-5 content words.

    Function words come from a list of 30, content words from 50,000 (like the words of
    a long page: a few very common, most rare).
    """
    rng = random.Random(seed)
    function = [f"f{k}" for k in range(30)]
    content = [f"c{k}" for k in range(50_000)]
    return [
        rng.sample(function, rng.randint(1, 3)) + [rng.choice(content) for _ in range(rng.randint(2, 5))]
        for _ in range(n)
    ]


def test_doubling_the_lines_at_most_roughly_doubles_the_work():
    small, large = _indexed(_short_lines(5000))[1], _indexed(_short_lines(10_000))[1]
    assert large <= 2.5 * max(small, 1)
    # The all-pairs check makes n(n-1)/2 comparisons: 50 million for 10,000 lines.
    assert large < 2 * 10_000


def test_comparisons_stay_bounded_on_a_tiny_vocabulary():
    rng = random.Random(5)
    lines = [[rng.choice("abcdef") for _ in range(4)] for _ in range(3000)]
    assert _indexed(lines)[1] <= (MAX_CANDIDATES + 1) * len(lines)


def test_broken_paragraph_after_an_inline_widget_is_kept():
    raw = (
        f"Ferry operator cuts winter crossings\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
        "Also read: Island schools close early for the storm\n\n"
        "The deputy mayor asked the company\n"
        '"to keep one crossing a day."\n\n'
        "Share on Facebook\n"
    )
    got = kinds(raw)
    assert [k for k, _ in got][-4:] == ["boilerplate", "body", "body", "boilerplate"]
