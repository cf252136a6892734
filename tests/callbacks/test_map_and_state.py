"""Callbacks as plain function calls: the URL, the controls, the map, the ranking and the profile."""

import dataclasses
import json

import plotly.graph_objects as go
import pytest
from dash import no_update
from dash.exceptions import PreventUpdate

from callbacks import comparison, export, map_view, profile, ranking, url_state
from geo import query
from geo.view_state import DEFAULT, ViewState, as_dict, from_dict, to_query
from layouts import controls, ids

STATE = (ids.STATE, "data")


def find(component, predicate):
    """All components in a tree for which ``predicate`` holds."""
    found = [component] if predicate(component) else []
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list) else [children] if children is not None else []:
        if hasattr(child, "to_plotly_json"):
            found += find(child, predicate)
    return found


def text_of(node) -> str:
    """All text inside a component tree (or list of trees), space-separated."""
    if node is None:
        return ""
    if isinstance(node, (str, int, float)):
        return str(node)
    if isinstance(node, (list, tuple)):
        return " ".join(text_of(n) for n in node)
    return text_of(getattr(node, "children", None))


def by_id(page, component_id):
    matches = [c for part in page for c in find(part, lambda c: getattr(c, "id", None) == component_id)]
    assert len(matches) == 1, component_id
    return matches[0]


def test_a_permalink_renders_its_view_server_side(atlas):
    page, state, notices = url_state.render_page("?ind=arbeitslosenquote_pct&lvl=kreis&sel=05513", None, atlas)
    assert state["indicator"] == "arbeitslosenquote_pct" and state["selected"] == "05513" and state[url_state.RENDERED]
    assert by_id(page, ids.INDICATOR).value == "arbeitslosenquote_pct"
    assert by_id(page, ids.LEVEL).value == "kreis"
    assert by_id(page, ids.PROFILE_TITLE).children == "Gelsenkirchen"
    assert "Arbeitslosenquote, 2023" in by_id(page, ids.MAP_TITLE).children
    assert notices == []


def test_invalid_parameters_render_the_default_view_with_a_visible_notice(atlas):
    page, state, notices = url_state.render_page("?ind=nonsense&k=99", None, atlas)
    assert from_dict(state) == DEFAULT and state[url_state.QUERY] == ""
    text = text_of(notices)
    assert "„nonsense“ ist für „ind“ nicht gültig" in text and "„99“ ist für „k“ nicht gültig" in text


def test_the_page_is_not_rebuilt_when_the_url_follows_a_control(atlas):
    state = ViewState(indicator="arbeitslosenquote_pct", level="kreis")
    with pytest.raises(PreventUpdate):
        url_state.render_page(to_query(state), as_dict(state), atlas)


def test_choosing_an_indicator_updates_state_url_years_and_levels(atlas):
    out = url_state.apply_controls(ids.INDICATOR, "kinder_u15_in_sgb2_bedarfsgemeinschaften_pct", as_dict(DEFAULT), atlas)
    state, search, notices = out[(ids.STATE, "data")], out[(ids.URL, "search")], out[(ids.NOTICES, "children")]
    year_options, year = out[(ids.YEAR, "options")], out[(ids.YEAR, "value")]
    level_options, level = out[(ids.LEVEL, "options")], out[(ids.LEVEL, "value")]
    assert state["indicator"] == "kinder_u15_in_sgb2_bedarfsgemeinschaften_pct" and state["level"] == "kreis"
    assert search == "?ind=kinder_u15_in_sgb2_bedarfsgemeinschaften_pct&lvl=kreis"
    assert [o["value"] for o in year_options] == [2020, 2022] and year == 2022  # only the years it has (2021 is missing)
    assert [o["disabled"] for o in level_options] == [True, False] and level == "kreis"
    assert "gibt es nur für Kreise/kreisfreie Städte" in text_of(notices)


