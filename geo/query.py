"""Questions the app asks of the pack: the values behind a map, a place's profile, reference values.

Pure functions of an :class:`~geo.pack.Atlas` and plain arguments; the callbacks
call them and turn the answers into components.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from geo import aggregate, classify, series_breaks
from geo.indicator_rows import level_of_code
from geo.view_state import ViewState, shown_year

REFERENCE_CODES = {"ruhr": "RVR", "land": "05", "bund": "DG"}
#: The prefix of the flags the build's plausibility check sets (geo/plausibility.py).
IMPLAUSIBLE = "implausible_"


def units(atlas, level: str) -> list[str]:
    """AGS of the RVR units drawn at ``level`` (53 Gemeinden or 15 Kreise), sorted."""
    collection = atlas.boundaries(level)
    return sorted(f["properties"]["ags"] for f in collection["features"])


def unit_names(atlas, level: str) -> dict[str, str]:
    collection = atlas.boundaries(level)
    return {f["properties"]["ags"]: f["properties"]["name"] for f in collection["features"]}


def series_rows(atlas, indicator: str, level: str) -> pd.DataFrame:
    """All verified rows of one indicator at one level (any unit, any year)."""
    return atlas.series.get((indicator, level), atlas.indicators.iloc[0:0])


def values(atlas, indicator: str, level: str, year: int) -> pd.DataFrame:
    """``value`` and ``flag`` for every RVR unit of the level, indexed by AGS; absent rows are NaN with flag ``""``."""
    rows = series_rows(atlas, indicator, level)
    rows = rows[rows["year"] == year].set_index("ags")[["value", "flag"]]
    return rows.reindex(units(atlas, level)).fillna({"flag": ""})


def population_weights(atlas, level: str, year: int) -> pd.Series:
    """Population of every unit in the year nearest to ``year`` (the weights of :mod:`geo.aggregate`)."""
    rows = series_rows(atlas, aggregate.POPULATION[level], level)
    weight_year = aggregate.nearest_year(sorted(rows["year"].unique()), year)
    return rows[rows["year"] == weight_year].set_index("ags")["value"].reindex(units(atlas, level))


def ruhr_value(atlas, indicator: str, level: str, year: int) -> dict | None:
    """The Ruhr value with how it was formed: computed from the units, or published for the Ruhr as a whole."""
    table = atlas.aggregates
    row = table[(table["indicator"] == indicator) & (table["level"] == level) & (table["year"] == year)]
    if len(row):
        return row.iloc[0].to_dict()
    published = series_rows(atlas, indicator, "ruhr")
    published = published[published["year"] == year]
    if len(published):
        return {
            "indicator": indicator,
            "level": "ruhr",
            "year": year,
            "value": float(published.iloc[0]["value"]),
            "method": "published",
            "units": 0,
            "weight_indicator": "",
            "weight_year": year,
            "source_id": published.iloc[0]["source_id"],
        }
    return None


def reference_values(atlas, indicator: str, level: str, year: int) -> dict[str, float]:
    """Ruhr, NRW and Germany values for the year, where the pack has them."""
    found = {}
    ruhr = ruhr_value(atlas, indicator, level, year)
    if ruhr is not None:
        found["ruhr"] = ruhr["value"]
    for reference in ("land", "bund"):
        rows = series_rows(atlas, indicator, reference)
        rows = rows[(rows["year"] == year) & rows["value"].notna()]
        if len(rows):
            found[reference] = float(rows.iloc[0]["value"])
    return found


def ranks(values: pd.Series) -> pd.Series:
    """Rank among the known values, 1 = highest; ties share the better rank; missing stays NaN.

    >>> ranks(pd.Series([3.0, 7.0, float("nan"), 7.0])).tolist()
    [3.0, 1.0, nan, 1.0]
    """
    return values.rank(ascending=False, method="min")


@dataclass(frozen=True)
class MapView:
    """What the choropleth shows for a view state."""

    indicator: str
    level: str
    year: int
    period: str
    rows: pd.DataFrame  # index ags; name, value, flag, cls, rank, deviation
    breaks: classify.Breaks
    colours: list[str]
    mean: dict | None  # ruhr_value(...) of the year
    fixed: bool


def pooled_breaks(atlas, state: ViewState) -> classify.Breaks:
    """Breaks of the state's method from the values of all years of its indicator and level (RVR units only)."""
    pooled = series_rows(atlas, state.indicator, state.level)
    pooled = pooled[pooled["ags"].isin(units(atlas, state.level))]["value"]
    return classify.class_breaks(pooled, state.classification, state.k)


