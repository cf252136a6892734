"""Addresses of the atlas's plain pages, relative to the atlas, in a language (the default language needs no parameter)."""

from __future__ import annotations

from geo.own_index import INDEX_ID
from geo.view_state import DEFAULT
from layouts.ids import INDEX_PANEL

#: The folder of the data pages (``layouts/data_page.py``).
DATA_FOLDER = "daten"


def href(slug: str, lang: str) -> str:
    """A page's address relative to the atlas; ``slug`` ``"."`` is the atlas itself."""
    path = "./" if slug == "." else slug
    return path if lang == DEFAULT.lang else f"{path}?lang={lang}"


def data_page(indicator: str, lang: str) -> str:
    """The address of an indicator's data page, relative to the atlas; an own index has none: its recipe is in the builder."""
    if indicator == INDEX_ID:
        return f"#{INDEX_PANEL}"
    return href(f"{DATA_FOLDER}/{indicator}", lang)
