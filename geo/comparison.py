"""Zone comparison: how far apart are the zones of a scheme, and is the gap growing?

Zone means are population-weighted (the same weights as the Ruhr values, see
:mod:`geo.aggregate`), medians too; the gap is zone a minus zone b (north minus
south in the default scheme). A gap is stated only when each of the two compared
zones has a value for at least half its units (:func:`enough_values`): a mean of
one place out of fifteen does not speak for its zone. A gap's trend stays inside one segment of the series
(:mod:`geo.series_breaks`): the years it compares are never on two sides of a declared break. Inequality measures are computed over all units of
the level that have a value, weighted by population, with Theil's between-zone
part measuring how much of the region's inequality is the divide between zones.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from geo import aggregate, disparity, query, series_breaks
from geo.view_state import ViewState, second_indicator, shown_year

CUSTOM = "custom"
CUSTOM_ZONES = [
    {"id": "a", "label": {"de": "Gruppe A", "en": "Group A"}, "role": "a", "colour": "#E69F00"},
    {"id": "b", "label": {"de": "Gruppe B", "en": "Group B"}, "role": "b", "colour": "#56B4E9"},
    {"id": "other", "label": {"de": "übrige", "en": "others"}, "role": "other", "colour": "#BBBBBB"},
]
#: |gap| must change by more than this share of its first value to count as widening or narrowing.
#: A zone's mean enters a gap only when at least this share of the zone's units has a value.
ENOUGH_SHARE = 0.5


def scheme_zones(atlas, scheme: str) -> list[dict]:
    """The zones of a scheme in display order (for ``custom``: groups A, B and the rest)."""
    return CUSTOM_ZONES if scheme == CUSTOM else atlas.zone_schemes[scheme]["zones"]


def membership(atlas, scheme: str, level: str, group_a=(), group_b=()) -> pd.Series:
    """Zone of every RVR unit of the level, indexed by AGS."""
    units = query.units(atlas, level)
    if scheme == CUSTOM:
        zone = {ags: "a" for ags in group_a}
        zone.update({ags: "b" for ags in group_b if ags not in zone})
        return pd.Series([zone.get(ags, "other") for ags in units], index=units, name="zone")
    rows = atlas.zones[(atlas.zones["scheme"] == scheme) & (atlas.zones["level"] == level)]
    return rows.set_index("ags")["zone"].reindex(units).rename("zone")


def zones_of(atlas, state: ViewState) -> tuple[list[dict], pd.Series]:
    """The zones of the view's scheme (display order) and the zone of every unit of its level."""
    return scheme_zones(atlas, state.scheme), membership(atlas, state.scheme, state.level, state.group_a, state.group_b)


def gap_zones(zones: list[dict]) -> tuple[str, str] | None:
    """The two zones whose gap is measured (roles a and b), or None when the scheme has no two sides."""
    roles = {z["role"]: z["id"] for z in zones}
    return (roles["a"], roles["b"]) if "a" in roles and "b" in roles else None


def gap_direction(difference: float) -> str:
    """Where zone a lies relative to zone b: ``above`` (or level with it) or ``below``.

    >>> gap_direction(0.3), gap_direction(0.0), gap_direction(-2.0)
    ('above', 'above', 'below')
    """
    return "above" if difference >= 0 else "below"


def enough_values(known: int, units: int) -> bool:
    """The small-numbers rule: does a zone with ``known`` values among its ``units`` units have enough
    (at least half) for its mean to be compared?

    >>> enough_values(2, 4), enough_values(1, 4)  # exactly half; one below
    (True, False)
    >>> enough_values(8, 15), enough_values(7, 15), enough_values(1, 1), enough_values(0, 0)
    (True, False, True, False)
    """
    return units > 0 and known >= ENOUGH_SHARE * units


@dataclass(frozen=True)
class Shortfall:
    """A compared zone with too few values: ``known`` of its ``units`` units have one."""

    zone: str
    known: int
    units: int


def shortfalls(pair: tuple[str, str] | None, known: dict[str, int], units: dict[str, int]) -> list[Shortfall]:
    """The zones of ``pair`` that fail :func:`enough_values` (a zone with no unit at all is not listed: there
    is nothing to count, and a custom group left empty says so itself).

    >>> shortfalls(("n", "s"), {"n": 3, "s": 1}, {"n": 6, "s": 3})
    [Shortfall(zone='s', known=1, units=3)]
    >>> shortfalls(("n", "s"), {"n": 3}, {"n": 6, "s": 0}), shortfalls(None, {}, {})
    ([], [])
    """
    return [Shortfall(z, known.get(z, 0), units[z]) for z in pair or () if units.get(z, 0) and not enough_values(known.get(z, 0), units[z])]


