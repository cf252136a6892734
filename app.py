"""The Ruhr disparity atlas: ``python app.py`` serves it; ``server`` is the WSGI object for gunicorn.

Environment: ``ATLAS_PACK`` (a data pack folder, default ``data/processed``), ``HOST``
and ``PORT`` (``python app.py`` only), ``ATLAS_DEBUG=1`` (Dash's debug mode, never on
a public server); the serving settings are in ``serving/http.py``, ``serving/answer_store.py`` and
``serving/security.py``, the operator's details for the statement, legal notice and privacy pages in
``serving/pages.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

from dash import Dash

import callbacks
import serving
from geo import pack
from geo.errors import InputError
from geo.view_state import DEFAULT
from layouts import shell
from layouts.text import t

ASSETS = Path(__file__).resolve().parent / "assets"


def create_app(atlas: pack.Atlas | None = None) -> Dash:
    atlas = atlas or pack.load(os.environ.get("ATLAS_PACK", pack.DEFAULT))
    app = Dash(
        __name__,
        title=t("title", DEFAULT.lang),
        assets_folder=str(ASSETS),
        serve_locally=True,
        update_title=None,
        # The page is built by a callback, so Dash cannot check callback ids against the first layout; a
        # validation layout would send 120 KB with every page. tests/callbacks check every id instead.
        suppress_callback_exceptions=True,
    )
    app.layout = shell.frame()
    serving.register_all(app, atlas)  # first: its hooks see every request, the callbacks' too
    callbacks.register_all(app, atlas)
    return app


try:
    app = create_app()
except InputError as error:  # a missing or damaged pack: say which file, start nothing
    raise SystemExit(f"The Ruhr atlas cannot start: {error}") from None
server = app.server  # for gunicorn: gunicorn app:server

if __name__ == "__main__":
    app.run(host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "8050")), debug=os.environ.get("ATLAS_DEBUG") == "1")
