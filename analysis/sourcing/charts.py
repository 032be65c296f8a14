"""Charts of the sourcing analysis: who speaks (affiliations), the most-voiced sources, cue
classes and modes per outlet. Each chart is saved as PNG and SVG with the CSV of its data
(``analysis.plots.save_figure``). This module reads the analysis; the analysis never imports it.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.patches import Patch

from ..plots import (
    FIGURE_WIDTH,
    OKABE_ITO,
    apply_style,
    grid_title,
    human_label,
    most_words,
    not_shown,
    outlet_colors,
    panel_grid,
    percent_count,
    save_figure,
    wrapped,
)
from .lexicons import reporting_verbs
from .reading import _shorten
from .summaries import by_affiliation, cue_profile, sources

MODE_ORDER = ["direct", "floating", "mixed", "indirect"]
UNKNOWN_COLOR = "#BBBBBB"


def _affiliation_colors(affiliations: list[str]) -> dict[str, str]:
    """Return a colour per affiliation; unknown is grey, the others take the house palette in order."""
    palette = [c for c in OKABE_ITO if c != "#000000"] + ["#882255", "#44AA99", "#999933", "#332288"]
    named = [a for a in affiliations if a != "unknown"]
    colors = {a: palette[i % len(palette)] for i, a in enumerate(named)}
    colors["unknown"] = UNKNOWN_COLOR
    return colors


def plot_who_speaks(attr: pd.DataFrame, figures_dir, source: str):
    """Chart the share of attributed words per affiliation country, one bar per outlet; return the figure."""
    apply_style()
    data = by_affiliation(attr)
    order = data.groupby("affiliation")["content_words"].sum().sort_values(ascending=False, kind="stable")
    affiliations = [a for a in order.index if a != "unknown"] + (["unknown"] if "unknown" in order.index else [])
    colors = _affiliation_colors(
        sorted(a for a in affiliations if a != "unknown")
    )  # same colours in every sourcing chart
    outlets = sorted(data["outlet"].unique())
    fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, 1.2 + 0.7 * len(outlets)))
    for row, outlet in enumerate(outlets):
        sub = data[data["outlet"] == outlet].set_index("affiliation")
        left = 0.0
        for affiliation in affiliations:
            if affiliation not in sub.index:
                continue
            share = float(sub.at[affiliation, "share_of_words"])
            ax.barh(row, share, left=left, color=colors[affiliation], edgecolor="white")
            if share >= 0.15:  # the count with the share: a share of few words reads as such
                count = int(sub.at[affiliation, "content_words"])
                ax.text(left + share / 2, row, f"{share:.0%}\n({count})", ha="center", va="center", fontsize=9)
            left += share
        total = int(data.loc[data["outlet"] == outlet, "content_words"].sum())
        ax.text(1.01, row, f"{total} words", va="center", fontsize=9)
    ax.set_yticks(range(len(outlets)), outlets)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the words attributed to sources (content of every attribution)")
    ax.set_title(wrapped(_who_speaks_title(data, outlets), 70))
    handles = [Patch(color=colors[a]) for a in affiliations]
    # Below the bars, not beside them: the figure keeps the report's width.
    ax.legend(handles, affiliations, title="affiliation (share, words)", bbox_to_anchor=(0, -0.6 / max(len(outlets), 1) - 0.08),
              loc="upper left", ncol=4, fontsize=9, frameon=False)  # fmt: skip
    save_figure(fig, data, "sourcing_who_speaks", figures_dir, source)
    return fig


def _who_speaks_title(data: pd.DataFrame, outlets: list[str]) -> str:
    """Return the title of :func:`plot_who_speaks`: which affiliation gets the most words in each outlet."""
    known = data[data["affiliation"] != "unknown"]
    order = ["outlet", "content_words", "affiliation"]
    top = known.sort_values(order, ascending=[True, False, True], kind="stable").groupby("outlet").head(1)
    tops = list(dict.fromkeys(top["affiliation"]))
    if known.empty:
        return "No attributed words could be given an affiliation"
    if len(tops) == 1 and len(outlets) > 1 and len(top) == len(outlets):
        return f"Sources affiliated with {tops[0]} get the most attributed words in every outlet"
    if len(outlets) == 1:
        return f"Sources affiliated with {tops[0]} get the most attributed words"
    return "The affiliation given the most words differs between outlets"


def plot_top_sources(attr: pd.DataFrame, figures_dir, source: str, top: int = 8):
    """Chart each outlet's most-voiced sources: words in their own (quoted) words and paraphrased; return the figure."""
    apply_style()
    table = sources(attr)
    table = table[table["source"] != ""]  # attributions without a resolved source
    data = table.groupby("outlet", sort=True).head(top).reset_index(drop=True)
    data = data.assign(paraphrased_words=data["content_words"] - data["quoted_words"])
    data = data[
        [
            "outlet",
            "source",
            "source_type",
            "affiliation",
            "attributions",
            "quoted_words",
            "paraphrased_words",
            "content_words",
        ]
    ]
    outlets = sorted(data["outlet"].unique())
    affiliations = sorted(set(a for cell in attr["affiliation"] for a in cell.split("; ")) - {"unknown"})
    colors = _affiliation_colors(affiliations)
    rows = max([int((data["outlet"] == o).sum()) for o in outlets] + [1])
    shown, hidden = most_words(data.groupby("outlet")["content_words"].sum().reindex(outlets).fillna(0))
    fig, axes = panel_grid(max(1, len(shown)), row_height=0.9 + 0.36 * rows)
    for ax, outlet in zip(axes, shown, strict=False):
        sub = data[data["outlet"] == outlet].reset_index(drop=True)
        for y, row in sub.iterrows():
            color = colors.get(row["affiliation"].split("; ")[0], colors["unknown"])
            ax.barh(y, row["quoted_words"], color=color)
            ax.barh(
                y,
                row["paraphrased_words"],
                left=row["quoted_words"],
                color=color,
                alpha=0.35,
                hatch="//",
                edgecolor="white",
            )
        ax.set_yticks(
            range(len(sub)),
            [f"{_shorten(s, 28)} ({_shorten(a, 22)})" for s, a in zip(sub["source"], sub["affiliation"], strict=False)],
            fontsize=9,
        )
        ax.set_ylim(rows - 0.5, -0.5)
        ax.set_title(outlet, fontsize=10)
        ax.set_xlabel("words attributed (solid: in quotation marks)")
    grid_title(fig, _top_sources_title(data[data["outlet"].isin(shown)], shown) + not_shown(hidden))
    save_figure(fig, data, "sourcing_top_sources", figures_dir, source)
    return fig


