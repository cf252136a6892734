"""The URL and the controls, kept in step with one view state.

* :func:`render_page` — on page load (and on back/forward or the language link) the
  query is parsed and the whole page is built for that state.
* :func:`apply_controls` — a control, a click on the map or the ranking changes the
  state; the state is fitted to the data, written to the URL and to every control
  that depends on it (years of the new indicator, levels it has, ...).

The state lives in the browser (``dcc.Store`` and the URL), never on the server.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace

from dash import ClientsideFunction, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate
from plotly.utils import PlotlyJSONEncoder

from callbacks import map_view
from geo import change, ingredients, own_index
from geo.catalog import theme_indicator
from geo.view_state import (
    CUSTOM_SCHEME,
    DEFAULT,
    PROJECT_FIELDS,
    PROJECT_STATUSES,
    Notice,
    ViewState,
    as_dict,
    checked,
    counterpart,
    from_browser,
    parse_query,
    resolve,
    second_indicator,
    to_query,
)
from layouts import controls, ids, notices, present, shell

log = logging.getLogger(__name__)
RENDERED = "_rendered"  # marks a state written together with freshly built content
QUERY = "_query"  # the URL query the state wrote (assets/url_state.js compares it with the URL)


def page_state(state_data, atlas) -> ViewState:
    """The view state for a panel's callback; nothing to do when the page was just built for it."""
    if not isinstance(state_data, dict) or state_data.get(RENDERED):
        raise PreventUpdate
    return from_browser(state_data, atlas)


def stored(state: ViewState, **marks) -> dict:
    """The state as the browser keeps it, with the query it writes to the URL."""
    return {**as_dict(state), QUERY: to_query(state), **marks}


def render_page(search: str | None, displayed: dict | None, atlas):
    """``(page, state, notices)`` for the query, or PreventUpdate if the page already shows it."""
    requested, problems = parse_query(search or "", atlas)
    state, adjustments = resolve(present.opened(atlas, requested), atlas)
    if displayed and from_browser(displayed, atlas) == state:
        raise PreventUpdate  # the URL changed because a control changed: the page is current
    try:
        page = shell.build(own_index.atlas_for(atlas, state), state)
    except Exception:  # a state the data cannot draw must not leave a blank page
        log.exception("building the page for %r failed", search)
        state, problems, adjustments = DEFAULT, [Notice("error_body", {})], []
        page = shell.build(atlas, state)
    return page, stored(state, **{RENDERED: True}), notices.build([n.as_dict() for n in problems + adjustments], atlas, state.lang)


def requested_search(request) -> str:
    """The query of a page request (``{"search": "?..."}`` from assets/url_state.js); anything else is ignored."""
    search = request.get("search") if isinstance(request, dict) else None
    if not isinstance(search, str):
        raise PreventUpdate
    return search


#: The comparison tab each tab button shows.
TAB_OF_BUTTON = {button: tab for tab, button in ids.COMPARISON_TABS.items()}


