"""The comparison panels: zones side by side, the gap over time, inequality, two indicators, spatial pattern.

The frame (tabs, the two small maps, the second-indicator dropdown) is built
once with the page; each tab's figures are built by ``content(tab, ...)`` only
when that tab is shown.
"""
from __future__ import annotations

import dash_leaflet as dl
from dash import dcc, html

from geo import aggregate, comparison, project_map, query, spatial
from geo.view_state import TABS, ViewState, second_indicator, shown_year
from layouts import chart_style, controls, ids
from layouts.format import number, signed
from layouts.map_panel import LAYER_FILES, bounds, center, geometry_url, ns
from layouts.text import t

GRAPH_CONFIG = {"displaylogo": False, "responsive": True}
LISA_COLOURS = {"high_high": "#b2182b", "low_low": "#2166ac", "high_low": "#f4a582", "low_high": "#92c5de", "not_significant": "#e6e6e6"}
REFERENCE_STYLE = {"ruhr": ("profile_ruhr", "#222222", "dash"), "land": ("profile_nrw", "#6a6a6a", "dot"), "bund": ("profile_de", "#9a9a9a", "dashdot")}


def zones_of(atlas, state: ViewState) -> tuple[list[dict], "comparison.pd.Series"]:
    zones = comparison.scheme_zones(atlas, state.scheme)
    return zones, comparison.membership(atlas, state.scheme, state.level, state.group_a, state.group_b)


def zone_label(zones: list[dict], zone_id: str, lang: str) -> str:
    return next(z["label"][lang] for z in zones if z["id"] == zone_id)


def small_map(atlas, state: ViewState, map_id: str, geojson_id: str, hideout: dict) -> dl.Map:
    return dl.Map(
        id=map_id, bounds=bounds(atlas), center=center(atlas), zoomSnap=0.25, className="small-map",
        attributionControl=False,
        children=[
            dl.GeoJSON(id=geojson_id, url=geometry_url(atlas, LAYER_FILES[state.level]), style=ns("style"),
                       hoverStyle=ns("hover"), onEachFeature=ns("bindTooltip"), hideout=hideout),
            dl.GeoJSON(url=geometry_url(atlas, "kreise"), style=ns("border"), interactive=False),
        ],
    )


def category_hideout(categories: dict[str, str], colours: list[str], order: list[str], labels: dict[str, str], selected=None) -> dict:
    """A hideout for the map style function that colours places by category (zones, clusters)."""
    return {
        "classes": {ags: order.index(c) for ags, c in categories.items()},
        "colours": colours,
        "value": {ags: labels[c] for ags, c in categories.items()},
        "rank": {},
        "deviation": {},
        "text": {"value": "{value}", "rank": "", "deviation": "", "noData": ""},
        "selected": selected,
        "basemap": False,
    }


def zone_map_hideout(atlas, state: ViewState) -> dict:
    zones, zone_of = zones_of(atlas, state)
    order = [z["id"] for z in zones]
    labels = {z["id"]: z["label"][state.lang] for z in zones}
    return category_hideout(zone_of.to_dict(), [z["colour"] for z in zones], order, labels)


def lisa_hideout(atlas, state: ViewState, clusters) -> dict:
    order = list(LISA_COLOURS)
    labels = {c: t(f"cluster_{c}", state.lang) for c in order}
    return category_hideout(clusters["cluster"].to_dict(), list(LISA_COLOURS.values()), order, labels)


#: The chart of each tab (the spatial tab shows a map instead).
CHARTS = {"zones": ids.ZONE_CHART, "trend": ids.TREND_CHART, "inequality": ids.INEQUALITY_CHART, "scatter": ids.SCATTER_CHART}


