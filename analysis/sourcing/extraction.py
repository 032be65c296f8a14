"""Attributions of one article: token dicts per sentence, the rules of each sentence turned into
rows with character offsets and modes, floating quotations, resolution, and word counts."""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from functools import lru_cache

import numpy as np

from ..lexicon import read_word_list
from ..segmentation.layout_facts import reading_text
from ..segmentation.markup_view import masked
from ..segmentation.rules import open_endings
from ..text import LINE_BREAK_CHARS, LINE_OPENERS, has_line_break, line_break_count, line_start
from ..voices import rule_voices
from .content import _content_offsets, _floating, _mode
from .lexicons import _cue_forms
from .markup import (
    before_footnote,
    block_parts,
    footnote_marks,
    markup_spans,
    split_at_inline_tag,
    unmarked_quotation,
    without_markup,
)
from .own_statements import without_publisher_statements
from .resolution import _resolve
from .rules import _sentence_attributions
from .tokens import _is_title_period, _span, _tense
from .words import CLOSE_MARKS, TIME_WORDS

TOKEN_KEYS = ["sentence_id", "start", "end", "text", "norm", "is_word", "voice"]
# Quotation marks whose role differs between languages' conventions -> (the English mark of the role
# when the mark closes a quotation, when it opens one).
FOREIGN_MARKS = {"“": ("”", "“"), "«": ("»", "«"), "‘": ("’", "‘"), "»": ("»", "«"), "‚": ("’", "‘")}


def _token_records(columns: list[list]) -> dict[int, list[dict]]:
    """Return sentence_id -> token dicts (start, end, text, norm, is_word, voice) from ``TOKEN_KEYS`` columns."""
    by_sentence: dict[int, list[dict]] = {}
    # Plain dicts built from column lists: far faster than DataFrame.to_dict per sentence.
    last, group = None, []
    foreign: list[tuple[list[dict], int]] = []
    # The rules read the text layer's two voices, also in a study whose tokens carry three.
    voices = rule_voices(columns[TOKEN_KEYS.index("voice")])
    for sentence_id, start, end, text, norm, is_word, _, voice in zip(*columns, voices, strict=False):
        if sentence_id != last:  # tokens come sentence by sentence: look the group up once per run
            group = by_sentence.setdefault(sentence_id, [])
            last = sentence_id
        group.append({"start": start, "end": end, "text": text, "norm": norm, "is_word": is_word, "voice": voice})
        if text in FOREIGN_MARKS:
            foreign.append((group, len(group) - 1))
    for group, k in foreign:
        group[k]["text"] = _english_mark(group, k)
    return by_sentence


def _english_mark(toks: list[dict], k: int) -> str:
    """Return the English mark of the same role as the quotation mark ``toks[k]`` (its text when it has none).

    Other languages' marks play other roles: “ closes German „…“, « closes Danish »…«, ‘ closes ‚…‘, and »
    opens »…«. The rules test the English roles (``OPEN_MARKS``, ``CLOSE_MARKS``), so a mark is read by the
    quotation the text layer found around it: a closer ends quoted words, an opener begins them.
    """
    before = k > 0 and toks[k - 1]["voice"] == "quoted"
    after = k + 1 < len(toks) and toks[k + 1]["voice"] == "quoted"
    closer, opener = FOREIGN_MARKS[toks[k]["text"]]
    if before and not after:
        return closer
    return opener if after and not before else toks[k]["text"]


