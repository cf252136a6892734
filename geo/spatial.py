"""Spatial autocorrelation: do similar values cluster among neighbouring places?

Neighbours are queen contiguity (sharing a border or a corner) on the pack's
boundaries, built with libpysal; because the boundaries are a clean coverage
(shared borders stay shared), neighbours are found exactly. Weights are
row-standardised. Global Moran's I and local Moran (LISA) come from esda, with a
fixed seed, so the same data always give the same p-values. Units without a
value are left out and the weights are cut to the units that remain.

Two pairs of Gemeinden touch only across the Rhine (no bridge joins them:
Rheinberg–Voerde and Dinslaken–Rheinberg, :data:`RHINE_CROSSINGS`); the boundaries
meet in the river's middle. They are neighbours by default, as the boundaries say;
``rhine=False`` builds the weights without exactly these two links.

Permutations: the global Moran's I uses 999 (its p-value is far from 0.05 on the
pack's views). The local statistics use :data:`LOCAL_PERMUTATIONS` (99,999): with
fewer, a place whose pseudo p-value lies near 0.05 changes class with the seed
(999: up to 4 of 53 Gemeinden; 9,999: up to 2, on the default views). At 99,999,
four different seeds gave the same classes on the default views (LISA, bivariate
LISA, Gi*, Gemeinden and Kreise; tests/geo/test_local_patterns.py checks two).
Without numba, esda draws the permutation table (99,999 draws of up to 8 of the
other units) in a Python loop: seconds per statistic, most of its time. The table
depends only on its size and the seed, so :func:`_drawn_once` keeps it per process
(the same numbers as esda's own draw); each view's result is computed once and kept.
"""

from __future__ import annotations

import functools
import threading
import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd
from shapely.geometry import shape

from geo import query
from geo.view_state import ViewState, second_indicator, shown_year

with warnings.catch_warnings():  # esda and libpysal announce optional speed-ups on import
    warnings.simplefilter("ignore")
    import esda
    import esda.crand
    import libpysal

PERMUTATIONS = 999
LOCAL_PERMUTATIONS = 99_999
SEED = 20261122
SIGNIFICANCE = 0.05
#: esda's quadrant codes → cluster names (value and neighbours' mean relative to the mean)
QUADRANTS = {1: "high_high", 2: "low_high", 3: "low_low", 4: "high_low"}
GLOBAL_SEED_LOCK = threading.Lock()  # held by everything that seeds or draws from NumPy's global generator (esda.Moran, spopt)


def _drawn_once(draw):
    """esda's permutation table (``vec_permutations(max_card, n, permutations, seed)``), drawn once per arguments:
    it is a function of them alone (esda seeds the draw), read-only for the statistics, so the local statistics of
    every view with the same number of units share it. A table drawn without a seed is never kept."""
    kept = functools.lru_cache(maxsize=8)(lambda *arguments: _read_only(draw(*arguments)))

    def table(max_card, n, permutations, seed):
        return draw(max_card, n, permutations, seed) if seed is None else kept(int(max_card), int(n), int(permutations), int(seed))

    return table


def _read_only(table: np.ndarray) -> np.ndarray:
    table.flags.writeable = False
    return table


esda.crand.vec_permutations = _drawn_once(esda.crand.vec_permutations)


#: Gemeinden that touch only across the Rhine, by AGS: Rheinberg–Voerde (Niederrhein), Dinslaken–Rheinberg.
RHINE_CROSSINGS = (("05170032", "05170044"), ("05170008", "05170032"))


_QUEEN: dict[int, tuple[dict, libpysal.weights.W]] = {}  # id of a collection → (the collection, its weights)
_QUEEN_KEPT = 8


def queen_weights(collection: dict) -> libpysal.weights.W:
    """Queen contiguity of a FeatureCollection's polygons, keyed by AGS.

    Computed once per collection object (the pack's boundaries never change); the entry holds the collection
    itself, so an id reused by another object after this one is gone is never mistaken for it.
    """
    known = _QUEEN.get(id(collection))
    if known is None or known[0] is not collection:
        features = sorted(collection["features"], key=lambda f: f["properties"]["ags"])
        weights = libpysal.weights.Queen.from_iterable(
            [shape(f["geometry"]) for f in features], ids=[f["properties"]["ags"] for f in features]
        )
        while len(_QUEEN) >= _QUEEN_KEPT:
            _QUEEN.pop(next(iter(_QUEEN)))
        known = _QUEEN[id(collection)] = (collection, weights)
    return known[1]


def contiguity(collection: dict, *, rhine: bool = True) -> libpysal.weights.W:
    """:func:`queen_weights`, or with ``rhine=False`` the same without the links of :data:`RHINE_CROSSINGS`
    (binary; a collection without those places, such as the Kreise, keeps all its links)."""
    weights = queen_weights(collection)
    if rhine:
        return weights
    cut = {frozenset(pair) for pair in RHINE_CROSSINGS}
    neighbours = {unit: [other for other in others if frozenset((unit, other)) not in cut] for unit, others in weights.neighbors.items()}
    return libpysal.weights.W(neighbours, id_order=weights.id_order, silence_warnings=True)


