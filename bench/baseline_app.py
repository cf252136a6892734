"""The baseline: a minimal Dash app that does the common thing.

An indicator dropdown and a year slider drive one callback that rebuilds a Plotly
choropleth figure — geometry included — on every change. It reads the same data
and draws the same boundaries as the app it is compared with, so every ratio in
the benchmark compares architectures, not data. No tile server is involved
(``px.choropleth`` on a blank geo projection). Plotly's geo projection fetches a
world topojson from a CDN even when the base map is hidden; the app serves an
empty one instead, so it runs offline like the atlas.

Run alone: ``python -m bench.baseline_app`` (PORT, default 8060).
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pandas as pd
import plotly.express as px
import shapely
from dash import Dash, Input, Output, dcc, html
from shapely.geometry import mapping, shape

from geo import pack
from geo.query import values

INDICATORS = ("gisd_nrw_frame_score", "arbeitslose_je_100_ew_15_64")
LEVEL = "gemeinde"
#: ``table(indicator, year)`` → a frame with columns ``ags`` and ``value``
Table = Callable[[str, int], pd.DataFrame]


def clockwise(collection: dict) -> dict:
    """The same shapes with clockwise exterior rings: d3-geo (Plotly's geo maps) reads RFC 7946 rings as their complement."""
    shapes = shapely.orient_polygons([shape(f["geometry"]) for f in collection["features"]], exterior_cw=True)
    return {**collection, "features": [{**f, "geometry": mapping(g)} for f, g in zip(collection["features"], shapes)]}


def create_app(geometry: dict, table: Table, labels: dict[str, str], years: list[int]) -> Dash:
    """The baseline app for any boundaries and values; ``labels`` maps indicator ids to titles."""
    geometry = clockwise(geometry)
    app = Dash(__name__, serve_locally=True, update_title=None)
    first = next(iter(labels))
    app.layout = html.Div(
        [
            dcc.Dropdown(id="indicator", options=list(labels), value=first, clearable=False),
            dcc.Slider(id="year", min=min(years), max=max(years), step=1, value=max(years)),
            dcc.Graph(id="graph", style={"height": "700px"}, config={"topojsonURL": "/topojson/"}),
        ]
    )

    @app.server.route("/topojson/<name>.json")
    def empty_topology(name):
        layers = ("coastlines", "land", "ocean", "lakes", "rivers", "countries", "subunits")
        return {"type": "Topology", "arcs": [], "objects": {layer: {"type": "GeometryCollection", "geometries": []} for layer in layers}}

    @app.callback(Output("graph", "figure"), Input("indicator", "value"), Input("year", "value"))
    def choropleth(indicator, year):
        figure = px.choropleth(
            table(indicator, year),
            geojson=geometry,
            locations="ags",
            featureidkey="properties.ags",
            color="value",
            title=f"{labels[indicator]} {year}",
        )
        figure.update_geos(fitbounds="locations", visible=False)
        return figure

    return app


def ruhr_app(atlas: pack.Atlas | None = None) -> Dash:
    """The baseline on the atlas's 53 municipalities and two of its indicators."""
    atlas = atlas or pack.load()

    def table(indicator: str, year: int) -> pd.DataFrame:
        available = atlas.catalog[indicator]["years"][LEVEL]
        return values(atlas, indicator, LEVEL, year if year in available else max(available)).reset_index()

    labels = {name: atlas.catalog[name]["label"]["de"] for name in INDICATORS}
    return create_app(atlas.municipalities, table, labels, atlas.catalog[INDICATORS[0]]["years"][LEVEL])


if __name__ == "__main__":
    ruhr_app().run(host="127.0.0.1", port=int(os.environ.get("PORT", "8060")), debug=False)
