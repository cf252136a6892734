"""The table view follows the map while it is on screen, and sorts when a header button is pressed.

The table is built only when someone looks at it: a click on its tab, or a new map while it is shown
(``assets/layout.js`` asks, in the browser). A switch with the table hidden costs nothing.
"""

from __future__ import annotations

from dash import ALL, ClientsideFunction, Input, Output, State, ctx
from dash.exceptions import PreventUpdate

from geo import own_index
from geo.view_state import from_browser
from layouts import ids, map_content, table_view


def table_outputs(trigger, state_data: dict, sort, atlas) -> tuple:
    """``(table, sort)`` for the view state: in the current sort, or in the sort a header button (``trigger``) asks for."""
    sort = table_view.checked_sort(sort)
    if isinstance(trigger, dict):  # a header button
        try:
            sort = table_view.next_sort(sort, trigger.get("column"))
        except ValueError:
            raise PreventUpdate from None  # a column no button of this page sends
    state = from_browser(state_data, atlas)
    return map_content.table(own_index.atlas_for(atlas, state), state, sort), sort


def register(app, atlas) -> None:
    # the browser asks for the table when its tab is chosen, or when the map changed while the table is shown;
    # it asks with the view's query, so a request the server answered before is answered from its store
    app.clientside_callback(
        ClientsideFunction("ruhrAtlas", "tableRequest"),
        Output(ids.TABLE_REQUEST, "data"),
        Input(ids.MAP_GEOJSON, "hideout"),
        Input(ids.VIEW_TABS["table"], "n_clicks"),
        State(ids.TABLE_PANEL, "id"),
        State(ids.STATE, "data"),
        prevent_initial_call=True,
    )

    @app.callback(
        Output(ids.TABLE, "children"),
        Output(ids.TABLE_SORT, "data"),
        Input(ids.TABLE_REQUEST, "data"),
        Input({"type": ids.TABLE_SORT_BUTTON, "column": ALL}, "n_clicks"),
        State(ids.STATE, "data"),
        State(ids.TABLE_SORT, "data"),
        prevent_initial_call=True,
    )
    def update(_request, _clicks, state_data, sort):
        trigger = ctx.triggered_id
        if trigger is None or (isinstance(trigger, dict) and not ctx.triggered[0]["value"]):
            raise PreventUpdate  # a header button appeared with a new table, nobody pressed it
        return table_outputs(trigger, state_data, sort, atlas)
