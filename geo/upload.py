"""A user's own values per AGS, read from an uploaded CSV for one browser session.

The bytes come from the browser and the parsed values go back to it (a
``dcc.Store`` in the tab's session storage); nothing is written to the server's
disk or kept in its memory. The reader is strict and says exactly what is wrong:
a file with any problem is not taken, and the map keeps what it showed.

What a file looks like::

    ags;Gemeinde;Kitaplätze je 100 Kinder     <- header: the AGS column, an optional name column, one value column
    05513000;Gelsenkirchen;31,5                <- decimal comma (or point), empty / . / x / ... / / = no value
    5562004;Dorsten;38,0                       <- a leading zero lost by a spreadsheet is restored

* **Codes:** 8-digit Gemeinde AGS, 5-digit Kreis AGS, or the 12-digit
  Regionalschlüssel (ARS); all rows on one level. Rows for places outside the
  Ruhr are skipped and counted, so a file for all of Germany works as it is.
* **Encoding:** UTF-8 (with or without BOM), else Windows-1252 (Excel's "CSV"
  on German Windows), reported back to the user.
* **Separator:** ``;``, ``,`` or tab, sniffed from the header line.
* **Numbers:** if any value contains a comma, commas are decimal marks and dots
  group thousands (``1.234,5``); otherwise a dot is the decimal mark — unless, in a
  ``;`` or tab file, every dotted value looks like German thousands (``260.654``):
  that file is refused as ambiguous. ``-`` is the official symbol for "nothing"
  and reads as 0, as in the GENESIS tables.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import asdict, dataclass, field

from geo import genesis
from geo.indicator_rows import MAP_LEVELS, level_of_code

MAX_BYTES = 1_000_000  # a value per Gemeinde of all Germany is about 250 KB
MAX_ROWS = 20_000
MAX_LABEL = 80
MAX_PROBLEMS = 20  # shown; the rest are counted
CODE_HEADERS = {
    "ags",
    "gkz",
    "gemeindeschlüssel",
    "gemeindeschluessel",
    "kreisschlüssel",
    "kreisschluessel",
    "kennziffer",
    "ars",
    "regionalschlüssel",
    "regionalschluessel",
    "schlüssel",
    "code",
}
NAME_HEADERS = {"name", "gemeinde", "kreis", "ort", "stadt", "raumeinheit", "gebiet", "region", "municipality", "district"}
#: A cell that means "no value": the official symbols (as the GENESIS reader knows them), empty, or a spreadsheet's NA.
MISSING = {"", *genesis.MISSING_SYMBOLS, *genesis.SYMBOL_VARIANTS, "na", "n/a", "nan"}
ZERO = genesis.ZERO_SYMBOL
_GERMAN_NUMBER = re.compile(r"^[+-]?(?:[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?$")
_THOUSANDS = re.compile(r"^[+-]?[0-9]{1,3}(?:\.[0-9]{3})+$")
_POINT_NUMBER = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$")


@dataclass(frozen=True)
class Problem:
    """Why a file was not taken; ``key`` names the sentence in ``layouts/text.py`` (``upload_error_<key>``)."""

    key: str
    line: int | None = None
    column: str | None = None
    values: dict = field(default_factory=dict)


class UploadRejected(ValueError):
    def __init__(self, problems: list[Problem], total: int | None = None):
        self.problems = problems[:MAX_PROBLEMS]
        self.total = total if total is not None else len(problems)
        super().__init__("; ".join(p.key for p in self.problems))


@dataclass(frozen=True)
class UserLayer:
    """The values of one upload, as the browser keeps them."""

    label: str
    level: str  # gemeinde | kreis
    values: dict[str, float | None]  # AGS of every Ruhr unit in the file → value (None: no value)
    precision: int
    filename: str
    encoding: str
    decimal: str  # "," or "."
    outside: int  # rows for places outside the Ruhr, skipped

    def as_dict(self) -> dict:
        return asdict(self)


def read(raw: bytes, filename: str, units: dict[str, set[str]]) -> UserLayer:
    """The user layer of an uploaded file, or :class:`UploadRejected` with every problem found.

    ``units`` are the AGS of the Ruhr units per level (``{"gemeinde": {...}, "kreis": {...}}``).
    """
    if len(raw) > MAX_BYTES:
        raise UploadRejected([Problem("too_large", values={"limit": MAX_BYTES // 1000})])
    if raw[:4] == b"PK\x03\x04" or raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise UploadRejected([Problem("spreadsheet")])
    if b"\x00" in raw:
        raise UploadRejected([Problem("not_text")])
    text, encoding = decode(raw)
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise UploadRejected([Problem("empty")])
    if len(lines) > MAX_ROWS + 1:
        raise UploadRejected([Problem("too_many_rows", values={"limit": MAX_ROWS})])
    delimiter = sniff_delimiter(lines[0])
    header, body = records(text, delimiter)
    code_column, value_column = columns(header)
    decimal = decimal_mark(body, value_column, delimiter, header[value_column])
    problems: list[Problem] = []
    values: dict[str, float | None] = {}
    first_line: dict[str, int] = {}
    levels: dict[str, int] = {}
    outside = 0
    precision = 0
    for line, row in body:
        if len(row) != len(header):
            problems.append(Problem("field_count", line, values={"found": len(row), "expected": len(header)}))
            continue
        ags = normalise_code(row[code_column])
        if ags is None:
            problems.append(Problem("code", line, header[code_column], {"text": clip(row[code_column])}))
            continue
        level = level_of_code(ags)
        cell = row[value_column].strip()
        try:
            value = parse_number(cell, decimal)
        except ValueError:
            problems.append(Problem("number", line, header[value_column], {"text": clip(cell)}))
            continue
        if ags in first_line:
            problems.append(Problem("duplicate", line, header[code_column], {"ags": ags, "first": first_line[ags]}))
            continue
        first_line[ags] = line
        if ags not in units[level]:
            outside += 1
            continue
        levels[level] = levels.get(level, 0) + 1
        values[ags] = value
        precision = max(precision, decimals(cell, decimal))
    if len(levels) > 1:
        problems.append(Problem("mixed_levels", values={"gemeinden": levels["gemeinde"], "kreise": levels["kreis"]}))
    if not problems and not values:
        problems.append(Problem("no_ruhr_rows", values={"rows": len(body)}))
    if not problems and all(v is None for v in values.values()):
        problems.append(Problem("no_values"))
    if problems:
        raise UploadRejected(problems)
    return UserLayer(
        label=clip(header[value_column], MAX_LABEL),
        level=next(iter(levels)),
        values=dict(sorted(values.items())),
        precision=min(precision, 3),
        filename=clip(filename or "", MAX_LABEL),
        encoding=encoding,
        decimal=decimal,
        outside=outside,
    )


def decode(raw: bytes) -> tuple[str, str]:
    """Text and the name of its encoding: UTF-8 or else Windows-1252 (a UTF-8 BOM is dropped either way)."""
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "Windows-1252"


def sniff_delimiter(header_line: str) -> str:
    """The separator of the header line: the most frequent of ``;``, tab and ``,`` outside quotes (``;`` on a tie)."""
    unquoted = re.sub(r'"[^"]*"', "", header_line)
    counts = {d: unquoted.count(d) for d in (";", "\t", ",")}
    best = max(counts, key=counts.get)
    if counts[best] == 0:
        raise UploadRejected([Problem("one_column", 1)])
    return best


def records(text: str, delimiter: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the non-empty rows, each with the line it ends on."""
    reader = csv.reader(io.StringIO(text, newline=None), delimiter=delimiter, strict=True)  # newline=None: \r-only files too
    try:
        header = [cell.strip() for cell in next(reader)]
        body = [(reader.line_num, row) for row in reader if any(cell.strip() for cell in row)]
    except csv.Error:
        raise UploadRejected([Problem("malformed", max(reader.line_num, 1))]) from None
    return header, body


