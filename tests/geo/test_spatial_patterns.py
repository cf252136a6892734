"""Bivariate LISA, Getis–Ord Gi* and the weights without the Rhine crossings, against numpy by hand."""

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box, mapping, shape

from geo import spatial
from geo.view_state import ViewState

#: A 3 × 3 lattice of unit squares, ``c<row><column>``; with queen contiguity a corner counts.
LATTICE = {
    "type": "FeatureCollection",
    "features": [
        {"type": "Feature", "properties": {"ags": f"c{r}{c}"}, "geometry": mapping(box(c, r, c + 1, r + 1))}
        for r in range(3)
        for c in range(3)
    ],
}
CODES = sorted(f["properties"]["ags"] for f in LATTICE["features"])
# values declared for the test: x high in the bottom-left corner, y high around it
X = pd.Series([9.0, 7.0, 1.0, 8.0, 5.0, 2.0, 1.0, 3.0, 0.0], index=CODES)
Y = pd.Series([2.0, 8.0, 3.0, 9.0, 7.0, 1.0, 4.0, 2.0, 1.0], index=CODES)


def queen_by_hand(codes):
    """The queen neighbours of the lattice by their row and column: every other cell at most one step away."""
    at = {code: (int(code[1]), int(code[2])) for code in codes}
    return {a: [b for b in codes if b != a and max(abs(at[a][0] - at[b][0]), abs(at[a][1] - at[b][1])) == 1] for a in codes}


def matrix(neighbours: dict, codes: list, *, self_weight: bool = False) -> np.ndarray:
    """Row-standardised weights (each row sums to 1), optionally with the unit itself as a neighbour."""
    w = np.zeros((len(codes), len(codes)))
    for i, a in enumerate(codes):
        for b in neighbours[a] + ([a] if self_weight else []):
            w[i, codes.index(b)] = 1.0
    return w / w.sum(axis=1, keepdims=True)


