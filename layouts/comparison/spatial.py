"""The spatial-pattern tab: global Moran's I in words, and one local statistic on a small map — local clusters
(LISA), bivariate clusters against the second indicator, or Getis–Ord Gi* hot and cold spots — with its table."""

from __future__ import annotations

from dash import dcc, html

from geo import query, spatial
from geo.view_state import SPATIAL_MODES, ViewState, second_indicator, shown_year
from layouts import controls, ids
from layouts.comparison.common import category_hideout, name_key, numbers, second_indicator_control, unit
from layouts.format import number
from layouts.text import t

LISA_COLOURS = {"high_high": "#b2182b", "low_low": "#2166ac", "high_low": "#f4a582", "low_high": "#92c5de", "not_significant": "#e6e6e6"}
HOT_SPOT_COLOURS = {"hot_spot": "#b2182b", "cold_spot": "#2166ac", "not_significant": "#e6e6e6"}
#: The colours of each local statistic's classes, in legend order (:data:`geo.spatial.CLASSES`).
COLOURS = {"lisa": LISA_COLOURS, "bivariate": LISA_COLOURS, "hotspots": HOT_SPOT_COLOURS}


def class_name(mode: str, cluster: str, lang: str) -> str:
    """A class in words: a bivariate cluster names both indicators' sides ("high here, high neighbours on the other")."""
    return t(f"bivariate_{cluster}" if mode == "bivariate" else f"cluster_{cluster}", lang)


def controls_of_tab(atlas, state: ViewState) -> list:
    """Which local statistic, the second indicator of the bivariate clusters, and the weights across the Rhine."""
    lang = state.lang
    return [
        controls.choice_group(
            t("spatial_statistic", lang),
            dcc.RadioItems(
                id=ids.SPATIAL_MODE,
                options=[{"label": t(f"spatial_mode_{mode}", lang), "value": mode} for mode in SPATIAL_MODES],
                value=state.spatial,
                className="radio-stack",
            ),
        ),
        html.Div(
            second_indicator_control(atlas, state, ids.SPATIAL_INDICATOR2, t("spatial_second", lang)),
            id=ids.SPATIAL_SECOND_BOX,
            hidden=state.spatial != "bivariate",
        ),
        dcc.Checklist(
            id=ids.SPATIAL_RHINE,
            options=[{"label": t("spatial_rhine", lang), "value": "rhine"}],
            value=["rhine"] if state.rhine else [],
            className="check",
        ),
    ]


def content(atlas, state: ViewState) -> tuple[None, list]:
    lang = state.lang
    result = spatial.moran(*spatial.view_values(atlas, state), rhine=state.rhine)
    if result is None:
        summary = [html.P(t("moran_none", lang), className="note")]
    else:
        summary = [
            html.P(
                t(
                    "moran_summary",
                    lang,
                    i=number(result.i, 3, lang),
                    expected=number(result.expected, 3, lang),
                    p=number(result.p_value, 3, lang),
                    permutations=spatial.PERMUTATIONS,
                    n=result.units,
                ),
                className="gap-sentence",
            ),
            html.P(t(f"moran_{spatial.reading(result)}", lang)),
        ]
    mode = state.spatial
    legend = html.Ul(
        [
            html.Li(
                [html.Span(t(f"mark_{name}", lang), className="swatch mark", style={"background": colour}), class_name(mode, name, lang)]
            )
            for name, colour in COLOURS[mode].items()
        ],
        className="legend lisa-legend",
        **{"aria-label": t(f"spatial_mode_{mode}", lang)},
    )
    return None, [
        *summary,
        *description(atlas, state),
        legend,
        places_table(atlas, state),
        html.P(method_note(state), className="method-note"),
    ]


def method_note(state: ViewState) -> str:
    """How the shown statistic is computed, and which neighbours it uses (the page and the export say the same)."""
    lang = state.lang
    method = t(f"method_spatial_{state.spatial}", lang, permutations=number(spatial.LOCAL_PERMUTATIONS, 0, lang))
    return f"{method} {t('method_spatial_rhine' if state.rhine else 'method_spatial_no_rhine', lang)}"


