"""The download as an Excel workbook built from native Excel tables (openpyxl), readable by a screen reader.

Sheets, in order: notes (title, version, citation, definitions, licences; a two-column table), values,
Ruhr values, indicators, sources. Every sheet holds exactly one worksheet table that starts in A1 with
one header row, has a meaningful name (``Werte``/``Values``) and no merged cells; numbers are numbers,
a missing value is an empty cell with its official symbol in ``flag``.
"""

from __future__ import annotations

import io
import warnings
from datetime import date

import pandas as pd
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from layouts import citation, data_package, data_text

STYLE = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
WIDEST = 80  # characters: a column is never wider, long texts wrap in Excel's cell editor instead


def _cell(value):
    if value is None or (isinstance(value, float) and value != value):
        return None
    return value


def add_table(workbook: Workbook, sheet_name: str, frame: pd.DataFrame) -> None:
    """A sheet named ``sheet_name`` holding ``frame`` as one Excel table of the same name.

    The workbook is written row by row (openpyxl's write-only mode: the whole pack in about a second instead
    of ten), so widths and the header row's freeze are set before the rows, and the table's columns by name.
    """
    sheet = workbook.create_sheet(sheet_name)
    headers = [str(column) for column in frame.columns]
    for index, column in enumerate(frame.columns, 1):
        longest = max([len(str(column)), *(len(str(v)) for v in frame[column].head(200))])
        sheet.column_dimensions[get_column_letter(index)].width = min(WIDEST, longest + 2)
    sheet.freeze_panes = "A2"
    sheet.append(headers)
    for row in frame.itertuples(index=False):
        sheet.append([_cell(value) for value in row])
    last = f"{get_column_letter(len(headers))}{len(frame) + 1}"
    table = Table(displayName=sheet_name.replace(" ", "_"), ref=f"A1:{last}", tableStyleInfo=STYLE)
    table.tableColumns = [TableColumn(id=index, name=name) for index, name in enumerate(headers, 1)]
    with warnings.catch_warnings():  # openpyxl reminds every write-only sheet to name the columns, as done above
        warnings.filterwarnings("ignore", message="In write-only mode you must add table columns manually")
        sheet.add_table(table)


def notes(data: data_package.Tables, atlas, lang: str, url: str, accessed: date, sheets: list[str]) -> pd.DataFrame:
    words = data_text.DATA[lang]
    reference = data_package.cited(data, atlas, url)
    rows = [
        (words["readme_title"].format(what=data.what[lang]), ""),
        (words["version"], data.version),
        (words["readme_cite"], citation.text(reference, lang, accessed)),
        (words["notes_heading"], words["notes_tables"].format(tables=", ".join(sheets))),
        (words["missing"].split(":")[0], words["readme_flags"]),
        *((f"{words['licence']} {i}", text) for i, text in enumerate(sorted(set(data.sources["licence"])), 1)),
        *((f"{row.indicator}: {row.label}", f"{row.unit}. {row.definition}") for row in data.catalog.itertuples()),
    ]
    return pd.DataFrame(rows, columns=[words["field"], words["text"]])


def xlsx_bytes(atlas, indicator: str | None, lang: str, url: str, accessed: date) -> bytes:
    """The whole workbook in memory: a half-written file never reaches a visitor."""
    words = data_text.DATA[lang]
    data = data_package.tables(atlas, indicator, lang)
    parts = {
        words["sheet_values"]: data.values,
        words["sheet_ruhr"]: data.ruhr,
        words["sheet_indicators"]: data.catalog,
        words["sheet_sources"]: data.sources,
    }
    workbook = Workbook(write_only=True)
    add_table(workbook, words["sheet_notes"], notes(data, atlas, lang, url, accessed, list(parts)))
    for name, frame in parts.items():
        add_table(workbook, name, frame)
    workbook.properties.title = words["readme_title"].format(what=data.what[lang])
    workbook.properties.creator = words["publisher_atlas"]
    workbook.properties.version = data.version
    workbook.properties.language = lang
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
