"""The project layer follows its own part of the view state; an indicator switch does not resend it."""

from __future__ import annotations

from dash import Input, Output, State
from dash.exceptions import PreventUpdate

from callbacks.url_state import gate
from geo.view_state import from_browser
from layouts import ids, map_panel, projects_layer


def project_outputs(state_data: dict, shown: list | None, atlas) -> tuple:
    """``(points, partner lines, legend, key)``, or no update while the layer's settings are unchanged."""
    state = from_browser(state_data, atlas)
    key = map_panel.projects_key(state)
    if key == shown:
        raise PreventUpdate
    return map_panel.project_data(atlas, state), projects_layer.network(atlas, state), projects_layer.legend(atlas, state), key


def register(app, atlas) -> None:
    app.callback(
        Output(ids.MAP_PROJECTS, "data"),
        Output(ids.MAP_NETWORK, "data"),
        Output(ids.MAP_PROJECT_LEGEND, "children"),
        Output(ids.PROJECTS_KEY, "data"),
        Input(ids.PROJECTS_REQUEST, "data"),  # only when the layer's settings or the language changed
        State(ids.STATE, "data"),
        State(ids.PROJECTS_KEY, "data"),
        prevent_initial_call=True,
    )(lambda _request, state_data, shown: project_outputs(state_data, shown, atlas))
    gate(app, ids.PROJECTS_REQUEST)
