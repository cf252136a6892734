"""Class breaks, colours, ranks and Ruhr means — checked against values worked out by hand."""

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose

from geo import classify, query
from geo.disparity import weighted_mean
from geo.view_state import ViewState

TEN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]


def test_quantiles_put_equal_counts_in_each_class():
    breaks = classify.class_breaks(TEN, "quantiles", 5)
    assert_allclose(breaks.upper, [2.8, 4.6, 6.4, 8.2, 10.0])
    assert np.bincount(classify.assign(TEN, breaks)).tolist() == [2, 2, 2, 2, 2]


def test_natural_breaks_separate_clear_groups():
    values = [1, 2, 3, 10, 11, 12, 30, 31]
    breaks = classify.class_breaks(values, "natural_breaks", 3)
    assert breaks.upper == (3.0, 12.0, 31.0)


def test_equal_intervals_and_missing_values():
    values = [0, 1, 5, 9, 10, float("nan")]
    breaks = classify.class_breaks(values, "equal_interval", 4)
    assert breaks.upper == (2.5, 5.0, 7.5, 10.0) and breaks.lower == 0.0
    assert classify.assign(values, breaks).tolist() == [0, 0, 1, 3, 3, -1]


def test_deviation_classes_are_standard_deviations_around_the_given_centre():
    # centre 10, weights 1,1,2 → weighted sd = sqrt((4*1 + 0*1 + 4*2) / 4) = sqrt(3); 12 < 10 + 1.5 sd,
    # so the top class is empty and closes at its lower bound
    breaks = classify.class_breaks([8, 10, 12], "deviation", 5, center=10.0, weights=[1, 1, 2])
    s = np.sqrt(3)
    assert_allclose(breaks.upper, [10 - 1.5 * s, 10 - 0.5 * s, 10 + 0.5 * s, 10 + 1.5 * s, 10 + 1.5 * s])
    assert classify.assign([8, 10, 12], breaks).tolist() == [1, 2, 3]


def test_fewer_distinct_values_than_classes_give_one_class_per_value():
    breaks = classify.class_breaks([1, 1, 2, 2, 3], "quantiles", 5)
    assert breaks.upper == (1.0, 2.0, 3.0)
    assert classify.colours("neutral", "quantiles", 2) == ["#edf8b1", "#2c7fb8"]


def test_unknown_classification_names_the_choices():
    with pytest.raises(ValueError, match="quantiles, natural_breaks, equal_interval, deviation"):
        classify.class_breaks(TEN, "jenks", 5)


@pytest.mark.parametrize("method", ["quantiles", "deviation"])
def test_dark_red_is_always_the_worse_end(method):
    worse_high = classify.colours("higher_is_worse", method, 5)
    better_high = classify.colours("higher_is_better", method, 5)
    assert worse_high == better_high[::-1]
    darkest_red = {"quantiles": "#b30000", "deviation": "#ca0020"}[method]
    assert worse_high[-1] == darkest_red and better_high[0] == darkest_red


def test_weighted_mean_by_hand():
    assert weighted_mean([10.0, 20.0, 40.0], [1, 1, 2]) == pytest.approx(27.5)
    assert np.isnan(weighted_mean([np.nan], [1]))


def test_ranks_put_the_highest_value_first():
    assert query.ranks(pd.Series({"a": 1.0, "b": 3.0, "c": 2.0})).to_dict() == {"a": 3.0, "b": 1.0, "c": 2.0}


def test_ruhr_mean_of_the_map_is_the_population_weighted_mean(atlas):
    view = query.map_view(atlas, ViewState(indicator="gisd_nrw_frame_score", year=2021))
    rows = atlas.indicators
    weights = rows[(rows.indicator == "bevoelkerung_zensus2022") & (rows.level == "gemeinde")].set_index("ags").value
    gisd = rows[(rows.indicator == "gisd_nrw_frame_score") & (rows.level == "gemeinde") & (rows.year == 2021)].set_index("ags").value
    expected = (gisd * weights).sum() / weights.sum()
    assert view.mean["value"] == pytest.approx(expected, rel=1e-12)
    assert view.mean["method"] == "weighted_mean" and view.mean["units"] == 53
    assert view.rows.loc["05513000", "rank"] == 1  # Gelsenkirchen: the highest GISD score in NRW (1.0)
    assert view.rows.loc["05513000", "deviation"] == pytest.approx(1.0 - expected)