def _restricted(weights, keep: list[str], transform: str = "r"):
    """``weights`` cut to the units ``keep`` (sorted AGS), row-standardised (``"r"``) or binary (``"b"``)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a subset may create islands; they are reported, not fatal
        subset = libpysal.weights.w_subset(weights, keep) if len(keep) < weights.n else libpysal.weights.W(weights.neighbors, id_order=keep)
    subset.transform = transform
    return subset


@dataclass(frozen=True)
class MoranResult:
    i: float
    expected: float
    p_value: float  # pseudo p-value from the permutations
    units: int


def moran(values: pd.Series, collection: dict, *, rhine: bool = True) -> MoranResult | None:
    """Global Moran's I of ``values`` (indexed by AGS); None with fewer than 8 known values."""
    known = values.dropna()
    if len(known) < 8 or known.nunique() < 2:
        return None
    weights = _restricted(contiguity(collection, rhine=rhine), sorted(known.index))
    with GLOBAL_SEED_LOCK:
        np.random.seed(SEED)
        result = esda.Moran(known.reindex(weights.id_order).to_numpy(), weights, permutations=PERMUTATIONS)
    return MoranResult(i=float(result.I), expected=float(result.EI), p_value=float(result.p_sim), units=len(known))


def reading(result: MoranResult) -> str:
    """What a global Moran's I says: ``random`` (p ≥ 0.05), else ``clustered`` (I above its expectation)
    or ``dispersed``.

    >>> reading(MoranResult(0.3, -0.02, 0.001, 53)), reading(MoranResult(-0.3, -0.02, 0.01, 53))
    ('clustered', 'dispersed')
    >>> reading(MoranResult(0.3, -0.02, 0.05, 53))
    'random'
    """
    if result.p_value >= SIGNIFICANCE:
        return "random"
    return "clustered" if result.i > result.expected else "dispersed"


def view_values(atlas, state: ViewState) -> tuple[pd.Series, dict]:
    """The view's values (shown year, by AGS) and the boundaries of its level: the inputs of :func:`moran`."""
    collection = atlas.boundaries(state.level)
    return query.values(atlas, state.indicator, state.level, shown_year(state, atlas))["value"], collection


def remembered(atlas, key: tuple, compute):
    """``compute()`` once per ``key`` and atlas, for the last few keys of a kind (:meth:`geo.pack.Atlas.remember`):
    the map, the table, the export and a story's caption of one view share one result (read it, never change it)."""
    return atlas.remember(key, compute, kept=_QUEEN_KEPT)


def view_clusters(atlas, state: ViewState) -> pd.DataFrame:
    """:func:`local_clusters` of the view's values with the view's weights, computed once per view."""
    key = ("lisa", state.indicator, state.level, shown_year(state, atlas), state.rhine)
    return remembered(atlas, key, lambda: local_clusters(*view_values(atlas, state), rhine=state.rhine))


def local_clusters(values: pd.Series, collection: dict, *, rhine: bool = True, seed: int = SEED) -> pd.DataFrame:
    """Per AGS: ``cluster`` (high_high, low_low, high_low, low_high, or not_significant) and ``p_value``."""
    known = values.dropna()
    if len(known) < 8 or known.nunique() < 2:
        return pd.DataFrame(columns=["cluster", "p_value"])
    weights = _restricted(contiguity(collection, rhine=rhine), sorted(known.index))
    result = esda.Moran_Local(
        known.reindex(weights.id_order).to_numpy(), weights, permutations=LOCAL_PERMUTATIONS, seed=seed, keep_simulations=False
    )
    clusters = [QUADRANTS[q] if p < SIGNIFICANCE else "not_significant" for q, p in zip(result.q, result.p_sim)]
    return pd.DataFrame({"cluster": clusters, "p_value": result.p_sim}, index=weights.id_order)


