"""dcc.Dropdown in the page's language.

Dash 4 writes words of its own into a dropdown ("3 selected", "Clear selection", "Search",
"No options found", "Select All") and writes them in English unless its ``labels`` say otherwise;
every dropdown of the atlas is made here, so a German page has no English words in it.
"""

from __future__ import annotations

from dash import dcc

from layouts.text import t

LABELS = ("select_all", "deselect_all", "selected_count", "search", "clear_search", "clear_selection", "no_options_found")


def dropdown(lang: str, **props) -> dcc.Dropdown:
    """A dcc.Dropdown with ``props`` whose own words are in ``lang``."""
    return dcc.Dropdown(labels={key: t(f"dropdown_{key}", lang) for key in LABELS}, **props)
