"""CI's check of generalisation: the held-out pages' figures stay above floors (issue 11).

The floors (tests/gold/pages/floors.csv) sit below the issue's targets and below the figures measured
when they were set (README, "How well the rules hold on pages never seen"): they catch a rule change
that breaks pages nobody tuned on, without pretending that the targets are met where they are not.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.evaluation.gold import load_pages
from analysis.evaluation.run import evaluate_pages, summarise
from conftest import REPO, SEED_CODEBOOKS

PAGES = REPO / "tests" / "gold" / "pages"
FLOORS = pd.read_csv(PAGES / "floors.csv", dtype={"floor": float}, keep_default_na=False)


@pytest.fixture(scope="module")
def heldout_summary() -> pd.DataFrame:
    pages, problems = load_pages(PAGES, ("heldout",))
    assert problems == [] and pages
    return summarise(evaluate_pages(pages, SEED_CODEBOOKS)).set_index(["area", "group"])


@pytest.mark.parametrize("area,group,measure,floor", list(FLOORS.itertuples(index=False, name=None)))
def test_heldout_figure_stays_above_its_floor(heldout_summary, area, group, measure, floor):
    value = heldout_summary.loc[(area, group), measure]
    assert value >= floor, f"held-out {area} ({group}) {measure} = {value:.3f} < floor {floor}"
