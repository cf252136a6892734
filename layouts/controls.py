"""The control column: theme → indicator, year, level, classes, display options, place search."""

from __future__ import annotations

from dash import dcc, html

from geo import catalog, classify, query
from geo.catalog import THEMES
from geo.indicator_rows import MAP_LEVELS
from geo.view_state import CUSTOM_SCHEME, PROJECT_FIELDS, PROJECT_STATUSES, ViewState, shown_year
from layouts import ids, play, projects_layer
from layouts.dropdown import dropdown
from layouts.format import year_runs
from layouts.text import t


def indicator_options(atlas, theme: str | None, lang: str) -> list[dict]:
    """Indicators of a theme (all when ``theme`` is None), labelled with unit, levels and years.

    The levels and years are in the label so a person sees before choosing that, say, an education
    indicator exists only for the 15 Kreise ("… · Kreise 1995–2022").
    """
    options = []
    for entry in catalog.theme_entries(atlas.catalog, theme, lang):
        coverage = " · ".join(
            f"{t(f'level_list_{level}', lang)} {year_runs(entry['years'][level])}" for level in MAP_LEVELS if entry["years"].get(level)
        )
        options.append({"label": f"{entry['label'][lang]} ({entry['unit'][lang]}) · {coverage}", "value": entry["id"]})
    return options


def theme_options(atlas, lang: str) -> list[dict]:
    present = {entry["theme"] for entry in atlas.catalog.values()}
    return [{"label": t(f"theme_{theme}", lang), "value": theme} for theme in THEMES if theme in present]


def year_control(atlas, state: ViewState) -> dict:
    """Props of the year choice: one radio button per year the indicator has at this level.

    A row of radios rather than dcc.Slider: Dash 4's slider moves by a computed fractional step
    on arrow keys when marks are uneven, and maps a click on an end label to the year beside it.
    Native radios step exactly one available year per arrow key and select the year clicked.
    """
    years = atlas.catalog[state.indicator]["years"][state.level]
    return {"options": [{"label": str(year), "value": year} for year in years], "value": shown_year(state, atlas)}


def change_controls(atlas, state: ViewState) -> dict:
    """Props of the change view's controls: on or off (off, with the reason, for an indicator with one year),
    and the two years, each offering only the years that keep the first before the last."""
    years = atlas.catalog[state.indicator]["years"][state.level]
    first, last = state.change or (years[0], years[-1])
    single = len(years) < 2
    label = t("change_show", state.lang) + (f" ({t('change_one_year', state.lang)})" if single else "")
    return {
        (ids.CHANGE_ON, "options"): [{"label": label, "value": "change", "disabled": single}],
        (ids.CHANGE_ON, "value"): ["change"] if state.change else [],
        (ids.CHANGE_YEARS, "hidden"): not state.change,
        (ids.CHANGE_FROM, "options"): [{"label": str(y), "value": y, "disabled": y >= last} for y in years],
        (ids.CHANGE_FROM, "value"): first,
        (ids.CHANGE_TO, "options"): [{"label": str(y), "value": y, "disabled": y <= first} for y in years],
        (ids.CHANGE_TO, "value"): last,
    }


def level_options(atlas, state: ViewState) -> list[dict]:
    years = atlas.catalog[state.indicator]["years"]
    return [{"label": t(f"level_{level}", state.lang), "value": level, "disabled": level not in years} for level in MAP_LEVELS]


def field_options(atlas, lang: str) -> list[dict]:
    """Handlungsfelder with their marker, for the filter."""
    return [
        {
            "label": html.Span(
                [
                    html.Img(src=projects_layer.icon_uri(field), alt="", className="project-icon"),
                    projects_layer.field_name(atlas, field, lang),
                ]
            ),
            "value": field,
        }
        for field in PROJECT_FIELDS
    ]