def _article_rows(
    article_id: str,
    raw: str,
    sentence_rows: list[tuple[int, int, int]],
    by_sentence: dict[int, list[dict]],
    quote_spans: list[tuple[int, int]],
) -> list[dict]:
    """Return the resolved attribution rows (dicts) of one article.

    ``sentence_rows`` are (sentence_id, start, end) in text order, ``by_sentence`` the token
    dicts of each sentence, ``quote_spans`` the sorted (start, end) of top-level quotations.
    A sentence with no attribution may be a floating quotation.
    """
    shown = masked(raw)
    if shown is not raw:
        # A page with HTML residue is read as it displays, at the same offsets (entities as the marks they encode,
        # tags as spaces, :func:`.markup_view.masked`); the rows' spans are then read from the raw text.
        rows = _displayed_rows(article_id, shown, sentence_rows, by_sentence, quote_spans)
        return [_with_raw_texts(row, raw) for row in rows]
    return _displayed_rows(article_id, raw, sentence_rows, by_sentence, quote_spans)


def _with_raw_texts(row: dict, raw: str) -> dict:
    """Return ``row`` with its speaker, cue and content read from ``raw`` at their offsets."""
    texts = {"speaker_text": "speaker", "cue": "cue", "content": "content"}
    for column, span in texts.items():
        start, end = row[f"{span}_start"], row[f"{span}_end"]
        row[column] = raw[start:end] if start is not None and start >= 0 else row[column]
    return row


def _displayed_rows(
    article_id: str,
    raw: str,
    sentence_rows: list[tuple[int, int, int]],
    by_sentence: dict[int, list[dict]],
    quote_spans: list[tuple[int, int]],
) -> list[dict]:
    """Return the rows of :func:`_article_rows` read from ``raw`` as given."""
    if QUOTE_PREFIX in raw:
        by_sentence = _without_quote_prefixes(raw, by_sentence)
    markup = markup_spans(raw)
    footnotes = footnote_marks(raw)
    by_sentence = {
        sentence_id: _without_salutation(
            raw, _without_bullet(raw, _without_post_number(raw, without_markup(toks, markup)))
        )
        for sentence_id, toks in by_sentence.items()
    }
    # Lines are joined as the page reads them (same offsets): over the blank lines of a uniformly spaced page too.
    sentence_rows, by_sentence = _join_broken_lines(reading_text(raw), sentence_rows, by_sentence, quote_spans)
    rows: list[dict] = []
    covered: list[tuple[int, int]] = []  # content spans so far as (end, start), sorted: see _floating
    tagged = "<" in raw or bool(footnotes)
    for n, (sentence_id, sentence_start, sentence_end) in enumerate(sentence_rows):
        sentence = {
            "article_id": article_id,
            "sentence_id": int(sentence_id),
            "start": int(sentence_start),
            "end": int(sentence_end),
        }
        whole = by_sentence.get(sentence_id, [])
        # Paragraphs a scrape glued on one line are read one by one, under the sentence's id.
        for toks in block_parts(raw, whole) if tagged else [whole]:
            _part_rows(raw, toks, sentence, sentence_rows[n + 1 :], by_sentence, quote_spans, footnotes, rows, covered)
    rows = _without_contained_floating(rows)
    resolved = _resolve(rows, raw, [sid for sid, _, _ in sentence_rows], by_sentence)
    return without_publisher_statements(resolved, raw, by_sentence)


def _part_rows(
    raw: str,
    toks: list[dict],
    sentence: dict,
    following: list[tuple[int, int, int]],
    by_sentence: dict[int, list[dict]],
    quote_spans: list[tuple[int, int]],
    footnotes: list[tuple[int, int]],
    rows: list[dict],
    covered: list[tuple[int, int]],
) -> None:
    """Append to ``rows`` the attributions of one sentence (or one glued paragraph of it), or its floating
    quotation; ``covered`` gets their content spans as (end, start), sorted (see :func:`_floating`)."""
    found = _sentence_attributions(toks)
    for item in found:
        content = _content_offsets(raw, toks, item, quote_spans)
        if content is None and (item.get("next_quote") or _closes_on_colon(toks)):
            content = unmarked_quotation(raw, toks, item["lemma"], following, by_sentence)
            if content is not None:
                rows.append({**_row(sentence, raw, toks, item, content, quote_spans), "mode": "direct"})
                insort(covered, content[::-1])
            continue
        if content is None:
            continue
        if footnotes:
            content = before_footnote(raw, content, footnotes)
        rows.append(_row(sentence, raw, toks, item, content, quote_spans))
        insort(covered, content[::-1])
    if not found and toks:
        floating = _floating(raw, toks, quote_spans, covered)
        if floating is not None:
            rows.append(_floating_row(sentence, raw, floating))
            insort(covered, floating[::-1])


