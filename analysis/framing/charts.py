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
    VOICE_HATCH,
    VOICE_MARKER,
    apply_style,
    grid_title,
    human_label,
    most_words,
    not_shown,
    outlet_colors,
    save_figure,
    voice_label,
    wrapped,
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
            ax.text(x, y, int(value), ha="center", va="center", fontsize=7, color=color)


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


# Outlets drawn as bars side by side in one panel at most; beyond it, those with the most words.
MAX_BAR_OUTLETS = 12


def plot_stance_rates(rates: pd.DataFrame, figures_dir: str | Path, source: str, name: str = "framing_stance_rates"):
    """Draw stance markers per 1,000 words: one panel per voice, one bar per outlet and kind; save and return the
    figure."""
    apply_style()
    words = rates[rates["voice"] == NARRATION].groupby("outlet")["words"].max()
    outlets, hidden = most_words(words.reindex(sorted(rates["outlet"].unique())).fillna(0), MAX_BAR_OUTLETS)
    kinds = [k for k in STANCE_KINDS if k in set(rates["kind"])]
    colors = outlet_colors(outlets)
    fig, axes = plt.subplots(
        1, len(VOICES), figsize=(FIGURE_WIDTH, 1.8 + len(kinds) * max(0.45, 0.1 * len(outlets))), sharey=True
    )
    height = 0.8 / len(outlets)
    for ax, voice in zip(axes, VOICES, strict=True):
        for n, outlet in enumerate(outlets):
            sub = rates[(rates["outlet"] == outlet) & (rates["voice"] == voice)].set_index("kind").reindex(kinds)
            ys = np.arange(len(kinds)) + n * height
            label = f"{outlet} ({int(sub['words'].fillna(0).max())} words)"
            values = sub["per_1000_words"].fillna(0)
            hatch = VOICE_HATCH[voice]
            ax.barh(ys, values, height=height, color=colors[outlet], hatch=hatch, edgecolor="white", label=label)
        ax.set_yticks(np.arange(len(kinds)) + 0.4 - height / 2, [human_label("stance_kind", k) for k in kinds])
        ax.invert_yaxis()
        ax.set_title(voice_label(voice), fontsize=10)
        ax.set_xlabel("per 1,000 words in this voice")
        ax.legend(fontsize=8, loc="lower right")
    grid_title(fig, _stance_title(rates, kinds) + not_shown(hidden))
    save_figure(fig, rates, name, figures_dir, source)
    return fig


def plot_context(summary: pd.DataFrame, figures_dir: str | Path, source: str, name: str = "framing_context_topics"):
    """Draw the share of body sentences touching each background topic, per outlet; save and return the figure."""
    apply_style()
    outlets = sorted(summary["outlet"].unique())
    topics = _ordered(summary["topic"], summary["sentences"])
    colors = outlet_colors(outlets)
    fig, ax = plt.subplots(figsize=(9, 0.4 * len(topics) + 2))
    for n, outlet in enumerate(outlets):
        sub = summary[summary["outlet"] == outlet].set_index("topic").reindex(topics)
        offset = (n - (len(outlets) - 1) / 2) * 0.15
        ys = np.arange(len(topics)) + offset
        ax.scatter(sub["share_of_sentences"] * 100, ys, color=colors[outlet], label=outlet, s=45, zorder=3)
    ax.set_yticks(range(len(topics)), topics)
    ax.invert_yaxis()
    ax.grid(axis="x", color="#dddddd", zorder=0)
    ax.set_xlabel("% of the outlet's body sentences that mention the topic")
    ax.legend(fontsize=8)
    tops = []
    for outlet in outlets:
        sub = summary[summary["outlet"] == outlet]
        sub = sub.sort_values(["share_of_sentences", "topic"], ascending=[False, True], kind="stable")
        if sub["sentences"].iat[0]:
            tops.append(f"{outlet}: {sub['topic'].iat[0]}")
    title = "Most frequent background topic. " + "; ".join(tops) if tops else "No background topic found"
    grid_title(fig, title)
    save_figure(fig, summary, name, figures_dir, source)
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


def plot_tone(summary: pd.DataFrame, figures_dir: str | Path, source: str, name: str = "framing_actor_tone"):
    """Draw mean VADER compound of sentences mentioning each actor, per outlet and voice; save and return the
    figure."""
    apply_style()
    outlets = sorted(summary["outlet"].unique())
    actors = _ordered(summary["actor"], summary["sentences"])
    colors = outlet_colors(outlets)
    fig, ax = plt.subplots(figsize=(9, 0.45 * len(actors) + 2))
    for n, outlet in enumerate(outlets):
        for k, voice in enumerate(VOICES):
            sub = (
                summary[(summary["outlet"] == outlet) & (summary["voice"] == voice)].set_index("actor").reindex(actors)
            )
            offset = (n - (len(outlets) - 1) / 2) * 0.18 + (k - 1) * 0.06
            ax.scatter(
                sub["mean_compound"],
                np.arange(len(actors)) + offset,
                color=colors[outlet],
                marker=VOICE_MARKER[voice],
                facecolors=colors[outlet] if voice == NARRATION else "none",
                label=f"{outlet}, {voice_label(voice)}",
                s=40,
                zorder=3,
            )
    ax.axvline(0, color="#888888", lw=0.8)
    ax.set_xlim(-1, 1)
    ax.set_yticks(range(len(actors)), actors)
    ax.invert_yaxis()
    ax.set_xlabel("mean VADER compound score of sentences mentioning the actor (-1 negative, +1 positive)")
    ax.legend(fontsize=7, loc="lower left", bbox_to_anchor=(1.0, 0.0))
    # wrapped(), not wrap=True: matplotlib measures wrapped text as TeX math (a "$" in a name crashes it).
    ax.set_title(wrapped(_tone_title(summary)), fontsize=10)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    save_figure(fig, summary, name, figures_dir, source)
    return fig