def build(atlas, state: ViewState) -> html.Section:
    """Tabs and panes; every pane's components exist from the start, only the shown one is filled."""
    lang = state.lang
    panes = []
    for tab in TABS:
        figure, texts = shown(atlas, state, tab) if tab == state.tab else (chart_style.figure([], {}), [])
        parts = []
        if tab == "zones":
            parts.append(small_map(atlas, state, ids.ZONE_MAP, ids.ZONE_MAP_GEOJSON, zone_map_hideout(atlas, state)))
        if tab == "scatter":
            parts += [html.Label(t("second_indicator", lang), htmlFor=ids.INDICATOR2),
                      dcc.Dropdown(id=ids.INDICATOR2, options=controls.indicator_options(atlas, None, lang),
                                   value=second_indicator(state), clearable=False, optionHeight=56)]
        if tab == "spatial":
            hideout = lisa_map_hideout(atlas, state) if tab == state.tab else category_hideout({}, [], [], {})
            parts.append(small_map(atlas, state, ids.LISA_MAP, ids.LISA_MAP_GEOJSON, hideout))
        if tab == "projects":
            hideout = bivariate_hideout(atlas, state) if tab == state.tab else category_hideout({}, [], [], {})
            parts.append(small_map(atlas, state, ids.BIVARIATE_MAP, ids.BIVARIATE_MAP_GEOJSON, hideout))
        if tab in CHARTS:
            parts.append(dcc.Graph(id=CHARTS[tab], figure=figure, config=GRAPH_CONFIG, clear_on_unhover=True))
        parts.append(html.Div(texts, id=ids.COMPARISON_CONTENT[tab], className="pane-body"))
        panes.append(html.Div(parts, id=ids.COMPARISON_PANES[tab], className=f"pane pane-{tab}", hidden=tab != state.tab))
    return html.Section(
        className="comparison",
        children=[
            html.H2(t("comparison_title", lang)),
            dcc.Tabs(id=ids.COMPARISON_TAB, value=state.tab, className="tabs",
                     children=[dcc.Tab(label=t(f"tab_{tab}", lang), value=tab) for tab in TABS]),
            *panes,
        ],
    )


def content(atlas, state: ViewState, tab: str) -> tuple[dict | None, list]:
    """``(figure, texts)`` of one tab (the spatial tab has no figure)."""
    return {"zones": zones_content, "trend": trend_content, "inequality": inequality_content,
            "scatter": scatter_content, "spatial": spatial_content, "projects": projects_content}[tab](atlas, state)


def shown(atlas, state: ViewState, tab: str) -> tuple[dict | None, list]:
    """:func:`content` as the page shows it: in presentation mode with type for a projector (exports keep theirs)."""
    figure, texts = content(atlas, state, tab)
    return (chart_style.large_type(figure, fill_box=True) if state.present and figure else figure), texts


# ------------------------------------------------------------------ zones


def _chart(traces: list[dict], lang: str, height: int, **layout) -> dict:
    return chart_style.figure(traces, {"height": height, "margin": {"l": 10, "r": 90, "t": 30, "b": 40},
                                       "separators": ",." if lang == "de" else ".,", "legend": {"orientation": "h", "y": -0.18},
                                       **layout})


def _unit(atlas, indicator: str, lang: str) -> str:
    return atlas.catalog[indicator]["unit"][lang]


