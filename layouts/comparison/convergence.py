"""The convergence tab: the zones' gap, the spread, the rank order and β, all within one series without a break.

One figure of four plots (so it exports as one image): the gap as difference and ratio, the spread as an
index of the first year, Kendall's τ to the first year's order, and each place's growth against its
starting value with the weighted β line. Below it the verdict and a sentence per plot, the segment and
the breaks, four number tables and the method. The numbers: ``geo/convergence.py``.
"""

from __future__ import annotations

import math

from dash import html

from geo import comparison, convergence
from geo.view_state import ViewState
from layouts.comparison.common import chart, numbers, unit, zone_label
from layouts.format import number, signed
from layouts.text import t

#: The four plots, bottom to top as Plotly counts its paper: (y domain) per plot.
DOMAINS = {"beta": [0.0, 0.19], "tau": [0.29, 0.43], "spread": [0.53, 0.69], "gap": [0.79, 0.93]}
SPREAD_STYLE = {"cv": ("#0072B2", "dot"), "gini": ("#009E73", "dash"), "theil": ("#D55E00", "solid")}
ZONE_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x")


def content(atlas, state: ViewState) -> tuple[dict, list]:
    result = convergence.of_view(atlas, state)
    zones = comparison.scheme_zones(atlas, state.scheme)
    return figure(atlas, state, result, zones), texts(atlas, state, result, zones)


def figure(atlas, state: ViewState, result: convergence.Convergence, zones: list[dict]) -> dict:
    lang, table, first = state.lang, result.table, result.segment.first
    years = table["year"].tolist()
    pair = comparison.gap_zones(zones)
    traces, titles = [], []
    year_axis = {"range": [years[0] - 0.6, years[-1] + 0.6] if years else None, "dtick": 5 if len(years) > 12 else 1}
    ratio_axis = {"overlaying": "y", "side": "right", "showgrid": False, "tickformat": ".3f", "nticks": 4}
    if pair and table["gap"].notna().any():
        a, b = zone_label(zones, pair[0], lang), zone_label(zones, pair[1], lang)
        traces += [
            {
                "type": "bar",
                "x": years,
                "y": table["gap"].tolist(),
                "name": t("conv_difference", lang),
                "marker": {"color": "#8a8a8a"},
                "showlegend": False,
            },
            {
                "type": "scatter",
                "x": years,
                "y": table["ratio"].tolist(),
                "name": t("conv_ratio", lang),
                "mode": "lines+markers",
                "line": {"color": "#222222", "width": 2},
                "showlegend": False,
                "yaxis": "y2",
            },
        ]
        titles.append((t("conv_title_gap", lang, a=a, b=b, unit=unit(atlas, state.indicator, lang)), "gap"))
        if state.present:  # a projector's box holds one plot: the gap, both ways, as the verdict judges it
            difference = f"{t('conv_difference', lang)} ({unit(atlas, state.indicator, lang)})"  # an axis title would be cut
            named = [{**trace, "showlegend": True, **({"name": difference} if trace["type"] == "bar" else {})} for trace in traces]
            return chart(named, lang, 460, xaxis=year_axis, yaxis={}, yaxis2=ratio_axis)
    for measure, (colour, dash) in SPREAD_STYLE.items():
        base = table[measure].iloc[0] if len(table) else float("nan")
        indexed = [100 * v / base if base and base == base else None for v in table[measure]]
        traces.append(
            {
                "type": "scatter",
                "x": years,
                "y": indexed,
                "customdata": table[measure].tolist(),
                "name": t(measure, lang),
                "mode": "lines",
                "line": {"color": colour, "dash": dash, "width": 2},
                "hovertemplate": f"{t(measure, lang)} %{{x}}: %{{customdata:.3f}} (%{{y:.0f}})<extra></extra>",
                "xaxis": "x2",
                "yaxis": "y3",
            }
        )
    titles.append((t("conv_title_spread", lang, year=first), "spread"))
    traces.append(
        {
            "type": "scatter",
            "x": years,
            "y": table["tau"].tolist(),
            "name": "τ",
            "mode": "lines+markers",
            "line": {"color": "#5b3a8c", "width": 2},
            "showlegend": False,
            "xaxis": "x3",
            "yaxis": "y4",
        }
    )
    titles.append((t("conv_title_tau", lang, year=first), "tau"))
    traces += beta_traces(atlas, state, result, zones)
    titles.append((t("conv_title_beta", lang, year=first), "beta"))
    annotations = [
        {
            "text": f"<b>{text}</b>",
            "xref": "paper",
            "yref": "paper",
            "x": 0,
            "xanchor": "left",
            "y": DOMAINS[key][1] + 0.012,
            "yanchor": "bottom",
            "align": "left",
            "showarrow": False,
        }
        for text, key in titles
    ]
    return chart(
        traces,
        lang,
        900,
        annotations=annotations,
        xaxis={"anchor": "y", **year_axis},
        yaxis={"domain": DOMAINS["gap"], "zeroline": True},
        yaxis2=ratio_axis,
        xaxis2={"anchor": "y3", "matches": "x", **year_axis},
        yaxis3={"domain": DOMAINS["spread"], "anchor": "x2"},
        xaxis3={"anchor": "y4", "matches": "x", **year_axis},
        yaxis4={
            "domain": DOMAINS["tau"],
            "anchor": "x3",
            "range": [min(0.0, float(table["tau"].min() or 0)) - 0.05, 1.05] if len(table) else None,
        },
        xaxis4={"anchor": "y5", "type": "log"},
        yaxis5={"domain": DOMAINS["beta"], "anchor": "x4", "title": {"text": t("conv_growth", lang)}},
        legend={"orientation": "h", "y": -0.09},
    )


