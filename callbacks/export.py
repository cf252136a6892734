"""Downloads, alt text, permalink and embed code for the view on screen."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime

from dash import ClientsideFunction, Input, Output, State, ctx, dcc, no_update
from dash.exceptions import PreventUpdate

from geo import own_index, query
from geo.view_state import from_browser, to_query
from layouts import citation, export_data, export_figures, export_menu, export_series, ids, map_content
from layouts.text import t
from serving import animation, images

log = logging.getLogger(__name__)
MEDIA = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "csv": "text/csv",
    "csv-de": "text/csv",
    "geojson": "application/geo+json",
    "gif": "image/gif",
    "mp4": "video/mp4",
}
#: Every chart the export menu offers, by its value there.
FIGURES = {**export_figures.FIGURES, "multiples": export_series.multiples_figure}


def chosen_chart(what) -> str:
    """The chart chosen in the export menu; any other value is not one the page sends."""
    if not isinstance(what, str) or what not in FIGURES:
        raise PreventUpdate
    return what


def export_file(fmt: str, state_data: dict, what: str, atlas, locator=(export_menu.LOCATOR,)) -> tuple[dict | None, str]:
    """``(dcc.Download data, status text)`` for one format of the chosen chart; ``locator`` is the value of the
    export menu's checklist (the locator inset is drawn into a map when it holds :data:`export_menu.LOCATOR`).
    Raises :class:`images.ExportBusy` when every renderer stayed busy (see :func:`busy_answer`).
    """
    what = chosen_chart(what)
    state = from_browser(state_data, atlas)
    atlas = own_index.atlas_for(atlas, state)
    lang = state.lang
    view = query.map_view(atlas, state)
    reason = geojson_unavailable(what, state) if fmt == "geojson" else None
    if reason:
        return None, reason
    name = export_data.filename(state, view, what, fmt)
    if fmt == "mp4" and not animation.FFMPEG:
        return None, t("export_no_video", lang)
    if fmt in ("png", "svg", "gif", "mp4"):
        inset = export_menu.LOCATOR in (locator or ())
        try:
            if fmt in animation.ENCODERS:
                content = animated(atlas, state, fmt)
            else:
                content = images.kept_image(f"{what}:{fmt}:{inset}:{to_query(state)}", lambda: figure(what, atlas, state, inset), fmt)
        except images.ExportBusy:
            raise
        except images.ImageExportUnavailable:
            log.exception("image export failed")
            return None, t("export_failed", lang)
    elif fmt == "geojson":
        content = export_data.geojson_bytes(atlas, state)
    else:
        content = export_data.csv_bytes(atlas, state, what, fmt)
    return dcc.send_bytes(content, name, type=MEDIA[fmt]), t("export_done", lang, name=name)


def figure(what: str, atlas, state, locator: bool):
    """The export figure of the chosen chart: the small multiples, or one of :mod:`layouts.export_figures`."""
    return (
        export_series.multiples_figure(atlas, state) if what == "multiples" else export_figures.figure(what, atlas, state, locator=locator)
    )


def animated(atlas, state, fmt: str) -> bytes:
    """The map's animation through all years of the indicator as GIF or MP4, made once per view (``serving/animation.py``)."""
    years = atlas.catalog[state.indicator]["years"][state.level]
    key = "|".join(
        [atlas.manifest["outputs"]["indicators.parquet"], state.indicator, state.level, state.classification, str(state.k), state.lang]
    )
    return animation.animated(key, lambda: export_series.frames_figure(atlas, state)[0], len(years), fmt)


def busy_answer(busy: images.ExportBusy, state_data: dict, atlas, response) -> tuple[None, str]:
    """No file, and a status asking to try again in ``busy.retry_after`` seconds; ``response`` (Flask's, of the
    callback) gets ``Retry-After``. The page's callback machinery drops any answer but 200 and 204, so the
    words travel with a 200; the header tells a client (and the load test) that nothing was exported.
    """
    log.warning("image export refused: %s", busy)
    response.headers["Retry-After"] = str(busy.retry_after)
    return None, t("export_busy", from_browser(state_data, atlas).lang, seconds=busy.retry_after)


def geojson_unavailable(what: str, state) -> str | None:
    """Why the chosen chart has no GeoJSON (only the map of one year has shapes with values), or ``None`` when it has one."""
    if what != "map":
        return t("export_geojson_map_only", state.lang)
    return t("export_geojson_one_year", state.lang) if state.change else None


def geojson_button(what, state_data: dict, atlas) -> tuple[bool, str | None]:
    """``(disabled, title)`` of the GeoJSON button: off, with the reason as its title, where it cannot work."""
    reason = geojson_unavailable(chosen_chart(what), from_browser(state_data, atlas))
    return reason is not None, reason