def _closes_on_colon(toks: list[dict]) -> bool:
    """Return whether a sentence ends on a colon: a cue with no content there introduces the next paragraph
    (``hit back on Twitter, writing:``), although the rule found it through a participle and set no ``next_quote``."""
    return bool(toks) and toks[-1]["text"] == ":"


# An e-mail reply quotes each line of the message it answers behind this mark ("> The ministry said ...").
QUOTE_PREFIX = ">"


def _without_quote_prefixes(raw: str, by_sentence: dict[int, list[dict]]) -> dict[int, list[dict]]:
    """Return the tokens of each sentence without the e-mail quotation marks (``QUOTE_PREFIX``) that open a
    line: they stand between a speaker and its cue or inside a content wherever the quoted message's lines
    broke ("its chairwoman, X," / "> told a news conference"), and are no words of the text (round 15,
    issue 11). The marks stay in the raw text, so a content that spans them keeps them."""
    return {
        sentence_id: [t for t in toks if not (t["text"] == QUOTE_PREFIX and _opens_line(raw, t["start"]))]
        for sentence_id, toks in by_sentence.items()
    }


def _opens_line(raw: str, start: int) -> bool:
    """Return whether only spaces and quotation prefixes stand between the line's start and ``start``."""
    return not raw[line_start(raw, start) : start].strip(" \t" + QUOTE_PREFIX)


# The mark between a thread post's number and the thread's length ("2/9", "2/"), and the longest thread read.
POST_NUMBER_MARK = "/"
POST_NUMBER_MAX = 999


def _without_post_number(raw: str, toks: list[dict]) -> list[dict]:
    """Return a sentence's tokens without the post number that opens its line in a thread ("2/ The chair said ...",
    "10/12 The mayor said ..."): the number is page furniture of the thread, not the subject's first word, and the
    speaker phrase of a cue stops at it (issue 11 round 18). A date or a fraction ("14/08/2021", "24/7 cover", a
    first number above the second) is kept. Only the first tokens of a sentence are read."""
    if len(toks) < 3 or toks[1]["text"] != POST_NUMBER_MARK or not toks[0]["text"].isdigit():
        return toks
    if not _opens_line(raw, toks[0]["start"]):
        return toks
    k = 2
    if toks[2]["text"].isdigit() and toks[2]["start"] == toks[1]["end"]:
        if not int(toks[0]["text"]) <= int(toks[2]["text"]) <= POST_NUMBER_MAX:
            return toks
        k = 3
    if k >= len(toks) or toks[k]["text"] == POST_NUMBER_MARK or toks[k]["start"] == toks[k - 1]["end"]:
        return toks
    return toks[k:]


# Signs that mark a list's item at the start of its line ("• According to the agency, ...").
LIST_BULLETS = frozenset({"•", "·", "■", "▪", "●", "◆", "►", "*"})


def _without_bullet(raw: str, toks: list[dict]) -> list[dict]:
    """Return a sentence's tokens without the list bullet that opens its line ("• According to X, 33 million ..."):
    the bullet is layout of a report's key points, not a word, and a cue right after it opens the sentence
    (issue 11 round 20: a content "before" an opening ``according to`` was the bullet alone). The bullet must be
    followed by a space and a word."""
    if len(toks) < 2 or toks[0]["text"] not in LIST_BULLETS or not toks[1]["is_word"]:
        return toks
    if toks[1]["start"] == toks[0]["end"] or not _opens_line(raw, toks[0]["start"]):
        return toks
    return toks[1:]