def beta_traces(atlas, state: ViewState, result: convergence.Convergence, zones: list[dict]) -> list[dict]:
    """Each place's growth against its starting value (a marker per zone: shape and colour), and the weighted line."""
    lang, points, segment = state.lang, result.points, result.segment
    known = points.dropna(subset=["growth"])
    if segment.first == segment.last or known.empty:
        return []
    growth = 100 * known["growth"]
    traces = []
    for index, zone in enumerate(zones):
        mine = known["zone"] == zone["id"]
        if mine.any():
            traces.append(
                {
                    "type": "scatter",
                    "x": known.loc[mine, "start"].tolist(),
                    "y": growth[mine].tolist(),
                    "text": known.loc[mine, "name"].tolist(),
                    "customdata": list(known.index[mine]),
                    "name": zone["label"][lang],
                    "mode": "markers",
                    "marker": {
                        "color": zone["colour"],
                        "symbol": ZONE_SYMBOLS[index % len(ZONE_SYMBOLS)],
                        "size": 8,
                        "line": {"width": 0.5, "color": "#333"},
                    },
                    "hovertemplate": "%{text}: %{x} → %{y:.2f} %<extra></extra>",
                    "xaxis": "x4",
                    "yaxis": "y5",
                }
            )
    fit = result.beta
    if isinstance(fit, convergence.Beta):
        xs = [float(known["start"].min()), float(known["start"].max())]
        traces.append(
            {
                "type": "scatter",
                "x": xs,
                "y": [100 * (fit.intercept + fit.slope * math.log(x)) for x in xs],
                "name": t("conv_fit", lang),
                "mode": "lines",
                "line": {"color": "#222222", "dash": "dash"},
                "hoverinfo": "skip",
                "xaxis": "x4",
                "yaxis": "y5",
            }
        )
    return traces


def texts(atlas, state: ViewState, result: convergence.Convergence, zones: list[dict]) -> list:
    lang, segment = state.lang, result.segment
    if segment.first == segment.last:  # nothing to compare: the single year, and the break that ends the series there
        parts = [html.P(t("conv_single_year", lang, year=segment.first), className="gap-sentence")]
    else:
        where = t("conv_segment", lang, first=segment.first, last=segment.last)
        if not segment.holds_shown_year:
            where = t("conv_segment_moved", lang, year=segment.shown_year, first=segment.first, last=segment.last) + " " + where
        sentences = (spread_sentence(state, result), beta_sentence(atlas, state, result), tau_sentence(state, result))
        parts = [
            html.P(verdict_sentence(atlas, state, result.verdict, zones), className="gap-sentence"),
            *[html.P(sentence, className="conv-sentence") for sentence in sentences],
            html.P(where, className="note"),
        ]
    if len(result.breaks):
        parts.append(
            html.P(
                t("conv_breaks", lang, breaks="; ".join(break_text(atlas, state, row) for row in result.breaks.to_dict("records"))),
                className="note",
            )
        )
    if segment.first < segment.last:
        parts += tables(atlas, state, result, zones)
    parts.append(html.P(t("method_convergence", lang), className="method-note"))
    return parts


def verdict_sentence(atlas, state: ViewState, verdict: convergence.Verdict | None, zones: list[dict]) -> str:
    """The verdict in words: one word for the gap only when difference and ratio agree, else each named."""
    lang = state.lang
    pair = comparison.gap_zones(zones)
    if verdict is None or pair is None:
        return t("conv_verdict_none", lang)
    precision = atlas.catalog[state.indicator]["precision"]
    values = {
        "a": zone_label(zones, pair[0], lang),
        "b": zone_label(zones, pair[1], lang),
        "first_year": verdict.first_year,
        "last_year": verdict.last_year,
        "first": signed(verdict.first.difference, precision, lang),
        "last": signed(verdict.last.difference, precision, lang),
        "unit": unit(atlas, state.indicator, lang),
        "first_ratio": number(verdict.first.ratio, 3, lang),
        "last_ratio": number(verdict.last.ratio, 3, lang),
        "absolute": t(f"caption_change_{verdict.absolute}", lang),
    }
    if verdict.word == "mixed":
        return t("conv_verdict_mixed", lang, **values, relative=t(f"caption_change_{verdict.relative}", lang))
    if verdict.word == "absolute_only":
        return t("conv_verdict_absolute_only", lang, **values)
    return t("conv_verdict_agree", lang, **values, change=t(f"caption_change_{verdict.absolute}", lang))


