"""The data pages and their downloads, as a visitor receives them: every source of an indicator's years is on its page;
the ZIP is a valid Frictionless data package whose CSV holds the pack's values; the workbook is native Excel tables."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import date

import openpyxl
import pandas as pd
import pytest
from frictionless import validate
from markupsafe import escape

from app import create_app
from geo import datasheet
from layouts import data_page, data_text, workbook
from layouts.data_package import zip_bytes
from serving.data_pages import FileCache

MANY_SOURCES = "mindestsicherungsquote_pct"  # six sources across its years
DERIVED = "arbeitslose_je_100_ew_15_64"  # computed by the atlas from two published series
DAY = date(2026, 12, 2)


@pytest.fixture(scope="module")
def client(atlas):
    return create_app(atlas).server.test_client()


def rvr_rows(atlas, indicator):
    """The pack's rows of the 53 Gemeinden, 15 Kreise and the references, selected here independently of geo.datasheet."""
    gemeinden = {f["properties"]["ags"] for f in atlas.municipalities["features"]}
    kreise = {f["properties"]["ags"] for f in atlas.kreise["features"]}
    rows = atlas.indicators[atlas.indicators["indicator"] == indicator]
    keep = rows["level"].isin(["ruhr", "land", "bund"]) | (rows["level"] == "gemeinde") & rows["ags"].isin(gemeinden)
    return rows[keep | (rows["level"] == "kreis") & rows["ags"].isin(kreise)]


@pytest.mark.parametrize("indicator", [MANY_SOURCES, DERIVED])
def test_the_data_page_lists_every_source_its_years_use(client, atlas, indicator):
    body = client.get(f"/daten/{indicator}").get_data(as_text=True)
    used = set(rvr_rows(atlas, indicator)["source_id"])
    for source_id in used | {based for s in used for based in atlas.sources[s]["based_on"]}:
        source = atlas.sources[source_id]
        assert f'id="quelle-{source_id}"' in body
        assert str(escape(source["licence"])) in body
    assert '<html lang="de">' in body and atlas.version in body


def test_the_data_page_lists_the_series_breaks_of_its_indicator(client, atlas):
    breaks = atlas.series_breaks[atlas.series_breaks["indicator"] == MANY_SOURCES]
    assert len(breaks)  # the pack records breaks for this indicator
    body = client.get(f"/daten/{MANY_SOURCES}?lang=en").get_data(as_text=True)
    for row in breaks.itertuples():
        assert str(row.year) in body and str(escape(row.note_en)) in body
    quiet = client.get(f"/daten/{DERIVED}").get_data(as_text=True)
    assert atlas.series_breaks[atlas.series_breaks["indicator"] == DERIVED].empty and data_text.DATA["de"]["breaks_none"] in quiet


def test_the_english_data_page_and_the_index_link_each_other_and_every_indicator(client, atlas):
    body = client.get(f"/daten/{MANY_SOURCES}?lang=en").get_data(as_text=True)
    assert '<html lang="en">' in body and data_text.DATA["en"]["sources"] in body
    assert f'href="{MANY_SOURCES}.zip?lang=en"' in body and f'href="{MANY_SOURCES}.xlsx?lang=en"' in body
    index = client.get("/daten/").get_data(as_text=True)
    assert set(re.findall(r'<a href="([a-z0-9_]+)">', index)) == set(atlas.catalog)
    assert client.get("/daten/no_such_indicator").status_code == 404


def test_the_zip_is_a_valid_data_package_whose_values_are_the_packs(client, atlas, tmp_path):
    answer = client.get(f"/daten/{DERIVED}.zip")
    assert answer.status_code == 200 and answer.mimetype == "application/zip"
    assert f"{atlas.version}.zip" in answer.headers["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(answer.data))
    archive.extractall(tmp_path)
    (folder,) = tmp_path.iterdir()
    report = validate(folder / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    published = {b for s in rvr_rows(atlas, DERIVED)["source_id"] for b in atlas.sources[s]["based_on"]}
    assert descriptor["version"] == atlas.version and len(descriptor["sources"]) == len(published) == 4
    values = pd.read_csv(folder / "values.csv", dtype={"ags": str, "period": str}, keep_default_na=False, na_values={"value": [""]})
    expected = rvr_rows(atlas, DERIVED)
    assert len(values) == len(expected) and set(values["level"]) == {"gemeinde", "kreis"}
    merged = values.merge(expected, on=["ags", "level", "year", "source_id"], suffixes=("", "_pack"), validate="one_to_one")
    pd.testing.assert_series_equal(merged["value"], merged["value_pack"], check_names=False)
    gelsenkirchen = values[(values["ags"] == "05513000") & (values["year"] == 2019)].iloc[0]
    assert gelsenkirchen["name"] == "Gelsenkirchen" and gelsenkirchen["unit"] == atlas.catalog[DERIVED]["unit"]["de"]
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert atlas.version in readme and "@misc{" in readme
    assert all(atlas.sources[s]["licence"] in readme for s in published)


def test_the_workbook_is_native_excel_tables_with_the_packs_values(atlas):
    book = openpyxl.load_workbook(io.BytesIO(workbook.xlsx_bytes(atlas, MANY_SOURCES, "en", "http://atlas.example/daten/x", DAY)))
    assert book.sheetnames == ["Notes", "Values", "Ruhr", "Indicators", "Sources"]
    expected = rvr_rows(atlas, MANY_SOURCES)
    for sheet in book.worksheets:
        assert not sheet.merged_cells.ranges
        ((name, ref),) = sheet.tables.items()
        assert name == sheet.title and ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
    values = book["Values"]
    header = [cell.value for cell in values[1]]
    assert header == datasheet.TIDY_COLUMNS and values.max_row == len(expected) + 1
    rows = pd.DataFrame(list(values.iter_rows(min_row=2, values_only=True)), columns=header)
    merged = rows.merge(expected, on=["ags", "level", "year", "source_id"], suffixes=("", "_pack"), validate="one_to_one")
    pd.testing.assert_series_equal(merged["value"].astype(float), merged["value_pack"], check_names=False)
    notes = {row[0]: row[1] for row in book["Notes"].iter_rows(min_row=2, values_only=True)}
    assert notes["Data version"] == atlas.version and atlas.version in notes["How to cite"]


def test_a_file_is_built_once_and_then_served_from_the_cache():
    built = []
    cache = FileCache(size=1)
    assert cache.get("a", lambda: built.append("a") or b"A") == cache.get("a", lambda: built.append("a") or b"A") == b"A"
    cache.get("b", lambda: b"B")
    assert built == ["a"] and list(cache.files) == ["b"]


def test_the_whole_packs_zip_holds_every_indicator(atlas):
    archive = zipfile.ZipFile(io.BytesIO(zip_bytes(atlas, None, "de", "http://atlas.example/daten/", DAY)))
    (name,) = [n for n in archive.namelist() if n.endswith("/indicators.csv")]
    listed = {row["indicator"] for row in csv.DictReader(io.StringIO(archive.read(name).decode("utf-8")))}
    assert listed == set(atlas.catalog) and data_page.ALL in name
