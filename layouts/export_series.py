"""Figures of several years of one map: small multiples on one page, and the frames of the animation.

Both are drawn like the map export (``layouts/export_figures.py``: polygons on a
plane, no tile server), with one trace per colour so that many panels stay quick
to render. The animation's frames are stacked in one tall figure that the
renderer draws once; ``serving/animation.py`` cuts it into frames. Every frame
carries the title, its year, the legend and the source line.
"""

from __future__ import annotations

import math
import textwrap

import numpy as np
import plotly.graph_objects as go

from geo import time_views
from geo.time_views import SeriesView
from geo.view_state import ViewState
from layouts import export_figures
from layouts import legend as legend_panel
from layouts.format import year_label, year_runs
from layouts.source_line import BOUNDARIES, source_line
from layouts.text import t

NO_DATA = "#eeeeee"
HATCH = {"shape": "/", "fgcolor": "#9a9a9a", "bgcolor": NO_DATA, "size": 6}
COLUMNS = 4  # panels per row of the small multiples
MAP_ASPECT = 1.8  # the RVR area on the plane is about 1.8 times as wide as high
FRAME_WIDTH, FRAME_HEIGHT = 640, 500  # one animation frame, in CSS pixels
FRAME_TOP, FRAME_BOTTOM = 78, 92  # title above the map, source line under it


def panel(shapes: dict, borders: tuple, fills: dict, axis: int, x: list, y: list) -> tuple[list[dict], dict]:
    """One map in the plot area ``x`` × ``y`` (paper fractions) on axes number ``axis``: its traces (one per
    colour, then the Kreis borders) and its axes. Plain dicts, so that a figure of many panels is validated once."""
    groups: dict[str | None, tuple[list, list]] = {}
    for ags, (xs, ys) in shapes.items():
        group = groups.setdefault(fills.get(ags), ([], []))
        group[0].extend(xs)
        group[1].extend(ys)
    name = "" if axis == 1 else str(axis)
    common = {"type": "scatter", "xaxis": f"x{name}", "yaxis": f"y{name}", "hoverinfo": "skip", "showlegend": False}
    traces = [
        {
            **common,
            "x": np.array(xs, dtype=float),  # arrays (None → NaN, a gap) keep plotly's validation quick
            "y": np.array(ys, dtype=float),
            "fill": "toself",
            "mode": "lines",
            "line": {"color": "#ffffff", "width": 0.5},
            "fillcolor": colour or NO_DATA,
            **({} if colour else {"fillpattern": HATCH}),
        }
        for colour, (xs, ys) in groups.items()
    ]
    traces.append({**common, "x": borders[0], "y": borders[1], "mode": "lines", "line": {"color": "#1f1f1f", "width": 1}})
    axes = {
        f"xaxis{name}": {"domain": x, "visible": False, "anchor": f"y{name}"},
        f"yaxis{name}": {"domain": y, "visible": False, "anchor": f"x{name}", "scaleanchor": f"x{name}", "scaleratio": 1},
    }
    return traces, axes


def label(text: str, x: float, y: float, size: float, align: str = "center", colour: str = "#111111") -> dict:
    """A text placed on the paper (top-anchored)."""
    return {
        "text": text,
        "xref": "paper",
        "yref": "paper",
        "x": x,
        "y": y,
        "xanchor": align,
        "yanchor": "top",
        "align": align,
        "showarrow": False,
        "font": {"size": size, "color": colour},
    }


def fills(series: SeriesView, year: int) -> dict[str, str | None]:
    rows = series.views[year].rows
    return {ags: (series.colours[int(c)] if c >= 0 else None) for ags, c in rows["cls"].items()}


def legend_items(atlas, series: SeriesView, lang: str) -> list[tuple[str | None, str]]:
    """``(colour, label)`` of every shared class, then "no data"."""
    view = next(iter(series.views.values()))
    labels = legend_panel.class_labels(view, atlas.catalog[series.indicator]["precision"], lang)
    return [*zip(series.colours, labels), (None, t("legend_no_data", lang))]


def series_source(atlas, series: SeriesView, lang: str) -> str:
    """The source lines of all years shown, each different line once."""
    lines = dict.fromkeys(source_line(atlas, series.indicator, series.level, year, lang) for year in series.years)
    return " ".join(lines) + f" {BOUNDARIES}."


def shared_note(atlas, series: SeriesView, lang: str) -> str:
    entry = atlas.catalog[series.indicator]
    method = t(f"classification_{series.breaks.method}", lang)
    return t(
        "series_shared_classes",
        lang,
        method=method,
        years=year_runs(series.years) if len(series.years) > 8 else ", ".join(map(str, series.years)),
        unit=entry["unit"][lang],
    )


