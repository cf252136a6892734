"""Figures for export: the on-screen charts and the map, with title, subtitle, source and licence printed on them.

The map is drawn as plain polygons on a cartesian plane (longitude scaled by the
cosine of the region's latitude), so rendering needs no tile server and no
base-map download: classes, colours, hatched "no data", Kreis borders, labels,
project markers and the legend are the ones on screen.
"""

from __future__ import annotations

import math
import textwrap

import plotly.graph_objects as go
from plotly.colors import sample_colorscale
from shapely.geometry import shape

from geo import change, comparison, project_map, query, regions, spatial
from geo.view_state import ViewState
from layouts import change_view, chart_style, ranking_panel, similar_panel
from layouts import comparison as panels
from layouts import legend as legend_panel
from layouts.comparison import regions as regions_panel
from layouts.comparison.projects import bivariate_labels
from layouts.comparison.spatial import COLOURS as SPATIAL_COLOURS
from layouts.comparison.spatial import class_name as spatial_class
from layouts.comparison.spatial import method_note as spatial_method
from layouts.format import number, year_label
from layouts.map_panel import title as map_title
from layouts.projects_layer import FIELD_STYLE, field_name
from layouts.source_line import BOUNDARIES, ingredient_sources, source_line
from layouts.text import t

WIDTH, HEIGHT = 1100, 820
PREVIEW_SIZE = (1200, 630)  # the size link previews (Open Graph, large Twitter cards) show without cropping
PREVIEW_SOURCE_WRAP = 170  # characters per line of the source note in a preview
SOURCE_WRAP = 150  # characters per line of the printed source note
SOURCE_LINE_PX = 15
TOP = 95  # title and subtitle above the plot
AXIS_PX = 58  # tick labels under the plot, then a gap
AXIS_TITLE_PX = 22  # an x-axis title under the tick labels
LEGEND_ROW_PX = 26
LEGEND_SYMBOL_PX = 60
COS_LAT = math.cos(math.radians(51.5))  # the RVR area lies around 51.5° N
PLOTLY_SYMBOLS = {
    "circle": "circle",
    "square": "square",
    "triangle": "triangle-up",
    "diamond": "diamond",
    "pentagon": "pentagon",
    "ring": "circle-open",
}
CHART_TITLES = {
    "zones": "tab_zones",
    "trend": "tab_trend",
    "inequality": "tab_inequality",
    "convergence": "tab_convergence",
    "scatter": "tab_scatter",
    "spatial": "tab_spatial",
    "projects": "tab_projects",
}


def subtitle(atlas, state: ViewState, view) -> str:
    entry = atlas.catalog[view.indicator]
    return f"{entry['unit'][state.lang]} · {year_label(view.year, view.period)} · {t(f'level_{view.level}', state.lang)}"


def decorate(fig: go.Figure, title: str, sub: str, source: str, *, height: int = HEIGHT) -> go.Figure:
    """Title, subtitle and the wrapped source and licence note, inside the image at a fixed size.

    A legend the chart keeps in a row under its plot is placed at a fixed distance below the axis,
    and the source note below that legend, so neither covers the other; the chart's own right
    margin (labels of reference lines, a right axis) is kept.
    """
    lines = textwrap.wrap(source, SOURCE_WRAP)
    under_plot = AXIS_PX + (AXIS_TITLE_PX if fig.layout.xaxis.title.text else 0)
    if fig.layout.showlegend is not False and fig.layout.legend.orientation == "h":
        fig.update_layout(legend={"y": -under_plot / (height - TOP), "yanchor": "top", "x": 0, "xanchor": "left"})
        under_plot += LEGEND_ROW_PX * legend_rows(fig)
    source_note(fig, lines, under_plot, 11)
    bottom = under_plot + SOURCE_LINE_PX * len(lines) + 17
    fig.update_layout(
        title={"text": f"<b>{title}</b><br><span style='font-size:14px'>{sub}</span>", "x": 0.01, "xanchor": "left", "font": {"size": 19}},
        width=WIDTH,
        height=height + bottom,
        margin={"l": 70, "r": max(40, fig.layout.margin.r or 0), "t": TOP, "b": bottom},
        paper_bgcolor="white",
        plot_bgcolor="white",
        font={"family": "Arial, Helvetica, sans-serif"},
    )
    return fig