def description(atlas, state: ViewState) -> list:
    """The map in words: what the shown statistic compares, and the places of each class."""
    lang, mode = state.lang, state.spatial
    pattern = spatial.view_pattern(atlas, state)
    names = query.unit_names(atlas, state.level)
    label = atlas.catalog[state.indicator]["label"][lang]
    if mode == "bivariate":
        _, year2 = spatial.second_values(atlas, state)
        other = atlas.catalog[second_indicator(state)]["label"][lang]
        intro = t("bivariate_summary", lang, x=label, y=other, year=shown_year(state, atlas), year2=year2, n=len(pattern))
    elif mode == "hotspots":
        if pattern.empty and not spatial.hot_spots_possible(spatial.view_values(atlas, state)[0]):
            return [html.P(t("hotspots_impossible", lang), className="note")]
        intro = t("hotspots_summary", lang, indicator=label, n=len(pattern))
    else:
        intro = t("lisa_summary", lang, indicator=label, n=len(pattern))
    lines = []
    for cluster in spatial.CLASSES[mode][:-1]:  # the last class is "not significant"
        members = sorted((names[ags] for ags in pattern.index[pattern["cluster"] == cluster]), key=name_key)
        if members:
            lines.append(html.Li(f"{class_name(mode, cluster, lang)} ({len(members)}): {', '.join(members)}"))
    places = html.Ul(lines, className="pattern-places") if lines else html.P(t("pattern_none", lang))
    return [html.P(intro), places]


def places_table(atlas, state: ViewState) -> html.Details:
    """The map as a table: every unit with its value (and the second indicator's), its class and p-value
    (and Gi*'s z-value); "–" where a unit has no value."""
    lang, mode = state.lang, state.spatial
    values, _ = spatial.view_values(atlas, state)
    pattern = spatial.view_pattern(atlas, state)
    precision = atlas.catalog[state.indicator]["precision"]
    names = query.unit_names(atlas, state.level)
    value = t("numbers_with_unit", lang, label=t("table_value", lang), unit=unit(atlas, state.indicator, lang))
    columns = [t("table_place", lang), value]
    extra = []
    if mode == "bivariate":
        second = second_indicator(state)
        others, year2 = spatial.second_values(atlas, state)
        columns.append(f"{atlas.catalog[second]['label'][lang]} ({unit(atlas, second, lang)}), {year2}")
        extra.append(lambda ags: shown_number(others.get(ags), atlas.catalog[second]["precision"], lang))
    columns += [t(f"numbers_class_{mode}", lang), t("numbers_p_value", lang)]
    extra += [
        lambda ags: html.Span(class_name(mode, pattern.at[ags, "cluster"], lang), className="cell-words") if ags in pattern.index else "–",
        lambda ags: number(pattern.at[ags, "p_value"], 4, lang) if ags in pattern.index else "–",
    ]
    if mode == "hotspots":
        columns.append(t("numbers_z_value", lang))
        extra.append(lambda ags: number(pattern.at[ags, "z_value"], 2, lang) if ags in pattern.index else "–")
    rows = [
        [names[ags], shown_number(v, precision, lang), *[cell(ags) for cell in extra]]
        for ags, v in sorted(values.items(), key=lambda item: name_key(names[item[0]]))
    ]
    return numbers(t(f"numbers_spatial_{mode}", lang, year=shown_year(state, atlas)), columns, rows, lang)


def shown_number(value, precision: int, lang: str) -> str:
    return number(value, precision, lang) if value is not None and value == value else t("legend_no_data", lang)


def map_hideout(atlas, state: ViewState) -> dict:
    """The small map: every place in the colour of its class (its name in the tooltip)."""
    pattern = spatial.view_pattern(atlas, state)
    colours = COLOURS[state.spatial]
    labels = {c: class_name(state.spatial, c, state.lang) for c in colours}
    return category_hideout(pattern["cluster"].to_dict(), list(colours.values()), list(colours), labels)


def marks_hideout(atlas, state: ViewState) -> dict:
    """The letters on the small map (``HH``, ``+`` …): each significant place's class without colour."""
    pattern = spatial.view_pattern(atlas, state)
    significant = pattern[pattern["cluster"] != "not_significant"]["cluster"]
    return {"marks": {ags: t(f"mark_{cluster}", state.lang) for ags, cluster in significant.items()}}