def scheme_options(atlas, lang: str) -> list[dict]:
    options = [{"label": scheme["label"][lang], "value": scheme_id} for scheme_id, scheme in atlas.zone_schemes.items()]
    return options + [{"label": t("scheme_custom", lang), "value": CUSTOM_SCHEME}]


def fixed_options(state: ViewState) -> list[dict]:
    """The "hold breaks fixed" option; deviation classes are always relative to the year's own mean."""
    deviation = state.classification == "deviation"
    label = t("fixed_breaks_deviation" if deviation else "fixed_breaks", state.lang)
    return [{"label": label, "value": "fixed", "disabled": deviation}]


def place_options(atlas, lang: str) -> list[dict]:
    """Every Gemeinde and Kreis, searchable by name or key."""
    options = []
    for level in MAP_LEVELS:
        for ags, name in sorted(query.unit_names(atlas, level).items(), key=lambda item: item[1]):
            suffix = "" if level == "gemeinde" else f" ({t('level_short_kreis', lang)})"
            options.append({"label": f"{name}{suffix}", "value": ags, "search": f"{name} {ags}"})
    return options


def choice_group(legend: str, choices) -> html.Fieldset:
    """A radio or check list under its name: the legend names the group for a screen reader too
    (Dash's list cannot carry a name of its own; ``assets/a11y.js`` says why)."""
    return html.Fieldset([html.Legend(legend), choices], className="choice-group")


def build(atlas, state: ViewState) -> html.Div:
    lang = state.lang
    theme = atlas.catalog[state.indicator]["theme"]
    year = year_control(atlas, state)
    return html.Div(
        className="controls",
        children=[
            html.Label(t("theme", lang), htmlFor=ids.THEME),
            dropdown(
                lang,
                id=ids.THEME,
                options=theme_options(atlas, lang),
                value=theme,
                clearable=True,
                placeholder=t("theme_all", lang),
                searchable=False,
            ),
            html.Label(t("indicator", lang), htmlFor=ids.INDICATOR),
            dropdown(
                lang, id=ids.INDICATOR, options=indicator_options(atlas, theme, lang), value=state.indicator, clearable=False, maxHeight=420
            ),
            choice_group(t("year", lang), dcc.RadioItems(id=ids.YEAR, inline=True, className="year-choice", **year)),
            play.controls(state),
            change_box(atlas, state),
            choice_group(
                t("level", lang),
                dcc.RadioItems(id=ids.LEVEL, options=level_options(atlas, state), value=state.level, className="radio-stack"),
            ),
            html.Label(t("classification", lang), htmlFor=ids.CLASSIFICATION),
            dropdown(
                lang,
                id=ids.CLASSIFICATION,
                clearable=False,
                searchable=False,
                value=state.classification,
                options=[{"label": t(f"classification_{m}", lang), "value": m} for m in classify.CLASSIFIERS],
            ),
            html.Label(t("classes", lang), htmlFor=ids.CLASSES),
            dcc.Slider(
                id=ids.CLASSES,
                min=classify.K_RANGE.start,
                max=classify.K_RANGE.stop - 1,
                step=1,
                value=state.k,
                marks={k: str(k) for k in classify.K_RANGE},
                allow_direct_input=False,  # a second, unlabelled field for the same number; the arrow keys step by one
            ),
            dcc.Checklist(
                id=ids.FIXED_BREAKS, options=fixed_options(state), value=["fixed"] if state.fixed_breaks else [], className="check"
            ),
            dcc.Checklist(
                id=ids.OPTIONS,
                options=[{"label": t("show_labels", lang), "value": "labels"}, {"label": t("show_basemap", lang), "value": "basemap"}],
                value=[name for name in ("labels", "basemap") if getattr(state, name)],
                className="check",
            ),
            choice_group(
                t("projects_heading", lang),
                dcc.Checklist(
                    id=ids.PROJECT_OPTIONS,
                    className="check",
                    value=[n for n in ("projects", "network") if getattr(state, n)],
                    options=[
                        {"label": t("show_projects", lang), "value": "projects"},
                        {"label": t("show_network", lang), "value": "network"},
                    ],
                ),
            ),
            html.Div(
                id=ids.PROJECT_FILTERS,
                hidden=not state.projects,
                className="project-filters",
                children=[
                    choice_group(
                        t("project_fields", lang),
                        dcc.Checklist(
                            id=ids.PROJECT_FIELDS,
                            className="check",
                            options=field_options(atlas, lang),
                            value=list(PROJECT_FIELDS if state.fields is None else state.fields),
                        ),
                    ),
                    choice_group(
                        t("project_statuses", lang),
                        dcc.Checklist(
                            id=ids.PROJECT_STATUSES,
                            className="check",
                            options=[{"label": t(f"project_status_{s}", lang), "value": s} for s in PROJECT_STATUSES],
                            value=list(PROJECT_STATUSES if state.statuses is None else state.statuses),
                        ),
                    ),
                ],
            ),
            html.Label(t("place_search", lang), htmlFor=ids.PLACE_SEARCH),
            dropdown(
                lang,
                id=ids.PLACE_SEARCH,
                options=place_options(atlas, lang),
                value=state.selected,
                placeholder=t("place_search_placeholder", lang),
                clearable=True,
            ),
            html.P(id=ids.INDICATOR_INFO, className="definition", children=definition(atlas, state)),
        ],
    )


