"""Serves the pack's boundaries at ``/data/<name>.geojson``, once per browser.

The map asks for geometry by URL (see ``layouts.map_panel.geometry_url``); the
URL carries the pack file's checksum, so the response may be cached for a year
and is revalidated cheaply with its ETag.
"""

from __future__ import annotations

import hashlib
import json

from flask import Response, abort, request

from layouts.map_panel import GEOMETRY_SOURCES

ONE_YEAR = 31_536_000


def label_points(collection: dict) -> dict:
    """A point FeatureCollection at every feature's label point, with its key and name."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"ags": f["properties"]["ags"], "name": f["properties"]["name"]},
                "geometry": {"type": "Point", "coordinates": f["properties"]["label"]},
            }
            for f in collection["features"]
        ],
    }


def payloads(atlas) -> dict[str, bytes]:
    layers = {"municipalities": atlas.municipalities, "kreise": atlas.kreise, "region": atlas.region}
    out = {}
    for name, source in GEOMETRY_SOURCES.items():
        content = label_points(layers[source]) if name.startswith("labels-") else layers[source]
        out[name] = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return out


def register(app, atlas) -> None:
    serve(app.server, payloads(atlas))


def serve(server, payloads_by_name: dict[str, bytes]) -> None:
    """Route ``/data/<name>.geojson`` to the payloads, cacheable for a year and revalidated by ETag."""
    files = {name: (body, hashlib.sha256(body).hexdigest()[:16]) for name, body in payloads_by_name.items()}

    @server.route("/data/<name>.geojson")
    def geometry(name):
        if name not in files:
            abort(404)
        body, etag = files[name]
        if request.if_none_match.contains(etag):
            return Response(status=304, headers={"ETag": f'"{etag}"'})
        return Response(
            body, mimetype="application/geo+json", headers={"Cache-Control": f"public, max-age={ONE_YEAR}, immutable", "ETag": f'"{etag}"'}
        )
