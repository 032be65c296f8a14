"""Summary tables of the attributions (per outlet and source, affiliation, side, cue class) and
:func:`tables`, the export set of the sourcing analysis."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..lexicon import PACKAGE_CODEBOOKS, Codebooks
from ..study import Study
from .accusations import accused_parties
from .batching import _attributions, _token_index
from .corrections import apply_corrections
from .lexicons import reporting_verbs, side_of, sides
from .quote_variants import quote_variants

MODES = ("direct", "mixed", "indirect", "floating")
SOURCE_COLUMNS = [
    "outlet", "source", "source_type", "affiliation", "side", "anonymous", "articles", "attributions",
    "content_words", "quoted_words", "direct", "mixed", "indirect", "floating", "cue_classes",
    "first_article_id", "first_start",
]  # fmt: skip
AFFILIATION_COLUMNS = ["outlet", "affiliation", "side", "attributions", "content_words", "quoted_words"]
# The attributions' columns the per-outlet tables read (:func:`summary_tables`): not the spans' offsets, the
# speaker's text, the cue lemma or the content, the bulk of an attribution row.
SUMMARY_COLUMNS = [
    "article_id", "outlet", "start", "source", "source_type", "affiliation", "side", "cue", "cue_class", "mode",
    "content_words", "quoted_words", "anonymous", "agentless",
]  # fmt: skip


def sources(attr: pd.DataFrame) -> pd.DataFrame:
    """Return one row per outlet and source: attributions, words, quoted words, modes, cue classes.

    Rows without a resolved source (agentless, unresolved) are pooled under an empty source so
    that the counts add up to the attributions table.
    """
    if attr.empty:
        return pd.DataFrame(columns=SOURCE_COLUMNS)
    frame = attr.assign(key=attr["source"].str.casefold())
    # Vectorised per (outlet, source key); groups keep the attributions' order, so "first" is the first mention.
    keys = ["outlet", "key"]
    groups = frame.groupby(keys, sort=True)
    out = groups[["source", "affiliation", "side", "article_id", "start"]].first()
    # The commonest source type; ties go to the alphabetically first (as Series.mode orders them).
    types = frame.groupby(keys + ["source_type"], sort=True).size().rename("n").reset_index()
    order = [True, True, False, True]
    types = types.sort_values(keys + ["n", "source_type"], ascending=order, kind="stable").drop_duplicates(keys)
    out["source_type"] = types.set_index(keys)["source_type"]
    out["anonymous"] = groups["anonymous"].any().astype(bool)
    out["articles"] = groups["article_id"].nunique()
    out["attributions"] = groups.size()
    out["content_words"] = groups["content_words"].sum().astype("int64")
    out["quoted_words"] = groups["quoted_words"].sum().astype("int64")
    for m in MODES:
        out[m] = (frame["mode"] == m).groupby([frame["outlet"], frame["key"]], sort=True).sum().astype("int64")
    out["cue_classes"] = _cue_class_labels(frame, keys, out.index)
    out = out.rename(columns={"article_id": "first_article_id", "start": "first_start"}).reset_index()
    out = out[SOURCE_COLUMNS].astype({"first_start": "int64"})
    return out.sort_values(
        ["outlet", "content_words", "source"], ascending=[True, False, True], kind="stable"
    ).reset_index(drop=True)


def _cue_class_labels(frame: pd.DataFrame, keys: list[str], index: pd.Index) -> list[str]:
    """Return, per (outlet, source key) of ``index``, its cue classes with counts ("neutral 3; doubting 1")."""
    cues = frame[frame["cue_class"] != ""].groupby(keys + ["cue_class"], sort=True).size()
    # One pass over the counts (sorted, so each key's classes come in order), not a pandas aggregation
    # and lookup per key: those cost about 0.25 ms a key (3.6 s of the 8.3 s of sources() on 2,000
    # benchmark articles, 14k keys).
    labels: dict[tuple, list[str]] = {}
    for (outlet, key, cue_class), n in zip(cues.index.tolist(), cues.tolist(), strict=True):
        labels.setdefault((outlet, key), []).append(f"{cue_class} {n}")
    return ["; ".join(labels.get(k, ())) for k in index.tolist()]


def outlet_profile(attr: pd.DataFrame, outlets: list[str] | None = None) -> pd.DataFrame:
    """Return one row per outlet: counts of attributions and sources, mode shares, anonymous share."""
    outlets = sorted(set(outlets or []) | set(attr["outlet"]))
    rows = []
    for outlet in outlets:
        g = attr[attr["outlet"] == outlet]
        n = len(g)
        named = g[(g["source"] != "") & ~g["anonymous"]]
        rows.append({
            "outlet": outlet, "articles": g["article_id"].nunique(), "attributions": n,
            "distinct_sources": named["source"].str.casefold().nunique(),
            "content_words": int(g["content_words"].sum()), "quoted_words": int(g["quoted_words"].sum()),
            **{f"share_{m}": (g["mode"] == m).sum() / n if n else 0.0 for m in MODES},
            "share_anonymous": g["anonymous"].sum() / n if n else 0.0,
            "agentless": int(g["agentless"].sum()),
            "share_neutral_cues": (g["cue_class"] == "neutral").sum() / max(1, (g["cue_class"] != "").sum()),
        })  # fmt: skip
    return pd.DataFrame(rows)


def by_affiliation(attr: pd.DataFrame, codebooks: Codebooks = PACKAGE_CODEBOOKS) -> pd.DataFrame:
    """Return attributions and words per outlet and affiliation country (a joint affiliation is split evenly),
    each country with its side of the story in the study's ``sourcing_sides.csv`` (pass ``study.codebooks``)."""
    if attr.empty:
        frame = pd.DataFrame([], columns=AFFILIATION_COLUMNS)
    else:
        # One row per (attribution, affiliation part), in the attributions' order.
        parts = [[a.strip() for a in cell.split(";")] if cell else ["unknown"] for cell in attr["affiliation"].tolist()]
        n = np.array([len(p) for p in parts], dtype="int64")
        flat = [part for p in parts for part in p]
        position = np.repeat(np.arange(len(attr)), n)
        table = sides(codebooks)
        unique_sides = {part: side_of(part, table) for part in dict.fromkeys(flat)}
        frame = pd.DataFrame({
            "outlet": attr["outlet"].to_numpy()[position], "affiliation": flat,
            "side": [unique_sides[part] for part in flat],
            "attributions": 1 / n[position],
            "content_words": attr["content_words"].to_numpy()[position] / n[position],
            "quoted_words": attr["quoted_words"].to_numpy()[position] / n[position],
        }, columns=AFFILIATION_COLUMNS)  # fmt: skip
    return _with_shares(frame.groupby(["outlet", "affiliation", "side"], sort=True, as_index=False).sum())


