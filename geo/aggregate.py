"""Aggregate step: one Ruhr value per indicator, level and year, formed from the RVR units.

How the Ruhr value is formed is the catalog's ``aggregate`` column:

* ``sum`` — counts (inhabitants, unemployed): the total of the units.
* ``ratio`` — indicators the atlas derives as numerator / denominator: the ratio
  of the two totals, which is the exact Ruhr rate.
* ``weighted_mean`` — rates, shares and indices: the population-weighted mean of
  the unit values, :func:`geo.disparity.weighted_mean`. It equals the Ruhr-wide
  rate when the indicator's denominator is the population, and approximates it
  when the denominator is another group (school leavers, employees) whose size
  is roughly proportional to the population. An unweighted mean would let
  Sonsbeck (9,000 inhabitants) count as much as Dortmund (600,000).
* ``none`` — not meaningful for a region (quintiles, densities from a table that
  lacks area): no Ruhr value.

Weights are the population of the same level: for Gemeinden the Zensus 2022
count (the only year the pack has for all 53), for Kreise the annual average
population (GENESIS 12411-05-01-4, 1995–2019). Where the weight series lacks
the year, the nearest year is used (the earlier one on a tie) and recorded in
``weight_year``. A Ruhr value is formed only when every unit of the level has a
value; otherwise there is none, never one from a subset.
"""

from __future__ import annotations

import pandas as pd

from geo.disparity import weighted_mean

POPULATION = {"gemeinde": "bevoelkerung_zensus2022", "kreis": "bevoelkerung_jd"}
COLUMNS = ["indicator", "level", "year", "value", "method", "units", "weight_indicator", "weight_year"]


def nearest_year(available, year: int) -> int:
    """The year closest to ``year`` (earlier wins a tie).

    >>> nearest_year([2019, 2022], 2021), nearest_year([2019, 2021], 2020), nearest_year([2022], 1998)
    (2022, 2019, 2022)
    """
    return min(available, key=lambda y: (abs(y - year), y))


def run(catalog: pd.DataFrame, indicators: pd.DataFrame, units: dict[str, list[str]]) -> pd.DataFrame:
    """Ruhr values for ``units`` (``{"gemeinde": [53 AGS], "kreis": [15 AGS]}``)."""
    usable = indicators[indicators["year_verified"]]
    records = []
    for spec in catalog[catalog["aggregate"] != "none"].itertuples(index=False):
        for level, members in units.items():
            table = _unit_table(usable, spec.indicator, level, members)
            if spec.aggregate == "ratio":
                numerator = _unit_table(usable, spec.numerator, level, members)
                denominator = _unit_table(usable, spec.denominator, level, members)
            elif spec.aggregate == "weighted_mean":
                weights = _unit_table(usable, POPULATION[level], level, members).dropna(axis="columns")
            for year in table.columns:
                values = table[year]
                if values.isna().any():
                    continue
                if spec.aggregate == "sum":
                    records.append((spec.indicator, level, year, float(values.sum()), "sum", len(values), "", 0))
                elif spec.aggregate == "ratio":
                    if year not in numerator or year not in denominator or numerator[year].isna().any() or denominator[year].isna().any():
                        continue
                    value = numerator[year].sum() / denominator[year].sum() * float(spec.factor)
                    records.append((spec.indicator, level, year, float(value), "ratio", len(values), spec.denominator, year))
                elif len(weights.columns):
                    weight_year = nearest_year(list(weights.columns), year)
                    value = weighted_mean(values.to_numpy(), weights[weight_year].to_numpy())
                    records.append((spec.indicator, level, year, value, "weighted_mean", len(values), POPULATION[level], weight_year))
    frame = pd.DataFrame.from_records(records, columns=COLUMNS)
    return frame.sort_values(["indicator", "level", "year"], kind="mergesort").reset_index(drop=True)


def _unit_table(rows: pd.DataFrame, indicator: str, level: str, members: list[str]) -> pd.DataFrame:
    """Values as a units × years table, with a row for every member (NaN where absent)."""
    mine = rows[(rows["indicator"] == indicator) & (rows["level"] == level) & rows["ags"].isin(members)]
    return mine.pivot_table(index="ags", columns="year", values="value", aggfunc="first", dropna=False).reindex(members)