def zones_content(atlas, state: ViewState) -> list:
    lang, year = state.lang, shown_year(state, atlas)
    entry = atlas.catalog[state.indicator]
    precision = entry["precision"]
    zones, zone_of = zones_of(atlas, state)
    result = comparison.compare(atlas, state.indicator, state.level, year, zone_of, zones)
    traces = []
    for zone in zones:
        mine = result.table[(result.table["zone"] == zone["id"]) & result.table["value"].notna()]
        if mine.empty:
            continue
        label = zone["label"][lang]
        traces.append({"type": "box", "y": mine["value"].tolist(), "x": [label] * len(mine), "name": label, "boxpoints": "all",
                       "jitter": 0.45, "pointpos": 0, "marker": {"color": zone["colour"], "size": 8, "line": {"width": 0.5, "color": "#333"}},
                       "line": {"color": zone["colour"]}, "fillcolor": "rgba(0,0,0,0)", "customdata": list(mine.index),
                       "text": mine["name"].tolist(), "hovertemplate": "%{text}: %{y}<extra></extra>", "showlegend": False})
        stats = next(s for s in result.zones if s.zone == zone["id"])
        traces.append({"type": "scatter", "x": [label], "y": [stats.mean], "mode": "markers",
                       "marker": {"symbol": "diamond", "size": 14, "color": "#111"}, "name": t("zone_mean_marker", lang),
                       "showlegend": zone is zones[0], "hoverinfo": "skip"})
    lines = [chart_style.reference_line(value, "y", {"color": REFERENCE_STYLE[key][1], "dash": REFERENCE_STYLE[key][2], "width": 1.2},
                                        t("reference_line", lang, name=t(REFERENCE_STYLE[key][0], lang), value=number(value, precision, lang)))
             for key, value in query.reference_values(atlas, state.indicator, state.level, year).items()]
    fig = _chart(traces, lang, 420, yaxis={"title": {"text": _unit(atlas, state.indicator, lang)}},
                 shapes=[shape for shape, _ in lines], annotations=[annotation for _, annotation in lines])
    rows = [html.Tr([html.Th(t(k, lang)) for k in ("zone", "zone_units", "zone_mean", "zone_median", "zone_range")])]
    for stats in result.zones:
        missing = f" ({t('zone_missing', lang, n=stats.missing)})" if stats.missing else ""
        rows.append(html.Tr([
            html.Td(zone_label(zones, stats.zone, lang)), html.Td(f"{stats.units}{missing}"),
            html.Td(number(stats.mean, precision, lang)), html.Td(number(stats.median, precision, lang)),
            html.Td(f"{number(stats.low, precision, lang)} – {number(stats.high, precision, lang)}" if stats.units else "–"),
        ]))
    return fig, [
        html.P(gap_sentence(atlas, state, zones, result.gap), className="gap-sentence"),
        *group_notes(atlas, state, zones, zone_of),
        html.Table(rows, className="zone-table"),
        html.P(method_zones(atlas, state, zones, year), className="method-note"),
    ]


def gap_sentence(atlas, state: ViewState, zones: list[dict], gap) -> str:
    lang = state.lang
    pair = comparison.gap_zones(zones)
    if gap is None or pair is None:
        return t("gap_none", lang)
    precision = atlas.catalog[state.indicator]["precision"]
    return t("gap_sentence", lang, a=zone_label(zones, pair[0], lang), b=zone_label(zones, pair[1], lang),
             difference=number(abs(gap.difference), precision, lang), unit=_unit(atlas, state.indicator, lang),
             direction=t("gap_above" if gap.difference >= 0 else "gap_below", lang), ratio=number(gap.ratio, 2, lang))


def group_notes(atlas, state: ViewState, zones, zone_of) -> list:
    if state.scheme != comparison.CUSTOM:
        return []
    empty = [z for z in ("a", "b") if not (zone_of == z).any()]
    return [html.P(t("group_empty", state.lang, group=zone_label(zones, z, state.lang)), className="note") for z in empty]


def method_zones(atlas, state: ViewState, zones, year: int) -> str:
    pair = comparison.gap_zones(zones)
    a, b = (zone_label(zones, z, state.lang) for z in pair) if pair else ("–", "–")
    weight = atlas.catalog[aggregate.POPULATION[state.level]]["label"][state.lang]
    return t("method_zones", state.lang, weight=weight, year=year, a=a, b=b)


# ------------------------------------------------------------------ over time


