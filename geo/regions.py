"""Data-driven zones: contiguous regions of similar Gemeinden, drawn by max-p regionalisation.

The recipe is a set of indicators (see :mod:`geo.ingredients`, standardised as
z-scores) and a population floor. PySAL ``spopt``'s max-p heuristic (Duque,
Anselin & Rey 2012; Wei, Rey & Knaap 2021) groups the Gemeinden into as many
regions as it can such that every region is contiguous (queen neighbours of
:func:`geo.spatial.queen_weights`: sharing a border or a corner, which includes
the Rhine-crossing pairs Rheinberg–Voerde and Dinslaken–Rheinberg whose
boundaries meet in the river), has at least the floor's inhabitants (Zensus
2022) and is as homogeneous on the indicators as the heuristic finds. The
heuristic draws random numbers; the seed is fixed, so a recipe always gives the
same zones.

The result is compared with an authored scheme in two ways:

* the adjusted Rand index (Hubert & Arabie 1985, ``sklearn``): 1 when the two
  schemes group the places identically, about 0 when they agree no more than
  random groupings of the same sizes would (it can be negative);
* the Theil between-zone share of each scheme for each ingredient: how much of
  the region's inequality in that indicator lies between the zones.

A place without every ingredient cannot be placed in a contiguous zone without
guessing, so then no zones are drawn and the places lacking values are named.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from geo import disparity, ingredients, query, spatial
from geo.zones import KREIS_COLOURS

LEVEL = "gemeinde"
POPULATION_YEAR = 2022  # the Zensus 2022 weights of the Gemeinden (see query.population_weights)
FLOORS = (250_000, 500_000, 750_000, 1_000_000)
DEFAULT_FLOOR = 500_000
SEED = 20261202
#: spopt's defaults (999 construction rounds, 10 annealing runs) take minutes on 53 places; these finish in seconds
CONSTRUCTION_ITERATIONS = 20
ANNEALING_ITERATIONS = 2


@dataclass(frozen=True)
class Regions:
    """Zones of a recipe: ``zone_of`` (AGS → zone id ``d1``, ``d2``, … numbered by their first AGS), the zones
    (ids, labels after their most populous place, colours), each zone's population, the ingredients read,
    and ``None`` zones with the reason in ``recipe.missing`` when a place lacks an ingredient."""

    indicators: tuple[str, ...]
    floor: int
    recipe: ingredients.Ingredients
    zone_of: pd.Series | None
    zones: tuple[dict, ...]
    population: pd.Series


def _positional(weights, order: list[str]):
    """The weights with positions 0…n−1 as ids (what spopt's max-p expects), in ``order``."""
    import libpysal

    position = {ags: i for i, ags in enumerate(order)}
    return libpysal.weights.W({position[a]: sorted(position[n] for n in weights.neighbors[a]) for a in order}, silence_warnings=True)


def max_p_labels(z: pd.DataFrame, population: pd.Series, weights, floor: float) -> pd.Series:
    """Max-p region label per AGS of ``z`` (rows: places, columns: standardised indicators), with a fixed seed."""
    from spopt.region import MaxPHeuristic  # imported here: the app's start does not pay for spopt

    order = list(weights.id_order)
    frame = z.loc[order].assign(_population=population.loc[order].to_numpy()).reset_index(drop=True)
    model = MaxPHeuristic(
        frame,
        _positional(weights, order),
        list(z.columns),
        "_population",
        floor,
        top_n=2,
        max_iterations_construction=CONSTRUCTION_ITERATIONS,
        max_iterations_sa=ANNEALING_ITERATIONS,
        policy="keep",
    )
    # spopt draws from NumPy's global generator, as esda's Moran does: both seed it under one lock, so one thread's
    # draws are never reseeded by another's
    with spatial.GLOBAL_SEED_LOCK:
        state = np.random.get_state()
        np.random.seed(SEED)
        try:
            model.solve()
        finally:
            np.random.set_state(state)
    return pd.Series(np.asarray(model.labels_), index=order)


def numbered(labels: pd.Series) -> pd.Series:
    """Region labels renamed ``d1``, ``d2``, … in the order of each region's smallest AGS (stable across runs).

    >>> numbered(pd.Series([7, 3, 7], index=["05913000", "05111000", "05112000"])).to_dict()
    {'05913000': 'd2', '05111000': 'd1', '05112000': 'd2'}
    """
    first = labels.groupby(labels).apply(lambda group: min(group.index)).sort_values()
    names = {label: f"d{i + 1}" for i, label in enumerate(first.index)}
    return labels.map(names)


REGIONS_KEPT = 8


def regions(atlas, indicators=ingredients.DEFAULT_INDICATORS, floor: int = DEFAULT_FLOOR) -> Regions:
    """The data-driven zones of a recipe, computed once per recipe and atlas (the last few are kept)."""
    chosen = ingredients.usable(atlas, indicators, LEVEL)
    return atlas.remember(("regions", chosen, floor), lambda: _regions(atlas, chosen, floor), kept=REGIONS_KEPT)


def _regions(atlas, chosen: tuple[str, ...], floor: int) -> Regions:
    recipe = ingredients.read(atlas, chosen, LEVEL)
    population = query.population_weights(atlas, LEVEL, POPULATION_YEAR)
    if not chosen or recipe.missing:
        return Regions(chosen, floor, recipe, None, (), pd.Series(dtype=float))
    zone_of = numbered(
        max_p_labels(ingredients.standardised(recipe.values), population, spatial.queen_weights(atlas.municipalities), floor)
    )
    zone_of = zone_of.reindex(query.units(atlas, LEVEL)).rename("zone")
    names = query.unit_names(atlas, LEVEL)
    totals = population.groupby(zone_of).sum()
    zones = []
    for i, zone in enumerate(sorted(totals.index, key=lambda z: int(z[1:]))):
        largest = names[population[zone_of == zone].idxmax()]
        label = {"de": f"{zone[1:]}: um {largest}", "en": f"{zone[1:]}: around {largest}"}
        zones.append({"id": zone, "label": label, "role": "other", "colour": KREIS_COLOURS[i % len(KREIS_COLOURS)]})
    return Regions(chosen, floor, recipe, zone_of, tuple(zones), totals)


def agreement(first: pd.Series, second: pd.Series) -> float:
    """Adjusted Rand index of two groupings of the same places (indexed by AGS; places in only one are ignored).

    >>> agreement(pd.Series(["n", "n", "s", "s"]), pd.Series(["x", "x", "y", "y"]))
    1.0
    """
    from sklearn.metrics import adjusted_rand_score

    both = pd.concat([first.rename("a"), second.rename("b")], axis=1).dropna()
    return float(adjusted_rand_score(both["a"].astype(str), both["b"].astype(str)))


@dataclass(frozen=True)
class BetweenShare:
    """For one ingredient (in its recipe year): the Theil between-zone share under each of two schemes."""

    indicator: str
    year: int
    authored: float
    data_driven: float


def between_shares(atlas, found: Regions, authored: pd.Series) -> list[BetweenShare]:
    """Per ingredient: how much of its population-weighted Theil T lies between the authored zones and between the
    data-driven zones (``TheilParts.between_share``)."""
    population = query.population_weights(atlas, LEVEL, POPULATION_YEAR)
    shares = []
    for indicator in found.indicators:
        values = found.recipe.values[indicator]
        weights = population.loc[values.index]
        parts = [disparity.theil_decomposition(values, weights, groups.loc[values.index]) for groups in (authored, found.zone_of)]
        shares.append(BetweenShare(indicator, found.recipe.years[indicator], parts[0].between_share, parts[1].between_share))
    return shares
