"""The text layer: sentences, tokens and quotation spans of body text.

Every row carries ``article_id`` and ``start``/``end`` offsets into the raw
text (Python string indices, i.e. Unicode code points), so that
``raw[start:end] == text`` always holds. Sentence splitting uses NLTK's Punkt
algorithm with parameters set here (no downloaded model); tokenising uses one
documented regular expression (the same matches NLTK's ``RegexpTokenizer`` gives).
Body lines that a page's layout wrapped (print editions, PDFs, hard-wrapped e-mails)
are read as one paragraph while a line does not end a sentence (``paragraph_runs``),
so that sentences and quotations cross the line breaks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from importlib import resources
from itertools import chain

import numpy as np
import pandas as pd
import pyarrow as pa
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

SENTENCE_COLUMNS = ["article_id", "sentence_id", "segment_id", "start", "end", "text"]
TOKEN_COLUMNS = ["article_id", "sentence_id", "token_id", "start", "end", "text", "norm", "is_word", "voice"]
QUOTE_COLUMNS = [
    "article_id",
    "quote_id",
    "start",
    "end",
    "text",
    "depth",
    "parent_quote_id",
    "open_mark",
    "closed",
    "spans_paragraphs",
]
# The dtype ``astype(str)`` gives (Arrow-backed strings, NaN as missing), for arrays built from Arrow directly.
STR_DTYPE = pd.array([], dtype=str).dtype

# One line break, the single definition that sentence, quotation and attribution code share: LF (Unix), CR LF
# (every file saved on Windows) or a lone CR (old Mac files). Raw text is immutable and offsets index it with its
# CRs, so code asks these helpers where a line starts or ends instead of looking for LF alone (issue 11).
LINE_BREAK_PATTERN = r"(?:\r\n?|\n)"
LINE_BREAK = re.compile(LINE_BREAK_PATTERN)
# The characters of a line break, for ``str.strip`` and character classes ("[^\\S\\r\\n]": a space inside a line).
LINE_BREAK_CHARS = "\r\n"
# A line's start and end in a pattern compiled with ``re.MULTILINE``, whose ``^`` and ``$`` know LF alone: after or
# before any line break (a CR of a CR LF is no line end of its own), or at the text's start or end.
LINE_START_PATTERN = r"(?:^|(?<=\r)(?!\n))"
LINE_END_PATTERN = r"(?=[\r\n]|\Z)"

# Tokens, in order of preference: initialisms (U.S.), numbers (350,000; 3.5;
# 90%), words with inner hyphens or apostrophes (al-Sham, Hay'at, don't) but
# not a possessive 's, the possessive 's itself, and any other single
# non-space character (punctuation). A word hyphenated at a line's end before
# a lower-case letter ("accu-" / "sation" in a print edition's text layer) is
# one token, line break (LINE_BREAK_PATTERN) included, so that offsets stay exact.
TOKEN_PATTERN = r"""(?x)
    (?:[^\W\d_]\.){2,}
  | \d+(?:[.,:]\d+)*%?
  | [^\W_]+(?:(?:[-'’](?![sS]\b)|-(?:\r\n?|\n)(?=[a-zß-öø-ÿ]))[^\W_]+)*
  | ['’][sS]\b
  | [^\w\s]
"""
# Compiled with the standard library: NLTK 3.10 runs every regex through a
# timeout-guarded third-party engine (its ReDoS backstop), which made
# tokenising five times slower. Our patterns are fixed and linear, so the
# guard buys nothing here; the matches are the same.
TOKENIZER = re.compile(TOKEN_PATTERN)
# TOKEN_PATTERN preceded by the stretch it skips: every character but white space and "_" starts a
# token (letters and digits the word branch, anything else the last), so ``findall`` returns each
# token with the gap before it, from whose lengths the offsets follow (see _token_columns). Text and
# offsets without a Match object per token: 0.35 s less CPU per 1,000 bench articles (1.77 -> 1.42).
TOKEN_AFTER_GAP = re.compile(r"(?x)([\s_]*)(" + TOKEN_PATTERN.removeprefix("(?x)") + ")")
WORD_TOKEN = re.compile(r"[^\W_]", re.UNICODE)

OPENING_DOUBLE = {"“": "”", "«": "»", "„": "”"}
CLOSING_DOUBLE = {"”", "»"}
# Marks that open a double quote in some language's convention (» opens German and Danish »…« and
# Swedish »…»), and so may sit at the bottom of a double quote on the stack.
DOUBLE_OPENERS = {"“", "«", "„", "»"}
# The low openers of German, Polish, Czech ... texts and the marks that close them there ("„…“",
# "„…”", "‚…‘"): after a low opener, “ and ‘ close instead of opening a nested quote.
LOW_OPENERS = {"„": "“", "‚": "‘"}
QUOTE_MARKS = re.compile(r"[“”«»„‚\"‘’]")
# Quotations nested deeper than this are paired (so that the marks around them close the right
# quotes) but not recorded: each recorded level repeats the text of the levels inside it, so
# unbounded nesting ("“““…”””") made the quotes table quadratic in the article's length; with
# the cap it holds at most MAX_QUOTE_DEPTH times the body text. Real text nests two or three deep.
MAX_QUOTE_DEPTH = 4
# Closing quotes and brackets Punkt leaves at the start of the next sentence, and a footnote marker after a
# sentence's end ('... the most".[4] According to ...'). A straight double quote is moved only when the
# quotation finder paired it as a closer (``closers``): it opens the next quotation as often
# ('... told the Courier by telephone. "Every time ...').
LEADING_CLOSERS = re.compile(r"^(?:[”’')\]»]|\[\d{1,3}\](?=\s)|[¹²³⁴-⁹⁰]+(?=\s))+")


class StdlibPunktLanguageVars(PunktLanguageVars):
    """Punkt's English language variables with its patterns compiled by ``re`` (same patterns, faster)."""

    re_boundary_realignment = re.compile(PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

    def _word_tokenizer_re(self) -> re.Pattern:
        if "_stdlib_word_re" not in self.__dict__:
            fmt = {
                "NonWord": self._re_non_word_chars,
                "MultiChar": self._re_multi_char_punct,
                "WordStart": self._re_word_start,
            }
            self._stdlib_word_re = re.compile(self._word_tokenize_fmt % fmt, re.UNICODE | re.VERBOSE)
        return self._stdlib_word_re

    def period_context_re(self) -> re.Pattern:
        if "_stdlib_period_re" not in self.__dict__:
            fmt = {"NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars}
            self._stdlib_period_re = re.compile(self._period_context_fmt % fmt, re.UNICODE | re.VERBOSE)
        return self._stdlib_period_re


class StdlibPunktToken(PunktToken):
    """Punkt's token with its patterns compiled by ``re`` (same patterns, faster)."""

    __slots__ = ()
    _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
    _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
    _RE_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern)
    _RE_ALPHA = re.compile(PunktToken._RE_ALPHA.pattern)
    _RE_NON_PUNCT = re.compile(r"[^\W\d]")  # NLTK's module-level _re_non_punct

    @property
    def is_non_punct(self):
        """True if the token is either a number or is alphabetic."""
        return self._RE_NON_PUNCT.search(self.type)


@lru_cache(maxsize=1)
def sentence_splitter() -> PunktSentenceTokenizer:
    """Return a Punkt splitter that knows the abbreviations in ``data/abbreviations.txt``."""
    text = resources.files("analysis.data").joinpath("abbreviations.txt").read_text(encoding="utf-8")
    params = PunktParameters()
    params.abbrev_types = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return PunktSentenceTokenizer(params, lang_vars=StdlibPunktLanguageVars(), token_cls=StdlibPunktToken)


def sentence_spans(raw: str, start: int, end: int, closers: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Return sentence spans inside ``raw[start:end]`` as absolute offsets.

    Closing quotation marks that Punkt leaves at the start of the next sentence
    (it only knows straight quotes) are moved back to the sentence they close:
    those of ``LEADING_CLOSERS`` and any mark at an offset in ``closers`` (the
    closing marks the quotation finder paired, such as the “ of German „…“,
    which opens a quotation in English text).
    """
    text = raw[start:end]
    spans = [list(span) for span in sentence_splitter().span_tokenize(text)]
    for previous, current in zip(spans, spans[1:]):
        moved = _leading_closers(text, current[0], current[1], start, closers)
        if moved:
            previous[1] = current[0] + moved
            current[0] = previous[1]
            while current[0] < current[1] and text[current[0]].isspace():
                current[0] += 1
    return [(start + s, start + e) for s, e in _split_after_footnotes(text, spans) if e > s]


# A sentence's end followed by a footnote marker ("... the most".[4] According to ...", "... at Hmeimim.³ The
# first ..."): Punkt reads the marker as the start of a word and does not end the sentence there.
FOOTNOTE_END = re.compile(r"[.?!][\"”’»]?(?:\[\d{1,3}\]|[¹²³⁴-⁹⁰]+)(?=[ \t]+[\"“‘«]?[A-Z])")


def _split_after_footnotes(text: str, spans: list[list[int]]) -> list[tuple[int, int]]:
    """Return the sentence spans of ``text`` with each span also cut after a footnote marker that follows a
    sentence's final punctuation (:data:`FOOTNOTE_END`); the next sentence starts at its first letter or mark."""
    cut: list[tuple[int, int]] = []
    for begin, end in spans:
        for match in FOOTNOTE_END.finditer(text, begin, end):
            cut.append((begin, match.end()))
            begin = match.end()
            while begin < end and text[begin].isspace():
                begin += 1
        cut.append((begin, end))
    return cut


def _leading_closers(text: str, begin: int, end: int, offset: int, closers: frozenset[int]) -> int:
    """Return how many characters from ``begin`` are closing marks or brackets of the sentence before."""
    moved = 0
    while begin + moved < end:
        closers_run = LEADING_CLOSERS.match(text[begin + moved : end])
        if closers_run:
            moved += closers_run.end()
        elif offset + begin + moved in closers:
            moved += 1
        else:
            return moved
    return moved


def normalise_token(token: str) -> str:
    """Return the comparison form of a token: case-folded, curly apostrophes straightened, a word hyphenated
    at a line's end written whole (``ac-\\ncused`` -> ``accused``, so that word lists find it)."""
    folded = token.casefold().replace("’", "'").replace("‘", "'").replace("-\n", "")
    # A CR only where the line ends CR LF or CR: checked first, as nearly every token has none.
    return folded.replace("-\r\n", "").replace("-\r", "") if "-\r" in folded else folded


def tokenize(text: str) -> list[str]:
    """Return the tokens of ``text`` (punctuation included), by ``TOKEN_PATTERN``."""
    return TOKENIZER.findall(text)


def token_spans(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return token spans inside ``raw[start:end]`` as absolute offsets."""
    return [m.span() for m in TOKENIZER.finditer(raw, start, end)]


def find_quotes(raw: str, paragraphs: list[tuple[int, int]]) -> list[dict]:
    """Return quotation spans in the given paragraphs (in text order).

    Handles curly double quotes, guillemets, straight double quotes (paired by
    alternation within a paragraph) and single quotes nested inside a quote. A
    quote left open at the end of a paragraph continues when the next
    paragraph opens with the same mark (the usual convention for a quotation
    running over several paragraphs); otherwise it ends with the paragraph and
    is reported with ``closed=False``. ``start``/``end`` delimit the quoted
    words without the marks. Quotes deeper than ``MAX_QUOTE_DEPTH`` are left out
    (their enclosing quotes are kept), so the quotes hold at most that many times
    the paragraphs' text; each mark costs amortised constant time.
    """
    quotes: list[dict] = []
    stack: list[dict] = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        continuation = _carry_over(raw, p_start, paragraphs[index - 1][1], stack, quotes) if stack else None
        for match in QUOTE_MARKS.finditer(raw, p_start, p_end):
            if match.start() != continuation:
                _apply_mark(raw, match.start(), match.group(), (p_start, p_end), stack, quotes)
    if stack:
        _close_all(stack, _trim_end(raw, paragraphs[-1][1]), quotes)
    quotes.sort(key=lambda q: (q["start"], -q["end"]))
    return quotes


def _close(entry: dict, end: int, closed: bool, quotes: list[dict]) -> None:
    """Record ``entry`` as a finished quote ending at ``end`` (unless it is nested deeper than ``MAX_QUOTE_DEPTH``)."""
    if entry["depth"] <= MAX_QUOTE_DEPTH:
        entry.update(end=end, closed=closed)
        quotes.append(entry)


def _close_all(stack: list[dict], end: int, quotes: list[dict]) -> None:
    """Close every quote still open, innermost first, as unclosed at ``end``."""
    while stack:
        _close(stack.pop(), end, False, quotes)


def _carry_over(raw: str, p_start: int, previous_end: int, stack: list[dict], quotes: list[dict]) -> int | None:
    """Return the offset of the continuation mark opening this paragraph, or None.

    The open quotes run on when the paragraph opens with the outermost quote's
    mark (any opening double mark continues a double quote); they are then
    marked as spanning paragraphs. Otherwise they end, unclosed, with the
    previous paragraph (ending at ``previous_end``).
    """
    first, outer_mark = raw[p_start], stack[0]["open_mark"]
    if first == outer_mark or first in DOUBLE_OPENERS and outer_mark in DOUBLE_OPENERS:
        # Every entry below a marked one is marked already (it was on the stack then): marking stops
        # there, so each entry is marked once however deep the stack.
        for entry in reversed(stack):
            if entry["spans_paragraphs"]:
                break
            entry["spans_paragraphs"] = True
        return p_start
    _close_all(stack, _trim_end(raw, previous_end), quotes)
    return None


def _apply_mark(
    raw: str, pos: int, mark: str, paragraph: tuple[int, int], stack: list[dict], quotes: list[dict]
) -> None:
    """Open or close quotes on ``stack`` for the quotation mark ``mark`` at ``pos``.

    The marks of other languages' conventions are read by what is open: “ and ‘ close a quote opened
    by „ and ‚ (German „…“, ‚…‘), « closes one opened by » (German and Danish »…«), and » opens a quote
    when no guillemet quote is open and it stands before a word (»…« and Swedish »…»).
    """
    p_start, p_end = paragraph
    before = raw[pos - 1] if pos > p_start else " "
    after = raw[pos + 1] if pos + 1 < p_end else " "
    top = stack[-1]["open_mark"] if stack else None
    if top in LOW_OPENERS and mark == LOW_OPENERS[top] and not after.isalnum():
        _close(stack.pop(), pos, True, quotes)
    elif mark == "»" and top not in ("«", "»") and not before.isalnum() and after.isalnum():
        stack.append(_open(pos, mark, stack))
    elif mark == "«" and top == "»" or mark in CLOSING_DOUBLE:
        _close_double(pos, stack, quotes)
    elif mark in OPENING_DOUBLE:
        stack.append(_open(pos, mark, stack))
    elif mark == '"':
        _straight_double(pos, stack, quotes)
    elif mark in ("‘", "‚"):
        # An opening single quote follows a space, a bracket or another quote.
        if not before.isalnum():
            stack.append(_open(pos, mark, stack))
    elif mark == "’":
        # A closing single quote is not followed by a letter (else it is an apostrophe).
        if stack and stack[-1]["open_mark"] in ("‘", "‚") and not after.isalnum():
            _close(stack.pop(), pos, True, quotes)


def _close_double(pos: int, stack: list[dict], quotes: list[dict]) -> None:
    """Close the innermost curly double or guillemet quote at ``pos``; single quotes inside it end unclosed."""
    while stack and stack[-1]["open_mark"] not in DOUBLE_OPENERS:
        _close(stack.pop(), pos, False, quotes)
    if stack:
        _close(stack.pop(), pos, True, quotes)


def _straight_double(pos: int, stack: list[dict], quotes: list[dict]) -> None:
    """Close the open straight double quote at ``pos`` (quotes inside it end unclosed), or open one."""
    if stack and stack[-1]["in_straight"]:
        while stack[-1]["open_mark"] != '"':
            _close(stack.pop(), pos, False, quotes)
        _close(stack.pop(), pos, True, quotes)
    else:
        stack.append(_open(pos, mark='"', stack=stack))


def _open(pos: int, mark: str, stack: list[dict]) -> dict:
    """Return the stack entry of a quote opened by ``mark`` at ``pos``.

    ``in_straight`` says whether a straight double quote is open at or below the entry, so that
    :func:`_straight_double` knows it in constant time instead of scanning the stack.
    """
    return {
        "start": pos + 1,
        "open_mark": mark,
        "depth": len(stack) + 1,
        "parent": stack[-1]["start"] if stack else None,
        "spans_paragraphs": False,
        "in_straight": mark == '"' or bool(stack) and stack[-1]["in_straight"],
    }


def _trim_end(raw: str, end: int) -> int:
    while end > 0 and raw[end - 1].isspace():
        end -= 1
    return end


def _quote_rows(article_id: str, raw: str, quotes: list[dict]) -> list[tuple]:
    """Return quote records (``QUOTE_COLUMNS`` order) with ids and parent ids."""
    id_of_start: dict[int, int] = {}
    rows = []
    for quote_id, quote in enumerate(quotes):
        id_of_start.setdefault(quote["start"], quote_id)
        parent = id_of_start.get(quote["parent"]) if quote["parent"] is not None else None
        rows.append(
            (
                article_id,
                quote_id,
                quote["start"],
                quote["end"],
                raw[quote["start"] : quote["end"]],
                quote["depth"],
                parent,
                quote["open_mark"],
                quote["closed"],
                quote["spans_paragraphs"],
            )
        )
    return rows


# Marks that may open a line before its first letter: quotation marks, brackets, dashes.
LINE_OPENERS = "\"'“‘«„([—–- "
# A single line break between two body lines (a blank line ends a paragraph).
SINGLE_LINE_BREAK = re.compile(rf"[ \t]*{LINE_BREAK_PATTERN}[ \t]*")


def line_start(raw: str, position: int) -> int:
    """Return the offset where the line holding ``position`` starts: just after the last line break before it
    (LF, CR LF or a lone CR), 0 on the first line."""
    return max(raw.rfind("\n", 0, position), raw.rfind("\r", 0, position)) + 1


def line_end(raw: str, position: int, end: int | None = None) -> int:
    """Return the offset of the first line break at or after ``position`` (before ``end``), or -1 if none:
    the end of the line's text, without its CR (as ``str.find`` does for one character)."""
    match = LINE_BREAK.search(raw, position, len(raw) if end is None else end)
    return -1 if match is None else match.start()


def line_break_count(text: str) -> int:
    """Return how many line breaks ``text`` holds, a CR LF counting as one."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def has_line_break(text: str) -> bool:
    """Return whether ``text`` holds a line break (LF, CR LF or a lone CR)."""
    return "\n" in text or "\r" in text


LAST_WORD = re.compile(r"[^\W_]+$")


@lru_cache(maxsize=1)
def open_line_endings() -> frozenset[str]:
    """Return the words no sentence ends on (``data/text_line_open_endings.txt``), case-folded."""
    text = resources.files("analysis.data").joinpath("text_line_open_endings.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# A line that ends on a word and fills at least this share of the width of the wrapped lines before it
# in its paragraph was broken by the column width too (a name over two lines: "its chair, Ana" / "Velt").
MIN_WRAPPED_WIDTH_SHARE = 0.8


def line_runs_on(raw: str, end: int, next_start: int, wrap_width: int = 0) -> bool:
    """Return whether the body line ending at ``end`` runs on into the line starting at ``next_start``.

    Print editions, PDFs, hard-wrapped e-mails and reader views break each paragraph at the column width,
    with a single line break and no blank line: such a line does not end a sentence. It runs on when a
    single line break separates the two lines and the first ends on a word hyphenated at the break
    (``prepar-``), a comma or semicolon, or a word no sentence ends on (:func:`open_line_endings`), or the
    next line opens in lower case. A line ending on a full stop, a closing mark or a plain word (a
    sub-heading such as "What Moscow said") starts a new paragraph, unless the paragraph's earlier lines
    were wrapped at ``wrap_width`` characters (0: none was) and this line, ending on a word, fills the width.
    """
    if end < 2 or not SINGLE_LINE_BREAK.fullmatch(raw, end, next_start) or _quotation_line(raw, next_start):
        return False
    last = raw[end - 1]
    if last in ",;" or last == "-" and raw[end - 2].isalpha():
        return True
    if not last.isalnum():
        return False
    opening = raw[next_start : next_start + 8].lstrip(LINE_OPENERS)
    if opening[:1].islower():
        return True
    if wrap_width and end - line_start(raw, end) >= MIN_WRAPPED_WIDTH_SHARE * wrap_width:
        return True
    word = LAST_WORD.search(raw, max(0, end - 40), end)
    return word is not None and word.group().casefold() in open_line_endings()


# A line set apart as one whole quotation: it opens with a quotation mark and ends with a full stop, question
# or exclamation mark and a closing mark.
QUOTATION_LINE = re.compile(r"[\"“‘«„][^\r\n]*[.?!][\"”’»][^\S\r\n]*(?:\r\n?|\n|$)")


def _quotation_line(raw: str, start: int) -> bool:
    """Return whether the line starting at ``start`` is one whole quotation ("As one diplomat put it," /
    "'Moscow is writing the alibi.'"): a quotation displayed on its own line is a paragraph of its own, not
    the continuation of a wrapped line, which the column width breaks inside quotations as well."""
    return QUOTATION_LINE.match(raw, start) is not None


def paragraph_runs(raw: str, body: list[tuple[int, int, int]]) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Return the paragraphs of the body as ``(start, end, [(segment_id, segment_start), ...])``.

    Consecutive body segments (lines) are one paragraph while each runs on into the next
    (:func:`line_runs_on`), so that sentences and quotations cross the line breaks of wrapped text.
    """
    runs: list[tuple[int, int, list[tuple[int, int]]]] = []
    width = 0  # the longest line of the current paragraph that ran on into the next
    for segment_id, seg_start, seg_end in body:
        if runs and line_runs_on(raw, runs[-1][1], seg_start, width):
            width = max(width, runs[-1][1] - runs[-1][2][-1][1])
            runs[-1] = (runs[-1][0], seg_end, runs[-1][2])
            runs[-1][2].append((segment_id, seg_start))
        else:
            runs.append((seg_start, seg_end, [(segment_id, seg_start)]))
            width = 0
    return runs


def _segment_start(segment: tuple[int, int]) -> int:
    return segment[1]


def text_records(article_id: str, raw: str, body: list[tuple[int, int, int]]) -> dict[str, list]:
    """Return the sentence, token and quote records of one article.

    Sentences and quotes are tuples in ``SENTENCE_COLUMNS`` and ``QUOTE_COLUMNS``
    order. Tokens, the bulk of the data, come as one record of columns
    (32-bit integer arrays and a list of interned strings); ``norm``,
    ``is_word`` and ``token_id`` are added by :func:`text_frames` for a whole
    batch of articles at once, which is much cheaper than once per article.

    ``body`` lists ``(segment_id, start, end)`` of the body segments in order.
    A token is in ``quoted`` voice when it lies inside a top-level quotation.
    """
    # Paragraphs, quotations and sentences are read from the page's reading text (same offsets): a uniformly
    # spaced page's lines run on over its blank lines as over single line breaks (round 20).
    from .segmentation.layout_facts import reading_text  # the segmentation package imports this module
    from .segmentation.markup_view import masked

    # A page with HTML residue is read through it (same offsets): entities as the marks they encode, tags as spaces.
    spaced = reading_text(raw)
    reading = masked(spaced)
    words = raw if reading is spaced else reading
    runs = paragraph_runs(reading, body)
    quotes = find_quotes(reading, [(s, e) for s, e, _ in runs])
    closers = frozenset(q["end"] for q in quotes if q["closed"])
    sentence_rows = []
    found: list[tuple[str, str]] = []  # (gap, token) of every token, in order
    per_sentence = []
    for run_start, run_end, segments in runs:
        for s_start, s_end in sentence_spans(reading, run_start, run_end, closers):
            # A sentence belongs to the body line (segment) it starts on.
            segment_id = segments[bisect_right(segments, s_start, key=_segment_start) - 1][0]
            sentence_rows.append((article_id, len(sentence_rows), segment_id, s_start, s_end, raw[s_start:s_end]))
            # pos/endpos search the sentence as if it were sliced out (the pattern looks neither behind nor at ^).
            tokens_of_sentence = TOKEN_AFTER_GAP.findall(words, s_start, s_end)
            per_sentence.append(len(tokens_of_sentence))
            found += tokens_of_sentence
    starts, ends = _token_offsets(found, [row[3] for row in sentence_rows], per_sentence)
    texts = [token for _, token in found]
    sentence_ids = np.repeat(np.arange(len(per_sentence), dtype=np.intc), per_sentence)
    # Top-level quotations do not overlap, so their ends are sorted: a token is quoted when the
    # first quotation ending after its start also begins at or before it.
    top_level = np.array(sorted((q["start"], q["end"]) for q in quotes if q["depth"] == 1), dtype=np.int64).reshape(
        -1, 2
    )
    after = np.searchsorted(top_level[:, 1], starts, side="right")
    inside = after < len(top_level)
    quoted = np.zeros(len(starts), dtype=bool)
    quoted[inside] = top_level[after[inside], 0] <= starts[inside]
    tokens = {
        "article_id": article_id,
        "sentence_id": sentence_ids,
        "start": starts,
        "end": ends,
        "text": texts,
        "quoted": quoted,
    }
    return {"sentences": sentence_rows, "tokens": [tokens], "quotes": _quote_rows(article_id, raw, quotes)}


def _token_offsets(
    found: list[tuple[str, str]], sentence_starts: list[int], per_sentence: list[int]
) -> tuple[np.ndarray, np.ndarray]:
    """Return the (start, end) offsets (C int arrays) of the tokens ``found`` by ``TOKEN_AFTER_GAP``.

    ``found`` holds the (gap, token) pairs of consecutive sentences, ``per_sentence`` of them in the
    sentence starting at each of ``sentence_starts``: within a sentence a token ends where the running
    sum of the gap and token lengths since the sentence's start says.
    """
    lengths = np.fromiter(map(len, chain.from_iterable(found)), dtype=np.int64, count=2 * len(found))
    token_lengths = lengths[1::2]
    running = np.cumsum(lengths[0::2] + token_lengths)
    counts = np.asarray(per_sentence, dtype=np.int64)
    # The running sum before each sentence's first token, replaced by the sentence's start.
    before = np.concatenate(([0], running))[np.cumsum(counts) - counts]
    ends = running + np.repeat(np.asarray(sentence_starts, dtype=np.int64) - before, counts)
    return (ends - token_lengths).astype(np.intc), ends.astype(np.intc)


def _token_frame(parts: list[dict]) -> pd.DataFrame:
    """Return the tokens DataFrame of per-article token columns, in order.

    The string columns are built as ``str`` arrays of their distinct values taken by position (one
    array copy in C) instead of converting a Python string per row, and ``normalise_token()`` and
    ``WORD_TOKEN`` run once per distinct token: 0.9 -> 0.4 CPU s per 1,000 bench articles.
    """
    lengths = np.array([len(part["text"]) for part in parts], dtype=np.int64)

    def column(name: str, dtype: type) -> np.ndarray:
        return (
            np.concatenate([part[name] for part in parts]).astype(dtype, copy=False)
            if parts
            else np.zeros(0, dtype=dtype)
        )

    codes, distinct = pd.factorize(np.fromiter(chain.from_iterable(part["text"] for part in parts), dtype=object))
    distinct = distinct.tolist()
    starts_of_articles = np.cumsum(lengths) - lengths
    frame = pd.DataFrame(
        {
            "article_id": _strings([part["article_id"] for part in parts], np.repeat(np.arange(len(parts)), lengths)),
            "sentence_id": column("sentence_id", np.int32),
            "token_id": (np.arange(lengths.sum(), dtype=np.int64) - np.repeat(starts_of_articles, lengths)).astype(
                np.int32
            ),
            "start": column("start", np.int32),
            "end": column("end", np.int32),
            "text": _strings(distinct, codes),
            "norm": _strings([normalise_token(token) for token in distinct], codes),
            "is_word": np.array([WORD_TOKEN.search(token) is not None for token in distinct], dtype=bool)[codes],
            "voice": _strings(["outlet", "quoted"], column("quoted", bool).astype(np.intp)),
        },
        columns=TOKEN_COLUMNS,
    )
    return frame


def _strings(values: list[str], positions: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """Return the ``str`` array (the dtype ``astype(str)`` gives) of ``values[positions]``.

    Taken by Arrow itself, not by pandas' ``take`` (10 times slower on 200,000 positions: 25 -> 2.4 ms);
    measured: text_frames 1.60 -> 1.21 s per 1,000 bench articles."""
    taken = pa.array(values, type=pa.large_string()).take(pa.array(positions))
    return pd.arrays.ArrowStringArray(taken, dtype=STR_DTYPE)


def text_frames(records: dict[str, list]) -> dict[str, pd.DataFrame]:
    """Return the ``sentences``, ``tokens`` and ``quotes`` DataFrames of (concatenated) records."""
    sentences = pd.DataFrame(records["sentences"], columns=SENTENCE_COLUMNS)
    quotes = pd.DataFrame(records["quotes"], columns=QUOTE_COLUMNS)
    return {
        "sentences": sentences.astype(
            {
                "article_id": str,
                "text": str,
                "sentence_id": "int64",
                "segment_id": "int64",
                "start": "int64",
                "end": "int64",
            }
        ),
        "tokens": _token_frame(records["tokens"]),
        "quotes": quotes.astype(
            {
                "article_id": str,
                "text": str,
                "open_mark": str,
                "quote_id": "int64",
                "start": "int64",
                "end": "int64",
                "depth": "int64",
                "parent_quote_id": "Int64",
                "closed": bool,
                "spans_paragraphs": bool,
            }
        ),
    }


def text_layer(article_id: str, raw: str, body: list[tuple[int, int, int]]) -> dict[str, pd.DataFrame]:
    """Return ``sentences``, ``tokens`` and ``quotes`` DataFrames for one article's body."""
    return text_frames(text_records(article_id, raw, body))
