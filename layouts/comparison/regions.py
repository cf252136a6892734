"""Data-driven zones beside the zone scheme (zones tab): the recipe, the zones' map, how well they agree with the scheme.

The zones are computed (:mod:`geo.regions`) only while this part is switched on and the zones tab is shown.
"""

from __future__ import annotations

from dash import dcc, html

from geo import comparison, ingredients, query, regions
from geo.view_state import REGION_FLOORS, ViewState
from layouts import ids
from layouts.comparison.common import EMPTY_HIDEOUT, category_hideout, data_table, numbers, recipe_options, scroll_box
from layouts.dropdown import dropdown
from layouts.format import number
from layouts.text import t


def recipe(state: ViewState) -> tuple[str, ...]:
    return state.region_indicators or ingredients.DEFAULT_INDICATORS


def of_view(atlas, state: ViewState) -> regions.Regions:
    return regions.regions(atlas, recipe(state), state.region_floor)


def authored(atlas, state: ViewState):
    """The view's scheme at the Gemeinde level (the zones are drawn from Gemeinden): its zones, each place's zone, its name."""
    zones = comparison.scheme_zones(atlas, state.scheme)
    zone_of = comparison.membership(atlas, state.scheme, regions.LEVEL, state.group_a, state.group_b)
    name = t("scheme_custom", state.lang) if state.scheme == comparison.CUSTOM else atlas.zone_schemes[state.scheme]["label"][state.lang]
    return zones, zone_of, name


def map_hideout(atlas, state: ViewState) -> dict:
    """Every Gemeinde in its data-driven zone's colour (nothing when no zones could be drawn)."""
    found = of_view(atlas, state)
    if found.zone_of is None:
        return EMPTY_HIDEOUT
    labels = {z["id"]: z["label"][state.lang] for z in found.zones}
    return category_hideout(found.zone_of.to_dict(), [z["colour"] for z in found.zones], [z["id"] for z in found.zones], labels)


def floor_options(lang: str) -> list[dict]:
    return [{"label": number(floor, 0, lang), "value": floor} for floor in REGION_FLOORS]


def frame(atlas, state: ViewState, small_map) -> html.Div:
    """The switch, and (shown when on) the recipe, the map and the numbers; ``small_map`` draws the comparison's maps."""
    lang = state.lang
    hideout = map_hideout(atlas, state) if state.regions and state.tab == "zones" else EMPTY_HIDEOUT
    texts = content(atlas, state) if state.regions and state.tab == "zones" else []
    return html.Div(
        [
            dcc.Checklist(
                id=ids.REGIONS_ON,
                options=[{"label": t("regions_on", lang), "value": "regions"}],
                value=["regions"] if state.regions else [],
                className="regions-switch",
            ),
            html.Div(
                id=ids.REGIONS_BOX,
                hidden=not state.regions,
                className="regions-box",
                children=[
                    html.H3(t("regions_title", lang)),
                    html.Label(t("regions_indicators", lang), htmlFor=ids.REGIONS_INDICATORS),
                    dropdown(lang, id=ids.REGIONS_INDICATORS, options=recipe_options(atlas, lang), value=list(recipe(state)), multi=True),
                    html.Label(t("regions_floor", lang), htmlFor=ids.REGIONS_FLOOR),
                    dropdown(
                        lang, id=ids.REGIONS_FLOOR, options=floor_options(lang), value=state.region_floor, clearable=False, searchable=False
                    ),
                    small_map(atlas, state, ids.REGION_MAP, ids.REGION_MAP_GEOJSON, hideout),
                    html.Div(texts, id=ids.REGIONS_CONTENT, className="pane-body", **{"aria-live": "polite"}),
                ],
            ),
        ],
        className="regions",
        # the small map is named and described like the pane's own (assets/map_keys.js)
        **{"data-map-label": ids.REGIONS_ON, "data-map-description": ids.REGIONS_CONTENT},
    )


def content(atlas, state: ViewState) -> list:
    """Method, agreement, the Theil shares per ingredient and the zones as a table; or why no zones were drawn."""
    lang = state.lang
    found = of_view(atlas, state)
    catalog = atlas.catalog
    if found.zone_of is None:
        return [html.P(missing_note(atlas, found, lang), className="note")]
    _, zone_of, scheme_name = authored(atlas, state)
    shares = regions.between_shares(atlas, found, zone_of)
    share_rows = [
        [f"{catalog[s.indicator]['label'][lang]} ({s.year})", _percent(s.authored, lang), _percent(s.data_driven, lang)] for s in shares
    ]
    zone_rows = [[z["label"][lang], ", ".join(members(atlas, found, z)), number(found.population[z["id"]], 0, lang)] for z in found.zones]
    return [
        html.P(summary(found, zone_of, scheme_name, lang), className="gap-sentence"),
        scroll_box(
            data_table(
                t("regions_theil_caption", lang),
                [t("indicator", lang), scheme_name, t("regions_title", lang)],
                share_rows,
                className="numbers-table",
            ),
        ),
        numbers(
            t("regions_zone_caption", lang),
            [t("zone", lang), t("regions_members", lang), t("regions_population", lang)],
            zone_rows,
            lang,
        ),
        html.P(method(atlas, found, lang), className="method-note"),
    ]


def missing_note(atlas, found: regions.Regions, lang: str) -> str:
    """Why no zones were drawn: the places lacking an ingredient, with the indicator and year."""
    names = query.unit_names(atlas, regions.LEVEL)
    missing = "; ".join(f"{names.get(m.ags, m.ags)} ({atlas.catalog[m.indicator]['label'][lang]} {m.year})" for m in found.recipe.missing)
    return t("regions_missing", lang, places=missing or "–")


def summary(found: regions.Regions, zone_of, scheme_name: str, lang: str) -> str:
    """How many zones the data draw and how well they agree with the authored scheme."""
    ari = number(regions.agreement(zone_of, found.zone_of), 2, lang)
    return t("regions_summary", lang, p=len(found.zones), scheme=scheme_name, ari=ari)


def method(atlas, found: regions.Regions, lang: str) -> str:
    years = ", ".join(f"{atlas.catalog[i]['label'][lang]} {found.recipe.years[i]}" for i in found.indicators)
    return t("regions_method", lang, floor=number(found.floor, 0, lang), years=years)


def members(atlas, found: regions.Regions, zone: dict) -> list[str]:
    names = query.unit_names(atlas, regions.LEVEL)
    return sorted((names[a] for a in found.zone_of.index[found.zone_of == zone["id"]]), key=str.casefold)


def description(atlas, state: ViewState) -> str:
    """The text description of the zones' map (its alt text): the summary and each zone with its places."""
    lang = state.lang
    found = of_view(atlas, state)
    if found.zone_of is None:
        return missing_note(atlas, found, lang)
    _, zone_of, scheme_name = authored(atlas, state)
    zones = " ".join(f"{z['label'][lang]}: {', '.join(members(atlas, found, z))}." for z in found.zones)
    return f"{t('regions_title', lang)}. {summary(found, zone_of, scheme_name, lang)} {zones}"


def _percent(share: float, lang: str) -> str:
    return f"{number(100 * share, 0, lang)} %" if share == share else "–"
