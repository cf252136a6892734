"""The ingredients of a recipe: several indicators of one level side by side, each from a stated year.

Similar places (:mod:`geo.similar`) and data-driven zones (:mod:`geo.regions`)
both compare places on a set of indicators. Each indicator is read for the
latest year that *all* of the set have at the level, so the values describe one
moment; when the set has no year in common, each indicator is read for its own
latest year and the years are stated next to every value. A place without a
value for an ingredient is left out of the comparison with the reason (the
publisher's flag, or "no value in that year"); nothing is filled in.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from geo import query

#: Poverty (the GISD deprivation score, which includes education), unemployment and income:
#: the default set, all three published for every Gemeinde for the common year 2021.
DEFAULT_INDICATORS = ("gisd_nrw_frame_score", "arbeitslose_je_100_ew_15_64", "einkommensteuer_gemeindeanteil_eur_je_ew")
MAX_INDICATORS = 8


@dataclass(frozen=True)
class Missing:
    """Why a place is left out: ``indicator`` has no value for it in ``year`` (``flag``: the publisher's symbol, or "")."""

    ags: str
    indicator: str
    year: int
    flag: str


@dataclass(frozen=True)
class Ingredients:
    """The values (rows: the places with every ingredient; columns: the indicators), each indicator's year,
    whether the years are common to all, and the places left out with their reasons."""

    values: pd.DataFrame
    years: dict[str, int]
    common_year: bool
    missing: tuple[Missing, ...]


def usable(atlas, indicators, level: str) -> tuple[str, ...]:
    """The indicators of ``indicators`` the catalog has at ``level``, in the given order, without repeats."""
    return tuple(i for i in dict.fromkeys(indicators) if level in atlas.catalog.get(i, {}).get("years", {}))


def years_of(atlas, indicators, level: str) -> tuple[dict[str, int], bool]:
    """Each indicator's year: the latest year common to all, else each one's latest (second item: common or not)."""
    available = [set(atlas.catalog[i]["years"][level]) for i in indicators]
    common = set.intersection(*available) if available else set()
    if common:
        return {i: max(common) for i in indicators}, True
    return {i: max(years) for i, years in zip(indicators, available)}, False


def read(atlas, indicators, level: str) -> Ingredients:
    """The ingredients of ``indicators`` (catalog ids with ``level``) for every RVR unit of the level."""
    years, common = years_of(atlas, indicators, level)
    columns, missing = {}, []
    for indicator in indicators:
        found = query.values(atlas, indicator, level, years[indicator])
        columns[indicator] = found["value"]
        missing += [Missing(ags, indicator, years[indicator], row.flag) for ags, row in found[found["value"].isna()].iterrows()]
    table = pd.DataFrame(columns, index=query.units(atlas, level), dtype=float)
    complete = table.dropna()
    return Ingredients(complete, years, common, tuple(sorted(missing, key=lambda m: (m.ags, m.indicator))))


def standardised(values: pd.DataFrame) -> pd.DataFrame:
    """z-scores per column over the given places: ``(x − mean) / sd`` (population sd, ``ddof=0``).

    An indicator with the same value everywhere carries no difference and gets 0 everywhere.

    >>> standardised(pd.DataFrame({"a": [1.0, 3.0], "b": [5.0, 5.0]})).to_dict("list")
    {'a': [-1.0, 1.0], 'b': [0.0, 0.0]}
    """
    spread = values.std(ddof=0).replace(0, np.nan)
    return ((values - values.mean()) / spread).fillna(0.0)