def trend_content(atlas, state: ViewState) -> list:
    lang = state.lang
    precision = atlas.catalog[state.indicator]["precision"]
    zones, zone_of = zones_of(atlas, state)
    table = comparison.over_time(atlas, state.indicator, state.level, zone_of, zones)
    pair = comparison.gap_zones(zones)
    years = table["year"].tolist()
    traces = []
    for zone in zones:  # upper plot: the zone means
        column = f"mean_{zone['id']}"
        if column in table and table[column].notna().any():
            traces.append({"type": "scatter", "x": years, "y": table[column].tolist(), "name": zone["label"][lang],
                           "mode": "lines+markers", "line": {"color": zone["colour"], "width": 2.5 if zone["role"] in ("a", "b") else 1.5},
                           "xaxis": "x", "yaxis": "y"})
    trend = None
    if pair and table["gap"].notna().any():  # lower plot: the gap
        label = t("trend_gap", lang, a=zone_label(zones, pair[0], lang), b=zone_label(zones, pair[1], lang))
        traces.append({"type": "bar", "x": years, "y": table["gap"].tolist(), "name": label, "marker": {"color": "#555555"},
                       "xaxis": "x2", "yaxis": "y2"})
        trend = comparison.gap_trend(table["year"], table["gap"])
    fig = _chart(traces, lang, 460,  # two rows sharing the years, as make_subplots(rows=2, shared_xaxes=True) lays them out
                 xaxis={"anchor": "y", "domain": [0.0, 1.0], "matches": "x2", "showticklabels": False},
                 yaxis={"anchor": "x", "domain": [0.402, 1.0], "title": {"text": _unit(atlas, state.indicator, lang)}},
                 xaxis2={"anchor": "y2", "domain": [0.0, 1.0]}, yaxis2={"anchor": "x2", "domain": [0.0, 0.322]})
    if trend is None:
        sentence = t("trend_none", lang)
    else:
        sentence = t(f"trend_{trend.direction}", lang, first=signed(trend.first, precision, lang), first_year=trend.first_year,
                     last=signed(trend.last, precision, lang), last_year=trend.last_year)
    return fig, [
        html.P(sentence, className="gap-sentence"),
        html.P(t("method_trend", lang, first=years[0] if years else "–", last=years[-1] if years else "–"), className="method-note"),
    ]


# ------------------------------------------------------------------ inequality


def inequality_content(atlas, state: ViewState) -> list:
    lang, year = state.lang, shown_year(state, atlas)
    zones, zone_of = zones_of(atlas, state)
    table = comparison.over_time(atlas, state.indicator, state.level, zone_of, zones)
    now = table[table["year"] == year].iloc[0] if (table["year"] == year).any() else None
    cards = []
    if now is not None:
        for key in ("cv", "gini", "theil"):
            cards.append(html.Div([html.Div(t(key, lang), className="card-label"), html.Div(number(now[key], 3, lang), className="card-value")], className="card"))
    years = table["year"].tolist()
    traces = [  # Theil's parts stacked on the left axis, CV and Gini on the right axis
        {"type": "scatter", "x": years, "y": table["between"].tolist(), "name": f"Theil: {t('theil_between', lang)}",
         "stackgroup": "theil", "line": {"color": "#D55E00"}, "xaxis": "x", "yaxis": "y"},
        {"type": "scatter", "x": years, "y": table["within"].tolist(), "name": f"Theil: {t('theil_within', lang)}",
         "stackgroup": "theil", "line": {"color": "#E69F00"}, "xaxis": "x", "yaxis": "y"},
        {"type": "scatter", "x": years, "y": table["cv"].tolist(), "name": t("cv", lang), "line": {"color": "#0072B2", "dash": "dot"},
         "xaxis": "x", "yaxis": "y2"},
        {"type": "scatter", "x": years, "y": table["gini"].tolist(), "name": t("gini", lang), "line": {"color": "#009E73", "dash": "dash"},
         "xaxis": "x", "yaxis": "y2"},
    ]
    fig = _chart(traces, lang, 400, xaxis={"anchor": "y", "domain": [0.0, 0.94]},
                 yaxis={"anchor": "x", "domain": [0.0, 1.0], "title": {"text": t("theil", lang)}},
                 yaxis2={"anchor": "x", "overlaying": "y", "side": "right", "title": {"text": f"{t('cv', lang)} / {t('gini', lang)}"}})
    notes = []
    if now is not None and now["theil"] == now["theil"]:
        notes.append(html.P(t("between_share_sentence", lang, share=number(100 * now["between_share"], 0, lang) + " %", year=year), className="gap-sentence"))
    elif now is not None:
        notes.append(html.P(t("inequality_undefined", lang), className="note"))
    return fig, [html.Div(cards, className="cards"), *notes, html.P(t("method_inequality", lang), className="method-note")]


