"""The own-index builder: its rows follow the chosen indicators; "show" hands the recipe to the view state;
the robustness section computes rank ranges when asked (and keeps them current while shown)."""

from __future__ import annotations

from dash import ALL, Input, Output, State, ctx
from dash.exceptions import PreventUpdate
from dash.html import P

from callbacks import map_view
from geo import own_index
from geo.view_state import from_browser
from layouts import ids, own_index_panel
from layouts.text import t


def chosen_ingredients(atlas, chosen, weights: dict, directions: dict) -> list[own_index.Ingredient]:
    """The chosen indicators with the weight and direction set for each so far (new ones: weight 1, catalog polarity)."""
    found = []
    for indicator in chosen or []:
        entry = atlas.catalog[indicator]
        weight = weights.get(indicator)
        direction = directions.get(indicator)
        found.append(
            own_index.Ingredient(
                indicator,
                weight if isinstance(weight, int) and weight in own_index.WEIGHTS else 1,
                own_index.default_worse(entry) if direction not in own_index.DIRECTIONS else own_index.DIRECTIONS[direction],
            )
        )
    return found


def keyed(values, keys) -> dict:
    """``{indicator: value}`` from the values and ids of a pattern-matching group."""
    return {key["indicator"]: value for key, value in zip(keys or [], values or [])}


def builder(level, chosen, weights: dict, directions: dict, year, state_data, atlas) -> tuple:
    """``(indicator options, chosen, ingredient rows, year options, year)`` after the level or the choice changed."""
    lang = from_browser(state_data, atlas).lang
    if level not in own_index.MAP_LEVELS:
        raise PreventUpdate
    options = own_index_panel.indicator_options(atlas, level, lang)
    allowed = {o["value"] for o in options}
    chosen = [i for i in (chosen or []) if i in allowed][: own_index.MAX_INGREDIENTS]
    ingredients = chosen_ingredients(atlas, chosen, weights, directions)
    years = own_index_panel.year_options(atlas, chosen, level, lang)
    year = year if year in {y["value"] for y in years} else own_index.LATEST
    return options, chosen, own_index_panel.ingredient_rows(atlas, ingredients, lang), years, year


def recipe(level, chosen, year, normalisation, weights: dict, directions: dict, state_data, atlas) -> tuple:
    """``(recipe text for the view state, status)``: the builder's choices as a checked recipe, or why not."""
    lang = from_browser(state_data, atlas).lang
    if not chosen:
        return None, t("index_none_chosen", lang)
    bad = [i for i in chosen if not (isinstance(weights.get(i), int) and weights[i] in own_index.WEIGHTS)]
    if bad:
        return None, t("index_weight_invalid", lang, label=atlas.catalog[bad[0]]["label"][lang])
    ingredients = tuple(own_index.Ingredient(i, weights[i], directions.get(i, "w") == "w") for i in chosen)
    try:
        made = own_index.Recipe(level, None if year in (None, own_index.LATEST) else int(year), normalisation, ingredients)
        if normalisation not in own_index.NORMALISATIONS:
            raise own_index.RecipeError(normalisation)
        own_index.check(made, atlas.catalog)
    except (own_index.RecipeError, ValueError, TypeError):
        return None, t("index_not_possible", lang)
    return own_index.format_recipe(made), ""


def robust_body(trigger, clicks, state_data, atlas) -> list:
    """The rank ranges for the index on the map: computed when asked, then kept current while the map changes
    (the section is shown while the map shows an own index: callbacks/ranking.py)."""
    state = from_browser(state_data, atlas)
    shown = own_index_panel.recipe_of(state, atlas) if state.indicator == own_index.INDEX_ID else None
    if trigger != ids.ROBUST_SHOW and not clicks:
        raise PreventUpdate  # not asked for: nothing is computed
    if shown is None:
        return [P(t("robust_needs_index", state.lang))]
    return own_index_panel.robustness(atlas, shown, state.lang)


def register(app, atlas) -> None:
    ingredient_states = [
        State({"type": ids.INDEX_WEIGHT, "indicator": ALL}, "value"),
        State({"type": ids.INDEX_WEIGHT, "indicator": ALL}, "id"),
        State({"type": ids.INDEX_DIRECTION, "indicator": ALL}, "value"),
        State({"type": ids.INDEX_DIRECTION, "indicator": ALL}, "id"),
    ]

    @app.callback(
        Output(ids.INDEX_INDICATORS, "options"),
        Output(ids.INDEX_INDICATORS, "value"),
        Output(ids.INDEX_ROWS, "children"),
        Output(ids.INDEX_YEAR, "options"),
        Output(ids.INDEX_YEAR, "value"),
        Input(ids.INDEX_LEVEL, "value"),
        Input(ids.INDEX_INDICATORS, "value"),
        *ingredient_states,
        State(ids.INDEX_YEAR, "value"),
        State(ids.STATE, "data"),
        prevent_initial_call=True,
    )
    def builder_changed(level, chosen, weights, weight_ids, directions, direction_ids, year, state_data):
        return builder(level, chosen, keyed(weights, weight_ids), keyed(directions, direction_ids), year, state_data, atlas)

    @app.callback(
        Output(ids.INDEX_RECIPE, "data"),
        Output(ids.INDEX_STATUS, "children"),
        Input(ids.INDEX_APPLY, "n_clicks"),
        State(ids.INDEX_LEVEL, "value"),
        State(ids.INDEX_INDICATORS, "value"),
        State(ids.INDEX_YEAR, "value"),
        State(ids.INDEX_NORMALISATION, "value"),
        *ingredient_states,
        State(ids.STATE, "data"),
        prevent_initial_call=True,
    )
    def show_index(_clicks, level, chosen, year, normalisation, weights, weight_ids, directions, direction_ids, state_data):
        return recipe(level, chosen, year, normalisation, keyed(weights, weight_ids), keyed(directions, direction_ids), state_data, atlas)

    app.callback(
        Output(ids.ROBUST_BODY, "children"),
        Input(ids.ROBUST_SHOW, "n_clicks"),
        *map_view.AFTER_MAP,
        prevent_initial_call=True,
    )(lambda clicks, _colours, state_data: robust_body(ctx.triggered_id, clicks, state_data, atlas))
