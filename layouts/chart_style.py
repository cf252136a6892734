"""The charts' common parts: one trimmed Plotly template, and figures as plain data.

A figure carries its template to the browser. Plotly's default template holds
about 7 KB of settings for trace types the atlas never draws (3-D scenes, polar,
ternary, colour scales); the atlas template keeps Plotly's look on white for the
bar, box and scatter charts it draws, so a chart update is a third of the size.

Charts that answer callbacks are built as plain dicts: ``dcc.Graph`` takes them
as they are, and building one takes microseconds instead of the 10–20 ms of
Plotly's validated figure objects. ``tests/callbacks`` validate every chart
against Plotly's schema (``go.Figure(chart)``), so nothing is lost.
"""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio
from dash import dcc, html

#: Every chart on the page: no Plotly toolbar (its ten buttons were ten tab stops per chart, and the export menu
#: already gives each chart as PNG, SVG and data); not "responsive": Dash would drop the figures' heights, and a
#: box of auto height is 0 px high.
GRAPH_CONFIG = {"displaylogo": False, "displayModeBar": False}


def graph(graph_id: str, figure_: dict, *, named_by: str, described_by: str) -> html.Div:
    """A chart as one image to a screen reader: named (``named_by``: an element id) and described in words
    (``described_by``: ids of the text that says what it shows); its numbers stand in a table beside it.
    Plotly's SVG would otherwise be read out as loose axis ticks."""
    return html.Div(
        dcc.Graph(id=graph_id, figure=figure_, config=GRAPH_CONFIG, clear_on_unhover=True),
        role="img",
        className="chart",
        **{"aria-labelledby": named_by, "aria-describedby": described_by},
    )


_PLOTLY = pio.templates["plotly"]
_KEPT = ("autotypenumbers", "colorway", "font", "hoverlabel", "hovermode", "xaxis", "yaxis", "annotationdefaults", "shapedefaults", "title")

TEMPLATE = go.layout.Template(
    layout={**{key: _PLOTLY.layout[key] for key in _KEPT}, "paper_bgcolor": "white", "plot_bgcolor": "white"},
    data={"bar": _PLOTLY.data.bar, "scatter": _PLOTLY.data.scatter},
)
_TEMPLATE_DATA = TEMPLATE.to_plotly_json()


def empty_figure() -> go.Figure:
    """A figure object with the atlas template (Plotly's default template is never copied in)."""
    return go.Figure(layout={"template": TEMPLATE})


def figure(traces: list[dict], layout: dict) -> dict:
    """A chart as plain data, with the atlas template."""
    return {"data": traces, "layout": {"template": _TEMPLATE_DATA, **layout}}


#: Type on a projector, in pixels: read from the back of a room at 1280×720 (Plotly's default is 12).
PROJECTOR_FONT = 20


def large_type(chart: dict, *, fill_box: bool = False) -> dict:
    """The chart for presentation mode: every text at least :data:`PROJECTOR_FONT` pixels.

    Texts without a size of their own (axes, legend, annotations, bar labels) inherit the layout's font;
    the sizes a chart sets grow in proportion and never stay below it; a legend goes above the plot. ``fill_box``: the chart drops its
    own height and fills the box the stylesheet gives it (the presentation section of assets/style.css).
    """

    def grown(node):
        if isinstance(node, list):
            return [grown(value) for value in node]
        if not isinstance(node, dict):
            return node
        result = {key: value if key == "template" else grown(value) for key, value in node.items()}
        for key, value in node.items():
            if key.endswith("font") and isinstance(value, dict) and isinstance(value.get("size"), (int, float)):
                result[key] = {**result[key], "size": max(PROJECTOR_FONT, round(value["size"] * PROJECTOR_FONT / 12))}
        return result

    layout = grown(chart["layout"])
    layout["font"] = {**layout.get("font", {}), "size": PROJECTOR_FONT}
    if "legend" in layout:  # above the plot: below it, large tick labels and the legend overlap
        layout["legend"] = {**layout["legend"], "orientation": "h", "x": 0, "xanchor": "left", "y": 1.02, "yanchor": "bottom"}
    if fill_box:
        layout.pop("height", None)
    return {**chart, "data": grown(chart["data"]), "layout": layout}


def reference_line(value: float, axis: str, line: dict, text: str) -> tuple[dict, dict]:
    """``(shape, annotation)``: a line across the plot at ``value`` on axis ``"x"`` (labelled on top) or ``"y"``
    (labelled on the right), as Plotly's ``add_vline`` / ``add_hline`` draw it."""
    value = float(value)
    if axis == "x":
        return (
            {"type": "line", "xref": "x", "yref": "y domain", "x0": value, "x1": value, "y0": 0, "y1": 1, "line": line},
            {
                "text": text,
                "showarrow": False,
                "xref": "x",
                "x": value,
                "xanchor": "center",
                "yref": "y domain",
                "y": 1,
                "yanchor": "bottom",
            },
        )
    return (
        {"type": "line", "xref": "x domain", "yref": "y", "x0": 0, "x1": 1, "y0": value, "y1": value, "line": line},
        {"text": text, "showarrow": False, "xref": "x domain", "x": 1, "xanchor": "left", "yref": "y", "y": value, "yanchor": "middle"},
    )
