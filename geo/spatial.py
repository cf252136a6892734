"""Spatial autocorrelation: do similar values cluster among neighbouring places?

Neighbours are queen contiguity (sharing a border or a corner) on the pack's
boundaries, built with libpysal; because the boundaries are a clean coverage
(shared borders stay shared), neighbours are found exactly. Weights are
row-standardised. Global Moran's I and local Moran (LISA) come from esda, with
significance by 999 conditional permutations and a fixed seed, so the same data
always give the same p-values. Units without a value are left out and the
weights are cut to the units that remain.
"""

from __future__ import annotations

import threading
import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd
from shapely.geometry import shape

from geo import query
from geo.view_state import ViewState, shown_year

with warnings.catch_warnings():  # esda and libpysal announce optional speed-ups on import
    warnings.simplefilter("ignore")
    import esda
    import libpysal

PERMUTATIONS = 999
SEED = 20261122
SIGNIFICANCE = 0.05
#: esda's quadrant codes → cluster names (value and neighbours' mean relative to the mean)
QUADRANTS = {1: "high_high", 2: "low_high", 3: "low_low", 4: "high_low"}
_global_seed_lock = threading.Lock()  # esda.Moran draws from NumPy's global generator


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


def _restricted(weights, keep: list[str]):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a subset may create islands; they are reported, not fatal
        subset = libpysal.weights.w_subset(weights, keep) if len(keep) < weights.n else libpysal.weights.W(weights.neighbors, id_order=keep)
    subset.transform = "r"
    return subset


@dataclass(frozen=True)
class MoranResult:
    i: float
    expected: float
    p_value: float  # pseudo p-value from the permutations
    units: int


def moran(values: pd.Series, collection: dict) -> MoranResult | None:
    """Global Moran's I of ``values`` (indexed by AGS); None with fewer than 8 known values."""
    known = values.dropna()
    if len(known) < 8 or known.nunique() < 2:
        return None
    weights = _restricted(queen_weights(collection), sorted(known.index))
    with _global_seed_lock:
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


_VIEW_CLUSTERS: dict[tuple, tuple] = {}  # (id of the atlas, indicator, level, year) → (the atlas, its clusters)


def view_clusters(atlas, state: ViewState) -> pd.DataFrame:
    """:func:`local_clusters` of the view's values, computed once per view: the cluster map, the table of its
    numbers, the export and a story's caption share them (read them, never change them).

    Kept per atlas object like :func:`queen_weights`, for the last few views.
    """
    key = (id(atlas), state.indicator, state.level, shown_year(state, atlas))
    known = _VIEW_CLUSTERS.get(key)
    if known is None or known[0] is not atlas:
        clusters = local_clusters(*view_values(atlas, state))
        while len(_VIEW_CLUSTERS) >= _QUEEN_KEPT:
            _VIEW_CLUSTERS.pop(next(iter(_VIEW_CLUSTERS)), None)
        known = _VIEW_CLUSTERS[key] = (atlas, clusters)
    return known[1]


def local_clusters(values: pd.Series, collection: dict) -> pd.DataFrame:
    """Per AGS: ``cluster`` (high_high, low_low, high_low, low_high, or not_significant) and ``p_value``."""
    known = values.dropna()
    if len(known) < 8 or known.nunique() < 2:
        return pd.DataFrame(columns=["cluster", "p_value"])
    weights = _restricted(queen_weights(collection), sorted(known.index))
    result = esda.Moran_Local(
        known.reindex(weights.id_order).to_numpy(), weights, permutations=PERMUTATIONS, seed=SEED, keep_simulations=False
    )
    clusters = [QUADRANTS[q] if p < SIGNIFICANCE else "not_significant" for q, p in zip(result.q, result.p_sim)]
    return pd.DataFrame({"cluster": clusters, "p_value": result.p_sim}, index=weights.id_order)
