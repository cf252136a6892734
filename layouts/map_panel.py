"""The map: boundaries fetched once by URL, coloured in the browser from a small ``hideout``.

Layers, bottom to top: an optional online base map, the choropleth (Gemeinden or
Kreise), the user's own uploaded data when shown, Kreis borders, the outline of the place hovered in the ranking chart,
and optional name labels. Without a network the boundaries and labels alone carry
the map; no tile server is needed.
"""

from __future__ import annotations

import dash_leaflet as dl
from dash import dcc, html
from dash_extensions.javascript import Namespace

from geo.query import MapView
from layouts import ids, projects_layer, ranks
from layouts.format import number, signed, year_label
from layouts.legend import data_link
from layouts.source_line import BOUNDARIES, source_line
from layouts.text import flag_text, t

ns = Namespace("ruhrAtlas", "map")
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap-Mitwirkende"
CHOROPLETH_PANE, OWN_DATA_PANE = "choropleth", "own-data"  # map panes under Leaflet's overlay pane, in this order
LAYER_FILES = {"gemeinde": "municipalities", "kreis": "kreise"}
#: Geometry files the server offers (see serving/geometry.py) → the pack file they come from.
GEOMETRY_SOURCES = {
    "municipalities": "municipalities",
    "kreise": "kreise",
    "region": "region",
    "labels-gemeinde": "municipalities",
    "labels-kreis": "kreise",
}


def geometry_url(atlas, name: str) -> str:
    """``/data/<name>.geojson`` tagged with the pack file's checksum, so browsers may cache it for good."""
    version = atlas.manifest["outputs"][f"{GEOMETRY_SOURCES[name]}.geojson"][:12]
    return f"/data/{name}.geojson?v={version}"


def bounds(atlas) -> list[list[float]]:
    """South-west and north-east corner of the RVR area, for the initial view."""
    return collection_bounds(atlas.region)


def collection_bounds(collection: dict) -> list[list[float]]:
    """South-west and north-east corner of all features of a FeatureCollection, as ``[[lat, lon], [lat, lon]]``."""
    xs, ys = [], []

    def walk(coordinates):
        if isinstance(coordinates[0], (int, float)):
            xs.append(coordinates[0])
            ys.append(coordinates[1])
        else:
            for part in coordinates:
                walk(part)

    for feature in collection["features"]:
        walk(feature["geometry"]["coordinates"])
    return [[min(ys), min(xs)], [max(ys), max(xs)]]


def hideout(atlas, state, view: MapView) -> dict:
    """Everything the browser needs to colour the cached shapes and fill their tooltips (a few KB)."""
    entry = atlas.catalog[view.indicator]
    lang = state.lang
    texts = place_texts(view.rows, entry["precision"], lang, atlas.catalog)
    tooltip = {
        "value": "{value} " + entry["unit"][lang] + f" ({year_label(view.year, view.period)})",
        "rank": t("tooltip_rank", lang, rank=ranks.phrase("{value}", len(texts["rank"]), len(view.rows), view.level, lang)),
        "deviation": t("tooltip_deviation", lang, value="{value}"),
        "noData": t("tooltip_no_data", lang),
    }
    return style_hideout(texts, view.colours, tooltip, selected=state.selected, basemap=state.basemap)


def style_hideout(texts: dict, colours: list[str], tooltip: dict, *, selected=None, basemap=False, **layer) -> dict:
    """The ``hideout`` that assets/map_style.js reads, for every map of the atlas (one shape, one place that makes it).

    ``texts`` has ``classes``, ``value``, ``rank`` and ``deviation`` per AGS (see :func:`place_texts`); ``tooltip``
    the templates of the tooltip's lines (a missing line stays empty); ``layer`` options such as ``fillOpacity``.
    """
    lines = {"value": "{value}", "rank": "", "deviation": "", "noData": "", **tooltip}
    return {**texts, "colours": colours, "text": lines, "selected": selected, "basemap": basemap, **layer}


