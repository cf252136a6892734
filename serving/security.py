"""Safe defaults for a public server: security headers and a bound on request size.

* ``Content-Security-Policy``: scripts, styles, data and fonts from our own origin
  only (Dash's one inline script is allowed by its hash), images also as ``data:``
  URLs and from the OpenStreetMap tile server, which the optional online base map
  needs. No plugins, no foreign forms or base URLs.
* ``frame-ancestors``: the page may be framed by our own origin only, except an
  embed (``?embed=1``), which any site may frame — or the sites listed in
  ``ATLAS_FRAME_ANCESTORS`` (for example ``https://www.waz.de https://*.wdr.de``).
* ``X-Content-Type-Options: nosniff``, ``Referrer-Policy:
  strict-origin-when-cross-origin`` (the tile server still learns which site asks,
  as its usage policy requires), and a ``Permissions-Policy`` that turns off
  camera, microphone and geolocation.
* Requests larger than ``ATLAS_MAX_REQUEST_BYTES`` (default 2 MB, enough for an
  uploaded CSV of 1 MB) are refused with 413 before any callback runs.
"""

from __future__ import annotations

import os

from flask import request

from geo.view_state import parse_query
from layouts.map_panel import OSM_TILES

MAX_REQUEST_BYTES = int(os.environ.get("ATLAS_MAX_REQUEST_BYTES", 2_000_000))
TILE_HOST = OSM_TILES.split("/{z}")[0]


def policy(script_hashes: list[str], frame_ancestors: str) -> str:
    hashes = " ".join(script_hashes)  # already quoted: 'sha256-…'

    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' {hashes}".strip(),
            "style-src 'self' 'unsafe-inline'",  # React, Leaflet and Plotly position elements with inline styles
            f"img-src 'self' data: blob: {TILE_HOST}",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            f"frame-ancestors {frame_ancestors}",
        ]
    )


def embedded(query: str, atlas) -> bool:
    """Whether the page is an embed, decided as the page itself decides it (the last ``embed`` wins, a bad link is no embed)."""
    return parse_query(query, atlas)[0].embed


def register(app, atlas) -> None:
    server = app.server
    server.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES
    embed_ancestors = os.environ.get("ATLAS_FRAME_ANCESTORS", "*")
    policies = {}

    @server.after_request
    def secure(response):
        embed = response.mimetype == "text/html" and embedded(request.query_string.decode("utf-8", "replace"), atlas)
        if embed not in policies:  # Dash knows its inline scripts only once every callback is registered
            policies[embed] = policy(app.csp_hashes(), embed_ancestors if embed else "'self'")
        response.headers["Content-Security-Policy"] = policies[embed]
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
        response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        if not embed:
            response.headers["X-Frame-Options"] = "SAMEORIGIN"  # for browsers without frame-ancestors
        return response
