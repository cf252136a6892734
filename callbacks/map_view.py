"""The map follows the view state: new colours, legend, title and source — never new boundaries.

The controls callback (``callbacks/url_state.py``) writes these props in the same
answer as the new state, so a control change reaches the map in one round trip.
The charts beside the map follow the map (:data:`AFTER_MAP`).
"""

from __future__ import annotations

from dash import Input, State

from geo.view_state import ViewState
from layouts import ids, map_content, map_panel

#: The inputs of the charts beside the map. They follow the map's new colours rather than the state itself,
#: so their (slow) chart rendering in the browser starts after the map is restyled and never delays it.
AFTER_MAP = (Input(ids.MAP_GEOJSON, "hideout"), State(ids.STATE, "data"))

OUTPUTS = [
    (ids.MAP_GEOJSON, "hideout"),
    (ids.MAP_GEOJSON, "url"),
    (ids.MAP_HIGHLIGHT, "url"),
    (ids.MAP_LABELS, "url"),
    (ids.MAP_LABELS, "hideout"),
    (ids.MAP_BASEMAP, "url"),
    (ids.MAP_BASEMAP, "opacity"),
    (ids.MAP_LEGEND, "children"),
    (ids.MAP_TITLE, "children"),
    (ids.MAP_DATA_LINK, "href"),
    (ids.MAP_DATA_LINK, "title"),
    (ids.MAP_SOURCE, "children"),
    (ids.MAP_ANNOUNCE, "children"),
]


def map_props(atlas, state: ViewState) -> dict:
    """``{(component, prop): value}`` for :data:`OUTPUTS`; the GeoJSON ``url`` props only name cached files."""
    layer = map_panel.LAYER_FILES[state.level]
    return {
        **map_content.props(atlas, state),
        (ids.MAP_GEOJSON, "url"): map_panel.geometry_url(atlas, layer),
        (ids.MAP_HIGHLIGHT, "url"): map_panel.geometry_url(atlas, layer),
        (ids.MAP_LABELS, "url"): map_panel.geometry_url(atlas, f"labels-{state.level}"),
        (ids.MAP_LABELS, "hideout"): {"show": state.labels},
        (ids.MAP_BASEMAP, "url"): map_panel.OSM_TILES if state.basemap else "",
        (ids.MAP_BASEMAP, "opacity"): 1 if state.basemap else 0,
    }