def source_note(fig: go.Figure, lines: list[str], below_px: int, size: int) -> None:
    """The source and licence lines, left-aligned ``below_px`` under the plot area."""
    fig.add_annotation(
        text="<br>".join(lines),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        yshift=-below_px,
        showarrow=False,
        align="left",
        font={"size": size, "color": "#444444"},
    )


def legend_rows(fig: go.Figure) -> int:
    """Rows a horizontal legend takes across the image (each entry: symbol, gap and about 7 px per character)."""
    widths = [LEGEND_SYMBOL_PX + 7 * len(trace.name or "") for trace in fig.data if trace.showlegend is not False and trace.name]
    rows, used = 1, 0
    for width in widths:
        if used and used + width > WIDTH - 110:
            rows, used = rows + 1, 0
        used += width
    return rows


def _xy(coordinates) -> tuple[list, list]:
    coordinates = list(coordinates)
    xs = [lon * COS_LAT for lon, _ in coordinates]
    ys = [lat for _, lat in coordinates]
    return xs, ys


def _outline(geometry: dict) -> tuple[list, list]:
    """The exterior rings of a GeoJSON (multi)polygon as one line, the parts separated by ``None``."""
    polygon = shape(geometry)
    xs, ys = [], []
    for part in getattr(polygon, "geoms", [polygon]):
        x, y = _xy(part.exterior.coords)
        xs += [*x, None]
        ys += [*y, None]
    return xs, ys


def outlines(atlas, level: str) -> dict[str, tuple[list, list]]:
    """Every unit's outline at ``level``, by AGS."""
    return {f["properties"]["ags"]: _outline(f["geometry"]) for f in atlas.boundaries(level)["features"]}


def kreis_lines(atlas) -> tuple[list, list]:
    """All Kreis borders as one line (drawn over the municipalities)."""
    xs, ys = [], []
    for feature in atlas.kreise["features"]:
        x, y = _outline(feature["geometry"])
        xs += x
        ys += y
    return xs, ys


def static_map(
    atlas,
    level: str,
    fills: dict[str, str | None],
    legend_items: list[tuple[str | None, str]],
    *,
    labels: bool = False,
    projects=None,
    lang: str = "de",
) -> go.Figure:
    """Polygons of the level filled by AGS (``None`` = hatched no data), Kreis borders, optional labels and projects."""
    collection = atlas.boundaries(level)
    fig = chart_style.empty_figure()
    for feature in sorted(collection["features"], key=lambda f: f["properties"]["ags"]):
        ags = feature["properties"]["ags"]
        xs, ys = _outline(feature["geometry"])
        colour = fills.get(ags)
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                fill="toself",
                mode="lines",
                name=ags,
                showlegend=False,
                hoverinfo="skip",
                line={"color": "#ffffff", "width": 0.8},
                fillcolor=colour or "#eeeeee",
                fillpattern=None if colour else {"shape": "/", "fgcolor": "#9a9a9a", "bgcolor": "#eeeeee", "size": 7},
            )
        )
    xs, ys = kreis_lines(atlas)
    fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"color": "#1f1f1f", "width": 1.6}, showlegend=False, hoverinfo="skip"))
    if labels:
        points = [f["properties"] for f in collection["features"]]
        x, y = _xy([p["label"] for p in points])
        fig.add_trace(
            go.Scatter(
                x=x,
                y=y,
                mode="text",
                text=[p["name"] for p in points],
                showlegend=False,
                hoverinfo="skip",
                textfont={"size": 10, "color": "#111111"},
            )
        )
    if projects is not None and len(projects):
        for field, (colour, shape_name) in FIELD_STYLE.items():
            mine = projects[(projects["handlungsfeld"].replace("", project_map.NO_FIELD)) == field]
            if len(mine):
                x, y = _xy(zip(mine["lon"], mine["lat"]))
                fig.add_trace(
                    go.Scatter(
                        x=x,
                        y=y,
                        mode="markers",
                        name=field_name(atlas, field, lang),
                        hoverinfo="skip",
                        marker={
                            "symbol": PLOTLY_SYMBOLS[shape_name],
                            "color": colour,
                            "size": 13,
                            "line": {"color": colour if shape_name == "ring" else "#ffffff", "width": 1.5},
                        },
                    )
                )
    for colour, label in legend_items:
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=label,
                hoverinfo="skip",
                marker={"symbol": "square", "size": 15, "color": colour or "#eeeeee", "line": {"color": "#888888", "width": 1}},
            )
        )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1)
    fig.update_layout(legend={"orientation": "v", "x": 1.0, "xanchor": "left", "y": 0.0, "yanchor": "bottom", "font": {"size": 12}})
    return fig