def test_a_theme_switches_the_map_to_its_first_indicator_at_the_level_shown(atlas):
    out = url_state.apply_controls(ids.THEME, "economy", as_dict(DEFAULT), atlas)
    options = out[(ids.INDICATOR, "options")]
    assert {atlas.catalog[o["value"]]["theme"] for o in options} == {"economy"}
    first_with_gemeinden = next(o["value"] for o in options if atlas.catalog[o["value"]]["years"].get("gemeinde"))
    assert first_with_gemeinden != options[0]["value"]  # the list opens with the Kreis-only shares of the VGR ("Anteil ...")
    assert out[(ids.INDICATOR, "value")] == first_with_gemeinden == out[STATE]["indicator"]
    assert out[STATE]["level"] == "gemeinde" and out[(ids.LEVEL, "value")] is no_update


def test_a_theme_without_the_level_shown_switches_the_level_with_a_note(atlas):
    # every theme has Gemeinde indicators now; this catalog keeps education's Kreis years only, as before school access
    kreis_only = {
        key: {**entry, "years": {level: years for level, years in entry["years"].items() if level != "gemeinde"}}
        if entry["theme"] == "education"
        else entry
        for key, entry in atlas.catalog.items()
    }
    atlas = dataclasses.replace(atlas, catalog=kreis_only)
    out = url_state.apply_controls(ids.THEME, "education", as_dict(DEFAULT), atlas)
    assert atlas.catalog[out[STATE]["indicator"]]["theme"] == "education"
    assert out[STATE]["level"] == "kreis" and out[(ids.LEVEL, "value")] == "kreis"
    assert "gibt es nur für Kreise/kreisfreie Städte" in text_of(out[(ids.NOTICES, "children")])
    assert out[(ids.URL, "search")] == f"?ind={out[STATE]['indicator']}&lvl=kreis"


def test_clearing_the_theme_or_choosing_the_maps_own_lists_indicators_and_leaves_the_rest(atlas):
    for theme, listed in ((None, 50), ("poverty", 10)):
        out = url_state.apply_controls(ids.THEME, theme, as_dict(DEFAULT), atlas)
        assert len(out[(ids.INDICATOR, "options")]) > listed
        assert {key for key, value in out.items() if value is not no_update} == {(ids.INDICATOR, "options")}  # URL and notices stay


def test_the_indicator_list_names_levels_and_years_with_their_gaps(atlas):
    labels = {o["value"]: o["label"] for o in controls.indicator_options(atlas, "poverty", "de")}
    assert labels["gisd_nrw_frame_score"].endswith(" · Gemeinden 1998–2021 · Kreise 1998–2021")
    assert labels["mindestsicherungsquote_pct"].endswith(" · Gemeinden 2018–2020, 2023 · Kreise 2022")


def test_a_year_and_a_click_on_the_map_change_the_state(atlas):
    state = url_state.apply_controls(ids.YEAR, 2005, as_dict(DEFAULT), atlas)[STATE]
    assert state["year"] == 2005
    state = url_state.apply_controls(ids.MAP_GEOJSON, {"properties": {"ags": "05513000"}}, state, atlas)[STATE]
    assert state["selected"] == "05513000"
    out = url_state.apply_controls(ids.LEVEL, "kreis", state, atlas)
    assert out[STATE]["selected"] == "05513"  # the kreisfreie Stadt stays selected at the Kreis level
    assert out[(ids.URL, "search")] == "?year=2005&lvl=kreis&sel=05513"


def test_a_year_change_sends_only_the_props_it_changes(atlas):
    out = url_state.apply_controls(ids.YEAR, 2005, as_dict(DEFAULT), atlas)
    sent = {key for key, value in out.items() if value is not no_update} - set(map_view.OUTPUTS)  # the map: always
    assert sent == {STATE, (ids.URL, "search"), (ids.NOTICES, "children"), (ids.YEAR, "value"), (ids.LANGUAGE_LINK, "href")}
    assert out[(ids.YEAR, "value")] == 2005 and out[(ids.LANGUAGE_LINK, "href")] == "?year=2005&lang=en"


def test_an_unchanged_state_sends_nothing(atlas):
    with pytest.raises(PreventUpdate):
        url_state.apply_controls(ids.CLASSES, 5, as_dict(DEFAULT), atlas)


