"""The table instead of the map: every place with its value, unit, rank, legend class and zone.

Built from the map's own :class:`~geo.query.MapView`, with the tooltip's texts
(:func:`layouts.map_panel.place_texts`) and the legend's class labels, so every
cell says what the map says, a missing value included with its reason. The
header buttons sort it on the server (``callbacks/table_view.py``); the sorted
column's header carries ``aria-sort``. Places without a value come last in
either direction: they have nothing to be sorted by.
"""

from __future__ import annotations

import pandas as pd
from dash import dcc, html

from geo.query import MapView
from layouts import ids, legend, map_panel
from layouts.comparison.common import data_table, name_key, scroll_box, zone_labels
from layouts.text import t

#: column → its header text key; the unit column is the same in every row and sorts nothing
COLUMNS = {
    "place": "table_place",
    "value": "table_value",
    "unit": "table_unit_column",
    "rank": "table_rank",
    "class": "table_class",
    "zone": "zone",
}
SORTABLE = ("place", "value", "rank", "class", "zone")
DEFAULT_SORT = {"column": "rank", "descending": False}  # as the ranking: the highest value first


def next_sort(sort: dict, column: str) -> dict:
    """The sort after a header button was pressed: the same column again reverses it, another starts ascending.

    >>> next_sort(DEFAULT_SORT, "rank"), next_sort(DEFAULT_SORT, "place")
    ({'column': 'rank', 'descending': True}, {'column': 'place', 'descending': False})
    """
    if column not in SORTABLE:
        raise ValueError(column)
    return {"column": column, "descending": not sort["descending"] if sort["column"] == column else False}


def checked_sort(sort) -> dict:
    """A sort the browser sent, or the default one for anything else."""
    ok = isinstance(sort, dict) and sort.get("column") in SORTABLE and isinstance(sort.get("descending"), bool)
    return {"column": sort["column"], "descending": sort["descending"]} if ok else dict(DEFAULT_SORT)


def order(rows: pd.DataFrame, zones: list[str], sort: dict) -> list[str]:
    """AGS of ``rows`` (a MapView's rows) in the order of ``sort``; places without the sort key last, ties by name."""
    keys = {
        "place": rows["name"].map(name_key),
        "value": rows["value"],
        "rank": rows["rank"],
        "class": rows["cls"].where(rows["cls"] >= 0),
        "zone": pd.Series([zone or None for zone in zones], index=rows.index).map(name_key, na_action="ignore"),
    }[sort["column"]]
    names = rows["name"].map(name_key)
    known = keys.notna()
    ranked = sorted(rows.index[known], key=lambda ags: names[ags])  # ties by name, in both directions
    ranked = sorted(ranked, key=lambda ags: keys[ags], reverse=sort["descending"])
    return ranked + sorted(rows.index[~known], key=lambda ags: names[ags])


def header(column: str, sort: dict, lang: str) -> html.Th:
    label = t(COLUMNS[column], lang)
    if column not in SORTABLE:
        return html.Th(label, scope="col")
    direction = ("descending" if sort["descending"] else "ascending") if sort["column"] == column else None
    return html.Th(
        html.Button(
            label,
            id={"type": ids.TABLE_SORT_BUTTON, "column": column},
            type="button",
            className="sort-button",
            title=t("table_sort", lang, column=label),
            **{"data-column": column},  # the button assets/layout.js gives the focus back to
        ),
        scope="col",
        **({"aria-sort": direction} if direction else {}),
    )


def table(atlas, state, view: MapView, sort: dict) -> html.Table:
    """The table for the view, in the order of ``sort``."""
    lang = state.lang
    entry = atlas.catalog[view.indicator]
    unit = entry["unit"][lang]
    texts = map_panel.place_texts(view.rows, entry["precision"], lang, atlas.catalog)  # the map's tooltip texts
    classes = legend.class_labels(view, entry["precision"], lang)
    zone_names = zone_labels(atlas, state, view.rows.index)
    zones = dict(zip(view.rows.index, zone_names))
    rows = [
        [
            view.rows.at[ags, "name"],
            texts["value"][ags],
            unit,
            str(texts["rank"][ags]) if ags in texts["rank"] else "–",
            classes[texts["classes"][ags]] if texts["classes"][ags] >= 0 else t("legend_no_data", lang),
            zones[ags],
        ]
        for ags in order(view.rows, zone_names, sort)
    ]
    caption = [
        html.Strong(t("table_caption", lang, title=map_panel.title(atlas, state, view))),
        f" {t('table_unit', lang, unit=unit)} {map_panel.source(atlas, state, view, boundaries=False)}",
        html.Span(f" {t('table_sort_help', lang)}", className="table-help"),
    ]
    return data_table(caption, [header(column, sort, lang) for column in COLUMNS], rows, className="place-table")


def build(state, content: html.Table | None, *, shown: bool) -> html.Div:
    """The panel; its table is built when it is first shown (``content`` given) or asked for (callbacks/table_view.py)."""
    lang = state.lang
    content = content if content is not None else html.P(t("table_waiting", lang))
    return html.Div(
        className="table-panel",
        id=ids.TABLE_PANEL,
        role="tabpanel",
        hidden=not shown,
        **{"aria-labelledby": ids.VIEW_TABS["table"]},
        children=[
            dcc.Store(id=ids.TABLE_SORT, data=DEFAULT_SORT),
            dcc.Store(id=ids.TABLE_REQUEST),
            scroll_box(content, named_by=ids.VIEW_TABS["table"], id=ids.TABLE),
        ],
    )
