"""The own-index builder (indicators, weights, directions, year, normalisation) and its robustness section.

The builder keeps its choices in the browser until "show" is pressed; then the recipe goes into the view
state (``idx=`` in the URL) and the map, ranking, table and comparison show the index like any indicator.
"""

from __future__ import annotations

from dash import dcc, html

from geo import catalog, own_index
from geo.indicator_rows import MAP_LEVELS
from geo.view_state import ViewState
from layouts import chart_style, ids
from layouts.comparison.common import data_table, scroll_box
from layouts.dropdown import dropdown
from layouts.format import number
from layouts.text import t


def recipe_of(state: ViewState, atlas) -> own_index.Recipe | None:
    """The recipe the state carries (already checked when the state was), or None."""
    if not state.recipe:
        return None
    try:
        return own_index.parse_recipe(state.recipe, atlas.catalog)
    except own_index.RecipeError:
        return None


def indicator_options(atlas, level: str, lang: str) -> list[dict]:
    """Every indicator the level has (the index itself excepted), grouped by theme as the main list is."""
    entries = [e for e in catalog.theme_entries(atlas.catalog, None, lang) if e["id"] != own_index.INDEX_ID and e["years"].get(level)]
    return [{"label": f"{e['label'][lang]} ({e['unit'][lang]})", "value": e["id"]} for e in entries]


def year_options(atlas, indicators: list[str], level: str, lang: str) -> list[dict]:
    """ "The latest year each", then every year all chosen indicators share."""
    common = own_index.common_years(indicators, level, atlas.catalog)
    latest = [{"label": t("index_latest", lang), "value": own_index.LATEST}]
    return latest + [{"label": t("index_common", lang, year=year), "value": str(year)} for year in reversed(common)]


def ingredient_rows(atlas, ingredients: list[own_index.Ingredient], lang: str) -> list:
    """One named group per chosen indicator: its weight (a number field, 1–10) and its direction (two radios)."""
    if not ingredients:
        return [html.P(t("index_none_chosen", lang), className="definition")]
    rows = []
    for ingredient in ingredients:
        label = atlas.catalog[ingredient.indicator]["label"][lang]
        key = {"indicator": ingredient.indicator}
        rows.append(
            html.Fieldset(
                className="index-ingredient",
                children=[
                    html.Legend(label),
                    html.Label(  # the label wraps the field: a pattern-matching id cannot be named by htmlFor
                        [
                            html.Span(t("index_weight", lang, label=label), className="visually-hidden"),
                            html.Span(t("index_weight_short", lang), **{"aria-hidden": "true"}),
                            dcc.Input(
                                id={"type": ids.INDEX_WEIGHT, **key},
                                type="number",
                                min=own_index.WEIGHTS.start,
                                max=own_index.WEIGHTS.stop - 1,
                                step=1,
                                value=ingredient.weight,
                                className="index-weight",
                            ),
                        ],
                        className="index-weight-label",
                    ),
                    dcc.RadioItems(
                        id={"type": ids.INDEX_DIRECTION, **key},
                        options=[{"label": t("index_worse", lang), "value": "w"}, {"label": t("index_better", lang), "value": "b"}],
                        value="w" if ingredient.worse else "b",
                        inline=True,
                        className="index-direction",
                    ),
                ],
            )
        )
    return rows


def build(atlas, state: ViewState) -> html.Details:
    """The builder, filled with the state's recipe (open when there is one)."""
    lang = state.lang
    recipe = recipe_of(state, atlas)
    level = recipe.level if recipe else state.level
    chosen = [i.indicator for i in recipe.ingredients] if recipe else []
    year = str(recipe.year) if recipe and recipe.year else own_index.LATEST
    return html.Details(
        id=ids.INDEX_PANEL,
        open=recipe is not None,
        className="index-panel controls",
        children=[
            html.Summary(t("index_heading", lang)),
            html.P(t("index_intro", lang), className="definition"),
            html.Fieldset(
                [
                    html.Legend(t("level", lang)),
                    dcc.RadioItems(
                        id=ids.INDEX_LEVEL,
                        options=[{"label": t(f"level_{lv}", lang), "value": lv} for lv in MAP_LEVELS],
                        value=level,
                        className="radio-stack",
                    ),
                ],
                className="choice-group",
            ),
            html.Label(t("index_indicators", lang, level=t(f"level_{level}", lang)), htmlFor=ids.INDEX_INDICATORS),
            dropdown(
                lang,
                id=ids.INDEX_INDICATORS,
                options=indicator_options(atlas, level, lang),
                value=chosen,
                multi=True,
                placeholder=t("index_indicators_placeholder", lang),
                maxHeight=320,
            ),
            html.Div(
                id=ids.INDEX_ROWS, className="index-rows", children=ingredient_rows(atlas, list(recipe.ingredients) if recipe else [], lang)
            ),
            html.Label(t("index_year", lang), htmlFor=ids.INDEX_YEAR),
            dropdown(
                lang, id=ids.INDEX_YEAR, options=year_options(atlas, chosen, level, lang), value=year, clearable=False, searchable=False
            ),
            html.Fieldset(
                [
                    html.Legend(t("index_normalisation", lang)),
                    dcc.RadioItems(
                        id=ids.INDEX_NORMALISATION,
                        options=[{"label": t(f"index_norm_{n}", lang), "value": n} for n in own_index.NORMALISATIONS],
                        value=recipe.normalisation if recipe else own_index.NORMALISATIONS[0],
                        className="radio-stack",
                    ),
                ],
                className="choice-group",
            ),
            html.Button(t("index_apply", lang), id=ids.INDEX_APPLY, className="index-apply"),
            html.P(id=ids.INDEX_STATUS, role="status", className="definition"),
            dcc.Store(id=ids.INDEX_RECIPE),
            html.P(t("robust_where", lang), className="definition"),
        ],
    )


