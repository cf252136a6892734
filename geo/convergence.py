"""Convergence: are the Ruhr's places and zones drawing together or apart, within one comparable series?

Every figure here is computed inside one *segment* of the series: a run of years with no
declared, non-comparable break (``geo/series_breaks.py``). The segment is the one holding the
year on the map; when that year stands alone (a new publication with one year so far), the
latest segment with at least two years, and the panel says so.

* **σ-convergence** — the spread of the places' values year by year: the population-weighted
  CV, Gini and Theil T of :func:`geo.comparison.over_time` (computed by ``geo/disparity.py``).
* **β-convergence** — the annualised log growth ``gᵢ = (ln xᵢ,T − ln xᵢ,0) / T`` regressed on the
  log starting level ``ln xᵢ,0`` by population-weighted least squares (:func:`beta`); β < 0 with a
  95 % interval below 0 means the places that started lower grew faster.
* **Rank mobility** — Kendall's τ between the first year's values and each later year's
  (SciPy's τ-b, :func:`rank_mobility`); τ = 1: no place changed rank.
* **The zones' gap** — north minus south as a difference and as a ratio, each year; the
  :func:`verdict` calls it widening or narrowing only when both moved the same way.

No Dash here; ``layouts/comparison/convergence.py`` draws the result and ``geo/story_captions.py``
states the same verdict in captions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from geo import comparison, disparity, query, series_breaks
from geo.view_state import ViewState, shown_year

#: A gap measure that moved by at most this share of its first size counts as unchanged (as in geo/comparison.py).
TOLERANCE = 0.05  # a gap measure that changed by at most 5 % of its first size is unchanged
#: The words of a verdict: both gap measures grew, both shrank, neither moved, the zones swapped places, or they
#: disagree (the text then says which grew and which shrank), or only the difference is defined.
WORDS = {"grew": "widening", "shrank": "narrowing", "unchanged": "stable", "reversed": "reversed"}


# ---------------------------------------------------------------- the verdict on a gap


def movement(first: float, last: float) -> str:
    """How the size of one gap measure moved: ``grew``, ``shrank``, ``unchanged`` (within 5 % of its first size)
    or ``reversed`` (its sign flipped: the zones swapped places).

    >>> movement(2.0, 3.0), movement(-2.0, -1.0), movement(2.0, 2.05), movement(0.5, -0.5)
    ('grew', 'shrank', 'unchanged', 'reversed')
    """
    if first * last < 0:
        return "reversed"
    if abs(abs(last) - abs(first)) <= TOLERANCE * abs(first):
        return "unchanged"
    return "grew" if abs(last) > abs(first) else "shrank"


def relative_size(gap: disparity.Gap) -> float:
    """The relative gap of two means as the ratio's distance from 1 on a log scale, ``ln(a / b)``: a ratio of
    0.8 and one of 1.25 are equally far apart. NaN unless both means are positive: a ratio ≤ 0 (one mean ≤ 0),
    or a ratio whose side of 1 disagrees with the difference's sign (both means below 0), is no relative gap.

    >>> round(relative_size(disparity.Gap(0.5, 1.25)), 4), round(relative_size(disparity.Gap(-0.5, 0.8)), 4)
    (0.2231, -0.2231)
    >>> [math.isnan(relative_size(disparity.Gap(d, r))) for d, r in ((1.0, -1.0), (0.4, 0.99), (1.0, float("nan")))]
    [True, True, True]
    """
    if not (gap.ratio == gap.ratio and gap.ratio > 0):
        return float("nan")
    size = math.log(gap.ratio)
    return size if size * gap.difference >= 0 else float("nan")


@dataclass(frozen=True)
class Verdict:
    """How the gap between two zones moved from ``first_year`` to ``last_year``.

    ``absolute`` is the movement of the difference ``a − b``, ``relative`` that of the ratio ``a / b``
    (``undefined`` where a ratio is not positive); ``word`` is ``widening`` / ``narrowing`` / ``stable`` /
    ``reversed`` only when both agree, ``mixed`` when they disagree, ``absolute_only`` without a ratio.
    """

    word: str
    absolute: str
    relative: str
    first_year: int
    last_year: int
    first: disparity.Gap
    last: disparity.Gap


def verdict(first_year: int, first: disparity.Gap, last_year: int, last: disparity.Gap) -> Verdict:
    """The one rule for calling a gap widening or narrowing: the difference and the ratio must move the same way.

    >>> from geo.disparity import Gap
    >>> verdict(2000, Gap(-2989.5, 0.825), 2018, Gap(-3808.8, 0.834)).word  # more euros apart, yet relatively closer
    'mixed'
    >>> verdict(1995, Gap(1.97, 1.382), 2021, Gap(1.73, 1.319)).word
    'narrowing'
    >>> verdict(2001, Gap(-1.0, float("nan")), 2021, Gap(-2.0, float("nan"))).word
    'absolute_only'
    """
    absolute = movement(first.difference, last.difference)
    low, high = relative_size(first), relative_size(last)
    relative = "undefined" if math.isnan(low) or math.isnan(high) else movement(low, high)
    if relative == "undefined":
        word = "absolute_only"
    else:
        word = WORDS[absolute] if absolute == relative else "mixed"
    return Verdict(word, absolute, relative, int(first_year), int(last_year), first, last)


def verdict_of(table: pd.DataFrame) -> Verdict | None:
    """The verdict between the first and the last year of ``table`` (rows of :func:`geo.comparison.over_time`,
    one segment) in which the gap is stated; None with fewer than two such years."""
    stated = table[table["gap"].notna()]
    if len(stated) < 2:
        return None
    first, last = stated.iloc[0], stated.iloc[-1]
    return verdict(
        first["year"],
        disparity.Gap(float(first["gap"]), float(first["ratio"])),
        last["year"],
        disparity.Gap(float(last["gap"]), float(last["ratio"])),
    )


def view_verdict(table: pd.DataFrame, year: int) -> tuple[Verdict | None, tuple[int, int] | None]:
    """The verdict within the segment of ``table`` (rows of :func:`geo.comparison.over_time`) that holds the shown
    ``year``, and that segment's first and last year (None for a table without years): the trend tab's sentence."""
    rows = comparison.segment_of(table, year)
    if rows.empty:
        return None, None
    return verdict_of(rows), (int(rows["year"].iloc[0]), int(rows["year"].iloc[-1]))


# ---------------------------------------------------------------- the segment of years


@dataclass(frozen=True)
class Segment:
    """The years one analysis may span: ``years`` of the series from ``first`` to ``last`` with no break between."""

    first: int
    last: int
    years: tuple[int, ...]
    shown_year: int  # the year on the map
    runs: tuple[tuple[int, int], ...]  # every segment of the series, in order

    @property
    def holds_shown_year(self) -> bool:
        return self.first <= self.shown_year <= self.last


def segment(breaks: pd.DataFrame, indicator: str, level: str, years, year: int) -> Segment:
    """The segment holding ``year`` or, when that one has a single year, the latest segment with two or more.

    >>> from geo.series_breaks import frame
    >>> cut = frame([("rate", "kreis", "", 2022, "publication", False)])
    >>> s = segment(cut, "rate", "kreis", [2019, 2020, 2021, 2022], 2022)
    >>> (s.first, s.last, s.holds_shown_year), segment(cut, "rate", "kreis", [2019, 2020, 2021, 2022], 2020).years
    ((2019, 2021, False), (2019, 2020, 2021))
    """
    runs = series_breaks.segments(breaks, indicator, level, years)
    mine = next(run for run in runs if run[0] <= year <= run[1])
    if mine[0] == mine[1]:
        mine = next((run for run in reversed(runs) if run[0] < run[1]), mine)
    return Segment(mine[0], mine[1], tuple(int(y) for y in sorted(years) if mine[0] <= y <= mine[1]), int(year), tuple(runs))


def view_segment(atlas, state: ViewState) -> Segment:
    """The segment of the view's indicator and level around the year on the map."""
    years = atlas.catalog[state.indicator]["years"][state.level]
    return segment(atlas.series_breaks, state.indicator, state.level, years, shown_year(state, atlas))


