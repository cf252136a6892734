"""Exported files: images carry title, source and licence; data round-trips; formulas are neutralised."""

import base64
import dataclasses
import io
import json
import re
from collections import Counter

import pandas as pd
import pytest
from flask import Response
from PIL import Image

from callbacks import export, ranking
from geo import ingredients, query, regions, similar, spatial
from geo.view_state import ViewState, as_dict
from layouts import alt_text, export_data, export_figures, export_menu, map_panel

STATE = ViewState(indicator="arbeitslose_je_100_ew_15_64", selected="05513000")


@pytest.fixture(autouse=True)
def renderer(image_renderer):
    return image_renderer


def download(atlas, fmt, what="map", state=STATE):
    data, status = export.export_file(fmt, as_dict(state), what, atlas)
    assert data is not None, status
    return data["filename"], base64.b64decode(data["content"])


def svg_text(svg: str) -> str:
    """The words of an SVG, with wrapped lines joined again."""
    return " ".join(re.sub(r"<[^>]+>", " ", svg).split())


def rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_png_is_print_resolution(atlas):
    name, content = download(atlas, "png")
    assert name == "arbeitslose_je_100_ew_15_64_2021_gemeinde_karte.png"
    image = Image.open(io.BytesIO(content))
    assert image.format == "PNG" and image.size[0] == 2200 and image.size[1] > 1400


def test_map_svg_shows_53_places_in_the_screen_colours_with_title_source_and_licence(atlas):
    name, content = download(atlas, "svg")
    svg = content.decode("utf-8")
    text = svg_text(svg)
    assert name.endswith("_karte.svg")
    assert "Arbeitslose je 100 Einwohner im erwerbsfähigen Alter, 2021" in text
    assert "Quellen: eigene Berechnung nach Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR)" in text
    assert "Lizenz: Nutzung mit Quellenangabe" in text and "© GeoBasis-DE / BKG (2016), Daten verändert" in text
    fills = re.findall(r'<path class="js-fill" d="[^"]*" style="fill: (rgb\([^)]*\))', svg)
    hideout = map_panel.hideout(atlas, STATE, query.map_view(atlas, STATE))
    on_screen = Counter(rgb(hideout["colours"][c]) for c in hideout["classes"].values())
    assert len(fills) == 53 + 3 and Counter(fills[:53]) == on_screen  # then the locator: Germany, NRW, the Ruhr
    assert "Ruhr (schwarz) in NRW (grau) und Deutschland" in text


def locator_traces(fig) -> list[str]:
    return [trace.name for trace in fig.data if (trace.name or "").startswith("locator-")]


@pytest.mark.parametrize(
    "what, state", [("map", STATE), ("comparison", ViewState(tab="spatial")), ("comparison", ViewState(tab="projects"))]
)
def test_a_map_export_has_the_locator_inset_when_on_and_none_when_off(atlas, what, state):
    inset = export_figures.figure(what, atlas, state)
    assert locator_traces(inset) == ["locator-germany", "locator-nrw", "locator-ruhr"]
    assert list(inset.layout.xaxis2.domain) == export_figures.LOCATOR_DOMAIN["x"] and inset.layout.yaxis2.scaleanchor == "x2"
    assert any(a.text.startswith("Ruhr (schwarz)") for a in inset.layout.annotations)
    plain = export_figures.figure(what, atlas, state, locator=False)
    assert locator_traces(plain) == [] and "xaxis2" not in plain.layout.to_plotly_json()
    assert not any(a.text.startswith("Ruhr (schwarz)") for a in plain.layout.annotations)
    assert len(inset.data) == len(plain.data) + 3


def test_charts_that_are_no_map_never_get_the_inset(atlas):
    assert locator_traces(export_figures.figure("ranking", atlas, STATE)) == []
    assert locator_traces(export_figures.figure("comparison", atlas, ViewState(tab="trend"))) == []


@pytest.fixture
def nothing_kept(monkeypatch):
    """Every export builds and renders its figure (none is taken from the images kept by earlier tests)."""
    monkeypatch.setattr(export.images, "IMAGES", export.images.Rendered(0))


