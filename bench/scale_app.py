"""The scale test's two apps, on the 53 RVR or all German municipalities (data from :mod:`bench.scale`).

* ``atlas`` — the atlas's map machinery: boundaries served once as a cached file
  (``serving.geometry``), compressed answers (``serving.http``), classes from
  ``geo.classify``, the ``hideout`` of ``layouts.map_panel`` and the style
  functions of ``assets/map_style.js``. One callback sends a new hideout.
* ``baseline`` — :func:`bench.baseline_app.create_app` on the same data.

Run: ``python -m bench.scale_app {atlas,baseline} {ruhr,germany}`` (PORT, default 8070), after
``bench.scale.build``.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from types import SimpleNamespace

import dash_leaflet as dl
import pandas as pd
from dash import Dash, Input, Output, dcc, html

from bench import baseline_app, scale
from geo import query
from geo.query import MapView
from geo.view_state import DEFAULT
from layouts import map_panel
from serving import geometry, http

ASSETS = scale.ROOT / "assets"
ONLY_MAP_STYLE = r"^(?!map_style\.js$)"  # of the atlas's assets, the map's style functions only


class ScaleData:
    def __init__(self, directory):
        self.geojson = (directory / "municipalities.geojson").read_bytes()
        self.collection = json.loads(self.geojson)
        self.catalog = json.loads((directory / "catalog.json").read_text())
        names = {f["properties"]["ags"]: f["properties"]["name"] for f in self.collection["features"]}
        self.names = pd.Series(names)
        values = pd.read_parquet(directory / "values.parquet")
        self.series = {key: rows.set_index("ags")["value"] for key, rows in values.groupby(["indicator", "year"])}
        self.years = sorted(values["year"].unique().tolist())
        self.bounds = map_panel.collection_bounds(self.collection)

    def values(self, indicator: str, year: int) -> pd.Series:
        return self.series.get((indicator, year), pd.Series(dtype=float)).reindex(self.names.index)

    def view(self, indicator: str, year: int) -> MapView:
        """The map view of the atlas, for areas without a Ruhr mean (no deviation column is shown)."""
        return query.plain_view(
            self.values(indicator, year),
            self.names,
            method="quantiles",
            k=5,
            polarity=self.catalog[indicator]["polarity"],
            indicator=indicator,
            year=year,
        )

    def hideout(self, indicator: str, year: int) -> dict:
        return map_panel.hideout(SimpleNamespace(catalog=self.catalog), DEFAULT, self.view(indicator, year))


def atlas_app(data: ScaleData) -> Dash:
    app = Dash(__name__, assets_folder=str(ASSETS), assets_ignore=ONLY_MAP_STYLE, serve_locally=True, update_title=None)
    http.compress(app.server)
    geometry.serve(app.server, {"municipalities": data.geojson})
    url = f"/data/municipalities.geojson?v={hashlib.sha256(data.geojson).hexdigest()[:12]}"
    first, year = scale.INDICATORS[0], data.years[-1]
    app.layout = html.Div(
        [
            dcc.Dropdown(id="indicator", options=list(scale.INDICATORS), value=first, clearable=False),
            dcc.Slider(id="year", min=data.years[0], max=year, step=1, value=year),
            dl.Map(
                id="map",
                bounds=data.bounds,
                style={"height": "700px"},
                children=[
                    dl.GeoJSON(
                        id="map-geojson",
                        url=url,
                        style=map_panel.ns("style"),
                        hoverStyle=map_panel.ns("hover"),
                        onEachFeature=map_panel.ns("bindTooltip"),
                        hideout=data.hideout(first, year),
                    ),
                ],
            ),
        ]
    )
    app.callback(Output("map-geojson", "hideout"), Input("indicator", "value"), Input("year", "value"), prevent_initial_call=True)(
        data.hideout
    )
    return app


def baseline(data: ScaleData) -> Dash:
    def table(indicator: str, year: int) -> pd.DataFrame:
        return data.values(indicator, year).rename_axis("ags").rename("value").reset_index()

    labels = {name: data.catalog[name]["label"]["de"] for name in scale.INDICATORS}
    return baseline_app.create_app(data.collection, table, labels, data.years)


if __name__ == "__main__":
    kind, areas = sys.argv[1], sys.argv[2]
    app = {"atlas": atlas_app, "baseline": baseline}[kind](ScaleData(scale.DIRECTORY / areas))
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8070")), debug=False)
