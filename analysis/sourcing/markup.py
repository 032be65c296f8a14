"""Markup left in a page's prose by a scrape or an export, read as no words of the text (issue 11, round 21).

Pages saved from HTML keep tags inside sentences (``spokesman <strong>X</strong> told``), wiki pages keep
footnote markers and inline tags glued to a word (``According to X,[4] …``, ``claimed[according to whom?]
that``), Markdown exports keep the furniture of links and bold type (``[X](https://…) said``, ``**X** said``).
The tokenizer makes words and marks of that furniture, which break a speaker phrase before its cue, put a
bracket where a cue expects a comma, and open or close a content on a tag. The raw text is never changed:
the rules read the sentence's tokens without the markup, and a content that spans markup keeps it.

Entities (``&#8220;``, ``&quot;``) are not handled here: the text layer reads them as the marks they encode.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..lexicon import read_word_list
from ..text import has_line_break, line_start
from .tokens import _trim

# An HTML tag or comment: ``<p>``, ``</strong>``, ``<a href="…">``, ``<br/>``, ``<!-- … -->``.
HTML_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")
# A wiki footnote marker or inline tag glued to the word or mark before it: ``[4]``, ``[a]``,
# ``[citation needed]``, ``[who?]``, ``[according to whom?]``. The glue tells it from an editor's insertion in
# a quotation (``said [the minister] would``), which follows a space.
FOOTNOTE_MARK = re.compile(r"(?<=[^\s\[])\[(?:\d{1,3}|[a-z]|[a-z][a-z ,']{1,40}\??)\]")
# One or more footnote markers or inline tags and nothing else.
INLINE_TAGS = re.compile(r"(?:\[(?:\d{1,3}|[a-z]|[a-z][a-z ,']{1,40}\??)\])+")
# The furniture of a Markdown link around its text: the opening ``[`` and the closing ``](address)`` or
# ``][reference]``; the text inside stays (``[Maria Q.](https://…) said``: the speaker is ``Maria Q.``).
MARKDOWN_LINK = re.compile(r"(\[)[^\[\]\n]{1,120}(\]\((?:https?://|/)[^()\s]*\)|\]\[[^\[\]\s]{1,20}\])")
# Markdown strong emphasis (``**X**``, ``__X__``): a run of two marks is never a word of the text.
STRONG_MARKS = re.compile(r"\*\*|__")
# A tag that opens or closes a paragraph-level block: the scrape glued paragraphs on one line ("… he said.</p><p>
# Messages …"), and the sentence splitter reads no boundary there.
BLOCK_TAG = re.compile(
    r"</?(?:p|br|blockquote|li|ul|ol|h[1-6]|div|figure|figcaption|section|article|table|tr|td)\b[^<>\n]*/?>", re.I
)
# Characters whose absence from the raw text means no markup can occur (a quick test for plain pages).
MARKUP_CHARS = ("<", "[", "**", "__")


def markup_spans(raw: str) -> list[tuple[int, int]]:
    """Return the sorted (start, end) of the markup in ``raw`` (tags, footnote markers, link furniture, strong
    marks); an empty list for a page without any, after a quick test of its characters."""
    if not any(chars in raw for chars in MARKUP_CHARS):
        return []
    spans = [m.span() for m in HTML_TAG.finditer(raw)] if "<" in raw else []
    if "[" in raw:
        spans += [m.span() for m in FOOTNOTE_MARK.finditer(raw)]
        for m in MARKDOWN_LINK.finditer(raw):
            spans += [m.span(1), m.span(2)]
    spans += [m.span() for m in STRONG_MARKS.finditer(raw)]
    return sorted(spans)


def footnote_marks(raw: str) -> list[tuple[int, int]]:
    """Return the sorted (start, end) of the footnote markers and inline tags glued to a word in ``raw``."""
    return [m.span() for m in FOOTNOTE_MARK.finditer(raw)] if "[" in raw else []


def before_footnote(raw: str, content: tuple[int, int], marks: list[tuple[int, int]]) -> tuple[int, int]:
    """Return a content span cut before the first footnote marker inside it that more words follow.

    A wiki cites its source right after the words the source supports: a marker inside a reported clause closes
    the claim (``reported that the group had rehearsed the scene,[8] a claim repeated at the council by …``), and
    what follows is the article's own apposition or a further report, not the speaker's words. A marker at the
    content's end stays outside it as before."""
    start, end = content
    i = bisect_right(marks, (start, start))
    if i >= len(marks) or marks[i][1] > end or not raw[marks[i][1] : end].strip(" \t,;.:"):
        return content
    cut_start, cut_end = _trim(raw, start, marks[i][0])
    return (cut_start, cut_end) if cut_end > cut_start else content


def without_markup(toks: list[dict], spans: list[tuple[int, int]]) -> list[dict]:
    """Return a sentence's tokens without those lying inside a markup span (see :func:`markup_spans`).

    A token inside a span is furniture: its words (``strong``, ``href``, ``citation needed``, an address) are
    no words of the sentence. One binary search per token."""
    if not spans:
        return toks
    starts = [start for start, _ in spans]
    kept = []
    for tok in toks:
        i = bisect_right(starts, tok["start"]) - 1
        if i >= 0 and tok["end"] <= spans[i][1]:
            continue
        kept.append(tok)
    return kept


