"""Series breaks on a chart: a dashed line with a short label where a series changes source or definition,
lines that stop at it instead of running across, and the break's note for the hover and the numbers table.

Only breaks that are not declared comparable are drawn (:mod:`geo.series_breaks`).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from dash import html

from geo import series_breaks
from layouts import chart_style
from layouts.text import t


@dataclass(frozen=True)
class Mark:
    year: int  # the first year of the new segment
    x: float  # where the line is drawn: halfway between the last year before and ``year``
    label: str  # "Bruch: neue Quelle"
    note: str  # what changed, in the page's language
    lang: str


def marks(breaks: pd.DataFrame, indicator: str, level: str, years, lang: str, ags: str | None = None) -> list[Mark]:
    """One mark per year in which a non-comparable break of the series starts, within ``years``.

    With ``ags`` only that place's breaks and those of every place count; without, any place's.
    """
    years = sorted({int(y) for y in years})
    if not years:
        return []
    mine = series_breaks.breaks_between(breaks, indicator, level, years[0], years[-1])
    mine = mine[~mine["comparable"] & (mine["ags"].isin(("", ags)) if ags is not None else True)]
    found = []
    for year, rows in mine.groupby("year", sort=True):
        before = [y for y in years if y < year]
        kind = "definition" if (rows["kind"] == "definition").any() else "publication"
        found.append(Mark(int(year), (before[-1] + year) / 2, t(f"break_{kind}", lang), " · ".join(rows[f"note_{lang}"]), lang))
    return found


def layout(found: list[Mark]) -> dict:
    """Plotly layout entries for the marks: a dashed line over the whole figure's height (both plots of the
    trend chart) and a label above it whose hover shows the note; crowded breaks get the short label."""
    if not found:
        return {}
    crowded = any(b.x - a.x < 3 for a, b in zip(found, found[1:]))
    shapes, annotations = [], []
    for mark in found:
        text = t("break_short", mark.lang) if crowded else mark.label
        shape, annotation = chart_style.reference_line(mark.x, "x", {"dash": "dash", "width": 1.5, "color": "#333333"}, text)
        shapes.append({**shape, "yref": "paper"})
        annotations.append({**annotation, "yref": "paper", "hovertext": mark.note, "font": {"size": 11}})
    return {"shapes": shapes, "annotations": annotations}


def by_segment(trace: dict, segments: list[int]) -> list[dict]:
    """``trace`` cut into one trace per segment (``segments[i]`` is the segment of point ``i``), so no line or
    filled area runs across a break; the pieces share one legend entry and keep their own stack."""
    pieces = sorted(set(segments))
    if len(pieces) < 2:
        return [trace]
    out = []
    for number, segment in enumerate(pieces):
        keep = [i for i, s in enumerate(segments) if s == segment]
        piece = {**trace, "x": [trace["x"][i] for i in keep], "y": [trace["y"][i] for i in keep], "legendgroup": trace["name"]}
        if number:
            piece["showlegend"] = False
        if len(keep) == 1:  # a year alone in its segment is drawn as a point: there is no line to draw
            piece["mode"] = "lines+markers"
        if "stackgroup" in trace:
            piece["stackgroup"] = f"{trace['stackgroup']}-{segment}"
        out.append(piece)
    return out


def notes_by_year(found: list[Mark], lang: str) -> dict[int, html.Span]:
    """The text a numbers table shows in the row of a break's first year (a text that may wrap, unlike the numbers)."""
    return {m.year: html.Span(t("break_in_year", lang, label=m.label, year=m.year, note=m.note), className="cell-text") for m in found}
