"""The Deutschlandatlas municipality values and the VGR economy structure in the pack, against the official cells.

The Deutschlandatlas workbook is not part of the repository (its values are carried in
``data/raw/values.csv``); each case names the sheet and cell of
``Deutschlandatlas-Daten.xlsx`` (Stand 12.12.2024) its value was copied from by hand.
The VGR workbook is a declared input, so its cells are read here directly with
openpyxl, independently of :mod:`geo.vgr`.
"""

import io

import openpyxl
import plotly.graph_objects as go
import pytest

from callbacks import ranking
from geo import catalog, inputs, query
from geo.view_state import ViewState, as_dict


def pack_value(atlas, ags, indicator, year):
    rows = atlas.indicators
    rows = rows[(rows.ags == ags) & (rows.indicator == indicator) & (rows.year == year)]
    assert len(rows) == 1, (ags, indicator, year)
    return rows.iloc[0].value


@pytest.mark.parametrize(
    "sheet_cell, ags, indicator, year, official",
    [
        ("Deutschlandatlas_GEM1222!P2243", "05513000", "pkw_fahrzeit_grundschule_min", 2024, 2.61),
        ("Deutschlandatlas_GEM1222!Q2273", "05562004", "pkw_fahrzeit_sek1_schule_min", 2024, 4.67),
        ("Deutschlandatlas_GEM1222!R2243", "05513000", "pkw_fahrzeit_sek2_schule_min", 2024, 4.48),
        ("Deutschlandatlas_GEM1222!O2243", "05513000", "pkw_fahrzeit_notaufnahme_min", 2024, 4.77626184),
        ("Deutschlandatlas_GEM1222!G2243", "05513000", "beschaeftigtenquote_frauen_da_pct", 2023, 50.55),
        ("Deutschlandatlas_GEM1221!D2273", "05562004", "breitband_1000mbit_haushalte_pct", 2022, 65.12859950440058),
        ("Deutschlandatlas_GEM1221!G2243", "05513000", "pkw_fahrzeit_hausarzt_min", 2021, 1.85),
        ("Deutschlandatlas_GEM1220!C2246", "05513000", "pkw_fahrzeit_apotheke_min", 2020, 2.4),
        ("Deutschlandatlas_VBGEM1222!E771", "05513000", "pendeldistanz_km", 2022, 16.48),  # Gemeindeverband 055130000
    ],
)
def test_deutschlandatlas_values_equal_the_official_cells(atlas, sheet_cell, ags, indicator, year, official):
    assert pack_value(atlas, ags, indicator, year) == official


@pytest.fixture(scope="module")
def vgr_sheets():
    """Sheets of the declared VGR workbook as {sheet: {Regionalschlüssel: {year: cell value}}}."""
    item = inputs.declared()["vgr-r2b2-2020"]
    book = openpyxl.load_workbook(io.BytesIO(inputs.load(item, log=lambda m: None)), read_only=True, data_only=True)
    sheets = {}
    for name in ("3.1", "3.4", "4", "7"):
        rows = list(book[name].iter_rows(values_only=True))
        years = [y for y in rows[4][8:] if y]
        sheets[name] = {row[2]: dict(zip(years, row[8:])) for row in rows[6:] if row[2]}
    book.close()
    return sheets


def test_the_ruhr_services_share_recomputed_from_the_sector_counts_is_what_the_atlas_shows(atlas, vgr_sheets):
    kreise = query.units(atlas, "kreis")
    services = sum(vgr_sheets["3.4"][code][2019] for code in kreise)
    total = sum(vgr_sheets["3.1"][code][2019] for code in kreise)
    recomputed = services / total * 100
    assert 75 < recomputed < 85  # the research behind the atlas speaks of "more than 77 %"
    ruhr = query.ruhr_value(atlas, "dienstleistungsanteil_arbeitnehmer_pct", "kreis", 2019)
    assert (ruhr["method"], ruhr["units"]) == ("ratio", 15)
    assert ruhr["value"] == pytest.approx(recomputed, rel=1e-12)
    state = ViewState(indicator="dienstleistungsanteil_arbeitnehmer_pct", level="kreis", year=2019)
    chart, *_ = ranking.ranking_outputs(as_dict(state), atlas)
    assert go.Figure(chart).layout.shapes[0].x0 == pytest.approx(recomputed, rel=1e-12)  # the ranking's Ruhr line


