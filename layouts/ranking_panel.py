"""The context chart under the map: every unit as a bar, sorted by value, coloured like the map."""

from __future__ import annotations

import textwrap

from dash import html

from geo import classify
from geo.query import IMPLAUSIBLE, MapView
from layouts import chart_style, ids, ranks
from layouts.format import number, year_label
from layouts.text import t

BAR_HEIGHT = 15  # pixels per unit, so 53 names stay legible
TITLE_WRAP = 50  # characters per title line, so the title fits a phone's width
TITLE_LINE_PX = 20
PROJECTOR_BAR_HEIGHT = 24  # the same for the projector's 20 px type


def figure(atlas, view: MapView, lang: str, selected: str | None, *, present: bool = False) -> dict:
    """The chart; ``present``: with type large enough for a projector (presentation mode)."""
    entry = atlas.catalog[view.indicator]
    precision = entry["precision"]
    known = view.rows[view.rows["value"].notna()].sort_values("value")
    colours = [view.colours[c] if c >= 0 else classify.MISSING_COLOUR for c in known["cls"]]
    unit = entry["unit"][lang]
    bar = {
        "type": "bar",
        "x": known["value"].tolist(),
        "y": known["name"].tolist(),
        "orientation": "h",
        "customdata": list(known.index),
        "marker": {"color": colours, "line": {"color": ["#111111" if a == selected else "rgba(0,0,0,0)" for a in known.index], "width": 2}},
        "text": [number(v, precision, lang) for v in known["value"]],
        "textposition": "outside",
        "cliponaxis": False,
        "hovertemplate": "%{y}: %{text} " + unit.replace("%", "%%") + "<extra></extra>",
    }
    shapes, annotations = [], []
    if view.mean is not None:
        shape, annotation = chart_style.reference_line(
            view.mean["value"],
            "x",
            {"color": "#222222", "dash": "dash", "width": 1.5},
            f"{t('ranking_mean', lang)} {number(view.mean['value'], precision, lang)}",
        )
        shapes, annotations = [shape], [annotation]
    lines = title_lines(atlas, view, lang, present=present)
    line_px = TITLE_LINE_PX * (1.7 if present else 1)  # large_type grows the title's 15 px to 25 px
    top = round(line_px * len(lines)) + (55 if present else 35)  # the title lines, then the label of the mean line above the plot
    chart = chart_style.figure(
        [bar],
        {
            "title": {"text": "<br>".join(lines), "x": 0, "font": {"size": 15}},
            "height": max(220, (PROJECTOR_BAR_HEIGHT if present else BAR_HEIGHT) * len(known) + 70 + top),
            "margin": {"l": 10, "r": 100 if present else 60, "t": top, "b": 30},
            "xaxis": {"title": {"text": unit}, "separatethousands": True, "zeroline": True},
            "yaxis": {"automargin": True, "tickfont": {"size": 11}},
            "separators": ",." if lang == "de" else ".,",
            "showlegend": False,
            "uirevision": view.indicator,
            "shapes": shapes,
            "annotations": annotations,
        },
    )
    return chart_style.large_type(chart) if present else chart


def title_lines(atlas, view: MapView, lang: str, *, present: bool = False) -> list[str]:
    """The chart's title: what it ranks (but in presentation mode, where the map title beside it says so and the room
    needs the height), the year, and the places without a value."""
    known = view.rows["value"].notna()
    absent = view.rows[~known].sort_values("name")
    missing = [
        t("ranking_withheld", lang, name=row.name) if row.flag.startswith(IMPLAUSIBLE) else row.name
        for row in absent[["name", "flag"]].itertuples(index=False)
    ]
    # the chart names what it ranks: an embed or a screenshot of it has no map title above it
    named = [] if present else textwrap.wrap(atlas.catalog[view.indicator]["label"][lang], TITLE_WRAP, break_on_hyphens=False)
    lines = [*named, t("ranking_title", lang, year=year_label(view.year, view.period))]
    if missing:
        counted = ranks.with_value(int(known.sum()), len(view.rows), view.level, lang)
        lines.append(f"<sup>{counted} · {t('legend_no_data', lang)}: {', '.join(missing)}</sup>")
    return lines


def build(figure_: dict, source: str, *, hidden: bool = True, below=None) -> html.Div:
    """The ranking chart and its source line; ``below``: what follows them (the own index's robustness)."""
    return html.Div(
        className="ranking-panel",
        id=ids.RANKING_PANEL,
        role="tabpanel",
        hidden=hidden,
        **{"aria-labelledby": ids.VIEW_TABS["ranking"]},
        children=[
            # described by the map's summary: the same places, values and mean
            chart_style.graph(ids.RANKING, figure_, named_by=ids.VIEW_TABS["ranking"], described_by=ids.MAP_SUMMARY),
            html.P(source, id=ids.RANKING_SOURCE, className="source-line"),
            *([below] if below is not None else []),
        ],
    )