def test_deviation_classes_of_the_map_spread_by_the_people_around_the_ruhr_mean(atlas):
    # the spread is the population-weighted sd around the weighted Ruhr mean: a class "one sd above" means
    # above for the region's people, not for its 53 Gemeinden counted alike
    view = query.map_view(atlas, ViewState(indicator="gisd_nrw_frame_score", year=2021, classification="deviation", k=5))
    rows = atlas.indicators
    weights = rows[(rows.indicator == "bevoelkerung_zensus2022") & (rows.level == "gemeinde")].set_index("ags").value
    gisd = rows[(rows.indicator == "gisd_nrw_frame_score") & (rows.level == "gemeinde") & (rows.year == 2021)].set_index("ags").value
    mean = (gisd * weights).sum() / weights.sum()
    sd = np.sqrt((weights * (gisd - mean) ** 2).sum() / weights.sum())
    expected = [mean - 1.5 * sd, mean - 0.5 * sd, mean + 0.5 * sd, mean + 1.5 * sd, max(gisd.max(), mean + 1.5 * sd)]
    assert_allclose(view.breaks.upper, expected, rtol=1e-12)


def test_the_ruhr_unemployment_ratio_is_the_ratio_of_totals(atlas):
    view = query.map_view(atlas, ViewState(indicator="arbeitslose_je_100_ew_15_64", year=2021))
    rows = atlas.indicators

    def total(indicator):
        return rows[(rows.indicator == indicator) & (rows.level == "gemeinde") & (rows.year == 2021)].value.sum()

    assert view.mean["value"] == pytest.approx(total("arbeitslose_anzahl") / total("bevoelkerung_15_64_anzahl") * 100)


def test_a_patchy_indicator_has_no_ruhr_mean_and_shows_its_gaps(atlas):
    view = query.map_view(atlas, ViewState(indicator="verfuegbares_einkommen_eur_je_ew", year=2019))
    assert view.mean is None
    assert (view.rows.cls == -1).sum() == view.rows.value.isna().sum() > 0


def test_fixed_breaks_come_from_all_years(atlas):
    first = query.map_view(atlas, ViewState(indicator="gisd_nrw_frame_score", year=1998, fixed_breaks=True))
    last = query.map_view(atlas, ViewState(indicator="gisd_nrw_frame_score", year=2021, fixed_breaks=True))
    assert first.breaks == last.breaks and first.fixed
    own = query.map_view(atlas, ViewState(indicator="gisd_nrw_frame_score", year=1998))
    assert own.breaks != first.breaks


def test_profile_of_gelsenkirchen(atlas):
    rows = {(r.indicator, r.level): r for r in query.profile(atlas, "05513000")}
    gisd = rows[("gisd_nrw_frame_score", "gemeinde")]
    assert (gisd.year, gisd.value, gisd.rank, gisd.of) == (2021, 1.0, 1.0, 53)
    assert len(gisd.trend) == 24
    income = rows[("verfuegbares_einkommen_vgr_eur_je_ew", "kreis")]  # a Kreis table, shown for the kreisfreie Stadt
    assert (income.year, income.value) == (2018, 16450.0)
    assert income.references["land"] == 22294.0 and income.references["bund"] == 22899.0
    assert ("gisd_nrw_frame_score", "kreis") not in rows  # the Gemeinde's own value wins


def test_unverified_values_appear_in_the_profile_only(atlas):
    bergkamen = {r.indicator: r for r in query.profile(atlas, "05978004")}["mindestsicherungsquote_pct"]
    assert bergkamen.unverified == [(2020, 13.0)]
    assert 2020 not in [year for year, _ in bergkamen.trend]


def test_the_years_played_share_the_breaks_of_all_years(atlas):
    """Quantiles of every RVR value of every year (mapclassify as the oracle), the same in each year's view."""
    import mapclassify

    state = ViewState(indicator="gisd_nrw_frame_score")
    views = query.year_views(atlas, state)
    years = atlas.catalog["gisd_nrw_frame_score"]["years"]["gemeinde"]
    assert [view.year for view in views] == years and len(years) == 24
    rows = atlas.indicators
    pooled = rows[(rows.indicator == "gisd_nrw_frame_score") & (rows.level == "gemeinde") & rows.ags.isin(query.units(atlas, "gemeinde"))]
    assert_allclose(views[0].breaks.upper, mapclassify.Quantiles(pooled.value.dropna().to_numpy(), k=5).bins)
    assert {view.breaks for view in views} == {views[0].breaks}
    fixed_2005 = query.map_view(atlas, ViewState(indicator="gisd_nrw_frame_score", year=2005, fixed_breaks=True))
    pd.testing.assert_frame_equal(views[years.index(2005)].rows, fixed_2005.rows)


def test_deviation_classes_while_playing_stay_relative_to_each_years_mean(atlas):
    views = query.year_views(atlas, ViewState(indicator="gisd_nrw_frame_score", classification="deviation"))
    assert views[0].breaks != views[-1].breaks and not views[0].fixed
    own = query.map_view(atlas, ViewState(indicator="gisd_nrw_frame_score", classification="deviation", year=views[0].year))
    assert views[0].breaks == own.breaks
