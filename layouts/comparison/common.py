"""Pieces the comparison tabs share: the chart frame, units, zone names, the category map colours, and the
chart's numbers as a table under it."""

from __future__ import annotations

import json
import unicodedata

from dash import html

from geo import comparison
from geo.view_state import second_indicator
from layouts import chart_style, controls, map_panel
from layouts.dropdown import dropdown
from layouts.text import t


def chart(traces: list[dict], lang: str, height: int, **layout) -> dict:
    """A comparison chart: the atlas template, room for labels on the right, the legend below."""
    return chart_style.figure(
        traces,
        {
            "height": height,
            "margin": {"l": 10, "r": 90, "t": 30, "b": 40},
            "separators": ",." if lang == "de" else ".,",
            "legend": {"orientation": "h", "y": -0.18},
            **layout,
        },
    )


def unit(atlas, indicator: str, lang: str) -> str:
    return atlas.catalog[indicator]["unit"][lang]


def zone_label(zones: list[dict], zone_id: str, lang: str) -> str:
    return next(z["label"][lang] for z in zones if z["id"] == zone_id)


def zone_labels(atlas, state, places) -> list[str]:
    """The name of the zone (of the view's scheme) of each place in ``places``; ``""`` for a place in none."""
    zones, zone_of = comparison.zones_of(atlas, state)
    names = {z["id"]: z["label"][state.lang] for z in zones}
    return [names.get(zone, "") for zone in zone_of.reindex(places)]


def name_key(name: str) -> str:
    """A place name as a German index sorts it: Ä with A, not after Z.

    >>> sorted(["Ennepetal", "Ärzte", "Alpen"], key=name_key)
    ['Alpen', 'Ärzte', 'Ennepetal']
    """
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def data_table(caption, columns: list, rows: list[list], **props) -> html.Table:
    """A real HTML table: its caption, one header row and one row per entry, whose first cell names it (a row header).

    ``columns``: header texts, or ``html.Th`` cells where a header holds more (the sort buttons of the table view).
    """
    head = [column if isinstance(column, html.Th) else html.Th(column, scope="col") for column in columns]
    body = [html.Tr([html.Th(row[0], scope="row"), *[html.Td(cell) for cell in row[1:]]]) for row in rows]
    return html.Table([html.Caption(html.Div(caption, className="caption-text")), html.Thead(html.Tr(head)), html.Tbody(body)], **props)


def static_table(caption: str, columns: list[str], rows: list[list], class_name: str) -> html.Div:
    """The same table as :func:`data_table`, drawn by the browser (``assets/tables.js``) from one attribute.

    One Dash component instead of one per cell: Dash 4.4.1 remounts a callback's returned children on every update at
    a cost that grows faster than their number (a tab of ~700 components froze the page for 12 s). A cell is a text,
    a number or an ``html.Span`` (sent with its class).
    """

    def cell(value):
        if isinstance(value, html.Span):
            return {"text": value.children, "class": getattr(value, "className", "")}
        return value if value is None or isinstance(value, str) else str(value)

    spec = {"caption": caption, "class": class_name, "columns": columns, "rows": [[cell(v) for v in row] for row in rows]}
    return html.Div(className="static-table", **{"data-table": json.dumps(spec, ensure_ascii=False)})


def scroll_box(table: html.Table, *, named_by: str | None = None, label: str | None = None, **props) -> html.Div:
    """A box the table scrolls in, never the page; one tab stop, so a keyboard can scroll it too (WCAG 2.1.1).

    Named by the element ``named_by``, else by ``label``, else by the table's caption.
    """
    name = {"aria-labelledby": named_by} if named_by else {"aria-label": label or table.children[0].children.children}
    return html.Div(table, className="table-scroll", role="region", tabIndex="0", **name, **props)


def numbers(caption: str, columns: list[str], rows: list[list], lang: str, *, what: str | None = None) -> html.Details:
    """The numbers a chart or small map draws, as a table under it, folded away as "Zahlen als Tabelle"
    (``what``: which of several tables under one chart, named in the fold's summary)."""
    return html.Details(
        [
            html.Summary(t("numbers_table", lang) + (f": {what}" if what else "")),
            scroll_box(static_table(caption, columns, rows, "numbers-table"), label=caption),
        ],
        className="numbers",
    )


def recipe_options(atlas, lang: str) -> list[dict]:
    """The indicators a similar-places or data-driven-zones recipe can use (those with Gemeinde values), with their unit."""
    return [
        {"label": f"{entry['label'][lang]} ({entry['unit'][lang]})", "value": indicator}
        for indicator, entry in atlas.catalog.items()
        if "gemeinde" in entry["years"]
    ]


def second_indicator_control(atlas, state, control_id: str, label: str) -> list:
    """The second indicator's dropdown under its label (the scatter's and the bivariate clusters' set one value)."""
    return [
        html.Label(label, htmlFor=control_id),
        dropdown(
            state.lang,
            id=control_id,
            options=controls.indicator_options(atlas, None, state.lang),
            value=second_indicator(state),
            clearable=False,
            optionHeight=56,
        ),
    ]


def category_hideout(categories: dict[str, str], colours: list[str], order: list, labels: dict, selected=None) -> dict:
    """A hideout for the map style function that colours places by category (zones, clusters)."""
    texts = {
        "classes": {ags: order.index(c) for ags, c in categories.items()},
        "value": {ags: labels[c] for ags, c in categories.items()},
        "rank": {},
        "deviation": {},
    }
    return map_panel.style_hideout(texts, colours, {}, selected=selected)


#: A small map's hideout before its tab is first shown.
EMPTY_HIDEOUT = category_hideout({}, [], [], {})