def test_the_export_menu_checkbox_switches_the_inset_of_the_request(atlas, monkeypatch, nothing_kept):
    drawn = []
    monkeypatch.setattr(export.images, "to_image", lambda fig, fmt: drawn.append(locator_traces(fig)) or b"")
    export.export_file("svg", as_dict(STATE), "map", atlas, [])
    export.export_file("svg", as_dict(STATE), "map", atlas, ["locator"])
    assert drawn == [[], ["locator-germany", "locator-nrw", "locator-ruhr"]]


def test_an_image_many_people_export_is_rendered_once(atlas, monkeypatch):
    monkeypatch.setattr(export.images, "IMAGES", export.images.Rendered(2))
    rendered = []
    monkeypatch.setattr(export.images, "to_image", lambda fig, fmt: rendered.append(fmt) or fmt.encode())
    files = [export.export_file(fmt, as_dict(STATE), "map", atlas) for fmt in ("svg", "svg", "png", "svg")]
    assert rendered == ["svg", "png"] and [base64.b64decode(data["content"]) for data, _ in files] == [b"svg", b"svg", b"png", b"svg"]
    export.export_file("svg", as_dict(STATE), "map", atlas, [])  # another image: without the locator
    assert rendered == ["svg", "png", "svg"]


def test_an_export_refused_for_busy_renderers_says_when_to_try_again(atlas, monkeypatch, nothing_kept):
    def busy(fig, fmt):
        raise export.images.ExportBusy(10)

    monkeypatch.setattr(export.images, "to_image", busy)
    with pytest.raises(export.images.ExportBusy):
        export.export_file("png", as_dict(STATE), "map", atlas)
    response = Response()
    assert export.busy_answer(export.images.ExportBusy(10), as_dict(STATE), atlas, response) == (
        None,
        "Gerade erstellen sehr viele Menschen Bilder. Bitte in 10 Sekunden noch einmal versuchen; CSV und GeoJSON gehen sofort.",
    )
    assert response.headers["Retry-After"] == "10"


def test_chart_svgs_carry_their_provenance(atlas):
    for what, state in (("ranking", STATE), ("comparison", ViewState(tab="trend")), ("comparison", ViewState(tab="spatial"))):
        name, content = download(atlas, "svg", what, state)
        text = svg_text(content.decode("utf-8"))
        assert "Quelle" in text and "Lizenz" in text, name
    assert download(atlas, "svg", "ranking")[0] == "arbeitslose_je_100_ew_15_64_2021_gemeinde_rangfolge.svg"


@pytest.mark.parametrize("tab", ["zones", "trend", "inequality", "convergence", "scatter"])
def test_a_chart_legend_sits_between_the_axis_and_the_source_note(atlas, tab):
    fig = export_figures.comparison_figure(atlas, ViewState(tab=tab))
    plot_height = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    note = next(a for a in fig.layout.annotations if a.text.startswith("Quelle"))
    legend_top = round(-fig.layout.legend.y * plot_height, 6)  # pixels under the plot area (rounded: 57.999… is 58)
    assert fig.layout.legend.yanchor == "top" and legend_top >= export_figures.AXIS_PX  # under the tick labels
    assert -note.yshift - legend_top >= export_figures.LEGEND_ROW_PX  # a whole legend row above the note
    assert -note.yshift + export_figures.SOURCE_LINE_PX * (note.text.count("<br>") + 1) < fig.layout.margin.b  # note inside the image


def test_the_ruhr_mean_label_of_the_zones_chart_has_room_on_the_right(atlas):
    fig = export_figures.comparison_figure(atlas, ViewState(tab="zones"))
    label = next(a for a in fig.layout.annotations if a.text.startswith("Ruhr"))
    assert label.xref == "x domain" and label.x == 1 and label.xanchor == "left"
    assert fig.layout.margin.r >= 7 * len(label.text)  # about 7 px per character at 12 px


def test_the_embedded_ranking_names_its_indicator(atlas):
    embed = ViewState(indicator="arbeitslose_je_100_ew_15_64", embed=True, panel="ranking")
    chart, *_ = ranking.ranking_outputs(as_dict(embed), atlas)
    title = chart["layout"]["title"]["text"]
    assert title.replace("<br>", " ").startswith("Arbeitslose je 100 Einwohner im erwerbsfähigen Alter Rangfolge 2021")
    assert chart["layout"]["margin"]["t"] >= 20 * (title.count("<br>") + 1)  # every title line has room above the plot