def bivariate_by_hand(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """I_i = (n − 1) · z_x(i) · lag(z_y)(i) / Σ z_x², z standardised with the population standard deviation."""
    zx, zy = (x - x.mean()) / x.std(), (y - y.mean()) / y.std()
    return (len(x) - 1) * zx * (w @ zy) / (zx**2).sum()


def gi_star_by_hand(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Getis and Ord (1992) Gi* with the unit in its own neighbourhood and row-standardised weights: G = Σ_j w_ij x_j / Σ x,
    E[G] = W_i / n, Var[G] = W_i (n − W_i) / (n − 1) / n² · s² / x̄² (s² the population variance), W_i = Σ_j w_ij = 1."""
    n = len(x)
    g = (w @ x) / x.sum()
    weight = w.sum(axis=1)
    variance = weight * (n - weight) / (n - 1) / n**2 * x.var() / x.mean() ** 2
    return (g - weight / n) / np.sqrt(variance)


def test_lattice_weights_are_the_queen_neighbours():
    weights = spatial.contiguity(LATTICE)
    assert {a: sorted(b) for a, b in weights.neighbors.items()} == {a: sorted(b) for a, b in queen_by_hand(CODES).items()}
    assert len(weights.neighbors["c11"]) == 8 and len(weights.neighbors["c00"]) == 3


def test_bivariate_lisa_on_the_lattice_equals_the_hand_computation():
    result = spatial.bivariate_clusters(X, Y, LATTICE)
    w = matrix(queen_by_hand(CODES), CODES)
    expected = bivariate_by_hand(X.to_numpy(), Y.to_numpy(), w)
    np.testing.assert_allclose(result["statistic"].reindex(CODES).to_numpy(), expected, rtol=1e-12)
    assert set(result["cluster"]) <= set(spatial.CLASSES["bivariate"])


def test_gi_star_on_the_lattice_equals_the_hand_computation():
    result = spatial.hot_spots(X, LATTICE)
    w = matrix(queen_by_hand(CODES), CODES, self_weight=True)
    np.testing.assert_allclose(result["z_value"].reindex(CODES).to_numpy(), gi_star_by_hand(X.to_numpy(), w), rtol=1e-12)


def test_gi_star_refuses_negative_values():
    assert spatial.hot_spots(X - 5, LATTICE).empty and not spatial.hot_spots_possible(X - 5)


def pack_neighbours(atlas, codes):
    """Neighbours on the pack straight from the geometry (shapely), not from libpysal."""
    geometries = {f["properties"]["ags"]: shape(f["geometry"]) for f in atlas.municipalities["features"]}
    return {a: [b for b in codes if b != a and geometries[a].intersects(geometries[b])] for a in codes}


@pytest.mark.parametrize("rhine", [True, False])
def test_bivariate_lisa_and_gi_star_on_the_pack_equal_numpy(atlas, rhine):
    x, _ = spatial.view_values(atlas, ViewState())
    y, _ = spatial.second_values(atlas, ViewState())
    codes = sorted(x.index)
    neighbours = pack_neighbours(atlas, codes)
    if not rhine:
        for a, b in (("05170032", "05170044"), ("05170008", "05170032")):  # Rheinberg–Voerde, Dinslaken–Rheinberg
            neighbours[a].remove(b)
            neighbours[b].remove(a)
    bivariate = spatial.bivariate_clusters(x, y, atlas.municipalities, rhine=rhine)
    expected = bivariate_by_hand(x[codes].to_numpy(), y[codes].to_numpy(), matrix(neighbours, codes))
    np.testing.assert_allclose(bivariate["statistic"].reindex(codes).to_numpy(), expected, rtol=1e-10)
    hot = spatial.hot_spots(x, atlas.municipalities, rhine=rhine)
    expected_z = gi_star_by_hand(x[codes].to_numpy(), matrix(neighbours, codes, self_weight=True))
    np.testing.assert_allclose(hot["z_value"].reindex(codes).to_numpy(), expected_z, rtol=1e-10)


def links(weights) -> set[frozenset]:
    return {frozenset((a, b)) for a, others in weights.neighbors.items() for b in others}


def test_the_weights_without_the_rhine_lack_exactly_the_two_crossings(atlas):
    full, cut = links(spatial.contiguity(atlas.municipalities)), links(spatial.contiguity(atlas.municipalities, rhine=False))
    assert full - cut == {frozenset(("05170032", "05170044")), frozenset(("05170008", "05170032"))}
    assert cut <= full
    kreise = atlas.boundaries("kreis")
    assert links(spatial.contiguity(kreise, rhine=False)) == links(spatial.contiguity(kreise))  # no crossing between Kreise


def test_the_rhine_option_changes_the_statistics(atlas):
    values, collection = spatial.view_values(atlas, ViewState())
    assert spatial.moran(values, collection, rhine=False).i != spatial.moran(values, collection).i
    with_river = spatial.local_clusters(values, collection)["p_value"]
    without = spatial.local_clusters(values, collection, rhine=False)["p_value"]
    assert with_river["05170008"] != without["05170008"]  # Dinslaken loses Rheinberg
    assert with_river["05513000"] == without["05513000"]  # Gelsenkirchen's neighbours stay (same seed)


def test_two_seeds_give_the_same_classes_on_the_default_views(atlas):
    """Stability at the shown significance (p < 0.05): with LOCAL_PERMUTATIONS the seed does not change a class."""
    values, collection = spatial.view_values(atlas, ViewState())
    second, _ = spatial.second_values(atlas, ViewState())
    for compute in (
        lambda seed: spatial.local_clusters(values, collection, seed=seed),
        lambda seed: spatial.bivariate_clusters(values, second, collection, seed=seed),
        lambda seed: spatial.hot_spots(values, collection, seed=seed),
    ):
        first, other = compute(spatial.SEED), compute(spatial.SEED + 1)
        assert not first["p_value"].equals(other["p_value"])  # the seeds differ ...
        pd.testing.assert_series_equal(first["cluster"], other["cluster"])  # ... the classes do not


def test_the_view_pattern_is_computed_once_per_view(atlas):
    state = ViewState(spatial="hotspots", rhine=False)
    first = spatial.view_pattern(atlas, state)
    assert spatial.view_pattern(atlas, state) is first
    assert set(first["cluster"]) <= set(spatial.CLASSES["hotspots"]) and len(first) == 53
    assert spatial.view_pattern(atlas, ViewState(spatial="hotspots")) is not first  # other weights, other result


def test_the_kept_permutation_table_is_esdas_own_draw():
    """geo/spatial.py keeps esda's permutation table per process; it must be exactly the table esda draws."""
    import esda.crand

    table = esda.crand.vec_permutations(4, 10, 50, 7)
    assert esda.crand.vec_permutations(4, 10, 50, 7) is table and not table.flags.writeable
    np.random.seed(7)  # esda's draw: seeded, then up to max_card of the n − 1 other units per permutation
    expected = np.array([np.random.choice(9, size=4, replace=False) for _ in range(50)])
    np.testing.assert_array_equal(table, expected)
