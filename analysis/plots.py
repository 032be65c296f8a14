"""Charts with one house style: colour-blind-safe outlet palette, a title that
states the finding, labelled axes, a source line; saved as PNG and SVG next to
the CSV of the data drawn.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from .voices import NARRATION, PARAPHRASE, QUOTATION, VOICE_LABELS

# Okabe & Ito (2008) colour-blind-safe palette, without black and yellow
# (too dark / too light beside text).
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
# One treatment per voice in every chart (analysis/voices.py): narration plain and filled, paraphrase
# dotted, quotation hatched; in scatter plots a filled circle, an open square, an open triangle.
VOICE_HATCH = {NARRATION: "", PARAPHRASE: "..", QUOTATION: "//"}
VOICE_MARKER = {NARRATION: "o", PARAPHRASE: "s", QUOTATION: "^"}


def voice_label(voice: str) -> str:
    """Return the human label of a voice value ("outlet's narration", "paraphrase", "quotation"; "all body text")."""
    return "all body text" if voice == "all" else VOICE_LABELS.get(voice, voice)


# Fixed settings so that re-running gives byte-identical files.
HOUSE_STYLE = {
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "media-study",
    "svg.fonttype": "path",
    # Outlet names and labels come from data: a "$" in them must print, not start TeX math.
    "text.parse_math": False,
}


def source_line(articles: pd.DataFrame) -> str:
    """Return the standard source line: how many articles from which outlets, and where from."""
    primary = articles[articles["role"] == "primary"] if "role" in articles else articles
    outlets = ", ".join(sorted(set(primary["outlet"])))
    return (
        f"Source: {len(primary)} article(s) from {outlets} (corpus metadata.csv); "
        "analysis: the analysis/ package of this study."
    )


def apply_style() -> None:
    """Set the house style for every later figure."""
    plt.rcParams.update(HOUSE_STYLE)


def outlet_colors(outlets: Iterable[str]) -> dict[str, str]:
    """Return a colour per outlet, assigned in sorted order so it is stable across charts."""
    names = sorted(set(outlets))
    return {name: OKABE_ITO[i % len(OKABE_ITO)] for i, name in enumerate(names)}


def add_source_line(fig: plt.Figure, text: str) -> None:
    """Write the source line at the bottom left of the figure."""
    # Below everything already drawn (axis labels, legends); savefig(bbox_inches="tight")
    # then grows the canvas to include it.
    lowest = fig.get_tightbbox(fig.canvas.get_renderer()).y0 / fig.get_figheight()
    fig.text(0.01, lowest - 0.02, text, fontsize=7.5, color="#555555", ha="left", va="top")


def figure_title(fig: plt.Figure) -> str:
    """Return the figure's title (suptitle, else the first axes' title): the finding it states."""
    if fig._suptitle is not None and fig._suptitle.get_text():
        return fig._suptitle.get_text()
    titles = (ax.get_title(loc=loc) for ax in fig.axes for loc in ("left", "center", "right"))
    return next((title for title in titles if title), "")


# Charts shown in notebooks (and so inlined in the HTML report) at screen resolution; the
# PNG and SVG files in figures/ keep the full "savefig.dpi" for print.
NOTEBOOK_DPI = 100


def show_figure(fig: plt.Figure, alt: str | None = None, dpi: int = NOTEBOOK_DPI) -> None:
    """Display ``fig`` in a notebook as a PNG whose alt text states the finding, then close it.

    The alt text defaults to the figure's title; the HTML report writes it into
    the page so screen-reader users get the finding too. ``dpi`` sets the
    resolution of the inlined image only.
    """
    from IPython.display import Image, display

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    display(Image(data=buffer.getvalue(), format="png", metadata={"alt": alt or figure_title(fig) or "Chart"}))


def save_figure(fig: plt.Figure, data: pd.DataFrame, name: str, figures_dir: str | Path, source: str) -> list[Path]:
    """Save ``fig`` as ``name``.png and .svg and ``data`` as ``name``.csv; return the paths.

    Metadata that would change between runs (creation date, software
    version) is left out so files are byte-identical on re-runs.
    """
    figures_dir = Path(figures_dir)
    figures_dir.mkdir(parents=True, exist_ok=True)
    add_source_line(fig, source)
    paths = [figures_dir / f"{name}.png", figures_dir / f"{name}.svg", figures_dir / f"{name}.csv"]
    fig.savefig(paths[0], bbox_inches="tight", metadata={"Software": None})
    fig.savefig(paths[1], bbox_inches="tight", metadata={"Date": None, "Creator": None})
    data.to_csv(paths[2], index=False, lineterminator="\n")
    return paths


# Segment kinds in reading order, kept text first; colours follow segmentation.KIND_COLOURS' hues.
SEGMENT_KIND_ORDER = ["body", "headline", "dateline", "duplicate", "caption", "navigation", "boilerplate", "appended"]
SEGMENT_KIND_COLOURS = {
    "body": "#0072B2",
    "headline": "#56B4E9",
    "dateline": "#999999",
    "duplicate": "#009E73",
    "caption": "#E69F00",
    "navigation": "#BBBBBB",
    "boilerplate": "#777777",
    "appended": "#CC79A7",
}


def segment_shares_chart(shares: pd.DataFrame) -> plt.Figure:
    """Return a stacked bar per article of the share of its characters in each segment kind."""
    apply_style()
    wide = shares.pivot_table(index="article_id", columns="kind", values="share", aggfunc="sum", fill_value=0.0)
    kinds = [k for k in SEGMENT_KIND_ORDER if k in wide.columns]
    labels = [
        f"{article_id}\n({outlet})"
        for article_id, outlet in shares.drop_duplicates("article_id")[["article_id", "outlet"]].itertuples(index=False)
    ]
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.7 * len(wide)))
    left = pd.Series(0.0, index=wide.index)
    for kind in kinds:
        ax.barh(
            labels,
            wide[kind] * 100,
            left=left * 100,
            color=SEGMENT_KIND_COLOURS[kind],
            label=kind,
            edgecolor="white",
            linewidth=0.5,
        )
        left += wide[kind]
    body = wide.get("body", pd.Series(0.0, index=wide.index)) * 100
    ax.set_title(
        f"Body text is {body.min():.0f}–{body.max():.0f}% of each scraped page; the rest is left out of the analysis",
        fontsize=11,
    )
    ax.set_xlabel("Share of the page's characters (%)")
    ax.set_ylabel("Article")
    ax.set_xlim(0, 100)
    ax.invert_yaxis()
    ax.legend(title="Segment kind", bbox_to_anchor=(1.01, 1), loc="upper left", frameon=False, fontsize=8)
    return fig
