"""Charts keep their shape from 2 to 30 outlets (issue 13) and speak in human labels (issue 14).

Each multi-panel chart is built for 2 and for 12 invented outlets (pages made from the seed corpus'
sentences by ``analysis.bench.synthetic_articles``) and saved as the report saves it; the PNG must
stay within a page-sized box, and every outlet named on the chart must be in the CSV behind it.
"""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402

from analysis import framing, sourcing  # noqa: E402
from analysis import vocabulary as voc  # noqa: E402
from analysis.bench import synthetic_articles  # noqa: E402
from analysis.framing import charts as framing_charts  # noqa: E402
from analysis.plots import (  # noqa: E402
    OUTLET_PALETTE,
    chart_labels,
    human_label,
    outlet_colors,
    percent_count,
    save_figure,
)
from analysis.sourcing import charts as sourcing_charts  # noqa: E402
from analysis.study import build_study  # noqa: E402
from analysis.vocabulary import charts as voc_charts  # noqa: E402

MAX_WIDTH_PX = 2400
MAX_HEIGHT_PX = 3000


def test_adding_an_outlet_never_recolours_the_others():
    names = [f"Outlet {k}" for k in range(29)]
    before = outlet_colors(names, order=names)
    after = outlet_colors([*names, "A new outlet"], order=[*names, "A new outlet"])
    assert {name: after[name] for name in names} == before
    assert len(set(after.values())) == 30
    # A chart drawing only some outlets gives each the same colour as the full chart.
    assert outlet_colors(names[5:9], order=names) == {name: before[name] for name in names[5:9]}


def test_palette_has_30_distinct_colours_okabe_ito_first():
    assert len(set(OUTLET_PALETTE)) == len(OUTLET_PALETTE) == 30
    assert OUTLET_PALETTE[:3] == ["#0072B2", "#E69F00", "#009E73"]
    assert len(set(outlet_colors([f"Outlet {k}" for k in range(30)]).values())) == 30


def test_identifiers_have_human_labels():
    labels = chart_labels()
    assert human_label("label_category", "capital_metonymy") == "capital for its government"
    assert human_label("stance_kind", "so_called") == "“so-called”"
    assert human_label("stance_kind", "event_fabrication") == "event called fabricated"
    for kind in framing.STANCE_KINDS:
        assert ("stance_kind", kind) in labels
    for cue_class in sourcing.reporting_verbs()["cue_class"].unique():
        assert ("cue_class", cue_class) in labels
    assert all("_" not in label for label in labels.values())


def test_percent_count():
    assert percent_count(5, 12) == "42 % (5 of 12)"


@pytest.fixture(scope="module", params=[2, 12])
def invented(request, seed_study):
    """Return (number of outlets, study) of invented pages: one article per outlet."""
    n = request.param
    return n, build_study(synthetic_articles(seed_study, n, n_outlets=n, seed=3))


def _drawn_outlets(fig: plt.Figure, outlets: list[str]) -> set[str]:
    """Return the outlets whose name appears in any text of the figure."""
    texts = " | ".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))
    return {o for o in outlets if re.search(re.escape(o) + r"(?!\d)", texts)}


def _check(fig, data: pd.DataFrame, name: str, tmp_path, outlets: list[str], column: str) -> tuple[int, int]:
    """Save the chart as the report does; assert its size and that drawn outlets are in its CSV."""
    paths = save_figure(fig, data, name, tmp_path, "Source: invented test pages.")
    return _check_saved(fig, paths[0], paths[2], outlets, column)


def _check_saved(fig, png, csv, outlets: list[str], column: str) -> tuple[int, int]:
    width, height = Image.open(png).size
    drawn = _drawn_outlets(fig, outlets)
    plt.close(fig)
    assert width <= MAX_WIDTH_PX and height <= MAX_HEIGHT_PX, (png.name, width, height)
    assert drawn, png.name
    assert drawn <= set(pd.read_csv(csv)[column]), png.name
    return width, height


def test_vocabulary_charts_fit(invented, tmp_path):
    n, study = invented
    outlets = sorted(set(study.outlet_of().values()))
    tokens, numbers = voc.term_tokens(study), voc.number_tokens(study)
    keyness = voc.keyness(tokens, numbers=numbers, voices=("all",), modes=("one_vs_rest",))
    fig, data = voc_charts.plot_fightin_words(keyness, voice="all", top=10)
    _check(fig, data, "fightin", tmp_path, outlets, "target")
    fig, data = voc_charts.plot_distinctive_terms(keyness, voice="all", top=12)
    _check(fig, data, "distinctive", tmp_path, outlets, "target")


def test_framing_and_sourcing_charts_fit(invented, tmp_path):
    n, study = invented
    outlets = sorted(set(study.outlet_of().values()))
    words = framing.word_tokens(study)
    mentions = framing.mentions(study, words=words)
    counts = framing.label_counts(study, mentions)
    fig = framing_charts.plot_actor_labels(counts, tmp_path, "Source: invented.")
    _check_saved(fig, tmp_path / "framing_actor_labels.png", tmp_path / "framing_actor_labels.csv", outlets, "outlet")
    stance = framing.stance(study, words=words, mention_table=mentions)
    rates = framing.rates_per_1000(study, stance, framing.STANCE_KINDS, words=words)
    fig = framing_charts.plot_stance_rates(rates, tmp_path, "Source: invented.")
    _check_saved(fig, tmp_path / "framing_stance_rates.png", tmp_path / "framing_stance_rates.csv", outlets, "outlet")
    attr = sourcing.attributions(study)
    for plot, name in [
        (sourcing_charts.plot_top_sources, "sourcing_top_sources"),
        (sourcing_charts.plot_cue_classes, "sourcing_cue_classes"),
        (sourcing_charts.plot_modes, "sourcing_modes"),
    ]:
        fig = plot(attr, tmp_path, "Source: invented.")
        _check_saved(fig, tmp_path / f"{name}.png", tmp_path / f"{name}.csv", outlets, "outlet")
