"""Statistically similar places: the municipalities nearest to one place on a set of indicators.

After the UK ONS "similar areas": every indicator is standardised (z-score
across the RVR units of the level that have all ingredients, see
:mod:`geo.ingredients`), and places are ranked by the Euclidean distance of
their z-score vectors, ``d = sqrt(Σ (zᵢ − zⱼ)²)``. Standardising lets an
indicator in euros and one in per cent count alike; a distance of 0 means
equal on every indicator, and one standard deviation apart on one indicator
adds 1. Places missing an ingredient are left out, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from geo import ingredients
from geo.indicator_rows import level_of_code

SHOWN = 5


@dataclass(frozen=True)
class SimilarPlaces:
    """The nearest places to ``place``: ``table`` (index AGS, nearest first) has ``distance`` and each indicator's
    value; ``own`` holds the place's own values, ``None`` when it lacks an ingredient (see ``recipe.missing``)."""

    place: str
    indicators: tuple[str, ...]
    recipe: ingredients.Ingredients
    own: pd.Series | None
    table: pd.DataFrame

    def left_out(self) -> tuple[ingredients.Missing, ...]:
        return self.recipe.missing


def distances(values: pd.DataFrame, place: str) -> pd.Series:
    """Euclidean distance of every other row's z-scores to ``place``'s, nearest first (ties by AGS).

    >>> frame = pd.DataFrame({"x": [0.0, 1.0, 3.0]}, index=["a", "b", "c"])
    >>> distances(frame, "a").round(4).to_dict()
    {'b': 0.8018, 'c': 2.4054}
    """
    z = ingredients.standardised(values)
    found = np.sqrt(((z - z.loc[place]) ** 2).sum(axis=1)).drop(place).rename("distance")
    return found.reset_index().sort_values(["distance", "index"], kind="mergesort").set_index("index")["distance"].rename_axis(None)


def similar_places(atlas, place: str, indicators=ingredients.DEFAULT_INDICATORS, shown: int = SHOWN) -> SimilarPlaces:
    """The ``shown`` places of ``place``'s level nearest to it on ``indicators`` (those the level has)."""
    level = level_of_code(place)
    chosen = ingredients.usable(atlas, indicators, level)
    recipe = ingredients.read(atlas, chosen, level) if chosen else ingredients.Ingredients(pd.DataFrame(), {}, True, ())
    if not chosen or place not in recipe.values.index or len(recipe.values) < 2:
        return SimilarPlaces(place, chosen, recipe, None, pd.DataFrame(columns=["distance", *chosen]))
    nearest = distances(recipe.values, place).head(shown)
    table = recipe.values.loc[nearest.index].assign(distance=nearest)[["distance", *chosen]]
    return SimilarPlaces(place, chosen, recipe, recipe.values.loc[place], table)