def filled_classes(colours: list[str], labels: list[str], classes, lang: str) -> tuple[dict, list]:
    """The fill of every AGS by its class (``None``: no data) and the legend's entries with their counts."""
    counts = classes.value_counts()
    fills = {ags: (colours[int(c)] if c >= 0 else None) for ags, c in classes.items()}
    items = [(colour, f"{label} ({counts.get(i, 0)})") for i, (colour, label) in enumerate(zip(colours, labels))]
    return fills, [*items, (None, f"{t('legend_no_data', lang)} ({int((classes < 0).sum())})")]


def choropleth(atlas, state: ViewState, view) -> go.Figure:
    """The map of the view as on screen, with its legend and nothing around it."""
    lang = state.lang
    ranges = legend_panel.class_labels(view, atlas.catalog[view.indicator]["precision"], lang)
    fills, items = filled_classes(view.colours, ranges, view.rows["cls"], lang)
    chosen = project_map.located(project_map.filtered(atlas.projects, state.fields, state.statuses)) if state.projects else None
    return static_map(atlas, view.level, fills, items, labels=state.labels, projects=chosen, lang=lang)


def map_figure(atlas, state: ViewState) -> go.Figure:
    """The choropleth as on screen, with its legend, ready to print."""
    if state.change:
        return change_map_figure(atlas, state)
    view = query.map_view(atlas, state)
    source = source_line(atlas, view.indicator, view.level, view.year, state.lang, boundaries=True, version=True)
    note = legend_panel.mean_text(atlas, view, state.lang)
    return decorate(choropleth(atlas, state, view), map_title(atlas, state, view), subtitle(atlas, state, view), f"{note} {source}")


def preview_figure(atlas, state: ViewState) -> go.Figure:
    """The view's map as a link preview (``og:image``): :data:`PREVIEW_SIZE`, title, unit and year, the atlas's
    name, the source line with its licence, and the locator inset."""
    view = query.map_view(atlas, state)
    lang = state.lang
    width, height = PREVIEW_SIZE
    lines = textwrap.wrap(source_line(atlas, view.indicator, view.level, view.year, lang, boundaries=True), PREVIEW_SOURCE_WRAP)
    bottom = 18 + 16 * len(lines)
    fig = add_locator(choropleth(atlas, state, view), atlas, lang)
    source_note(fig, lines, 8, 12)
    fig.update_layout(
        title={
            "text": f"<b>{map_title(atlas, state, view)}</b><br><span style='font-size:17px'>{subtitle(atlas, state, view)} · {t('title', lang)}</span>",
            "x": 0.02,
            "xanchor": "left",
            "font": {"size": 24},
        },
        width=width,
        height=height,
        margin={"l": 30, "r": 20, "t": 96, "b": bottom},
        paper_bgcolor="white",
        plot_bgcolor="white",
        font={"family": "Arial, Helvetica, sans-serif"},
        legend={"font": {"size": 15}},
    )
    return fig