def decimal_mark(body, column: int, delimiter: str, name: str) -> str:
    """``","`` if any value has a comma (in a ``;`` or tab file), else ``"."``.

    A ``;`` file whose dotted values all look like German thousands (``260.654``) is
    ambiguous — 260654 or 260.654? — and refused rather than guessed.
    """
    cells = [(line, row[column].strip()) for line, row in body if len(row) > column]
    if delimiter != "," and any("," in cell for _, cell in cells):
        return ","
    dotted = [(line, cell) for line, cell in cells if "." in cell.strip(".")]
    if delimiter != "," and dotted and all(_THOUSANDS.match(cell) for _, cell in dotted):
        line, cell = dotted[0]
        raise UploadRejected([Problem("ambiguous_dots", line, name, {"text": clip(cell)})])
    return "."


def columns(header: list[str]) -> tuple[int, int]:
    """Index of the AGS column and of the one value column; a name column may stand beside them."""
    names = [h.strip().lower() for h in header]
    codes = [i for i, name in enumerate(names) if name in CODE_HEADERS]
    if len(codes) != 1:
        raise UploadRejected([Problem("code_column", 1, values={"found": clip(", ".join(header), 120)})])
    others = [i for i, name in enumerate(names) if i != codes[0] and name and name not in NAME_HEADERS]
    if not others and "" in names:
        raise UploadRejected([Problem("value_label", 1)])
    if len(others) != 1:
        raise UploadRejected([Problem("value_column", 1, values={"found": clip(", ".join(header[i] for i in others), 120) or "–"})])
    return codes[0], others[0]


