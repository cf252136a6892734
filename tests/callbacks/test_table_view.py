"""The table instead of the map, and the numbers under each comparison chart, as plain function calls."""

import json
from dataclasses import replace

import numpy as np
import pytest
from dash import html
from dash.exceptions import PreventUpdate

from callbacks import map_view, ranking, table_view
from callbacks.profile import profile_children
from geo import comparison, query
from geo.view_state import DEFAULT, TABS, ViewState, as_dict
from layouts import comparison as panels
from layouts import ids, legend, shell
from layouts import table_view as layout
from layouts.format import number
from layouts.text import t

GELSENKIRCHEN = "05513000"


def cells(table: html.Table) -> list[list[str]]:
    """The body of a table as the texts of its cells, row by row."""
    body = table.children[2].children
    return [[cell.children for cell in row.children] for row in body]


def drawn_table(holder: html.Div) -> dict:
    """What the browser draws a comparison's numbers table from (assets/tables.js): caption, class, columns, and the
    rows with each cell's text (a cell sent as ``{text, class}`` is drawn as a span holding the text)."""
    spec = json.loads(holder.to_plotly_json()["props"]["data-table"])
    spec["rows"] = [[cell["text"] if isinstance(cell, dict) else cell for cell in row] for row in spec["rows"]]
    return spec


def header(table: html.Table) -> dict[str, dict]:
    """Each header cell by its text: its props (``aria-sort``) as the browser gets them."""
    found = {}
    for th in table.children[1].children.children:
        label = th.children.children if isinstance(th.children, html.Button) else th.children
        found[label] = th.to_plotly_json()["props"]
    return found


def shown(state: ViewState, atlas, trigger=None, sort=None):
    return table_view.table_outputs(trigger or "place-table-request", as_dict(state), sort, atlas)


@pytest.mark.parametrize(
    "state",
    [
        DEFAULT,
        ViewState(indicator="arbeitslose_je_100_ew_15_64", year=2015, lang="en"),
        ViewState(indicator="sgb2_hilfequote_monat_pct", level="kreis", classification="natural_breaks", k=4),
        ViewState(indicator="verfuegbares_einkommen_eur_je_ew", year=2019),
    ],
)
def test_every_row_says_what_the_map_says(state, atlas):
    table, _ = shown(state, atlas)
    view = query.map_view(atlas, state)
    hideout = map_view.map_props(atlas, state)[(ids.MAP_GEOJSON, "hideout")]
    classes = legend.class_labels(view, atlas.catalog[state.indicator]["precision"], state.lang)
    by_name = {row[0]: row for row in cells(table)}
    assert len(by_name) == len(view.rows) == len(hideout["classes"])
    for ags, name in view.rows["name"].items():
        _, value, unit, rank, cls, _ = by_name[name]
        assert value == hideout["value"][ags]  # the tooltip's text, a missing value's reason included
        assert rank == str(hideout["rank"].get(ags, "–"))
        assert cls == (classes[hideout["classes"][ags]] if hideout["classes"][ags] >= 0 else t("legend_no_data", state.lang))
        assert unit == atlas.catalog[state.indicator]["unit"][state.lang]


def test_gelsenkirchen_leads_the_default_table_with_the_map_title_in_the_caption(atlas):
    table, sort = shown(DEFAULT, atlas)
    assert sort == layout.DEFAULT_SORT
    assert cells(table)[0] == ["Gelsenkirchen", "1,000", "Index 0–1", "1", "0,556 – 1,000", "Nord (Emscher/Lippe)"]
    caption = table.children[0].children.children
    assert caption[0].children == "Tabelle statt Karte: Sozioökonomische Deprivation (GISD, NRW-Rahmen), 2021 · Gemeinden."
    assert "Einheit: Index 0–1." in caption[1] and "Quelle: Robert Koch-Institut" in caption[1]
    assert header(table)["Rang"]["aria-sort"] == "ascending" and "aria-sort" not in header(table)["Wert"]


def test_places_without_a_value_come_last_with_no_rank_and_no_class(atlas):
    state = ViewState(indicator="sgb2_hilfequote_monat_pct", level="kreis")
    without = ["Kreis Recklinghausen", "Kreis Unna", "Kreis Wesel", "Mülheim an der Ruhr", "Oberhausen"]
    for column in ("value", "rank", "class"):
        for descending in (False, True):
            rows = cells(shown(state, atlas, sort={"column": column, "descending": descending})[0])
            assert [row[0] for row in rows[-5:]] == without  # in either direction, by name
            assert all(row[1] == "keine Daten" and row[3] == "–" and row[4] == "keine Daten" for row in rows[-5:])
            assert "keine Daten" not in {row[1] for row in rows[:-5]}


def test_a_flagged_missing_value_shows_its_reason(atlas):
    view = query.map_view(atlas, DEFAULT)
    rows = view.rows.copy()
    rows.loc[GELSENKIRCHEN, ["value", "rank", "deviation"]] = np.nan
    rows.loc[GELSENKIRCHEN, ["flag", "cls"]] = [".", -1]
    table = layout.table(atlas, DEFAULT, replace(view, rows=rows), layout.DEFAULT_SORT)
    assert cells(table)[-1][:5] == ["Gelsenkirchen", "keine Daten (unbekannt oder geheim)", "Index 0–1", "–", "keine Daten"]


