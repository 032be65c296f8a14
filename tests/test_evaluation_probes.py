"""Layout probes of the evaluation (issue 11): a re-laid page keeps every gold line and span matchable."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import cli
from analysis.evaluation.gold import load_page, raw_lines
from analysis.evaluation.probes import PROBES, check_page, probe_names, probe_pages, relaid_page
from analysis.evaluation.run import summarise
from analysis.evaluation.scoring import attribution_counts, dateline_counts, headline_counts, line_counts

# Two invented pages (not gold text): a menu, a headline, a dateline paragraph, a quotation that runs over
# two lines, a caption; the second page has an indented line, a double blank and a trailing blank line.
PAGE_ONE = """Front | Towns | Weather
Ferry crews vote to stop work on Monday

HARBOURVILLE, June 4 — The crews of the island ferries voted to stop work, the union said.
"We have waited two winters for the new boats," a deckhand said,
"and the boats are still on paper."
Photo: the north quay at dawn
"""
PAGE_TWO = """Regional desk

Library reopens after the flood
  The library reopened on Friday after the river flood, the council said.


"Every shelf was dried by hand," the librarian said.
Share this story

"""
ANNOTATION_ONE = """page: one
house_style: toy_a
story: toy_story
outlet: Toy Post
publication_date: 2021-06-04
lines:
  - {text: "Front | Towns | Weather", kind: navigation}
  - {text: "Ferry crews vote to stop work on Monday", kind: headline}
  - {text: "HARBOURVILLE, June 4 — The crews of the island ferries voted to stop work, the union said.", kind: body}
  - {text: "\\"We have waited two winters for the new boats,\\" a deckhand said,", kind: body}
  - {text: "\\"and the boats are still on paper.\\"", kind: body}
  - {text: "Photo: the north quay at dawn", kind: caption}
headline: "Ferry crews vote to stop work on Monday"
dateline: "HARBOURVILLE, June 4 —"
attributions:
  - {content: "The crews of the island ferries voted to stop work", speaker: the union, source: union,
     cue: said, mode: indirect}
  - {content: "We have waited two winters for the new boats,\\" a deckhand said,\\n\\"and the boats are still on paper",
     speaker: a deckhand, source: deckhand, cue: said, mode: direct}
"""
ANNOTATION_TWO = """page: two
house_style: toy_b
story: toy_story
outlet: Toy Courier
publication_date: 2021-06-05
lines:
  - {text: "Regional desk", kind: navigation}
  - {text: "Library reopens after the flood", kind: headline}
  - {text: "The library reopened on Friday after the river flood, the council said.", kind: body}
  - {text: "\\"Every shelf was dried by hand,\\" the librarian said.", kind: body}
  - {text: "Share this story", kind: boilerplate}
headline: "Library reopens after the flood"
dateline: null
attributions:
  - {content: "The library reopened on Friday after the river flood", speaker: the council, source: council,
     cue: said, mode: indirect}
  - {content: "Every shelf was dried by hand", speaker: the librarian, source: librarian, cue: said, mode: direct}
"""
# A layout-blind toy extractor: a line's kind and an attribution's content read from the words alone.
SAID = re.compile(r"(?:\"(?P<quote>[^\"\r\n]+?),?\"|(?P<claim>[A-Z][^,\"\r\n]+?),) (?:the|a) (?P<who>\w+) said")
DATELINE = re.compile(r"^[A-Z]+, [A-Z][a-z]+ \d+ —")


def _toy_pages(tmp_path):
    pages = []
    for stem, text, annotation in (("one", PAGE_ONE, ANNOTATION_ONE), ("two", PAGE_TWO, ANNOTATION_TWO)):
        (tmp_path / f"{stem}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{stem}.yml").write_text(annotation, encoding="utf-8")
        pages.append(load_page(tmp_path / f"{stem}.yml", "dev"))
    return pages


def _toy_kind(number: int, text: str) -> str:
    if number == 1:
        return "headline"
    return "body" if text.endswith((".", ",", '"')) else "navigation"


def _toy_segments(raw: str) -> pd.DataFrame:
    """Return line segments (a dateline split off its paragraph), each kind read from the line's words only."""
    rows = []
    for number, (start, end, text) in enumerate(raw_lines(raw)):
        kind = _toy_kind(number, text)
        dateline = DATELINE.match(text) if kind == "body" else None
        if dateline:
            rows.append({"start": start, "end": start + dateline.end(), "kind": "dateline", "text": dateline.group()})
            start += dateline.end()
        rows.append({"start": start, "end": end, "kind": kind, "text": raw[start:end]})
    return pd.DataFrame(rows)


def _toy_attributions(raw: str) -> pd.DataFrame:
    rows = []
    for match in SAID.finditer(raw):
        group = "quote" if match.group("quote") else "claim"
        mode = "direct" if group == "quote" else "indirect"
        rows.append(
            {
                "content_start": match.start(group),
                "content_end": match.end(group),
                "source": match.group("who"),
                "affiliation": "unknown",
                "mode": mode,
            }
        )
    return pd.DataFrame(rows, columns=["content_start", "content_end", "source", "affiliation", "mode"])


