"""Bring-your-own data: an uploaded CSV is read and handed back to the browser; the server keeps nothing.

* :func:`receive` — the file's bytes arrive in the callback request, are read by
  :mod:`geo.upload` and go back as plain values to a ``dcc.Store`` in the tab's
  session storage. Nothing is written to disk, and :mod:`serving.http` never
  stores these answers, so no other visitor can meet them.
* :func:`draw` — the user layer over the choropleth: the same cached boundaries,
  coloured from the values the browser sends along.

A file with any problem is refused with its problems listed by line and column;
the layer shown before stays.
"""

from __future__ import annotations

import base64
import binascii

import pandas as pd
from dash import ClientsideFunction, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate

from geo import query, upload
from geo.upload import Problem, UploadRejected
from geo.view_state import from_browser
from layouts import ids, map_panel, upload_panel


def units(atlas) -> dict[str, set[str]]:
    return {level: set(query.units(atlas, level)) for level in ("gemeinde", "kreis")}


def receive(trigger, contents, removals, filename, state_data, atlas) -> tuple:
    """``(user data, status, upload contents)`` after a file was dropped or the remove button pressed.

    The upload box is emptied after every file, so the same file chosen again (after
    Remove, or after fixing it) is read again: the browser ignores a value it already has.
    """
    lang = from_browser(state_data, atlas).lang
    if trigger == ids.UPLOAD_REMOVE and removals:
        return None, upload_panel.removed(lang), no_update
    if trigger != ids.UPLOAD or contents is None:
        raise PreventUpdate  # the panel was just built (Dash calls this when a page is inserted), or the box was emptied
    name = filename if isinstance(filename, str) else ""
    try:
        layer = upload.read(decoded(contents), name, units(atlas))
    except UploadRejected as rejection:
        return no_update, upload_panel.refused(rejection, name, lang), None
    return layer.as_dict(), upload_panel.taken(layer, lang), None


def decoded(contents) -> bytes:
    """The bytes of a ``data:<type>;base64,<data>`` URL as ``dcc.Upload`` sends it."""
    if not isinstance(contents, str) or ";base64," not in contents[:200]:
        raise UploadRejected([Problem("not_text")])
    encoded = contents.split(";base64,", 1)[1]
    if len(encoded) > upload.MAX_BYTES * 4 // 3 + 4:
        raise UploadRejected([Problem("too_large", values={"limit": upload.MAX_BYTES // 1000})])
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise UploadRejected([Problem("not_text")]) from None


def draw(user_data, show, method, state_data, atlas) -> tuple:
    """``(layer url, layer hideout, legend, legend hidden, user controls hidden)`` for the session's own data."""
    state = from_browser(state_data, atlas)
    layer = upload.from_browser(user_data, units(atlas))
    if layer is None:
        return "", {}, [], True, True
    names = query.unit_names(atlas, layer.level)
    values = pd.Series(layer.values, dtype=float).reindex(sorted(names))
    view = query.plain_view(
        values,
        names,
        method=method if method in upload_panel.METHODS else upload_panel.METHODS[0],
        k=state.k,
        polarity="neutral",
        level=layer.level,
    )
    visible = isinstance(show, list) and "show" in show
    url = map_panel.geometry_url(atlas, map_panel.LAYER_FILES[layer.level]) if visible else ""
    return url, upload_panel.hideout(view, layer, state.lang), upload_panel.user_legend(view, layer, state.lang), not visible, False


def register(app, atlas) -> None:
    app.callback(
        Output(ids.USER_DATA, "data"),
        Output(ids.UPLOAD_STATUS, "children"),
        Output(ids.UPLOAD, "contents"),
        Input(ids.UPLOAD, "contents"),
        Input(ids.UPLOAD_REMOVE, "n_clicks"),
        State(ids.UPLOAD, "filename"),
        State(ids.STATE, "data"),
        prevent_initial_call=True,
    )(lambda contents, removals, filename, state_data: receive(ctx.triggered_id, contents, removals, filename, state_data, atlas))
    # a page built anew (language, back/forward) draws the session's layer again; without one, no request is made
    app.clientside_callback(
        ClientsideFunction("ruhrAtlas", "userRedraw"),
        Output(ids.USER_REDRAW, "data"),
        Input(ids.USER_MOUNTED, "data"),
        State(ids.USER_DATA, "data"),
    )
    app.callback(
        Output(ids.MAP_USER, "url"),
        Output(ids.MAP_USER, "hideout"),
        Output(ids.MAP_USER_LEGEND, "children"),
        Output(ids.MAP_USER_LEGEND, "hidden"),
        Output(ids.USER_CONTROLS, "hidden"),
        Input(ids.USER_DATA, "data"),
        Input(ids.USER_REDRAW, "data"),
        Input(ids.USER_SHOW, "value"),
        Input(ids.USER_METHOD, "value"),
        State(ids.STATE, "data"),
        prevent_initial_call=True,
    )(lambda user_data, _redraw, show, method, state_data: draw(user_data, show, method, state_data, atlas))