def multiples_figure(atlas, state: ViewState) -> go.Figure:
    """Small multiples: the map of every fifth year of the comparable run on screen (and its last), shared classes."""
    series = time_views.multiples(atlas, state)
    lang = state.lang
    shapes, borders = export_figures.outlines(atlas, series.level), np.array(export_figures.kreis_lines(atlas), dtype=float)
    marks = time_views.new_runs(atlas, series)
    rows = math.ceil(len(series.years) / COLUMNS)
    columns = math.ceil(len(series.years) / rows)
    traces, layout, annotations = [], {}, []
    for i, year in enumerate(series.years):
        row, column = divmod(i, columns)
        x = [column / columns + 0.01, (column + 1) / columns - 0.01]
        top = 1 - row / rows
        drawn, axes = panel(shapes, borders, fills(series, year), i + 1, x, [top - 1 / rows + 0.02, top - 0.14 / rows])
        traces += drawn
        layout |= axes
        mark = f" · {t('series_new_run_short', lang)}" if year in marks else ""
        annotations.append(label(f"<b>{year_label(year, series.views[year].period)}</b>{mark}", sum(x) / 2, top, 15))
    for colour, text in legend_items(atlas, series, lang):
        marker = {"symbol": "square", "size": 15, "color": colour or NO_DATA, "line": {"color": "#888888", "width": 1}}
        traces.append({"type": "scatter", "x": [None], "y": [None], "mode": "markers", "name": text, "hoverinfo": "skip", "marker": marker})
    fig = go.Figure(data=traces, layout={**layout, "annotations": annotations, "legend": {"orientation": "h", "font": {"size": 12}}})
    entry = atlas.catalog[series.indicator]
    title = t("series_title", lang, indicator=entry["label"][lang], first=series.years[0], last=series.years[-1])
    sub = f"{entry['unit'][lang]} · {t(f'level_{series.level}', lang)}"
    breaks = [t("series_break_note", lang, year=m["year"], note=m["note"][lang].rstrip(".")) for m in marks.values()]
    note = " ".join([shared_note(atlas, series, lang), *breaks, series_source(atlas, series, lang)])
    row_px = (export_figures.WIDTH - 110) / columns / MAP_ASPECT + 40
    return export_figures.decorate(fig, title, sub, note, height=round(rows * row_px) + 20)


def frames_figure(atlas, state: ViewState) -> tuple[go.Figure, list[int]]:
    """Every year of the indicator as one frame of :data:`FRAME_WIDTH` × :data:`FRAME_HEIGHT`, stacked top to bottom."""
    series = time_views.animation(atlas, state)
    lang = state.lang
    entry = atlas.catalog[series.indicator]
    shapes, borders = export_figures.outlines(atlas, series.level), np.array(export_figures.kreis_lines(atlas), dtype=float)
    count = len(series.years)
    total = FRAME_HEIGHT * count
    items = legend_items(atlas, series, lang)
    title = "<br>".join(textwrap.wrap(entry["label"][lang], 62)[:2])
    traces, layout, annotations, shapes_ = [], {}, [], []

    def paper_y(frame: int, px: float) -> float:
        """Paper fraction of ``px`` pixels below the top of frame ``frame``."""
        return 1 - (frame * FRAME_HEIGHT + px) / total

    for i, year in enumerate(series.years):
        view = series.views[year]
        map_y = [paper_y(i, FRAME_HEIGHT - FRAME_BOTTOM), paper_y(i, FRAME_TOP)]
        drawn, axes = panel(shapes, borders, fills(series, year), i + 1, [0.01, 0.64], map_y)
        traces += drawn
        layout |= axes
        annotations += [
            label(f"<b>{title}</b>", 0.015, paper_y(i, 8), 14, "left"),
            label(f"<b>{year_label(year, view.period)}</b>", 0.985, paper_y(i, 6), 30, "right"),
            label(
                f"{entry['unit'][lang]} · {t(f'level_{series.level}', lang)}", 0.015, paper_y(i, 52 if "<br>" in title else 34), 11, "left"
            ),
        ]
        mark = time_views.break_before(atlas, series.indicator, series.level, year)
        if mark and series.years[0] < mark["year"]:
            annotations.append(label(t("series_new_run", lang, year=mark["year"]), 0.985, paper_y(i, 44), 11, "right", "#8a1c00"))
        source = f"{shared_note(atlas, series, lang)} {source_line(atlas, series.indicator, series.level, year, lang)} {BOUNDARIES}."
        lines = "<br>".join(textwrap.wrap(source, 118)[:7])
        annotations.append(label(lines, 0.015, paper_y(i, FRAME_HEIGHT - FRAME_BOTTOM + 4), 8.5, "left", "#444444"))
        for row, (colour, text) in enumerate(items):
            top = FRAME_TOP + 10 + 22 * row
            box = {
                "type": "rect",
                "xref": "paper",
                "yref": "paper",
                "x0": 0.665,
                "x1": 0.69,
                "y0": paper_y(i, top + 15),
                "y1": paper_y(i, top),
            }
            shapes_.append({**box, "fillcolor": colour or NO_DATA, "line": {"color": "#888888", "width": 1}})
            annotations.append(label(text, 0.70, paper_y(i, top - 1), 11, "left"))
    fig = go.Figure(data=traces, layout={**layout, "annotations": annotations, "shapes": shapes_})
    fig.update_layout(
        width=FRAME_WIDTH,
        height=total,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        paper_bgcolor="white",
        plot_bgcolor="white",
        showlegend=False,
        font={"family": "Arial, Helvetica, sans-serif"},
    )
    return fig, series.years
