"""The projects tab: need × project involvement on a small map, and each zone's share of projects and people."""

from __future__ import annotations

from dash import html

from geo import comparison, project_map, query
from geo.view_state import ViewState, shown_year
from layouts.comparison.common import category_hideout, name_key, numbers, scroll_box, unit, zone_label
from layouts.format import number
from layouts.text import t


def bivariate_labels(lang: str) -> dict[int, str]:
    """Words for the nine need × projects classes (need third, project class)."""
    thirds = t("bivariate_need_thirds", lang).split(" · ")
    project_classes = t("bivariate_project_classes", lang).split(" · ")
    return {
        c: f"{t('bivariate_need_word', lang)} {thirds[c // 3]}, {t('bivariate_projects_word', lang)} {project_classes[c % 3]}"
        for c in range(9)
    }


def map_hideout(atlas, state: ViewState) -> dict:
    """The need × projects map: every place with both values in its class colour."""
    classes = project_map.view_bivariate_classes(atlas, state)
    known = {ags: c for ags, c in classes.items() if c >= 0}
    return category_hideout(known, project_map.BIVARIATE_COLOURS, list(range(9)), bivariate_labels(state.lang))


def bivariate_legend(lang: str) -> html.Div:
    cells = []
    for row in (2, 1, 0):  # greatest need on top
        cells += [html.Div(className="cell", style={"background": project_map.BIVARIATE_COLOURS[3 * row + column]}) for column in range(3)]
    return html.Div(
        [
            html.Div(t("bivariate_need", lang), className="axis-need"),
            *cells,
            html.Div([t("bivariate_projects", lang), html.Br(), t("bivariate_project_classes", lang)], className="axis-projects"),
        ],
        className="bivariate",
        role="img",
        **{"aria-label": f"{t('bivariate_need', lang)} × {t('bivariate_projects', lang)}"},
    )


def content(atlas, state: ViewState) -> tuple[None, list]:
    lang = state.lang
    cover = project_map.coverage(atlas, atlas.projects)
    coverage_text = t(
        "projects_coverage",
        lang,
        located=cover.located,
        decided=cover.decided if cover.decided else "–",
        recorded=cover.recorded,
        outside=cover.outside_region,
        unknown=cover.unknown,
    )
    shares = project_map.zone_shares(atlas, atlas.projects, state.scheme, state.group_a, state.group_b)
    zones = comparison.scheme_zones(atlas, state.scheme)
    header = html.Tr([html.Th(t(k, lang)) for k in ("zone", "projects_count", "projects_share", "population_share")])
    rows = [header] + [
        html.Tr(
            [
                html.Td(zone_label(zones, zone, lang)),
                html.Td(str(int(row.projects))),
                html.Td(number(row.project_share, 1, lang) + " %"),
                html.Td(number(row.population_share, 1, lang) + " %"),
            ]
        )
        for zone, row in shares.iterrows()
    ]
    rows.append(
        html.Tr(
            [
                html.Th(t("total", lang)),
                html.Th(str(int(shares["projects"].sum()))),
                html.Th(number(shares["project_share"].sum(), 1, lang) + " %"),
                html.Th(number(shares["population_share"].sum(), 1, lang) + " %"),
            ]
        )
    )
    elsewhere = project_map.without_place(atlas.projects)
    need = atlas.catalog[state.indicator]["label"][lang]
    return None, [
        html.H3(t("bivariate_title", lang, need=need), className="pane-title"),
        bivariate_legend(lang),
        html.P(coverage_text, className="gap-sentence"),
        html.H3(t("projects_zone_table", lang), className="pane-title"),
        scroll_box(html.Table(rows, className="share-table"), label=t("projects_zone_table", lang)),
        html.Details(
            [
                html.Summary(f"{t('projects_without_place', lang)} ({len(elsewhere)})"),
                html.Ul(
                    [html.Li(f"{r.title}" + (f" ({r.coordinator_place})" if r.coordinator_place else "")) for r in elsewhere.itertuples()]
                ),
            ]
        ),
        places_table(atlas, state),
        html.P(t("method_projects", lang, need=need, year=shown_year(state, atlas)), className="method-note"),
    ]


def places_table(atlas, state: ViewState) -> html.Details:
    """The need × projects map as a table: every unit with its need, its project involvements and its class."""
    lang = state.lang
    table = project_map.view_bivariate(atlas, state)
    names = query.unit_names(atlas, state.level)
    labels = bivariate_labels(lang)
    precision = (atlas.catalog[state.indicator]["precision"], atlas.catalog[project_map.DENSITY]["precision"])
    rows = [
        [names[ags], number(row["need"], precision[0], lang), number(row["density"], precision[1], lang), labels.get(int(row["cls"]), "–")]
        for ags, row in sorted(table.iterrows(), key=lambda item: name_key(names[item[0]]))
    ]
    need = f"{atlas.catalog[state.indicator]['label'][lang]} ({unit(atlas, state.indicator, lang)}, {shown_year(state, atlas)})"
    density = t("numbers_density", lang, year=project_map.density_year(atlas, state.level))
    columns = [t("table_place", lang), need, density, t("numbers_need_class", lang)]
    return numbers(t("numbers_projects", lang), columns, rows, lang)