def gap_stated(pair: tuple[str, str] | None, known: dict[str, int], units: dict[str, int]) -> bool:
    """Whether the gap between the zones of ``pair`` may be stated: both have enough values.

    >>> gap_stated(("n", "s"), {"n": 3, "s": 2}, {"n": 6, "s": 4}), gap_stated(("n", "s"), {"n": 3, "s": 1}, {"n": 6, "s": 4})
    (True, False)
    >>> gap_stated(("n", "s"), {"n": 3}, {"n": 6, "s": 0})
    False
    """
    return pair is not None and all(enough_values(known.get(z, 0), units.get(z, 0)) for z in pair)


@dataclass(frozen=True)
class ZoneStats:
    zone: str
    units: int  # units with a value
    missing: int
    mean: float  # population-weighted
    median: float  # population-weighted
    low: float
    high: float


@dataclass(frozen=True)
class Comparison:
    table: pd.DataFrame  # index ags: name, value, zone, weight
    zones: list[ZoneStats]
    gap: disparity.Gap | None  # None when the scheme has no two sides or a compared zone has too few values
    inequality: dict  # cv, gini, theil parts for the year
    short: list[Shortfall]  # the compared zones with too few values (why the gap is None)

    def values_in(self, zone: str) -> pd.DataFrame:
        """The units of one zone that have a value."""
        return self.table[(self.table["zone"] == zone) & self.table["value"].notna()]


def compare(atlas, indicator: str, level: str, year: int, zone_of: pd.Series, zones: list[dict]) -> Comparison:
    values = query.values(atlas, indicator, level, year)["value"]
    weights = query.population_weights(atlas, level, year)
    table = pd.DataFrame({"name": pd.Series(query.unit_names(atlas, level)), "value": values, "zone": zone_of, "weight": weights})
    stats = []
    for zone in zones:
        mine = table[table["zone"] == zone["id"]]
        known = mine[mine["value"].notna()]
        stats.append(
            ZoneStats(
                zone=zone["id"],
                units=len(known),
                missing=len(mine) - len(known),
                mean=disparity.weighted_mean(known["value"], known["weight"]),
                median=disparity.weighted_median(known["value"], known["weight"]),
                low=float(known["value"].min()) if len(known) else float("nan"),
                high=float(known["value"].max()) if len(known) else float("nan"),
            )
        )
    pair = gap_zones(zones)
    by_zone = {s.zone: s for s in stats}
    known = {s.zone: s.units for s in stats}
    units = {s.zone: s.units + s.missing for s in stats}
    gap = disparity.zone_gap(by_zone[pair[0]].mean, by_zone[pair[1]].mean) if gap_stated(pair, known, units) else None
    interval = on_interval_scale(atlas, indicator)
    if gap and interval:
        gap = replace(gap, ratio=float("nan"))
    return Comparison(
        table=table,
        zones=stats,
        gap=gap,
        inequality=inequality(table["value"].to_numpy(float), table["weight"].to_numpy(float), table["zone"].to_numpy(), interval=interval),
        short=shortfalls(pair, known, units),
    )


def on_interval_scale(atlas, indicator: str) -> bool:
    """Whether the indicator's zero is arbitrary (a composite index, :mod:`geo.own_index`): then ratios of its values,
    and with them the zones' ratio, CV, Gini and Theil, describe the normalisation rather than the places."""
    return atlas.catalog[indicator].get("scale") == "interval"


def inequality(values: np.ndarray, weights: np.ndarray, zone: np.ndarray, *, interval: bool = False) -> dict:
    """CV, Gini and Theil (with its zone decomposition) over the units with a value, population-weighted;
    all NaN (not defined) for ``interval`` values, whose zero is arbitrary."""
    known = ~np.isnan(values)
    values, weights, zone = values[known], weights[known], zone[known]
    if interval:
        nan = float("nan")
        return {"units": int(known.sum()), "cv": nan, "gini": nan, "theil": nan, "between": nan, "within": nan, "between_share": nan}
    parts = disparity.theil_decomposition(pd.Series(values), pd.Series(weights), pd.Series(zone))
    return {
        "units": int(known.sum()),
        "cv": disparity.coefficient_of_variation(values, weights),
        "gini": disparity.gini(values, weights),
        "theil": parts.total,
        "between": parts.between,
        "within": parts.within,
        "between_share": parts.between_share,
    }


