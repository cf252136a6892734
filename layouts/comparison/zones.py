"""The zones tab: each zone's units and weighted mean side by side, the gap, and the zone table."""

from __future__ import annotations

from dash import html

from geo import aggregate, comparison, query
from geo.view_state import ViewState, shown_year
from layouts import chart_style
from layouts.comparison.common import category_hideout, chart, numbers, scroll_box, unit, zone_label
from layouts.format import number
from layouts.text import t

REFERENCE_STYLE = {
    "ruhr": ("profile_ruhr", "#222222", "dash"),
    "land": ("profile_nrw", "#6a6a6a", "dot"),
    "bund": ("profile_de", "#9a9a9a", "dashdot"),
}


def map_hideout(atlas, state: ViewState) -> dict:
    """The zone map: every place in its zone's colour."""
    zones, zone_of = comparison.zones_of(atlas, state)
    labels = {z["id"]: z["label"][state.lang] for z in zones}
    return category_hideout(zone_of.to_dict(), [z["colour"] for z in zones], [z["id"] for z in zones], labels)


def content(atlas, state: ViewState) -> tuple[dict, list]:
    lang, year = state.lang, shown_year(state, atlas)
    precision = atlas.catalog[state.indicator]["precision"]
    zones, zone_of = comparison.zones_of(atlas, state)
    result = comparison.compare(atlas, state.indicator, state.level, year, zone_of, zones)
    traces = []
    for zone in zones:
        mine = result.values_in(zone["id"])
        if mine.empty:
            continue
        label = zone["label"][lang]
        traces.append(
            {
                "type": "box",
                "y": mine["value"].tolist(),
                "x": [label] * len(mine),
                "name": label,
                "boxpoints": "all",
                "jitter": 0.45,
                "pointpos": 0,
                "marker": {"color": zone["colour"], "size": 8, "line": {"width": 0.5, "color": "#333"}},
                "line": {"color": zone["colour"]},
                "fillcolor": "rgba(0,0,0,0)",
                "customdata": list(mine.index),
                "text": mine["name"].tolist(),
                "hovertemplate": "%{text}: %{y}<extra></extra>",
                "showlegend": False,
            }
        )
        stats = next(s for s in result.zones if s.zone == zone["id"])
        traces.append(
            {
                "type": "scatter",
                "x": [label],
                "y": [stats.mean],
                "mode": "markers",
                "marker": {"symbol": "diamond", "size": 14, "color": "#111"},
                "name": t("zone_mean_marker", lang),
                "showlegend": zone is zones[0],
                "hoverinfo": "skip",
            }
        )
    lines = [
        chart_style.reference_line(
            value,
            "y",
            {"color": REFERENCE_STYLE[key][1], "dash": REFERENCE_STYLE[key][2], "width": 1.2},
            t("reference_line", lang, name=t(REFERENCE_STYLE[key][0], lang), value=number(value, precision, lang)),
        )
        for key, value in query.reference_values(atlas, state.indicator, state.level, year).items()
    ]
    fig = chart(
        traces,
        lang,
        420,
        yaxis={"title": {"text": unit(atlas, state.indicator, lang)}},
        shapes=[shape for shape, _ in lines],
        annotations=[annotation for _, annotation in lines],
    )
    rows = [html.Tr([html.Th(t(k, lang)) for k in ("zone", "zone_units", "zone_mean", "zone_median", "zone_range")])]
    for stats in result.zones:
        rows.append(
            html.Tr(
                [
                    html.Td(zone_label(zones, stats.zone, lang)),
                    html.Td(t("zone_units_of", lang, n=stats.units, total=stats.units + stats.missing) if stats.missing else stats.units),
                    html.Td(number(stats.mean, precision, lang)),
                    html.Td(number(stats.median, precision, lang)),
                    html.Td(f"{number(stats.low, precision, lang)} – {number(stats.high, precision, lang)}" if stats.units else "–"),
                ]
            )
        )
    return fig, [
        html.P(gap_sentence(atlas, state, zones, result, year), className="gap-sentence"),
        *group_notes(state, zones, zone_of),
        scroll_box(html.Table(rows, className="zone-table"), label=t("zone_table", lang)),
        dots_table(atlas, state, zones, result, year),
        html.P(method_note(atlas, state, zones, year), className="method-note"),
    ]


def dots_table(atlas, state: ViewState, zones: list[dict], result: comparison.Comparison, year: int) -> html.Details:
    """The chart's dots as a table: every unit of each zone, highest value first, those without one last."""
    lang = state.lang
    precision = atlas.catalog[state.indicator]["precision"]
    rows = []
    for zone in zones:
        mine = result.table[result.table["zone"] == zone["id"]].sort_values(["value", "name"], ascending=[False, True], na_position="last")
        rows += [
            [name, zone["label"][lang], number(value, precision, lang) if value == value else t("legend_no_data", lang)]
            for name, value in zip(mine["name"], mine["value"])
        ]
    value = t("numbers_with_unit", lang, label=t("table_value", lang), unit=unit(atlas, state.indicator, lang))
    return numbers(t("numbers_zones", lang, year=year), [t("table_place", lang), t("zone", lang), value], rows, lang)


def gap_sentence(atlas, state: ViewState, zones: list[dict], result: comparison.Comparison, year: int) -> str:
    """The headline: how far zone a lies above or below zone b, or which compared zones lack the values for it."""
    lang = state.lang
    pair, gap = comparison.gap_zones(zones), result.gap
    if result.short:
        return t(
            "gap_withheld",
            lang,
            year=year,
            short=t("and", lang).join(
                t("zone_too_few", lang, zone=zone_label(zones, s.zone, lang), known=s.known, units=s.units) for s in result.short
            ),
        )
    if gap is None or pair is None:
        return t("gap_none", lang)
    precision = atlas.catalog[state.indicator]["precision"]
    return t(
        "gap_sentence",
        lang,
        a=zone_label(zones, pair[0], lang),
        b=zone_label(zones, pair[1], lang),
        difference=number(abs(gap.difference), precision, lang),
        unit=unit(atlas, state.indicator, lang),
        direction=t(f"gap_{comparison.gap_direction(gap.difference)}", lang),
        ratio=number(gap.ratio, 2, lang),
    )


def group_notes(state: ViewState, zones: list[dict], zone_of) -> list:
    """For custom groups: a note for each group that holds no unit of the level."""
    if state.scheme != comparison.CUSTOM:
        return []
    empty = [z for z in ("a", "b") if not (zone_of == z).any()]
    return [html.P(t("group_empty", state.lang, group=zone_label(zones, z, state.lang)), className="note") for z in empty]


def method_note(atlas, state: ViewState, zones: list[dict], year: int) -> str:
    pair = comparison.gap_zones(zones)
    a, b = (zone_label(zones, z, state.lang) for z in pair) if pair else ("–", "–")
    weight = atlas.catalog[aggregate.POPULATION[state.level]]["label"][state.lang]
    return t("method_zones", state.lang, weight=weight, year=year, a=a, b=b)
