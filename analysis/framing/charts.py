"""Charts of the framing measures: actor labels, stance rates, context topics, actor tone.

Each ``plot_*`` function draws one figure from a summary table of the analysis
(:func:`~analysis.framing.labels.label_counts`,
:func:`~analysis.framing.rates.rates_per_1000`,
:func:`~analysis.framing.context_topics.context_summary`,
:func:`~analysis.framing.tone.tone_summary`) in the house style of
:mod:`analysis.plots`, saves it as PNG, SVG and the CSV of its data, and returns it.
This module imports matplotlib; the analysis modules never import it.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..lexicon import PACKAGE_CODEBOOKS, Codebooks
from ..plots import (
    FIGURE_WIDTH,
    INTERVAL_NOTE,
    POOLED_NOTE,
    apply_style,
    grid_title,
    human_label,
    interval_grid,
    most_words,
    not_shown,
    save_figure,
    voice_label,
)
from ..voices import NARRATION
from .stance_markers import STANCE_KINDS
from .word_index import VOICES


def _ordered(values: pd.Series, weights: pd.Series) -> list[str]:
    """Return distinct values ordered by total weight (descending), then name."""
    totals = weights.groupby(values).sum()
    return sorted(totals.index, key=lambda v: (-totals[v], v))


def label_title(counts: pd.DataFrame, codebooks: Codebooks = PACKAGE_CODEBOOKS) -> str:
    """Return a title stating, per outlet, the commonest label in its narration of the most-mentioned armed group
    actor (narration only: the outlet's own words, without paraphrase or quotation); label families and
    chart labels from the study's ``codebooks``."""
    labels = codebooks.table("framing_labels.csv").set_index("label_category")["family"]
    outlet_voice = counts[counts["voice"] == NARRATION]
    nonstate = outlet_voice[outlet_voice["label_category"].map(labels).eq("non-state")]
    pool = nonstate if len(nonstate) else outlet_voice
    if pool.empty:
        return "No actor labels found in the outlets' own narration"
    actor = _ordered(pool["actor"], pool["mentions"])[0]
    # A name ("HTS") is not a characterisation, so names are left out of the title.
    named = pool[(pool["actor"] == actor) & ~pool["label_category"].isin(["group_name", "organisation_name"])]
    parts = []
    for outlet, group in named.groupby("outlet", sort=True):
        best = group["mentions"].max()
        tied = sorted(group.loc[group["mentions"] == best, "label_category"])
        parts.append(f"{outlet}: {' = '.join(human_label('label_category', t, codebooks) for t in tied)} ({best})")
    return f"Commonest label for '{actor}' in the outlet's own narration: " + "; ".join(parts)


def _label_categories(counts: pd.DataFrame, codebooks: Codebooks) -> list[str]:
    """Return the label categories present, in the order of the study's labels codebook (state labels, then
    non-state, organisations, people), then any others sorted."""
    present = set(counts["label_category"])
    in_codebook = codebooks.table("framing_labels.csv")["label_category"]
    return [c for c in in_codebook if c in present] + sorted(present - set(in_codebook))


def _heatmap(ax, grid: pd.DataFrame, vmax: int) -> None:
    """Draw one actor x category grid of mention counts on ``ax``, each non-zero cell labelled."""
    ax.imshow(grid.to_numpy(), cmap="Blues", vmin=0, vmax=vmax, aspect="auto")
    for (y, x), value in np.ndenumerate(grid.to_numpy()):
        if value:
            color = "white" if value > vmax / 2 else "black"
            ax.text(x, y, int(value), ha="center", va="center", fontsize=9, color=color)


# Outlets drawn in the actor-label heatmap at most (one row of three voices each): beyond it the
# outlets with the most mentions are shown and the title says how many are not.
MAX_HEATMAP_OUTLETS = 3


def plot_actor_labels(
    counts: pd.DataFrame,
    figures_dir: str | Path,
    source: str,
    name: str = "framing_actor_labels",
    codebooks: Codebooks = PACKAGE_CODEBOOKS,
):
    """Draw actor x label-category heatmaps, one row per outlet (at most ``MAX_HEATMAP_OUTLETS``, those with the
    most mentions), one column per voice (narration, paraphrase, quotation); save and return the figure.

    The CSV keeps every outlet. Categories are ordered and named by the study's ``codebooks``
    (pass ``study.codebooks``)."""
    apply_style()
    outlets, hidden = most_words(counts.groupby("outlet")["mentions"].sum(), MAX_HEATMAP_OUTLETS)
    shown = counts[counts["outlet"].isin(outlets)]
    actors = _ordered(shown["actor"], shown["mentions"])
    categories = _label_categories(shown, codebooks)
    size = (FIGURE_WIDTH, (0.24 * len(actors) + 0.8) * len(outlets) + 2.6)
    fig, axes = plt.subplots(len(outlets), len(VOICES), figsize=size, squeeze=False, sharex=True, sharey=True)
    vmax = max(int(counts["mentions"].max()), 1) if len(counts) else 1
    for r, outlet in enumerate(outlets):
        for c, voice in enumerate(VOICES):
            ax = axes[r][c]
            sub = shown[(shown["outlet"] == outlet) & (shown["voice"] == voice)]
            grid = sub.pivot_table(index="actor", columns="label_category", values="mentions", aggfunc="sum")
            _heatmap(ax, grid.reindex(index=actors, columns=categories).fillna(0), vmax)
            ax.set_title(f"{outlet}: {voice_label(voice)}", fontsize=10, loc="left")
            ax.set_yticks(range(len(actors)), actors, fontsize=9)
            labels = [human_label("label_category", category, codebooks) for category in categories]
            ax.set_xticks(range(len(categories)), labels, rotation=60, ha="right", fontsize=9)
            ax.spines[["left", "bottom"]].set_visible(False)
        axes[r][0].set_ylabel("actor")
    for ax in axes[-1]:
        ax.set_xlabel("label (number of mentions in the body)")
    grid_title(
        fig, label_title(counts[counts["outlet"].isin(outlets)], codebooks) + not_shown(hidden, "mentions"), fontsize=10
    )
    save_figure(fig, counts, name, figures_dir, source)
    return fig


def _stance_title(rates: pd.DataFrame, kinds: list[str]) -> str:
    """Return a title naming the highest stance rate in the outlets' narration (their own words)."""
    outlet_voice = rates[(rates["voice"] == NARRATION) & rates["kind"].isin(kinds)]
    if not outlet_voice["count"].sum():
        return "No stance markers in the outlets' own narration"
    ranked = outlet_voice.sort_values(
        ["per_1000_words", "outlet", "kind"], ascending=[False, True, True], kind="stable"
    )
    top = ranked.iloc[0]
    # The count and the words behind the rate, so a rate resting on a handful of words reads as such.
    return (
        f"Highest stance rate in the outlet's narration: {human_label('stance_kind', top['kind'])} in "
        f"{top['outlet']} ({top['per_1000_words']:.1f} per 1,000 words: {int(top['count'])} in "
        f"{int(top['words']):,} words)"
    )


def _rows(table: pd.DataFrame, value: str, scale: float = 1.0) -> pd.DataFrame:
    """Return ``table`` indexed by outlet with ``median`` (and ``ci_low``/``ci_high`` where present) times ``scale``,
    from the column ``value``: the rows of one chart panel."""
    rows = table.set_index("outlet").rename(columns={value: "median"})
    for column in ("median", "ci_low", "ci_high"):
        if column in rows:
            rows[column] = rows[column] * scale
    return rows


def _article_note(outlet_rates: pd.DataFrame | None, words: int | None = None) -> str:
    """Return the note under a chart title: how the dots and lines read, and n articles / n words."""
    if outlet_rates is None:
        return POOLED_NOTE + (f" n words = {words:,}." if words is not None else "")
    per_outlet = outlet_rates[outlet_rates["measure"] == "quoted_share"]
    articles, total = int(per_outlet["articles"].sum()), int(per_outlet["words"].sum())
    return f"{INTERVAL_NOTE} n = {articles:,} articles, {total:,} words; (n) after a name: its articles."


def _panels(table: pd.DataFrame, items: list[str], key: str, value: str, scale: float, label) -> list:
    """Return (panel title, rows) per item of ``items``, from ``table``'s rows with ``key`` == item."""
    return [(label(item), _rows(table[table[key] == item], value, scale)) for item in items]


def plot_stance_rates(
    rates: pd.DataFrame,
    figures_dir: str | Path,
    source: str,
    name: str = "framing_stance_rates",
    outlet_rates: pd.DataFrame | None = None,
):
    """Draw stance markers per 1,000 words of the outlets' narration: one panel per kind, one row per outlet
    with the median of its articles and a bootstrap 95 % interval (``outlet_rates``, from
    :func:`~analysis.framing.article_rates.outlet_rates`), or its pooled rate without one; save and
    return the figure. The CSV holds every voice."""
    apply_style()
    outlets = sorted(rates["outlet"].unique())
    used = set(rates.loc[rates["count"] > 0, "kind"])
    kinds = [k for k in STANCE_KINDS if k in used] or [k for k in STANCE_KINDS if k in set(rates["kind"])][:1]
    label = lambda kind: f"{human_label('stance_kind', kind)} (narration)"  # noqa: E731
    narration_words = int(rates[rates["voice"] == NARRATION].groupby("outlet")["words"].max().sum())
    if outlet_rates is None:
        table, data = rates[rates["voice"] == NARRATION], rates
        panels = _panels(table, kinds, "kind", "per_1000_words", 1.0, label)
    else:
        data = outlet_rates[outlet_rates["measure"] == "stance"]
        table = data[data["voice"] == NARRATION]
        panels = _panels(table, kinds, "item", "median", 1.0, label)
    note = _article_note(outlet_rates, narration_words)
    fig = interval_grid(panels, outlets, "per 1,000 words of the outlet's narration", _stance_title(rates, kinds), note)
    save_figure(fig, data, name, figures_dir, source)
    return fig


def _context_title(summary: pd.DataFrame, outlets: list[str]) -> str:
    """Return the title: the topic most outlets bring in most often, and how many."""
    tops = []
    for outlet in outlets:
        sub = summary[summary["outlet"] == outlet]
        sub = sub.sort_values(["share_of_sentences", "topic"], ascending=[False, True], kind="stable")
        if len(sub) and sub["sentences"].iat[0]:
            tops.append(sub["topic"].iat[0])
    if not tops:
        return "No background topic found"
    counts = pd.Series(tops).value_counts()
    best = sorted(counts.index, key=lambda t: (-counts[t], t))[0]
    return f"Most frequent background topic: {best} in {counts[best]} of {len(outlets)} outlets."


# Panels (topics, actors) drawn at most; the CSV keeps every one.
MAX_ITEM_PANELS = 8


def plot_context(
    summary: pd.DataFrame,
    figures_dir: str | Path,
    source: str,
    name: str = "framing_context_topics",
    outlet_rates: pd.DataFrame | None = None,
):
    """Draw the share of body sentences touching each background topic: one panel per topic (the
    ``MAX_ITEM_PANELS`` most frequent), one row per outlet with the median over its articles and a
    bootstrap 95 % interval (``outlet_rates``), or its pooled share; save and return the figure."""
    apply_style()
    outlets = sorted(summary["outlet"].unique())
    topics = _ordered(summary["topic"], summary["sentences"])
    shown = topics[:MAX_ITEM_PANELS]
    if outlet_rates is None:
        data = summary
        panels = _panels(summary, shown, "topic", "share_of_sentences", 100.0, str)
    else:
        data = outlet_rates[outlet_rates["measure"] == "context"]
        panels = _panels(data, shown, "item", "median", 100.0, str)
    hidden = (
        f" [{len(topics) - len(shown)} rarer topics not shown; all are in the CSV]" if len(topics) > len(shown) else ""
    )
    title = _context_title(summary, outlets) + hidden
    fig = interval_grid(
        panels, outlets, "% of the body sentences that mention the topic", title, _article_note(outlet_rates)
    )
    save_figure(fig, data, name, figures_dir, source)
    return fig


def _tone_title(summary: pd.DataFrame) -> str:
    """Return a title stating whether the actor-voice mean scores are mostly negative, mostly positive or mixed."""
    negative = (summary["mean_compound"] < 0).mean() if len(summary) else 0
    positive = (summary["mean_compound"] > 0).mean() if len(summary) else 0
    verdict = "mostly negative" if negative > 0.5 else "mostly positive" if positive > 0.5 else "mixed"
    return (
        f"Sentences naming the actors score {verdict} ({negative:.0%} of actor-voice means below 0, "
        f"{positive:.0%} above): the words around an actor, not the outlet's judgment of it"
    )


def plot_tone(
    summary: pd.DataFrame,
    figures_dir: str | Path,
    source: str,
    name: str = "framing_actor_tone",
    outlet_rates: pd.DataFrame | None = None,
):
    """Draw the VADER compound of the outlets' narration sentences naming each actor: one panel per actor
    (the ``MAX_ITEM_PANELS`` most named), one row per outlet with the median of its articles' means and a
    bootstrap 95 % interval (``outlet_rates``), or its mean over sentences; save and return the figure.
    The CSV holds every voice."""
    apply_style()
    outlets = sorted(summary["outlet"].unique())
    actors = _ordered(summary["actor"], summary["sentences"])
    shown = actors[:MAX_ITEM_PANELS]
    label = lambda actor: f"{actor} (narration)"  # noqa: E731
    if outlet_rates is None:
        data = summary
        panels = _panels(summary[summary["voice"] == NARRATION], shown, "actor", "mean_compound", 1.0, label)
    else:
        data = outlet_rates[outlet_rates["measure"] == "tone"]
        panels = _panels(data[data["voice"] == NARRATION], shown, "item", "median", 1.0, label)
    hidden = f" [{len(actors) - len(shown)} actors named less often not shown]" if len(actors) > len(shown) else ""
    xlabel = "VADER compound of sentences naming the actor (-1 negative, +1 positive)"
    fig = interval_grid(panels, outlets, xlabel, _tone_title(summary) + hidden, _article_note(outlet_rates))
    for ax in fig.axes:
        if ax.get_visible():
            ax.set_xlim(-1, 1)
            ax.axvline(0, color="#888888", lw=0.8)
    save_figure(fig, data, name, figures_dir, source)
    return fig
