"""Facts step: the project's authored tables in ``data/raw`` → checked indicator rows.

* ``municipalities.csv`` — the 53 RVR municipalities (AGS, name, Kreis).
* ``sources.csv`` — one row per publication (publisher, title, table, URL, licence, date).
* ``values.csv`` — one row per published value, keyed by ``source_id``; ``flag`` names the plausibility
  rule a value fails (:mod:`geo.plausibility`): the value stays as published and the pack shows it as missing.
* ``series_breaks.csv`` — where a series changes publication or definition (:mod:`geo.series_breaks`).

A kreisfreie Stadt is both a Gemeinde (``05513000``) and a Kreis (``05513``); the
key's length says which level a value belongs to, so every value appears once per
level. A second publication of the same figure (for example a press report that
rounds an official value) is kept with ``role = corroborates``: it is checked to
agree with the primary value to its own precision and then left out of the pack.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from geo import plausibility, series_breaks, tables
from geo.errors import InputError
from geo.indicator_rows import COLUMNS, RUHR, level_of_code

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
SOURCE_FIELDS = ["source_id", "publisher", "title", "table", "url", "via", "licence", "data_as_of", "note"]
VALUE_FIELDS = ["ags", "indicator", "year", "period", "value", "source_id", "year_verified", "role", "note", "flag"]
MUNICIPALITY_FIELDS = ["ags", "name", "official_name", "kreis_ags", "kreis", "kreisfrei", "ags_source_id", "membership_source_id"]
ROLES = ("", "corroborates")
BREAK_FIELDS = series_breaks.COLUMNS


def read_sources(path: Path = RAW / "sources.csv") -> dict[str, dict]:
    frame = tables.read_csv(path, required=SOURCE_FIELDS, key=["source_id"])
    for line, row in tables.numbered(frame):
        for field in ("publisher", "title", "licence"):
            if not getattr(row, field):
                raise InputError(path, "must not be empty: every source names its publisher, title and licence", line=line, field=field)
    return {row["source_id"]: row for row in frame.to_dict("records")}


def read_municipalities(path: Path, sources: dict) -> pd.DataFrame:
    frame = tables.read_csv(path, required=MUNICIPALITY_FIELDS, key=["ags"])
    for line, row in tables.numbered(frame):
        if level_of_code(row.ags) != "gemeinde":
            raise InputError(path, f"not an 8-digit Gemeinde key: {row.ags!r}", line=line, field="ags")
        if not row.ags.startswith(row.kreis_ags) or level_of_code(row.kreis_ags) != "kreis":
            raise InputError(path, f"{row.kreis_ags!r} is not the 5-digit Kreis key of {row.ags}", line=line, field="kreis_ags")
        tables.check_choice(row.kreisfrei, ("yes", "no"), path, line, "kreisfrei")
        for field in ("ags_source_id", "membership_source_id"):
            if getattr(row, field) not in sources:
                raise InputError(path, f"unknown source {getattr(row, field)!r}", line=line, field=field)
    return frame


def read_values(path: Path, *, indicators: set[str], units: dict[str, set[str]], sources: dict) -> pd.DataFrame:
    """Indicator rows (:data:`geo.indicator_rows.COLUMNS`, plus ``line``, the row's line in the file) from
    ``values.csv``; ``flag`` holds the plausibility flag written there, ``value`` the published figure.

    ``units`` maps a level to the keys allowed at it (e.g. the 53 Gemeinde AGS).
    """
    frame = tables.read_csv(path, required=VALUE_FIELDS, key=["ags", "indicator", "year", "source_id"])
    records = []
    for line, row in tables.numbered(frame):
        level = level_of_code(row.ags)
        if level is None or row.ags not in units.get(level, ()):
            raise InputError(
                path,
                f"unknown AGS {row.ags!r}: not one of the RVR Gemeinden (8 digits), Kreise (5 digits) or {RUHR!r}",
                line=line,
                field="ags",
            )
        if row.indicator not in indicators:
            raise InputError(path, f"indicator {row.indicator!r} is not in the catalog", line=line, field="indicator")
        if row.source_id not in sources:
            raise InputError(path, f"source {row.source_id!r} is not in sources.csv", line=line, field="source_id")
        year = tables.to_year(row.year, path, line)
        if row.period:
            start, _, end = row.period.partition("-")
            if not (start.isdigit() and end == row.year and int(start) < year):
                raise InputError(path, f"period {row.period!r} must read 'start-{row.year}'", line=line, field="period")
        tables.check_choice(row.year_verified, ("yes", "no"), path, line, "year_verified")
        tables.check_choice(row.role, ROLES, path, line, "role")
        tables.check_choice(row.flag, ("", *plausibility.RULES), path, line, "flag")
        value = tables.to_number(row.value, path, line, "value")
        records.append(
            (
                line,
                row.role,
                row.value,
                row.ags,
                level,
                row.indicator,
                year,
                row.period,
                value,
                row.flag,
                row.source_id,
                row.year_verified == "yes",
                row.note,
            )
        )
    rows = pd.DataFrame.from_records(records, columns=["line", "role", "text", *COLUMNS])
    primary = rows[rows["role"] == ""]
    _check_unique(primary, path)
    _check_corroboration(primary, rows[rows["role"] == "corroborates"], path)
    return primary[[*COLUMNS, "line"]].reset_index(drop=True)


def _check_unique(primary: pd.DataFrame, path: Path) -> None:
    """One primary value per unit, indicator and year, whatever the source."""
    clash = primary.duplicated(["ags", "indicator", "year"], keep=False)
    if clash.any():
        first = primary[clash].iloc[0]
        lines = primary.loc[
            clash & (primary["ags"] == first.ags) & (primary["indicator"] == first.indicator) & (primary["year"] == first.year), "line"
        ]
        raise InputError(
            path,
            f"two values for {first.ags} / {first.indicator} / {first.year} (lines {', '.join(map(str, lines))}); "
            "keep one and mark the other 'corroborates', or give the series its own indicator",
            line=int(lines.iloc[0]),
            field="ags",
        )


def _check_corroboration(primary: pd.DataFrame, second: pd.DataFrame, path: Path) -> None:
    """A corroborating value must equal its primary value rounded to the corroborating value's decimals."""
    keyed = primary.set_index(["ags", "indicator", "year"])["value"]
    for row in second.itertuples():
        key = (row.ags, row.indicator, row.year)
        if key not in keyed.index:
            raise InputError(path, "corroborates a value that has no primary row", line=row.line, field="role")
        decimals = len(row.text.partition(".")[2])
        if abs(keyed[key] - row.value) > 0.5 * 10**-decimals + 1e-12:
            raise InputError(path, f"disagrees with the primary value {keyed[key]} beyond its precision", line=row.line, field="value")


def read_series_breaks(path: Path, *, indicators: set[str], units: dict[str, set[str]], sources: dict) -> pd.DataFrame:
    """The checked breaks table of :mod:`geo.series_breaks` (``comparable`` as a bool, ``year`` as an int)."""
    frame = tables.read_csv(path, required=BREAK_FIELDS, key=["indicator", "level", "ags", "year"])
    records = []
    for line, row in tables.numbered(frame):
        if row.indicator not in indicators:
            raise InputError(path, f"indicator {row.indicator!r} is not in the catalog", line=line, field="indicator")
        tables.check_choice(row.level, series_breaks.LEVELS, path, line, "level")
        if row.ags and row.ags not in units.get(row.level, ()):
            raise InputError(path, f"{row.ags!r} is not a {row.level} of the RVR; leave it empty for every place", line=line, field="ags")
        year = tables.to_year(row.year, path, line)
        tables.check_choice(row.kind, series_breaks.KINDS, path, line, "kind")
        tables.check_choice(row.comparable, ("no", "yes"), path, line, "comparable")
        if row.source_id not in sources:
            raise InputError(path, f"source {row.source_id!r} is not in sources.csv", line=line, field="source_id")
        for field in ("note_de", "note_en"):
            if not getattr(row, field):
                raise InputError(path, "must not be empty: say what changed", line=line, field=field)
        records.append(
            (row.indicator, row.level, row.ags, year, row.kind, row.comparable == "yes", row.source_id, row.note_de, row.note_en)
        )
    return series_breaks.frame(records)


def check_series_breaks(breaks: pd.DataFrame, rows: pd.DataFrame, path: Path) -> None:
    """Each break starts a year its series has a value in (the break's place's, when it names one)."""
    usable = rows[rows["year_verified"] & rows["value"].notna()]
    present = set(zip(usable["indicator"], usable["level"], usable["year"]))
    present_at = set(zip(usable["indicator"], usable["level"], usable["year"], usable["ags"]))
    for line, row in tables.numbered(breaks):
        found = (row.indicator, row.level, row.year, row.ags) in present_at if row.ags else (row.indicator, row.level, row.year) in present
        if not found:
            where = f" for {row.ags}" if row.ags else ""
            raise InputError(
                path,
                f"{row.indicator} has no {row.level} value{where} in {row.year}: a break starts a year of its series",
                line=line,
                field="year",
            )
