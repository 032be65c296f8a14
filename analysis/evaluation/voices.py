"""The gold voice of a position in a page, derived from the annotation alone.

Three voices (issue 11): inside quotation marks, **quotation**; inside the content of
an indirect or mixed attribution and outside quotation marks, **paraphrase**; otherwise the
outlet's own **narration**. The marks are read on the position's own line, so a
quotation that runs over paragraphs (each reopened with a mark, the English convention)
is still seen.
"""

from __future__ import annotations

OPENING = {"“": "”", "«": "»", "„": "”"}
CLOSING = {"”", "»"}
STRAIGHT = '"'
VOICE_OF_SYSTEM = {"outlet": "narration", "quoted": "quotation"}


def inside_quotation_marks(raw: str, position: int) -> bool:
    """Return True if ``position`` lies between double quotation marks opened earlier on its line."""
    line_start = raw.rfind("\n", 0, position) + 1
    depth, straight_open = 0, False
    for char in raw[line_start:position]:
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth = max(depth - 1, 0)
        elif char == STRAIGHT:
            straight_open = not straight_open
    return depth > 0 or straight_open


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