def robust_section(state: ViewState) -> html.Section:
    """How robust the index's ranking is, under the ranking (wide enough for a range per place); shown while the
    map shows an own index, computed when asked (callbacks/own_index.py)."""
    lang = state.lang
    return html.Section(
        [
            html.H3(t("robust_heading", lang), className="robust-heading"),
            html.Button(t("robust_show", lang), id=ids.ROBUST_SHOW, className="link-button"),
            html.Div(id=ids.ROBUST_BODY, className="robust-body", **{"aria-live": "polite"}),
        ],
        id=ids.ROBUST_SECTION,
        className="robust",
        hidden=state.indicator != own_index.INDEX_ID,
    )


# ---------------------------------------------------------------- robustness


def robustness(atlas, recipe: own_index.Recipe, lang: str) -> list:
    """The rank ranges of the places under perturbed weights: a sentence, a chart and the table behind it."""
    ranges = own_index.robustness(atlas, recipe)
    table = ranges.table
    if table.empty:
        return [html.P(t("robust_none", lang))]
    names = {f["properties"]["ags"]: f["properties"]["name"] for f in atlas.boundaries(recipe.level)["features"]}
    intro = t(
        "robust_intro",
        lang,
        draws=ranges.draws,
        low=number(1 - ranges.spread, 1, lang),
        high=number(1 + ranges.spread, 1, lang),
        seed=ranges.seed,
    )
    sensitive = own_index.most_sensitive(ranges)
    band = 2
    stable = int(((table["p95"] - table["rank"] <= band) & (table["rank"] - table["p05"] <= band)).sum())
    summary = (
        t(
            "robust_summary",
            lang,
            places=len(table),
            names=", ".join(_range_text(names[a], table.loc[a], lang) for a in sensitive),
            stable=stable,
            band=band,
        )
        if sensitive
        else t("robust_no_change", lang)
    )
    ordered = table.sort_values(["rank", "p05"], kind="mergesort")
    columns = [
        t("table_place", lang),
        t("robust_rank", lang),
        t("robust_p05", lang),
        t("robust_p95", lang),
        t("robust_low", lang),
        t("robust_high", lang),
    ]
    rows = [[names[a], *(f"{int(r[c])}" for c in ("rank", "p05", "p95", "low", "high"))] for a, r in ordered.iterrows()]
    return [
        html.P(intro, className="definition", id=f"{ids.ROBUST_BODY}-intro"),
        html.P(summary, id=f"{ids.ROBUST_BODY}-summary", className="robust-summary"),
        chart_style.graph(
            ids.ROBUST_CHART, figure(ordered, names, lang), named_by=f"{ids.ROBUST_BODY}-intro", described_by=f"{ids.ROBUST_BODY}-summary"
        ),
        html.Details(
            [
                html.Summary(t("robust_table", lang)),
                scroll_box(data_table(t("robust_table", lang), columns, rows, className="numbers-table")),
            ],
            className="numbers",
        ),
    ]


def _range_text(name: str, row, lang: str) -> str:
    return f"{name} ({t('robust_rank', lang)} {int(row['rank'])}: {int(row['p05'])}–{int(row['p95'])})"


def figure(ordered, names: dict, lang: str) -> dict:
    """Per place (top to bottom in rank order): the min–max line, the 5–95 % bar and the rank as a dot."""
    y = [names[a] for a in ordered.index]
    line = {"type": "bar", "orientation": "h", "y": y, "base": ordered["low"].tolist(), "x": (ordered["high"] - ordered["low"]).tolist()}
    band = {"type": "bar", "orientation": "h", "y": y, "base": ordered["p05"].tolist(), "x": (ordered["p95"] - ordered["p05"]).tolist()}
    traces = [
        {
            **line,
            "name": f"{t('robust_low', lang)} – {t('robust_high', lang)}",
            "width": 0.15,
            "marker": {"color": "#999999"},
            "hoverinfo": "skip",
        },
        {**band, "name": "5–95 %", "width": 0.6, "marker": {"color": "#0072B2", "opacity": 0.55}, "hoverinfo": "skip"},
        {
            "type": "scatter",
            "mode": "markers",
            "y": y,
            "x": ordered["rank"].tolist(),
            "name": t("robust_rank", lang),
            "marker": {"color": "#111111", "size": 7, "symbol": "diamond"},
            "customdata": [[int(ordered.at[a, c]) for c in ("p05", "p95", "low", "high")] for a in ordered.index],
            "hovertemplate": "%{y}: "
            + t("robust_rank", lang)
            + " %{x} (5–95 %: %{customdata[0]}–%{customdata[1]}, min–max %{customdata[2]}–%{customdata[3]})<extra></extra>",
        },
    ]
    return chart_style.figure(
        traces,
        {
            "height": 14 * len(y) + 110,
            "barmode": "overlay",
            "margin": {"l": 4, "r": 8, "t": 30, "b": 60},
            "xaxis": {
                "title": {"text": t("robust_rank", lang), "standoff": 4},
                "range": [0.5, len(y) + 0.5],
                "side": "top",
                "tickfont": {"size": 10},
            },
            "yaxis": {"automargin": True, "autorange": "reversed", "tickfont": {"size": 10}},
            "legend": {"orientation": "h", "y": -0.02, "yanchor": "top"},
            "showlegend": True,
        },
    )