def test_tied_values_share_their_rank(atlas):
    state = ViewState(indicator="sgb2_hilfequote_monat_pct", level="kreis")  # Dortmund and Herne: 17,6 %
    rows = {row[0]: row for row in cells(shown(state, atlas)[0])}
    assert rows["Dortmund"][1] == rows["Herne"][1] == "17,6"
    assert rows["Dortmund"][3] == rows["Herne"][3] == "4" and rows["Hagen"][3] == "6"
    ranked = [row[0] for row in cells(shown(state, atlas)[0])]
    assert ranked.index("Dortmund") + 1 == ranked.index("Herne")  # a tie in name order


def test_the_zone_column_follows_the_scheme_and_the_groups(atlas):
    def zone_of(state, name):
        return next(row[5] for row in cells(shown(state, atlas)[0]) if row[0] == name)

    assert zone_of(DEFAULT, "Gelsenkirchen") == "Nord (Emscher/Lippe)" and zone_of(DEFAULT, "Hagen") == "Hellweg/Süd"
    custom = ViewState(scheme="custom", group_a=(GELSENKIRCHEN,), lang="en")
    assert zone_of(custom, "Gelsenkirchen") == "Group A" and zone_of(custom, "Hagen") == "others"
    members = comparison.membership(atlas, "nord_sued", "gemeinde")
    assert sum(row[5] == "Nord (Emscher/Lippe)" for row in cells(shown(DEFAULT, atlas)[0])) == (members == "nord").sum()


def test_a_header_button_sorts_and_a_second_press_reverses(atlas):
    button = {"type": ids.TABLE_SORT_BUTTON, "column": "value"}
    table, sort = shown(DEFAULT, atlas, trigger=button, sort=layout.DEFAULT_SORT)
    assert sort == {"column": "value", "descending": False}
    values = [float(row[1].replace(",", ".")) for row in cells(table)]
    assert values == sorted(values) and cells(table)[-1][0] == "Gelsenkirchen"
    assert header(table)["Wert"]["aria-sort"] == "ascending" and "aria-sort" not in header(table)["Rang"]
    table, sort = shown(DEFAULT, atlas, trigger=button, sort=sort)
    assert sort == {"column": "value", "descending": True} and header(table)["Wert"]["aria-sort"] == "descending"
    assert cells(table)[0][0] == "Gelsenkirchen"

    names = [row[0] for row in cells(shown(DEFAULT, atlas, trigger={**button, "column": "place"})[0])]
    assert names[:3] == ["Alpen", "Bergkamen", "Bochum"] and names.index("Mülheim an der Ruhr") < names.index("Neukirchen-Vluyn")
    zones = [row[5] for row in cells(shown(DEFAULT, atlas, trigger={**button, "column": "zone"})[0])]
    assert zones == sorted(zones, key=layout.name_key)


def test_the_sort_outlives_a_new_map_and_odd_input_is_refused(atlas):
    later = ViewState(year=2010)
    table, sort = shown(later, atlas, sort={"column": "place", "descending": True})
    assert sort == {"column": "place", "descending": True} and cells(table)[0][0] == "Xanten"
    assert shown(later, atlas, sort={"column": "ags", "descending": "yes"})[1] == layout.DEFAULT_SORT
    with pytest.raises(PreventUpdate):
        shown(later, atlas, trigger={"type": ids.TABLE_SORT_BUTTON, "column": "unit"})
    with pytest.raises(PreventUpdate):
        shown(later, atlas, trigger={"type": ids.TABLE_SORT_BUTTON, "column": ["x"]})


def find(node, component_id):
    """The component with this id in a page (or None)."""
    if getattr(node, "id", None) == component_id:
        return node
    children = getattr(node, "children", None)
    for child in children if isinstance(children, (list, tuple)) else [children]:
        found = find(child, component_id) if hasattr(child, "children") else None
        if found is not None:
            return found
    return None


def test_the_page_builds_the_table_only_where_it_is_shown(atlas):
    page = html.Div(shell.build(atlas, DEFAULT))
    hidden = find(page, ids.TABLE_PANEL)
    assert hidden.hidden and not isinstance(find(page, ids.TABLE).children, html.Table)  # built when its tab is chosen
    assert find(page, ids.VIEW_TABS["map"]).to_plotly_json()["props"]["aria-selected"] == "true"
    for state in (ViewState(panel="table"), ViewState(embed=True, panel="table", lang="en")):
        page = html.Div(shell.build(atlas, state))
        assert not find(page, ids.TABLE_PANEL).hidden and find(page, ids.MAP_PANEL).hidden
        assert cells(find(page, ids.TABLE).children)[0][0] == "Gelsenkirchen"
        tab = find(page, ids.VIEW_TABS["table"]).to_plotly_json()["props"]
        assert tab["aria-selected"] == "true" and tab["tabIndex"] == "0" and tab["aria-controls"] == ids.TABLE_PANEL