def change_map_figure(atlas, state: ViewState) -> go.Figure:
    """The change map as on screen: diverging classes with signs, "no change" in the middle, "no data" hatched."""
    view = change.view_change(atlas, state)
    lang = state.lang
    fills, items = filled_classes(view.colours, change_view.class_labels(atlas, view, lang), view.rows["cls"], lang)
    fig = static_map(atlas, view.level, fills, items, labels=state.labels, lang=lang)
    notes = " ".join(change_view.notes(atlas, state, view))
    sub = f"{change_view.unit(atlas, view, lang)} · {t(f'level_{view.level}', lang)}"
    source = change_view.source(atlas, view, lang) + " " + BOUNDARIES + "."
    return decorate(fig, change_view.title(atlas, state, view), sub, f"{notes} {source}")


def ranking_figure(atlas, state: ViewState) -> go.Figure:
    if state.change:
        view = change.view_change(atlas, state)
        fig = go.Figure(change_view.ranking_figure(atlas, view, state.lang, state.selected))
        fig.layout.title = None
        sub = f"{change_view.unit(atlas, view, state.lang)} · {t(f'level_{view.level}', state.lang)}"
        height = max(420, 16 * len(view.known) + 120)
        return decorate(fig, change_view.title(atlas, state, view), sub, change_view.source(atlas, view, state.lang), height=height)
    view = query.map_view(atlas, state)
    fig = go.Figure(ranking_panel.figure(atlas, view, state.lang, state.selected))
    fig.layout.title = None
    source = source_line(atlas, view.indicator, view.level, view.year, state.lang, version=True)
    return decorate(
        fig,
        atlas.catalog[view.indicator]["label"][state.lang]
        + " – "
        + t("ranking_title", state.lang, year=year_label(view.year, view.period)),
        subtitle(atlas, state, view),
        source,
        height=max(420, 16 * len(view.rows) + 120),
    )


def comparison_figure(atlas, state: ViewState) -> go.Figure:
    """The chart of the comparison tab on screen (for the spatial and projects tabs: their map)."""
    view = query.map_view(atlas, state)
    lang = state.lang
    title = f"{t(CHART_TITLES[state.tab], lang)}: {atlas.catalog[view.indicator]['label'][lang]}"
    source = source_line(atlas, view.indicator, view.level, view.year, lang, boundaries=state.tab in ("spatial", "projects"), version=True)
    if state.tab == "spatial":
        colours = SPATIAL_COLOURS[state.spatial]
        fills = {ags: colours[c] for ags, c in spatial.view_pattern(atlas, state)["cluster"].items()}
        items = [(colour, spatial_class(state.spatial, name, lang)) for name, colour in colours.items()]
        fig = static_map(atlas, state.level, fills, items, lang=lang)
        mode = t(f"spatial_mode_{state.spatial}", lang)
        return decorate(fig, f"{title} · {mode}", subtitle(atlas, state, view), f"{spatial_method(state)} {source}")
    if state.tab == "projects":
        classes = project_map.view_bivariate_classes(atlas, state)
        fills = {ags: project_map.BIVARIATE_COLOURS[c] for ags, c in classes.items() if c >= 0}
        labels = bivariate_labels(lang)
        items = [(project_map.BIVARIATE_COLOURS[c], labels[c]) for c in range(9)]
        fig = static_map(atlas, state.level, fills, items, lang=lang)
        projects_source = source_line(atlas, project_map.DENSITY, state.level, project_map.density_year(atlas, state.level), lang)
        method = t("method_projects", lang, need=atlas.catalog[view.indicator]["label"][lang], year=view.year)
        return decorate(fig, title, subtitle(atlas, state, view), f"{method} {source} {projects_source}")
    figure, _ = panels.content(atlas, state, state.tab)
    zones = comparison.scheme_zones(atlas, state.scheme)
    scheme = t("scheme_custom", lang) if state.scheme == comparison.CUSTOM else atlas.zone_schemes[state.scheme]["label"][lang]
    height = max(520, figure["layout"].get("height", 0))  # a chart of several plots (convergence) keeps its own height
    return decorate(go.Figure(figure), title, f"{subtitle(atlas, state, view)} · {scheme} ({len(zones)})", source, height=height)