def place_texts(rows, precision: int, lang: str, catalog: dict | None = None) -> dict:
    """Class, formatted value (or why there is none), rank and deviation of every place, keyed by AGS
    (``catalog``: to name an own index's missing ingredient)."""
    known = rows[rows["value"].notna()]
    values = {ags: number(v, precision, lang) for ags, v in known["value"].items()}
    for ags, flag in rows.loc[rows["value"].isna(), "flag"].items():
        values[ags] = flag_text(flag, lang, catalog) if flag else t("tooltip_no_data", lang)
    return {
        "classes": {ags: int(c) for ags, c in rows["cls"].items()},
        "value": values,
        "rank": {ags: int(r) for ags, r in known["rank"].items()},
        "deviation": {ags: signed(d, precision, lang) for ags, d in known["deviation"].items() if d == d},
    }


def title(atlas, state, view: MapView) -> str:
    label = atlas.catalog[view.indicator]["label"][state.lang]
    return (
        t("map_title", state.lang, indicator=label, year=year_label(view.year, view.period))
        + f" · {t(f'level_short_{view.level}', state.lang)}"
    )


def source(atlas, state, view: MapView, *, boundaries: bool = True) -> str | list:
    """The source line on screen; the boundaries' attribution keeps the licensor's German words, marked as German
    for a screen reader on the English page (the exports print the same words, from ``source_line``)."""
    text = source_line(atlas, view.indicator, view.level, view.year, state.lang)
    return attributed(text) if boundaries else text


def attributed(text: str) -> list:
    """A source line followed by the boundaries' attribution, in the licensor's German words."""
    return [text, " ", html.Span(BOUNDARIES, lang="de"), "."]


EMPTY = {"type": "FeatureCollection", "features": []}


def project_data(atlas, state) -> dict:
    return projects_layer.features(atlas, state) if state.projects else EMPTY


#: What the project layers depend on: they are sent again only when one of these changes.
PROJECTS_KEY_FIELDS = ["projects", "network", "fields", "statuses", "lang"]


def projects_key(state) -> list:
    return [getattr(state, field) for field in PROJECTS_KEY_FIELDS]


def center(atlas) -> list[float]:
    (south, west), (north, east) = bounds(atlas)
    return [(south + north) / 2, (west + east) / 2]


