"""Charts of the vocabulary analysis: the Fightin' Words plot, distinctive terms, and figure-data tables.

Every function takes the tables of the analysis files (``keyness``,
``distinctive_phrases``) and draws or writes them; nothing in the analysis
imports this module, so the analysis runs without matplotlib.

Significance on the charts is significance after correcting for the many words tested: a word is
marked when its Benjamini-Hochberg q-value (``keyness``'s ``q_value``, per comparison and voice) is
below ``Q_LEVEL``, never from a z = 1.96 line; when no word is, the title says so. Words are ranked
by the Fightin' Words z, never by %DIFF (whose 1e21-sized value for a word absent from the
reference would swamp any ranking).
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from adjustText import adjust_text

from ..plots import (
    FIGURE_WIDTH,
    apply_style,
    grid_title,
    most_words,
    n_line,
    not_shown,
    outlet_colors,
    panel_grid,
    voice_label,
)
from ..writing import write_csv
from .keyness_tables import Q_LEVEL

# adjustText moves labels apart for at most this many iterations and no time limit: deterministic output.
LABEL_ITERATIONS = 1000


FIGHTIN_WORDS_COLUMNS = [
    "term",
    "target",
    "reference",
    "x",
    "z",
    "q_value",
    "target_count",
    "reference_count",
    "significant",
    "group",
    "label",
]


def _one_vs_rest(keyness_table_: pd.DataFrame, voice: str) -> pd.DataFrame:
    """Return the one-vs-rest rows of ``voice`` (stop words included: the sample size counts every word)."""
    return keyness_table_[(keyness_table_["comparison"] == "one_vs_rest") & (keyness_table_["voice"] == voice)]


def fightin_words_data(
    keyness_table_: pd.DataFrame, voice: str = "all", top: int = 10, level: float = Q_LEVEL
) -> pd.DataFrame:
    """Return the points of the Fightin' Words plot: one-vs-rest rows of one voice, stop words removed.

    Columns: term, target, reference, x (log10 of the term's count in target
    + reference), z, q_value, target_count, reference_count, significant
    (q_value < ``level``: significant after Benjamini-Hochberg correction),
    group (the target when the term is significant and more frequent there,
    else ""), label (True for the ``top`` terms by z of each target).
    """
    rows = _one_vs_rest(keyness_table_, voice)
    rows = rows[~rows["is_stopword"]]
    if rows.empty:  # one outlet: nothing compared, and the table may lack the count columns
        return pd.DataFrame(columns=FIGHTIN_WORDS_COLUMNS)
    rows = rows.assign(x=np.log10(rows["target_count"] + rows["reference_count"]))
    significant = rows["q_value"] < level
    rows = rows.assign(significant=significant, group=np.where(significant & (rows["z"] > 0), rows["target"], ""))
    ranked = rows.sort_values(["target", "z", "term"], ascending=[True, False, True], kind="stable")
    labelled = ranked.groupby("target", sort=True).head(top).index
    rows = rows.assign(label=rows.index.isin(labelled))
    return (
        rows[FIGHTIN_WORDS_COLUMNS]
        .sort_values(["target", "z", "term"], ascending=[True, False, True], kind="stable")
        .reset_index(drop=True)
    )


def _empty_figure(message: str):
    """Return a small figure that says why there is no chart."""
    fig, ax = plt.subplots(figsize=(6, 1.5))
    ax.axis("off")
    fig.suptitle(message, x=0.01, ha="left", fontsize=11, fontweight="bold")
    return fig


def save_table(frame: pd.DataFrame, name: str, figures_dir) -> str:
    """Write ``frame`` as ``<figures_dir>/<name>.csv`` (UTF-8, LF), for a table shown without a chart.

    Returns the file name.
    """
    return write_csv(frame, Path(figures_dir) / f"{name}.csv").name


def _sample(rows: pd.DataFrame) -> str:
    """Return "n = … articles, … words" of the outlets compared in one-vs-rest ``rows`` of one voice (the
    articles and words of each target, summed over targets)."""
    per_target = rows.groupby("target")[["target_articles", "target_words"]].max()
    return n_line(int(per_target["target_articles"].sum()), int(per_target["target_words"].sum()))


def _stacked_labels(rows: pd.DataFrame, points: pd.DataFrame, per_line: int = 3) -> list[tuple[float, float, str]]:
    """Return one label per distinct (x, z) of ``rows``: tied terms share a label, a few per
    line, and "+N more" says how many other terms of ``points`` sit on the same spot."""
    at_point = points.groupby(["x", "z"]).size()
    labels = []
    for (x, z), group in rows.groupby(["x", "z"], sort=True):
        terms = sorted(set(group["term"]))
        lines = [", ".join(terms[i : i + per_line]) for i in range(0, len(terms), per_line)]
        hidden = int(at_point.get((x, z), len(terms))) - len(terms)
        if hidden > 0:
            lines.append(f"+{hidden} more")
        labels.append((float(x), float(z), "\n".join(lines)))
    return labels


def _title_terms(data: pd.DataFrame, level: float = Q_LEVEL, limit: int = 4) -> str:
    """Return the finding for a chart title: which words are significantly more frequent in each outlet after
    correction (``group`` set: q < ``level``, z > 0), best z first; or that none is."""
    parts = []
    for target, group in data[data["group"] != ""].groupby("target", sort=True):
        terms = group.sort_values(["z", "term"], ascending=[False, True], kind="stable")["term"].tolist()
        shown = ", ".join(f"'{t}'" for t in terms[:limit]) + (
            f" and {len(terms) - limit} more" if len(terms) > limit else ""
        )
        parts.append(f"{target}: {shown}")
    if not parts:
        return f"No word is significant after correction (Benjamini-Hochberg q < {level:g}) for any outlet"
    return f"Words significant after correction (q < {level:g}) — " + "; ".join(parts)


def _fightin_words_panel(ax, data: pd.DataFrame, target: str, colors: dict[str, str], level: float) -> None:
    """Draw one panel of the Fightin' Words plot on ``ax``: ``target`` against the rest, or against the
    other outlet when there are two (its labelled words are then labelled here too)."""
    outlets = sorted(data["target"].unique())
    points = data[data["target"] == target]
    other = [o for o in outlets if o != target][0] if len(outlets) == 2 else None
    negative = colors[other] if other else "#777777"
    lean = np.where(points["z"] > 0, colors[target], negative)
    strong = points["significant"].to_numpy(dtype=bool)
    ax.scatter(points["x"][~strong], points["z"][~strong], c=list(lean[~strong]), s=12, alpha=0.3, linewidths=0)
    ax.scatter(points["x"][strong], points["z"][strong], c=list(lean[strong]), s=22, alpha=1.0, linewidths=0)
    ax.axhline(0, color="#444444", lw=0.6)
    labelled = points[points["label"]]
    if other:
        mirror = data[(data["target"] == other) & data["label"]]["term"]
        labelled = pd.concat([labelled, points[points["term"].isin(mirror)]])
    texts = [
        ax.text(x, z, label, fontsize=9, color=colors[target] if z > 0 else negative, linespacing=1.0)
        for x, z, label in _stacked_labels(labelled, points)
    ]
    ax.set_xlabel("log10 frequency of the word (target + reference)")
    against = other if other else "the rest"
    ax.set_ylabel(f"z-score  (+ more in {target}, − more in {against})")
    marks = f"solid points: q < {level:g} after correction" if strong.any() else f"no word reaches q < {level:g}"
    ax.set_title(f"{target} vs {against}; {marks}", fontsize=9, loc="left", fontweight="normal")
    if texts:
        arrows = {"arrowstyle": "-", "color": "#999999", "lw": 0.5}
        adjust_text(texts, ax=ax, arrowprops=arrows, iter_lim=LABEL_ITERATIONS, time_lim=None)


def plot_fightin_words(keyness_table_: pd.DataFrame, voice: str = "all", top: int = 10, level: float = Q_LEVEL):
    """Return (figure, data) of the Fightin' Words plot: x = log10 frequency, y = z-score.

    One panel per outlet (that outlet vs the rest); with two outlets one panel
    shows both, since the second panel would be the mirror image. Points are
    coloured by the outlet they lean to, solid when significant after
    Benjamini-Hochberg correction (q < ``level``), faint otherwise; no line is
    drawn at a z threshold. The ``top`` terms of each outlet are labelled; terms tied
    at the same point share one label, and labels are moved apart by
    adjustText (deterministic: no randomness, fixed iteration limit).
    """
    apply_style()
    data = fightin_words_data(keyness_table_, voice, top, level)
    outlets = sorted(data["target"].unique())
    if not outlets:
        return _empty_figure("No comparison: keyness needs at least two outlets"), data
    colors = outlet_colors(outlets)
    if len(outlets) == 2:
        panels, hidden = outlets[:1], 0
        fig, axes = panel_grid(1, row_height=5.0, width=FIGURE_WIDTH)
    else:
        panels, hidden = most_words(data.groupby("target")["target_count"].sum())
        fig, axes = panel_grid(len(panels), row_height=4.2)
    for ax, target in zip(axes, panels, strict=True):
        _fightin_words_panel(ax, data, target, colors, level)
    shown = data[data["target"].isin(panels)]
    sample = _sample(_one_vs_rest(keyness_table_, voice))
    grid_title(fig, f"{_title_terms(shown, level)} ({voice_label(voice)}; {sample})" + not_shown(hidden))
    return fig, data


def plot_distinctive_terms(keyness_table_: pd.DataFrame, voice: str = "all", top: int = 12, level: float = Q_LEVEL):
    """Return (figure, data): each outlet's ``top`` most distinctive words (one-vs-rest z), side by side.

    Bars of words significant after Benjamini-Hochberg correction (q < ``level``) are solid, the others
    pale; when no bar is, the title says so.
    """
    apply_style()
    rows = _one_vs_rest(keyness_table_, voice)
    rows = rows[~rows["is_stopword"]]
    rows = rows.sort_values(["target", "z", "term"], ascending=[True, False, True], kind="stable")
    data = rows.groupby("target", sort=True).head(top)
    data = data[["target", "term", "z", "q_value", "log_ratio", "g2_signed", "target_count", "reference_count"]]
    data = data.reset_index(drop=True).assign(significant=lambda d: d["q_value"] < level)
    outlets = sorted(data["target"].unique())
    if not outlets:
        return _empty_figure("No comparison: keyness needs at least two outlets"), data
    colors = outlet_colors(outlets)
    shown, hidden = most_words(rows.groupby("target")["target_count"].sum().reindex(outlets))
    fig, axes = panel_grid(len(shown), row_height=0.26 * top + 1.5)
    tops = []
    for ax, target in zip(axes, shown, strict=True):
        part = data[data["target"] == target].iloc[::-1]
        alpha = np.where(part["significant"], 1.0, 0.35)
        for y, (z, a) in enumerate(zip(part["z"], alpha, strict=True)):
            ax.barh(y, z, color=colors[target], alpha=a)
        ax.set_yticks(
            range(len(part)),
            [
                f"{t}  ({a}:{b})"
                for t, a, b in zip(part["term"], part["target_count"], part["reference_count"], strict=True)
            ],
            fontsize=9,
        )
        # Ties: words with exactly the last bar's z that did not fit are counted, not hidden.
        everything = rows[rows["target"] == target]
        last_z = part["z"].iat[0]
        hidden = int((everything["z"] == last_z).sum() - (part["z"] == last_z).sum())
        ax.set_title(
            target + (f"  (+{hidden} more tied with the last bar)" if hidden else ""),
            fontsize=10,
            loc="left",
            fontweight="normal",
        )
        ax.set_xlabel("Fightin' Words z-score (vs the rest)")
        best = everything[everything["z"] == everything["z"].max()]["term"].tolist()
        tops.append(f"{target}: " + ", ".join(f"'{t}'" for t in best[:3]) + (" …" if len(best) > 3 else ""))
    marks = (
        f"solid: significant after correction, q < {level:g}"
        if data["significant"].any()
        else f"no word is significant after correction, q < {level:g}"
    )
    grid_title(
        fig,
        f"Most distinctive word of each outlet — {'; '.join(tops)} "
        f"({voice_label(voice)}; {_sample(rows)}; count in outlet : in the rest; {marks})" + not_shown(hidden),
        fontsize=10.5,
    )
    return fig, data
