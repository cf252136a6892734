"""The ranking chart under the map follows the view state; hovering links it with the map (in the browser)."""

from __future__ import annotations

from dash import ClientsideFunction, Input, Output, State

from callbacks import map_view
from callbacks.url_state import page_state
from geo import own_index
from layouts import ids, map_content


def ranking_outputs(state_data: dict, atlas):
    """The chart, its source line, and whether the own index's robustness section under them stays hidden."""
    state = page_state(state_data, atlas)
    return *map_content.ranking(own_index.atlas_for(atlas, state), state), state.indicator != own_index.INDEX_ID


def register(app, atlas) -> None:
    app.callback(
        Output(ids.RANKING, "figure"),
        Output(ids.RANKING_SOURCE, "children"),
        Output(ids.ROBUST_SECTION, "hidden"),
        *map_view.AFTER_MAP,
        prevent_initial_call=True,
    )(lambda _colours, state_data: ranking_outputs(state_data, atlas))
    # hover a bar → outline the place on the map; hover a place → show its bar's label (assets/linking.js)
    app.clientside_callback(
        ClientsideFunction("ruhrAtlas", "highlightFromRanking"),
        Output(ids.MAP_HIGHLIGHT, "hideout"),
        Input(ids.RANKING, "hoverData"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("ruhrAtlas", "hoverRankingFromMap"),
        Output(ids.RANKING, "className"),
        Input(ids.MAP_GEOJSON, "hoverData"),
        State(ids.RANKING, "id"),  # the chart's id from layouts/ids.py, not a copy in the script
        prevent_initial_call=True,
    )
