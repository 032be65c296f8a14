"""Charts with one house style: colour-blind-safe outlet palette, a title that
states the finding, labelled axes, a source line; saved as PNG and SVG next to
the CSV of the data drawn.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display needed; notebooks still show figures inline
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

# Okabe & Ito (2008) colour-blind-safe palette, without black and yellow
# (too dark / too light beside text).
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
VOICE_HATCH = {"outlet": "", "quoted": "//"}
SOURCE_LINE = "Source: {corpus}; analysis: this repository (analysis/)."

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
}


def apply_style() -> None:
    """Set the house style for every later figure."""
    plt.rcParams.update(HOUSE_STYLE)


def outlet_colors(outlets: Iterable[str]) -> dict[str, str]:
    """Return a colour per outlet, assigned in sorted order so it is stable across charts."""
    names = sorted(set(outlets))
    return {name: OKABE_ITO[i % len(OKABE_ITO)] for i, name in enumerate(names)}


def add_source_line(fig: plt.Figure, text: str) -> None:
    """Write the source line at the bottom left of the figure."""
    fig.text(0.01, 0.005, text, fontsize=7.5, color="#555555", ha="left", va="bottom")


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
