"""Everything the atlas knows about one indicator, as one result: what its data page, the README of its
download and the notes sheet of its workbook say (one computation, several renderings).

The downloads hold the RVR area's own units (53 Gemeinden, 15 Kreise) with the Ruhr, NRW and Germany
references; the pack's values for the other German Kreise (there for ranks and comparisons) stay out.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from geo.indicator_rows import LEVELS, MAP_LEVELS

#: The columns of the tidy table of a download, in order.
TIDY_COLUMNS = ["ags", "name", "level", "indicator", "year", "period", "value", "flag", "unit", "source_id", "year_verified", "note"]
RUHR_COLUMNS = ["indicator", "level", "year", "value", "unit", "method", "units", "weight_indicator", "weight_year"]
#: Row notes listed on a data page at most; the rest are counted (all are in the download's ``note`` column).
NOTES_SHOWN = 12


@dataclass(frozen=True)
class YearSpan:
    """The years of one level whose values come from one set of sources."""

    level: str
    first: int
    last: int
    count: int  # years with a value in this span
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class RuhrMethod:
    """How the Ruhr value of one level is formed, and for which years."""

    level: str
    method: str
    first: int
    last: int
    weight_indicator: str
    weight_years: tuple[int, ...]


@dataclass(frozen=True)
class Sheet:
    indicator: str
    entry: dict  # the catalog entry
    spans: tuple[YearSpan, ...]  # per level, consecutive years with the same sources
    sources: tuple[dict, ...]  # every source the values use, and the publications a derived one rests on
    ruhr: tuple[RuhrMethod, ...]
    breaks: pd.DataFrame  # the series breaks declared for the indicator (``atlas.series_breaks``, :mod:`geo.series_breaks`)
    notes: tuple[tuple[str, int], ...]  # distinct notes of the values, with how many values carry each
    more_notes: int  # distinct notes not listed in ``notes``
    missing: tuple[tuple[str, int], ...]  # official symbol of a missing value, with its count in the download


def rvr_rows(atlas, indicators: list[str] | None = None) -> pd.DataFrame:
    """The pack's rows of the RVR units and the references, for ``indicators`` (all when ``None``)."""
    own = set(atlas.places.loc[atlas.places["level"] == "gemeinde", "ags"]) | {f["properties"]["ags"] for f in atlas.kreise["features"]}
    rows = atlas.indicators
    keep = rows["ags"].isin(own) | ~rows["level"].isin(MAP_LEVELS)
    if indicators is not None:
        keep &= rows["indicator"].isin(indicators)
    return rows[keep]


def tidy(atlas, indicators: list[str] | None = None, lang: str = "de") -> pd.DataFrame:
    """One row per unit, indicator and year, with the unit's name and the indicator's unit (:data:`TIDY_COLUMNS`)."""
    rows = rvr_rows(atlas, indicators)
    names = atlas.places.drop_duplicates(["ags", "level"]).set_index(["ags", "level"])["name"]
    table = rows.assign(
        name=[names.get((ags, level), "") for ags, level in zip(rows["ags"], rows["level"])],
        unit=rows["indicator"].map({key: entry["unit"][lang] for key, entry in atlas.catalog.items()}),
    )
    return table[TIDY_COLUMNS].reset_index(drop=True)


def ruhr_values(atlas, indicators: list[str] | None = None, lang: str = "de") -> pd.DataFrame:
    """The Ruhr values the atlas formed from the units (``aggregates.csv``), with the indicator's unit."""
    table = atlas.aggregates
    if indicators is not None:
        table = table[table["indicator"].isin(indicators)]
    table = table.assign(
        unit=table["indicator"].map({key: entry["unit"][lang] for key, entry in atlas.catalog.items()}),
        weight_year=table["weight_year"].astype(object).where(table["weight_indicator"] != "", None),  # no weights: no year
    )
    return table[RUHR_COLUMNS].reset_index(drop=True)


def publications(source_ids, atlas) -> list[dict]:
    """The sources, each followed by the publications a derived one was computed from, sorted by id."""
    found = {}
    for source_id in source_ids:
        source = atlas.sources[source_id]
        found[source_id] = source
        for based in source["based_on"]:
            found[based] = atlas.sources[based]
    return [found[key] for key in sorted(found)]


def spans(rows: pd.DataFrame) -> list[YearSpan]:
    """Consecutive years of each level with the same set of sources.

    >>> rows = pd.DataFrame({"level": ["kreis"] * 4, "year": [2001, 2002, 2003, 2003], "source_id": ["a", "a", "b", "a"],
    ...                      "value": [1.0, 2.0, 3.0, 4.0]})
    >>> [(s.first, s.last, s.source_ids) for s in spans(rows)]
    [(2001, 2002, ('a',)), (2003, 2003, ('a', 'b'))]
    """
    result = []
    for level in [lv for lv in LEVELS if lv in set(rows["level"])]:
        mine = rows[rows["level"] == level]
        by_year = mine.groupby("year")["source_id"].agg(lambda ids: tuple(sorted(set(ids))))
        counted = mine[mine["value"].notna()].groupby("year").size()
        current = None
        for year, ids in by_year.items():
            if current is not None and current.source_ids == ids:
                current = YearSpan(level, current.first, int(year), current.count + int(year in counted.index), ids)
            else:
                if current is not None:
                    result.append(current)
                current = YearSpan(level, int(year), int(year), int(year in counted.index), ids)
        result.append(current)
    return result


def ruhr_methods(atlas, indicator: str) -> list[RuhrMethod]:
    table = atlas.aggregates[atlas.aggregates["indicator"] == indicator]
    found = []
    for (level, method, weight), rows in table.groupby(["level", "method", "weight_indicator"], sort=False):
        weight_years = tuple(sorted(int(y) for y in rows["weight_year"].unique())) if weight else ()
        found.append(RuhrMethod(level, method, int(rows["year"].min()), int(rows["year"].max()), weight, weight_years))
    return sorted(found, key=lambda m: (LEVELS.index(m.level), m.first))


def series_breaks(atlas, indicator: str) -> pd.DataFrame:
    breaks = atlas.series_breaks
    return breaks[breaks["indicator"] == indicator].sort_values(["level", "year", "ags"], kind="mergesort").reset_index(drop=True)


def sheet(atlas, indicator: str) -> Sheet:
    """The data page's facts about ``indicator`` (a catalog id)."""
    rows = rvr_rows(atlas, [indicator])
    notes = rows.loc[rows["note"] != "", "note"].value_counts(sort=False)
    notes = sorted(notes.items(), key=lambda item: (-item[1], item[0]))
    flags = rows.loc[rows["value"].isna(), "flag"].value_counts()
    return Sheet(
        indicator=indicator,
        entry=atlas.catalog[indicator],
        spans=tuple(spans(rows)),
        sources=tuple(publications(sorted(rows["source_id"].unique()), atlas)),
        ruhr=tuple(ruhr_methods(atlas, indicator)),
        breaks=series_breaks(atlas, indicator),
        notes=tuple((note, int(count)) for note, count in notes[:NOTES_SHOWN]),
        more_notes=max(0, len(notes) - NOTES_SHOWN),
        missing=tuple((flag, int(count)) for flag, count in sorted(flags.items())),
    )