def segment_breaks(atlas, indicator: str, level: str, years) -> pd.DataFrame:
    """The breaks of the series that split it (not declared comparable), for the panel's note."""
    found = series_breaks.breaks_between(atlas.series_breaks, indicator, level, min(years), max(years))
    return found[~found["comparable"].astype(bool)]


# ---------------------------------------------------------------- β-convergence


def annual_growth(start: pd.Series, end: pd.Series, years: int) -> pd.Series:
    """Annualised log growth ``(ln end − ln start) / years``; NaN where a value is missing or not positive.

    >>> annual_growth(pd.Series([100.0, 0.0]), pd.Series([121.0, 5.0]), 2).round(4).tolist()
    [0.0953, nan]
    """
    usable = (start > 0) & (end > 0)
    return (np.log(end.where(usable)) - np.log(start.where(usable))) / years


@dataclass(frozen=True)
class Beta:
    """Population-weighted least squares of annual log growth on the log starting level.

    ``slope`` is β (per year, on natural logs), ``standard_error`` its classical WLS standard error,
    ``low``–``high`` the 95 % interval (Student's t with ``units − 2`` degrees of freedom).
    """

    slope: float
    intercept: float
    standard_error: float
    low: float
    high: float
    units: int
    first_year: int
    last_year: int

    @property
    def per_doubling(self) -> float:
        """How much faster (per year, in log points ≈ percentage points / 100) a place with twice the starting
        value grew: ``β · ln 2``; negative = slower."""
        return self.slope * math.log(2)

    @property
    def converging(self) -> bool:
        """β < 0 and the whole 95 % interval below 0: the places that started lower grew faster."""
        return self.high < 0

    @property
    def diverging(self) -> bool:
        return self.low > 0


