"""The comparison panels: zones side by side, the gap over time, inequality, convergence, two indicators, spatial pattern,
projects.

The frame (tabs, panes, the small maps, the second-indicator dropdown) is built
once with the page; each tab's figure and texts are built by ``content(atlas,
state, tab)`` only when that tab is shown. One module per tab; the numbers come
from ``geo/``.
"""

from __future__ import annotations

import dash_leaflet as dl
from dash import html

from geo.view_state import TABS, ViewState
from layouts import chart_style, controls, ids
from layouts.comparison import convergence, inequality, projects, regions, scatter, spatial, trend, zones
from layouts.comparison.common import EMPTY_HIDEOUT, second_indicator_control
from layouts.map_panel import LAYER_FILES, bounds, center, geometry_url, ns
from layouts.text import t

#: The chart of each tab (the spatial and projects tabs show a map instead).
CHARTS = {
    "zones": ids.ZONE_CHART,
    "trend": ids.TREND_CHART,
    "inequality": ids.INEQUALITY_CHART,
    "convergence": ids.CONVERGENCE_CHART,
    "scatter": ids.SCATTER_CHART,
}
TAB_MODULES = {
    "zones": zones,
    "trend": trend,
    "inequality": inequality,
    "convergence": convergence,
    "scatter": scatter,
    "spatial": spatial,
    "projects": projects,
}


def content(atlas, state: ViewState, tab: str) -> tuple[dict | None, list]:
    """``(figure, texts)`` of one tab (the spatial and projects tabs have no figure)."""
    return TAB_MODULES[tab].content(atlas, state)


def shown(atlas, state: ViewState, tab: str) -> tuple[dict | None, list]:
    """:func:`content` as the page shows it: in presentation mode with type for a projector (exports keep theirs)."""
    figure, texts = content(atlas, state, tab)
    return (chart_style.large_type(figure, fill_box=True) if state.present and figure else figure), texts


def small_map(atlas, state: ViewState, map_id: str, geojson_id: str, hideout: dict, extra: tuple = ()) -> dl.Map:
    """A small map of the comparison tabs: the places coloured from ``hideout``, the Kreis borders, ``extra`` layers."""
    return dl.Map(
        id=map_id,
        bounds=bounds(atlas),
        center=center(atlas),
        zoomSnap=0.25,
        className="small-map",
        attributionControl=False,
        children=[
            dl.GeoJSON(
                id=geojson_id,
                url=geometry_url(atlas, LAYER_FILES[state.level]),
                style=ns("style"),
                hoverStyle=ns("hover"),
                onEachFeature=ns("bindTooltip"),
                hideout=hideout,
            ),
            dl.GeoJSON(url=geometry_url(atlas, "kreise"), style=ns("border"), interactive=False),
            *extra,
        ],
    )


def build(atlas, state: ViewState) -> html.Section:
    """Tabs and panes; every pane's components exist from the start, only the shown one is filled."""
    lang = state.lang
    panes = []
    for tab in TABS:
        figure, texts = shown(atlas, state, tab) if tab == state.tab else (chart_style.figure([], {}), [])
        parts = []
        if tab == "zones":
            parts.append(small_map(atlas, state, ids.ZONE_MAP, ids.ZONE_MAP_GEOJSON, zones.map_hideout(atlas, state)))
        if tab == "scatter":
            parts += second_indicator_control(atlas, state, ids.INDICATOR2, t("second_indicator", lang))
        if tab == "spatial":
            on_screen = tab == state.tab
            hideout = spatial.map_hideout(atlas, state) if on_screen else EMPTY_HIDEOUT
            marks = dl.GeoJSON(
                id=ids.LISA_MAP_MARKS,
                url=geometry_url(atlas, f"labels-{state.level}"),
                pointToLayer=ns("classMark"),
                filter=ns("marked"),
                hideout=spatial.marks_hideout(atlas, state) if on_screen else {"marks": {}},
                interactive=False,
            )
            parts += spatial.controls_of_tab(atlas, state)
            parts.append(small_map(atlas, state, ids.LISA_MAP, ids.LISA_MAP_GEOJSON, hideout, (marks,)))
        if tab == "projects":
            hideout = projects.map_hideout(atlas, state) if tab == state.tab else EMPTY_HIDEOUT
            parts.append(small_map(atlas, state, ids.BIVARIATE_MAP, ids.BIVARIATE_MAP_GEOJSON, hideout))
        if tab in CHARTS:
            named, described = ids.COMPARISON_TABS[tab], ids.COMPARISON_CONTENT[tab]  # the pane's sentence and figures
            parts.append(chart_style.graph(CHARTS[tab], figure, named_by=named, described_by=described))
        parts.append(html.Div(texts, id=ids.COMPARISON_CONTENT[tab], className="pane-body"))
        if tab == "zones":
            parts.append(regions.frame(atlas, state, small_map))
        panes.append(
            html.Div(
                parts,
                id=ids.COMPARISON_PANES[tab],
                className=f"pane pane-{tab}",
                hidden=tab != state.tab,
                role="tabpanel",
                # a small map in the pane is named by the pane's tab and described by its texts (assets/map_keys.js)
                **{
                    "aria-labelledby": ids.COMPARISON_TABS[tab],
                    "data-map-label": ids.COMPARISON_TABS[tab],
                    "data-map-description": ids.COMPARISON_CONTENT[tab],
                },
            )
        )
    return html.Section(
        id=ids.COMPARISON,
        className="comparison",
        children=[
            html.H2(t("comparison_title", lang)),
            controls.zone_controls(atlas, state),
            tab_list(state),
            html.P(id=ids.PLAY_COMPARISON_NOTE, className="definition play-frame"),  # while the years play (assets/play.js)
            *panes,
        ],
    )


def tab_list(state: ViewState) -> html.Div:
    """ARIA tabs: one tab stop, arrow keys between them (``assets/layout.js``); a click is a control like any other."""
    return html.Div(
        id=ids.COMPARISON_TABLIST,
        className="tabs",
        role="tablist",
        **{"aria-label": t("comparison_title", state.lang)},
        children=[
            html.Button(
                t(f"tab_{tab}", state.lang),
                id=ids.COMPARISON_TABS[tab],
                role="tab",
                type="button",
                className="tab",
                **{
                    "aria-selected": "true" if tab == state.tab else "false",
                    "aria-controls": ids.COMPARISON_PANES[tab],
                    "tabIndex": "0" if tab == state.tab else "-1",
                },
            )
            for tab in TABS
        ],
    )