def block_parts(raw: str, toks: list[dict]) -> list[list[dict]]:
    """Return a sentence's tokens cut into the paragraphs of a scrape that glued them on one line: a cut wherever a
    paragraph-level tag (``BLOCK_TAG``: ``</p><p>``, ``<br>``, ``<blockquote>``) stands between two tokens.

    The gold reads such a line paragraph by paragraph (styles_round20_b: "as if the line were split"), and a cue
    at the end of one paragraph must not take the next paragraph as its content. Tokens without markup between
    them are never cut; a sentence with no tag is returned whole. A footnote marker after a sentence's stop cuts
    too (:func:`_part_boundary`)."""
    parts = [[]]
    for tok in toks:
        if parts[-1] and _part_boundary(raw, parts[-1][-1], tok):
            parts.append([])
        parts[-1].append(tok)
    return parts if parts[0] else []


# Marks that end a sentence before a wiki's footnote marker (``… according to the UN.[5] The province …``).
SENTENCE_END_MARKS = frozenset({".", "?", "!"})


def _part_boundary(raw: str, last: dict, tok: dict) -> bool:
    """Return whether a paragraph or sentence boundary the splitter missed lies between tokens ``last`` and ``tok``:
    a paragraph-level tag (``BLOCK_TAG``), or a footnote marker glued after a sentence's end mark before a
    capitalised word (the splitter wants a space after the stop, and the marker takes its place)."""
    if BLOCK_TAG.search(raw, last["end"], tok["start"]):
        return True
    return (
        last["text"] in SENTENCE_END_MARKS
        and tok["text"][:1].isupper()
        and bool(INLINE_TAGS.fullmatch(raw[last["end"] : tok["start"]].strip()))
    )


def split_at_inline_tag(raw: str, previous: list[dict], toks: list[dict]) -> bool:
    """Return whether the sentence of tokens ``toks`` goes on the sentence ``previous``, cut by the splitter at
    the question mark of a glued inline tag (``It has been claimed[according to whom?]`` / ``that …``).

    It does when only a footnote marker or inline tag stands between the two in one paragraph and the next
    sentence opens in lower case: no sentence opens in lower case, and the tag is no end of a sentence.
    """
    if not previous or not toks or not toks[0]["is_word"] or not toks[0]["text"][:1].islower():
        return False
    gap = raw[previous[-1]["end"] : toks[0]["start"]]
    return not has_line_break(gap) and _only_tags(gap.strip())


def _only_tags(text: str) -> bool:
    """Return whether ``text`` is one or more footnote markers or inline tags and nothing else."""
    return bool(INLINE_TAGS.fullmatch(text))


@lru_cache(maxsize=1)
def post_verbs() -> frozenset[str]:
    """Return the lemmas of cues whose colon introduces a post reproduced without marks (sourcing_post_verbs.txt)."""
    return frozenset(read_word_list("sourcing_post_verbs.txt"))


def unmarked_quotation(
    raw: str,
    toks: list[dict],
    lemma: str,
    following: list[tuple[int, int, int]],
    by_sentence: dict[int, list[dict]],
) -> tuple[int, int] | None:
    """Return the span of the quotation without marks that a cue closing its paragraph with a colon introduces
    (``toks``: the cue's sentence; ``following``: the next sentences as (id, start, end)), or None.

    Two layouts set a quotation off without quotation marks, the next body paragraph being the words quoted:
    a Markdown block quote (``wrote:`` / ``> Russia and … respond swiftly.``: the ``>`` is the mark) and an
    embedded post rendered as text after a verb of posting or writing (``hit back on Twitter, writing:`` / the
    post; :func:`post_verbs`). The span runs over the sentences of that one line (of the block's ``>`` lines),
    trimmed; the row is direct. A paragraph on the same line is no such quotation.
    """
    if not toks or not following:
        return None
    first = by_sentence.get(following[0][0], [])
    gap = raw[toks[-1]["end"] : first[0]["start"]]
    # The quotation opens the next line: a body paragraph further on (past an embed's furniture, which is no
    # body) is no quotation of this cue.
    if not first or not has_line_break(gap) or gap.strip(" \t\r\n>*_"):
        return None
    opening = line_start(raw, first[0]["start"])
    block = raw[opening : first[0]["start"]].strip().startswith(">")
    if not block and lemma not in post_verbs():
        return None
    end = _paragraph_end(raw, opening, block)
    last = first[-1]["end"]
    for sentence_id, _, _ in following[1:]:
        words = by_sentence.get(sentence_id, [])
        if not words or words[0]["start"] >= end:
            break
        last = words[-1]["end"]
    start, stop = _trim(raw, first[0]["start"], min(last, end))
    return (start, stop) if stop > start else None


def _paragraph_end(raw: str, opening: int, block: bool) -> int:
    """Return where the line opening at ``opening`` ends; for a block quote, where its last ``>`` line ends."""
    end = _line_end(raw, opening)
    while block and end < len(raw):
        following = end + 1
        if not raw[following : _line_end(raw, following)].lstrip().startswith(">"):
            break
        end = _line_end(raw, following)
    return end


def _line_end(raw: str, position: int) -> int:
    """Return the offset of the line break ending the line that holds ``position`` (the text's length if none)."""
    found = raw.find("\n", position)
    return len(raw) if found < 0 else found