def by_side(attr: pd.DataFrame, codebooks: Codebooks = PACKAGE_CODEBOOKS) -> pd.DataFrame:
    """Return attributions and words per outlet and side of the story (the study's ``sourcing_sides.csv``:
    pass ``study.codebooks``)."""
    return _sides_from(by_affiliation(attr, codebooks))


def _sides_from(frame: pd.DataFrame) -> pd.DataFrame:
    """Return :func:`by_side` from the :func:`by_affiliation` table."""
    sums = frame.groupby(["outlet", "side"], sort=True, as_index=False)[
        ["attributions", "content_words", "quoted_words"]
    ].sum()
    return _with_shares(sums)


def _with_shares(out: pd.DataFrame) -> pd.DataFrame:
    """Return per-outlet sums with ``share_of_words`` (of the outlet's attributed words) added (not rounded)."""
    totals = out.groupby("outlet")["content_words"].transform("sum")
    out["share_of_words"] = out["content_words"] / totals.where(totals > 0, 1)
    return out


def cue_profile(attr: pd.DataFrame) -> pd.DataFrame:
    """Return attributions per outlet and cue class, with the cue forms used."""
    g = attr[attr["cue_class"] != ""]
    rows = []
    classes = list(dict.fromkeys(reporting_verbs()["cue_class"]))
    for outlet in sorted(attr["outlet"].unique()):
        sub = g[g["outlet"] == outlet]
        for cue_class in classes:
            cls = sub[sub["cue_class"] == cue_class]
            cues = "; ".join(f"{c} {n}" for c, n in sorted(cls["cue"].str.lower().value_counts().items()))
            share = len(cls) / len(sub) if len(sub) else 0.0
            rows.append(
                {"outlet": outlet, "cue_class": cue_class, "attributions": len(cls), "share": share, "cues": cues}
            )
    return pd.DataFrame(rows, columns=["outlet", "cue_class", "attributions", "share", "cues"])


def summary_tables(attr: pd.DataFrame, outlets: list[str], codebooks: Codebooks) -> dict[str, pd.DataFrame]:
    """Return the export's per-outlet tables of the attributions ``attr`` (sources, sourcing_outlets,
    sourcing_affiliations, sourcing_sides, sourcing_cues); ``outlets``: every outlet of the study, with
    attributions or not. They read only the columns :data:`SUMMARY_COLUMNS` of ``attr``."""
    affiliations = by_affiliation(attr, codebooks)
    return {
        "sources": sources(attr),
        "sourcing_outlets": outlet_profile(attr, outlets),
        "sourcing_affiliations": affiliations,
        "sourcing_sides": _sides_from(affiliations),
        "sourcing_cues": cue_profile(attr),
    }


def tables(study: Study, corrections: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Return this analysis's export tables, by file name without .csv.

    ``corrections`` (a corpus's :func:`~analysis.sourcing.load_corrections`) are laid over the
    rules' attributions before any summary is made (:func:`~analysis.sourcing.apply_corrections`),
    so the sources, affiliation, side and accused tables count the corrected values.
    """
    # Quotation variants need no attributions: they are compared while the workers extract.
    token_index = _token_index(study)
    if study.attributions is not None:  # found once when the study's voices were assigned (analysis.voices)
        attr, variants = study.attributions, quote_variants(study)
    else:
        attr, variants = _attributions(study, meanwhile=lambda: quote_variants(study), token_index=token_index)
    if corrections is not None and len(corrections):
        attr = apply_corrections(attr, corrections, study.codebooks)
    summaries = summary_tables(attr, list(study.outlet_of().values()), study.codebooks)
    return {
        "attributions": attr,
        "sources": summaries.pop("sources"),
        "quote_variants": variants,
        **summaries,
        "accused_parties": accused_parties(attr, study, token_index),
    }
