"""The trend tab: the zone means over the years above, the gap between the compared zones below."""

from __future__ import annotations

from dash import html

from geo import comparison, convergence
from geo.view_state import ViewState, shown_year
from layouts import break_marks
from layouts.comparison.common import chart, numbers, unit, zone_label
from layouts.comparison.convergence import verdict_sentence
from layouts.format import number, signed
from layouts.text import t


def content(atlas, state: ViewState) -> tuple[dict, list]:
    lang = state.lang
    zones, zone_of = comparison.zones_of(atlas, state)
    table = comparison.over_time(atlas, state.indicator, state.level, zone_of, zones)
    pair = comparison.gap_zones(zones)
    years = table["year"].tolist()
    breaks = break_marks.marks(atlas.series_breaks, state.indicator, state.level, years, lang)
    traces = []
    for zone in zones:  # upper plot: the zone means, cut at every break
        column = f"mean_{zone['id']}"
        if column in table and table[column].notna().any():
            traces += break_marks.by_segment(
                {
                    "type": "scatter",
                    "x": years,
                    "y": table[column].tolist(),
                    "name": zone["label"][lang],
                    "mode": "lines+markers",
                    "line": {"color": zone["colour"], "width": 2.5 if zone["role"] in ("a", "b") else 1.5},
                    "xaxis": "x",
                    "yaxis": "y",
                },
                table["segment"].tolist(),
            )
    y_title = {"text": unit(atlas, state.indicator, lang)}
    if pair and table["gap"].notna().any():  # lower plot: the gap
        label = t("trend_gap", lang, a=zone_label(zones, pair[0], lang), b=zone_label(zones, pair[1], lang))
        traces.append(
            {
                "type": "bar",
                "x": years,
                "y": table["gap"].tolist(),
                "name": label,
                "marker": {"color": "#555555"},
                "xaxis": "x2",
                "yaxis": "y2",
            }
        )
        fig = chart(
            traces,
            lang,
            460,  # two rows sharing the years, as make_subplots(rows=2, shared_xaxes=True) lays them out
            xaxis={"anchor": "y", "domain": [0.0, 1.0], "matches": "x2", "showticklabels": False},
            yaxis={"anchor": "x", "domain": [0.402, 1.0], "title": y_title},
            xaxis2={"anchor": "y2", "domain": [0.0, 1.0]},
            yaxis2={"anchor": "x2", "domain": [0.0, 0.322]},
            **break_marks.layout(breaks),
        )
    else:  # no year with a gap: the means alone, with their years
        fig = chart(traces, lang, 460, yaxis={"title": y_title}, **break_marks.layout(breaks))
    verdict, span = convergence.view_verdict(table, shown_year(state, atlas))
    sentence = verdict_sentence(atlas, state, verdict, zones)  # the one rule: difference and ratio must agree
    thin = comparison.thin_years(table, zones, zone_of)
    segment_note = (
        [
            html.P(
                t(
                    "trend_segment" if span[0] < span[1] else "trend_segment_single",
                    lang,
                    breaks=", ".join(str(m.year) for m in breaks),
                    first=span[0],
                    last=span[1],
                ),
                className="note",
            )
        ]
        if breaks and span
        else []
    )
    notes = segment_note + (
        [
            html.P(
                t(
                    "trend_thin_years",
                    lang,
                    years=", ".join(
                        f"{year} ({', '.join(t('zone_known_of', lang, zone=zone_label(zones, s.zone, lang), known=s.known, units=s.units) for s in short)})"
                        for year, short in thin.items()
                    ),
                ),
                className="note",
            )
        ]
        if thin
        else []
    )
    return fig, [
        html.P(sentence, className="gap-sentence"),
        *notes,
        years_table(atlas, state, zones, table, break_marks.notes_by_year(breaks, lang)),
        html.P(t("method_trend", lang, first=years[0] if years else "–", last=years[-1] if years else "–"), className="method-note"),
    ]


def years_table(atlas, state: ViewState, zones: list[dict], table, breaks: dict[int, html.Span]) -> html.Details:
    """The chart's lines and bars as a table: one row per year, each zone's mean and the gap, and where a series
    break starts, its note."""
    lang = state.lang
    precision = atlas.catalog[state.indicator]["precision"]
    shown = [z for z in zones if f"mean_{z['id']}" in table and table[f"mean_{z['id']}"].notna().any()]
    pair = comparison.gap_zones(zones)
    columns = [t("numbers_year", lang), *[t("numbers_mean", lang, zone=z["label"][lang]) for z in shown]]
    if pair:
        columns.append(t("trend_gap", lang, a=zone_label(zones, pair[0], lang), b=zone_label(zones, pair[1], lang)))
    if breaks:
        columns.append(t("numbers_break", lang))
    rows = [
        [
            str(int(row["year"])),
            *[number(row[f"mean_{z['id']}"], precision, lang) for z in shown],
            *([signed(row["gap"], precision, lang)] if pair else []),
            *([breaks.get(int(row["year"]), "")] if breaks else []),
        ]
        for row in table.to_dict("records")
    ]
    caption = f"{t('numbers_trend', lang)} ({unit(atlas, state.indicator, lang)})"
    return numbers(caption, columns, rows, lang)
