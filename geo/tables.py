"""Strict reading of the project's authored CSV tables (``data/raw/*.csv``).

The tables are UTF-8, comma-separated, with a header line. Every check names the
file, the line (as an editor shows it, header = line 1) and the field, so a person
editing a table by hand sees at once what to fix.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from geo.errors import InputError

FIRST_DATA_LINE = 2  # line 1 is the header


def read_csv(path: Path, *, required: Iterable[str], key: Iterable[str] = (), text: str | None = None) -> pd.DataFrame:
    """All cells as strings; checks encoding, columns, field counts and key uniqueness.

    ``text`` parses the given content instead of reading ``path`` (``path`` still labels errors).
    """
    if text is None:
        raw = Path(path).read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise InputError(path, f"not UTF-8 (byte 0x{raw[error.start]:02x}); save the file as UTF-8", line=line) from None
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        raise InputError(path, "empty file, expected a header line", line=1)
    header = [name.strip() for name in rows[0]]
    missing = [name for name in required if name not in header]
    if missing:
        raise InputError(path, f"missing column(s) {', '.join(missing)}; the header has {', '.join(header)}", line=1)
    body = []
    for offset, row in enumerate(rows[1:]):
        if not any(cell.strip() for cell in row):
            raise InputError(path, "empty line inside the table", line=offset + FIRST_DATA_LINE)
        if len(row) != len(header):
            raise InputError(path, f"{len(row)} fields, the header has {len(header)}", line=offset + FIRST_DATA_LINE)
        body.append([cell.strip() for cell in row])
    frame = pd.DataFrame(body, columns=header, dtype=str) if body else pd.DataFrame(columns=header, dtype=str)
    key = list(key)
    if key:
        duplicated = frame.duplicated(key, keep=False)
        if duplicated.any():
            lines = [i + FIRST_DATA_LINE for i in frame.index[duplicated]]
            shown = ", ".join(f"{k}={frame.loc[frame.index[duplicated][0], k]!r}" for k in key)
            raise InputError(path, f"duplicate key ({shown}) on lines {', '.join(map(str, lines[:5]))}", line=lines[0], field=key[0])
    return frame


def numbered(frame: pd.DataFrame) -> Iterator[tuple[int, tuple]]:
    """``(line, row)`` pairs, ``line`` as in the file (header is line 1)."""
    for position, row in enumerate(frame.itertuples(index=False)):
        yield position + FIRST_DATA_LINE, row


def to_number(cell: str, path: Path, line: int, field: str) -> float:
    """A finite float from a cell written with a decimal point."""
    try:
        number = float(cell)
    except ValueError:
        raise InputError(path, f"not a number: {cell!r} (use a decimal point, no thousands separators)", line=line, field=field) from None
    if not math.isfinite(number):
        raise InputError(path, f"not a finite number: {cell!r}", line=line, field=field)
    return number


def to_year(cell: str, path: Path, line: int, field: str = "year") -> int:
    if not (cell.isdigit() and len(cell) == 4):
        raise InputError(path, f"not a four-digit year: {cell!r}", line=line, field=field)
    return int(cell)


def check_choice(cell: str, allowed: Iterable[str], path: Path, line: int, field: str) -> str:
    allowed = list(allowed)
    if cell not in allowed:
        raise InputError(path, f"{cell!r} is not one of {', '.join(map(repr, allowed))}", line=line, field=field)
    return cell