@dataclass(frozen=True)
class BetaUndefined:
    """β is not defined: ``places`` have a value ≤ 0 in the start or end year (no logarithm), or fewer than three
    places have both values (``places`` empty)."""

    places: tuple[str, ...]
    units: int
    first_year: int
    last_year: int


def beta(start, end, weights, first_year: int, last_year: int) -> Beta | BetaUndefined:
    """β-convergence of the units with a value in both years (and a weight).

    ``gᵢ = (ln endᵢ − ln startᵢ) / (last_year − first_year)``; minimise ``Σ wᵢ (gᵢ − α − β ln startᵢ)²``.
    With ``X = [1, ln start]`` and ``W = diag(w)``: ``(α, β) = (XᵀWX)⁻¹ XᵀWg``, residual variance
    ``s² = Σ wᵢ eᵢ² / (n − 2)``, ``Var(β) = s² [(XᵀWX)⁻¹]₁₁`` (the usual WLS standard error; scaling all
    weights changes nothing). Population weights make a city of 500,000 count fifty times a town of 10,000,
    as the weighted means do. Units without a value in either year are left out; a value ≤ 0 makes β
    undefined (its logarithm does not exist) rather than silently dropping the place.

    ``start``, ``end``, ``weights``: Series on the same index (AGS).

    >>> x0 = pd.Series([1.0, math.e, math.e ** 2])
    >>> round(beta(x0, x0 * [math.e, math.e, 1.0], pd.Series([1.0, 1.0, 1.0]), 2000, 2001).slope, 6)
    -0.5
    """
    table = pd.DataFrame({"start": start, "end": end, "weight": weights}).dropna()
    bad = table[(table["start"] <= 0) | (table["end"] <= 0)]
    if len(bad) or len(table) < 3:
        return BetaUndefined(tuple(bad.index), len(table), first_year, last_year)
    level = np.log(table["start"].to_numpy(float))
    growth = annual_growth(table["start"], table["end"], last_year - first_year).to_numpy(float)
    w = table["weight"].to_numpy(float)
    design = np.column_stack([np.ones_like(level), level])
    inverse = np.linalg.inv(design.T @ (design * w[:, None]))
    intercept, slope = inverse @ (design.T @ (w * growth))
    residuals = growth - (intercept + slope * level)
    dof = len(table) - 2
    se = math.sqrt(float(np.sum(w * residuals**2)) / dof * inverse[1, 1])
    half = float(stats.t.ppf(0.975, dof)) * se
    return Beta(float(slope), float(intercept), se, float(slope) - half, float(slope) + half, len(table), first_year, last_year)


# ---------------------------------------------------------------- σ-convergence

SPREAD = ("cv", "gini", "theil")


