"""Reader for the official GENESIS / Regionalatlas CSV export format.

The statistical offices (regionalstatistik.de, the Regionalatlas, GENESIS-Online)
export tables as ``;``-separated text, usually Latin-1, with title lines above a
header, one row per year and region, decimal commas, and a footer with the
copyright and the date of the data::

    GENESIS-Tabelle: 82411-01-03-4
    Verfügbares Einkommen der privaten Haushalte ...;;;;
    ;;;verfügbares Einkommen ...;verfüg. Einkommen ... je Einwohner     <- labels
    ;;;Tsd. EUR;EUR                                                     <- units
    2018;DG;Deutschland;1898499000;22899
    2018;05513;      Gelsenkirchen, kreisfreie Stadt;4285018;16450
    __________
    "© Statistische Ämter des Bundes und der Länder, Deutschland, 2021. ..."
    Stand: 19.08.2021 / 15:30:38

A cell holds a number or one of the official symbols. The symbol is kept in a
``flag`` column beside the value, so "no value" always carries its reason:

====== ============================================ =========
symbol meaning                                      value
====== ============================================ =========
``-``  nothing present (exactly zero)               0
``.``  unknown or kept secret                       missing
``x``  not meaningful                               missing
``...``comes later                                  missing
``/``  not reliable enough                          missing
``()`` limited reliability, e.g. ``(12,3)``         the number
``p``  provisional, ``r`` revised, ``s`` estimated  the number
====== ============================================ =========

Printed tables write ``–`` (en dash) for ``-``, ``…`` for ``...`` and ``X`` for ``x``; they are read as those.

The first column is a year (``2018``) or a reference date (``31.12.2018``); the
reader reports the year. Anything else in a value cell stops with an
:class:`~geo.errors.InputError` naming the file, line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from geo.errors import InputError

#: Official symbols that stand for "no value", with the reason shown to users.
MISSING_SYMBOLS = {
    ".": "unknown or secret",
    "x": "not meaningful",
    "...": "comes later",
    "/": "not reliable enough",
}
#: Typographic variants seen in exports and printed tables (the VGR workbooks), mapped to the plain symbol.
SYMBOL_VARIANTS = {"·": ".", "…": "...", "–": "-", "X": "x"}
ZERO_SYMBOL = "-"

_TIME = re.compile(r"^(?:(\d{4})|\d{2}\.\d{2}\.(\d{4}))$")
_CODE = re.compile(r"^(DG|\d{2,12})$")
_NUMBER = re.compile(r"^-?\d+(?:,\d+)?$")
_MARKED = re.compile(r"^(-?\d+(?:,\d+)?)\s?([prs])$")
_BRACKETED = re.compile(r"^\((-?\d+(?:,\d+)?)\)$")
_STAND = re.compile(r"Stand:\s*(\d{2})\.(\d{2})\.(\d{4})")

COLUMNS = ["year", "code", "name", "column", "unit", "value", "flag"]


@dataclass(frozen=True)
class GenesisTable:
    """One parsed export: its long-format values and what the file says about itself."""

    table_id: str
    title: str
    columns: tuple[str, ...]
    units: tuple[str, ...]
    data_as_of: str  # ISO date from the "Stand:" footer line, "" if absent
    values: pd.DataFrame  # COLUMNS, one row per year, region and column


def decode(raw: bytes, path: str) -> str:
    """Text of an export: UTF-8 when it is valid UTF-8, else Latin-1 (the official default)."""
    if b"\x00" in raw:
        raise InputError(path, "contains NUL bytes: not a Latin-1 or UTF-8 text file (UTF-16?)", line=1)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def parse_cell(cell: str) -> tuple[float, str] | None:
    """``(value, flag)`` for a number or official symbol, ``None`` if the cell is neither.

    >>> parse_cell("16450"), parse_cell("-26,2"), parse_cell("-"), parse_cell(".")
    ((16450.0, ''), (-26.2, ''), (0.0, '-'), (nan, '.'))
    >>> parse_cell("(12,5)"), parse_cell("103,1 p"), parse_cell("abc")
    ((12.5, '()'), (103.1, 'p'), None)
    """
    cell = SYMBOL_VARIANTS.get(cell.strip(), cell.strip())
    if _NUMBER.match(cell):
        return float(cell.replace(",", ".")), ""
    if cell == ZERO_SYMBOL:
        return 0.0, ZERO_SYMBOL
    if cell in MISSING_SYMBOLS:
        return float("nan"), cell
    if m := _BRACKETED.match(cell):
        return float(m.group(1).replace(",", ".")), "()"
    if m := _MARKED.match(cell):
        return float(m.group(1).replace(",", ".")), m.group(2)
    return None


def read(source: str | Path | bytes, *, name: str | None = None) -> GenesisTable:
    """Parse an export from a path or from its bytes (``name`` then labels errors)."""
    if isinstance(source, bytes):
        raw, path = source, name or "<bytes>"
    else:
        raw, path = Path(source).read_bytes(), name or str(source)
    lines = decode(raw, path).splitlines()

    first = next((i for i, line in enumerate(lines) if _is_data_row(line)), None)
    if first is None:
        raise InputError(path, "no data rows (expected 'year;code;name;values...')")
    header = []
    for line in reversed(lines[:first]):
        if not line.startswith(";;;"):
            break
        header.insert(0, [" ".join(c.split()) for c in line.split(";")[3:]])
    if not header:
        raise InputError(path, "no header line (';;;label;...') above the first data row", line=first + 1)
    labels, units = _labels_and_units(header)
    width = len(labels)

    records = []
    end = first
    for end in range(first, len(lines)):
        line = lines[end]
        if not _is_data_row(line):
            break
        cells = line.split(";")
        values = cells[3:]
        while len(values) > width and values[-1].strip() == "":
            values.pop()  # tolerate trailing separators
        if len(values) != width:
            raise InputError(path, f"expected {width} values, found {len(values)}", line=end + 1)
        time = _TIME.match(cells[0].strip())
        year = int(time.group(1) or time.group(2))
        code, region = cells[1].strip(), cells[2].strip()
        for label, unit, cell in zip(labels, units, values):
            parsed = parse_cell(cell)
            if parsed is None:
                raise InputError(path, f"not a number or official symbol: {cell!r}", line=end + 1, field=label)
            records.append((year, code, region, label, unit, *parsed))

    footer = "\n".join(lines[end:])
    stand = _STAND.search(footer)
    title_lines = [line.split(";")[0].strip() for line in lines[: first - len(header)]]
    table_id = title_lines[0].split(":", 1)[1].strip() if title_lines and ":" in title_lines[0] else ""
    return GenesisTable(
        table_id=table_id,
        title=" ".join(t for t in title_lines[1:] if t),
        columns=tuple(labels),
        units=tuple(units),
        data_as_of=f"{stand.group(3)}-{stand.group(2)}-{stand.group(1)}" if stand else "",
        values=pd.DataFrame.from_records(records, columns=COLUMNS),
    )


def _is_data_row(line: str) -> bool:
    cells = line.split(";")
    return len(cells) > 3 and bool(_TIME.match(cells[0].strip())) and bool(_CODE.match(cells[1].strip()))


def _labels_and_units(header: list[list[str]]) -> tuple[list[str], list[str]]:
    """Labels from all header lines but the last; the last holds units when there are two or more."""
    if len(header) == 1:
        return header[0], [""] * len(header[0])
    width = max(len(row) for row in header)
    rows = [row + [""] * (width - len(row)) for row in header]
    labels = [" – ".join(part for part in parts if part) for parts in zip(*rows[:-1])]
    return labels, rows[-1]
