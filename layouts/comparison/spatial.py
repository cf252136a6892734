"""The spatial-pattern tab: global Moran's I in words, and the local clusters on a small map."""

from __future__ import annotations

from dash import html

from geo import spatial
from geo.view_state import ViewState
from layouts.comparison.common import category_hideout
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
    return None, [*summary, legend, html.P(t("method_spatial", lang), className="method-note")]


def map_hideout(atlas, state: ViewState) -> dict:
    """The cluster map: every place in the colour of its local cluster."""
    clusters = spatial.local_clusters(*spatial.view_values(atlas, state))
    order = list(LISA_COLOURS)
    labels = {c: t(f"cluster_{c}", state.lang) for c in order}
    return category_hideout(clusters["cluster"].to_dict(), list(LISA_COLOURS.values()), order, labels)
