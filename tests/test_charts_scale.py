"""Every chart of a 20-outlet, 200-article corpus is legible at the report's width (issue 13, "prove it").

The corpus is invented by ``analysis.bench.synthetic_articles`` from the seed corpus' sentences (10
articles per outlet). Each figure is rendered as the report inlines it (``show_figure``: 100 dpi, tight
bounding box) and measured as the page shows it: scaled down to the report's column when wider
(``REPORT_WIDTH_PX``), its smallest font must still be at least ``MIN_DISPLAYED_POINTS``.

Kept fast for CI: the study is built once per module from short articles; charts are finished as
``save_figure`` finishes them (source line, fit to width) without writing PNG and SVG files; and
adjustText gets few iterations, since where a label lands inside its panel does not change the figure's
size or fonts.
"""

from __future__ import annotations

import time

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from analysis import framing, sourcing  # noqa: E402
from analysis import vocabulary as voc  # noqa: E402
from analysis.bench import synthetic_articles  # noqa: E402
from analysis.framing import charts as framing_charts  # noqa: E402
from analysis.framing.article_rates import article_rates, outlet_rates  # noqa: E402
from analysis.plots import (  # noqa: E402
    MIN_DISPLAYED_POINTS,
    REPORT_WIDTH_PX,
    displayed_size,
    finish_figure,
    outlet_colors,
    remember_outlet_order,
    source_line,
)
from analysis.sourcing import charts as sourcing_charts  # noqa: E402
from analysis.study import build_study  # noqa: E402
from analysis.vocabulary import charts as voc_charts  # noqa: E402

OUTLETS, PER_OUTLET = 20, 10
MAX_DISPLAYED_HEIGHT_PX = 4000  # about five screens: tall figures scroll, none is endless


@pytest.fixture(scope="module")
def twenty(seed_study):
    """Return the study of 20 invented outlets x 10 articles, its framing tables and attributions."""
    pages = synthetic_articles(seed_study, OUTLETS * PER_OUTLET, n_outlets=OUTLETS, seed=5, sentences_per_article=8)
    study = build_study(pages)
    words = framing.word_tokens(study)
    mentions = framing.mentions(study, words=words)
    tables = {
        "mentions": mentions,
        "stance": framing.stance(study, words=words, mention_table=mentions),
        "framing_passives": framing.passives(study, words=words),
        "context": framing.context(study, words=words),
        "framing_tone": framing.actor_tone(study, mentions, words),
    }
    return study, tables, sourcing.attributions(study)


def _figures(study, tables, attr, tmp_path):
    """Yield (name, figure) of every chart the report draws, built from the 20-outlet corpus."""
    source = source_line(study.articles)
    tokens, numbers = voc.term_tokens(study), voc.number_tokens(study)
    keyness = voc.keyness(tokens, numbers=numbers, voices=("all",), modes=("one_vs_rest",))
    for name, plot in (
        ("fightin_words", voc_charts.plot_fightin_words),
        ("distinctive_terms", voc_charts.plot_distinctive_terms),
    ):
        fig = plot(keyness, voice="all")[0]
        finish_figure(fig, source)  # the notebooks save them with save_figure: with the source line
        yield name, fig
    rates = outlet_rates(article_rates(study, tables))
    counts = framing.label_counts(study, tables["mentions"])
    yield "actor_labels", framing_charts.plot_actor_labels(counts, tmp_path, source)
    stance = framing.rates_per_1000(study, tables["stance"], framing.STANCE_KINDS)
    yield "stance_rates", framing_charts.plot_stance_rates(stance, tmp_path, source, outlet_rates=rates)
    context = framing.context_summary(study, tables["context"])
    yield "context", framing_charts.plot_context(context, tmp_path, source, outlet_rates=rates)
    tone = framing.tone_summary(study, tables["framing_tone"])
    yield "tone", framing_charts.plot_tone(tone, tmp_path, source, outlet_rates=rates)
    for plot in ("plot_who_speaks", "plot_top_sources", "plot_cue_classes", "plot_modes"):
        yield plot, getattr(sourcing_charts, plot)(attr, tmp_path, source)


@pytest.fixture()
def unsaved(monkeypatch):
    """Charts finished as ``save_figure`` finishes them, without writing files; few label iterations."""
    for module in (framing_charts, sourcing_charts):
        monkeypatch.setattr(module, "save_figure", lambda fig, data, name, folder, source: finish_figure(fig, source))
    monkeypatch.setattr(voc_charts, "LABEL_ITERATIONS", 20)


def test_every_chart_of_twenty_outlets_is_legible_at_the_report_width(twenty, tmp_path, unsaved):
    study, tables, attr = twenty
    problems, sizes = [], {}
    started = time.perf_counter()
    for name, fig in _figures(study, tables, attr, tmp_path):
        width, height, smallest = displayed_size(fig)
        print(name, f"{time.perf_counter() - started:.1f} s wall, {time.process_time():.1f} s CPU of the process")
        plt.close(fig)
        sizes[name] = (width, height, round(smallest, 1))
        if width > REPORT_WIDTH_PX or height > MAX_DISPLAYED_HEIGHT_PX or smallest < MIN_DISPLAYED_POINTS:
            problems.append(f"{name}: {width} x {height} px, smallest font {smallest:.1f} pt")
    print("displayed (width px, height px, smallest pt):", sizes)
    assert not problems, problems


def test_adding_an_outlet_keeps_the_colours_of_the_others(twenty):
    study, _, _ = twenty
    outlets = list(dict.fromkeys(study.articles["outlet"]))
    before = outlet_colors(outlets, order=outlets)
    after = outlet_colors([*outlets, "Outlet 21"], order=[*outlets, "Outlet 21"])
    assert {o: after[o] for o in outlets} == before and len(set(after.values())) == OUTLETS + 1
    # The corpus order the charts use (recorded by source_line) only grows by appending: same colours again.
    remember_outlet_order(outlets)
    recorded = outlet_colors(outlets)
    remember_outlet_order([*outlets, "Outlet 21"])
    assert {o: outlet_colors([*outlets, "Outlet 21"])[o] for o in outlets} == recorded