def next_state(current: ViewState, trigger: str | None, value, atlas) -> ViewState:
    """The state after one control changed to ``value``."""
    if trigger == ids.THEME:
        if value is None or atlas.catalog[current.indicator]["theme"] == value:
            return current  # all themes, or the theme of the indicator shown: the map stays
        return next_state(current, ids.INDICATOR, theme_indicator(atlas.catalog, value, current.level, current.lang), atlas)
    if trigger == ids.INDICATOR:
        years = atlas.catalog[value]["years"]
        keep_year = current.year is not None and current.year in years.get(current.level, [])
        return replace(current, indicator=value, year=current.year if keep_year else None)
    if trigger == ids.YEAR:
        return replace(current, year=int(value))
    if trigger == ids.CHANGE_ON:
        on = "change" in (value or [])
        return replace(current, change=change.default_span(atlas, current.indicator, current.level) if on else None)
    if trigger in (ids.CHANGE_FROM, ids.CHANGE_TO) and current.change:
        first, last = (int(value), current.change[1]) if trigger == ids.CHANGE_FROM else (current.change[0], int(value))
        return replace(current, change=(first, last)) if first < last else current
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
    if trigger in (ids.MAP_GEOJSON, ids.MAP_USER, ids.ZONE_MAP_GEOJSON):
        ags = (value or {}).get("properties", {}).get("ags")
        if ags is None:
            return current
        if trigger == ids.ZONE_MAP_GEOJSON and current.scheme == CUSTOM_SCHEME:
            return cycle_group(current, ags)
        return replace(current, selected=ags)
    if trigger in (ids.RANKING, ids.ZONE_CHART, ids.SCATTER_CHART):
        points = (value or {}).get("points") or [{}]
        return replace(current, selected=points[0].get("customdata", current.selected))
    if trigger == ids.INDEX_RECIPE:  # the own index's builder: show the index it made
        recipe = own_index.parse_recipe(value, atlas.catalog)
        return replace(
            current, recipe=own_index.format_recipe(recipe), indicator=own_index.INDEX_ID, level=recipe.level, year=None, change=None
        )
    if trigger == ids.PROFILE_CLOSE:
        return replace(current, selected=None)
    if trigger == ids.SCHEME:
        return replace(current, scheme=value)
    if trigger == ids.GROUP_A:
        chosen = tuple(value or ())
        return replace(current, group_a=chosen, group_b=tuple(a for a in current.group_b if a not in chosen))
    if trigger == ids.GROUP_B:
        chosen = tuple(value or ())
        return replace(current, group_b=chosen, group_a=tuple(a for a in current.group_a if a not in chosen))
    if trigger in TAB_OF_BUTTON:
        return replace(current, tab=TAB_OF_BUTTON[trigger]) if value else current
    if trigger in (ids.INDICATOR2, ids.SPATIAL_INDICATOR2):
        return replace(current, indicator2=value)
    if trigger == ids.SIMILAR_INDICATORS:
        return replace(current, similar=recipe_choice(value))
    if trigger == ids.REGIONS_ON:
        return replace(current, regions="regions" in (value or []))
    if trigger == ids.REGIONS_INDICATORS:
        return replace(current, region_indicators=recipe_choice(value))
    if trigger == ids.REGIONS_FLOOR:
        return replace(current, region_floor=int(value))
    if trigger == ids.SPATIAL_MODE:
        return replace(current, spatial=value)
    if trigger == ids.SPATIAL_RHINE:
        return replace(current, rhine="rhine" in (value or []))
    if trigger == ids.PROJECT_OPTIONS:
        return replace(current, projects="projects" in (value or []), network="network" in (value or []))
    if trigger == ids.PROJECT_FIELDS:
        return replace(current, fields=chosen_subset(value, PROJECT_FIELDS))
    if trigger == ids.PROJECT_STATUSES:
        return replace(current, statuses=chosen_subset(value, PROJECT_STATUSES))
    return current


def recipe_choice(value) -> tuple[str, ...] | None:
    """A similar-places or zones recipe chosen in a dropdown; ``None`` (the default set) when it is the default or empty."""
    chosen = tuple(value or ())
    return None if chosen in ((), ingredients.DEFAULT_INDICATORS) else chosen


def chosen_subset(value, everything: tuple[str, ...]) -> tuple[str, ...] | None:
    """A checklist's choice in a fixed order; ``None`` when everything is chosen (no filter)."""
    chosen = tuple(item for item in everything if item in (value or []))
    return None if chosen == everything else chosen


def cycle_group(state: ViewState, ags: str) -> ViewState:
    """A click on the zone map moves a place: no group → A → B → no group."""
    if ags in state.group_a:
        return replace(state, group_a=tuple(a for a in state.group_a if a != ags), group_b=(*state.group_b, ags))
    if ags in state.group_b:
        return replace(state, group_b=tuple(a for a in state.group_b if a != ags))
    return replace(state, group_a=(*state.group_a, ags))


