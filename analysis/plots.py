"""Charts with one house style: colour-blind-safe outlet palette, a title that
states the finding, labelled axes, a source line; saved as PNG and SVG next to
the CSV of the data drawn.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Iterable
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.text import Text

from .lexicon import PACKAGE_CODEBOOKS, Codebooks, data_path, read_table
from .voices import NARRATION, PARAPHRASE, QUOTATION, VOICE_LABELS
from .writing import write_csv

# Okabe & Ito (2008) colour-blind-safe palette (https://jfly.uni-koeln.de/color/), in its published order.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
# Outlet colours: Okabe-Ito first, then Paul Tol's "muted", "light" and "dark" qualitative sets
# (Tol 2021, "Colour Schemes", SRON/EPS/TN/09-002, https://personal.sron.nl/~pault/), without their
# greys (grey means "no outlet" / "unknown" in these charts): 30 distinct colours, so up to 30 outlets
# never share one within a chart. Each set is colour-blind safe on its own; colours from different sets
# can be close for colour-blind readers, which is why every chart also names the outlet in text.
TOL_MUTED = ["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499"]
TOL_LIGHT = ["#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00"]
TOL_DARK = ["#222255", "#225555", "#225522", "#666633", "#663333"]
# Okabe-Ito's yellow and black come last: yellow labels are hard to read on white, black reads as text.
OUTLET_PALETTE = OKABE_ITO[:6] + TOL_MUTED + TOL_LIGHT + TOL_DARK + OKABE_ITO[6:]
# Beyond the palette, outlets are drawn in this grey (and named in text): colours are never reused.
OVERFLOW_COLOR = "#BBBBBB"
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
    "axes.titlesize": 11,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.title_fontsize": 9,
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
    """Return the standard source line: how many articles from which outlets, and where from.

    Also records the corpus' outlet order (:func:`remember_outlet_order`), so that every chart drawn
    after it colours outlets by that order.
    """
    primary = articles[articles["role"] == "primary"] if "role" in articles else articles
    remember_outlet_order(primary["outlet"])
    outlets = ", ".join(sorted(set(primary["outlet"])))
    return (
        f"Source: {len(primary)} article(s) from {outlets} (corpus metadata.csv); "
        "analysis: the analysis/ package of this study."
    )


def apply_style() -> None:
    """Set the house style for every later figure."""
    plt.rcParams.update(HOUSE_STYLE)


# Outlets in the order they first appear in the corpus metadata (see outlet_colors).
_OUTLET_ORDER: list[str] = []


def remember_outlet_order(outlets: Iterable[str]) -> list[str]:
    """Record outlets in order of first appearance, after those already recorded; return the full order.

    Called with the metadata's ``outlet`` column: a corpus grows by appending rows, so an outlet
    added later takes the next colour and no earlier outlet changes colour.
    """
    for outlet in outlets:
        if outlet not in _OUTLET_ORDER:
            _OUTLET_ORDER.append(outlet)
    return list(_OUTLET_ORDER)


def outlet_colors(outlets: Iterable[str], order: Iterable[str] | None = None) -> dict[str, str]:
    """Return a colour per outlet: the palette's k-th colour for the k-th outlet of the corpus order.

    The order is ``order`` if given, else the order recorded by :func:`remember_outlet_order` (the
    corpus metadata's, via :func:`source_line`); outlets in neither follow in name order. Why an
    order and not a hash of the name: a hash into 30 colours collides, and resolving a collision
    moves one of the two outlets, so adding an outlet could recolour another; an append-only
    order cannot. Outlets past the palette's 30 colours are drawn in ``OVERFLOW_COLOR``.
    """
    names = set(outlets)
    known = list(dict.fromkeys(order)) if order is not None else list(_OUTLET_ORDER)
    ranked = known + sorted(names - set(known))
    return {
        name: OUTLET_PALETTE[k] if k < len(OUTLET_PALETTE) else OVERFLOW_COLOR
        for k, name in enumerate(ranked)
        if name in names
    }


def chart_labels(codebooks: Codebooks = PACKAGE_CODEBOOKS) -> dict[tuple[str, str], str]:
    """Return the human label of each (vocabulary, identifier): the package's ``chart_labels.csv``, with the
    rows of the study's own ``chart_labels.csv`` (``codebooks``) added or replacing them, so a study need
    list only its own categories."""
    labels = {}
    for path in dict.fromkeys([data_path("chart_labels.csv"), codebooks.path("chart_labels.csv")]):
        table = read_table(path.name, path.parent)
        labels.update(zip(zip(table["vocabulary"], table["identifier"], strict=True), table["label"], strict=True))
    return labels


def human_label(vocabulary: str, identifier: str, codebooks: Codebooks = PACKAGE_CODEBOOKS) -> str:
    """Return the chart label of ``identifier`` (a label category, stance kind, cue class or mode) in the
    study's chart labels (:func:`chart_labels`); one missing there is shown with spaces for underscores."""
    return chart_labels(codebooks).get((vocabulary, identifier), identifier.replace("_", " "))


def percent_count(count: int, total: int) -> str:
    """Return a share with the counts behind it: "42 % (5 of 12)"."""
    return f"{count / total:.0%} ({count} of {total})".replace("%", " %") if total else f"– (0 of {total})"


# The report shows a figure at most this wide: its column is 46rem with 1rem of padding on each side
# (analysis/templates/study/study.css) at the browsers' default 16 px per rem. A wider image is scaled
# down, and its fonts with it.
REPORT_WIDTH_PX = 704
# Smallest font a reader should meet at the displayed size (CSS points: 96 px per 72 pt).
MIN_DISPLAYED_POINTS = 9.0
# Every figure is drawn at the width it is shown at (704 px at the notebooks' 100 dpi is 7.04 inches),
# so that a 9-point font is shown at 9 points or more; panels wrap into at most 2 per row.
MAX_COLUMNS = 2
FIGURE_WIDTH = 7.0  # inches
SMALLEST_FONT = 9.0  # points: the house style's smallest text (tick labels, legends, cell labels)


def panel_grid(panels: int, row_height: float, width: float = FIGURE_WIDTH, columns: int = MAX_COLUMNS):
    """Return (figure, flat list of ``panels`` axes) in a grid of at most ``columns`` per row.

    The width is fixed and the height grows with the rows; unused cells of the last row are removed.
    """
    ncols = max(1, min(columns, panels))
    nrows = max(1, -(-panels // ncols))
    fig, grid = plt.subplots(nrows, ncols, figsize=(width, row_height * nrows + 1.2), squeeze=False)
    axes = list(grid.flat)
    for ax in axes[panels:]:
        ax.remove()
    return fig, axes[:panels]


# Panels per multi-panel chart at most (4 rows of MAX_COLUMNS): beyond it, the outlets with the most words
# are shown and the title says how many are not, so the figure stays legible at page width and within
# about two screens of height.
MAX_PANELS = 8


def most_words(words: pd.Series, limit: int = MAX_PANELS) -> tuple[list[str], int]:
    """Return (the ``limit`` outlets with the most words, by words then name, in name order; how many
    are left out), from ``words`` indexed by outlet."""
    ranked = sorted(words.index, key=lambda outlet: (-words[outlet], outlet))
    return sorted(ranked[:limit]), max(0, len(ranked) - limit)


def not_shown(hidden: int, measure: str = "words") -> str:
    """Return the note for a title on outlets left out of a chart, which had fewer ``measure`` ("" when none is)."""
    if not hidden:
        return ""
    return f" [{hidden} outlet{'s' if hidden != 1 else ''} with fewer {measure} not shown; all are in the CSV]"


def wrapped(text: str, chars: int = 90) -> str:
    """Return ``text`` broken into lines of at most ``chars`` characters: an axes title that is never cut."""
    return "\n".join(textwrap.wrap(text, width=chars)) or text


def line_characters(width: float, fontsize: float) -> int:
    """Return how many characters of ``fontsize`` points fit on a line ``width`` inches wide (DejaVu Sans
    averages about 0.6 em per character)."""
    return max(20, int(width * 72 / (fontsize * 0.6)))


def grid_title(fig: plt.Figure, title: str, fontsize: float = 11) -> None:
    """Set ``title`` as the figure's title, wrapped to the figure's width so it is never cut, lay the panels
    out below it and fit the figure to the report's width (:func:`fit_width`)."""
    lines = textwrap.wrap(title, width=line_characters(fig.get_figwidth(), fontsize)) or [""]
    height = fig.get_figheight()
    # Placed in inches from the top, not at a fraction of the height: a tall grid gets no wider gap.
    heading = fig.suptitle(
        "\n".join(lines), x=0.01, y=1 - 0.08 / height, ha="left", fontsize=fontsize, fontweight="bold"
    )
    wrap_axes_text(fig)
    wrap_to_width(heading, content_width(fig) - 0.01 * fig.get_figwidth())
    fig.tight_layout(rect=(0, 0.01, 1, 1))  # tight_layout leaves room for the figure title itself
    fit_width(fig)


def fit_layout(fig: plt.Figure) -> None:
    """Lay out a chart titled on its axes (no figure title): wrap titles and axis labels to their axes, tight
    layout, then fit it to the report's width (:func:`fit_width`)."""
    wrap_axes_text(fig)
    fig.tight_layout()
    fit_width(fig)


def content_width(fig: plt.Figure, dpi: int | None = None) -> float:
    """Return the widest drawing (inches) that the report shows unscaled: ``REPORT_WIDTH_PX`` less the padding
    that savefig(bbox_inches="tight") adds on both sides, and never wider than the figure."""
    dpi = dpi or NOTEBOOK_DPI
    return min(fig.get_figwidth(), REPORT_WIDTH_PX / dpi - 2 * plt.rcParams["savefig.pad_inches"])


def wrap_to_width(text: Text, inches: float) -> None:
    """Re-wrap ``text`` (a title, axis label or figure note) at word boundaries until it is at most ``inches``
    wide as drawn; a text that fits keeps its line breaks."""
    renderer = text.figure.canvas.get_renderer()
    words = " ".join(text.get_text().split())
    limit, characters = inches * text.figure.dpi, len(words)
    # Measured, not estimated from an average character width: digits, capitals and bold text are wider.
    while characters > 12 and (drawn := text.get_window_extent(renderer).width) > limit:
        characters = int(characters * min(0.95, limit / drawn))
        text.set_text(textwrap.fill(words, width=max(12, characters), break_long_words=False))


def wrap_axes_text(fig: plt.Figure) -> None:
    """Wrap every visible axes' title and x-axis label to the width of its axes, so that panels side by side never
    run into each other or past the figure's edge."""
    for ax in fig.axes:
        if not ax.get_visible():
            continue
        width = ax.get_position().width * fig.get_figwidth()
        for text in (ax.title, ax._left_title, ax._right_title, ax.xaxis.label):
            if text.get_text():
                wrap_to_width(text, max(width, 1.5))


def fit_width(fig: plt.Figure, rounds: int = 8) -> None:
    """Move the subplot margins in until everything drawn (tick labels, legends, texts beside the bars) lies
    within the report's column (:func:`content_width`): the figure is then shown at its drawn size, never
    scaled down, so its 9-point text shows at 9 points.

    Iterated, since a label centred on its axes moves only half as far as the axes shrink."""
    renderer = fig.canvas.get_renderer()
    width = fig.get_figwidth()
    margin = (width - content_width(fig)) / 2
    for _ in range(rounds):
        box = fig.get_tightbbox(renderer)
        over_left, over_right = max(0.0, margin - box.x0), max(0.0, box.x1 - (width - margin))
        if over_left + over_right < 0.005:
            return
        params = fig.subplotpars
        left, right = params.left + (over_left + 0.01) / width, params.right - (over_right + 0.01) / width
        if right - left < 0.2:  # nothing left to shrink: the text itself is too wide
            return
        fig.subplots_adjust(left=left, right=right)


SOURCE_LINE_POINTS = 9.0


def add_source_line(fig: plt.Figure, text: str) -> None:
    """Write the source line at the bottom left of the figure, wrapped to the report's width."""
    # Below everything already drawn (axis labels, legends); savefig(bbox_inches="tight")
    # then grows the canvas to include it.
    lowest = fig.get_tightbbox(fig.canvas.get_renderer()).y0 / fig.get_figheight()
    # Wrapped here, not with wrap=True: matplotlib measures wrapped text as TeX math even with
    # text.parse_math off, so an outlet name with "$" in it would crash the figure.
    characters = line_characters(fig.get_figwidth(), SOURCE_LINE_POINTS)
    note = fig.text(
        0.01,
        lowest - 0.02,
        wrapped(text, characters),
        fontsize=SOURCE_LINE_POINTS,
        color="#555555",
        ha="left",
        va="top",
    )
    wrap_to_width(note, content_width(fig) - 0.01 * fig.get_figwidth())


def finish_figure(fig: plt.Figure, source: str) -> None:
    """Add the source line and fit the figure to the report's width: what :func:`save_figure` does to a chart
    before writing it."""
    add_source_line(fig, source)
    fit_width(fig)


def n_line(articles: int, words: int | None = None, unit: str = "words") -> str:
    """Return the sample size of a chart: "n = 200 articles, 45,678 words" (``unit`` names what was counted)."""
    counted = f", {words:,} {unit}" if words is not None else ""
    return f"n = {articles:,} article{'s' if articles != 1 else ''}{counted}"


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


def displayed_size(fig: plt.Figure, dpi: int = NOTEBOOK_DPI) -> tuple[int, int, float]:
    """Return (width, height, smallest font in points) of ``fig`` as the report shows it.

    The figure is rendered as :func:`show_figure` inlines it; the page scales an image wider than
    ``REPORT_WIDTH_PX`` down to that width, fonts included. Points are CSS points (96 px per 72 pt).
    """
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    from PIL import Image

    width, height = Image.open(buffer).size
    scale = min(1.0, REPORT_WIDTH_PX / width)
    sizes = [
        t.get_fontsize()
        for t in fig.findobj(plt.Text)
        if t.get_visible() and t.get_text().strip() and (t.axes is None or t.axes.get_visible())
    ]
    smallest = min(sizes) * scale * dpi / 96 if sizes else float("inf")
    return round(width * scale), round(height * scale), smallest


def save_figure(fig: plt.Figure, data: pd.DataFrame, name: str, figures_dir: str | Path, source: str) -> list[Path]:
    """Save ``fig`` as ``name``.png and .svg and ``data`` as ``name``.csv; return the paths.

    Metadata that would change between runs (creation date, software
    version) is left out so files are byte-identical on re-runs. The CSV is written as every exported
    table is (:func:`analysis.writing.write_csv`: floats to 12 significant digits, formula-like text
    neutralised): numpy's vectorised ``log10`` differs in the last bit between CPUs (AVX-512 or not), and
    a full-precision float would make the file differ from one machine to another.
    """
    figures_dir = Path(figures_dir)
    figures_dir.mkdir(parents=True, exist_ok=True)
    finish_figure(fig, source)
    paths = [figures_dir / f"{name}.png", figures_dir / f"{name}.svg", figures_dir / f"{name}.csv"]
    fig.savefig(paths[0], bbox_inches="tight", metadata={"Software": None})
    fig.savefig(paths[1], bbox_inches="tight", metadata={"Date": None, "Creator": None})
    write_csv(data, paths[2])
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
    fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, 1.6 + 0.7 * len(wide)))
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
        wrapped(
            f"Body text is {body.min():.0f}–{body.max():.0f}% of each scraped page; "
            "the rest is left out of the analysis",
            line_characters(FIGURE_WIDTH, 11),
        ),
        fontsize=11,
    )
    ax.set_xlabel("Share of the page's characters (%)")
    ax.set_ylabel("Article")
    ax.set_xlim(0, 100)
    ax.invert_yaxis()
    ax.legend(title="Segment kind", bbox_to_anchor=(0, -0.15), loc="upper left", frameon=False, ncol=4)
    return fig


