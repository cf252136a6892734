"""How the server answers over HTTP: compressed, and callback answers reused.

* **Compression** (flask-compress): brotli or gzip for pages, scripts, callback
  answers and boundaries. Compressed static files are kept in memory, so a big
  script bundle is compressed once per process, not once per visitor.
* **Callback answers are reused.** Every callback is a pure function of its
  request: the view state travels in the request body, the server keeps none.
  So an answer is stored under the hash of the request body, the data pack and
  the code that made it, and the same request is answered from the store
  (``serving/answer_store.py``: per process, or shared on Redis). File
  downloads and uploaded data are never stored.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from flask import Response, g, request
from flask_compress import Compress

from layouts import ids
from serving import answer_store

ROOT = Path(__file__).resolve().parent.parent
CODE = ("app.py", "callbacks", "geo", "layouts")
CALLBACK_PATH = "/_dash-update-component"
STATIC_PREFIXES = ("/_dash-component-suites/", "/assets/", "/data/")
COMPRESSED_TYPES = [
    "text/html",
    "text/css",
    "text/plain",
    "application/javascript",
    "text/javascript",
    "application/json",
    "application/geo+json",
    "image/svg+xml",
]
MAX_STORED_ANSWER = 250_000  # bytes: a whole page (about 115 KB) or a profile with its similar places (155 KB) is kept, a download never
#: Components whose answers are made for one visitor: file downloads, and anything reading or drawing uploaded data.
#: A callback that writes or reads one of them is never stored.
NOT_STORED = (ids.EXPORT_DOWNLOAD, ids.UPLOAD, ids.USER_DATA)


class StaticOnly:
    """flask-compress's cache backend: keeps compressed static files, nothing that answers a POST."""

    def __init__(self):
        self.data: dict[str, bytes] = {}

    @staticmethod
    def key(req) -> str:
        static = req.method == "GET" and req.path.startswith(STATIC_PREFIXES)
        return f"static:{req.full_path}" if static else ""

    def get(self, key: str) -> bytes | None:
        return self.data.get(key) if ";static:" in key else None

    def set(self, key: str, value: bytes) -> None:
        if ";static:" in key:
            self.data[key] = value


def version(atlas) -> str:
    """A short hash of the data pack and the code that answers callbacks."""
    digest = hashlib.sha256(json.dumps(atlas.manifest["outputs"], sort_keys=True).encode())
    for name in CODE:
        for path in sorted((ROOT / name).rglob("*.py")) if (ROOT / name).is_dir() else [ROOT / name]:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def register(app, atlas) -> None:
    compress(app.server)
    reuse_answers(app.server, version(atlas))


def compress(server) -> None:
    server.config.update(
        COMPRESS_ALGORITHM=["br", "gzip"],
        COMPRESS_MIMETYPES=COMPRESSED_TYPES,
        COMPRESS_CACHE_BACKEND=StaticOnly,
        COMPRESS_CACHE_KEY=StaticOnly.key,
    )
    Compress(server)


def private(payload: dict) -> bool:
    """Whether a callback request writes or reads a component of :data:`NOT_STORED`."""
    output = str(payload.get("output", ""))
    if any(output.startswith(f"{name}.") or f"..{name}." in output for name in NOT_STORED):
        return True
    items = [*payload.get("inputs", []), *payload.get("state", [])]
    items = [entry for item in items for entry in (item if isinstance(item, list) else [item])]  # pattern-matching inputs are lists
    return any(isinstance(item, dict) and item.get("id") in NOT_STORED for item in items)


def reuse_answers(server, code_and_data: str) -> None:
    """Answer a callback request seen before from the store (register after :func:`compress`)."""
    answers = server.extensions["answer_store"] = answer_store.open_store()
    prefix = f"answer:{code_and_data}:"

    @server.before_request
    def stored_answer():
        if request.method != "POST" or not request.path.endswith(CALLBACK_PATH):
            return None
        body = request.get_data(cache=True)
        try:
            if private(json.loads(body)):
                return None
        except (ValueError, AttributeError, TypeError):
            return None  # Dash answers a malformed request itself
        key = prefix + hashlib.sha256(body).hexdigest()
        stored = answers.get(key)
        if stored is not None:
            return Response(stored, mimetype="application/json")
        g.answer_key = key
        return None

    # registered after Compress, so it runs before it and sees the answer uncompressed
    @server.after_request
    def store_answer(response):
        key = g.pop("answer_key", None)
        if (
            key
            and response.status_code == 200
            and not response.headers.get("Content-Encoding")
            and (response.content_length or 0) <= MAX_STORED_ANSWER
        ):
            answers.set(key, response.get_data())
        return response
