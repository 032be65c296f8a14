"""The evaluation of cleaning, attribution and voice against hand-annotated pages (issue 11)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.evaluation.gold import GoldError, load_page, load_pages
from analysis.evaluation.metrics import prf, score
from analysis.evaluation.voices import gold_voice, inside_quotation_marks
from conftest import REPO

PAGES = REPO / "tests" / "gold" / "pages"

PAGE = """Home | World
Russia says militants plan attack

BEIRUT (AP) — Russia said militants were preparing an attack.
"It is untrue," she said.
"""
ANNOTATION = """page: p
house_style: test
story: test_story
outlet: Test
publication_date: 2020-01-01
lines:
  - {text: "Home | World", kind: navigation}
  - {text: "Russia says militants plan attack", kind: headline}
  - {text: "BEIRUT (AP) — Russia said militants were preparing an attack.", kind: body}
  - {text: "\\"It is untrue,\\" she said.", kind: body}
headline: "Russia says militants plan attack"
dateline: "BEIRUT (AP) —"
attributions:
  - {content: "militants were preparing an attack", speaker: Russia, source: Russia, cue: said, mode: indirect}
  - {content: "It is untrue", speaker: she, source: Jane Roe, cue: said, mode: direct}
"""


def _page(tmp_path, annotation: str = ANNOTATION):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "p.yml").write_text(annotation, encoding="utf-8")
    return load_page(tmp_path / "p.yml", "dev")


def test_gold_spans_are_found_by_text_with_offsets(tmp_path):
    page = _page(tmp_path)
    first = page.attributions[0]
    assert page.raw[first["start"] : first["end"]] == "militants were preparing an attack"
    assert page.raw[page.dateline["start"] : page.dateline["end"]] == "BEIRUT (AP) —"
    assert [line["kind"] for line in page.lines] == ["navigation", "headline", "body", "body"]


def test_an_annotation_that_does_not_fit_its_text_is_one_line_per_problem(tmp_path):
    bad = ANNOTATION.replace("were preparing an attack", "prepared an attack").replace("kind: navigation", "kind: menu")
    with pytest.raises(GoldError) as err:
        _page(tmp_path, bad)
    assert any("not in the text" in p for p in err.value.problems)
    assert any("'menu' is not one of" in p for p in err.value.problems)


def test_precision_recall_f1_and_undefined_ratios():
    assert prf(3, 4, 6) == (0.75, 0.5, 0.6)
    precision, recall, _ = prf(0, 0, 5)
    assert math.isnan(precision) and recall == 0.0


def test_bootstrap_intervals_are_deterministic_and_bracket_the_estimate():
    counts = pd.DataFrame({"tp": [3, 5, 0, 4], "n_pred": [4, 5, 2, 4], "n_gold": [5, 6, 1, 4]})
    first, second = score(counts), score(counts)
    assert first == second
    assert first["precision"] == 12 / 15
    assert first["precision_low"] <= first["precision"] <= first["precision_high"]


def test_gold_voice_tells_narration_paraphrase_and_quotation(tmp_path):
    page = _page(tmp_path)
    raw = page.raw
    assert gold_voice(raw, raw.index("Russia said"), page.attributions) == "narration"
    assert gold_voice(raw, raw.index("militants were"), page.attributions) == "paraphrase"
    assert gold_voice(raw, raw.index("untrue"), page.attributions) == "quotation"
    assert not inside_quotation_marks(raw, raw.index("she said"))


def test_quotation_marks_of_other_languages_close_with_their_own_closers():
    # German „…“ closes on the mark English opens with; French « … »; Danish »…«; Swedish »…».
    lines = {
        "Er sprach von „Hilfe“ und sagte X.": "Hilfe",
        "Il parla d'« aide » et dit X.": "aide",
        "Han talte om »hjælp« og X.": "hjælp",
        "Han talade om »hjälp» och X.": "hjälp",
        "He spoke of “help” and said X.": "help",
    }
    for line, quoted in lines.items():
        assert inside_quotation_marks(line, line.index(quoted))
        assert not inside_quotation_marks(line, line.index("X"))


def test_the_committed_pages_are_valid_and_split_by_house_style():
    pages, problems = load_pages(PAGES)
    assert problems == []
    parts = {page.part for page in pages}
    assert parts == {"dev", "heldout"}
    assert len(pages) >= 40 and len({page.meta["house_style"] for page in pages}) >= 10
    assert len({page.meta["story"] for page in pages}) >= 3


def test_contents_that_share_most_words_but_start_apart_are_matched(tmp_path):
    from analysis.evaluation.scoring import match_attributions

    page = _page(tmp_path)
    raw = page.raw
    start = raw.index("were preparing")  # the prediction starts one word later than the gold
    predicted = pd.DataFrame({"content_start": [start], "content_end": [page.attributions[0]["end"]]})
    assert match_attributions(page, predicted) == [(0, 0)]


def test_quotation_marks_written_as_entities_count_as_marks():
    """Round 21: a scrape that kept its HTML writes its marks as entities; the gold voice reads them as the text
    layer does (invented line)."""
    raw = "<p>The ferry union called the offer &#8220;an insult to the crews&#8221; on Monday.</p>\n"
    assert inside_quotation_marks(raw, raw.index("insult"))
    assert not inside_quotation_marks(raw, raw.index("Monday"))
    straight = "The mayor said &quot;the pier is safe&quot; before the storm.\n"
    assert inside_quotation_marks(straight, straight.index("pier"))
    assert not inside_quotation_marks(straight, straight.index("storm"))
