"""Reader for the Kreis workbooks of the VGR der Länder (xlsx) → the same long table as the GENESIS reader.

The working group "Volkswirtschaftliche Gesamtrechnungen der Länder" publishes its
Kreis results (Reihe 2) as one workbook with a sheet per table. Each table sheet
("1.1", "3.4", "7" …) is laid out the same way::

    A1  3   Arbeitnehmer (Inland)                        title
    A2  3.4  Dienstleistungsbereiche (G-T)               breakdown (absent on single tables)
    A3  in 1000 Personen                                 unit
    row 5   Lfd. Nr. | EU-Code | Regional-schlüssel | Land | NUTS 1 | NUTS 2 | NUTS 3 | Gebietseinheit | 2000 | … | 2019
    row 7…  one row per Land, Regierungsbezirk, Kreis; Germany last (EU-Code ``DE``, key ``17``)

A value cell holds a number or one of the symbols of the publication's
"Zeichenerklärung" (``–`` exactly zero, ``.`` unknown or secret, ``…`` comes
later, ``x`` not meaningful, ``/`` not reliable enough); they are read by
:func:`geo.genesis.parse_cell`, so a symbol means the same here as in a CSV
export and is kept as the ``flag``. An empty value cell, an unknown symbol, a
missing year or a key that is no official key stops with an
:class:`~geo.errors.InputError` naming the file, the sheet, the row and the
column. Germany's row gets the key ``DG``, as in the GENESIS exports.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable

import openpyxl
import pandas as pd
from openpyxl.utils import get_column_letter

from geo import genesis
from geo.errors import InputError

#: The labels of the columns before the years, as the header row prints them.
KEY_COLUMNS = ("Lfd. Nr.", "EU-Code", "Regional-schlüssel", "Land", "NUTS 1", "NUTS 2", "NUTS 3", "Gebietseinheit")
KEY, EU_CODE, NAME = 2, 1, 7
#: Germany's row: its EU code in the workbook, and the key the GENESIS exports (and the pack) give it.
GERMANY_EU_CODE, GERMANY_CODE = "DE", "DG"
_KEY = re.compile(r"^\d{2,5}$")


def read(raw: bytes, sheets: Iterable[str], *, name: str) -> genesis.GenesisTable:
    """The wanted table sheets of a workbook as one long table; a sheet's name is its column label."""
    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as error:
        raise InputError(name, f"is not a readable xlsx workbook ({error})") from None
    try:
        frames, units, titles = [], [], []
        for sheet in sheets:
            if sheet not in book.sheetnames:
                raise InputError(name, f"has no sheet {sheet!r}; its sheets are {', '.join(book.sheetnames)}")
            values, unit, title = _read_sheet(list(book[sheet].iter_rows(values_only=True)), f"{name}, sheet '{sheet}'", sheet)
            frames.append(values)
            units.append(unit)
            titles.append(title)
    finally:
        book.close()
    return genesis.GenesisTable(
        table_id="",
        title="; ".join(titles),
        columns=tuple(sheets),
        units=tuple(units),
        data_as_of="",
        values=pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=genesis.COLUMNS),
    )


def _read_sheet(rows: list[tuple], where: str, sheet: str) -> tuple[pd.DataFrame, str, str]:
    header_index = next((i for i, row in enumerate(rows) if row and row[0] == KEY_COLUMNS[0]), None)
    if header_index is None:
        raise InputError(where, f"no header row starting with {KEY_COLUMNS[0]!r}")
    header = rows[header_index]
    for position, label in enumerate(KEY_COLUMNS):
        found = header[position] if position < len(header) else None
        if found != label:
            raise InputError(where, f"expected {label!r}, found {found!r}", line=header_index + 1, field=get_column_letter(position + 1))
    years = _years(header, where, header_index + 1)
    title_lines = [str(row[0]).strip() for row in rows[:header_index] if row and isinstance(row[0], str)]
    unit = next((line.removeprefix("in ").strip() for line in title_lines if line.startswith("in ")), "")
    title = " – ".join(" ".join(line.split()) for line in title_lines if not line.startswith("in "))

    records = []
    for index in range(header_index + 1, len(rows)):
        row, line = rows[index], index + 1
        key = row[KEY] if len(row) > KEY else None
        cells = row[len(KEY_COLUMNS) : len(KEY_COLUMNS) + len(years)]
        if key is None:
            if any(cell is not None for cell in cells):
                raise InputError(where, "values without a Regionalschlüssel", line=line, field=get_column_letter(KEY + 1))
            continue  # blank rows between the blocks and below the table
        key = str(key).strip()
        if not _KEY.match(key):
            raise InputError(where, f"not an official key: {key!r}", line=line, field=get_column_letter(KEY + 1))
        code = GERMANY_CODE if row[EU_CODE] == GERMANY_EU_CODE else key
        region = " ".join(str(row[NAME] or "").split())
        if len(cells) < len(years):
            cells = tuple(cells) + (None,) * (len(years) - len(cells))
        for offset, (year, cell) in enumerate(zip(years, cells)):
            field = f"{year} (column {get_column_letter(len(KEY_COLUMNS) + offset + 1)})"
            records.append((year, code, region, sheet, unit, *_value(cell, where, line, field)))
    return pd.DataFrame.from_records(records, columns=genesis.COLUMNS), unit, title


def _years(header: tuple, where: str, line: int) -> list[int]:
    years = []
    for position in range(len(KEY_COLUMNS), len(header)):
        cell = header[position]
        if cell is None:
            break
        if not (isinstance(cell, int) or (isinstance(cell, str) and cell.strip().isdigit() and len(cell.strip()) == 4)):
            raise InputError(where, f"not a year: {cell!r}", line=line, field=get_column_letter(position + 1))
        years.append(int(cell))
    if not years:
        raise InputError(where, "no year columns after 'Gebietseinheit'", line=line)
    return years


def _value(cell, where: str, line: int, field: str) -> tuple[float, str]:
    if cell is None:
        raise InputError(where, "empty cell (a missing value carries an official symbol)", line=line, field=field)
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return float(cell), ""
    parsed = genesis.parse_cell(str(cell))
    if parsed is None:
        raise InputError(where, f"not a number or official symbol: {cell!r}", line=line, field=field)
    return parsed
