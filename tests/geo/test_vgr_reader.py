"""The VGR der Länder workbook reader on the declared official file (cells copied by hand) and on broken workbooks."""

import io
import math
import zipfile

import openpyxl
import pytest

from geo import inputs, vgr
from geo.errors import InputError

SHEETS = ["1.1", "1.2", "3.1", "3.4", "4", "6.1", "7"]


@pytest.fixture(scope="module")
def workbook():
    item = inputs.declared()["vgr-r2b2-2020"]
    return vgr.read(inputs.load(item, log=lambda m: None), SHEETS, name=item.member)


def cell(table, sheet, code, year):
    rows = table.values[(table.values.column == sheet) & (table.values.code == code) & (table.values.year == year)]
    assert len(rows) == 1, (sheet, code, year)
    return rows.iloc[0].value, rows.iloc[0].flag


@pytest.mark.parametrize(
    "sheet_cell, code, year, expected",
    [
        ("3.1!AB304", "05513", 2019, 108.515),  # Arbeitnehmer, Gelsenkirchen, 1000 Personen
        ("3.4!AB304", "05513", 2019, 89.347),  # of them in services G-T
        ("1.1!AB304", "05513", 2019, 4618.462),  # Arbeitnehmerentgelt, Mill. EUR
        ("6.1!AB304", "05513", 2019, 140.455),  # Standard-Arbeitsvolumen, Mill. Stunden
        ("4!I304", "05513", 2000, 30128.0),  # Arbeitnehmerentgelt je Arbeitnehmer, EUR
        ("4!AB273", "05", 2019, 44292.0),  # Nordrhein-Westfalen
        ("3.1!AB451", "DG", 2019, 41117.0),  # Deutschland (key 17, EU-Code DE)
    ],
)
def test_official_cells_are_read_as_published(workbook, sheet_cell, code, year, expected):
    assert cell(workbook, sheet_cell.split("!")[0], code, year) == (expected, "")


def test_the_publications_symbols_are_missing_values_with_their_flag(workbook):
    value, flag = cell(workbook, "1.2", "13003", 2000)  # 1.2!I215, Rostock: "/"
    assert math.isnan(value) and flag == "/"
    value, flag = cell(workbook, "6.1", "16051", 2000)  # 6.1!I428, Erfurt: "…" (comes later)
    assert math.isnan(value) and flag == "..."


def test_units_and_names_come_from_the_sheets(workbook):
    assert dict(zip(workbook.columns, workbook.units))["3.1"] == "1000 Personen"
    rows = workbook.values
    assert rows[rows.code == "05513"].name.iloc[0] == "Gelsenkirchen, Kreisfreie Stadt"


def test_the_build_refuses_a_changed_workbook(tmp_path):
    """A wheel whose workbook differs from the declared checksum stops the build before anything is read."""
    item = inputs.declared()["vgr-r2b2-2020"]
    archive = tmp_path / "changed.whl"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(item.member, small_workbook())
    with pytest.raises(InputError, match=rf"sha256 is \w+, declared {item.sha256} in inputs.csv \(input 'vgr-r2b2-2020'\)"):
        inputs.load(item, archive=archive)


def small_workbook(value="12,5", key="05513", header_year=2019, sheet="3.1") -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    ws.append(["3   Arbeitnehmer (Inland)"])
    ws.append(["3.1  insgesamt (A-T)"])
    ws.append(["in 1000 Personen"])
    ws.append([])
    ws.append(list(vgr.KEY_COLUMNS) + [2018, header_year])
    ws.append([])
    ws.append([1, "DEA32", key, "NW", None, None, "3", "Gelsenkirchen, Kreisfreie Stadt", 1.5, value])
    ws.append([2, "DE", "17", "D", 0, None, None, "Deutschland", 41000, "–"])
    ws.append(["Quelle: Arbeitskreis VGR der Länder"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_small_workbook_reads_numbers_zero_dash_and_germany():
    table = vgr.read(small_workbook(value=2.5), ["3.1"], name="small.xlsx")
    assert cell(table, "3.1", "05513", 2019) == (2.5, "")
    assert cell(table, "3.1", "DG", 2019) == (0.0, "-")  # "–": nothing present, exactly zero


@pytest.mark.parametrize(
    "workbook_bytes, sheets, message",
    [
        (
            small_workbook(value="12,5 kg"),
            ["3.1"],
            "small.xlsx, sheet '3.1', line 7, field '2019 (column J)': not a number or official symbol: '12,5 kg'",
        ),
        (small_workbook(value=None), ["3.1"], "small.xlsx, sheet '3.1', line 7, field '2019 (column J)': empty cell"),
        (small_workbook(key="Gelsenkirchen"), ["3.1"], "small.xlsx, sheet '3.1', line 7, field 'C': not an official key: 'Gelsenkirchen'"),
        (small_workbook(header_year="Jahr"), ["3.1"], "small.xlsx, sheet '3.1', line 5, field 'J': not a year: 'Jahr'"),
        (small_workbook(), ["3.4"], "small.xlsx: has no sheet '3.4'; its sheets are 3.1"),
        (b"not a workbook", ["3.1"], "small.xlsx: is not a readable xlsx workbook"),
    ],
)
def test_broken_workbooks_name_file_sheet_row_and_column(workbook_bytes, sheets, message):
    with pytest.raises(InputError) as error:
        vgr.read(workbook_bytes, sheets, name="small.xlsx")
    assert str(error.value).startswith(message)