# The marks that close a letter's salutation ("Sir,", "To the Editor:").
SALUTATION_MARKS = frozenset({",", ":"})
# A salutation has at most this many tokens ("Dear Sir or Madam").
SALUTATION_MAX_TOKENS = 6


@lru_cache(maxsize=1)
def _salutations() -> frozenset[str]:
    """Return the salutations of letters (the segmentation's ``segmentation_salutations.txt``), case-folded."""
    return frozenset(read_word_list("segmentation_salutations.txt"))


def _without_salutation(raw: str, toks: list[dict]) -> list[dict]:
    """Return a sentence's tokens without the letter's salutation that opens it ("Sir," / "To the Editor:" on the
    line above, or before the first words on the same line): the splitter joins the salutation to the letter's
    first sentence, where it would be read as a content before a post-posed cue ("Sir, According to official
    figures, ...": content "Sir") or as part of a speaker phrase; it is the letter's address to the editor, no word
    of its prose (issue 11 round 20). The salutation must open the sentence and be followed by a word."""
    limit = min(len(toks) - 1, SALUTATION_MAX_TOKENS + 1)
    mark = next((k for k in range(1, limit) if toks[k]["text"] in SALUTATION_MARKS), None)
    if mark is None or not toks[mark + 1]["is_word"]:
        return toks
    words = " ".join(raw[toks[0]["start"] : toks[mark]["start"]].split()).casefold()
    return toks[mark + 1 :] if words in _salutations() else toks


# A quotation joins at most this many sentences into one: it bounds the rules' work on a paragraph
# of unbalanced marks, and a longer quotation before its cue is rare in news prose.
MAX_JOINED_SENTENCES = 8


def _join_broken_lines(
    raw: str,
    sentence_rows: list[tuple[int, int, int]],
    by_sentence: dict[int, list[dict]],
    quote_spans: list[tuple[int, int]],
) -> tuple[list[tuple[int, int, int]], dict[int, list[dict]]]:
    """Return the sentences and their tokens, each sentence joined to the next one it runs into.

    Two cases make the splitter cut what the rules must read as one sentence:

    - a sentence broken over two lines ("... urged all sides to" / "\"refrain from ...\""): the continuation
      would be read as a sentence with no cue (:func:`_continues`);
    - a quotation of several sentences in one paragraph with its cue after it ("\"We lost a third. We will
      not wait,\" the negotiator said."): the first sentences would be floating quotations and the cue would
      cover only the last one (:func:`_inside_quotation`);
    - a quotation ending in a question or exclamation mark with a post-posed cue ("\"What did they expect?\"
      said a skipper."): the splitter cuts after the mark and the cue would have no content
      (:func:`_cue_after_closing_quotation`).

    The joined sentence keeps the first one's id; at most ``MAX_JOINED_SENTENCES`` are joined. One pass over
    the sentences, one binary search in the quotations per sentence.
    """
    joined_rows: list[tuple[int, int, int]] = []
    joined: dict[int, list[dict]] = {}
    count = 0
    for sentence_id, start, end in sentence_rows:
        toks = by_sentence.get(sentence_id, [])
        if joined_rows and toks and count < MAX_JOINED_SENTENCES:
            previous = joined[joined_rows[-1][0]]
            if (
                _continues(raw, previous, toks[0]["start"])
                or _inside_quotation(raw, previous, toks, quote_spans)
                or _cue_after_closing_quotation(raw, previous, toks)
                or split_at_inline_tag(raw, previous, toks)
            ):
                first_id, first_start, _ = joined_rows[-1]
                joined_rows[-1] = (first_id, first_start, end)
                joined[first_id] = previous + toks
                count += 1
                continue
        joined_rows.append((sentence_id, start, end))
        joined[sentence_id] = toks
        count = 1
    return joined_rows, joined


