"""Series breaks: where a series changes publication or definition, and which years may be compared.

The record is ``data/raw/series_breaks.csv`` (read by :func:`geo.facts.read_series_breaks`, shipped in the
pack, loaded as ``atlas.series_breaks``). One row per break, with the columns of :data:`COLUMNS`:

* ``indicator``, ``level`` — the series;
* ``ags`` — empty: the break holds for every place of the level; a key: only for that place;
* ``year`` — the **first** year of the new segment;
* ``kind`` — ``publication`` (another publication of the same statistic) or ``definition``;
* ``comparable`` — ``True`` only when the cited ``source_id`` declares the years on both sides comparable;
* ``source_id``, ``note_de``, ``note_en`` — the publication of the new segment and what changed.

A break at ``year`` lies between two years ``a < b`` of a series when ``a < year <= b``; a break that is
not comparable splits the series there. No trend, change or caption may span such a split.

>>> breaks = frame([("rate", "kreis", "", 2022, "publication", False), ("rate", "kreis", "05513", 2018, "definition", False)])
>>> segments(breaks, "rate", "kreis", [2016, 2018, 2020, 2021, 2022], ags="05112")
[(2016, 2021), (2022, 2022)]
>>> segments(breaks, "rate", "kreis", [2016, 2018, 2020, 2021, 2022])
[(2016, 2016), (2018, 2021), (2022, 2022)]
>>> comparable(breaks, "rate", "kreis", 2016, 2021, ags="05112"), comparable(breaks, "rate", "kreis", 2016, 2021)
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

COLUMNS = ["indicator", "level", "ags", "year", "kind", "comparable", "source_id", "note_de", "note_en"]
KINDS = ("publication", "definition")
LEVELS = ("gemeinde", "kreis", "ruhr")


def frame(rows: Iterable[tuple] = ()) -> pd.DataFrame:
    """A breaks table from ``(indicator, level, ags, year, kind, comparable[, source_id, note_de, note_en])`` tuples.

    >>> frame().columns.tolist() == COLUMNS, len(frame())
    (True, 0)
    """
    padded = [tuple(row) + ("",) * (len(COLUMNS) - len(row)) for row in rows]
    table = pd.DataFrame(padded, columns=COLUMNS)
    return table.astype({"year": int, "comparable": bool})


def _splitting(breaks: pd.DataFrame, indicator: str, level: str, ags: str | None) -> pd.DataFrame:
    """The non-comparable breaks of one series that apply to ``ags`` (every place's when ``ags`` is None)."""
    if breaks.empty:  # most series (Atlas.breaks_of): no filtering needed
        return breaks
    mine = breaks[(breaks["indicator"] == indicator) & (breaks["level"] == level) & ~breaks["comparable"].astype(bool)]
    if ags is not None:
        mine = mine[mine["ags"].isin(("", ags))]
    return mine


def segments(breaks: pd.DataFrame, indicator: str, level: str, years, ags: str | None = None) -> list[tuple[int, int]]:
    """The comparable runs of ``years``, each ``(first, last)``, in order; non-comparable breaks split runs.

    With ``ags=None`` a break of any place of the level splits the run (for views of all places together).

    >>> segments(frame(), "rate", "kreis", [2021, 2019, 2020])
    [(2019, 2021)]
    >>> segments(frame([("rate", "kreis", "", 2020, "publication", True)]), "rate", "kreis", [2019, 2020])
    [(2019, 2020)]
    >>> segments(frame([("rate", "kreis", "", 2020, "publication", False)]), "rate", "kreis", [2018, 2021])
    [(2018, 2018), (2021, 2021)]
    >>> segments(frame(), "rate", "kreis", [])
    []
    """
    starts = sorted(set(_splitting(breaks, indicator, level, ags)["year"].astype(int)))
    runs: list[tuple[int, int]] = []
    previous = None
    for year in sorted({int(y) for y in years}):
        if previous is not None and not any(previous < start <= year for start in starts):
            runs[-1] = (runs[-1][0], year)
        else:
            runs.append((year, year))
        previous = year
    return runs


def comparable(breaks: pd.DataFrame, indicator: str, level: str, first_year: int, last_year: int, ags: str | None = None) -> bool:
    """True when no non-comparable break lies in ``(first_year, last_year]``; with ``ags=None`` any place's break counts.

    >>> breaks = frame([("rate", "gemeinde", "05513000", 2020, "definition", False)])
    >>> comparable(breaks, "rate", "gemeinde", 2018, 2020), comparable(breaks, "rate", "gemeinde", 2020, 2021)
    (False, True)
    >>> comparable(breaks, "rate", "gemeinde", 2018, 2020, ags="05512000"), comparable(breaks, "other", "gemeinde", 2018, 2020)
    (True, True)
    """
    low, high = sorted((int(first_year), int(last_year)))
    years = _splitting(breaks, indicator, level, ags)["year"].astype(int)
    return not ((years > low) & (years <= high)).any()


def breaks_between(breaks: pd.DataFrame, indicator: str, level: str, first_year: int, last_year: int) -> pd.DataFrame:
    """Every recorded break of the series (any place, comparable or not) in ``(first_year, last_year]``, by year and place.

    >>> breaks = frame([("rate", "kreis", "", 2022, "publication", False), ("rate", "kreis", "05513", 2018, "definition", False)])
    >>> breaks_between(breaks, "rate", "kreis", 2016, 2022)[["ags", "year"]].values.tolist()
    [['05513', 2018], ['', 2022]]
    >>> len(breaks_between(breaks, "rate", "kreis", 2018, 2021))
    0
    """
    if breaks.empty:
        return breaks
    low, high = sorted((int(first_year), int(last_year)))
    mine = breaks[(breaks["indicator"] == indicator) & (breaks["level"] == level)]
    mine = mine[(mine["year"] > low) & (mine["year"] <= high)]
    return mine.sort_values(["year", "ags"], kind="mergesort").reset_index(drop=True)
