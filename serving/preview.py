"""A picture for every shared link: ``/preview.png?<view>`` and the tags in the page's head that name it.

A link pasted into a chat, a social network or a newsroom's CMS is shown with the image, title and
description of its page's Open Graph tags (``og:image``, ``og:title``, ``og:description``) and, for a
large card, ``twitter:card = summary_large_image``. Dash's index is built with them for the view in
the URL, in the URL's language (the hook of ``serving/page_language.py`` comes first).

The image is the view's map (``layouts/export_figures.preview_figure``: 1200×630, title, source line,
licence, locator inset), rendered by the export renderers (``serving/images.py``). Only the parts of
the view that the map draws make a preview different (a selected place or a comparison tab do not),
so the image URL carries that *normalised* query. Each image is rendered once per pack and code
version, kept in the answer store (per process or on Redis) and sent with an ``ETag`` and
``Cache-Control``, so a crawler that asks again gets ``304 Not Modified``. A query with an invalid
parameter gets 400 and a plain-text reason (the page itself opens the nearest valid view, and its
head names that view's image); busy renderers give 503 with ``Retry-After``.
"""

from __future__ import annotations

import hashlib
import html
import logging
from dataclasses import replace
from functools import lru_cache, partial

from flask import Response, request

from geo import own_index, query
from geo.view_state import DEFAULT, ViewState, parse_query, resolve, to_query
from layouts import alt_text, export_figures, notices
from layouts.map_panel import title as map_title
from layouts.text import t
from serving import http, images

log = logging.getLogger(__name__)

PATH = "/preview.png"
TAGS_KEPT = 512  # views whose head tags each process keeps
MAX_AGE_S = 86_400  # a day: the image of a query changes only with a new pack or code version (its ETag then changes too)
#: The fields of a view that change its map, and so its preview.
DRAWN = ("indicator", "year", "level", "classification", "k", "fixed_breaks", "labels", "lang", "projects", "fields", "statuses", "recipe")


def drawn_state(query_string: str, atlas) -> tuple[ViewState, list]:
    """The view a query asks for, fitted to the data and reduced to what its map draws, and the notices of
    parameters that could not be used."""
    requested, problems = parse_query(query_string, atlas)
    fitted, _ = resolve(requested, atlas)
    return replace(DEFAULT, **{name: getattr(fitted, name) for name in DRAWN}), problems


def head_tags(atlas, drawn: ViewState, base_url: str) -> str:
    """Open Graph and Twitter card tags (escaped) for a view of :func:`drawn_state`, its image URL absolute under ``base_url``."""
    atlas = own_index.atlas_for(atlas, drawn)
    view = query.map_view(atlas, drawn)
    lang = drawn.lang
    title = f"{map_title(atlas, drawn, view)} – {t('title', lang)}"
    description = alt_text.describe(atlas, drawn, "map", view)
    image = f"{base_url.rstrip('/')}{PATH}{to_query(drawn)}"
    width, height = export_figures.PREVIEW_SIZE
    tags = [
        ("property", "og:type", "website"),
        ("property", "og:site_name", t("title", lang)),
        ("property", "og:locale", {"de": "de_DE", "en": "en_GB"}[lang]),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:image", image),
        ("property", "og:image:type", "image/png"),
        ("property", "og:image:width", str(width)),
        ("property", "og:image:height", str(height)),
        ("property", "og:image:alt", description),
        ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
        ("name", "twitter:image", image),
        ("name", "description", description),
    ]
    return "\n".join(f'<meta {kind}="{name}" content="{html.escape(content, quote=True)}">' for kind, name, content in tags)


def register(app, atlas) -> None:
    build_index = app.interpolate_index
    tags_of = lru_cache(maxsize=TAGS_KEPT)(partial(head_tags, atlas))  # the description takes about 0.1 s

    def interpolate_index(**parts) -> str:
        """Dash's index with the preview tags of the URL's view."""
        state, _ = drawn_state(request.query_string.decode("utf-8", "replace"), atlas)
        metas = "\n".join(filter(None, [parts.get("metas", ""), tags_of(state, request.host_url)]))
        return build_index(**{**parts, "metas": metas})

    app.interpolate_index = interpolate_index
    answers = app.server.extensions["answer_store"]
    prefix = f"preview:{http.version(atlas)}:"

    @app.server.route(PATH)
    def preview():
        state, problems = drawn_state(request.query_string.decode("utf-8", "replace"), atlas)
        if problems:
            reasons = "\n".join(notices.text(n.as_dict(), atlas, state.lang) for n in problems)
            return Response(f"{t('preview_invalid', state.lang)}\n{reasons}\n", 400, mimetype="text/plain")
        key = prefix + to_query(state)
        etag = hashlib.sha256(key.encode()).hexdigest()[:32]
        if etag in request.if_none_match:
            return cached(Response(status=304), etag)
        image = answers.get(key)
        if image is None:
            try:
                image = images.to_image(export_figures.preview_figure(own_index.atlas_for(atlas, state), state), "png", scale=1)
            except images.ExportBusy as busy:
                text = t("preview_busy", state.lang, seconds=busy.retry_after)
                return Response(text, 503, {"Retry-After": str(busy.retry_after)}, mimetype="text/plain")
            except images.ImageExportUnavailable:
                log.exception("preview image failed")
                return Response(t("preview_unavailable", state.lang), 503, mimetype="text/plain")
            answers.set(key, image)
        return cached(Response(image, mimetype="image/png"), etag)


def cached(response: Response, etag: str) -> Response:
    response.set_etag(etag)
    response.headers["Cache-Control"] = f"public, max-age={MAX_AGE_S}"
    return response