def _toy_scores(pages) -> pd.DataFrame:
    rows = []
    for page in pages:
        segments = _toy_segments(page.raw)
        page_rows = line_counts(page, segments) + dateline_counts(page, segments) + headline_counts(page, segments)
        page_rows += attribution_counts(page, _toy_attributions(page.raw))
        rows += [{"page": page.stem, **row} for row in page_rows]
    summary = summarise(pd.DataFrame(rows))
    return summary[["area", "group", "tp", "n_pred", "n_gold"]].reset_index(drop=True)


@pytest.mark.parametrize("name", sorted(PROBES))
def test_a_probe_keeps_every_gold_line_and_span_matchable(tmp_path, name):
    pages = _toy_pages(tmp_path)
    relaid, problems = probe_pages(pages, name)
    assert problems == []
    for old, new in zip(pages, relaid, strict=True):
        assert [line["text"] for line in new.lines] == [line["text"] for line in old.lines]
        assert [line["kind"] for line in new.lines] == [line["kind"] for line in old.lines]
        assert [new.raw[line["start"] : line["end"]] for line in new.lines] == [line["text"] for line in old.lines]
        for gold in new.attributions:
            assert new.raw[gold["start"] : gold["end"]].split() == gold["content"].split()


@pytest.mark.parametrize("name", sorted(PROBES))
def test_a_layout_blind_extractor_scores_the_same_under_every_probe(tmp_path, name):
    pages = _toy_pages(tmp_path)
    plain = _toy_scores(pages)
    # The toy extractor is not perfect (caption and share line called navigation; the two-line quotation
    # found only in its first line, too little to match): equal scores then mean the errors moved with the text.
    body = plain[plain["area"] == "body_kept"].iloc[0]
    attribution = plain[(plain["area"] == "attribution") & (plain["group"] == "all")].iloc[0]
    assert (body["tp"], body["n_gold"]) == (5, 5)
    assert (attribution["tp"], attribution["n_pred"], attribution["n_gold"]) == (3, 4, 4)
    relaid, _ = probe_pages(pages, name)
    pd.testing.assert_frame_equal(_toy_scores(relaid), plain)


def test_crlf_puts_a_cr_before_every_lf_and_indent_two_spaces_before_every_line():
    raw = "Alpha line\n\n  Beta line\n"
    assert PROBES["crlf"](raw)[0] == "Alpha line\r\n\r\n  Beta line\r\n"
    assert PROBES["indent"](raw)[0] == "  Alpha line\n\n    Beta line\n"
    assert PROBES["blank-lines"](raw)[0] == "Alpha line\n\n  Beta line"
    assert PROBES["no-blank-lines"](raw)[0] == "Alpha line\n  Beta line"


def test_the_position_map_sends_every_kept_character_to_the_same_character():
    raw = "One\n\n\nTwo words\n  Three\n"
    for layout in PROBES.values():
        new, positions = layout(raw)
        assert len(positions) == len(raw) + 1
        assert all(new[positions[i]] == raw[i] for i in range(len(raw)) if not raw[i].isspace())


def test_a_span_moved_onto_other_text_is_reported(tmp_path):
    page = _toy_pages(tmp_path)[1]
    broken = relaid_page(page, lambda raw: ("X" + raw, list(range(len(raw) + 1))))
    assert check_page(page, broken)


def test_probe_names_expand_all_and_refuse_unknown_names():
    assert probe_names(["all"]) == list(PROBES)
    assert probe_names(["indent", "crlf"]) == ["crlf", "indent"]
    with pytest.raises(ValueError):
        probe_names(["sideways"])


def test_the_command_line_offers_every_probe():
    parser = cli.build_parser()
    args = parser.parse_args(["evaluate", "--probe", "crlf", "--probe", "indent"])
    assert args.probe == ["crlf", "indent"]
    assert parser.parse_args(["evaluate"]).probe is None
    for name in [*PROBES, "all"]:
        assert parser.parse_args(["evaluate", "--probe", name]).probe == [name]


def test_evaluate_scores_each_probe_and_writes_one_csv_with_a_probe_column(tmp_path, capsys):
    (tmp_path / "dev").mkdir()
    _toy_pages(tmp_path / "dev")
    out = tmp_path / "probes.csv"
    code = cli.main(["evaluate", "--pages", str(tmp_path), "--part", "dev", "--probe", "crlf", "--out", str(out)])
    assert code == 0
    assert "probe crlf: 2 page(s) of dev" in capsys.readouterr().out
    written = pd.read_csv(out)
    assert set(written["probe"]) == {"crlf"}
    assert written.loc[written["area"] == "body_kept", "n_gold"].tolist() == [5]