def build(atlas, state, shown: dict, highlight: list[str] = (), *, hidden: bool = False, similar: list[str] = ()) -> html.Div:
    """The panel; ``shown``: its title, hideout, legend and source (:func:`layouts.map_content.props`);
    ``similar``: the Gemeinden outlined as similar to the selected place (:mod:`layouts.similar_panel`)."""
    level_layer = LAYER_FILES[state.level]
    return html.Div(
        className="map-panel",
        id=ids.MAP_PANEL,
        role="tabpanel",
        hidden=hidden,
        **{"aria-labelledby": ids.VIEW_TABS["map"]},
        children=[
            html.Div(
                [
                    html.H2(shown[ids.MAP_TITLE, "children"], id=ids.MAP_TITLE, className="map-title"),
                    data_link(atlas, state.indicator, state.lang, id=ids.MAP_DATA_LINK, className="map-data-link"),
                ],
                className="map-head",
            ),
            # while the years play, the year's title and legend take the place of these (assets/play.js)
            html.P(id=ids.PLAY_TITLE, className="map-title play-frame"),
            html.Div(
                className="map-and-legend",
                # the map is named by its title and described by its summary (assets/map_keys.js)
                **{"data-map-label": ids.MAP_TITLE, "data-map-description": ids.MAP_SUMMARY},
                children=[
                    dl.Map(
                        id=ids.MAP,
                        bounds=bounds(atlas),
                        # a center without a zoom: Leaflet fits the bounds, and dash-leaflet's viewport sync has a center to compare
                        center=center(atlas),
                        boundsOptions={"padding": [8, 8]},
                        zoomSnap=0.25,
                        minZoom=8,
                        maxZoom=14,
                        className="map",
                        children=[
                            dl.TileLayer(
                                id=ids.MAP_BASEMAP,
                                url=OSM_TILES if state.basemap else "",
                                attribution=OSM_ATTRIBUTION if state.basemap else "",
                                opacity=1 if state.basemap else 0,
                            ),
                            # Each of the two filled layers has its own pane, so their order holds however often either is
                            # redrawn (a new hideout rebuilds a layer, and a rebuilt layer would otherwise land on top).
                            dl.Pane(
                                dl.GeoJSON(
                                    id=ids.MAP_GEOJSON,
                                    url=geometry_url(atlas, level_layer),
                                    style=ns("style"),
                                    hoverStyle=ns("hover"),
                                    onEachFeature=ns("bindTooltip"),
                                    hideout=shown[ids.MAP_GEOJSON, "hideout"],
                                    attribution=BOUNDARIES,
                                ),
                                name=CHOROPLETH_PANE,
                                style={"zIndex": 380},
                            ),
                            # the user's own uploaded values (callbacks/upload.py), drawn over the choropleth when shown
                            dl.Pane(
                                dl.GeoJSON(
                                    id=ids.MAP_USER,
                                    url="",
                                    style=ns("style"),
                                    hoverStyle=ns("hover"),
                                    onEachFeature=ns("bindTooltip"),
                                    hideout={},
                                ),
                                name=OWN_DATA_PANE,
                                style={"zIndex": 390},
                            ),
                            # the rest (borders, outlines, lines) stays in Leaflet's overlay pane (z-index 400), over both
                            dl.GeoJSON(id=ids.MAP_BORDERS, url=geometry_url(atlas, "kreise"), style=ns("border"), interactive=False),
                            dl.GeoJSON(
                                id=ids.MAP_SIMILAR,
                                url=geometry_url(atlas, LAYER_FILES["gemeinde"]),
                                style=ns("similar"),
                                filter=ns("highlighted"),
                                hideout={"ags": list(similar)},
                                interactive=False,
                            ),
                            dl.GeoJSON(
                                id=ids.MAP_HIGHLIGHT,
                                url=geometry_url(atlas, level_layer),
                                style=ns("highlight"),
                                filter=ns("highlighted"),
                                hideout={"ags": list(highlight)},
                                interactive=False,
                            ),
                            dl.GeoJSON(
                                id=ids.MAP_LABELS,
                                url=geometry_url(atlas, f"labels-{state.level}"),
                                pointToLayer=ns("label"),
                                filter=ns("labelShown"),
                                hideout={"show": state.labels},
                                interactive=False,
                            ),
                            dl.GeoJSON(
                                id=ids.MAP_NETWORK, data=projects_layer.network(atlas, state), style=ns("network"), interactive=False
                            ),
                            dl.GeoJSON(
                                id=ids.MAP_PROJECTS,
                                data=project_data(atlas, state),
                                cluster=True,
                                zoomToBounds=False,
                                pointToLayer=ns("projectMarker"),
                                clusterToLayer=ns("projectCluster"),
                                superClusterOptions={"radius": 36, "maxZoom": 13},
                                spiderfyOnMaxZoom=True,
                            ),
                        ],
                    ),
                    html.Div(shown[ids.MAP_LEGEND, "children"], id=ids.MAP_LEGEND, className="legend-box"),
                    html.Div(id=ids.PLAY_LEGEND, className="legend-box play-frame"),
                    html.Div(id=ids.MAP_USER_LEGEND, className="legend-box user-legend", hidden=True),
                    html.Div(projects_layer.legend(atlas, state), id=ids.MAP_PROJECT_LEGEND, className="legend-box"),
                    dcc.Store(id=ids.PROJECTS_KEY, data=projects_key(state)),
                ],
            ),
            html.P(shown[ids.MAP_SOURCE, "children"], id=ids.MAP_SOURCE, className="source-line"),
            *announcers(state.lang),
        ],
    )


def announcers(lang: str) -> list:
    """What a screen reader hears besides the map: the keys it answers to, the place the keys are on
    (written by ``assets/map_keys.js``) and, after a control changed, what the map shows now (:data:`callbacks.map_view`)."""
    return [
        html.P(
            t("map_keys_help", lang),
            id=ids.MAP_KEYS_HELP,
            className="visually-hidden",
            **{"data-zoom-in": t("zoom_in", lang), "data-zoom-out": t("zoom_out", lang)},  # Leaflet's buttons speak English
        ),
        html.P(id=ids.MAP_KEYS_STATUS, role="status", className="visually-hidden"),
        html.P(id=ids.MAP_ANNOUNCE, role="status", className="visually-hidden"),
    ]
