"""Disparity measures on cases known by construction, and against PySAL's inequality package as an oracle."""

import numpy as np
import pytest
from inequality.gini import Gini
from inequality.theil import Theil, TheilD
from numpy.testing import assert_allclose

from geo import disparity

Y = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 10.0])
HALVES = np.array(["north", "north", "north", "south", "south", "south"])


def test_two_equal_groups_far_apart_have_all_inequality_between_them():
    parts = disparity.theil_decomposition([0, 0, 0, 10, 10, 10], None, HALVES)
    assert_allclose([parts.total, parts.between, parts.within], [np.log(2), np.log(2), 0.0], atol=1e-12)
    assert parts.between_share == pytest.approx(1.0)


def test_identical_groups_have_no_inequality_between_them():
    parts = disparity.theil_decomposition([1, 2, 3, 1, 2, 3], None, HALVES)
    assert parts.between == pytest.approx(0.0, abs=1e-12)
    assert parts.within == pytest.approx(parts.total)


@pytest.mark.parametrize("groups", [HALVES, np.array(["a", "b", "a", "b", "c", "c"])])
def test_between_plus_within_is_the_total_and_matches_pysal(groups):
    parts = disparity.theil_decomposition(Y, None, groups)
    assert parts.between + parts.within == pytest.approx(parts.total, rel=1e-12)
    codes = np.unique(groups, return_inverse=True)[1]
    oracle = TheilD(Y, codes)
    assert_allclose([parts.total, parts.between, parts.within], [Theil(Y).T, oracle.bg[0], oracle.wg[0]], rtol=1e-10)


def test_weighted_theil_equals_unweighted_theil_of_the_expanded_population():
    # weights 1,2,3 act like repeating each unit that many times
    weighted = disparity.theil([2.0, 4.0, 8.0], [1, 2, 3])
    assert weighted == pytest.approx(Theil(np.array([2.0, 4.0, 4.0, 8.0, 8.0, 8.0])).T, rel=1e-12)
    parts = disparity.theil_decomposition([2.0, 4.0, 8.0], [1, 2, 3], ["a", "a", "b"])
    assert parts.between + parts.within == pytest.approx(weighted, rel=1e-12)


def test_gini_by_hand_and_against_pysal():
    assert disparity.gini([1, 1, 1, 1]) == pytest.approx(0.0)
    assert disparity.gini([0, 0, 0, 4]) == pytest.approx(0.75)  # Σ|xi−xj| = 24, 2·16·1 = 32
    assert disparity.gini(Y) == pytest.approx(Gini(Y).g, rel=1e-12)
    assert disparity.gini([2.0, 4.0, 8.0], [1, 2, 3]) == pytest.approx(Gini(np.array([2.0, 4, 4, 8, 8, 8])).g, rel=1e-12)


def test_coefficient_of_variation_by_hand():
    # mean 4, population sd sqrt(((−2)² + 0 + 2²)/3) = sqrt(8/3)
    assert disparity.coefficient_of_variation([2, 4, 6]) == pytest.approx(np.sqrt(8 / 3) / 4)
    # weights 1,1,2: mean (2+4+12)/4 = 4.5, var (6.25+0.25+2·2.25)/4 = 2.75
    assert disparity.coefficient_of_variation([2, 4, 6], [1, 1, 2]) == pytest.approx(np.sqrt(2.75) / 4.5)


def test_negative_values_have_no_theil_or_gini_and_missing_values_are_dropped():
    assert np.isnan(disparity.theil([-1.0, 2.0])) and np.isnan(disparity.gini([-1.0, 2.0]))
    assert disparity.theil([1.0, np.nan, 3.0], [1, 5, 1]) == pytest.approx(disparity.theil([1.0, 3.0]))


def test_weighted_median_and_gap():
    assert disparity.weighted_median([5, 1, 3], [1, 1, 1]) == 3
    assert disparity.weighted_median([1, 2, 10], [1, 1, 5]) == 10
    assert disparity.zone_gap(0.6, 0.4) == disparity.Gap(difference=pytest.approx(0.2), ratio=pytest.approx(1.5))


def test_correlation_and_line():
    x = np.array([1.0, 2.0, 3.0, 4.0])
    assert disparity.pearson(x, 2 * x + 1) == pytest.approx(1.0)
    assert disparity.pearson(x, -x) == pytest.approx(-1.0)
    assert disparity.least_squares_line(x, 2 * x + 1) == (pytest.approx(2.0), pytest.approx(1.0))
    assert np.isnan(disparity.pearson([1.0, 2.0], [2.0, 1.0]))  # fewer than three pairs
