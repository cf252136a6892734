"""Convergence: the verdict rule, β against a hand computation and SciPy, σ and τ against their own definitions
on the pack's series, and no figure across a declared break."""

import math

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose
from scipy import optimize

from geo import convergence, disparity, query, series_breaks
from geo.disparity import Gap
from geo.view_state import ViewState

EDUCATION = ViewState(indicator="schulabgaenger_ohne_hauptschulabschluss_pct", level="kreis")
INCOME = ViewState(indicator="verfuegbares_einkommen_vgr_eur_je_ew", level="kreis")
DEPRIVATION = ViewState(indicator="gisd_nrw_frame_score")


@pytest.mark.parametrize(
    "first, last, word, absolute, relative",
    [
        (Gap(2.0, 1.5), Gap(3.0, 1.8), "widening", "grew", "grew"),  # both grow
        (Gap(-2.0, 0.8), Gap(-1.0, 0.9), "narrowing", "shrank", "shrank"),  # both shrink, zone a below
        (Gap(-2989.5, 0.825), Gap(-3808.8, 0.834), "mixed", "grew", "shrank"),  # income: more euros, relatively closer
        (Gap(1.0, 1.5), Gap(1.5, 1.25), "mixed", "grew", "shrank"),  # both means rose: difference up, ratio down
        (Gap(1.0, 1.2), Gap(0.8, 1.3), "mixed", "shrank", "grew"),  # the other way round
        (Gap(2.0, 1.5), Gap(2.04, 1.51), "stable", "unchanged", "unchanged"),  # both within 5 %
        (Gap(2.0, 1.5), Gap(2.04, 1.8), "mixed", "unchanged", "grew"),  # one still, one moving: no single word
        (Gap(1.0, 1.2), Gap(-1.0, 0.8), "reversed", "reversed", "reversed"),  # the zones swapped places
        (Gap(-1.0, float("nan")), Gap(-2.0, -3.0), "absolute_only", "grew", "undefined"),  # no ratio of means ≤ 0
        (Gap(0.4, 0.992), Gap(3.2, 0.924), "absolute_only", "grew", "undefined"),  # both means below 0: no relative gap
    ],
)
def test_the_verdict_names_a_direction_only_when_difference_and_ratio_agree(first, last, word, absolute, relative):
    found = convergence.verdict(2001, first, 2021, last)
    assert (found.word, found.absolute, found.relative) == (word, absolute, relative)
    assert (found.first_year, found.last_year) == (2001, 2021)


def test_beta_slope_and_standard_error_match_a_hand_computation():
    # ln start = 0, 1, 2, 3; growth over one year 0.3, 0.1, 0.2, 0.0; weights 1, 2, 2, 1.
    # Weighted means: ln start 9/6 = 1.5, growth 0.9/6 = 0.15. Σw(l−1.5)(g−0.15) = −0.35, Σw(l−1.5)² = 5.5,
    # so β = −0.35/5.5 = −7/110 and α = 0.15 + 1.5·7/110 = 27/110. Residuals (6, −9, 9, −6)/110,
    # Σwe² = 396/12100, s² = 198/12100 (n − 2 = 2), Var β = s²/5.5 = 36/12100: SE = 6/110.
    start = pd.Series(np.exp([0.0, 1.0, 2.0, 3.0]), index=list("abcd"))
    end = start * np.exp([0.3, 0.1, 0.2, 0.0])
    fit = convergence.beta(start, end, pd.Series([1.0, 2.0, 2.0, 1.0], index=list("abcd")), 2000, 2001)
    assert_allclose([fit.slope, fit.intercept, fit.standard_error], [-7 / 110, 27 / 110, 6 / 110], rtol=1e-12)
    t_975_2 = 4.302652729749464  # Student's t, 2 degrees of freedom, 97.5 % (printed tables: 4.303)
    assert_allclose([fit.low, fit.high], [-7 / 110 - t_975_2 * 6 / 110, -7 / 110 + t_975_2 * 6 / 110], rtol=1e-9)
    assert fit.units == 4 and not fit.converging and not fit.diverging  # the interval spans zero


def test_beta_on_the_pack_matches_scipys_weighted_curve_fit(atlas):
    result = convergence.of_view(atlas, DEPRIVATION)
    fit = result.beta
    points = result.points.dropna(subset=["start", "end", "weight"])
    years = result.segment.last - result.segment.first
    x = np.log(points["start"].to_numpy())
    y = (np.log(points["end"].to_numpy()) - x) / years
    # an independent solver: weighted least squares as curve_fit with σᵢ = 1/√wᵢ, covariance scaled by the residuals
    (intercept, slope), covariance = optimize.curve_fit(lambda v, a, b: a + b * v, x, y, sigma=1 / np.sqrt(points["weight"].to_numpy()))
    assert_allclose([fit.slope, fit.intercept, fit.standard_error], [slope, intercept, math.sqrt(covariance[1, 1])], rtol=1e-6)
    assert fit.units == 53 and (result.segment.first, result.segment.last) == (1998, 2021)
    assert fit.converging  # GISD: the more deprived a place was in 1998, the less its score grew since


