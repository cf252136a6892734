"""The comparison panels follow the view state; only the tab on screen is computed."""

from __future__ import annotations

from dash import ClientsideFunction, Input, Output, no_update

from callbacks import map_view
from callbacks.url_state import page_state
from geo import own_index
from geo.view_state import TABS
from layouts import comparison as panels
from layouts import ids
from layouts.comparison import projects, regions, spatial, zones
from layouts.map_panel import LAYER_FILES, geometry_url

OUTPUTS = [
    *[(ids.COMPARISON_PANES[tab], "hidden") for tab in TABS],
    *[(chart, "figure") for chart in panels.CHARTS.values()],
    *[(ids.COMPARISON_CONTENT[tab], "children") for tab in TABS],
    (ids.ZONE_MAP_GEOJSON, "hideout"),
    (ids.ZONE_MAP_GEOJSON, "url"),
    (ids.LISA_MAP_GEOJSON, "hideout"),
    (ids.LISA_MAP_GEOJSON, "url"),
    (ids.LISA_MAP_MARKS, "hideout"),
    (ids.LISA_MAP_MARKS, "url"),
    (ids.BIVARIATE_MAP_GEOJSON, "hideout"),
    (ids.BIVARIATE_MAP_GEOJSON, "url"),
    (ids.REGIONS_BOX, "hidden"),
    (ids.REGION_MAP_GEOJSON, "hideout"),
    (ids.REGIONS_CONTENT, "children"),
]


def comparison_outputs(state_data: dict, atlas) -> dict:
    """``{(component, prop): value}`` for :data:`OUTPUTS`; tabs not on screen keep their (hidden) content."""
    state = page_state(state_data, atlas)
    atlas = own_index.atlas_for(atlas, state)
    figure, texts = panels.shown(atlas, state, state.tab)
    url = geometry_url(atlas, LAYER_FILES[state.level])
    outputs = {(ids.COMPARISON_PANES[tab], "hidden"): tab != state.tab for tab in TABS}
    outputs.update({(chart, "figure"): figure if tab == state.tab else no_update for tab, chart in panels.CHARTS.items()})
    outputs.update({(ids.COMPARISON_CONTENT[tab], "children"): texts if tab == state.tab else no_update for tab in TABS})
    outputs[(ids.ZONE_MAP_GEOJSON, "hideout")] = zones.map_hideout(atlas, state)
    outputs[(ids.ZONE_MAP_GEOJSON, "url")] = url
    outputs[(ids.LISA_MAP_GEOJSON, "hideout")] = spatial.map_hideout(atlas, state) if state.tab == "spatial" else no_update
    outputs[(ids.LISA_MAP_GEOJSON, "url")] = url
    outputs[(ids.LISA_MAP_MARKS, "hideout")] = spatial.marks_hideout(atlas, state) if state.tab == "spatial" else no_update
    outputs[(ids.LISA_MAP_MARKS, "url")] = geometry_url(atlas, f"labels-{state.level}")
    outputs[(ids.BIVARIATE_MAP_GEOJSON, "hideout")] = projects.map_hideout(atlas, state) if state.tab == "projects" else no_update
    outputs[(ids.BIVARIATE_MAP_GEOJSON, "url")] = url
    regions_shown = state.regions and state.tab == "zones"  # the data-driven zones are computed only when on screen
    outputs[(ids.REGIONS_BOX, "hidden")] = not state.regions
    outputs[(ids.REGION_MAP_GEOJSON, "hideout")] = regions.map_hideout(atlas, state) if regions_shown else no_update
    outputs[(ids.REGIONS_CONTENT, "children")] = regions.content(atlas, state) if regions_shown else no_update
    return outputs


def register(app, atlas) -> None:
    @app.callback(*[Output(c, p) for c, p in OUTPUTS], *map_view.AFTER_MAP, prevent_initial_call=True)
    def update(_colours, state_data):
        outputs = comparison_outputs(state_data, atlas)
        return [outputs[key] for key in OUTPUTS]

    # hovering a place in the zone chart or the scatter outlines it on the map (assets/linking.js)
    app.clientside_callback(
        ClientsideFunction("ruhrAtlas", "highlightFromChart"),
        Output(ids.MAP_HIGHLIGHT, "hideout", allow_duplicate=True),
        Input(ids.ZONE_CHART, "hoverData"),
        Input(ids.SCATTER_CHART, "hoverData"),
        prevent_initial_call=True,
    )
