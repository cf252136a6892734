"""The own index against hand-computed composites (a declared four-place fixture) and an independent
computation on the pack; rank robustness; the recipe in the URL."""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from geo import own_index, query
from geo.indicator_rows import COLUMNS
from geo.own_index import Ingredient, Recipe
from geo.view_state import DEFAULT, ViewState, parse_query, resolve, to_query

PLACES = ["05000001", "05000002", "05000003", "05000004"]  # A, B, C, D
#: Declared values in 2020: x (higher is worse), y (higher is better), z (higher is worse; D has none).
VALUES = {"x": [1.0, 2.0, 3.0, 6.0], "y": [10.0, 30.0, 20.0, 40.0], "z": [5.0, 9.0, 7.0, np.nan]}
POLARITY = {"x": "higher_is_worse", "y": "higher_is_better", "z": "higher_is_worse"}


@pytest.fixture
def tiny():
    """A four-place atlas with only what the index reads: catalog, series rows and boundaries."""
    series = {}
    for indicator, values in VALUES.items():
        rows = pd.DataFrame(
            {
                "ags": PLACES,
                "level": "gemeinde",
                "indicator": indicator,
                "year": 2020,
                "period": "",
                "value": values,
                "flag": "",
                "source_id": f"src-{indicator}",
                "year_verified": True,
                "note": "",
            }
        )[COLUMNS]
        series[(indicator, "gemeinde")] = rows.dropna(subset=["value"])  # D's z is absent, as in the pack
    catalog = {i: {"id": i, "polarity": POLARITY[i], "years": {"gemeinde": [2020]}, "label": {"de": i, "en": i}} for i in VALUES}
    features = [{"properties": {"ags": ags, "name": ags}} for ags in PLACES]
    return SimpleNamespace(
        catalog=catalog, series=series, indicators=pd.DataFrame(columns=COLUMNS), boundaries=lambda level: {"features": features}
    )


def recipe(normalisation, *ingredients, year=None):
    return Recipe("gemeinde", year, normalisation, tuple(ingredients))


X2, Y1 = Ingredient("x", 2, True), Ingredient("y", 1, False)  # y flipped: higher y is better


def test_z_scores_by_hand(tiny):
    # x: mean 3, population sd √3.5; y: mean 25, sd √125, turned (higher is better) → −z
    zx = np.array([-2, -1, 0, 3]) / math.sqrt(3.5)
    zy_turned = np.array([15, -5, 5, -15]) / math.sqrt(125)
    expected = (2 * zx + zy_turned) / 3
    got = own_index.composite(tiny, recipe("z", X2, Y1))
    assert got["value"].tolist() == pytest.approx(expected.tolist())
    assert got["value"].tolist() == pytest.approx([-0.26550, -0.50537, 0.14907, 0.62180], abs=1e-4)


def test_min_max_by_hand(tiny):
    # x → 0, 20, 40, 100; y → 0, 66.7, 33.3, 100, turned → 100, 33.3, 66.7, 0; (2x + y) / 3
    got = own_index.composite(tiny, recipe("minmax", X2, Y1))["value"]
    assert got.tolist() == pytest.approx([100 / 3, (40 + 100 / 3) / 3, (80 + 200 / 3) / 3, 200 / 3])


def test_ranks_by_hand(tiny):
    # x ranks 1 2 3 4 → 0, 33.3, 66.7, 100; y ranks 1 3 2 4 → 0, 66.7, 33.3, 100, turned → 100, 33.3, 66.7, 0
    got = own_index.composite(tiny, recipe("rank", X2, Y1))["value"]
    assert got.tolist() == pytest.approx([100 / 3, 100 / 3, 200 / 3, 200 / 3])


def test_a_direction_flip_mirrors_the_ingredient(tiny):
    worse = own_index.composite(tiny, recipe("minmax", Ingredient("y", 1, True)))["value"]
    better = own_index.composite(tiny, recipe("minmax", Ingredient("y", 1, False)))["value"]
    assert worse.tolist() == pytest.approx([0, 200 / 3, 100 / 3, 100])
    assert (worse + better).tolist() == pytest.approx([100] * 4)


def test_a_missing_ingredient_leaves_the_place_missing_with_the_reason(tiny):
    # D lacks z: it has no index, and A–C are normalised among themselves (x 1 2 3 → 0 50 100; z 5 9 7 → 0 100 50)
    got = own_index.composite(tiny, recipe("minmax", Ingredient("x", 1, True), Ingredient("z", 1, True)))
    assert got["value"].iloc[:3].tolist() == pytest.approx([0, 75, 75])
    assert math.isnan(got["value"].iloc[3])
    assert got["flag"].tolist() == ["", "", "", "index_missing:z:2020"]


