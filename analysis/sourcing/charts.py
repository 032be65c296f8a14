"""Charts of the sourcing analysis: who speaks (affiliations), the most-voiced sources, cue
classes and modes per outlet. Each chart is saved as PNG and SVG with the CSV of its data
(``analysis.plots.save_figure``). This module reads the analysis; the analysis never imports it.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import ScaledTranslation

from ..plots import (
    FIGURE_WIDTH,
    MAX_COLUMNS,
    OKABE_ITO,
    apply_style,
    fit_layout,
    grid_title,
    human_label,
    most_words,
    n_line,
    not_shown,
    outlet_colors,
    panel_grid,
    percent_count,
    save_figure,
)
from .lexicons import reporting_verbs
from .reading import _shorten
from .summaries import by_affiliation, cue_profile, sources

MODE_ORDER = ["direct", "floating", "mixed", "indirect"]
UNKNOWN_COLOR = "#BBBBBB"


def _sample(attr: pd.DataFrame) -> str:
    """Return "n = … articles, … attributions" of an attributions table (articles with at least one)."""
    return n_line(attr["article_id"].nunique(), len(attr), "attributions")


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
    ax.set_title(f"{_who_speaks_title(data, outlets)} ({_sample(attr)}, {int(data['content_words'].sum()):,} words)")
    handles = [Patch(color=colors[a]) for a in affiliations]
    # Below the bars, not beside them: the figure keeps the report's width.
    below = (0, -0.6 / max(1, len(outlets)) - 0.08)
    ax.legend(handles, affiliations, title="affiliation (share, words)", bbox_to_anchor=below,
              loc="upper left", ncol=4, fontsize=9, frameon=False)  # fmt: skip
    fit_layout(fig)
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
    title = f"{_top_sources_title(data[data['outlet'].isin(shown)], shown)} ({_sample(attr)})" + not_shown(hidden)
    grid_title(fig, title)
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


def _cue_panel(ax, data: pd.DataFrame, outlets: list[str], colors: dict[str, str], top: float, names: bool) -> None:
    """Draw one cue class's panel on ``ax``: a bar per outlet (top to bottom) of its share of the outlet's
    attributions with a cue, labelled with the count of the total at the bar's end."""
    rows = data.set_index("outlet")
    for y, outlet in enumerate(outlets):
        share, n = float(rows.at[outlet, "share"]), int(rows.at[outlet, "attributions"])
        ax.barh(y, share, color=colors[outlet], height=0.7)
        ax.text(share + top * 0.02, y, percent_count(n, int(rows.at[outlet, "total"])), va="center", fontsize=9)
    ax.set_yticks(range(len(outlets)), outlets if names else [""] * len(outlets))
    ax.set_ylim(len(outlets) - 0.5, -0.5)
    # Bars take at most half the panel: the rest holds the count label at their end.
    ax.set_xlim(0, 2 * top)
    ax.set_xticks([tick for tick in MaxNLocator(3).tick_values(0, top) if 0 <= tick <= top])
    ax.xaxis.set_major_formatter(lambda value, _: f"{value:.0%}")


def _cue_title(data: pd.DataFrame, outlets: list[str]) -> str:
    """Return the title of :func:`plot_cue_classes`: the outlets using neutral cues most and least often."""
    neutral = data[data["cue_class"] == "neutral"].set_index("outlet")["share"]
    if neutral.empty or not data["attributions"].sum():
        return "No reporting cues found"
    if len(outlets) == 1:
        return f"{neutral.index[0]}: {neutral.iat[0]:.0%} of cues are neutral"
    low, high = neutral.idxmin(), neutral.idxmax()
    if neutral[high] == neutral[low]:
        return "Outlets use neutral cues equally often"
    # The extremes are computed, never an arbitrary pair: with many outlets, the largest difference.
    return f"Neutral cues: largest difference {high} ({neutral[high]:.0%}) vs {low} ({neutral[low]:.0%})"


def plot_cue_classes(attr: pd.DataFrame, figures_dir, source: str):
    """Chart the share of attributions per cue-neutrality class: a panel per class used by any outlet (in the
    reporting-verb list's order), a bar per outlet with its count; return the figure. The CSV keeps every
    class."""
    apply_style()
    data = cue_profile(attr)
    data = data.assign(total=data.groupby("outlet")["attributions"].transform("sum"))
    outlets = sorted(data["outlet"].unique())
    used = set(data.loc[data["attributions"] > 0, "cue_class"])
    classes = [c for c in dict.fromkeys(reporting_verbs()["cue_class"]) if c in used] or ["neutral"]
    colors = outlet_colors(outlets)
    fig, axes = panel_grid(len(classes), row_height=0.25 * len(outlets) + 1.0)
    top = max(float(data["share"].max()), 0.05) if len(data) else 1.0
    for k, (ax, cue_class) in enumerate(zip(axes, classes, strict=True)):
        _cue_panel(ax, data[data["cue_class"] == cue_class], outlets, colors, top, names=k % MAX_COLUMNS == 0)
        ax.set_title(human_label("cue_class", cue_class), fontsize=10, fontweight="normal")
        if k + MAX_COLUMNS >= len(classes):  # the bottom panel of each column
            ax.set_xlabel("share of the outlet's attributions with a cue")
    unused = len(set(reporting_verbs()["cue_class"]) - used)
    note = f" [{unused} cue classes no outlet uses not shown; all are in the CSV]" if unused else ""
    grid_title(fig, f"{_cue_title(data, outlets)} ({_sample(attr[attr['cue_class'] != ''])})" + note)
    save_figure(fig, data, "sourcing_cue_classes", figures_dir, source)
    return fig


def _mode_bar(ax, row: int, cells: pd.DataFrame, colors: dict[str, str], first: bool) -> None:
    """Draw one outlet's stacked bar of attribution modes (``cells`` indexed by mode) at ``row``: each segment
    labelled with its share and count, or its count alone when narrow; the total at the bar's end."""
    left, total = 0.0, int(cells["attributions"].sum())
    for mode in MODE_ORDER:
        share, count = float(cells.at[mode, "share"]), int(cells.at[mode, "attributions"])
        ax.barh(
            row,
            share,
            left=left,
            color=colors[mode],
            edgecolor="white",
            label=human_label("mode", mode) if first else None,
        )
        # A segment too narrow for "42 % (5 of 12)" still shows its count.
        text = percent_count(count, total) if share >= 0.25 else str(count) if count and share >= 0.03 else ""
        ax.text(left + share / 2, row, text, ha="center", va="center", fontsize=9)
        left += share
    ax.text(1.01, row, f"n = {total}", va="center", fontsize=9)


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
    fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, 1.4 + 0.4 * len(outlets)))
    for row, outlet in enumerate(outlets):
        _mode_bar(ax, row, data[data["outlet"] == outlet].set_index("mode"), colors, first=row == 0)
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
    ax.set_title(f"{title} ({_sample(attr)})")
    if outlets:
        # Below the bars in two columns: four long mode names side by side are wider than the report.
        below = ax.transAxes + ScaledTranslation(0, -0.55, fig.dpi_scale_trans)  # under the axis label
        ax.legend(ncol=2, frameon=False, fontsize=9, bbox_to_anchor=(0, 0), bbox_transform=below, loc="upper left")
    fit_layout(fig)
    save_figure(fig, data, "sourcing_modes", figures_dir, source)
    return fig
