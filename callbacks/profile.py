"""The profile panel follows the selected place (and the language), not every change of the map."""

from __future__ import annotations

from dash import Input, Output, State
from dash.exceptions import PreventUpdate

from callbacks.url_state import gate
from geo import own_index
from geo.view_state import from_browser
from layouts import ids, profile_panel, similar_panel


def profile_children(state_data: dict, shown: list | None, atlas):
    """``(panel, key, outline)``, or no update while the place, language and similar-places set are the ones shown.

    ``outline``: the similar places the main map outlines (:func:`layouts.similar_panel.outlined`)."""
    state = from_browser(state_data, atlas)
    atlas = own_index.atlas_for(atlas, state)
    key = profile_panel.key(state)
    if key == shown:
        raise PreventUpdate
    return profile_panel.build(atlas, state), key, {"ags": similar_panel.outlined(atlas, state)}


def register(app, atlas) -> None:
    app.callback(
        Output(ids.PROFILE, "children"),
        Output(ids.PROFILE_KEY, "data"),
        Output(ids.MAP_SIMILAR, "hideout"),
        Input(ids.PROFILE_REQUEST, "data"),  # only when the place, language or similar-places set changed
        State(ids.STATE, "data"),
        State(ids.PROFILE_KEY, "data"),
        prevent_initial_call=True,
    )(lambda _request, state_data, shown: profile_children(state_data, shown, atlas))
    gate(app, ids.PROFILE_REQUEST)