CONTROLS = [
    (ids.THEME, "value"),
    (ids.INDICATOR, "value"),
    (ids.YEAR, "value"),
    (ids.LEVEL, "value"),
    (ids.CHANGE_ON, "value"),
    (ids.CHANGE_FROM, "value"),
    (ids.CHANGE_TO, "value"),
    (ids.CLASSIFICATION, "value"),
    (ids.CLASSES, "value"),
    (ids.FIXED_BREAKS, "value"),
    (ids.OPTIONS, "value"),
    (ids.PLACE_SEARCH, "value"),
    (ids.MAP_GEOJSON, "clickData"),
    (ids.MAP_USER, "clickData"),
    (ids.RANKING, "clickData"),
    (ids.PROFILE_CLOSE, "n_clicks"),
    (ids.INDEX_RECIPE, "data"),
    (ids.SCHEME, "value"),
    (ids.GROUP_A, "value"),
    (ids.GROUP_B, "value"),
    *[(button, "n_clicks") for button in ids.COMPARISON_TABS.values()],
    (ids.INDICATOR2, "value"),
    (ids.SPATIAL_MODE, "value"),
    (ids.SPATIAL_INDICATOR2, "value"),
    (ids.SPATIAL_RHINE, "value"),
    (ids.ZONE_MAP_GEOJSON, "clickData"),
    (ids.ZONE_CHART, "clickData"),
    (ids.SCATTER_CHART, "clickData"),
    (ids.PROJECT_OPTIONS, "value"),
    (ids.PROJECT_FIELDS, "value"),
    (ids.PROJECT_STATUSES, "value"),
    (ids.SIMILAR_INDICATORS, "value"),
    (ids.REGIONS_ON, "value"),
    (ids.REGIONS_INDICATORS, "value"),
    (ids.REGIONS_FLOOR, "value"),
]
#: What the controls callback writes: the state, the URL, every control that depends on the state, and the map.
OUTPUTS = [
    (ids.STATE, "data"),
    (ids.URL, "search"),
    (ids.NOTICES, "children"),
    (ids.INDICATOR, "options"),
    (ids.INDICATOR, "value"),
    (ids.YEAR, "options"),
    (ids.YEAR, "value"),
    (ids.LEVEL, "options"),
    (ids.LEVEL, "value"),
    (ids.CHANGE_ON, "options"),
    (ids.CHANGE_ON, "value"),
    (ids.CHANGE_YEARS, "hidden"),
    (ids.CHANGE_FROM, "options"),
    (ids.CHANGE_FROM, "value"),
    (ids.CHANGE_TO, "options"),
    (ids.CHANGE_TO, "value"),
    (ids.CLASSES, "value"),
    (ids.FIXED_BREAKS, "options"),
    (ids.PLACE_SEARCH, "value"),
    (ids.INDICATOR_INFO, "children"),
    (ids.LANGUAGE_LINK, "href"),
    (ids.GROUPS_BOX, "hidden"),
    (ids.GROUP_A, "value"),
    (ids.GROUP_B, "value"),
    (ids.INDICATOR2, "value"),
    (ids.SPATIAL_INDICATOR2, "value"),
    (ids.SPATIAL_SECOND_BOX, "hidden"),
    (ids.PROJECT_FILTERS, "hidden"),
    *map_view.OUTPUTS,
]


def apply_controls(trigger: str | None, value, state_data: dict, atlas) -> dict:
    """``{(component, prop): value}`` for every entry of :data:`OUTPUTS` after ``trigger`` changed to ``value``.

    The map's new props come in the same answer (one round trip from a click to new colours). A control prop that the change leaves as it was is answered with ``no_update``: the browser then
    re-renders only what changed (the value of the control that changed is always sent back, as resolved).
    """
    current = from_browser(state_data, atlas)
    try:
        wanted = next_state(
            current, trigger, value, own_index.atlas_for(atlas, replace(current, indicator=value)) if trigger == ids.INDICATOR else atlas
        )
    except (TypeError, ValueError, AttributeError, KeyError, IndexError):
        raise PreventUpdate from None  # a value no control of this page sends: ignored
    state, adjustments = checked(wanted, atlas)
    listed = controls.indicator_options(own_index.atlas_for(atlas, state), value, state.lang) if trigger == ids.THEME else no_update
    if state == current:
        if trigger != ids.THEME:
            raise PreventUpdate
        # the theme of the map, or all themes (also sent when a page is built): only the list follows,
        # so the URL of a link just opened and its notices stay as they are
        return {**dict.fromkeys(OUTPUTS, no_update), (ids.INDICATOR, "options"): listed}
    before, after = control_props(own_index.atlas_for(atlas, current), current), control_props(own_index.atlas_for(atlas, state), state)
    return {
        (ids.STATE, "data"): stored(state),
        (ids.URL, "search"): to_query(state),
        (ids.NOTICES, "children"): notices.build([n.as_dict() for n in adjustments], atlas, state.lang),
        (ids.INDICATOR, "options"): listed,
        **{key: new if key == (trigger, "value") or _json(new) != _json(before[key]) else no_update for key, new in after.items()},
        **map_view.map_props(own_index.atlas_for(atlas, state), state),
    }