# ------------------------------------------------------------------ two indicators


def scatter_content(atlas, state: ViewState) -> list:
    lang = state.lang
    second = second_indicator(state)
    year_y = shown_year(state, atlas)
    years_x = atlas.catalog[second]["years"][state.level]
    year_x = year_y if year_y in years_x else years_x[-1]
    zones, zone_of = zones_of(atlas, state)
    result = comparison.scatter(atlas, second, state.indicator, state.level, year_x, year_y, zone_of)
    traces = []
    for zone in zones:
        mine = result.table[(result.table["zone"] == zone["id"]) & result.table["x"].notna() & result.table["y"].notna()]
        if len(mine):
            traces.append({"type": "scatter", "x": mine["x"].tolist(), "y": mine["y"].tolist(), "mode": "markers", "name": zone["label"][lang],
                           "text": mine["name"].tolist(), "customdata": list(mine.index),
                           "marker": {"color": zone["colour"], "size": 10, "line": {"width": 0.5, "color": "#333"}},
                           "hovertemplate": "%{text}<br>x: %{x}<br>y: %{y}<extra></extra>"})
    known = result.table.dropna(subset=["x", "y"])
    if result.slope == result.slope and len(known):
        xs = [float(known["x"].min()), float(known["x"].max())]
        traces.append({"type": "scatter", "x": xs, "y": [result.slope * x + result.intercept for x in xs], "mode": "lines",
                       "name": t("scatter_fit", lang), "line": {"color": "#333", "dash": "dash"}, "hoverinfo": "skip"})
    fig = _chart(traces, lang, 460, xaxis={"title": {"text": axis_title(atlas, second, year_x, lang)}},
                 yaxis={"title": {"text": axis_title(atlas, state.indicator, year_y, lang)}})
    return fig, [
        html.P(t("scatter_summary", lang, r=number(result.r, 2, lang), n=result.units, x_year=year_x, y_year=year_y), className="gap-sentence"),
        html.P(t("method_scatter", lang), className="method-note"),
    ]


def axis_title(atlas, indicator: str, year: int, lang: str) -> str:
    return f"{atlas.catalog[indicator]['label'][lang]} ({_unit(atlas, indicator, lang)}), {year}"


# ------------------------------------------------------------------ spatial pattern


def spatial_values(atlas, state: ViewState):
    collection = atlas.municipalities if state.level == "gemeinde" else atlas.kreise
    values = query.values(atlas, state.indicator, state.level, shown_year(state, atlas))["value"]
    return values, collection


def spatial_content(atlas, state: ViewState) -> list:
    lang = state.lang
    values, collection = spatial_values(atlas, state)
    result = spatial.moran(values, collection)
    if result is None:
        summary = [html.P(t("moran_none", lang), className="note")]
    else:
        reading = "moran_random" if result.p_value >= spatial.SIGNIFICANCE else ("moran_clustered" if result.i > result.expected else "moran_dispersed")
        summary = [
            html.P(t("moran_summary", lang, i=number(result.i, 3, lang), expected=number(result.expected, 3, lang),
                     p=number(result.p_value, 3, lang), permutations=spatial.PERMUTATIONS, n=result.units), className="gap-sentence"),
            html.P(t(reading, lang)),
        ]
    legend = html.Ul([html.Li([html.Span(className="swatch", style={"background": colour}), t(f"cluster_{name}", lang)])
                      for name, colour in LISA_COLOURS.items()], className="legend lisa-legend")
    return None, [*summary, legend, html.P(t("method_spatial", lang), className="method-note")]


def lisa_map_hideout(atlas, state: ViewState) -> dict:
    values, collection = spatial_values(atlas, state)
    return lisa_hideout(atlas, state, spatial.local_clusters(values, collection))