def describe(state_data: dict, what, atlas) -> tuple[str, list[dict], str]:
    """The alt text of the chosen chart, the export menu's choices for the view, and the map's summary
    shown beside it until a place is chosen (the same text when the map is the chosen chart)."""
    state = from_browser(state_data, atlas)
    atlas = own_index.atlas_for(atlas, state)
    chart = chosen_chart(what)
    text = map_content.describe(atlas, state, chart)
    return text, export_menu.what_options(state), text if chart == "map" else map_content.describe(atlas, state, "map")


def cite(trigger, url, hidden, state_data: dict, atlas, today: date) -> list:
    """``[box hidden, aria-expanded, *citations]``: the button shows or hides the citations; while they are shown
    they follow the permalink (a new view); while hidden nothing is computed."""
    opening = trigger == ids.CITE_BUTTON and hidden is not False
    if not opening and (trigger == ids.CITE_BUTTON or hidden is not False):
        if trigger == ids.CITE_BUTTON:  # closing
            return [True, "false", *[no_update] * len(citation.FORMATS)]
        raise PreventUpdate
    if not isinstance(url, str) or not url:
        raise PreventUpdate
    state = from_browser(state_data, atlas)
    atlas = own_index.atlas_for(atlas, state)
    texts = citation.all_formats(citation.of_view(atlas, state, url), today, state.lang)
    return [False, "true", *[texts[fmt] for fmt in citation.FORMATS]]


def register(app, atlas) -> None:
    @app.callback(
        Output(ids.EXPORT_DOWNLOAD, "data"),
        Output(ids.EXPORT_STATUS, "children"),
        *[Input(ids.EXPORT_BUTTONS[fmt], "n_clicks") for fmt in export_menu.FORMATS],
        State(ids.STATE, "data"),
        State(ids.EXPORT_WHAT, "value"),
        State(ids.EXPORT_LOCATOR, "value"),
        prevent_initial_call=True,
    )
    def download(*args):
        fmt = next((f for f, i in ids.EXPORT_BUTTONS.items() if i == ctx.triggered_id), None)
        if fmt is None or not ctx.triggered[0]["value"]:
            raise PreventUpdate
        try:
            return export_file(fmt, args[-3], args[-2], atlas, args[-1])
        except images.ExportBusy as busy:
            return busy_answer(busy, args[-3], atlas, ctx.response)

    app.callback(
        Output(ids.ALT_TEXT, "value"),
        Output(ids.EXPORT_WHAT, "options"),
        Output(ids.MAP_SUMMARY, "children"),
        Input(ids.STATE, "data"),
        Input(ids.EXPORT_WHAT, "value"),
    )(lambda state_data, what: describe(state_data, what, atlas))

    app.callback(
        Output(ids.EXPORT_BUTTONS["geojson"], "disabled"),
        Output(ids.EXPORT_BUTTONS["geojson"], "title"),
        Input(ids.EXPORT_WHAT, "value"),
        Input(ids.STATE, "data"),  # the change view has no GeoJSON either
        prevent_initial_call=True,
    )(lambda what, state_data: geojson_button(what, state_data, atlas))

    app.clientside_callback(
        ClientsideFunction("ruhrAtlas", "shareLinks"),
        Output(ids.PERMALINK, "value"),
        Output(ids.EMBED_CODE, "value"),
        Input(ids.STATE, "data"),
        Input(ids.EMBED_PANEL, "value"),
        Input(ids.MAP_TITLE, "children"),
        State(ids.EMBED_PANEL, "options"),
        State(ids.PACK_VERSION, "data"),
    )

    app.callback(
        Output(ids.CITE_BOX, "hidden"),
        Output(ids.CITE_BUTTON, "aria-expanded"),
        *[Output(ids.CITE_TEXTS[fmt], "value") for fmt in citation.FORMATS],
        Input(ids.CITE_BUTTON, "n_clicks"),
        Input(ids.CITE_REQUEST, "data"),  # the permalink, passed on only while the citations are shown
        State(ids.PERMALINK, "value"),
        State(ids.CITE_BOX, "hidden"),
        State(ids.STATE, "data"),
        prevent_initial_call=True,
    )(lambda clicks, _request, url, hidden, state_data: cite(ctx.triggered_id, url, hidden, state_data, atlas, datetime.now(UTC).date()))
    app.clientside_callback(
        ClientsideFunction("ruhrAtlas", "whileShown"),
        Output(ids.CITE_REQUEST, "data"),
        Input(ids.PERMALINK, "value"),
        State(ids.CITE_BOX, "hidden"),
        prevent_initial_call=True,
    )