def bivariate_clusters(x: pd.Series, y: pd.Series, collection: dict, *, rhine: bool = True, seed: int = SEED) -> pd.DataFrame:
    """Bivariate LISA (esda.Moran_Local_BV): is a place's ``x`` like its neighbours' ``y``?

    Both standardised over the units that have both values (z = (v − mean) / std); per unit
    I_i = (n − 1) · z_x(i) · Σ_j w_ij z_y(j) / Σ_k z_x(k)², with row-standardised w. The cluster says where the
    pair lies: ``high_high`` = x high here and y high in the neighbours (on average), ``low_high`` = x low here,
    y high around it, and so on; only where the conditional permutation p-value is below 0.05
    (else ``not_significant``). Units lacking either value are left out. Per AGS: ``cluster``, ``statistic`` (I_i),
    ``p_value``.
    """
    both = pd.concat({"x": x, "y": y}, axis=1).dropna()
    if len(both) < 8 or both["x"].nunique() < 2 or both["y"].nunique() < 2:
        return pd.DataFrame(columns=["cluster", "statistic", "p_value"])
    weights = _restricted(contiguity(collection, rhine=rhine), sorted(both.index))
    both = both.reindex(weights.id_order)
    result = esda.Moran_Local_BV(
        both["x"].to_numpy(), both["y"].to_numpy(), weights, permutations=LOCAL_PERMUTATIONS, seed=seed, keep_simulations=False
    )
    clusters = [QUADRANTS[q] if p < SIGNIFICANCE else "not_significant" for q, p in zip(result.q, result.p_sim)]
    return pd.DataFrame({"cluster": clusters, "statistic": result.Is, "p_value": result.p_sim}, index=weights.id_order)


def hot_spots_possible(values: pd.Series) -> bool:
    """Gi* compares local sums with the total, so it needs values ≥ 0 with a positive total (a count, a rate,
    a price), not a change that can be negative.

    >>> hot_spots_possible(pd.Series([0.0, 2.5, 7.0])), hot_spots_possible(pd.Series([-1.0, 2.0]))
    (True, False)
    """
    known = values.dropna()
    return bool((known >= 0).all() and known.sum() > 0)


def hot_spots(values: pd.Series, collection: dict, *, rhine: bool = True, seed: int = SEED) -> pd.DataFrame:
    """Getis–Ord Gi* hot and cold spots (esda.G_Local, star=True).

    Each place counts as its own neighbour (binary weights with 1 on the diagonal, then row-standardised:
    w_ij = 1 / (k_i + 1) over the place and its k_i neighbours). Gi*_i = Σ_j w_ij x_j / Σ_j x_j; its z-value
    is (Gi* − 1/n) / sd with the analytical variance of Getis and Ord (1992). ``hot_spot``: the place and its
    neighbours together are high (z > 0), ``cold_spot``: low (z < 0), each only where the conditional
    permutation p-value is below 0.05. Units without a value are left out; empty when
    :func:`hot_spots_possible` says no. Per AGS: ``cluster``, ``z_value``, ``p_value``.
    """
    known = values.dropna()
    if len(known) < 8 or known.nunique() < 2 or not hot_spots_possible(known):
        return pd.DataFrame(columns=["cluster", "z_value", "p_value"])
    weights = _restricted(contiguity(collection, rhine=rhine), sorted(known.index), transform="b")
    result = esda.G_Local(
        known.reindex(weights.id_order).to_numpy(),
        weights,
        transform="R",
        star=True,
        permutations=LOCAL_PERMUTATIONS,
        n_jobs=1,  # G_Local's default starts worker processes: slower for 53 units, and they draw their own tables
        seed=seed,
        keep_simulations=False,
    )
    clusters = [("hot_spot" if z > 0 else "cold_spot") if p < SIGNIFICANCE else "not_significant" for z, p in zip(result.Zs, result.p_sim)]
    return pd.DataFrame({"cluster": clusters, "z_value": result.Zs, "p_value": result.p_sim}, index=weights.id_order)


#: The classes of each local statistic the spatial tab shows (``ViewState.spatial``), in legend order.
CLASSES = {
    "lisa": ("high_high", "low_low", "high_low", "low_high", "not_significant"),
    "bivariate": ("high_high", "low_low", "high_low", "low_high", "not_significant"),
    "hotspots": ("hot_spot", "cold_spot", "not_significant"),
}


def second_values(atlas, state: ViewState) -> tuple[pd.Series, int]:
    """The second indicator's values for a bivariate view and their year: the view's year when the second
    indicator has it, else its latest (as the scatter)."""
    second = second_indicator(state)
    year = shown_year(state, atlas)
    years = atlas.catalog[second]["years"][state.level]
    year = year if year in years else years[-1]
    return query.values(atlas, second, state.level, year)["value"], year


def view_pattern(atlas, state: ViewState) -> pd.DataFrame:
    """The local statistic the view's spatial tab shows (``state.spatial``), computed once per view:
    :func:`local_clusters`, :func:`bivariate_clusters` (against the second indicator) or :func:`hot_spots`."""
    if state.spatial == "lisa":
        return view_clusters(atlas, state)
    values, collection = view_values(atlas, state)
    if state.spatial == "bivariate":
        key = ("bivariate", state.indicator, second_indicator(state), state.level, shown_year(state, atlas), state.rhine)
        return remembered(atlas, key, lambda: bivariate_clusters(values, second_values(atlas, state)[0], collection, rhine=state.rhine))
    key = ("hotspots", state.indicator, state.level, shown_year(state, atlas), state.rhine)
    return remembered(atlas, key, lambda: hot_spots(values, collection, rhine=state.rhine))
