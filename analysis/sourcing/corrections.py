"""Manual attribution corrections: a researcher's file that wins over the rules.

``corpus/attribution_corrections.csv`` (validated with the corpus by
:func:`analysis.corpus.check_attribution_corrections`; format in ``corpus/README.md``) names an
attribution by its article and content offsets and gives the right speaker, source or
affiliation; an empty field keeps the rules' value. As with the manual segment labels of
``corpus/labels.csv``, the rules run first and the corrections are laid over their table
(:func:`apply_corrections`: ``resolved_by`` becomes ``manual``), and the places where the two
disagree can be listed (:func:`correction_disagreements`).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..corpus import ATTRIBUTION_CORRECTION_COLUMNS, ATTRIBUTION_CORRECTIONS_FILE
from ..lexicon import PACKAGE_CODEBOOKS, Codebooks
from .lexicons import side_of, sides

# The attribution fields a correction may set, with the column of the attributions table each sets.
CORRECTED_FIELDS = {"speaker": "speaker_text", "source": "source", "affiliation": "affiliation"}
KEY = ["article_id", "content_start", "content_end"]
DISAGREEMENT_COLUMNS = [*KEY, "content", "field", "rule_value", "correction", "note"]


def load_corrections(corpus_dir: str | Path) -> pd.DataFrame:
    """Return a corpus's corrections (``ATTRIBUTION_CORRECTION_COLUMNS``, integer offsets); empty without a file."""
    path = Path(corpus_dir) / ATTRIBUTION_CORRECTIONS_FILE
    if not path.is_file():
        frame = pd.DataFrame({c: pd.Series(dtype="object") for c in ATTRIBUTION_CORRECTION_COLUMNS})
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")[ATTRIBUTION_CORRECTION_COLUMNS]
    return frame.astype({"content_start": "int64", "content_end": "int64"})


def _matched(attributions: pd.DataFrame, corrections: pd.DataFrame) -> pd.DataFrame:
    """Return the corrections joined to the attribution row they name (``row`` = its index); unmatched rows dropped."""
    rows = attributions[KEY].reset_index(names="row").astype({"content_start": "int64", "content_end": "int64"})
    return corrections.merge(rows, on=KEY, how="inner")


def apply_corrections(
    attributions: pd.DataFrame, corrections: pd.DataFrame, codebooks: Codebooks = PACKAGE_CODEBOOKS
) -> pd.DataFrame:
    """Return the attributions table with every correction applied: its non-empty fields replace the
    rules' speaker_text, source and affiliation (the side follows the affiliation, read in the study's
    ``sourcing_sides.csv``: ``codebooks``), ``resolved_by`` is ``manual``. A correction that names no
    attribution of the table changes nothing (it is listed by :func:`correction_disagreements` with
    rule value ``(no attribution)``)."""
    out = attributions.copy()
    for item in _matched(attributions, corrections).itertuples(index=False):
        for name, column in CORRECTED_FIELDS.items():
            value = str(getattr(item, name)).strip()
            if value:
                out.at[item.row, column] = value
        if str(item.affiliation).strip():
            out.at[item.row, "side"] = side_of(str(item.affiliation).strip(), sides(codebooks))
        out.at[item.row, "resolved_by"] = "manual"
    return out


def correction_disagreements(attributions: pd.DataFrame, corrections: pd.DataFrame) -> pd.DataFrame:
    """Return one row per corrected field whose correction differs from the rules' value
    (``DISAGREEMENT_COLUMNS``), in the corrections file's order.

    ``attributions`` is the rules' table (before :func:`apply_corrections`). A correction whose
    offsets match no attribution is listed once with rule value ``(no attribution)``: the rules
    missed it or its offsets are wrong.
    """
    matched = _matched(attributions, corrections)
    found = {(r.article_id, r.content_start, r.content_end): r.row for r in matched.itertuples(index=False)}
    rows = []
    for item in corrections.itertuples(index=False):
        key = (item.article_id, int(item.content_start), int(item.content_end))
        if key not in found:
            rows.append([*key, "", "", "(no attribution)", "", item.note])
            continue
        rule_row = attributions.loc[found[key]]
        for name, column in CORRECTED_FIELDS.items():
            value = str(getattr(item, name)).strip()
            if value and value != str(rule_row[column]):
                rows.append([*key, rule_row["content"], name, str(rule_row[column]), value, item.note])
    return pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)
