"""The URL and the controls, kept in step with one view state.

* :func:`render_page` — on page load (and on back/forward or the language link) the
  query is parsed and the whole page is built for that state.
* :func:`apply_controls` — a control, a click on the map or the ranking changes the
  state; the state is fitted to the data, written to the URL and to every control
  that depends on it (years of the new indicator, levels it has, ...).

The state lives in the browser (``dcc.Store`` and the URL), never on the server.
"""
from __future__ import annotations

import logging
from dataclasses import replace

from dash import Input, Output, State, ctx
from dash.exceptions import PreventUpdate

from geo.view_state import DEFAULT, Notice, ViewState, as_dict, counterpart, from_dict, parse_query, resolve, to_query
from layouts import controls, ids, notices, shell

log = logging.getLogger(__name__)
RENDERED = "_rendered"  # marks a state written together with freshly built content


def render_page(search: str | None, displayed: dict | None, atlas):
    """``(page, state, notices)`` for the query, or PreventUpdate if the page already shows it."""
    requested, problems = parse_query(search or "", atlas)
    state, adjustments = resolve(requested, atlas)
    if displayed and from_dict(displayed) == state:
        raise PreventUpdate  # the URL changed because a control changed: the page is current
    try:
        page = shell.build(atlas, state)
    except Exception:  # a state the data cannot draw must not leave a blank page
        log.exception("building the page for %r failed", search)
        state, problems, adjustments = DEFAULT, [Notice("error_body", {})], []
        page = shell.build(atlas, state)
    return page, {**as_dict(state), RENDERED: True}, notices.build([n.as_dict() for n in problems + adjustments], atlas, state.lang)


def next_state(current: ViewState, trigger: str | None, value, atlas) -> ViewState:
    """The state after one control changed to ``value``."""
    if trigger == ids.INDICATOR:
        years = atlas.catalog[value]["years"]
        keep_year = current.year is not None and current.year in years.get(current.level, [])
        return replace(current, indicator=value, year=current.year if keep_year else None)
    if trigger == ids.YEAR:
        return replace(current, year=int(value))
    if trigger == ids.LEVEL:
        return replace(current, level=value, selected=counterpart(current.selected, value, atlas))
    if trigger == ids.CLASSIFICATION:
        return replace(current, classification=value)
    if trigger == ids.CLASSES:
        return replace(current, k=int(value))
    if trigger == ids.FIXED_BREAKS:
        return replace(current, fixed_breaks="fixed" in (value or []))
    if trigger == ids.OPTIONS:
        return replace(current, labels="labels" in (value or []), basemap="basemap" in (value or []))
    if trigger == ids.PLACE_SEARCH:
        return replace(current, selected=value or None)
    if trigger == ids.MAP_GEOJSON:
        return replace(current, selected=(value or {}).get("properties", {}).get("ags", current.selected))
    if trigger == ids.RANKING:
        points = (value or {}).get("points") or [{}]
        return replace(current, selected=points[0].get("customdata", current.selected))
    if trigger == ids.PROFILE_CLOSE:
        return replace(current, selected=None)
    return current


CONTROLS = [
    (ids.INDICATOR, "value"),
    (ids.YEAR, "value"),
    (ids.LEVEL, "value"),
    (ids.CLASSIFICATION, "value"),
    (ids.CLASSES, "value"),
    (ids.FIXED_BREAKS, "value"),
    (ids.OPTIONS, "value"),
    (ids.PLACE_SEARCH, "value"),
    (ids.MAP_GEOJSON, "clickData"),
    (ids.RANKING, "clickData"),
    (ids.PROFILE_CLOSE, "n_clicks"),
]


def apply_controls(trigger: str | None, value, state_data: dict, atlas) -> tuple:
    """Outputs of the controls callback (see ``register``) after ``trigger`` changed to ``value``."""
    current = from_dict(state_data)
    state, adjustments = resolve(next_state(current, trigger, value, atlas), atlas)
    if state == current:
        raise PreventUpdate
    year = controls.year_control(atlas, state)
    other = replace(state, lang="en" if state.lang == "de" else "de")
    return (
        as_dict(state),
        to_query(state),
        notices.build([n.as_dict() for n in adjustments], atlas, state.lang),
        year["min"], year["max"], year["marks"], year["value"], year["disabled"],
        controls.level_options(atlas, state), state.level,
        state.k,
        controls.fixed_options(state),
        state.selected,
        controls.definition(atlas, state),
        to_query(other) or "?",
    )


def register(app, atlas) -> None:
    app.callback(
        Output(ids.PAGE, "children"),
        Output(ids.STATE, "data"),
        Output(ids.NOTICES, "children"),
        Input(ids.URL, "search"),
        State(ids.STATE, "data"),
    )(lambda search, displayed: render_page(search, displayed, atlas))

    @app.callback(
        Output(ids.STATE, "data", allow_duplicate=True),
        Output(ids.URL, "search"),
        Output(ids.NOTICES, "children", allow_duplicate=True),
        Output(ids.YEAR, "min"),
        Output(ids.YEAR, "max"),
        Output(ids.YEAR, "marks"),
        Output(ids.YEAR, "value"),
        Output(ids.YEAR, "disabled"),
        Output(ids.LEVEL, "options"),
        Output(ids.LEVEL, "value"),
        Output(ids.CLASSES, "value"),
        Output(ids.FIXED_BREAKS, "options"),
        Output(ids.PLACE_SEARCH, "value"),
        Output(ids.INDICATOR_INFO, "children"),
        Output(ids.LANGUAGE_LINK, "href"),
        *[Input(component, prop) for component, prop in CONTROLS],
        State(ids.STATE, "data"),
        prevent_initial_call=True,
    )
    def controls_changed(*args):
        trigger = ctx.triggered_id
        values = dict(zip([c for c, _ in CONTROLS], args[:-1]))
        return apply_controls(trigger, values.get(trigger), args[-1], atlas)

    app.callback(
        Output(ids.INDICATOR, "options"),
        Input(ids.THEME, "value"),
        State(ids.STATE, "data"),
        prevent_initial_call=True,
    )(lambda theme, state_data: indicator_choices(theme, state_data, atlas))


def indicator_choices(theme: str | None, state_data: dict, atlas) -> list[dict]:
    """Indicators of the chosen theme; the one on the map stays in the list so the dropdown never goes blank."""
    state = from_dict(state_data)
    options = controls.indicator_options(atlas, theme, state.lang)
    if state.indicator not in {o["value"] for o in options}:
        options = [o for o in controls.indicator_options(atlas, None, state.lang) if o["value"] == state.indicator] + options
    return options