def read_export(content: bytes, delimiter: str, decimal: str) -> tuple[list[str], pd.DataFrame]:
    text = content.decode("utf-8-sig")
    meta = [line for line in text.split("\r\n") if line.startswith("#")]
    return meta, pd.read_csv(io.StringIO(text), sep=delimiter, decimal=decimal, comment="#", dtype={"ags": str})


@pytest.mark.parametrize("fmt, delimiter, decimal", [("csv", ",", "."), ("csv-de", ";", ",")])
def test_csv_round_trips_the_pack_values_and_keeps_umlauts(atlas, fmt, delimiter, decimal):
    name, content = download(atlas, fmt)
    assert content.startswith("\ufeff".encode("utf-8")) and name.endswith(".csv")
    meta, table = read_export(content, delimiter, decimal)
    assert meta[0] == "# Export des Ruhr-Disparitätenatlas" and any(m.startswith("# Quellen:") for m in meta)
    assert any("Lizenz" in m for m in meta) and any(m.startswith("# Ansicht (URL-Parameter): ?ind=") for m in meta)
    rows = atlas.indicators
    expected = rows[(rows.indicator == STATE.indicator) & (rows.level == "gemeinde") & (rows.year == 2021)].set_index("ags").value
    got = table.set_index("ags").value
    assert len(got) == 53 and (got.sort_index() == expected.sort_index()).all()  # shortest round-trip text: exact
    assert "Mülheim an der Ruhr" in set(table.name)


@pytest.mark.parametrize("fmt, options", [("csv", {}), ("csv-de", {"sep": ";", "decimal": ","})])
def test_pandas_reads_the_saved_file_skipping_the_metadata_lines(atlas, tmp_path, fmt, options):
    name, content = download(atlas, fmt)
    path = tmp_path / name
    path.write_bytes(content)
    table = pd.read_csv(path, comment="#", dtype={"ags": str}, **options)
    assert list(table.columns[:4]) == ["ags", "name", "value", "note"] and len(table) == 53
    assert table.set_index("ags").loc["05513000", "value"] == pytest.approx(11.7, abs=0.05)


@pytest.mark.parametrize("fmt, delimiter, decimal", [("csv", ",", "."), ("csv-de", ";", ",")])
def test_csv_header_names_every_column_and_the_metadata_in_order(atlas, fmt, delimiter, decimal):
    # the header is what a reader's script keys on: all eight columns (a ninth with the distances of the similar
    # places of the selected Gemeinde, as its profile lists them), and the # lines label by label
    _, content = download(atlas, fmt)
    meta, table = read_export(content, delimiter, decimal)
    columns = ["ags", "name", "value", "note", "rank", "class", "difference_from_ruhr_mean", "zone", "similar_places_distance"]
    assert list(table.columns) == columns
    labels = [m[2:].split(":")[0] for m in meta[1:]]
    assert labels == [
        "Indikator",
        "Einheit",
        "Jahr",
        "Ebene",
        "Definition",
        "Quellen",
        "Grenzen",
        "Datenversion",
        "Ansicht (URL-Parameter)",
    ]
    assert meta[-2] == f"# Datenversion: {atlas.version}" and meta[-1].endswith(f"&v={atlas.version}")
    rows = atlas.indicators

    def total(indicator):
        return rows[(rows.indicator == indicator) & (rows.level == "gemeinde") & (rows.year == 2021)].value.sum()

    ruhr = total("arbeitslose_anzahl") / total("bevoelkerung_15_64_anzahl") * 100  # the Ruhr ratio of totals
    assert ((table.value - ruhr - table.difference_from_ruhr_mean).abs() < 1e-9).all()


def test_csv_and_excel_csv_get_different_file_names(atlas):
    assert download(atlas, "csv")[0] == "arbeitslose_je_100_ew_15_64_2021_gemeinde_karte.csv"
    assert download(atlas, "csv-de")[0] == "arbeitslose_je_100_ew_15_64_2021_gemeinde_karte_excel.csv"


def test_a_formula_like_cell_is_neutralised(atlas):
    features = [dict(f, properties=dict(f["properties"])) for f in atlas.municipalities["features"]]
    next(f for f in features if f["properties"]["ags"] == "05513000")["properties"]["name"] = '=HYPERLINK("http://x")'
    hostile = dataclasses.replace(atlas, municipalities={"type": "FeatureCollection", "features": features})
    _, content = download(hostile, "csv")
    _, table = read_export(content, ",", ".")
    assert '\'=HYPERLINK("http://x")' in set(table.name)
    assert export_data.neutralise("-1") == "'-1" and export_data._cell(-1.5, ",") == "-1,5"  # numbers stay numbers