def test_indicator_switch_sends_colours_not_coordinates(atlas):
    out = url_state.apply_controls(ids.INDICATOR, "arbeitslose_je_100_ew_15_64", as_dict(DEFAULT), atlas)
    sent = [value for value in out.values() if value is not no_update]
    body = json.dumps([o.to_plotly_json() if hasattr(o, "to_plotly_json") else o for o in sent], default=str)
    assert "coordinates" not in body
    assert len(body.encode()) < 12_000  # uncompressed, controls and map together
    hideout = out[(ids.MAP_GEOJSON, "hideout")]
    assert len(hideout["classes"]) == 53
    assert hideout["classes"]["05513000"] == 4  # Gelsenkirchen in the top quintile
    assert hideout["value"]["05513000"] == "11,7"
    assert hideout["colours"][-1] == "#b30000"


def test_the_legend_lists_the_classes_and_no_data(atlas):
    state = ViewState(indicator="verfuegbares_einkommen_eur_je_ew", year=2019)
    legend = map_view.map_props(atlas, state)[(ids.MAP_LEGEND, "children")]
    text = text_of(legend)
    assert "keine Daten" in text and "EUR je Einwohner und Jahr" in text and "Kein Ruhr-Mittel" in text


def test_the_ranking_figure_is_sorted_and_marks_the_ruhr_mean(atlas):
    chart, source, _ = ranking.ranking_outputs(as_dict(ViewState(selected="05513000")), atlas)
    figure = go.Figure(chart)
    assert source.startswith("Quelle: Robert Koch-Institut (RKI): German Index of Socioeconomic Deprivation (GISD)")
    bar = figure.data[0]
    assert list(bar.x) == sorted(bar.x) and bar.customdata[-1] == "05513000"
    assert figure.layout.shapes[0].x0 == pytest.approx(0.5814675604769086)


def test_the_profile_follows_the_selected_place_only(atlas):
    panel, key, _ = profile.profile_children(as_dict(ViewState(selected="05513000")), [None, "de"], atlas)
    assert key[:2] == ["05513000", "de"]
    assert "Gelsenkirchen" in text_of(panel)
    with pytest.raises(PreventUpdate):
        profile.profile_children(as_dict(ViewState(selected="05513000", k=3)), key, atlas)


def test_beside_the_map_its_summary_follows_the_view_with_the_alt_text(atlas):
    rows = query.map_view(atlas, DEFAULT).rows.dropna(subset=["value"]).sort_values("value")
    alt, _, summary = export.describe(as_dict(DEFAULT), "map", atlas)
    assert summary == alt
    assert f"Höchster Wert: {rows.iloc[-1]['name']}" in summary and f"niedrigster: {rows.iloc[0]['name']}" in summary
    other = ViewState(indicator="arbeitslose_je_100_ew_15_64", year=2010)
    alt, _, summary = export.describe(as_dict(other), "ranking", atlas)  # another map, and the ranking's alt text
    assert "Arbeitslose" in summary and "2010" in summary and summary.startswith("Karte") and alt != summary


def test_a_rank_over_few_places_says_how_many_had_a_value(atlas):
    panel, *_ = profile.profile_children(as_dict(ViewState(selected="05513", level="kreis")), None, atlas)
    text = text_of(panel)
    assert "Rang 3 von 3 Kreisen mit Wert" in text  # purchasing power: 3 of the 15 Kreise have a value
    assert "Rang 3 von 15" in text and "/15" not in text  # over every Kreis, as before
    few = ViewState(indicator="verfuegbares_einkommen_eur_je_ew", year=2019)
    hideout = map_view.map_props(atlas, few)[(ids.MAP_GEOJSON, "hideout")]
    assert hideout["text"]["rank"] == "Rang {value} von 18 Gemeinden mit Wert (1 = höchster Wert)"
    assert map_view.map_props(atlas, DEFAULT)[(ids.MAP_GEOJSON, "hideout")]["text"]["rank"] == "Rang {value} von 53 (1 = höchster Wert)"
    chart, *_ = ranking.ranking_outputs(as_dict(few), atlas)
    assert "18 von 53 Gemeinden mit Wert" in go.Figure(chart).layout.title.text


def test_english_texts(atlas):
    page, _, _ = url_state.render_page("?lang=en&sel=05562014", None, atlas)
    assert by_id(page, ids.LANGUAGE_LINK).children == "Deutsch"
    assert "District: Kreis Recklinghausen" in text_of(page)


