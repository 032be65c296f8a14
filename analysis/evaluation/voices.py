"""The gold voice of a position in a page, derived from the annotation alone.

Three voices (issue 11): inside quotation marks, **quotation**; inside the content of
an indirect or mixed attribution and outside quotation marks, **paraphrase**; otherwise the
outlet's own **narration**. The marks are read on the position's own line, so a
quotation that runs over paragraphs (each reopened with a mark, the English convention)
is still seen.
"""

from __future__ import annotations

from ..segmentation.markup_view import masked

# Each opening mark with the marks that close it: English “…”, French « … », German „…“ (Polish „…”),
# Danish »…« and Swedish »…». A mark that closes the innermost open quotation is read as a closer first,
# so German's closing “ and French's closing » are not taken for openers.
CLOSERS_OF = {"“": "”", "«": "»", "„": "“”", "»": "«»"}
CLOSING = {"”", "»"}
STRAIGHT = '"'
VOICE_OF_SYSTEM = {"outlet": "narration", "quoted": "quotation"}


def inside_quotation_marks(raw: str, position: int) -> bool:
    """Return True if ``position`` lies between double quotation marks opened earlier on its line, each
    opening mark paired with its own language's closers (:data:`CLOSERS_OF`). Marks written as HTML entities
    (``&#8220;``, ``&quot;``) count as the marks they stand for, as the text layer reads them (round 21)."""
    line_start = raw.rfind("\n", 0, position) + 1
    open_marks: list[str] = []
    straight_open = False
    for char in masked(raw[line_start:position]):
        if open_marks and char in CLOSERS_OF[open_marks[-1]]:
            open_marks.pop()
        elif char in CLOSERS_OF:
            open_marks.append(char)
        elif char in CLOSING and open_marks:
            open_marks.pop()
        elif char == STRAIGHT:
            straight_open = not straight_open
    return bool(open_marks) or straight_open


def gold_voice(raw: str, position: int, attributions: list[dict]) -> str:
    """Return "quotation", "paraphrase" or "narration" for ``position`` of ``raw`` given the gold attributions."""
    if inside_quotation_marks(raw, position):
        return "quotation"
    for attribution in attributions:
        if attribution["mode"] in ("indirect", "mixed") and attribution["start"] <= position < attribution["end"]:
            return "paraphrase"
    return "narration"


def system_voice(voice: str) -> str:
    """Return the three-voice name of a voice value of the exported tables (old two-voice values mapped)."""
    return VOICE_OF_SYSTEM.get(voice, voice)
