"""Addresses of the atlas's plain pages, relative to the atlas, in a language (the default language needs no parameter)."""

from __future__ import annotations

from geo.view_state import DEFAULT

#: The folder of the data pages (``layouts/data_page.py``).
DATA_FOLDER = "daten"


def href(slug: str, lang: str) -> str:
    """A page's address relative to the atlas; ``slug`` ``"."`` is the atlas itself."""
    path = "./" if slug == "." else slug
    return path if lang == DEFAULT.lang else f"{path}?lang={lang}"


def data_page(indicator: str, lang: str) -> str:
    """The address of an indicator's data page, relative to the atlas."""
    return href(f"{DATA_FOLDER}/{indicator}", lang)