def test_a_story_step_can_show_the_table_beside_the_map(atlas):
    story = atlas.stories["ruhr_divide"]
    steps = [{**story["steps"][1], "panel": "table"}, *story["steps"][1:]]
    told = replace(atlas, stories={"ruhr_divide": {**story, "steps": steps}})
    state = ViewState(present=True, story="ruhr_divide", step=1, indicator="kinder_u15_in_sgb2_bedarfsgemeinschaften_pct", level="kreis")
    (page,) = shell.build(told, state)
    assert page.className == "presenting panel-table"
    assert cells(find(page, ids.TABLE).children)[0][0] == "Gelsenkirchen"  # built with the page, shown by the stylesheet


@pytest.mark.parametrize("tab", TABS)
def test_every_comparison_tab_has_its_numbers_as_a_table(tab, atlas):
    state = ViewState(tab=tab)
    _, texts = panels.content(atlas, state, tab)
    folds = [part for part in texts if getattr(part, "className", "") == "numbers"]
    assert len(folds) == (4 if tab == "convergence" else 1)  # convergence: gap, spread, rank mobility, β places
    assert all(fold.children[0].children.startswith("Zahlen als Tabelle") for fold in folds)
    numbers = folds[0]
    box = numbers.children[1]
    table = drawn_table(box.children)
    assert box.tabIndex == "0" and box.role == "region" and box.to_plotly_json()["props"]["aria-label"] == table["caption"]
    assert table["class"] == "numbers-table" and table["caption"]
    rows = table["rows"]
    assert rows and all(len(row) == len(table["columns"]) for row in rows)
    if tab in ("zones", "scatter", "spatial", "projects"):  # one row per place
        assert len(rows) == 53 and "Gelsenkirchen" in {row[0] for row in rows}
    else:  # one row per year
        assert [row[0] for row in rows] == [str(y) for y in atlas.catalog[state.indicator]["years"]["gemeinde"]]


def test_the_zone_numbers_are_the_charts_dots(atlas):
    figure, texts = panels.content(atlas, DEFAULT, "zones")
    (numbers,) = [part for part in texts if getattr(part, "className", "") == "numbers"]
    rows = drawn_table(numbers.children[1].children)["rows"]
    boxes = [trace for trace in figure["data"] if trace["type"] == "box"]
    dots = {(name, trace["name"]): value for trace in boxes for name, value in zip(trace["text"], trace["y"])}
    assert len(dots) == sum(row[2] != "keine Daten" for row in rows)
    for name, zone, value in rows:
        if value != "keine Daten":
            assert value == number(dots[(name, zone)], 3, "de")
    assert rows[0][:2] == ["Gelsenkirchen", "Nord (Emscher/Lippe)"]


@pytest.mark.parametrize("mode, column", [("lisa", 2), ("bivariate", 3), ("hotspots", 2)])
def test_the_spatial_numbers_are_the_cluster_map(atlas, mode, column):
    state = ViewState(tab="spatial", spatial=mode)
    _, texts = panels.content(atlas, state, "spatial")
    (numbers,) = [part for part in texts if getattr(part, "className", "") == "numbers"]
    hideout = panels.spatial.map_hideout(atlas, state)
    names = query.unit_names(atlas, "gemeinde")
    rows = drawn_table(numbers.children[1].children)["rows"]
    assert len(rows) == 53
    for row in rows:
        ags = next(a for a, n in names.items() if n == row[0])
        assert row[column] == hideout["value"].get(ags, "–")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_unna_2016_is_shown_as_missing_with_the_reason_the_build_held_it_back(atlas, lang):
    """INKAR gives Unna a working-age population of 0 for 2016: the map, the table, the ranking, the Ruhr line
    and the profile say why there is no value, instead of a silent gap or a rate from 0."""
    for indicator, flag in (("bevoelkerung_15_64_anzahl", "implausible_zero"), ("arbeitslose_je_100_ew_15_64", "implausible_input")):
        state = ViewState(indicator=indicator, year=2016, lang=lang, selected="05978036")
        reason = t(f"flag_{flag}", lang)
        table, _ = shown(state, atlas)
        assert [row[1] for row in cells(table) if row[0] == "Unna"] == [reason]
        assert map_view.map_props(atlas, state)[(ids.MAP_GEOJSON, "hideout")]["value"]["05978036"] == reason
        view = query.map_view(atlas, state)
        assert view.mean is None and "Unna" in legend.mean_text(atlas, view, lang) and reason in legend.mean_text(atlas, view, lang)
        assert t("ranking_withheld", lang, name="Unna") in str(ranking.ranking_outputs(as_dict(state), atlas))
    profile = str(profile_children(as_dict(ViewState(selected="05978036", lang=lang)), None, atlas)[0])
    assert t("profile_withheld", lang, year=2016, reason=t("flag_implausible_zero", lang)) in profile