#: Map views kept per atlas: a switch asks for one view in several callbacks (map, ranking, comparison, alt text).
MAP_VIEWS_KEPT = 32


def map_view(atlas, state: ViewState, *, breaks: classify.Breaks | None = None) -> MapView:
    """The map of the state, computed once for all the callbacks of a switch (read it, never change it);
    ``breaks``: the pooled breaks when the caller has them already (see :func:`year_views`)."""
    fixed = state.fixed_breaks and state.classification != "deviation"
    key = ("map_view", state.indicator, state.level, shown_year(state, atlas), state.classification, state.k, fixed)
    return atlas.remember(key, lambda: _map_view(atlas, state, breaks), kept=MAP_VIEWS_KEPT)


def _map_view(atlas, state: ViewState, breaks: classify.Breaks | None) -> MapView:
    year = shown_year(state, atlas)
    entry = atlas.catalog[state.indicator]
    table = values(atlas, state.indicator, state.level, year)
    mean = ruhr_value(atlas, state.indicator, state.level, year)
    center = mean["value"] if mean else float(np.nanmean(table["value"])) if table["value"].notna().any() else float("nan")
    fixed = state.fixed_breaks and state.classification != "deviation"
    if fixed:
        breaks = breaks or pooled_breaks(atlas, state)
    else:
        weights = population_weights(atlas, state.level, year) if state.classification == "deviation" else None
        breaks = classify.class_breaks(table["value"], state.classification, state.k, center=center, weights=weights)
    rows = table.assign(
        name=pd.Series(unit_names(atlas, state.level)),
        cls=classify.assign(table["value"], breaks) if breaks.k else -1,
        rank=ranks(table["value"]),
        deviation=table["value"] - (mean["value"] if mean else np.nan),
    )
    period = series_rows(atlas, state.indicator, state.level)
    period = period.loc[period["year"] == year, "period"]
    return MapView(
        indicator=state.indicator,
        level=state.level,
        year=year,
        period=next((p for p in period if p), ""),
        rows=rows,
        breaks=breaks,
        colours=classify.colours(entry["polarity"], state.classification, breaks.k) if breaks.k else [],
        mean=mean,
        fixed=fixed,
    )


def plain_view(
    values: pd.Series,
    names: dict[str, str],
    *,
    method: str,
    k: int,
    polarity: str,
    indicator: str = "",
    level: str = "gemeinde",
    year: int = 0,
) -> MapView:
    """A map of values without a Ruhr reference (a user's own data, the scale benchmark): classes and ranks only."""
    breaks = classify.class_breaks(values, method, k)
    rows = pd.DataFrame({"value": values.astype(float)}).assign(
        name=pd.Series(names),
        flag="",
        cls=classify.assign(values, breaks) if breaks.k else -1,
        rank=ranks(values),
        deviation=np.nan,
    )
    return MapView(
        indicator=indicator,
        level=level,
        year=year,
        period="",
        rows=rows,
        breaks=breaks,
        colours=classify.colours(polarity, method, breaks.k) if breaks.k else [],
        mean=None,
        fixed=False,
    )


def year_views(atlas, state: ViewState) -> list[MapView]:
    """The map of every year the indicator has at the state's level, as a play through the years shows them.

    The classes are held fixed across the years: the breaks come from all years together (as with
    ``fixed_breaks``), so one colour means one range of values in every frame. Deviation classes stay
    relative to each year's own Ruhr mean (their breaks move with it; their meaning does not).
    """
    held = replace(state, fixed_breaks=True)
    breaks = pooled_breaks(atlas, held) if state.classification != "deviation" else None
    years = atlas.catalog[state.indicator]["years"][state.level]
    return [map_view(atlas, replace(held, year=year), breaks=breaks) for year in years]


