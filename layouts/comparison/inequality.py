"""The inequality tab: CV, Gini and Theil over the years, with Theil's between- and within-zone parts."""

from __future__ import annotations

from dash import html

from geo import comparison
from geo.view_state import ViewState, shown_year
from layouts import break_marks
from layouts.comparison.common import chart, numbers
from layouts.format import number
from layouts.text import t


def content(atlas, state: ViewState) -> tuple[dict, list]:
    lang, year = state.lang, shown_year(state, atlas)
    zones, zone_of = comparison.zones_of(atlas, state)
    table = comparison.over_time(atlas, state.indicator, state.level, zone_of, zones)
    now = comparison.year_row(table, year)
    cards = []
    if now is not None:
        for key in ("cv", "gini", "theil"):
            cards.append(
                html.Div(
                    [html.Div(t(key, lang), className="card-label"), html.Div(number(now[key], 3, lang), className="card-value")],
                    className="card",
                )
            )
    years = table["year"].tolist()
    breaks = break_marks.marks(atlas.series_breaks, state.indicator, state.level, years, lang)

    def line(column: str, name: str, axis: str, **style) -> list[dict]:
        trace = {"type": "scatter", "x": years, "y": table[column].tolist(), "name": name, "xaxis": "x", "yaxis": axis, **style}
        return break_marks.by_segment(trace, table["segment"].tolist())

    traces = [  # Theil's parts stacked on the left axis, CV and Gini on the right axis; no line across a break
        *line("between", f"Theil: {t('theil_between', lang)}", "y", stackgroup="theil", line={"color": "#D55E00"}),
        *line("within", f"Theil: {t('theil_within', lang)}", "y", stackgroup="theil", line={"color": "#E69F00"}),
        *line("cv", t("cv", lang), "y2", line={"color": "#0072B2", "dash": "dot"}),
        *line("gini", t("gini", lang), "y2", line={"color": "#009E73", "dash": "dash"}),
    ]
    fig = chart(
        traces,
        lang,
        400,
        xaxis={"anchor": "y", "domain": [0.0, 0.94]},
        yaxis={"anchor": "x", "domain": [0.0, 1.0], "title": {"text": t("theil", lang)}},
        yaxis2={"anchor": "x", "overlaying": "y", "side": "right", "title": {"text": f"{t('cv', lang)} / {t('gini', lang)}"}},
        **break_marks.layout(breaks),
    )
    notes = []
    if now is not None and now["theil"] == now["theil"]:
        notes.append(
            html.P(
                t("between_share_sentence", lang, share=number(100 * now["between_share"], 0, lang) + " %", year=year),
                className="gap-sentence",
            )
        )
    elif now is not None:  # undefined (NaN) where the indicator has negative values, or no natural zero (an own index)
        undefined = "inequality_index_undefined" if comparison.on_interval_scale(atlas, state.indicator) else "inequality_undefined"
        notes.append(html.P(t(undefined, lang), className="note"))
    measures = ("cv", "gini", "theil", "between", "within")
    names = [t(m, lang) if m not in ("between", "within") else f"Theil: {t(f'theil_{m}', lang)}" for m in measures]
    notes_of = break_marks.notes_by_year(breaks, lang)
    rows = [
        [str(int(row["year"])), *[number(row[m], 3, lang) for m in measures], *([notes_of.get(int(row["year"]), "")] if breaks else [])]
        for row in table.to_dict("records")
    ]
    columns = [t("numbers_year", lang), *names, *([t("numbers_break", lang)] if breaks else [])]
    return fig, [
        html.Div(cards, className="cards"),
        *notes,
        numbers(t("numbers_inequality", lang), columns, rows, lang),
        html.P(t("method_inequality", lang), className="method-note"),
    ]
