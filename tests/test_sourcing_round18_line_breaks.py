"""Round 18 (issue 11): Windows (CR LF) line ends read like LF ones. Sentences, quotations and contents that run
over a wrapped line cross a CR LF break as they cross an LF one, with the offsets of the raw text (its CRs kept);
one shared definition of a line break (``analysis.text``) serves them all. Invented text."""

from __future__ import annotations

from analysis import sourcing
from analysis.sourcing.resolution import TURN_LABEL
from analysis.sourcing.self_name import COPYRIGHT
from analysis.sourcing.speakers import _unbroken
from analysis.text import (
    LINE_BREAK,
    has_line_break,
    line_break_count,
    line_end,
    line_runs_on,
    line_start,
    normalise_token,
    tokenize,
)
from conftest import INVENTED_TOP, make_study

# A mixed quotation wrapped over a line, a word hyphenated at a line end, a name broken over two lines and a
# second quotation on a paragraph of its own (floating: it goes to the speaker before it).
PARAGRAPHS = [
    'The port director, Mara Quell, said the dredging was "far behind\nthe schedule we were prom-\nised" by the'
    " contractor.",
    '"We cannot keep the channel open with two boats," the union\'s secretary, Tobin\nAsquith, told reporters.',
    '"Every week of delay costs the fishing fleet its best catch."',
]


def _rows(line_end_chars: str) -> list[tuple[str, str, str]]:
    """Return (content with its CRs dropped, speaker, mode) of every attribution of the invented article whose
    line ends are ``line_end_chars``; each content is checked against the raw text's offsets first."""
    raw = (INVENTED_TOP + "\n\n".join(PARAGRAPHS) + "\n").replace("\n", line_end_chars)
    found = sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))
    for row in found.itertuples():
        assert raw[row.content_start : row.content_end] == row.content
    return [(row.content.replace("\r", ""), row.source, row.mode) for row in found.itertuples()]


def test_crlf_line_ends_give_the_attributions_of_lf_ones() -> None:
    plain = _rows("\n")
    assert [mode for _, _, mode in plain] == ["mixed", "direct", "floating"]
    assert plain[0][0].endswith("by the contractor")
    assert _rows("\r\n") == plain


def test_a_line_break_is_lf_crlf_or_a_lone_cr() -> None:
    raw = "one\r\ntwo\rthree\nfour"
    assert [m.group() for m in LINE_BREAK.finditer(raw)] == ["\r\n", "\r", "\n"]
    assert line_break_count(raw) == 3
    assert has_line_break("a\rb") and not has_line_break("a b")
    assert [line_start(raw, raw.find(word)) for word in ("one", "two", "three", "four")] == [0, 5, 9, 15]
    assert line_start(raw, raw.find("two") + 2) == 5
    assert line_end(raw, 0) == 3 and line_end(raw, 5) == 8 and line_end(raw, 15) == -1


def test_a_crlf_break_joins_wrapped_lines_and_hyphenated_words() -> None:
    raw = "the cranes would be deliv-\r\nered in spring,\r\nthen"
    assert line_runs_on(raw, raw.find("\r"), raw.find("ered"))
    assert line_runs_on(raw, raw.find(",") + 1, raw.find("then"))
    assert not line_runs_on("said that\r\n\r\nthe cranes", 9, 13)
    token = tokenize(raw)[4]
    assert token == "deliv-\r\nered" and normalise_token(token) == "delivered"
    assert normalise_token("deliv-\rered") == "delivered"


def test_line_bounded_patterns_stop_at_any_line_break() -> None:
    for brk in ("\n", "\r\n", "\r"):
        found = COPYRIGHT.search(f"© 2022 Harbour Gazette{brk}Contact us")
        assert found is not None and found.group("name") == "Harbour Gazette"
        text = f"Intro line{brk}Ana Ruiz: We will reopen.{brk}Bo Lind: Not yet."
        assert [match.group(1) for match in TURN_LABEL.finditer(text)] == ["Ana Ruiz", "Bo Lind"]
        assert _unbroken(f"Irina Vos-{brk}kresenskaya") == "Irina Voskresenskaya"
        assert _unbroken(f"Maj. Gen.{brk}Ivo Lant") == "Maj. Gen. Ivo Lant"