@dataclass(frozen=True)
class ProfileRow:
    indicator: str
    level: str  # the level of the value: the place's own, or its Kreis
    ags: str
    year: int
    period: str
    value: float
    flag: str
    rank: float
    of: int  # places of the level with a value that year
    places: int  # places of the level
    references: dict[str, float]
    trend: list[tuple[int, float]]
    unverified: list[tuple[int, float]]  # values whose year is not verified: shown, never in the trend
    segments: list[tuple[int, int]]  # the trend's comparable runs (first, last) for this place (geo/series_breaks.py)
    withheld: list[tuple[int, str]]  # years whose value the build held back as implausible, with the flag (the reason)


@dataclass(frozen=True)
class YearStanding:
    """Where the places of a level stand in one indicator and year: what every profile row of that year needs."""

    ranks: dict[str, float]  # AGS -> rank among the known values (:func:`ranks`)
    of: int  # places with a value
    places: int  # places of the level
    references: dict[str, float]  # :func:`reference_values`


def year_standing(atlas, indicator: str, level: str, year: int) -> YearStanding:
    """The :class:`YearStanding`, computed once per atlas (a profile asks it for every indicator; the next profile
    asks the same questions)."""

    def compute() -> YearStanding:
        same_year = values(atlas, indicator, level, year)["value"]
        return YearStanding(
            ranks={ags: float(rank) for ags, rank in ranks(same_year).items()},
            of=int(same_year.notna().sum()),
            places=len(same_year),
            references=reference_values(atlas, indicator, level, year),
        )

    return atlas.remember(("year_standing", indicator, level, year), compute)


def profile(atlas, ags: str) -> tuple[ProfileRow, ...]:
    """Every indicator the pack has for a place (and, for a Gemeinde, for its Kreis), latest year first in each;
    computed once per place and atlas."""
    return atlas.remember(("profile", ags), lambda: tuple(_profile_rows(atlas, ags)))


def _profile_rows(atlas, ags: str) -> list[ProfileRow]:
    own_level = level_of_code(ags)
    places = [(own_level, ags)] + ([("kreis", ags[:5])] if own_level == "gemeinde" else [])
    found = []
    for indicator in sorted(atlas.catalog, key=lambda i: (atlas.catalog[i]["theme"], i)):
        for level, code in places:
            rows = atlas.indicators_by_place.get((indicator, level, code))
            if rows is None:
                continue
            verified = rows[rows["year_verified"] & rows["value"].notna()]
            unverified = rows[~rows["year_verified"]]
            withheld = rows[rows["value"].isna() & rows["flag"].str.startswith(IMPLAUSIBLE)]
            if verified.empty and unverified.empty:
                continue
            latest = (verified if len(verified) else unverified).iloc[-1]
            year = int(latest["year"])
            standing = year_standing(atlas, indicator, level, year)
            found.append(
                ProfileRow(
                    indicator=indicator,
                    level=level,
                    ags=code,
                    year=year,
                    period=latest["period"],
                    value=float(latest["value"]),
                    flag=latest["flag"],
                    rank=standing.ranks.get(code, np.nan),
                    of=standing.of,
                    places=standing.places,
                    references=dict(standing.references),
                    trend=list(zip(verified["year"].astype(int), verified["value"].astype(float))),
                    unverified=list(zip(unverified["year"].astype(int), unverified["value"].astype(float))),
                    segments=series_breaks.segments(atlas.breaks_of(indicator, level), indicator, level, verified["year"], ags=code),
                    withheld=list(zip(withheld["year"].astype(int), withheld["flag"])),
                )
            )
            break  # the place's own level wins over its Kreis
    return found


def source_ids(atlas, indicator: str, level: str, year: int) -> list[str]:
    """Sources of the values a map of ``indicator`` at ``level`` in ``year`` shows (RVR units only)."""
    rows = series_rows(atlas, indicator, level)
    rows = rows[(rows["year"] == year) & rows["ags"].isin(units(atlas, level))]
    return sorted(rows["source_id"].unique())