def _inside_quotation(raw: str, previous: list[dict], toks: list[dict], quote_spans: list[tuple[int, int]]) -> bool:
    """Return whether one quotation runs from the sentence of tokens ``previous`` into the next one, ``toks``,
    in the same paragraph (a quotation whose marks are left open over paragraphs is not followed)."""
    if not previous or has_line_break(raw[previous[-1]["end"] : toks[0]["start"]]):
        return False
    i = bisect_right(quote_spans, previous[-1]["start"], key=_end_of)
    return i < len(quote_spans) and quote_spans[i][0] < previous[-1]["start"] and quote_spans[i][1] > toks[0]["start"]


def _cue_after_closing_quotation(raw: str, previous: list[dict], toks: list[dict]) -> bool:
    """Return whether the sentence of tokens ``toks`` opens in lower case right after a quotation that closes
    the sentence ``previous`` on a question or exclamation mark, in the same paragraph.

    No sentence opens in lower case: the splitter took the mark inside the quotation for the sentence's end,
    and what follows ("said a skipper, who ...", "she asked") is the quotation's cue.
    """
    if len(previous) < 2 or not toks or has_line_break(raw[previous[-1]["end"] : toks[0]["start"]]):
        return False
    first = toks[0]["text"]
    return (
        previous[-1]["text"] in CLOSE_MARKS
        and previous[-2]["text"] in {"?", "!"}
        and toks[0]["is_word"]
        and first[:1].islower()
    )


def _end_of(quote: tuple[int, int]) -> int:
    return quote[1]


def _continues(raw: str, previous: list[dict], next_start: int) -> bool:
    """Return whether a sentence starting at ``next_start`` continues the sentence of tokens ``previous``.

    It does when the line break is single and the next line opens in lower case, when the
    previous line is hard-wrapped (:func:`_wrapped_line`): reader views and e-mailed copy break a
    sentence at a fixed width, before a capitalised name as well ("... in order to accuse" /
    "Syrian troops of ..."), or when the previous line ends on a word no sentence ends on
    (:func:`_open_ending`: "... would be handed to" / "\"Western partners\" ...").
    """
    title = bool(previous) and _is_title_period(previous, len(previous) - 1)
    # A line ending on a closing quotation mark ("... a \"controlled burn\"" / "of the fuel ...") goes on when the
    # next line opens in lower case: the quotation was a phrase inside the sentence (round 17b).
    closing = bool(previous) and previous[-1]["text"] in CLOSE_MARKS and len(previous) > 1 and previous[-2]["is_word"]
    # A possessive's ending ("the Harbour Workers'" / "Union would ...") ends the line on a word.
    word_end = bool(previous) and (previous[-1]["is_word"] or _possessive_end(previous))
    if not previous or not (word_end or previous[-1]["text"] == "," or title or closing):
        return False
    gap = raw[previous[-1]["end"] : next_start]
    if line_break_count(gap) != 1 or gap.strip(" \t" + LINE_BREAK_CHARS + QUOTE_PREFIX):
        return False
    opening = raw[next_start : next_start + 8].lstrip(LINE_OPENERS)
    if (bool(opening) and opening[0].islower()) or title or _possessive_end(previous):
        # A line ending on a title abbreviation ("..., Maj." / "Gen. X, head of ..., said") breaks a name; one
        # ending on a plural possessive breaks a noun phrase before its head.
        return True
    return word_end and (
        _wrapped_line(raw, previous[-1]["end"])
        or _open_ending(previous[-1])
        or _wrapped_paragraph(raw, previous)
        or _cue_before_figure_or_day(previous, opening)
    )


# Apostrophes that close a plural possessive ("the dockers' union", "the workers’ pay").
POSSESSIVE_APOSTROPHES = frozenset({"'", "’"})
# The possessive endings the tokenizer splits off a word ("group's" -> "group", "'s").
POSSESSIVE_TOKENS = frozenset({"'s", "’s"})


