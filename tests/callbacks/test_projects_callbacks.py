"""The project layer and its controls, as plain function calls."""

import pytest
from dash.exceptions import PreventUpdate

from callbacks import projects, url_state
from geo.view_state import DEFAULT, ViewState, as_dict, parse_query
from layouts import ids, map_panel

STATE = (ids.STATE, "data")


def test_switching_the_layer_on_sends_the_located_projects(atlas):
    out = url_state.apply_controls(ids.PROJECT_OPTIONS, ["projects"], as_dict(DEFAULT), atlas)
    assert out[(ids.URL, "search")] == "?pr=1" and out[(ids.PROJECT_FILTERS, "hidden")] is False
    points, lines, legend, key = projects.project_outputs(out[STATE], map_panel.projects_key(DEFAULT), atlas)
    assert len(points["features"]) == 18 and lines["features"] == []
    assert key == [True, False, None, None, "de"]
    with pytest.raises(PreventUpdate):  # an indicator switch leaves the layer alone
        projects.project_outputs(as_dict(ViewState(projects=True, indicator="arbeitslosenquote_pct")), key, atlas)


def test_filtering_by_field_and_status(atlas):
    state = as_dict(ViewState(projects=True))
    state = url_state.apply_controls(ids.PROJECT_FIELDS, ["4"], state, atlas)[STATE]
    assert state["fields"] == ("4",)
    points = projects.project_outputs(state, None, atlas)[0]
    keys = {f["properties"]["project_key"] for f in points["features"]}
    assert keys == {"04-08-spin", "14-01-offensive-gruene-infrastruktur", "14-02-kris", "11-05-prima-klima-ruhrmetropole"}
    out = url_state.apply_controls(ids.PROJECT_STATUSES, ["completed"], state, atlas)
    assert out[(ids.URL, "search")] == "?pr=1&hf=4&pst=completed"
    assert projects.project_outputs(out[STATE], None, atlas)[0]["features"] == []
    every_field = ["1", "2", "3", "4", "5", "none"]
    assert url_state.apply_controls(ids.PROJECT_FIELDS, every_field, state, atlas)[STATE]["fields"] is None


def test_popups_escape_text_and_link_only_web_addresses(atlas):
    points = projects.project_outputs(as_dict(ViewState(projects=True)), None, atlas)[0]
    siko = next(f for f in points["features"] if f["properties"]["project_key"] == "03-01-siko-ruhr")["properties"]["popup"]
    assert siko.startswith("<strong>Zentrale Sicherheitskooperation")
    assert (
        '<a href="https://www.ruhr-konferenz.nrw/umsetzen/handlungsfelder/projekt-03-01_IM" target="_blank" rel="noopener noreferrer">'
        in siko
    )
    assert "Lage ungefähr: Mittelpunkt von Essen" in siko
    innamoruhr = next(f for f in points["features"] if f["properties"]["project_key"] == "13-02-innamoruhr")["properties"]["popup"]
    assert "Zwischenevaluation der Ruhr-Konferenz, Tabelle 1" in innamoruhr and '<a href="Zwischenevaluation' not in innamoruhr


def test_partner_lines_follow_the_filters(atlas):
    lines = projects.project_outputs(as_dict(ViewState(projects=True, network=True, fields=("4",))), None, atlas)[1]
    assert lines["features"] and {f["properties"]["handlungsfeld"] for f in lines["features"]} == {"4"}


def test_project_permalinks(atlas):
    state, notices = parse_query("?pr=1&hf=1,5&pst=&net=1", atlas)
    assert (state.projects, state.fields, state.statuses, state.network) == (True, ("1", "5"), (), True)
    assert notices == []
    assert parse_query("?hf=9", atlas)[1][0].values["parameter"] == "hf"