def normalise_code(text: str) -> str | None:
    """An 8-digit Gemeinde or 5-digit Kreis AGS; a lost leading zero is restored, an ARS shortened.

    The first two digits name one of the 16 Länder (01–16).

    >>> [normalise_code(c) for c in ("05513000", "5513000", "5913", "059130000000", "05 513", "123", "0591", "17000")]
    ['05513000', '05513000', '05913', '05913000', None, None, None, None]
    """
    code = text.strip()
    if not re.fullmatch(r"[0-9]{4,12}", code):
        return None
    if len(code) in (4, 7, 11):
        code = "0" + code
    if len(code) == 12:
        code = code[:5] + code[9:]
    return code if level_of_code(code) in MAP_LEVELS and 1 <= int(code[:2]) <= 16 else None


def parse_number(cell: str, decimal: str) -> float | None:
    """A finite number, ``None`` for a missing-value symbol; ValueError for anything else.

    >>> parse_number("1.234,5", ","), parse_number("12.5", "."), parse_number("-", ","), parse_number(".", ",")
    (1234.5, 12.5, 0.0, None)
    """
    text = cell.strip()
    if text.lower() in MISSING:
        return None
    if text == ZERO:
        return 0.0
    if decimal == ",":
        if not _GERMAN_NUMBER.match(text):
            raise ValueError(text)
        text = text.replace(".", "").replace(",", ".")
    elif not _POINT_NUMBER.match(text):
        raise ValueError(text)
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def decimals(cell: str, decimal: str) -> int:
    """Digits after the decimal mark as written, so the map shows the numbers as the file gave them."""
    text = cell.strip()
    return len(text.rsplit(decimal, 1)[1]) if decimal in text and not re.search("[eE]", text) else 0


def clip(text: str, limit: int = 40) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def from_browser(data, units: dict[str, set[str]]) -> UserLayer | None:
    """A user layer kept in the browser, checked again (the browser may send anything); ``None`` if it is not one."""
    if not isinstance(data, dict):
        return None
    try:
        level = data["level"]
        values = data["values"]
        if level not in units or not isinstance(values, dict) or not values or not set(values) <= units[level]:
            return None
        clean = {ags: None if v is None else float(v) for ags, v in values.items()}
        if any(v is not None and not math.isfinite(v) for v in clean.values()):
            return None
        return UserLayer(
            label=clip(str(data["label"]), MAX_LABEL),
            level=level,
            values=clean,
            precision=min(max(int(data["precision"]), 0), 3),
            filename=clip(str(data["filename"]), MAX_LABEL),
            encoding=str(data["encoding"])[:20],
            decimal="," if data["decimal"] == "," else ".",
            outside=max(int(data["outside"]), 0),
        )
    except (KeyError, TypeError, ValueError, OverflowError):
        return None