def _top_sources_title(data: pd.DataFrame, outlets: list[str]) -> str:
    """Return the title of :func:`plot_top_sources`: the most-voiced source of each outlet."""
    if len(outlets) > 1:
        order = ["outlet", "content_words", "source"]
        leaders = data.sort_values(order, ascending=[True, False, True], kind="stable").groupby("outlet").head(1)
        pairs = zip(leaders["outlet"], leaders["source"], strict=False)
        return "Most-voiced source per outlet: " + "; ".join(f"{o}: {_shorten(s, 24)}" for o, s in pairs)
    if len(data):
        return f"{outlets[0]}: {_shorten(data['source'].iat[0], 30)} is given the most words"
    return "No attributed sources"


def plot_cue_classes(attr: pd.DataFrame, figures_dir, source: str):
    """Chart the share of attributions per cue-neutrality class, bars per outlet; return the figure."""
    apply_style()
    data = cue_profile(attr)
    outlets = sorted(data["outlet"].unique())
    classes = [c for c in dict.fromkeys(reporting_verbs()["cue_class"])]
    colors = outlet_colors(outlets)
    fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, 1.5 + len(classes) * max(0.45, 0.1 * len(outlets))))
    width = 0.8 / max(1, len(outlets))
    for k, outlet in enumerate(outlets):
        sub = data[data["outlet"] == outlet].set_index("cue_class").reindex(classes)
        ys = [i + (k - (len(outlets) - 1) / 2) * width for i in range(len(classes))]
        ax.barh(ys, sub["share"].fillna(0), height=width, color=colors[outlet], label=outlet)
        total = int(data.loc[data["outlet"] == outlet, "attributions"].sum())
        for y, share, n in zip(ys, sub["share"].fillna(0), sub["attributions"].fillna(0), strict=False):
            if n:
                ax.text(share + 0.01, y, percent_count(int(n), total), va="center", fontsize=9)
    ax.set_yticks(range(len(classes)), [human_label("cue_class", c) for c in classes])
    ax.invert_yaxis()
    ax.set_xlabel("share of the outlet's attributions with a cue (count of total at bar end)")
    neutral = data[data["cue_class"] == "neutral"].set_index("outlet")["share"]
    if neutral.empty:
        title = "No reporting cues found"
    elif len(outlets) > 1:
        low, high = neutral.idxmin(), neutral.idxmax()
        # The extremes are computed, never an arbitrary pair: with many outlets, the largest difference.
        title = (
            f"Neutral cues: largest difference {high} ({neutral[high]:.0%}) vs {low} ({neutral[low]:.0%})"
            if neutral[high] != neutral[low]
            else "Outlets use neutral cues equally often"
        )
    else:
        title = f"{neutral.index[0]}: {neutral.iat[0]:.0%} of cues are neutral"
    ax.set_title(wrapped(title, 80))
    if outlets:
        ax.legend(frameon=False, fontsize=9, loc="lower right")
    save_figure(fig, data, "sourcing_cue_classes", figures_dir, source)
    return fig


