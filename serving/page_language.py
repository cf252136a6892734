"""The page's language where the browser and a screen reader first look: ``<html lang>`` and the ``<title>``.

Dash writes one index page for every visitor (``<html>`` without ``lang``, the title given to ``Dash()``).
The index is built with the language its URL asks for (``?lang=en``, decided as the page itself decides it),
so a screen reader speaks the page in the right voice from its first word. Only Dash's index is touched; the
plain pages of ``serving/pages.py`` write their own. When the language link switches the page in the
browser, ``callbacks/page_language.py`` keeps both in step.
"""

from __future__ import annotations

from flask import request

from geo.view_state import parse_query
from layouts.text import t


def register(app, atlas) -> None:
    build_index = app.interpolate_index

    def interpolate_index(**parts) -> str:
        """Dash's index (``Dash.interpolate_index``, called for every index request) in the language of the URL."""
        lang = parse_query(request.query_string.decode("utf-8", "replace"), atlas)[0].lang
        page = build_index(**{**parts, "title": t("title", lang)})
        return page.replace("<html>", f'<html lang="{lang}">', 1)

    app.interpolate_index = interpolate_index