def test_beta_is_not_defined_where_a_value_is_zero_and_says_which_place():
    start = pd.Series([2.0, 0.0, 4.0, 5.0], index=["05513000", "05562004", "05911000", "05913000"])
    end = pd.Series([3.0, 1.0, 4.5, 6.0], index=start.index)
    found = convergence.beta(start, end, pd.Series(1.0, index=start.index), 2010, 2020)
    assert isinstance(found, convergence.BetaUndefined) and found.places == ("05562004",)
    too_few = convergence.beta(start[:2].where(start[:2] > 0), end[:2], pd.Series(1.0, index=start.index[:2]), 2010, 2020)
    assert isinstance(too_few, convergence.BetaUndefined) and too_few.places == () and too_few.units == 1


def test_the_spread_of_each_year_is_geo_disparity_on_that_years_values(atlas):
    result = convergence.of_view(atlas, INCOME)
    for row in result.table.to_dict("records"):
        values = query.values(atlas, INCOME.indicator, "kreis", row["year"])["value"]
        weights = query.population_weights(atlas, "kreis", row["year"])
        expected = [disparity.coefficient_of_variation(values, weights), disparity.gini(values, weights), disparity.theil(values, weights)]
        assert_allclose([row["cv"], row["gini"], row["theil"]], expected, rtol=1e-12)
    assert convergence.spread_movement(result.table) == "grew"  # CV 0.085 → 0.100 and Gini, Theil with it


def tau_b_by_pairs(a: list[float], b: list[float]) -> float:
    """Kendall's τ-b counted pair by pair (concordant, discordant, ties on each side): independent of SciPy."""
    concordant = discordant = ties_a = ties_b = 0
    for i in range(len(a)):
        for j in range(i + 1, len(a)):
            sign = (a[i] - a[j]) * (b[i] - b[j])
            ties_a += a[i] == a[j]
            ties_b += b[i] == b[j]
            concordant += sign > 0
            discordant += sign < 0
    pairs = len(a) * (len(a) - 1) / 2
    return (concordant - discordant) / ((pairs - ties_a) * (pairs - ties_b)) ** 0.5


def test_rank_mobility_is_kendalls_tau_b_on_the_packs_series(atlas):
    result = convergence.of_view(atlas, DEPRIVATION)
    first = query.values(atlas, DEPRIVATION.indicator, "gemeinde", result.segment.first)["value"]
    for row in result.table.to_dict("records")[1:]:
        later = query.values(atlas, DEPRIVATION.indicator, "gemeinde", row["year"])["value"]
        both = pd.DataFrame({"a": first, "b": later}).dropna()
        assert row["tau"] == pytest.approx(tau_b_by_pairs(both["a"].tolist(), both["b"].tolist()), abs=1e-12)
        assert row["tau_units"] == len(both)
    assert result.table["tau"].iloc[0] == 1.0


def test_the_issues_figures_come_out_within_the_inkar_series(atlas):
    education = convergence.of_view(atlas, EDUCATION)  # the map shows 2022, a Deutschlandatlas value of its own
    assert (education.segment.first, education.segment.last, education.segment.holds_shown_year) == (1995, 2021, False)
    verdict = education.verdict
    assert verdict.word == "narrowing" and (verdict.first_year, verdict.last_year) == (1995, 2021)
    assert_allclose([verdict.first.difference, verdict.last.difference], [1.97, 1.73], atol=0.005)
    income = convergence.of_view(atlas, INCOME).verdict
    assert (income.word, income.absolute, income.relative) == ("mixed", "grew", "shrank")
    assert_allclose([income.first.difference, income.last.difference], [-2989, -3809], atol=0.5)
    assert_allclose([income.first.ratio, income.last.ratio], [0.825, 0.834], atol=0.0005)


def test_no_convergence_figure_spans_a_declared_break(atlas):
    breaks = atlas.series_breaks[~atlas.series_breaks["comparable"]]
    checked = 0
    for (indicator, level), _ in breaks.groupby(["indicator", "level"]):
        if level not in ("gemeinde", "kreis") or level not in atlas.catalog[indicator]["years"]:
            continue
        years = atlas.catalog[indicator]["years"][level]
        for first, _ in series_breaks.segments(atlas.series_breaks, indicator, level, years):
            result = convergence.of_view(atlas, ViewState(indicator=indicator, level=level, year=first))
            part = result.segment
            assert series_breaks.comparable(atlas.series_breaks, indicator, level, part.first, part.last)
            assert set(result.table["year"]) <= set(part.years)
            if result.verdict:
                assert series_breaks.comparable(atlas.series_breaks, indicator, level, result.verdict.first_year, result.verdict.last_year)
            if result.beta is not None:
                assert (result.beta.first_year, result.beta.last_year) == (part.first, part.last)
            checked += 1
    assert checked >= 5
