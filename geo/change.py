"""Change between two years of one indicator: per place, in the measure its unit calls for, with rank change.

What a change means depends on what is measured, read from the catalog unit
(:func:`change_kind`):

* ``points`` — a share or rate in per cent or per 100 (``%``, ``je 100 …``): the
  difference, in percentage points. A per-cent change of a share ("+10 %" for
  20 % → 22 %) would be misread;
* ``percent`` — a count or a money amount (``Personen``, ``EUR …``, totals): the
  difference in the unit and, mapped, the per-cent change from the first year;
* ``absolute`` — any other rate or score (an index, a rate per 10,000, years): the
  difference in the unit only; a per-cent change of an index or of a rate that
  can be negative means nothing.

Ranks are those among the places with a value in *both* years (1 = highest), so
a rank change is a move among the same places. A place missing in either year,
or (for per cent) with a first value of zero or below, has no change and says why.

The map classes are diverging and symmetric around "no change": the middle class
holds the places whose change rounds to zero at the indicator's precision, and
each side splits the magnitudes of the other places into quantiles (the same
bounds on both sides, so one shade means one size of change up or down).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from geo import classify, query, series_breaks

POINTS_UNIT = re.compile(r"^%|je 100(?![.\d])")  # "% der …", "… je 100 Einwohner" (not "je 100.000")


def change_kind(entry: dict) -> str:
    """``points``, ``percent`` or ``absolute`` for a catalog entry (see the module's text).

    >>> change_kind({"unit": {"de": "% der Schulabgänger"}, "aggregate": "weighted_mean"})
    'points'
    >>> change_kind({"unit": {"de": "je 100.000 Einwohner"}, "aggregate": "weighted_mean"})
    'absolute'
    >>> change_kind({"unit": {"de": "EUR je Einwohner"}, "aggregate": "weighted_mean"})
    'percent'
    """
    unit = entry["unit"]["de"]
    if POINTS_UNIT.search(unit):
        return "points"
    if entry["aggregate"] == "sum" or "EUR" in unit:
        return "percent"
    return "absolute"


@dataclass(frozen=True)
class Blocked:
    """Why a change is not computed: a break in the series between the two years, and the span that compares."""

    year: int  # the first year of the new series
    note: dict[str, str]  # what changed, by language
    span: tuple[int, int] | None  # the nearest comparable span inside the chosen one, if any


@dataclass(frozen=True)
class ChangeView:
    """What the change map, its ranking and table show for two years of one indicator at one level."""

    indicator: str
    level: str
    first: int
    last: int
    kind: str
    rows: pd.DataFrame  # index ags: name, first, last, absolute, percent, measure, rank_first, rank_last, rank_change, reason, cls
    breaks: classify.Breaks  # of ``measure``, symmetric around zero
    colours: list[str]
    blocked: Blocked | None

    @property
    def known(self) -> pd.DataFrame:
        return self.rows[self.rows["measure"].notna()]


def changes(first: pd.Series, last: pd.Series, kind: str) -> pd.DataFrame:
    """``absolute``, ``percent``, ``measure`` (what the map shows) and ``reason`` per place.

    >>> changes(pd.Series([10.0, 0.0, np.nan]), pd.Series([12.0, 5.0, 3.0]), "percent").round(2).to_dict("list")
    {'absolute': [2.0, 5.0, nan], 'percent': [20.0, nan, nan], 'measure': [20.0, nan, nan], 'reason': ['', 'zero_base', 'missing_first']}
    """
    absolute = last - first
    percent = (absolute / first * 100).where(first > 0) if kind == "percent" else pd.Series(np.nan, index=first.index)
    reason = pd.Series("", index=first.index, dtype=object)
    if kind == "percent":
        reason[first.notna() & last.notna() & ~(first > 0)] = "zero_base"
    reason[last.isna()] = "missing_last"
    reason[first.isna()] = "missing_first"
    measure = percent if kind == "percent" else absolute
    return pd.DataFrame({"absolute": absolute, "percent": percent, "measure": measure.where(reason == ""), "reason": reason})


def symmetric_breaks(measure: pd.Series, k: int, precision: int) -> classify.Breaks:
    """Diverging classes: ``k // 2`` for decreases, a middle "no change" class, ``k // 2`` for increases.

    The middle class holds what rounds to zero at ``precision``; the other bounds are quantiles of the
    magnitudes, mirrored, so both sides share them.

    >>> symmetric_breaks(pd.Series([-4.0, -1.0, 0.0, 2.0, 3.0]), 5, 0).upper
    (-2.5, -0.5, 0.5, 2.5, 4.0)
    """
    k = max(3, k + (k % 2 == 0))
    known = measure.dropna().to_numpy(dtype=float)
    if known.size == 0:
        return classify.Breaks("change", float("nan"), ())
    zero = 0.5 * 10.0**-precision
    side = k // 2
    magnitudes = np.abs(known)
    largest = max(float(magnitudes.max()), zero)
    moved = magnitudes[magnitudes >= zero]
    inner = [float(np.quantile(moved, i / side)) if moved.size else zero for i in range(1, side)]
    bounds = [max(b, zero) for b in inner] + [largest]
    upper = [-b for b in reversed(bounds[:-1])] + [-zero, zero] + bounds
    return classify.Breaks("change", -largest, tuple(upper))


def middle_class(breaks: classify.Breaks) -> int:
    """Index of the "no change" class."""
    return breaks.k // 2


def blocking(breaks: pd.DataFrame, indicator: str, level: str, first: int, last: int, years: list[int]) -> Blocked | None:
    """The first break of the whole series between the two years that no source declares comparable, with the
    latest comparable span of at least two years inside them; ``None`` when the years compare.

    >>> breaks = series_breaks.frame([("r", "kreis", "", 2022, "publication", False, "s", "neu", "new")])
    >>> blocking(breaks, "r", "kreis", 2010, 2022, [2010, 2015, 2021, 2022])
    Blocked(year=2022, note={'de': 'neu', 'en': 'new'}, span=(2010, 2021))
    >>> blocking(breaks, "r", "kreis", 2010, 2021, [2010, 2015, 2021, 2022]) is None
    True
    """
    everywhere = breaks[breaks["ags"] == ""]
    if series_breaks.comparable(everywhere, indicator, level, first, last):
        return None
    found = series_breaks.breaks_between(everywhere, indicator, level, first, last)
    found = found[~found["comparable"].astype(bool)].iloc[0]
    inside = [year for year in years if first <= year <= last]
    spans = [span for span in series_breaks.segments(everywhere, indicator, level, inside) if span[0] < span[1]]
    return Blocked(int(found["year"]), {"de": found["note_de"], "en": found["note_en"]}, spans[-1] if spans else None)


def place_breaks(breaks: pd.DataFrame, indicator: str, level: str, first: int, last: int) -> pd.DataFrame:
    """Breaks of single places between the two years that no source declares comparable: ``note_de``, ``note_en`` by AGS."""
    mine = series_breaks.breaks_between(breaks[breaks["ags"] != ""], indicator, level, first, last)
    mine = mine[~mine["comparable"].astype(bool)]
    return mine.groupby("ags")[["note_de", "note_en"]].agg(" ".join)


def default_span(atlas, indicator: str, level: str) -> tuple[int, int] | None:
    """The years a change view opens with: the latest comparable run of at least two years, first to last year
    (without one, the first and last year, and the view says why it shows no change); ``None`` for a single year."""
    years = atlas.catalog[indicator]["years"].get(level, [])
    everywhere = atlas.series_breaks[atlas.series_breaks["ags"] == ""]
    spans = [span for span in series_breaks.segments(everywhere, indicator, level, years) if span[0] < span[1]]
    return spans[-1] if spans else (years[0], years[-1]) if len(years) > 1 else None


def view_change(atlas, state) -> ChangeView:
    """The change view of a view state (``state.change`` set), checked against the declared series breaks."""
    first, last = state.change
    years = atlas.catalog[state.indicator]["years"][state.level]
    return change_view(
        atlas,
        state.indicator,
        state.level,
        first,
        last,
        state.k,
        blocked=blocking(atlas.series_breaks, state.indicator, state.level, first, last, years),
        places=place_breaks(atlas.series_breaks, state.indicator, state.level, first, last),
    )


def change_view(
    atlas, indicator: str, level: str, first: int, last: int, k: int = 5, *, blocked: Blocked | None = None, places=None
) -> ChangeView:
    """The change from ``first`` to ``last``; with ``blocked`` (a break of the whole series between them) no place
    has one, and a place in ``places`` (breaks of single places, see :func:`place_breaks`) has none."""
    entry = atlas.catalog[indicator]
    kind = change_kind(entry)
    start = query.values(atlas, indicator, level, first)
    end = query.values(atlas, indicator, level, last)
    rows = changes(start["value"], end["value"], kind)
    notes = (places if places is not None else pd.DataFrame(columns=["note_de", "note_en"])).reindex(rows.index).fillna("")
    broken = (notes["note_de"] != "") | (blocked is not None)
    rows = rows.assign(
        absolute=rows["absolute"].where(~broken),
        percent=rows["percent"].where(~broken),
        measure=rows["measure"].where(~broken),
        reason=rows["reason"].where(~broken, "break"),
        note_de=notes["note_de"],
        note_en=notes["note_en"],
    )
    both = rows["measure"].notna() | (rows["reason"] == "zero_base")
    rank_first = query.ranks(start["value"].where(both))
    rank_last = query.ranks(end["value"].where(both))
    breaks = symmetric_breaks(rows["measure"], k, entry["precision"])
    rows = rows.assign(
        name=pd.Series(query.unit_names(atlas, level)),
        first=start["value"],
        last=end["value"],
        first_flag=start["flag"],
        last_flag=end["flag"],
        rank_first=rank_first,
        rank_last=rank_last,
        rank_change=rank_first - rank_last,  # positive: moved up towards rank 1
        cls=classify.assign(rows["measure"], breaks) if breaks.k else -1,
    )
    colours = classify.colours(entry["polarity"], "deviation", breaks.k) if breaks.k else []
    return ChangeView(indicator, level, first, last, kind, rows, breaks, colours, blocked)