INTERVAL_NOTE = (
    "Dot: median of the outlet's articles; line: bootstrap 95 % interval over its articles; "
    "open dot: a single article (no interval)."
)
POOLED_NOTE = "Dot: the outlet's rate pooled over its words (no per-article table given: no interval)."


def interval_panel(ax, rows: pd.DataFrame, outlets: list[str], colors: dict[str, str], labels: bool = True) -> None:
    """Draw one dot-and-interval panel on ``ax``: a row per outlet (in ``outlets`` order, top to bottom) with
    its ``median`` and, where ``articles`` >= 2, the line from ``ci_low`` to ``ci_high``.

    ``rows`` is indexed by outlet; an outlet missing from it (no value) leaves its row empty. With
    ``labels`` the rows are named "outlet (n articles)".
    """
    for y, outlet in enumerate(outlets):
        if outlet not in rows.index or pd.isna(rows.at[outlet, "median"]):
            continue
        row = rows.loc[outlet]
        several = row.get("articles", 1) >= 2 and pd.notna(row.get("ci_low"))
        if several:
            ax.plot([row["ci_low"], row["ci_high"]], [y, y], color=colors[outlet], lw=1.6, solid_capstyle="butt")
        face = colors[outlet] if several or "articles" not in row else "white"
        ax.scatter([row["median"]], [y], s=28, color=face, edgecolors=colors[outlet], linewidths=1.2, zorder=3)
    ax.set_yticks(range(len(outlets)))
    if labels:
        names = [
            f"{o} ({int(rows.at[o, 'articles'])})" if o in rows.index and "articles" in rows else o for o in outlets
        ]
        ax.set_yticklabels(names)
    else:
        ax.set_yticklabels([])
    ax.set_ylim(len(outlets) - 0.5, -0.5)
    ax.grid(axis="x", color="#dddddd", zorder=0)


def interval_grid(
    panels: list[tuple[str, pd.DataFrame]], outlets: list[str], xlabel: str, title: str, note: str
) -> plt.Figure:
    """Return a figure of :func:`interval_panel` panels, ``panels`` = (panel title, rows indexed by outlet),
    at most ``MAX_COLUMNS`` per row with outlet names on the left column only."""
    colors = outlet_colors(outlets)
    fig, axes = panel_grid(max(1, len(panels)), row_height=0.2 * len(outlets) + 1.1)
    for k, (ax, (name, rows)) in enumerate(zip(axes, panels, strict=False)):
        interval_panel(ax, rows, outlets, colors, labels=k % MAX_COLUMNS == 0)
        ax.set_title(wrapped(name, line_characters(FIGURE_WIDTH / MAX_COLUMNS, 10)), fontsize=10, fontweight="normal")
        ax.set_xlabel(wrapped(xlabel, line_characters(FIGURE_WIDTH / MAX_COLUMNS, 9)), fontsize=9)
    grid_title(fig, f"{title.rstrip('.')}. {note}")
    return fig