def spread_movement(table: pd.DataFrame) -> str:
    """How the spread moved from the first to the last row of ``table`` (rows of :func:`geo.comparison.over_time`):
    ``grew`` / ``shrank`` / ``unchanged`` when every defined measure (CV, Gini, Theil) moved so (by
    :func:`movement`), ``mixed`` when they disagree, ``undefined`` when none is positive in both years (a CV of a
    negative mean, or Gini and Theil of values below 0, measure no spread).

    >>> spread_movement(pd.DataFrame({"cv": [0.2, 0.1], "gini": [0.1, 0.05], "theil": [float("nan")] * 2}))
    'shrank'
    """
    ways = {movement(table[m].iloc[0], table[m].iloc[-1]) for m in SPREAD if (table[m].iloc[[0, -1]] > 0).all()}
    return ways.pop() if len(ways) == 1 else "mixed" if ways else "undefined"


# ---------------------------------------------------------------- rank mobility


def rank_mobility(first: pd.Series, later: dict[int, pd.Series]) -> pd.DataFrame:
    """Kendall's τ (τ-b where values tie; scipy.stats.kendalltau) between the first year's values and each later year's,
    over the units with both; one row per later year: ``year``, ``tau``, ``units``. NaN with fewer than 3 units.

    >>> rank_mobility(pd.Series([1.0, 2.0, 3.0]), {2001: pd.Series([1.0, 3.0, 2.0])}).round(6).to_dict("records")
    [{'year': 2001, 'tau': 0.333333, 'units': 3}]
    """
    records = []
    for year, values in later.items():
        both = pd.DataFrame({"a": first, "b": values}).dropna()
        tau = stats.kendalltau(both["a"], both["b"]).statistic if len(both) >= 3 else float("nan")
        records.append({"year": int(year), "tau": float(tau), "units": len(both)})
    return pd.DataFrame.from_records(records, columns=["year", "tau", "units"])


# ---------------------------------------------------------------- the panel's result


@dataclass(frozen=True)
class Convergence:
    """Everything the convergence panel shows for a view, computed once."""

    segment: Segment
    table: pd.DataFrame  # one row per year of the segment: comparison.over_time's columns, tau, tau_units
    points: pd.DataFrame  # index ags: name, zone, start, end, weight, growth (the β scatter's places)
    beta: Beta | BetaUndefined | None  # None: the segment has a single year
    verdict: Verdict | None
    breaks: pd.DataFrame  # the series' splitting breaks (for the note)


def segment_over_time(atlas, state: ViewState) -> tuple[Segment, pd.DataFrame]:
    """The view's segment, and the rows of :func:`geo.comparison.over_time` (zone means, gap, spread) in it."""
    part = view_segment(atlas, state)
    zones, zone_of = comparison.zones_of(atlas, state)
    over = comparison.over_time(atlas, state.indicator, state.level, zone_of, zones)
    return part, over[over["year"].isin(part.years)].reset_index(drop=True)


def of_view(atlas, state: ViewState) -> Convergence:
    """The convergence panel's numbers for the view's indicator, level and zone scheme, within its segment."""
    part, over = segment_over_time(atlas, state)
    _, zone_of = comparison.zones_of(atlas, state)
    series = comparison.by_year(query.series_rows(atlas, state.indicator, state.level), query.units(atlas, state.level))
    values = {year: series[year] if year in series else pd.Series(np.nan, index=series.index) for year in part.years}
    mobility = rank_mobility(values[part.first], {year: values[year] for year in part.years[1:]})
    table = over.merge(mobility.rename(columns={"units": "tau_units"}), on="year", how="left")
    table.loc[table["year"] == part.first, ["tau", "tau_units"]] = [1.0, float(values[part.first].notna().sum())]
    weights = query.population_weights(atlas, state.level, part.first)
    points = pd.DataFrame(
        {
            "name": pd.Series(query.unit_names(atlas, state.level)),
            "zone": zone_of,
            "start": values[part.first],
            "end": values[part.last],
            "weight": weights,
        }
    )
    points["growth"] = annual_growth(points["start"], points["end"], part.last - part.first) if part.first < part.last else np.nan
    return Convergence(
        segment=part,
        table=table,
        points=points,
        beta=beta(points["start"], points["end"], points["weight"], part.first, part.last) if part.first < part.last else None,
        verdict=verdict_of(over),
        breaks=segment_breaks(atlas, state.indicator, state.level, atlas.catalog[state.indicator]["years"][state.level]),
    )
