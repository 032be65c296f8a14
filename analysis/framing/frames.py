"""Generic news frames (Semetko & Valkenburg 2000): automatic cues and manual coding sheets.

The frames codebook ``framing_frames.yml`` holds, per frame, the yes/no
questions a coder answers and cue words. :func:`frame_cues` finds the cues in
the body; they only point a coder to passages, they do not answer the
questions. The coding sheets (:func:`coding_template`,
:func:`load_coding_sheets`) hold the coders' answers; :func:`frame_scores`
turns them into a score per frame. Agreement between coders is
:func:`analysis.reliability.sheet_reliability`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

from ..reliability import normalise_answers
from ..study import Study
from .arrays import table_of
from .codebooks import Lexicon, build_lexicon, load_frames
from .matching import match_index
from .word_index import WordIndex, word_index

FRAME_CUE_COLUMNS = ["article_id", "part", "sentence_id", "start", "end", "text", "frame", "cue", "voice"]
SHEET_COLUMNS = ["coder", "article_id", "frame", "question_id", "question", "answer", "evidence", "note"]


def _frame_lexicons(frames: dict) -> list[tuple[str, Lexicon]]:
    """Return (frame, cue lexicon) of each frame of a frames codebook."""
    return [
        (f["frame"], build_lexicon(pd.DataFrame({"expression": [str(c) for c in f["cues"]]}))) for f in frames["frames"]
    ]


@cache
def _frame_lexicons_at(path: Path) -> tuple:
    """Return (frame, cue lexicon) of each frame of the frames codebook at ``path`` (built once per path)."""
    return tuple(_frame_lexicons(load_frames(path)))


def frame_questions(frames: dict | None = None) -> pd.DataFrame:
    """Return the 20 Semetko & Valkenburg questions: frame, question_id, question."""
    frames = frames or load_frames()
    rows = [
        {"frame": f["frame"], "question_id": q["id"], "question": q["text"]}
        for f in frames["frames"]
        for q in f["questions"]
    ]
    return pd.DataFrame(rows)


def frame_cues(
    study: Study, words: pd.DataFrame | None = None, frames: dict | None = None, index: WordIndex | None = None
) -> pd.DataFrame:
    """Return every automatic cue hit of the five generic frames (body only).

    Cues only point a coder to passages; they do not answer the questions.
    """
    ix = word_index(study, words) if index is None else index
    lexicons = _frame_lexicons(frames) if frames else _frame_lexicons_at(study.codebooks.path("framing_frames.yml"))
    hits = [
        (i, j, frame, row["expression"])
        for frame, lexicon in lexicons
        for i, j, row in match_index(ix, lexicon, ix.body)
    ]
    columns = ix.spans([h[0] for h in hits], [h[1] for h in hits])
    columns.update(frame=[h[2] for h in hits], cue=[h[3] for h in hits])
    table = table_of(columns, FRAME_CUE_COLUMNS)
    # Hits of one frame never overlap, so this order is text order within each frame, as per sentence.
    return table.sort_values(["article_id", "start", "frame"], kind="stable").reset_index(drop=True)


def coding_template(study: Study, frames: dict | None = None, coder: str = "") -> pd.DataFrame:
    """Return an empty coding sheet: one row per primary article and question."""
    questions = frame_questions(frames)
    rows = [
        {"coder": coder, "article_id": article_id, **q, "answer": "", "evidence": "", "note": ""}
        for article_id in sorted(study.outlet_of())
        for q in questions.to_dict("records")
    ]
    return pd.DataFrame(rows, columns=SHEET_COLUMNS)


def load_coding_sheets(coding_dir: str | Path) -> pd.DataFrame:
    """Return every filled sheet ``frames_*.csv`` in ``coding_dir`` (the template excluded), stacked."""
    paths = sorted(p for p in Path(coding_dir).glob("frames_*.csv") if p.name != "frames_template.csv")
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in paths]
    if not frames:
        return pd.DataFrame(columns=SHEET_COLUMNS)
    return pd.concat(frames, ignore_index=True)[SHEET_COLUMNS]


def frame_scores(sheets: pd.DataFrame) -> pd.DataFrame:
    """Return, per coder, article and frame, the share of coded questions answered yes (0-1)."""
    sheets = normalise_answers(sheets)
    coded = sheets[sheets["answer"] != ""].copy()
    coded["answer"] = coded["answer"].astype(int)
    out = coded.groupby(["coder", "article_id", "frame"], sort=True)["answer"].agg(["mean", "count"])
    return out.rename(columns={"mean": "score", "count": "questions_coded"}).reset_index()