def _possessive_end(toks: list[dict]) -> bool:
    """Return whether the tokens end on a possessive: an "'s" ending, or an apostrophe glued to a word ending in "s"
    that opens no quotation of the sentence (no single opening mark before it). No sentence ends there: a line broken
    after it ("... said that the Harbour Workers'" / "Union would ballot ...") breaks a noun phrase before its
    head (round 20, issue 11: the splitter took the apostrophe for a quotation's close)."""
    if len(toks) > 1 and toks[-1]["norm"] in POSSESSIVE_TOKENS and toks[-2]["is_word"]:
        return True  # "the group's" / "\"White Helmets accomplices\" have ...": the tokenizer's possessive ending
    if len(toks) < 2 or toks[-1]["text"] not in POSSESSIVE_APOSTROPHES:
        return False
    word = toks[-2]
    glued = word["is_word"] and word["end"] == toks[-1]["start"] and word["norm"].endswith("s")
    return glued and not any(t["text"] in {"‘", "'"} for t in toks[:-1])


# Words that open a sub-heading ending on a cue ("What the report said", "How the board voted").
HEADING_WH_WORDS = frozenset({"what", "how", "why", "who", "where", "when", "which"})
# A line ending on a past-tense cue holds at least this many tokens before the cue: a subject, not a label.
CUE_LINE_MIN_SUBJECT_TOKENS = 2


def _cue_before_figure_or_day(previous: list[dict], opening: str) -> bool:
    """Return whether a line ending on a past-tense cue after a subject ("The dockers' union said" / "87 per cent
    of ...", "State officials said" / "Monday they were ...") runs on into the next line that opens with a figure
    or a day or time word: a print column broke the sentence after its cue. A sub-heading ending on a cue is in
    the present ("What the law says"), and a new paragraph seldom opens with a bare figure or day (round 17b,
    issue 11: print editions lost the attribution of such sentences)."""
    last = previous[-1]
    if len(previous) <= CUE_LINE_MIN_SUBJECT_TOKENS or (last["norm"],) not in _cue_forms():
        return False
    if previous[0]["norm"] in HEADING_WH_WORDS:
        return False  # "What the report said": a sub-heading
    if _tense(last["norm"]) != "past":
        return False
    word = re.match(r"[^\W_]+", opening)
    return word is not None and (word.group().isdigit() or word.group().casefold() in TIME_WORDS)


def _wrapped_paragraph(raw: str, previous: list[dict]) -> bool:
    """Return whether the sentence of tokens ``previous`` already runs over a line break: its paragraph is
    hard-wrapped (e-mailed, quoted or PDF copy), so a line of it ending on a word without a period is cut at the
    wrap width, however short ("... in the Supreme" / "Court."), and the next line goes on with it (round 15,
    issue 11). A sentence on one line that ends on a word may be a title or label; it is left to the other tests.
    A line ending on a footnote mark after the sentence's period ("... poison gas.¹", "... in three days.1") ends
    its sentence: the last token must be a word of letters, not after a sentence's end mark."""
    last = previous[-1]
    if not last["text"][:1].isalpha() or (len(previous) > 1 and previous[-2]["text"] in SENTENCE_END_MARKS):
        return False
    return has_line_break(raw[previous[0]["start"] : last["end"]])


def _open_ending(last: dict) -> bool:
    """Return whether the token ``last`` ending a line is a word that leaves its sentence open (an article,
    a preposition, a conjunction, ``that``, a possessive: segmentation's ``open_endings`` list), so that a
    short line ending on it is the first half of a paragraph the scrape broke, whatever the next line opens with.
    The list's reporting verbs are left out: a short line ending on one is as often a sub-heading
    ("What the law says") as a broken sentence."""
    return last["norm"] in open_endings() and (last["norm"],) not in _cue_forms()


# A line that ends on a word after at least this many words is a wrapped paragraph line, not a
# title or label (entry titles and sub-headings are shorter).
MIN_WORDS_WRAPPED_LINE = 12
# Marks that end a sentence: a word after one (a footnote number) does not leave the sentence open.
SENTENCE_END_MARKS = frozenset({".", "?", "!"})
LINE_WORD = re.compile(r"[^\W_]+")


