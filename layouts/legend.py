"""The map legend and method note: class ranges with counts, "no data", unit, year, Ruhr mean."""

from __future__ import annotations

from dash import html

from geo import own_index
from geo.query import IMPLAUSIBLE, MapView
from layouts import links
from layouts.format import number, year_label
from layouts.text import flag_text, t


def mean_text(atlas, view: MapView, lang: str) -> str:
    """How the Ruhr value was formed, in a sentence (or why there is none)."""
    mean = view.mean
    if mean is None:
        held = view.rows[view.rows["value"].isna() & view.rows["flag"].str.startswith((IMPLAUSIBLE, own_index.MISSING_FLAG))]
        if len(held):  # the rule for incomplete aggregates, with the reason a unit has no value
            reasons = sorted({flag_text(flag, lang, atlas.catalog) for flag in held["flag"]})
            return t("ruhr_withheld", lang, year=view.year, places=", ".join(held["name"]), reason="; ".join(reasons))
        return t("method_none", lang)
    if mean["method"] == "weighted_mean":
        weight = atlas.catalog[mean["weight_indicator"]]["label"][lang]
        method = "index_ruhr_mean" if view.indicator == own_index.INDEX_ID else "method_weighted_mean"
        return t(method, lang, n=mean["units"], weight=weight, weight_year=mean["weight_year"])
    return t(f"method_{mean['method']}", lang, n=mean["units"])


def class_labels(view: MapView, precision: int, lang: str) -> list[str]:
    """``from – to`` for every class, in the indicator's precision."""
    return [f"{number(low, precision, lang)} – {number(high, precision, lang)}" for low, high in view.breaks.ranges()]


def class_list(view: MapView, precision: int, lang: str) -> html.Ul:
    """One line per class (colour, range, number of places) and one for the places without data."""
    return counted_classes(view.colours, class_labels(view, precision, lang), view.rows["cls"], lang)


def counted_classes(colours: list[str], labels: list[str], classes, lang: str) -> html.Ul:
    """One line per class (colour, label, how many of ``classes`` are in it) and one for ``-1``, no data."""
    counts = classes.value_counts()
    rows = [
        html.Li(
            [
                html.Span(className="swatch", style={"background": colour}),
                html.Span(label, className="range"),
                html.Span(f"({counts.get(i, 0)})", className="count"),
            ]
        )
        for i, (colour, label) in enumerate(zip(colours, labels))
    ]
    missing = int((classes < 0).sum())
    rows.append(
        html.Li(
            [
                html.Span(className="swatch hatched"),
                html.Span(t("legend_no_data", lang), className="range"),
                html.Span(f"({missing})", className="count"),
            ],
            className="no-data",
        )
    )
    return html.Ul(rows)


def data_link(atlas, indicator: str, lang: str, **attributes) -> html.A:
    """A named link to the indicator's data page (definition, sources, downloads)."""
    label = atlas.catalog[indicator]["label"][lang]
    return html.A(
        t("data_page_link", lang), href=links.data_page(indicator, lang), title=t("data_page_about", lang, label=label), **attributes
    )


def build(atlas, view: MapView, lang: str) -> html.Div:
    entry = atlas.catalog[view.indicator]
    precision = entry["precision"]
    notes = []
    if view.breaks.method == "deviation":
        notes.append(t("legend_deviation_note", lang))
    if view.fixed:
        years = entry["years"][view.level]
        notes.append(t("legend_fixed", lang, first=years[0], last=years[-1]))
    if view.mean is not None:
        notes.append(t("legend_mean", lang, value=f"{number(view.mean['value'], precision, lang)} {entry['unit'][lang]}"))
    return html.Div(
        className="legend",
        children=[
            html.Div(f"{entry['unit'][lang]} · {year_label(view.year, view.period)}", className="legend-unit"),
            class_list(view, precision, lang),
            *[html.P(note, className="legend-note") for note in notes],
            html.P(mean_text(atlas, view, lang), className="legend-note legend-method"),
            html.P(data_link(atlas, view.indicator, lang), className="legend-data"),
        ],
    )
