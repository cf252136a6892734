"""The map follows the view state: new colours, legend, title and source — never new boundaries."""
from __future__ import annotations

from dash import Input, Output
from dash.exceptions import PreventUpdate

from callbacks.url_state import RENDERED
from geo import query
from geo.view_state import from_dict
from layouts import ids, legend, map_panel


def map_outputs(state_data: dict, atlas) -> tuple:
    """Props for the map's layers and captions; the GeoJSON ``url`` props only name cached files."""
    if not state_data or state_data.get(RENDERED):
        raise PreventUpdate  # the page was just built for this state
    state = from_dict(state_data)
    view = query.map_view(atlas, state)
    layer = map_panel.LAYER_FILES[state.level]
    return (
        map_panel.hideout(atlas, state, view),
        map_panel.geometry_url(atlas, layer),
        map_panel.geometry_url(atlas, layer),
        map_panel.geometry_url(atlas, f"labels-{state.level}"),
        {"show": state.labels},
        map_panel.OSM_TILES if state.basemap else "",
        1 if state.basemap else 0,
        legend.build(atlas, view, state.lang),
        map_panel.title(atlas, state, view),
        map_panel.source(atlas, state, view),
    )


def register(app, atlas) -> None:
    app.callback(
        Output(ids.MAP_GEOJSON, "hideout"),
        Output(ids.MAP_GEOJSON, "url"),
        Output(ids.MAP_HIGHLIGHT, "url"),
        Output(ids.MAP_LABELS, "url"),
        Output(ids.MAP_LABELS, "hideout"),
        Output(ids.MAP_BASEMAP, "url"),
        Output(ids.MAP_BASEMAP, "opacity"),
        Output(ids.MAP_LEGEND, "children"),
        Output(ids.MAP_TITLE, "children"),
        Output(ids.MAP_SOURCE, "children"),
        Input(ids.STATE, "data"),
        prevent_initial_call=True,
    )(lambda state_data: map_outputs(state_data, atlas))