def test_an_embed_wraps_the_page_to_show_one_panel(atlas):
    page, state, _ = url_state.render_page("?ind=arbeitslosenquote_pct&lvl=kreis&embed=1&panel=ranking", None, atlas)
    assert len(page) == 1 and page[0].className == "embedded embed-ranking"
    link = find(page[0], lambda c: getattr(c, "className", None) == "embed-link")[0]
    assert link.children.href == "?ind=arbeitslosenquote_pct&lvl=kreis"


def test_a_screen_reader_hears_what_the_map_shows_after_a_control_changed(atlas):
    out = url_state.apply_controls(ids.INDICATOR, "arbeitslose_je_100_ew_15_64", as_dict(DEFAULT), atlas)
    assert out[(ids.MAP_ANNOUNCE, "children")] == f"Die Karte zeigt jetzt: {out[(ids.MAP_TITLE, 'children')]}"
    assert "Arbeitslose" in out[(ids.MAP_ANNOUNCE, "children")]
    english = url_state.apply_controls(ids.YEAR, 2015, as_dict(ViewState(lang="en")), atlas)
    assert english[(ids.MAP_ANNOUNCE, "children")].startswith("The map now shows: ") and "2015" in english[(ids.MAP_ANNOUNCE, "children")]


def test_the_change_box_turns_map_legend_and_url_to_the_change_and_the_years_keep_their_order(atlas):
    start = ViewState(indicator="arbeitslose_je_100_ew_15_64")
    out = url_state.apply_controls(ids.CHANGE_ON, ["change"], as_dict(start), atlas)
    state = from_dict(out[STATE])
    assert state.change == (2001, 2021) and out[(ids.URL, "search")] == "?ind=arbeitslose_je_100_ew_15_64&change=2001-2021"
    assert out[(ids.CHANGE_YEARS, "hidden")] is False
    first_years = controls.change_controls(atlas, state)[ids.CHANGE_FROM, "options"]
    assert [o["value"] for o in first_years if o["disabled"]] == [2021]  # no first year at or after the last
    assert "keine Veränderung" in text_of(out[(ids.MAP_LEGEND, "children")])
    assert out[(ids.MAP_TITLE, "children")].startswith("Arbeitslose je 100 Einwohner im erwerbsfähigen Alter: Veränderung 2001–2021")
    hideout = out[(ids.MAP_GEOJSON, "hideout")]
    assert hideout["colours"] == ["#0571b0", "#92c5de", "#f7f7f7", "#f4a582", "#ca0020"]  # RdBu, blue = fewer unemployed
    later = url_state.apply_controls(ids.CHANGE_FROM, 2011, out[STATE], atlas)
    assert from_dict(later[STATE]).change == (2011, 2021)
    with pytest.raises(PreventUpdate):  # a first year after the last is not a change
        url_state.apply_controls(ids.CHANGE_TO, 2005, later[STATE], atlas)
    off = url_state.apply_controls(ids.CHANGE_ON, [], later[STATE], atlas)
    assert from_dict(off[STATE]).change is None and off[(ids.URL, "search")] == "?ind=arbeitslose_je_100_ew_15_64"


def test_the_callbacks_of_a_switch_compute_its_map_view_once(atlas, monkeypatch):
    fresh = dataclasses.replace(atlas)  # an atlas that has answered nothing yet
    computed = []
    original = query._map_view
    monkeypatch.setattr(query, "_map_view", lambda *arguments: computed.append(arguments[1].indicator) or original(*arguments))
    out = url_state.apply_controls(ids.INDICATOR, "arbeitslose_je_100_ew_15_64", url_state.stored(DEFAULT), fresh)
    switched = out[STATE]
    ranking.ranking_outputs(switched, fresh)
    comparison.comparison_outputs(switched, fresh)
    export.describe(switched, "map", fresh)
    assert computed.count("arbeitslose_je_100_ew_15_64") == 1
    other = url_state.apply_controls(ids.CLASSIFICATION, "equal_interval", url_state.stored(from_dict(switched)), fresh)
    ranking.ranking_outputs(other[STATE], fresh)
    assert computed.count("arbeitslose_je_100_ew_15_64") == 2  # other classes: another view
