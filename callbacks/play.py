"""Playing the years: a view's frames are fetched once; every frame after that is drawn in the browser.

Play/pause, step and the stop are clientside callbacks (``assets/play.js``); the only
request is :func:`frames_for`, when play is pressed for a view whose frames the browser
lacks. Stopping sets the year control, so the server renders that year once, as after
any other choice of year.
"""

from __future__ import annotations

from dash import ClientsideFunction, Input, Output, State
from dash.exceptions import PreventUpdate

from geo import own_index
from geo.view_state import from_browser
from layouts import ids, play


def frames_for(request, state_data, atlas) -> dict:
    """Every frame of the view on screen (see :func:`layouts.play.frames`); a request the page did not make is ignored."""
    if not isinstance(request, dict):
        raise PreventUpdate
    state = from_browser(state_data, atlas)
    return play.frames(own_index.atlas_for(atlas, state), state)


def register(app, atlas) -> None:
    app.clientside_callback(
        ClientsideFunction("ruhrAtlas", "playToggle"),
        Output(ids.PLAY_REQUEST, "data"),
        Input(ids.PLAY_TOGGLE, "n_clicks"),
        State(ids.STATE, "data"),
        State(ids.PLAY_DATA, "data"),
        State(ids.YEAR, "value"),
        prevent_initial_call=True,
    )
    app.callback(Output(ids.PLAY_DATA, "data"), Input(ids.PLAY_REQUEST, "data"), State(ids.STATE, "data"), prevent_initial_call=True)(
        lambda request, state_data: frames_for(request, state_data, atlas)
    )
    app.clientside_callback(
        ClientsideFunction("ruhrAtlas", "playLoaded"), Input(ids.PLAY_DATA, "data"), State(ids.YEAR, "value"), prevent_initial_call=True
    )
    # a step while paused is a choice of year like any other: the controls callback renders it
    app.clientside_callback(
        ClientsideFunction("ruhrAtlas", "playStep"),
        Output(ids.YEAR, "value", allow_duplicate=True),
        Input(ids.PLAY_BACK, "n_clicks"),
        Input(ids.PLAY_FORWARD, "n_clicks"),
        State(ids.YEAR, "options"),
        State(ids.YEAR, "value"),
        prevent_initial_call=True,
    )
    # the server drew the map: the year play stopped at, or another control changed while playing
    app.clientside_callback(ClientsideFunction("ruhrAtlas", "playRedrawn"), Input(ids.MAP_GEOJSON, "hideout"), prevent_initial_call=True)