def test_an_ingredient_without_spread_gives_no_index(tiny):
    tiny.series[("x", "gemeinde")] = tiny.series[("x", "gemeinde")].assign(value=4.0)
    got = own_index.composite(tiny, recipe("z", X2, Y1))
    assert got["value"].isna().all()
    assert set(got["flag"]) == {"index_no_spread:x:2020"}


def test_the_recipe_text_round_trips_and_rejects_what_the_catalog_lacks(atlas):
    text = "gemeinde-2021-rank~arbeitslose_je_100_ew_15_64-3-w~einkommensteuer_gemeindeanteil_eur_je_ew-1-b"
    assert own_index.format_recipe(own_index.parse_recipe(text, atlas.catalog)) == text
    for bad in (
        "gemeinde-latest-z",  # no ingredient
        "gemeinde-latest-q~gisd_nrw_frame_score-1-w",  # unknown normalisation
        "gemeinde-latest-z~gisd_nrw_frame_score-11-w",  # weight beyond 10
        "gemeinde-latest-z~gisd_nrw_frame_score-1-w~gisd_nrw_frame_score-2-w",  # twice
        "gemeinde-latest-z~no_such_indicator-1-w",
        "gemeinde-latest-z~abitur_anteil_regionalatlas_pct-1-b",  # Kreise only
        "gemeinde-1990-z~gisd_nrw_frame_score-1-w",  # a year it lacks
    ):
        with pytest.raises(own_index.RecipeError):
            own_index.parse_recipe(bad, atlas.catalog)


PACK_RECIPE = "gemeinde-latest-z~arbeitslose_je_100_ew_15_64-2-w~einkommensteuer_gemeindeanteil_eur_je_ew-1-b~gisd_nrw_frame_score-1-w"


def independent_index(atlas) -> pd.Series:
    """The pack recipe computed in plain pandas from the pack's long table, without the module's helpers."""
    rows = atlas.indicators
    ruhr = {f["properties"]["ags"] for f in atlas.municipalities["features"]}
    parts = {}
    for indicator, weight, sign in (
        ("arbeitslose_je_100_ew_15_64", 2, 1),
        ("einkommensteuer_gemeindeanteil_eur_je_ew", 1, -1),
        ("gisd_nrw_frame_score", 1, 1),
    ):
        mine = rows[(rows.indicator == indicator) & (rows.level == "gemeinde") & rows.ags.isin(ruhr) & rows.year_verified]
        latest = mine[mine.year == mine.year.max()].set_index("ags")["value"]
        parts[indicator] = (weight, sign, latest)
    table = pd.DataFrame({i: v for i, (_, _, v) in parts.items()}).dropna()
    z = (table - table.mean()) / table.std(ddof=0)
    total = sum(w * s * z[i] for i, (w, s, _) in parts.items())
    return total / 4


def test_the_pack_recipe_matches_an_independent_computation(atlas):
    expected = independent_index(atlas).sort_values()
    got = own_index.composite(atlas, own_index.parse_recipe(PACK_RECIPE, atlas.catalog))["value"].dropna().sort_values()
    assert list(got.index[:3]) == list(expected.index[:3])  # bottom: least disadvantaged
    assert list(got.index[-3:]) == list(expected.index[-3:])  # top: most disadvantaged
    assert got.reindex(expected.index).tolist() == pytest.approx(expected.tolist())


def test_the_index_is_an_indicator_with_a_population_weighted_ruhr_mean(atlas):
    extended = own_index.with_index(atlas, own_index.parse_recipe(PACK_RECIPE, atlas.catalog))
    year = extended.catalog[own_index.INDEX_ID]["years"]["gemeinde"][0]
    values = query.values(extended, own_index.INDEX_ID, "gemeinde", year)["value"]
    population = query.population_weights(atlas, "gemeinde", year)
    mean = query.ruhr_value(extended, own_index.INDEX_ID, "gemeinde", year)
    assert mean["value"] == pytest.approx(np.average(values, weights=population))
    assert own_index.INDEX_ID not in atlas.catalog  # the pack's atlas is untouched
    assert extended is own_index.with_index(atlas, own_index.parse_recipe(PACK_RECIPE, atlas.catalog))  # computed once