def regions_figure(atlas, state: ViewState) -> go.Figure:
    """The data-driven zones (:mod:`geo.regions`) as a map: each Gemeinde in its zone's colour, the agreement with the
    authored scheme above, the method and every ingredient's source below; without zones, why none were drawn."""
    lang = state.lang
    found = regions_panel.of_view(atlas, state)
    if found.zone_of is None:
        fig = static_map(atlas, regions.LEVEL, {}, [], lang=lang)
        return decorate(fig, t("regions_title", lang), regions_panel.missing_note(atlas, found, lang), "")
    colours = {z["id"]: z["colour"] for z in found.zones}
    fills = {ags: colours[zone] for ags, zone in found.zone_of.items()}
    fig = static_map(atlas, regions.LEVEL, fills, [(z["colour"], z["label"][lang]) for z in found.zones], lang=lang)
    _, zone_of, scheme_name = regions_panel.authored(atlas, state)
    sub = f"{t(f'level_{regions.LEVEL}', lang)} · {t('regions_floor', lang)}: {number(found.floor, 0, lang)}"
    note = " ".join(
        [
            regions_panel.summary(found, zone_of, scheme_name, lang),
            regions_panel.method(atlas, found, lang),
            ingredient_sources(atlas, found.recipe.years, regions.LEVEL, lang),
            f"{BOUNDARIES}. {t('export_version', lang)}: {atlas.version}.",
        ]
    )
    return decorate(fig, t("regions_title", lang), sub, note)


CHOSEN_COLOUR = "#d95f0e"  # the chosen place, beside the blues of its similar places (most similar darkest)
OTHER_COLOUR = "#e6e6e6"  # the places compared but not among the most similar (not missing: no hatching)


def similar_figure(atlas, state: ViewState) -> go.Figure:
    """The chosen place and its similar places (:mod:`geo.similar`) on a map, numbered from the most similar, with the
    distance in the legend and every indicator's source below; without them, why none were determined."""
    lang = state.lang
    found = similar_panel.found(atlas, state)
    reason = similar_panel.none_found(atlas, found, lang)
    if reason:
        return decorate(static_map(atlas, "gemeinde", {}, [], lang=lang), t("similar_title", lang), reason, "")
    names = query.unit_names(atlas, "gemeinde")
    blues = sample_colorscale("Blues", [0.95 - 0.6 * n / max(len(found.table) - 1, 1) for n in range(len(found.table))])
    name = names[found.place]
    items = [(CHOSEN_COLOUR, t("similar_self", lang, place=name))] + [
        (colour, t("similar_export_item", lang, n=n, place=names[ags], distance=number(distance, 2, lang)))
        for n, (colour, (ags, distance)) in enumerate(zip(blues, found.table["distance"].items()), 1)
    ]
    others = t("similar_others", lang)
    fills = {ags: OTHER_COLOUR for ags in names} | {found.place: CHOSEN_COLOUR} | dict(zip(found.table.index, blues))
    fig = static_map(atlas, "gemeinde", fills, [*items, (OTHER_COLOUR, others)], lang=lang)
    numbered = [found.place, *found.table.index]  # the numbers sit in white discs, readable on every fill
    points = {f["properties"]["ags"]: f["properties"]["label"] for f in atlas.municipalities["features"]}
    x, y = _xy([points[ags] for ags in numbered])
    fig.add_trace(
        go.Scatter(
            x=x,
            y=y,
            mode="markers+text",
            text=["●", *(str(n) for n in range(1, len(numbered)))],
            textfont={"size": 12, "color": "#111111"},
            marker={"size": 20, "color": "#ffffff", "line": {"color": "#111111", "width": 1}},
            showlegend=False,
            hoverinfo="skip",
        )
    )
    indicators = "; ".join(similar_panel.heading(atlas, i, found.recipe.years[i], lang) for i in found.indicators)
    sources = ingredient_sources(atlas, found.recipe.years, "gemeinde", lang)
    method = similar_panel.export_method(found, name, lang)
    note = f"{method} {t('similar_indicators', lang)}: {indicators}. {sources} {BOUNDARIES}. {t('export_version', lang)}: {atlas.version}."
    sub = f"{t('level_gemeinde', lang)} · {t('similar_count', lang, m=len(found.indicators))}"
    return decorate(fig, t("similar_table", lang, place=name), sub, note)


