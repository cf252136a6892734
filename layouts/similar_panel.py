"""Similar places in a place's profile: the chosen indicators, the nearest municipalities with their values, who was left out."""

from __future__ import annotations

from dash import html

from geo import ingredients, query, similar
from geo.view_state import ViewState, counterpart
from layouts import ids
from layouts.comparison.common import data_table, recipe_options, scroll_box
from layouts.dropdown import dropdown
from layouts.format import number
from layouts.text import t


def recipe(state: ViewState) -> tuple[str, ...]:
    """The indicators the state asks for (the default set when it names none)."""
    return state.similar or ingredients.DEFAULT_INDICATORS


def found(atlas, state: ViewState) -> similar.SimilarPlaces | None:
    """The similar places of the selected place (a kreisfreie Stadt chosen as Kreis counts as its Gemeinde); None when
    nothing is selected or the selection is a Kreis of several Gemeinden."""
    place = counterpart(state.selected, "gemeinde", atlas) if state.selected else None
    return similar.similar_places(atlas, place, recipe(state)) if place else None


def outlined(atlas, state: ViewState) -> list[str]:
    """The AGS the main map outlines as similar to the selected place."""
    result = found(atlas, state)
    return list(result.table.index) if result is not None else []


def picker(atlas, state: ViewState) -> html.Div:
    lang = state.lang
    return html.Div(
        [
            html.Label(t("similar_indicators", lang), htmlFor=ids.SIMILAR_INDICATORS),
            dropdown(lang, id=ids.SIMILAR_INDICATORS, options=recipe_options(atlas, lang), value=list(recipe(state)), multi=True),
        ],
        className="similar-picker",
    )


def build(atlas, state: ViewState) -> html.Section:
    """The section; its dropdown exists in every profile (the controls callback listens to it)."""
    lang = state.lang
    result = found(atlas, state)
    parts = [html.H3(t("similar_title", lang)), picker(atlas, state)]
    if result is None:
        parts.append(html.P(t("similar_kreis", lang), className="note"))
        return html.Section(parts, id=ids.SIMILAR, className="similar-places")
    names = {f["properties"]["ags"]: f["properties"]["name"] for f in atlas.municipalities["features"]}
    name = names[result.place]
    if result.own is None:
        parts.append(html.P(t("similar_own_missing", lang, place=name), className="note"))
    else:
        parts.append(
            html.P(t("similar_method", lang, n=len(result.table), place=name, distance=distance_note(result, lang)), className="definition")
        )
        parts += [key_list(atlas, result, lang), scroll_box(table(atlas, result, names, lang))]
        years = result.recipe.years
        common = (
            t("similar_years_common", lang, year=next(iter(years.values()))) if result.recipe.common_year else t("similar_years_own", lang)
        )
        parts.append(html.P(common, className="definition"))
    if result.left_out():
        parts.append(html.P(left_out(atlas, result, names, lang), className="note"))
    return html.Section(parts, id=ids.SIMILAR, className="similar-places")


def distance_note(result: similar.SimilarPlaces, lang: str) -> str:
    return t("similar_distance_note", lang, m=len(result.recipe.values))


def export_method(result: similar.SimilarPlaces, name: str, lang: str) -> str:
    """The method sentence of an exported map or table (which number the places instead of outlining them)."""
    return t("similar_export_method", lang, n=len(result.table), place=name, distance=distance_note(result, lang))


def none_found(atlas, result: similar.SimilarPlaces | None, lang: str) -> str | None:
    """Why no similar places were determined (a Kreis of several Gemeinden, or the place lacks a value), or None."""
    if result is None:
        return t("similar_kreis", lang)
    if result.own is None:
        return t("similar_own_missing", lang, place=query.unit_names(atlas, "gemeinde")[result.place])
    return None


def description(atlas, state: ViewState) -> str:
    """The text description of the similar places' map (its alt text): the method and the places by distance."""
    lang = state.lang
    result = found(atlas, state)
    reason = none_found(atlas, result, lang)
    if reason:
        return reason
    names = query.unit_names(atlas, "gemeinde")
    name = names[result.place]
    places = "; ".join(
        t("similar_export_item", lang, n=n, place=names[ags], distance=number(distance, 2, lang))
        for n, (ags, distance) in enumerate(result.table["distance"].items(), 1)
    )
    return f"{export_method(result, name, lang)} {places}."


def table(atlas, result: similar.SimilarPlaces, names: dict, lang: str) -> html.Table:
    """The place itself, then its nearest places: distance and each indicator's value (unit and year in the header)."""
    catalog, years = atlas.catalog, result.recipe.years
    columns = [t("table_place", lang), t("similar_distance", lang)] + [
        html.Th(html.Abbr(str(n), title=heading(atlas, i, years[i], lang)), scope="col") for n, i in enumerate(result.indicators, 1)
    ]

    def cells(values) -> list[str]:
        return [number(values[i], catalog[i]["precision"], lang) for i in result.indicators]

    rows = [[t("similar_self", lang, place=names[result.place]), "–", *cells(result.own)]]
    rows += [[names[ags], number(row.distance, 2, lang), *cells(row)] for ags, row in result.table.iterrows()]
    return data_table(t("similar_table", lang, place=names[result.place]), columns, rows, className="numbers-table similar-table")


def heading(atlas, indicator: str, year: int, lang: str) -> str:
    entry = atlas.catalog[indicator]
    return f"{entry['label'][lang]} ({entry['unit'][lang]}, {year})"


def key_list(atlas, result: similar.SimilarPlaces, lang: str) -> html.Ol:
    """What the table's numbered columns are: each indicator with its unit and year."""
    return html.Ol([html.Li(heading(atlas, i, result.recipe.years[i], lang)) for i in result.indicators], className="similar-key")


def left_out(atlas, result: similar.SimilarPlaces, names: dict, lang: str) -> str:
    """Who was not compared, and which value is missing (with the publisher's reason where one is given)."""
    entries = [
        t(
            "similar_missing_one",
            lang,
            place=names.get(m.ags, m.ags),
            indicator=atlas.catalog[m.indicator]["label"][lang],
            year=m.year,
            reason=t(f"flag_{m.flag}", lang) if m.flag else t("similar_no_value", lang),
        )
        for m in result.left_out()
    ]
    return t("similar_left_out", lang, places="; ".join(entries))