def plot_modes(attr: pd.DataFrame, figures_dir, source: str):
    """Chart the share of direct, floating, mixed and indirect attributions per outlet; return the figure."""
    apply_style()
    rows = []
    for outlet, g in attr.groupby("outlet", sort=True):
        for mode in MODE_ORDER:
            n = int((g["mode"] == mode).sum())
            rows.append({"outlet": outlet, "mode": mode, "attributions": n, "share": round(n / len(g), 3)})
    data = pd.DataFrame(rows, columns=["outlet", "mode", "attributions", "share"])
    outlets = sorted(data["outlet"].unique())
    colors = dict(zip(MODE_ORDER, [OKABE_ITO[0], OKABE_ITO[4], OKABE_ITO[1], OKABE_ITO[2]], strict=False))
    fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, 1.2 + 0.7 * len(outlets)))
    for row, outlet in enumerate(outlets):
        left = 0.0
        for mode in MODE_ORDER:
            cell = data[(data["outlet"] == outlet) & (data["mode"] == mode)]
            share, count = float(cell["share"].iat[0]), int(cell["attributions"].iat[0])
            label = human_label("mode", mode) if row == 0 else None
            ax.barh(row, share, left=left, color=colors[mode], edgecolor="white", label=label)
            if share >= 0.12:
                total = int(data.loc[data["outlet"] == outlet, "attributions"].sum())
                ax.text(left + share / 2, row, percent_count(count, total), ha="center", va="center", fontsize=9)
            left += share
    ax.set_yticks(range(len(outlets)), outlets)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the outlet's attributions")
    quoted = data[data["mode"].isin(["direct", "floating", "mixed"])].groupby("outlet")["share"].sum()
    if quoted.empty:
        title = "No attributions found"
    elif len(outlets) > 1:
        high, low = quoted.idxmax(), quoted.idxmin()
        title = (
            f"{high} quotes its sources' own words more often than {low} ({quoted[high]:.0%} vs {quoted[low]:.0%})"
            if len(outlets) == 2
            else f"Share of attributions quoting the source's own words: largest difference {high} "
            f"({quoted[high]:.0%}) vs {low} ({quoted[low]:.0%})"
        )
        if quoted[high] == quoted[low]:
            title = "Outlets quote their sources' own words equally often"
    else:
        title = f"{outlets[0]}: {quoted.iat[0]:.0%} of attributions quote the source's own words"
    ax.set_title(wrapped(title, 80))
    if outlets:
        ax.legend(
            ncol=4, frameon=False, fontsize=9, bbox_to_anchor=(0, -0.25 - 0.1 / max(1, len(outlets))), loc="upper left"
        )
    save_figure(fig, data, "sourcing_modes", figures_dir, source)
    return fig