FIGURES = {
    "map": map_figure,
    "ranking": ranking_figure,
    "comparison": comparison_figure,
    "regions": regions_figure,
    "similar": similar_figure,
}
MAP_TABS = ("spatial", "projects")  # comparison tabs whose chart is a map
#: The inset's place in the plot area (paper fractions): the bottom-right corner, which the Ruhr's outline leaves
#: empty at both levels, left of the legend.
LOCATOR_DOMAIN = {"x": [0.84, 1.0], "y": [0.0, 0.26]}
LOCATOR_STYLE = {"germany": ("#f4f4f4", "#8c8c8c"), "nrw": ("#cfcfcf", "#5f5f5f")}  # (fill, line)
LOCATOR_RUHR = "#1f1f1f"


def is_map(what: str, state: ViewState) -> bool:
    return what in ("map", "regions", "similar") or (what == "comparison" and state.tab in MAP_TABS)


def figure(what: str, atlas, state: ViewState, *, locator: bool = True) -> go.Figure:
    """The export figure of ``what`` (a key of :data:`FIGURES`); a map gets the locator inset unless ``locator`` is off."""
    fig = FIGURES[what](atlas, state)
    if locator and is_map(what, state):
        add_locator(fig, atlas, state.lang)
    return fig


def add_locator(fig: go.Figure, atlas, lang: str) -> go.Figure:
    """A small map of Germany with NRW and the Ruhr in the corner of a map, on axes of its own (``x2``/``y2``).

    The Ruhr is the darkest shape and the caption above the inset says so in words, so colour is not the
    only cue. Outlines: ``locator.geojson`` of the pack (BKG VG250, see :mod:`geo.locator`).
    """
    shapes = [(f["properties"]["area"], f["geometry"], *LOCATOR_STYLE[f["properties"]["area"]]) for f in atlas.locator["features"]]
    shapes.append(("ruhr", atlas.region["features"][0]["geometry"], LOCATOR_RUHR, LOCATOR_RUHR))
    for area, geometry, fill, line in shapes:
        xs, ys = _outline(geometry)
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                xaxis="x2",
                yaxis="y2",
                fill="toself",
                mode="lines",
                name=f"locator-{area}",
                showlegend=False,
                hoverinfo="skip",
                fillcolor=fill,
                line={"color": line, "width": 0.7},
            )
        )
    fig.update_layout(
        xaxis2={"domain": LOCATOR_DOMAIN["x"], "anchor": "y2", "visible": False},
        yaxis2={"domain": LOCATOR_DOMAIN["y"], "anchor": "x2", "visible": False, "scaleanchor": "x2", "scaleratio": 1},
    )
    fig.add_annotation(
        text=t("locator_caption", lang),
        xref="paper",
        yref="paper",
        x=sum(LOCATOR_DOMAIN["x"]) / 2,
        y=LOCATOR_DOMAIN["y"][1],
        xanchor="center",
        yanchor="bottom",
        showarrow=False,
        align="center",
        font={"size": 11, "color": "#444444"},
    )
    return fig