def spread_sentence(state: ViewState, result: convergence.Convergence) -> str:
    lang, table = state.lang, result.table
    ends = {f"{m}_{end}": number(table[m].iloc[i], 3, lang) for m in convergence.SPREAD for end, i in (("first", 0), ("last", -1))}
    facts = t("conv_spread", lang, first_year=result.segment.first, last_year=result.segment.last, **ends)
    return f"{facts} {t('conv_spread_' + convergence.spread_movement(table), lang)}"


def beta_sentence(atlas, state: ViewState, result: convergence.Convergence) -> str:
    lang, fit = state.lang, result.beta
    years = {"first_year": fit.first_year, "last_year": fit.last_year}
    if isinstance(fit, convergence.BetaUndefined):
        if not fit.places:
            return t("conv_beta_too_few", lang, n=fit.units, **years)
        names = [result.points.loc[ags, "name"] for ags in fit.places]
        verb = t("conv_has" if len(names) == 1 else "conv_have", lang)
        return t("conv_beta_nonpositive", lang, places=", ".join(names), verb=verb, **years)
    facts = t(
        "conv_beta",
        lang,
        slope=number(fit.slope, 4, lang),
        se=number(fit.standard_error, 4, lang),
        low=number(fit.low, 4, lang),
        high=number(fit.high, 4, lang),
        n=fit.units,
        **years,
    )
    reading = t(
        "conv_beta_reading",
        lang,
        points=number(abs(100 * fit.per_doubling), 2, lang),
        way=t("conv_beta_slower" if fit.slope < 0 else "conv_beta_faster", lang),
    )
    judgement = "conv_beta_converging" if fit.converging else "conv_beta_diverging" if fit.diverging else "conv_beta_unclear"
    return f"{facts} {reading} {t(judgement, lang)}"


def tau_sentence(state: ViewState, result: convergence.Convergence) -> str:
    last = result.table.iloc[-1]
    return t(
        "conv_tau",
        state.lang,
        first_year=result.segment.first,
        last_year=int(last["year"]),
        tau=number(last["tau"], 2, state.lang),
        n=int(last["tau_units"]),
    )


def break_text(atlas, state: ViewState, row: dict) -> str:
    place = f" ({atlas.places.set_index('ags').loc[row['ags'], 'name']})" if row["ags"] else ""
    return t("conv_break", state.lang, year=row["year"], place=place, note=row[f"note_{state.lang}"])


def tables(atlas, state: ViewState, result: convergence.Convergence, zones: list[dict]) -> list:
    """The four plots' numbers, each folded away as "Zahlen als Tabelle"."""
    lang, table, segment = state.lang, result.table, result.segment
    precision = atlas.catalog[state.indicator]["precision"]
    span = {"first": segment.first, "last": segment.last}
    years = [str(int(y)) for y in table["year"]]
    out = []
    pair = comparison.gap_zones(zones)
    if pair:
        a, b = zone_label(zones, pair[0], lang), zone_label(zones, pair[1], lang)
        rows = [[y, signed(g, precision, lang), number(r, 3, lang)] for y, g, r in zip(years, table["gap"], table["ratio"])]
        columns = [t("numbers_year", lang), f"{t('conv_difference', lang)} ({unit(atlas, state.indicator, lang)})", t("conv_ratio", lang)]
        out.append(numbers(t("numbers_conv_gap", lang, a=a, b=b, **span), columns, rows, lang, what=t("conv_what_gap", lang)))
    rows = [[y, *[number(table[m].iloc[i], 3, lang) for m in convergence.SPREAD]] for i, y in enumerate(years)]
    out.append(
        numbers(
            t("numbers_conv_spread", lang, **span),
            [t("numbers_year", lang), *[t(m, lang) for m in convergence.SPREAD]],
            rows,
            lang,
            what=t("conv_what_spread", lang),
        )
    )
    rows = [[y, number(tau, 3, lang), str(int(n)) if n == n else "–"] for y, tau, n in zip(years, table["tau"], table["tau_units"])]
    out.append(
        numbers(
            t("numbers_conv_tau", lang, **span),
            [t("numbers_year", lang), "τ", t("conv_units", lang)],
            rows,
            lang,
            what=t("conv_what_tau", lang),
        )
    )
    names = {z["id"]: z["label"][lang] for z in zones}
    points = result.points.sort_values("name")
    rows = [
        [
            row["name"],
            names.get(row["zone"], ""),
            number(row["start"], precision, lang),
            number(row["end"], precision, lang),
            number(100 * row["growth"], 2, lang),
            number(row["weight"], 0, lang),
        ]
        for row in points.to_dict("records")
    ]
    columns = [
        t("table_place", lang),
        t("zone", lang),
        str(segment.first),
        str(segment.last),
        t("conv_growth", lang),
        t("conv_population", lang, year=segment.first),
    ]
    out.append(numbers(t("numbers_conv_beta", lang, **span), columns, rows, lang, what=t("conv_what_beta", lang)))
    return out
