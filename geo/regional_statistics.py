"""GENESIS step: official Kreis tables for all of Germany → indicator rows.

Reads the declared GENESIS / Regionalatlas exports and VGR der Länder workbooks
(``data/raw/inputs.csv``; a ``.xlsx`` member is read by :mod:`geo.vgr`, whose
sheets are its columns) and keeps, for the columns mapped in
``data/raw/genesis_columns.csv``, every Kreis and kreisfreie Stadt (5-digit
code), North Rhine-Westphalia (``05``) and Germany (``DG``), so the Ruhr can be
set against NRW, Germany and any other Kreis.

A mapped column with ``decimals`` is published with that many decimals
(:func:`released`): the VGR publishers allow employee counts (thousands) and
hours worked (millions) to be passed on only with one decimal, while the workbook
stores more for the users' own calculations. The build derives its ratios and
Ruhr values from the stored figures and rounds the counts just before writing.

GENESIS lists dissolved Kreise with ``-`` in every column for the years after
their dissolution. Officially ``-`` means "exactly zero", which would turn a
Kreis that did not exist into a Kreis with no inhabitants. A (year, Kreis) row
whose *every* column is ``-`` is therefore read as "unit not present that year"
and dropped; a single ``-`` among numbers stays a true zero (for example no
Abitur leavers in a Landkreis whose Gymnasien all lie in the enclosed city).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from geo import genesis, tables, vgr
from geo.errors import InputError
from geo.indicator_rows import COLUMNS

MAPPING = Path(__file__).resolve().parent.parent / "data" / "raw" / "genesis_columns.csv"
REFERENCE_CODES = {"DG": "bund", "05": "land"}
KREIS_CODE_LENGTH = 5


def level_of(code: str) -> str | None:
    """``kreis``, ``land`` or ``bund`` for the codes we keep, ``None`` for the rest."""
    if code in REFERENCE_CODES:
        return REFERENCE_CODES[code]
    return "kreis" if len(code) == KREIS_CODE_LENGTH else None


def read_mapping(path: Path = MAPPING) -> pd.DataFrame:
    frame = tables.read_csv(path, required=["input_id", "column", "indicator", "decimals"], key=["input_id", "column"])
    for line, row in tables.numbered(frame):
        if row.decimals and not row.decimals.isdigit():
            raise InputError(path, f"decimals must be empty or a number of decimals, not {row.decimals!r}", line=line, field="decimals")
    return frame


def rows_from_table(table: genesis.GenesisTable, wanted: dict[str, str], source_id: str, name: str) -> pd.DataFrame:
    """Indicator rows for the wanted columns (``{column label: indicator}``) of one parsed table."""
    unknown = sorted(set(wanted) - set(table.columns))
    if unknown:
        raise InputError(name, f"column(s) {', '.join(map(repr, unknown))} not in the table; it has {', '.join(map(repr, table.columns))}")
    values = table.values
    vacant = values.assign(dash=values["flag"] == genesis.ZERO_SYMBOL).groupby(["year", "code"])["dash"].transform("all")
    values = values[~vacant & values["column"].isin(wanted)]
    levels = values["code"].map(level_of)
    values = values[levels.notna()]
    return pd.DataFrame(
        {
            "ags": values["code"],
            "level": levels[levels.notna()],
            "indicator": values["column"].map(wanted),
            "year": values["year"].astype(int),
            "period": "",
            "value": values["value"],
            "flag": values["flag"],
            "source_id": source_id,
            "year_verified": True,
            "note": "",
        },
        columns=COLUMNS,
    )


def names_from_table(table: genesis.GenesisTable) -> dict[str, str]:
    """Official names of the kept units as the table prints them (latest year wins)."""
    latest = table.values.sort_values("year").drop_duplicates("code", keep="last")
    latest = latest[latest["code"].map(level_of).notna()]
    return dict(zip(latest["code"], latest["name"]))


def run(raw_tables: dict[str, bytes], declared, sources: dict, mapping: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """Indicator rows and unit names from the declared GENESIS inputs named in the mapping."""
    frames, names = [], {}
    for input_id, group in mapping.groupby("input_id", sort=True):
        item = declared[input_id]
        if item.member.endswith(".xlsx"):
            table = vgr.read(raw_tables[input_id], list(group["column"]), name=item.member)
        else:
            table = genesis.read(raw_tables[input_id], name=item.member)
        expected = sources[item.source_id]["table"]
        if table.table_id and table.table_id not in expected:
            raise InputError(item.member, f"is table {table.table_id!r}, but its source {item.source_id!r} declares {expected!r}")
        frames.append(rows_from_table(table, dict(zip(group["column"], group["indicator"])), item.source_id, item.member))
        found = names_from_table(table)
        # a workbook only names units no export names ("Essen, Kreisfreie Stadt" would rename "Essen, kreisfreie Stadt")
        names = {**found, **names} if item.member.endswith(".xlsx") else {**names, **found}
    return pd.concat(frames, ignore_index=True), names


def released(frame: pd.DataFrame, mapping: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (indicator rows or Ruhr values) with each mapped indicator's ``value`` rounded to its ``decimals``."""
    frame = frame.copy()
    for indicator, decimals in zip(mapping["indicator"], mapping["decimals"]):
        if decimals:
            mine = frame["indicator"] == indicator
            frame.loc[mine, "value"] = frame.loc[mine, "value"].round(int(decimals))
    return frame
