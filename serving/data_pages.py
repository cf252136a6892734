"""The data pages and their downloads (markup in ``layouts/data_page.py``, files in ``layouts/data_package.py`` and
``layouts/workbook.py``):

* ``/daten/`` — the index of all indicators; ``/daten/<indicator>`` — one indicator's page;
* ``/daten/<indicator>.zip`` and ``.xlsx`` — its download; ``/daten/alle-indikatoren.zip`` and ``.xlsx`` — the whole pack's.

``?lang=en`` gives English. A file is built whole in memory on its first request and kept (per process, the
last :data:`KEPT` files) under the pack's version, the language, the atlas's address and the day, so the next
request is answered at once; a visitor never receives a half-written file.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import UTC, datetime
from urllib.parse import urljoin

from flask import Response, abort, request

from layouts import data_package, data_page, workbook
from serving.pages import language

KEPT = 12
MEDIA = {
    "zip": "application/zip",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
BUILDERS = {"zip": data_package.zip_bytes, "xlsx": workbook.xlsx_bytes}


class FileCache:
    """The last few built files; one build per file at a time (a second request waits for the first's result)."""

    def __init__(self, size: int = KEPT):
        self.size, self.files, self.lock, self.building = size, OrderedDict(), threading.Lock(), {}

    def get(self, key, build) -> bytes:
        with self.lock:
            if key in self.files:
                self.files.move_to_end(key)
                return self.files[key]
            guard = self.building.setdefault(key, threading.Lock())
        with guard:
            with self.lock:
                if key in self.files:
                    return self.files[key]
            content = build()
            with self.lock:
                self.files[key] = content
                while len(self.files) > self.size:
                    self.files.popitem(last=False)
                self.building.pop(key, None)
            return content


def page_url(path: str) -> str:
    """The absolute address of a data page below the atlas, as the visitor reached it."""
    return urljoin(request.url_root, path)


def register(app, atlas) -> None:
    cache = FileCache()

    def index():
        lang, unknown = language(request.args.get("lang"))
        return Response(data_page.index_page(atlas, lang, unknown), mimetype="text/html")

    def indicator(name: str):
        if name not in atlas.catalog:
            abort(404)
        lang, unknown = language(request.args.get("lang"))
        return Response(data_page.indicator_page(atlas, name, lang, unknown), mimetype="text/html")

    def download(name: str, extension: str):
        chosen = None if name == data_page.ALL else name
        if chosen is not None and chosen not in atlas.catalog:
            abort(404)
        lang, _ = language(request.args.get("lang"))
        url = page_url(f"{data_page.FOLDER}/{'' if chosen is None else chosen}?v={atlas.version}")
        today = datetime.now(UTC).date()
        key = (extension, name, lang, atlas.version, url, today)
        content = cache.get(key, lambda: BUILDERS[extension](atlas, chosen, lang, url, today))
        filename = f"ruhr-atlas_{name}_{atlas.version}.{extension}"
        return Response(
            content,
            mimetype=MEDIA[extension],
            headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "public, max-age=3600"},
        )

    server = app.server
    server.add_url_rule(f"/{data_page.FOLDER}/", endpoint="data-index", view_func=index)
    server.add_url_rule(f"/{data_page.FOLDER}/<name>", endpoint="data-page", view_func=indicator)
    for extension in BUILDERS:
        server.add_url_rule(
            f"/{data_page.FOLDER}/<name>.{extension}",
            endpoint=f"data-{extension}",
            view_func=lambda name, extension=extension: download(name, extension),
        )
