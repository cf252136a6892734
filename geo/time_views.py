"""Several years of one map at once: which years, on which shared classes, and where the series breaks.

Small multiples show a few years side by side (:func:`multiples_years`); the
animation shows every year, one frame each. A panel or frame after a break that no
source declares comparable is marked (:func:`new_runs`, :func:`break_before`). Both colour every year
with the classes the play holds fixed, from the values of all years of the
indicator (:func:`shared_view`), so one colour means one value range in every panel.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from geo import classify, query
from geo.view_state import ViewState

STEP = 5  # every fifth year ...
MAX_PANELS = 8  # ... and never more panels than fit a page


def whole_series_breaks(atlas) -> pd.DataFrame:
    """Breaks that hold for every place of a level (a break of one place does not split a map of all places)."""
    return atlas.series_breaks[atlas.series_breaks["ags"] == ""]


def multiples_years(years: list[int]) -> list[int]:
    """Every fifth year from the first, plus the last; all years when they are few.

    >>> multiples_years([1995 + i for i in range(27)])
    [1995, 2000, 2005, 2010, 2015, 2021]
    >>> multiples_years([2018, 2019, 2020, 2022])
    [2018, 2019, 2020, 2022]
    """
    if len(years) <= MAX_PANELS // 2 + 2:
        return list(years)
    step = STEP
    while True:
        chosen = [y for y in years if (y - years[0]) % step == 0]
        if chosen[-1] != years[-1]:
            chosen = chosen[:-1] if years[-1] - chosen[-1] < step / 2 else chosen  # no near-twin panels
            chosen.append(years[-1])
        if len(chosen) <= MAX_PANELS:
            return chosen
        step += STEP


def break_before(atlas, indicator: str, level: str, year: int) -> dict | None:
    """The last break of the whole series not declared comparable at or before ``year`` (``year``, note by language)."""
    mine = whole_series_breaks(atlas)
    mine = mine[(mine["indicator"] == indicator) & (mine["level"] == level) & ~mine["comparable"].astype(bool) & (mine["year"] <= year)]
    if mine.empty:
        return None
    last = mine.sort_values("year").iloc[-1]
    return {"year": int(last["year"]), "note": {"de": last["note_de"], "en": last["note_en"]}}


@dataclass(frozen=True)
class SeriesView:
    """The maps of several years with one set of classes."""

    indicator: str
    level: str
    years: list[int]
    views: dict[int, query.MapView]  # year → the map of that year, classed with ``breaks``
    breaks: classify.Breaks
    colours: list[str]


def shared_view(atlas, state: ViewState, years: list[int]) -> SeriesView:
    """The maps of ``years`` as the play shows them (:func:`geo.query.year_views`: breaks from all years of the
    indicator together), so one legend serves every panel; deviation classes, relative to each year's own mean,
    fall back to quantiles."""
    method = "quantiles" if state.classification == "deviation" else state.classification
    views = [v for v in query.year_views(atlas, replace(state, classification=method, change=None)) if v.year in years]
    return SeriesView(state.indicator, state.level, [v.year for v in views], {v.year: v for v in views}, views[0].breaks, views[0].colours)


def multiples(atlas, state: ViewState) -> SeriesView:
    """Small multiples of the indicator's years at the level (a break between panels is marked where drawn)."""
    return shared_view(atlas, state, multiples_years(list(atlas.catalog[state.indicator]["years"][state.level])))


def new_runs(atlas, series: SeriesView) -> dict[int, dict]:
    """The panels that open a new run after a break not declared comparable: year → the break (:func:`break_before`)."""
    found = {}
    for before, year in zip(series.years, series.years[1:]):
        mark = break_before(atlas, series.indicator, series.level, year)
        if mark and before < mark["year"]:
            found[year] = mark
    return found


def animation(atlas, state: ViewState) -> SeriesView:
    """One frame per year of the indicator at the level."""
    return shared_view(atlas, state, list(atlas.catalog[state.indicator]["years"][state.level]))