def test_geojson_has_values_and_provenance(atlas):
    name, content = download(atlas, "geojson")
    collection = json.loads(content)
    assert name.endswith("_karte.geojson") and len(collection["features"]) == 53
    assert collection["metadata"]["source"].startswith("Quellen:") and "Grenzen" in collection["metadata"]
    gelsenkirchen = next(f for f in collection["features"] if f["properties"]["ags"] == "05513000")["properties"]
    assert gelsenkirchen["rank"] == 1 and gelsenkirchen["fill"] == "#b30000"
    assert export.export_file("geojson", as_dict(STATE), "ranking", atlas) == (
        None,
        "GeoJSON gibt es nur für die Karte (oben „Karte“ wählen).",
    )


def test_geojson_button_is_off_with_its_reason_where_it_cannot_work(atlas):
    assert export.geojson_button("map", as_dict(STATE), atlas) == (False, None)
    for what in ("ranking", "comparison"):
        assert export.geojson_button(what, as_dict(STATE), atlas) == (True, "GeoJSON gibt es nur für die Karte (oben „Karte“ wählen).")
    english = as_dict(dataclasses.replace(STATE, lang="en"))
    assert export.geojson_button("ranking", english, atlas) == (True, "GeoJSON is only available for the map (choose “Map” above).")


def test_alt_text_names_extremes_and_mean(atlas):
    text = alt_text.describe(atlas, STATE, "map")
    assert text.startswith("Karte: Arbeitslose je 100 Einwohner im erwerbsfähigen Alter in je 100 Einwohner 15–64, 2021, 53 Gemeinden.")
    assert "Höchster Wert: Gelsenkirchen (11,7 je 100 Einwohner 15–64)" in text and "Ruhr-Mittel: 8,1" in text
    zones = alt_text.describe(atlas, ViewState(tab="zones"), "comparison")
    assert "Nord (Emscher/Lippe) liegt im Mittel" in zones


def test_the_convergence_export_stays_within_the_series_and_its_alt_text_gives_the_verdict(atlas):
    state = ViewState(indicator="schulabgaenger_ohne_hauptschulabschluss_pct", level="kreis", tab="convergence")  # map: 2022
    table = pd.read_csv(io.BytesIO(export_data.csv_bytes(atlas, state, "comparison", "csv")), comment="#", encoding="utf-8-sig")
    assert table["year"].tolist() == list(range(1995, 2022))  # INKAR only: the Deutschlandatlas year is another series
    assert table.loc[table["year"] == 1995, "kendall_tau_to_first_year"].item() == 1.0
    text = alt_text.describe(atlas, state, "comparison")
    assert text.startswith("Diagramme zu Abstand, Streuung, Rangfolge und β-Konvergenz")
    assert "1995–2021: Der Abstand Nord (Emscher/Lippe) − Hellweg/Süd ist geschrumpft" in text


def test_the_spatial_exports_follow_the_statistic_on_screen(atlas):
    state = ViewState(tab="spatial", spatial="bivariate", rhine=False, lang="en")
    table = export_data.view_table(atlas, state, "comparison")
    assert {"second_indicator", "second_value", "bivariate_cluster", "bivariate_p_value"} <= set(table.columns)
    pattern = spatial.view_pattern(atlas, state)
    row = table.set_index("ags").loc["05513000"]
    assert row["bivariate_p_value"] == pattern.at["05513000", "p_value"]
    assert row["bivariate_cluster"] == "high here, low neighbours on the other indicator"
    fig = export_figures.comparison_figure(atlas, state)
    notes = " ".join(a.text for a in fig.layout.annotations)
    assert "Bivariate clusters" in fig.layout.title.text and "without the two neighbour pairs across the Rhine" in notes
    hot = export_data.view_table(atlas, ViewState(tab="spatial", spatial="hotspots"), "comparison")
    assert hot.set_index("ags").at["05513000", "hotspots_cluster"] == "Hot Spot: mit den Nachbarn zusammen hoch"