def _wrapped_line(raw: str, end: int) -> bool:
    """Return whether the line ending at ``end`` holds at least ``MIN_WORDS_WRAPPED_LINE`` words."""
    return len(LINE_WORD.findall(raw, line_start(raw, end), end)) >= MIN_WORDS_WRAPPED_LINE


def _without_contained_floating(rows: list[dict]) -> list[dict]:
    """Return ``rows`` without the floating quotations whose content lies inside another attribution's content.

    A quotation sentence that continues into a later attributed sentence is not floating. The
    attributions are sorted by content start with the running maximum of their content ends, so each
    floating row is one binary search (not a scan of every row).
    """
    spans = sorted((r["content_start"], r["content_end"]) for r in rows if r["mode"] != "floating")
    starts = [start for start, _ in spans]
    reach = np.maximum.accumulate([end for _, end in spans]).tolist() if spans else []

    def contained(row: dict) -> bool:
        i = bisect_right(starts, row["content_start"])
        return i > 0 and reach[i - 1] >= row["content_end"]

    return [r for r in rows if r["mode"] != "floating" or not contained(r)]


def _row(
    sentence: dict, raw: str, toks: list[dict], item: dict, content: tuple[int, int], quote_spans: list[tuple[int, int]]
) -> dict:
    """Return the row of a raw attribution: speaker, cue and content as text and character offsets."""
    c_start, c_end = content
    s_start, s_end = _span(toks, item["speaker"])
    cue_start, cue_end = _span(toks, item["cue"])
    return {
        **sentence,
        "speaker_text": raw[s_start:s_end] if s_start >= 0 else "",
        "speaker_start": s_start,
        "speaker_end": s_end,
        "cue": raw[cue_start:cue_end],
        "cue_start": cue_start,
        "cue_end": cue_end,
        "cue_lemma": item["lemma"],
        "cue_class": item["cue_class"],
        "mode": _mode(c_start, c_end, quote_spans, raw),
        "content": raw[c_start:c_end],
        "content_start": c_start,
        "content_end": c_end,
        "agentless": item["agentless"],
    }


def _floating_row(sentence: dict, raw: str, content: tuple[int, int]) -> dict:
    """Return the row of a floating quotation: no speaker, no cue."""
    c_start, c_end = content
    return {
        **sentence,
        "speaker_text": "",
        "speaker_start": -1,
        "speaker_end": -1,
        "cue": "",
        "cue_start": -1,
        "cue_end": -1,
        "cue_lemma": "",
        "cue_class": "",
        "mode": "floating",
        "content": raw[c_start:c_end],
        "content_start": c_start,
        "content_end": c_end,
        "agentless": False,
    }


def _word_counts(rows: list[dict], starts: list[int], is_word: list[bool], voice: list[str]) -> None:
    """Set content_words and quoted_words (words inside the content, and inside quotation marks) on an article's rows.

    ``starts``, ``is_word`` and ``voice`` are the article's token columns in text order.
    """
    if not rows:
        return
    word_starts = np.array([st for st, w in zip(starts, is_word, strict=False) if w], dtype="int64")
    quoted = np.concatenate(
        [[0], np.cumsum([v == "quoted" for v, w in zip(rule_voices(voice), is_word, strict=False) if w], dtype="int64")]
    )
    lo = np.searchsorted(word_starts, [r["content_start"] for r in rows])
    hi = np.searchsorted(word_starts, [r["content_end"] for r in rows])
    for row, a, b in zip(rows, lo.tolist(), hi.tolist(), strict=False):
        row["content_words"] = b - a
        # A floating quotation is all the source's own words, whatever the marks.
        row["quoted_words"] = b - a if row["mode"] == "floating" else int(quoted[b] - quoted[a])
