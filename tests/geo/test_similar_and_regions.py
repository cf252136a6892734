"""Similar places and data-driven zones on the real pack, against independent computations (scipy, networkx, sklearn)."""

import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from scipy.spatial.distance import cdist
from scipy.stats import zscore
from shapely.geometry import shape
from sklearn.metrics import adjusted_rand_score

from geo import comparison, disparity, ingredients, query, regions, similar

GELSENKIRCHEN = "05513000"
ROOT = Path(__file__).resolve().parents[2]


def pack_table(atlas, indicators, year):
    rows = atlas.indicators
    rows = rows[(rows.level == "gemeinde") & rows.indicator.isin(indicators) & (rows.year == year)]
    return rows.pivot(index="ags", columns="indicator", values="value")[list(indicators)].dropna()


def test_similar_places_order_equals_scipy_on_the_z_scored_frame(atlas):
    indicators = ingredients.DEFAULT_INDICATORS
    frame = pack_table(atlas, indicators, 2021)
    assert len(frame) == 53
    z = zscore(frame.to_numpy(), ddof=0)
    own = list(frame.index).index(GELSENKIRCHEN)
    expected = pd.Series(cdist(z[[own]], z)[0], index=frame.index).drop(GELSENKIRCHEN).sort_values(kind="mergesort")
    found = similar.similar_places(atlas, GELSENKIRCHEN, indicators, shown=52)
    assert list(found.table.index) == list(expected.index)
    np.testing.assert_allclose(found.table["distance"].to_numpy(), expected.to_numpy())
    assert found.recipe.years == dict.fromkeys(indicators, 2021) and found.recipe.common_year
    # the values listed are the pack's values of the stated year
    np.testing.assert_allclose(found.table[list(indicators)].to_numpy(), frame.loc[found.table.index].to_numpy())


def test_a_place_without_an_ingredient_is_left_out_with_its_reason_never_filled(atlas):
    indicators = ("gisd_nrw_frame_score", "kaufkraftkennziffer_index")  # purchasing power: 11 Gemeinden in 2014
    frame = pack_table(atlas, indicators, 2014)
    found = similar.similar_places(atlas, frame.index[0], indicators, shown=52)
    assert len(found.table) == len(frame) - 1 < 52
    left_out = {m.ags for m in found.left_out()}
    assert left_out == set(query.units(atlas, "gemeinde")) - set(frame.index)
    assert all(m.indicator == "kaufkraftkennziffer_index" and m.year == 2014 for m in found.left_out())
    lacking = next(iter(left_out))
    assert similar.similar_places(atlas, lacking, indicators).own is None  # nothing computed for it either


def test_indicators_without_a_common_year_each_use_their_latest_and_say_so(atlas):
    recipe = ingredients.read(atlas, ("gisd_nrw_frame_score", "beschaeftigtenquote_da_pct"), "gemeinde")
    assert not recipe.common_year
    assert recipe.years == {"gisd_nrw_frame_score": 2021, "beschaeftigtenquote_da_pct": 2023}


def test_standardised_is_the_population_z_score():
    frame = pd.DataFrame({"a": [1.0, 2.0, 6.0], "b": [3.0, 3.0, 3.0]})
    expected = (frame["a"] - 3.0) / np.sqrt(((frame["a"] - 3.0) ** 2).mean())
    np.testing.assert_allclose(ingredients.standardised(frame)["a"], expected)
    assert (ingredients.standardised(frame)["b"] == 0).all()


@pytest.fixture(scope="module")
def drawn(atlas):
    return regions.regions(atlas, ingredients.DEFAULT_INDICATORS, 500_000)


def test_the_same_recipe_draws_the_same_zones(atlas, drawn):
    again = regions._regions(atlas, ingredients.usable(atlas, ingredients.DEFAULT_INDICATORS, "gemeinde"), 500_000)
    pd.testing.assert_series_equal(drawn.zone_of, again.zone_of)
    assert [z["id"] for z in drawn.zones] == [z["id"] for z in again.zones]


def test_the_zones_do_not_depend_on_the_process(atlas, drawn):
    """Another interpreter with another string-hash seed (which reorders sets of AGS) draws the same zones."""
    script = "from geo import pack, regions; print(','.join(regions.regions(pack.load()).zone_of.tolist()))"
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}
        )
        assert done.stdout.strip().split(",") == drawn.zone_of.tolist()


def test_every_zone_is_contiguous_and_above_the_population_floor(atlas, drawn):
    features = {f["properties"]["ags"]: shape(f["geometry"]) for f in atlas.municipalities["features"]}
    graph = nx.Graph()
    graph.add_nodes_from(features)
    names = sorted(features)
    for i, a in enumerate(names):  # queen contiguity, computed here from the geometry itself
        for b in names[i + 1 :]:
            if features[a].intersects(features[b]):
                graph.add_edge(a, b)
    population = pack_table(atlas, ["bevoelkerung_zensus2022"], 2022)["bevoelkerung_zensus2022"]
    assert drawn.zone_of.notna().all() and len(drawn.zones) >= 2
    for zone, members in drawn.zone_of.groupby(drawn.zone_of):
        assert nx.is_connected(graph.subgraph(members.index)), zone
        assert population[members.index].sum() >= 500_000, zone
        assert population[members.index].sum() == drawn.population[zone]


def test_a_higher_floor_draws_fewer_zones(atlas, drawn):
    assert len(regions.regions(atlas, ingredients.DEFAULT_INDICATORS, 1_000_000).zones) < len(drawn.zones)


def test_agreement_is_sklearns_adjusted_rand_index(atlas, drawn):
    authored = comparison.membership(atlas, "nord_sued", "gemeinde")
    assert regions.agreement(authored, drawn.zone_of) == pytest.approx(
        adjusted_rand_score(authored.to_list(), drawn.zone_of.loc[authored.index].to_list())
    )
    # by hand: the same grouping under other names agrees fully; splitting one of two groups of two does not
    assert regions.agreement(pd.Series(list("aabb")), pd.Series(list("xxyy"))) == 1.0
    assert regions.agreement(pd.Series(list("aabb")), pd.Series(list("xxyz"))) == pytest.approx(4 / 7)


def test_between_shares_are_the_theil_decomposition_of_each_scheme(atlas, drawn):
    authored = comparison.membership(atlas, "nord_sued", "gemeinde")
    shares = regions.between_shares(atlas, drawn, authored)
    weights = pack_table(atlas, ["bevoelkerung_zensus2022"], 2022)["bevoelkerung_zensus2022"]
    values = pack_table(atlas, ["arbeitslose_je_100_ew_15_64"], 2021)["arbeitslose_je_100_ew_15_64"]
    found = next(s for s in shares if s.indicator == "arbeitslose_je_100_ew_15_64")
    for groups, share in ((authored, found.authored), (drawn.zone_of, found.data_driven)):
        parts = disparity.theil_decomposition(values, weights.loc[values.index], groups.loc[values.index])
        assert share == pytest.approx(parts.between / parts.total)
    assert found.year == 2021


def test_no_zones_are_drawn_when_a_place_lacks_an_ingredient(atlas):
    found = regions.regions(atlas, ("gisd_nrw_frame_score", "kaufkraftkennziffer_index"), 500_000)
    assert found.zone_of is None and len(found.recipe.missing) == 42
