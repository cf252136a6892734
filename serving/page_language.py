"""The page's language where the browser and a screen reader first look: ``<html lang>`` and the ``<title>``.

Dash writes one index page for every visitor (``<html>`` without ``lang``, the title given to ``Dash()``).
Each HTML answer gets the language its URL asks for (``?lang=en``, decided as the page itself decides it),
so a screen reader speaks the page in the right voice from its first word. When the language link switches
the page in the browser, ``callbacks/page_language.py`` keeps both in step.
"""

from __future__ import annotations

import re
from html import escape

from flask import request

from geo.view_state import parse_query
from layouts.text import t

HTML_TAG = re.compile(rb"<html(?=[\s>])(?![^>]*\blang=)")  # an <html> that names no language yet
TITLE = re.compile(rb"<title>.*?</title>", re.DOTALL)


def localised(page: bytes, lang: str) -> bytes:
    """``page`` with ``lang`` on its ``<html>`` element and the atlas's title in that language.

    A page that names its language itself (the plain pages of ``serving/pages.py``) keeps its own and its title.
    """
    if not HTML_TAG.search(page):
        return page
    page = HTML_TAG.sub(f'<html lang="{lang}"'.encode(), page, count=1)
    return TITLE.sub(f"<title>{escape(t('title', lang))}</title>".encode(), page, count=1)


def register(app, atlas) -> None:
    @app.server.after_request
    def set_language(response):
        if response.mimetype != "text/html" or response.direct_passthrough:
            return response
        lang = parse_query(request.query_string.decode("utf-8", "replace"), atlas)[0].lang
        response.set_data(localised(response.get_data(), lang))
        return response