def test_each_recipe_is_answered_from_its_own_values_not_from_what_the_pack_or_another_recipe_answered(atlas):
    other = PACK_RECIPE.replace("arbeitslose_je_100_ew_15_64-2-w", "arbeitslose_je_100_ew_15_64-9-w")
    query.profile(atlas, "05513000")  # the pack's atlas answers first (its answers are kept)
    for text in (PACK_RECIPE, other):
        state = ViewState(indicator=own_index.INDEX_ID, recipe=text)
        extended = own_index.atlas_for(atlas, state)
        expected = own_index.composite(atlas, own_index.parse_recipe(text, atlas.catalog))["value"]
        shown = query.map_view(extended, state).rows["value"]
        assert shown.tolist() == pytest.approx(expected.reindex(shown.index).tolist(), nan_ok=True)
        assert own_index.INDEX_ID in {row.indicator for row in query.profile(extended, "05513000")}
    assert own_index.INDEX_ID not in {row.indicator for row in query.profile(atlas, "05513000")}


# ---------------------------------------------------------------- robustness


def test_with_no_perturbation_the_range_collapses_to_the_rank(tiny):
    parts = own_index.normalised(own_index.ingredients_table(tiny, recipe("z", X2, Y1)), recipe("z", X2, Y1))
    ranges = own_index.rank_ranges(parts, [1, 1], spread=0.0, draws=50)
    table = ranges.table
    for column in ("p05", "p95", "low", "high"):
        assert table[column].tolist() == table["rank"].tolist()
    # equal weights: zx + zy_turned = A 0.273, B −0.982, C 0.447, D 0.262 → C, A, D, B
    assert table["rank"].tolist() == [2, 4, 1, 3]
    assert own_index.most_sensitive(ranges) == []


def test_the_same_seed_gives_the_same_ranges_and_another_seed_may_differ(atlas):
    chosen = own_index.parse_recipe(PACK_RECIPE, atlas.catalog)
    first, again = own_index.robustness(atlas, chosen, seed=7), own_index.robustness(atlas, chosen, seed=7)
    pd.testing.assert_frame_equal(first.table, again.table)
    other = own_index.robustness(atlas, chosen, seed=8)
    assert not first.table.equals(other.table)
    assert (first.table["p05"] <= first.table["rank"]).all() and (first.table["rank"] <= first.table["p95"]).all()
    assert (first.table["low"] <= first.table["p05"]).all() and (first.table["p95"] <= first.table["high"]).all()


def test_the_ranges_are_the_ranks_of_independently_drawn_weights(tiny):
    chosen = recipe("minmax", X2, Y1)
    parts = own_index.normalised(own_index.ingredients_table(tiny, chosen), chosen)
    ranges = own_index.rank_ranges(parts, [2, 1], draws=200, spread=0.5, seed=3)
    factors = np.random.default_rng(3).uniform(0.5, 1.5, size=(200, 2))
    ranks = []
    for f in factors:
        w = np.array([2, 1]) * f
        score = parts.to_numpy() @ w / w.sum()
        ranks.append(pd.Series(score).rank(ascending=False, method="min").to_numpy())
    ranks = np.array(ranks)
    assert ranges.table["low"].tolist() == ranks.min(axis=0).tolist()
    assert ranges.table["high"].tolist() == ranks.max(axis=0).tolist()


# ---------------------------------------------------------------- the URL


def test_the_recipe_round_trips_through_the_url(atlas):
    query_text = f"?ind={own_index.INDEX_ID}&idx={PACK_RECIPE}"
    state, notices = parse_query(query_text, atlas)
    assert notices == [] and state.recipe == PACK_RECIPE and state.indicator == own_index.INDEX_ID
    fitted, adjustments = resolve(state, atlas)
    assert adjustments == [] and to_query(fitted) == query_text


@pytest.mark.parametrize(
    "bad",
    [
        "gemeinde-latest-z~no_such-1-w",
        "nonsense",
        "kreis-latest-z~beschaeftigtenquote_da_pct-1-b",
        "gemeinde-latest-z~gisd_nrw_frame_score-0-w",
    ],
)
def test_a_malformed_recipe_gives_a_notice_naming_the_parameter_and_falls_back(atlas, bad):
    state, notices = parse_query(f"?ind={own_index.INDEX_ID}&idx={bad}", atlas)
    assert notices[0].key == "notice_invalid_value" and notices[0].values["parameter"] == "idx"
    assert notices[1].key == "notice_index_without_recipe"
    assert state.recipe is None and state.indicator == DEFAULT.indicator


def test_a_recipe_of_the_other_level_moves_the_map_to_its_level(atlas):
    text = "kreis-latest-rank~arbeitslose_je_100_ew_15_64-1-w~abitur_anteil_regionalatlas_pct-1-b"
    state, _ = parse_query(f"?ind={own_index.INDEX_ID}&idx={text}", atlas)
    fitted, notices = resolve(state, atlas)
    assert fitted.level == "kreis" and [n.key for n in notices] == ["notice_level_switched"]