@pytest.mark.parametrize(
    "indicator, sheet, code, year",
    [
        ("arbeitnehmerentgelt_je_arbeitnehmer_eur", "4", "05513", 2019),  # 4!AB304 = 42561 EUR
        ("arbeitnehmerentgelt_je_arbeitnehmer_eur", "4", "05", 2019),  # 4!AB273 = 44292
        ("arbeitnehmerentgelt_je_arbeitnehmer_eur", "4", "17", 2019),  # 4!AB451 = 44876 (Deutschland)
        ("arbeitnehmerentgelt_je_stunde_eur", "7", "05513", 2019),  # 7!AB304 = 32.88 EUR
        ("arbeitnehmerentgelt_je_stunde_eur", "7", "05", 2019),  # 7!AB273 = 33.96
    ],
)
def test_compensation_per_employee_and_hour_agree_with_the_published_tables(atlas, vgr_sheets, indicator, sheet, code, year):
    """Our ratios of the stored totals match the publisher's own tables 4 and 7 to their last printed digit."""
    published = vgr_sheets[sheet][code][year]
    ours = pack_value(atlas, "DG" if code == "17" else code, indicator, year)
    assert round(ours, 0 if sheet == "4" else 2) == published


def test_employee_counts_are_published_with_one_decimal_only(atlas):
    """The VGR publishers release employees in thousands with one decimal (workbook sheet Impressum)."""
    rows = atlas.indicators[
        atlas.indicators.indicator.isin(["arbeitnehmer_tsd", "arbeitnehmer_gt_tsd", "arbeitsvolumen_arbeitnehmer_mio_std"])
    ]
    published = rows.value.dropna()  # hours are "…" (comes later) for some Länder's early years
    assert len(published) > 10_000 and ((published * 10).round(6) % 1 == 0).all()
    assert pack_value(atlas, "05513", "arbeitnehmer_tsd", 2019) == 108.5  # 3.1!AB304 = 108.515
    ruhr = atlas.aggregates[(atlas.aggregates.indicator == "arbeitnehmer_tsd") & (atlas.aggregates.year == 2019)]
    assert (ruhr.value * 10).round(6).iloc[0] % 1 == 0


@pytest.mark.parametrize("theme", ["education", "economy"])
def test_each_theme_has_three_municipal_indicators_with_years_and_source(atlas, theme):
    entries = [e for e in catalog.theme_entries(atlas.catalog, theme, "de") if e["years"].get("gemeinde")]
    assert len(entries) >= 3, [e["id"] for e in entries]
    for entry in entries:
        assert entry["source_ids"] and all(atlas.sources[s]["licence"] for s in entry["source_ids"])


def test_school_access_says_it_is_infrastructure_not_attainment(atlas):
    entry = atlas.catalog["pkw_fahrzeit_grundschule_min"]
    assert entry["theme"] == "education" and entry["polarity"] == "higher_is_worse"
    assert "Bildungsinfrastruktur, kein Bildungserfolg" in entry["definition"]["de"]
    assert "infrastructure, not attainment" in entry["definition"]["en"]
    assert entry["years"] == {"gemeinde": [2024]}  # school locations of 2021-24, shown as the period's last year
    rows = atlas.indicators[atlas.indicators.indicator == "pkw_fahrzeit_grundschule_min"]
    assert len(rows) == 53 and set(rows.period) == {"2021-2024"}
