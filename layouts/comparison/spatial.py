"""The spatial-pattern tab: global Moran's I in words, and the local clusters on a small map."""

from __future__ import annotations

from dash import html

from geo import query, spatial
from geo.view_state import ViewState, shown_year
from layouts.comparison.common import category_hideout, name_key, numbers, unit
from layouts.format import number
from layouts.text import t

LISA_COLOURS = {"high_high": "#b2182b", "low_low": "#2166ac", "high_low": "#f4a582", "low_high": "#92c5de", "not_significant": "#e6e6e6"}


def content(atlas, state: ViewState) -> tuple[None, list]:
    lang = state.lang
    result = spatial.moran(*spatial.view_values(atlas, state))
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
    legend = html.Ul(
        [
            html.Li([html.Span(className="swatch", style={"background": colour}), t(f"cluster_{name}", lang)])
            for name, colour in LISA_COLOURS.items()
        ],
        className="legend lisa-legend",
    )
    return None, [*summary, legend, places_table(atlas, state), html.P(t("method_spatial", lang), className="method-note")]


def places_table(atlas, state: ViewState) -> html.Details:
    """The cluster map as a table: every unit with its value and its local cluster (none without a value)."""
    lang = state.lang
    values, _ = spatial.view_values(atlas, state)
    clusters = spatial.view_clusters(atlas, state)["cluster"]
    precision = atlas.catalog[state.indicator]["precision"]
    names = query.unit_names(atlas, state.level)
    rows = [
        [
            names[ags],
            number(value, precision, lang) if value == value else t("legend_no_data", lang),
            t(f"cluster_{clusters[ags]}", lang) if ags in clusters.index else "–",
        ]
        for ags, value in sorted(values.items(), key=lambda item: name_key(names[item[0]]))
    ]
    value = t("numbers_with_unit", lang, label=t("table_value", lang), unit=unit(atlas, state.indicator, lang))
    columns = [t("table_place", lang), value, t("numbers_cluster", lang)]
    return numbers(t("numbers_spatial", lang, year=shown_year(state, atlas)), columns, rows, lang)


def map_hideout(atlas, state: ViewState) -> dict:
    """The cluster map: every place in the colour of its local cluster."""
    clusters = spatial.view_clusters(atlas, state)
    order = list(LISA_COLOURS)
    labels = {c: t(f"cluster_{c}", state.lang) for c in order}
    return category_hideout(clusters["cluster"].to_dict(), list(LISA_COLOURS.values()), order, labels)
