"""What the map column shows for a view state: the map of one year, or the change between two years.

The page (``layouts/shell.py``) and the callbacks that follow the state ask here, so
the map, its ranking, its table and its description always show the same view.
"""

from __future__ import annotations

from geo import change, query
from layouts import alt_text, change_view, ids, legend, links, map_panel, ranking_panel, similar_panel, table_view
from layouts.comparison import regions as regions_panel
from layouts.text import t


def props(atlas, state) -> dict:
    """Hideout, legend, title, source and the screen reader's announcement of the map."""
    if state.change:
        view = change.view_change(atlas, state)
        hideout = change_view.hideout(atlas, state, view)
        title = change_view.title(atlas, state, view)
        shown_legend = change_view.legend(atlas, state, view)
        source = change_view.source(atlas, view, state.lang, boundaries=True)
    else:
        view = query.map_view(atlas, state)
        hideout = map_panel.hideout(atlas, state, view)
        title = map_panel.title(atlas, state, view)
        shown_legend = legend.build(atlas, view, state.lang)
        source = map_panel.source(atlas, state, view)
    return {
        (ids.MAP_GEOJSON, "hideout"): hideout,
        (ids.MAP_LEGEND, "children"): shown_legend,
        (ids.MAP_TITLE, "children"): title,
        (ids.MAP_DATA_LINK, "href"): links.data_page(state.indicator, state.lang),
        (ids.MAP_DATA_LINK, "title"): t("data_page_about", state.lang, label=atlas.catalog[state.indicator]["label"][state.lang]),
        (ids.MAP_SOURCE, "children"): source,
        (ids.MAP_ANNOUNCE, "children"): t("map_announce", state.lang, title=title),
    }


def ranking(atlas, state) -> tuple[dict, str]:
    """The ranking chart and its source line."""
    if state.change:
        view = change.view_change(atlas, state)
        return change_view.ranking_figure(atlas, view, state.lang, state.selected), change_view.source(atlas, view, state.lang)
    view = query.map_view(atlas, state)
    figure = ranking_panel.figure(atlas, view, state.lang, state.selected, present=state.present)
    return figure, map_panel.source(atlas, state, view, boundaries=False)


def table(atlas, state, sort: dict):
    """The table view's table (the change table lists places by their change and has no sort buttons)."""
    if state.change:
        return change_view.table(atlas, state, change.view_change(atlas, state))
    return table_view.table(atlas, state, query.map_view(atlas, state), sort)


def describe(atlas, state, what: str) -> str:
    """The text description of the map or ranking (``what``), or of the comparison chart."""
    if state.change and what in ("map", "ranking"):
        return change_view.describe(atlas, state, change.view_change(atlas, state), what)
    if what == "regions":
        return regions_panel.description(atlas, state)
    if what == "similar":
        return similar_panel.description(atlas, state)
    return alt_text.describe(atlas, state, what)