def test_the_data_driven_zones_export_as_a_map_and_a_table_with_every_ingredients_source(atlas):
    state = ViewState(regions=True, region_floor=750_000)
    assert "regions" not in [o["value"] for o in export_menu.what_options(STATE)]  # offered only while the zones are on
    assert {"label": "Datengetriebene Zonen (Karte)", "value": "regions"} in export_menu.what_options(state)
    found = regions.regions(atlas, ingredients.DEFAULT_INDICATORS, 750_000)
    names = query.unit_names(atlas, "gemeinde")
    labels = {z["id"]: z["label"]["de"] for z in found.zones}

    name, content = download(atlas, "csv", "regions", state)
    head, table = read_export(content, ",", ".")
    assert name == "datengetriebene_zonen_750000.csv"
    assert any("mindestens 750.000 Einwohnern" in line for line in head)
    assert any("GISD_Nordrhein-Westfalen_Gemeindeverband.csv" in line and "A_Arbeitslosigkeit.xls" in line for line in head)
    table = table.set_index(table["ags"].astype(str).str.zfill(8))
    assert len(table) == 53 and table["name"].to_dict() == names
    assert table["data_driven_zone"].to_dict() == {ags: labels[zone] for ags, zone in found.zone_of.items()}
    for indicator, year in found.recipe.years.items():
        expected = query.values(atlas, indicator, "gemeinde", year)["value"]
        assert table[f"{indicator}_{year}"].to_numpy() == pytest.approx(expected.reindex(table.index).to_numpy())

    name, content = download(atlas, "svg", "regions", state)
    text = svg_text(content.decode("utf-8"))
    assert name == "datengetriebene_zonen_750000.svg" and "Datengetriebene Zonen" in text
    assert all(label in text for label in labels.values())
    assert "bereinigter Rand-Index" in text and "Lizenz: CC BY 4.0" in text and "© GeoBasis-DE / BKG (2016)" in text
    described = export.describe(as_dict(state), "regions", atlas)[0]
    for zone in found.zones:  # the alt text names every zone with its places
        members = sorted((names[a] for a in found.zone_of.index[found.zone_of == zone["id"]]), key=str.casefold)
        assert f"{zone['label']['de']}: {', '.join(members)}." in described


def test_the_similar_places_export_as_a_numbered_map_and_a_table_with_their_values(atlas):
    state = ViewState(selected="05513000")
    assert "similar" not in [o["value"] for o in export_menu.what_options(ViewState())]  # offered once a place is chosen
    assert {"label": "Ähnliche Orte (Karte und Tabelle)", "value": "similar"} in export_menu.what_options(state)
    found = similar.similar_places(atlas, "05513000")
    names = query.unit_names(atlas, "gemeinde")

    name, content = download(atlas, "csv", "similar", state)
    head, table = read_export(content, ",", ".")
    assert name == "aehnliche_orte_05513000.csv"
    assert any("Die 5 Gemeinden, die Gelsenkirchen auf diesen Indikatoren am ähnlichsten sind" in line for line in head)
    assert any("GISD_Nordrhein-Westfalen_Gemeindeverband.csv" in line for line in head)
    assert table["ags"].tolist() == ["05513000", *found.table.index]
    assert table["similarity_rank"].tolist() == list(range(6)) and table["distance"].iloc[0] == 0
    assert table["distance"].iloc[1:].to_numpy() == pytest.approx(found.table["distance"].to_numpy())
    for indicator, year in found.recipe.years.items():
        expected = query.values(atlas, indicator, "gemeinde", year)["value"]
        assert table[f"{indicator}_{year}"].to_numpy() == pytest.approx(expected.reindex(table["ags"]).to_numpy())

    name, content = download(atlas, "svg", "similar", state)
    text = svg_text(content.decode("utf-8"))
    assert name == "aehnliche_orte_05513000.svg" and "Orte wie Gelsenkirchen" in text
    for n, ags in enumerate(found.table.index, 1):
        assert f"{n}: {names[ags]} (Abstand" in text
    assert "Lizenz: CC BY 4.0" in text and "© GeoBasis-DE / BKG (2016)" in text
    assert "1: " + names[found.table.index[0]] in export.describe(as_dict(state), "similar", atlas)[0]

    kreis = ViewState(level="kreis", selected="05562")  # a Kreis of several Gemeinden: the files say why there is nothing
    head, table = read_export(download(atlas, "csv", "similar", kreis)[1], ",", ".")
    assert table.empty and any("wählen Sie eine Gemeinde" in line for line in head)