def over_time(atlas, indicator: str, level: str, zone_of: pd.Series, zones: list[dict]) -> pd.DataFrame:
    """One row per year: each zone's weighted mean and count of units with a value (``known_<zone>``), the gap
    (difference, ratio; missing in years where a compared zone has too few values), the inequality measures and
    ``segment``, the number (0, 1, …) of the series' comparable segment the year lies in (a break of any place
    of the level starts a new one, see :func:`geo.series_breaks.segments`).

    The numbers of :func:`compare` for every year, computed on arrays (units × years) in one pass.
    """
    units = query.units(atlas, level)
    years = atlas.catalog[indicator]["years"].get(level, [])
    values = by_year(query.series_rows(atlas, indicator, level), units)
    population = by_year(query.series_rows(atlas, aggregate.POPULATION[level], level), units)
    zone = zone_of.reindex(units).to_numpy()
    pair = gap_zones(zones)
    interval = on_interval_scale(atlas, indicator)
    sizes = {z["id"]: int((zone == z["id"]).sum()) for z in zones}
    records = []
    for year in years:
        x = values[year].to_numpy(float) if year in values else np.full(len(units), np.nan)
        w = population[aggregate.nearest_year(sorted(population.columns), year)].to_numpy(float)
        known = ~np.isnan(x)
        means = {z["id"]: disparity.weighted_mean(x[known & (zone == z["id"])], w[known & (zone == z["id"])]) for z in zones}
        counts = {z["id"]: int((known & (zone == z["id"])).sum()) for z in zones}
        gap = disparity.zone_gap(means[pair[0]], means[pair[1]]) if gap_stated(pair, counts, sizes) else None
        records.append(
            {
                "year": year,
                **{f"mean_{zone_id}": mean for zone_id, mean in means.items()},
                **{f"known_{zone_id}": count for zone_id, count in counts.items()},
                "gap": gap.difference if gap else np.nan,
                "ratio": gap.ratio if gap and not interval else np.nan,
                **inequality(x, w, zone, interval=interval),
            }
        )
    table = pd.DataFrame.from_records(records)
    runs = series_breaks.segments(atlas.series_breaks, indicator, level, years)
    table["segment"] = [next(i for i, (first, last) in enumerate(runs) if first <= year <= last) for year in years]
    return table


def segment_of(table: pd.DataFrame, year: int) -> pd.DataFrame:
    """The rows of :func:`over_time` in the comparable segment that holds ``year`` (the last segment that starts
    before it when the table lacks the year); empty for an empty table."""
    started = table[table["year"] <= year]
    if started.empty:
        started = table
    return table[table["segment"] == started["segment"].iloc[-1]] if len(started) else table


def thin_years(table: pd.DataFrame, zones: list[dict], zone_of: pd.Series) -> dict[int, list[Shortfall]]:
    """The years of :func:`over_time` whose gap is withheld because a compared zone has too few values."""
    sizes = zone_of.value_counts().to_dict()
    pair = gap_zones(zones)
    years = {}
    for row in table.to_dict("records"):
        short = shortfalls(pair, {z["id"]: row[f"known_{z['id']}"] for z in zones}, sizes)
        if short:
            years[int(row["year"])] = short
    return years


def year_row(table: pd.DataFrame, year: int) -> pd.Series | None:
    """The row of :func:`over_time` for one year, or None when the indicator lacks the year."""
    rows = table[table["year"] == year]
    return rows.iloc[0] if len(rows) else None


def by_year(rows: pd.DataFrame, units: list[str]) -> pd.DataFrame:
    """Values as a table: one row per unit (in ``units`` order), one column per year."""
    return rows.pivot(index="ags", columns="year", values="value").reindex(units)


@dataclass(frozen=True)
class Scatter:
    table: pd.DataFrame  # index ags: name, x, y, zone
    year_x: int
    year_y: int
    r: float
    slope: float
    intercept: float
    units: int

    def fit_line(self) -> tuple[list[float], list[float]] | None:
        """The least-squares line across the x range of the units with both values, or None without a line."""
        known = self.table.dropna(subset=["x", "y"])
        if self.slope != self.slope or not len(known):
            return None
        xs = [float(known["x"].min()), float(known["x"].max())]
        return xs, [self.slope * x + self.intercept for x in xs]


def scatter_of_view(atlas, state: ViewState) -> Scatter:
    """The view's scatter: its indicator (y, the shown year) against the second indicator (x, the same year
    when that indicator has it, else its latest)."""
    second = second_indicator(state)
    year_y = shown_year(state, atlas)
    years_x = atlas.catalog[second]["years"][state.level]
    year_x = year_y if year_y in years_x else years_x[-1]
    _, zone_of = zones_of(atlas, state)
    return scatter(atlas, second, state.indicator, state.level, year_x, year_y, zone_of)


def scatter(atlas, indicator_x: str, indicator_y: str, level: str, year_x: int, year_y: int, zone_of: pd.Series) -> Scatter:
    """Pairs of two indicators per unit; correlation and least-squares line over the units that have both."""
    x = query.values(atlas, indicator_x, level, year_x)["value"]
    y = query.values(atlas, indicator_y, level, year_y)["value"]
    table = pd.DataFrame({"name": pd.Series(query.unit_names(atlas, level)), "x": x, "y": y, "zone": zone_of})
    slope, intercept = disparity.least_squares_line(table["x"], table["y"])
    both = int((table["x"].notna() & table["y"].notna()).sum())
    return Scatter(table, year_x, year_y, disparity.pearson(table["x"], table["y"]), slope, intercept, both)
