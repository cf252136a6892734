"""The two-indicators tab: every unit as a dot, the second indicator across, the view's indicator up."""

from __future__ import annotations

from dash import html

from geo import comparison
from geo.view_state import ViewState, second_indicator
from layouts.comparison.common import chart, name_key, numbers, unit
from layouts.format import number
from layouts.text import t


def content(atlas, state: ViewState) -> tuple[dict, list]:
    lang = state.lang
    zones = comparison.scheme_zones(atlas, state.scheme)
    result = comparison.scatter_of_view(atlas, state)
    traces = []
    for zone in zones:
        mine = result.table[(result.table["zone"] == zone["id"]) & result.table["x"].notna() & result.table["y"].notna()]
        if len(mine):
            traces.append(
                {
                    "type": "scatter",
                    "x": mine["x"].tolist(),
                    "y": mine["y"].tolist(),
                    "mode": "markers",
                    "name": zone["label"][lang],
                    "text": mine["name"].tolist(),
                    "customdata": list(mine.index),
                    "marker": {"color": zone["colour"], "size": 10, "line": {"width": 0.5, "color": "#333"}},
                    "hovertemplate": "%{text}<br>x: %{x}<br>y: %{y}<extra></extra>",
                }
            )
    line = result.fit_line()
    if line is not None:
        traces.append(
            {
                "type": "scatter",
                "x": line[0],
                "y": line[1],
                "mode": "lines",
                "name": t("scatter_fit", lang),
                "line": {"color": "#333", "dash": "dash"},
                "hoverinfo": "skip",
            }
        )
    x_title, y_title = (
        axis_title(atlas, second_indicator(state), result.year_x, lang),
        axis_title(atlas, state.indicator, result.year_y, lang),
    )
    fig = chart(traces, lang, 460, xaxis={"title": {"text": x_title}}, yaxis={"title": {"text": y_title}})
    precision = {
        axis: atlas.catalog[indicator]["precision"] for axis, indicator in (("x", second_indicator(state)), ("y", state.indicator))
    }
    labels = {z["id"]: z["label"][lang] for z in zones}
    rows = [
        [row["name"], labels.get(row["zone"], "")] + [number(row[axis], precision[axis], lang) for axis in ("x", "y")]
        for row in result.table.sort_values("name", key=lambda names: names.map(name_key)).to_dict("records")
    ]
    return fig, [
        html.P(
            t("scatter_summary", lang, r=number(result.r, 2, lang), n=result.units, x_year=result.year_x, y_year=result.year_y),
            className="gap-sentence",
        ),
        numbers(t("numbers_scatter", lang), [t("table_place", lang), t("zone", lang), x_title, y_title], rows, lang),
        html.P(t("method_scatter", lang), className="method-note"),
    ]


def axis_title(atlas, indicator: str, year: int, lang: str) -> str:
    return f"{atlas.catalog[indicator]['label'][lang]} ({unit(atlas, indicator, lang)}), {year}"
