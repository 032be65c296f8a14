"""Charts of the reuse analysis: the outlet x outlet reuse matrix and each article's words by origin.

Each chart is saved as PNG and SVG with the CSV of its data (``analysis.plots.save_figure``).
This module reads the analysis; the analysis never imports it.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch
from matplotlib.ticker import PercentFormatter

from ..plots import FIGURE_WIDTH, apply_style, save_figure
from ..study import Study
from .summaries import WORD_CLASSES, article_word_classes, outlet_matrix

# Okabe & Ito (2008) colours: taken text warm (vermillion, orange), the outlet's own text blue.
WORD_CLASS_COLORS = {"reused": "#D55E00", "unordered": "#E69F00", "quoted": "#56B4E9", "original": "#0072B2"}
# A sequential, colour-blind-safe map (cividis: Nuñez et al. 2018) for shares 0-1.
MATRIX_CMAP = "cividis"
# Bar segments narrower than this share get no label inside them (the count is in the CSV).
MIN_LABELLED_SHARE = 0.07


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _matrix_title(matrix: pd.DataFrame, reuse: pd.DataFrame) -> str:
    """Return the finding of the matrix: its largest share, or that there is none (and whether any text is shared)."""
    if reuse.empty:
        return "No passage of body text is shared between outlets"
    if matrix.empty or matrix["reused_words"].max() == 0:
        return "Outlets share passages, but none was found in an article published on an earlier date"
    top = matrix.sort_values(["share", "outlet", "other_outlet"], ascending=[False, True, True], kind="stable").iloc[0]
    return f"{top['share']:.0%} of {top['outlet']}'s body words were found in earlier {top['other_outlet']} articles"


def plot_reuse_matrix(study: Study, reuse: pd.DataFrame, figures_dir: str | Path, source: str) -> plt.Figure:
    """Draw the outlet x outlet matrix of :func:`~analysis.reuse.summaries.outlet_matrix`, save it as
    ``reuse_matrix`` and return the figure.

    Row: the outlet whose body words are counted (n articles, words); column: the outlet whose
    earlier-published articles they were found in; cell: the share, with the words counted.
    The diagonal is empty: an outlet is not compared with itself.
    """
    apply_style()
    matrix = outlet_matrix(study, reuse)
    outlets = sorted(set(study.outlet_of().values()))
    shares = np.full((len(outlets), len(outlets)), np.nan)
    position = {outlet: k for k, outlet in enumerate(outlets)}
    # Grows with the outlets up to the house width (FIGURE_WIDTH with the colour bar), then cells shrink.
    size = min(max(3.5, 1.5 + 1.4 * len(outlets)), FIGURE_WIDTH - 2.5)
    fig, ax = plt.subplots(figsize=(size + 2.5, size * 0.75 + 0.5))
    for row in matrix.itertuples(index=False):
        shares[position[row.outlet], position[row.other_outlet]] = row.share
    image = ax.imshow(np.ma.masked_invalid(shares), cmap=MATRIX_CMAP, vmin=0, vmax=1, aspect="auto")
    for row in matrix.itertuples(index=False):
        y, x = position[row.outlet], position[row.other_outlet]
        color = "white" if row.share < 0.6 else "black"  # legible on cividis's dark and light ends
        label = f"{row.share:.0%}\n{row.reused_words:,} of {_plural(row.body_words, 'word')}"
        ax.text(x, y, label, ha="center", va="center", fontsize=8, color=color)
    for k in range(len(outlets)):
        ax.text(k, k, "same outlet\n(not compared)", ha="center", va="center", fontsize=7, color="#555555")
    articles = pd.Series(list(study.outlet_of().values())).value_counts()
    row_labels = [f"{outlet}\n(n = {_plural(int(articles[outlet]), 'article')})" for outlet in outlets]
    ax.set_xticks(range(len(outlets)), outlets, rotation=20, ha="right")
    ax.set_yticks(range(len(outlets)), row_labels)
    ax.set_xlabel("…found in this outlet's articles published on an earlier date")
    ax.set_ylabel("Body words of this outlet…")
    ax.spines[:].set_visible(False)
    fig.colorbar(image, ax=ax, fraction=0.05, pad=0.03, label="share of the row outlet's body words")
    ax.set_title(_matrix_title(matrix, reuse))
    save_figure(fig, matrix, "reuse_matrix", figures_dir, source)
    return fig


def _bars_title(classes: pd.DataFrame) -> str:
    """Return the finding of the bar chart: the article with the largest reused share, or none."""
    reused = classes[classes["word_class"] == "reused"]
    if reused.empty or reused["words"].max() == 0:
        unordered = classes.loc[classes["word_class"] == "unordered", "words"].sum()
        if unordered:
            return (
                f"No words were found in earlier articles; {_plural(int(unordered), 'word')} are shared, order unknown"
            )
        return "Every body word is the outlet's own or quoted: no text shared with another outlet"
    top = reused.sort_values(["share", "article_id"], ascending=[False, True], kind="stable").iloc[0]
    return f"Up to {top['share']:.0%} of an article's body words were found in an earlier article ({top['article_id']})"


def plot_article_words(study: Study, reuse: pd.DataFrame, figures_dir: str | Path, source: str) -> plt.Figure:
    """Draw one stacked bar per article: its body words found in earlier articles, shared with
    same-day or undated ones, quoted, and its own (:func:`~analysis.reuse.summaries.article_word_classes`);
    save it as ``reuse_article_words`` and return the figure."""
    apply_style()
    classes = article_word_classes(study, reuse)
    articles = list(dict.fromkeys(classes["article_id"]))
    outlets = study.outlet_of()
    fig, ax = plt.subplots(figsize=(9.5, 1.6 + 0.55 * len(articles)))
    wide = classes.pivot(index="article_id", columns="word_class", values="share").reindex(articles)
    counts = classes.pivot(index="article_id", columns="word_class", values="words").reindex(articles)
    left = np.zeros(len(articles))
    for word_class in WORD_CLASSES:
        shares = wide[word_class].to_numpy()
        ax.barh(range(len(articles)), shares, left=left, color=WORD_CLASS_COLORS[word_class], edgecolor="white")
        for y, (share, count) in enumerate(zip(shares, counts[word_class], strict=True)):
            if share >= MIN_LABELLED_SHARE:
                color = "black" if word_class in ("unordered", "quoted") else "white"
                ax.text(
                    left[y] + share / 2,
                    y,
                    f"{share:.0%}\n({count:,})",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color=color,
                )
        left += shares
    totals = classes.drop_duplicates("article_id").set_index("article_id")["body_words"].reindex(articles)
    for y, total in enumerate(totals):
        ax.text(1.01, y, f"n = {_plural(int(total), 'word')}", va="center", fontsize=8)
    ax.set_yticks(range(len(articles)), [f"{a}\n({outlets[a]})" for a in articles], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(PercentFormatter(1))
    ax.set_xlabel("share of the article's body words")
    ax.set_title(_bars_title(classes))
    handles = [Patch(color=WORD_CLASS_COLORS[c]) for c in WORD_CLASSES]
    ax.legend(
        handles,
        list(WORD_CLASSES.values()),
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12 - 0.4 / len(articles)),
        ncol=2,
        frameon=False,
        fontsize=8,
    )
    save_figure(fig, classes, "reuse_article_words", figures_dir, source)
    return fig
