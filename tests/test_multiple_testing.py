"""Holm (1979) and Benjamini-Hochberg (1995) adjusted p-values against hand-worked examples and scipy.

The expected values are worked by hand in the comments (sort ascending, scale, then a running max for
Holm or a running min from the largest p for BH) and written before the code ran on them.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import false_discovery_control

from analysis.vocabulary.multiple_testing import benjamini_hochberg, holm

P = [0.01, 0.04, 0.03, 0.005]


def test_holm_by_hand():
    # sorted: 0.005, 0.01, 0.03, 0.04 times m - j + 1 = 4, 3, 2, 1 -> 0.02, 0.03, 0.06, 0.04;
    # running max -> 0.02, 0.03, 0.06, 0.06; back in input order:
    assert holm(P) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    # 0.01 * 3 = 0.03, 0.2 * 2 = 0.4, 0.5 * 1 = 0.5
    assert holm([0.2, 0.5, 0.01]) == pytest.approx([0.4, 0.5, 0.03])
    # 0.6 * 2 = 1.2 is capped at 1; 0.7 * 1 = 0.7 is raised to the running max 1
    assert holm([0.6, 0.7]) == pytest.approx([1.0, 1.0])
    # ties: 0.02 * 2 = 0.04, 0.02 * 1 = 0.02 -> running max 0.04 for both
    assert holm([0.02, 0.02]) == pytest.approx([0.04, 0.04])


def test_benjamini_hochberg_by_hand():
    # sorted: 0.005, 0.01, 0.03, 0.04 times m / j = 4, 2, 4/3, 1 -> 0.02, 0.02, 0.04, 0.04;
    # running min from the largest -> unchanged; back in input order:
    assert benjamini_hochberg(P) == pytest.approx([0.02, 0.04, 0.04, 0.02])
    # 0.01 * 3 = 0.03, 0.2 * 3/2 = 0.3, 0.5 * 1 = 0.5
    assert benjamini_hochberg([0.2, 0.5, 0.01]) == pytest.approx([0.3, 0.5, 0.03])
    # 0.04 * 2 = 0.08 is lowered to the next one's 0.045 * 1 (step-up)
    assert benjamini_hochberg([0.045, 0.04]) == pytest.approx([0.045, 0.045])


def test_benjamini_hochberg_matches_scipy_on_a_worked_list():
    p = np.array([0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719])
    assert benjamini_hochberg(p) == pytest.approx(false_discovery_control(p, method="bh"), rel=1e-12)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0.0, 1.0), min_size=1, max_size=300))
def test_benjamini_hochberg_equals_scipy_and_is_at_most_holm(values):
    p = np.array(values)
    bh, hm = benjamini_hochberg(p), holm(p)
    assert np.allclose(bh, false_discovery_control(p, method="bh"), rtol=1e-12, atol=1e-15)
    # adjusted values are never below the raw ones nor above 1; Holm is never above Bonferroni,
    # BH never above Holm
    assert np.all(p <= bh + 1e-15) and np.all(bh <= hm + 1e-15) and np.all(hm <= 1.0)
    assert np.all(hm <= np.minimum(1.0, p.size * p) + 1e-15)
    # the order of the raw p-values is kept
    order = np.argsort(p, kind="stable")
    assert np.all(np.diff(bh[order]) >= -1e-15) and np.all(np.diff(hm[order]) >= -1e-15)


def test_nan_stays_nan_and_does_not_count_as_a_test():
    with_nan = holm([0.01, math.nan, 0.04, 0.03, 0.005])
    assert math.isnan(with_nan[1])
    assert np.delete(with_nan, 1) == pytest.approx(holm(P))
    assert np.delete(benjamini_hochberg([0.01, math.nan, 0.04, 0.03, 0.005]), 1) == pytest.approx(benjamini_hochberg(P))


def test_shape_empty_input_and_invalid_values():
    grid = np.array(P).reshape(2, 2)
    assert holm(grid).shape == (2, 2) and holm(grid).ravel() == pytest.approx(holm(P))
    assert holm([]).size == 0 and benjamini_hochberg([]).size == 0
    with pytest.raises(ValueError):
        holm([0.5, 1.5])
    with pytest.raises(ValueError):
        benjamini_hochberg([-0.1])
