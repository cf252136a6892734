"""The banner that says why the view differs from what a link asked for."""

from __future__ import annotations

from dash import html

from geo.indicator_rows import MAP_LEVELS
from layouts.text import STRINGS, t


def _value(name: str, value, atlas, lang: str) -> str:
    if name == "indicator" and value in atlas.catalog:
        return atlas.catalog[value]["label"][lang]
    if name == "level" and value in MAP_LEVELS:
        return t(f"level_short_{value}", lang)
    if name == "valid" and value in STRINGS:
        return t(value, lang)
    return str(value)


def text(notice: dict, atlas, lang: str) -> str:
    """The words of one notice (``{"key", "values"}``); not escaped."""
    return t(notice["key"], lang, **{name: _value(name, value, atlas, lang) for name, value in notice["values"].items()})


def build(notices: list[dict], atlas, lang: str) -> list:
    """One line per notice (``{"key", "values"}``); Dash escapes the user-supplied parts."""
    if not notices:
        return []
    items = [html.Li(text(n, atlas, lang)) for n in notices]
    return [html.Div(html.Ul(items), className="notice", role="status")]