# ------------------------------------------------------------------ projects and need


def bivariate_classes(atlas, state: ViewState):
    year = shown_year(state, atlas)
    need = query.values(atlas, state.indicator, state.level, year)["value"]
    density_year = atlas.catalog[project_map.DENSITY]["years"][state.level][-1]
    density = query.values(atlas, project_map.DENSITY, state.level, density_year)["value"]
    return project_map.bivariate_classes(need, atlas.catalog[state.indicator]["polarity"], density)


def bivariate_labels(lang: str) -> dict[int, str]:
    """Words for the nine need × projects classes (need third, project class)."""
    thirds = t("bivariate_need_thirds", lang).split(" · ")
    project_classes = t("bivariate_project_classes", lang).split(" · ")
    return {c: f"{t('bivariate_need_word', lang)} {thirds[c // 3]}, {t('bivariate_projects_word', lang)} {project_classes[c % 3]}" for c in range(9)}


def bivariate_hideout(atlas, state: ViewState) -> dict:
    classes = bivariate_classes(atlas, state)
    known = {ags: c for ags, c in classes.items() if c >= 0}
    return category_hideout(known, project_map.BIVARIATE_COLOURS, list(range(9)), bivariate_labels(state.lang))


def bivariate_legend(lang: str) -> html.Div:
    cells = []
    for row in (2, 1, 0):  # greatest need on top
        cells += [html.Div(className="cell", style={"background": project_map.BIVARIATE_COLOURS[3 * row + column]}) for column in range(3)]
    return html.Div(
        [html.Div(t("bivariate_need", lang), className="axis-need"), *cells,
         html.Div([t("bivariate_projects", lang), html.Br(), t("bivariate_project_classes", lang)], className="axis-projects")],
        className="bivariate", role="img", **{"aria-label": f"{t('bivariate_need', lang)} × {t('bivariate_projects', lang)}"},
    )


def projects_content(atlas, state: ViewState) -> tuple[None, list]:
    lang = state.lang
    cover = project_map.coverage(atlas, atlas.projects)
    coverage_text = t("projects_coverage", lang, located=cover.located, decided=cover.decided if cover.decided else "–",
                      recorded=cover.recorded, outside=cover.outside_region, unknown=cover.unknown)
    shares = project_map.zone_shares(atlas, atlas.projects, state.scheme, state.group_a, state.group_b)
    zones = comparison.scheme_zones(atlas, state.scheme)
    header = html.Tr([html.Th(t(k, lang)) for k in ("zone", "projects_count", "projects_share", "population_share")])
    rows = [header] + [
        html.Tr([html.Td(zone_label(zones, zone, lang)), html.Td(str(int(row.projects))), html.Td(number(row.project_share, 1, lang) + " %"),
                 html.Td(number(row.population_share, 1, lang) + " %")])
        for zone, row in shares.iterrows()
    ]
    rows.append(html.Tr([html.Th(t("total", lang)), html.Th(str(int(shares["projects"].sum()))),
                         html.Th(number(shares["project_share"].sum(), 1, lang) + " %"), html.Th(number(shares["population_share"].sum(), 1, lang) + " %")]))
    elsewhere = atlas.projects[atlas.projects["location"] != "approximate"].sort_values("title")
    need = atlas.catalog[state.indicator]["label"][lang]
    return None, [
        html.H3(t("bivariate_title", lang, need=need), className="pane-title"),
        bivariate_legend(lang),
        html.P(coverage_text, className="gap-sentence"),
        html.H3(t("projects_zone_table", lang), className="pane-title"),
        html.Table(rows, className="share-table"),
        html.Details([html.Summary(f"{t('projects_without_place', lang)} ({len(elsewhere)})"),
                      html.Ul([html.Li(f"{r.title}" + (f" ({r.coordinator_place})" if r.coordinator_place else "")) for r in elsewhere.itertuples()])]),
        html.P(t("method_projects", lang, need=need, year=shown_year(state, atlas)), className="method-note"),
    ]