def change_box(atlas, state: ViewState) -> html.Div:
    """The change view: a check box, and under it the two years compared (named, keyboard-operable dropdowns)."""
    lang = state.lang
    props = change_controls(atlas, state)
    year = {"clearable": False, "searchable": False}
    return html.Div(
        className="change-controls",
        children=[
            dcc.Checklist(
                id=ids.CHANGE_ON, options=props[ids.CHANGE_ON, "options"], value=props[ids.CHANGE_ON, "value"], className="check"
            ),
            html.Div(
                id=ids.CHANGE_YEARS,
                hidden=props[ids.CHANGE_YEARS, "hidden"],
                className="change-years",
                children=[
                    html.Label(t("change_from", lang), htmlFor=ids.CHANGE_FROM),
                    dropdown(
                        lang, id=ids.CHANGE_FROM, options=props[ids.CHANGE_FROM, "options"], value=props[ids.CHANGE_FROM, "value"], **year
                    ),
                    html.Label(t("change_to", lang), htmlFor=ids.CHANGE_TO),
                    dropdown(lang, id=ids.CHANGE_TO, options=props[ids.CHANGE_TO, "options"], value=props[ids.CHANGE_TO, "value"], **year),
                    html.P(t("change_year_note", lang), className="definition"),
                ],
            ),
        ],
    )


def zone_controls(atlas, state: ViewState) -> html.Div:
    """The zone scheme and the custom groups: they sit on the comparison panel they steer."""
    lang = state.lang
    return html.Div(
        className="zone-controls",
        children=[
            html.Label(t("scheme", lang), htmlFor=ids.SCHEME),
            dropdown(lang, id=ids.SCHEME, options=scheme_options(atlas, lang), value=state.scheme, clearable=False, searchable=False),
            html.Div(
                id=ids.GROUPS_BOX,
                hidden=state.scheme != CUSTOM_SCHEME,
                className="groups",
                children=[
                    html.Label(t("group_a", lang), htmlFor=ids.GROUP_A),
                    dropdown(lang, id=ids.GROUP_A, options=place_options(atlas, lang), value=list(state.group_a), multi=True),
                    html.Label(t("group_b", lang), htmlFor=ids.GROUP_B),
                    dropdown(lang, id=ids.GROUP_B, options=place_options(atlas, lang), value=list(state.group_b), multi=True),
                    html.P(t("groups_hint", lang), className="definition"),
                ],
            ),
        ],
    )


def definition(atlas, state: ViewState) -> str:
    entry = atlas.catalog[state.indicator]
    return entry["definition"][state.lang]