def control_props(atlas, state: ViewState) -> dict:
    """The props of the controls that depend on the state (the rest of :data:`OUTPUTS`)."""
    year = controls.year_control(atlas, state)
    other = replace(state, lang="en" if state.lang == "de" else "de")
    return {
        (ids.INDICATOR, "value"): state.indicator,
        **{(ids.YEAR, prop): year[prop] for prop in ("options", "value")},
        (ids.LEVEL, "options"): controls.level_options(atlas, state),
        (ids.LEVEL, "value"): state.level,
        **controls.change_controls(atlas, state),
        (ids.CLASSES, "value"): state.k,
        (ids.FIXED_BREAKS, "options"): controls.fixed_options(state),
        (ids.PLACE_SEARCH, "value"): state.selected,
        (ids.INDICATOR_INFO, "children"): controls.definition(atlas, state),
        (ids.LANGUAGE_LINK, "href"): to_query(other) or "?",
        (ids.GROUPS_BOX, "hidden"): state.scheme != CUSTOM_SCHEME,
        (ids.GROUP_A, "value"): list(state.group_a),
        (ids.GROUP_B, "value"): list(state.group_b),
        (ids.INDICATOR2, "value"): second_indicator(state),
        (ids.SPATIAL_INDICATOR2, "value"): second_indicator(state),
        (ids.SPATIAL_SECOND_BOX, "hidden"): state.spatial != "bivariate",
        (ids.PROJECT_FILTERS, "hidden"): not state.projects,
    }


def _json(value) -> str:
    return json.dumps(value, cls=PlotlyJSONEncoder, sort_keys=True)


def register(app, atlas) -> None:
    # a URL that the state on screen wrote needs no new page; only other URLs go to the server
    app.clientside_callback(
        ClientsideFunction("ruhrAtlas", "pageRequest"),
        Output(ids.PAGE_REQUEST, "data"),
        Input(ids.URL, "search"),
        State(ids.STATE, "data"),
    )
    app.callback(
        Output(ids.PAGE, "children"),
        Output(ids.STATE, "data"),
        Output(ids.NOTICES, "children"),
        Input(ids.PAGE_REQUEST, "data"),
        State(ids.STATE, "data"),
        prevent_initial_call=True,
    )(lambda request, displayed: render_page(requested_search(request), displayed, atlas))

    @app.callback(
        *[Output(component, prop, allow_duplicate=component in (ids.STATE, ids.NOTICES)) for component, prop in OUTPUTS],
        *[Input(component, prop) for component, prop in CONTROLS],
        State(ids.STATE, "data"),
        prevent_initial_call=True,
    )
    def controls_changed(*args):
        trigger = ctx.triggered_id
        values = dict(zip([c for c, _ in CONTROLS], args[:-1]))
        outputs = apply_controls(trigger, values.get(trigger), args[-1], atlas)
        return [outputs[key] for key in OUTPUTS]


def gate(app, request_id: str) -> None:
    """The gate of a server callback (layouts/request_gate.py): its store takes a new key when its fields change."""
    app.clientside_callback(
        ClientsideFunction("ruhrAtlas", "requestWhenChanged"),
        Output(request_id, "data"),
        Input(ids.STATE, "data"),
        State(request_id, "data"),
        prevent_initial_call=True,
    )
