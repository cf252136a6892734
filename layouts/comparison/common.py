"""Pieces the comparison tabs share: the chart frame, units, zone names and the category map colours."""

from __future__ import annotations

from dash import html

from layouts import chart_style, map_panel


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


def scrolling_table(rows: list, class_name: str, label: str) -> html.Div:
    """A table wider than a narrow panel scrolls in its own box, which the keyboard can reach and a screen reader names."""
    return html.Div(html.Table(rows, className=class_name), className="table-scroll", tabIndex=0, role="region", **{"aria-label": label})


def unit(atlas, indicator: str, lang: str) -> str:
    return atlas.catalog[indicator]["unit"][lang]


def zone_label(zones: list[dict], zone_id: str, lang: str) -> str:
    return next(z["label"][lang] for z in zones if z["id"] == zone_id)


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
