"""Round 12 (issue 11): paragraphs broken over several body lines by a page's layout (print editions,
PDFs, hard-wrapped e-mails) are read as one paragraph: sentences, quotations and tokens cross the line
breaks when a line does not end a sentence; offsets stay exact. Invented text."""

from analysis.text import line_runs_on, normalise_token, paragraph_runs, text_records, tokenize

WRAPPED = (
    "The harbour board said on Monday that\n"
    "the new cranes would be deliv-\n"
    "ered in spring, before the season.\n"
    '"We ordered them two years ago and\n'
    'we are still waiting," its chair, Ana\n'
    "Velt, told reporters.\n"
    "What the board said\n"
    "Nobody answered the phone."
)


def _body(raw: str) -> list[tuple[int, int, int]]:
    """Return one body segment per line, as the segmenter gives for a print edition."""
    segments, start = [], 0
    for index, line in enumerate(raw.split("\n")):
        segments.append((index, start, start + len(line)))
        start += len(line) + 1
    return segments


def test_line_runs_on_cases() -> None:
    raw = "said that\nthe cranes\nwould be deliv-\nered,\nWhat the board said\nNobody. Here\nThere"
    breaks = [i for i, c in enumerate(raw) if c == "\n"]
    assert [line_runs_on(raw, b, b + 1) for b in breaks] == [True, True, True, True, False, False]


def test_blank_line_ends_the_paragraph() -> None:
    raw = "the board said that\n\nthe cranes arrived."
    assert not line_runs_on(raw, 19, 21)


def test_paragraph_runs_join_wrapped_lines() -> None:
    runs = paragraph_runs(WRAPPED, _body(WRAPPED))
    quote, heading, last = WRAPPED.find('"We'), WRAPPED.find("What"), WRAPPED.find("Nobody")
    assert [(s, e) for s, e, _ in runs] == [
        (0, quote - 1),
        (quote, heading - 1),
        (heading, last - 1),
        (last, len(WRAPPED)),
    ]
    assert [segment_id for segment_id, _ in runs[1][2]] == [3, 4, 5]


def test_sentences_and_quotes_cross_line_breaks() -> None:
    records = text_records("a", WRAPPED, _body(WRAPPED))
    sentences = [(row[2], row[5]) for row in records["sentences"]]
    quote, heading = WRAPPED.find('"We'), WRAPPED.find("What")
    assert sentences[0] == (0, WRAPPED[: quote - 1])
    assert sentences[1] == (3, WRAPPED[quote : heading - 1])
    for row in records["sentences"]:
        assert WRAPPED[row[3] : row[4]] == row[5]
    (quote,) = records["quotes"]
    assert quote[4] == "We ordered them two years ago and\nwe are still waiting,"
    assert quote[8] is True


def test_hyphenated_half_is_one_token_with_exact_offsets() -> None:
    assert "deliv-\nered" in tokenize("would be deliv-\nered in")
    assert tokenize("Vos-\nKresenskaya") == ["Vos", "-", "Kresenskaya"]
    assert normalise_token("ac-\ncused") == "accused"
    records = text_records("a", WRAPPED, _body(WRAPPED))
    tokens = records["tokens"][0]
    for start, end, text in zip(tokens["start"], tokens["end"], tokens["text"], strict=True):
        assert WRAPPED[start:end] == text


def test_quotation_on_its_own_line_is_a_paragraph() -> None:
    raw = (
        "As one harbour pilot put it,\n“The tide decides, not the board.”\n"
        "A line that ends on the\n“quoted words” runs on."
    )
    breaks = [i for i, c in enumerate(raw) if c == "\n"]
    assert [line_runs_on(raw, b, b + 1) for b in breaks] == [False, False, True]


def test_sentence_ends_after_a_footnote_marker() -> None:
    raw = 'The board said the fee "will hurt us most".[2] According to the union, rents rose. It met.³ Then it ended.'
    records = text_records("a", raw, [(0, 0, len(raw))])
    assert [row[5] for row in records["sentences"]] == [
        'The board said the fee "will hurt us most".[2]',
        "According to the union, rents rose.",
        "It met.³",
        "Then it ended.",
    ]


def test_straight_quote_opening_a_sentence_stays_with_it() -> None:
    raw = 'The chair spoke by phone. "We wait," she said. "Then we sail."'
    records = text_records("a", raw, [(0, 0, len(raw))])
    assert [row[5] for row in records["sentences"]] == [
        "The chair spoke by phone.",
        '"We wait," she said.',
        '"Then we sail."',
    ]
