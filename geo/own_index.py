"""A person's own composite index: a recipe of indicators, weights, directions and a normalisation.

Policymakers steer money by social indices, and every index rests on choices. This module
makes the choices explicit and the result reproducible:

* :class:`Recipe` — the choices, written compactly into the URL (``idx=gemeinde-latest-z~a-2-w~b-1-b``):
  the level, one common year or the latest year each, the normalisation, and per ingredient
  its weight (1–10) and direction (``w``: higher is worse, ``b``: higher is better).
* :func:`composite` — the index per place. Each ingredient is normalised over the places that
  have *every* ingredient (so all ingredients share one set of places), turned so that higher
  means worse, and the weighted mean of the ingredients is the index: **higher = more
  disadvantage**. A place without a value for an ingredient has no index, and its reason names
  the ingredient and year; nothing is filled in.
* :func:`with_index` — the atlas with the index as one more indicator (:data:`INDEX_ID`), so the
  map, ranking, table, Ruhr mean and comparison panels show it like any indicator. Its Ruhr
  value is the population-weighted mean of the index (:mod:`geo.aggregate`).
* :func:`rank_ranges` — how robust each place's rank is when the weights are perturbed.

Normalisations (each over the places with every ingredient, unweighted: one place, one observation):

* ``z`` — z-scores ``(x − mean) / sd`` (population sd). The index is centred on 0 and has negative
  values, so CV, Gini and Theil are not defined for it (the inequality panel says so).
* ``minmax`` — ``100 · (x − min) / (max − min)``: 0 = the best place of the Ruhr on that ingredient,
  100 = the worst.
* ``rank`` — percentile ranks ``100 · (rank − 1) / (n − 1)`` (ties share their mean rank): 0 = best, 100 = worst.

An index has no natural zero (its zero is set by the normalisation), so ratios of index values —
and with them CV, Gini and Theil — describe the normalisation rather than the places; the catalog
entry says ``"scale": "interval"`` and the inequality measures are withheld for it.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from geo import aggregate, query
from geo.indicator_rows import COLUMNS, MAP_LEVELS

INDEX_ID = "eigener_index"
INDEX_SOURCE = "eigener_index"
NORMALISATIONS = ("z", "minmax", "rank")
LATEST = "latest"
WEIGHTS = range(1, 11)
MAX_INGREDIENTS = 8
DIRECTIONS = {"w": True, "b": False}  # code → higher is worse
#: The flag of a place without an index: ``index_missing:<indicator>:<year>`` names the first missing ingredient.
MISSING_FLAG = "index_missing"
NO_SPREAD_FLAG = "index_no_spread"  # an ingredient has the same value everywhere: it cannot be normalised
_INGREDIENT = re.compile(r"([a-z0-9_]+)-([0-9]{1,2})-([wb])")


class RecipeError(ValueError):
    """A recipe the atlas cannot compute; the message says why (shown in a notice)."""


@dataclass(frozen=True)
class Ingredient:
    indicator: str
    weight: int = 1
    worse: bool = True  # higher values are worse (True) or better (False)


@dataclass(frozen=True)
class Recipe:
    level: str
    year: int | None  # one common year, or None = the latest year each indicator has at the level
    normalisation: str
    ingredients: tuple[Ingredient, ...]


def format_recipe(recipe: Recipe) -> str:
    """The compact URL text of a recipe.

    >>> format_recipe(Recipe("gemeinde", None, "z", (Ingredient("a", 2, True), Ingredient("b", 1, False))))
    'gemeinde-latest-z~a-2-w~b-1-b'
    """
    head = f"{recipe.level}-{recipe.year or LATEST}-{recipe.normalisation}"
    return "~".join([head, *(f"{i.indicator}-{i.weight}-{'w' if i.worse else 'b'}" for i in recipe.ingredients)])


def parse_recipe(text: str, catalog: dict) -> Recipe:
    """The recipe a URL text asks for, checked against the catalog; :class:`RecipeError` says what is wrong."""
    head, *parts = (text or "").split("~")
    fields = head.split("-")
    if len(fields) != 3 or fields[0] not in MAP_LEVELS or fields[2] not in NORMALISATIONS:
        raise RecipeError(f"'{head}' is not level-year-normalisation")
    level, year, normalisation = fields
    if year != LATEST and not re.fullmatch(r"[0-9]{4}", year):
        raise RecipeError(f"'{year}' is neither a year nor '{LATEST}'")
    ingredients = []
    for part in parts:
        match = _INGREDIENT.fullmatch(part)
        if match is None or int(match[2]) not in WEIGHTS:
            raise RecipeError(f"'{part}' is not indicator-weight(1–10)-direction(w|b)")
        ingredients.append(Ingredient(match[1], int(match[2]), DIRECTIONS[match[3]]))
    recipe = Recipe(level, None if year == LATEST else int(year), normalisation, tuple(ingredients))
    check(recipe, catalog)
    return recipe


def check(recipe: Recipe, catalog: dict) -> None:
    """Raise :class:`RecipeError` unless every ingredient exists once, at the level and (if one is set) in the year."""
    chosen = [i.indicator for i in recipe.ingredients]
    if not 1 <= len(chosen) <= MAX_INGREDIENTS:
        raise RecipeError(f"an index needs 1–{MAX_INGREDIENTS} indicators, not {len(chosen)}")
    if len(set(chosen)) != len(chosen):
        raise RecipeError("an indicator is listed twice")
    for indicator in chosen:
        if indicator == INDEX_ID or indicator not in catalog:
            raise RecipeError(f"'{indicator}' is not an indicator of the atlas")
        years = catalog[indicator]["years"].get(recipe.level, [])
        if not years:
            raise RecipeError(f"'{indicator}' has no values at the level {recipe.level}")
        if recipe.year is not None and recipe.year not in years:
            raise RecipeError(f"'{indicator}' has no values for {recipe.year} at the level {recipe.level}")


def default_worse(entry: dict) -> bool:
    """The direction an ingredient starts with: the catalog's polarity (a neutral indicator starts as "higher is worse")."""
    return entry["polarity"] != "higher_is_better"


def ingredient_years(recipe: Recipe, catalog: dict) -> dict[str, int]:
    """The year each ingredient enters with: the common year, or its latest at the level."""
    return {i.indicator: recipe.year or catalog[i.indicator]["years"][recipe.level][-1] for i in recipe.ingredients}


def common_years(indicators: list[str], level: str, catalog: dict) -> list[int]:
    """The years every one of ``indicators`` has at ``level`` (the choices of a common year)."""
    sets = [set(catalog[i]["years"].get(level, [])) for i in indicators if i in catalog]
    return sorted(set.intersection(*sets)) if sets else []


# ---------------------------------------------------------------- computing


def normalised(raw: pd.DataFrame, recipe: Recipe) -> pd.DataFrame:
    """Each ingredient (a column of ``raw``, places as rows, complete places only) normalised and turned so
    that higher means worse; a column without spread is all NaN."""
    out = {}
    for ingredient in recipe.ingredients:
        x = raw[ingredient.indicator].astype(float)
        if recipe.normalisation == "z":
            sd = x.std(ddof=0)
            scaled = (x - x.mean()) / sd if sd > 0 else x * np.nan
            out[ingredient.indicator] = scaled if ingredient.worse else -scaled
            continue
        if recipe.normalisation == "minmax":
            span = x.max() - x.min()
            scaled = 100 * (x - x.min()) / span if span > 0 else x * np.nan
        else:
            scaled = 100 * (x.rank(method="average") - 1) / (len(x) - 1) if len(x) > 1 and x.nunique() > 1 else x * np.nan
        out[ingredient.indicator] = scaled if ingredient.worse else 100 - scaled
    return pd.DataFrame(out, index=raw.index)


def weighted(parts: pd.DataFrame, weights) -> pd.Series:
    """The weighted mean of the normalised ingredients per place."""
    w = np.asarray(weights, dtype=float)
    return pd.Series(parts.to_numpy() @ w / w.sum(), index=parts.index)


def ingredients_table(atlas, recipe: Recipe) -> pd.DataFrame:
    """The raw value of every ingredient (columns) for every RVR unit of the level (rows), in its year."""
    years = ingredient_years(recipe, atlas.catalog)
    return pd.DataFrame({i: query.values(atlas, i, recipe.level, year)["value"] for i, year in years.items()})


def composite(atlas, recipe: Recipe) -> pd.DataFrame:
    """``value`` (the index; NaN where it cannot be formed) and ``flag`` (why not) per RVR unit, indexed by AGS."""
    raw = ingredients_table(atlas, recipe)
    years = ingredient_years(recipe, atlas.catalog)
    complete = raw.dropna()
    parts = normalised(complete, recipe)
    value = weighted(parts, [i.weight for i in recipe.ingredients]).reindex(raw.index)
    flag = pd.Series("", index=raw.index, dtype=object)
    for ags in raw.index[raw.isna().any(axis=1)]:
        first = next(i for i in raw.columns if np.isnan(raw.at[ags, i]))
        flag[ags] = f"{MISSING_FLAG}:{first}:{years[first]}"
    flat = [i for i in parts.columns if parts[i].isna().all()]
    if flat and len(complete):
        value[:] = np.nan
        flag[complete.index] = f"{NO_SPREAD_FLAG}:{flat[0]}:{years[flat[0]]}"
    return pd.DataFrame({"value": value, "flag": flag})


def shown_year(recipe: Recipe, catalog: dict) -> int:
    """The year the index is filed under: the common year, or the latest of its ingredients' years."""
    return max(ingredient_years(recipe, catalog).values())


def entry(recipe: Recipe, atlas) -> dict:
    """The catalog entry of the index (labels and definition name the recipe; the texts live in layouts)."""
    year = shown_year(recipe, atlas.catalog)
    unit = {
        "z": ("z-Wert", "z-score"),
        "minmax": ("Indexpunkte (0–100)", "index points (0–100)"),
        "rank": ("Perzentil (0–100)", "percentile (0–100)"),
    }
    years = ingredient_years(recipe, atlas.catalog)

    words = {
        "de": (
            "Gewichtetes Mittel der normierten Werte ({norm}; höher = mehr Benachteiligung) aus: ",
            "Gewicht",
            "höher ist schlechter",
            "höher ist besser",
        ),
        "en": (
            "Weighted mean of the normalised values ({norm}; higher = more disadvantage) of: ",
            "weight",
            "higher is worse",
            "higher is better",
        ),
    }
    norms = {"z": ("z-Werte", "z-scores"), "minmax": ("Min–Max", "min–max"), "rank": ("Perzentilränge", "percentile ranks")}

    def listing(lang):
        head, weight, worse, better = words[lang]
        parts = [
            f"{atlas.catalog[i.indicator]['label'][lang]} ({years[i.indicator]}, {weight} {i.weight}, {worse if i.worse else better})"
            for i in recipe.ingredients
        ]
        return head.format(norm=norms[recipe.normalisation][lang == "en"]) + "; ".join(parts) + "."

    return {
        "id": INDEX_ID,
        "theme": "index",
        "label": {
            "de": "Eigener Index" + ("" if recipe.year else " (jeweils neuestes Jahr)"),
            "en": "Own index" + ("" if recipe.year else " (latest year each)"),
        },
        "unit": {"de": unit[recipe.normalisation][0], "en": unit[recipe.normalisation][1]},
        "polarity": "higher_is_worse",
        "precision": 2 if recipe.normalisation == "z" else 1,
        "aggregate": "weighted_mean",
        "scale": "interval",
        "formula": None,
        "definition": {"de": listing("de"), "en": listing("en")},
        "years": {recipe.level: [year]},
        "source_ids": [INDEX_SOURCE],
        "recipe": format_recipe(recipe),
        "ingredients": [
            {"indicator": i.indicator, "year": years[i.indicator], "weight": i.weight, "worse": i.worse} for i in recipe.ingredients
        ],
        "normalisation": recipe.normalisation,
        "common_year": recipe.year,
    }


def index_rows(atlas, recipe: Recipe) -> pd.DataFrame:
    """The index as rows of the indicator table (one per RVR unit), filed under :func:`shown_year`."""
    values = composite(atlas, recipe)
    years = sorted(set(ingredient_years(recipe, atlas.catalog).values()))
    return pd.DataFrame(
        {
            "ags": values.index,
            "level": recipe.level,
            "indicator": INDEX_ID,
            "year": years[-1],
            "period": "" if len(years) == 1 else f"{years[0]}–{years[-1]}",
            "value": values["value"].to_numpy(),
            "flag": values["flag"].to_numpy(),
            "source_id": INDEX_SOURCE,
            "year_verified": True,
            "note": "",
        }
    )[COLUMNS]


RECIPES_KEPT = 16  # atlases with an index kept per pack atlas


def with_index(atlas, recipe: Recipe):
    """The atlas with the index as one more indicator; remembered per recipe, so a switch computes it once."""
    return atlas.remember(("with_index", recipe), lambda: _with_index(atlas, recipe), kept=RECIPES_KEPT)


def _with_index(atlas, recipe: Recipe):
    rows = index_rows(atlas, recipe)
    extended = copy.copy(atlas)  # the frozen Atlas shares every table; only the four below grow
    catalog = {**atlas.catalog, INDEX_ID: entry(recipe, atlas)}
    years = ingredient_years(recipe, atlas.catalog)
    based_on = sorted({s for i, year in years.items() for s in query.source_ids(atlas, i, recipe.level, year)})
    source = {
        "source_id": INDEX_SOURCE,
        "publisher": "",
        "title": "",
        "table": "",
        "url": "",
        "via": "",
        "licence": "",
        "data_as_of": "",
        "note": "",
        "based_on": based_on,
    }
    population = query.series_rows(atlas, aggregate.POPULATION[recipe.level], recipe.level)
    ruhr = aggregate.run(
        pd.DataFrame([{"indicator": INDEX_ID, "aggregate": "weighted_mean"}]),
        pd.concat([rows, population]),
        {recipe.level: query.units(atlas, recipe.level)},
    )
    object.__setattr__(extended, "catalog", catalog)
    object.__setattr__(extended, "sources", {**atlas.sources, INDEX_SOURCE: source})
    object.__setattr__(extended, "series", {**atlas.series, (INDEX_ID, recipe.level): rows})
    object.__setattr__(extended, "aggregates", pd.concat([atlas.aggregates, ruhr], ignore_index=True))
    object.__setattr__(
        extended,
        "indicators_by_place",
        {**atlas.indicators_by_place, **{(INDEX_ID, recipe.level, r.ags): rows.iloc[[n]] for n, r in enumerate(rows.itertuples())}},
    )
    return extended


def atlas_for(atlas, state):
    """The atlas a view state needs: with the index when the state shows it (as map or second indicator), else unchanged.

    Nothing of the index is computed unless the state shows it.
    """
    if not getattr(state, "recipe", None) or INDEX_ID not in (state.indicator, state.indicator2):
        return atlas
    try:
        return with_index(atlas, parse_recipe(state.recipe, atlas.catalog))
    except RecipeError:
        return atlas


# ---------------------------------------------------------------- robustness


@dataclass(frozen=True)
class RankRanges:
    """Each place's rank (1 = highest index = most disadvantaged) under the recipe and under perturbed weights."""

    table: pd.DataFrame  # index ags; rank, p05, p95, low, high, width (p95 − p05)
    draws: int
    spread: float
    seed: int


def rank_ranges(parts: pd.DataFrame, weights, *, draws: int = 1000, spread: float = 0.5, seed: int = 16) -> RankRanges:
    """Ranks of the places (rows of ``parts``, the normalised ingredients) when each weight is multiplied by
    an independent U(1 − spread, 1 + spread) factor, ``draws`` times (a seeded numpy Generator)."""
    matrix = parts.to_numpy(dtype=float)
    base = np.asarray(weights, dtype=float)
    factors = np.random.default_rng(seed).uniform(1 - spread, 1 + spread, size=(draws, len(base)))
    drawn = base * factors
    scores = matrix @ drawn.T / drawn.sum(axis=1)  # places × draws
    ranks = pd.DataFrame(scores).rank(ascending=False, method="min").to_numpy()
    own = pd.Series(matrix @ base / base.sum()).rank(ascending=False, method="min").to_numpy()
    table = pd.DataFrame(
        {
            "rank": own,
            "p05": np.percentile(ranks, 5, axis=1, method="nearest"),
            "p95": np.percentile(ranks, 95, axis=1, method="nearest"),
            "low": ranks.min(axis=1),
            "high": ranks.max(axis=1),
        },
        index=parts.index,
    )
    table["width"] = table["p95"] - table["p05"]
    return RankRanges(table=table, draws=draws, spread=spread, seed=seed)


def robustness(atlas, recipe: Recipe, **options) -> RankRanges:
    """:func:`rank_ranges` for a recipe on the atlas: the places with every ingredient (the others have no rank)."""
    parts = normalised(ingredients_table(atlas, recipe).dropna(), recipe).dropna()  # an ingredient without spread: no ranks
    return rank_ranges(parts, [i.weight for i in recipe.ingredients], **options)


def most_sensitive(ranges: RankRanges, count: int = 3) -> list[str]:
    """The places whose rank depends most on the weighting: widest 5–95 % range, then widest min–max range."""
    table = ranges.table
    ordered = table.assign(span=table["high"] - table["low"]).sort_values(
        ["width", "span", "rank"], ascending=[False, False, True], kind="mergesort"
    )
    return [ags for ags in ordered.index[:count] if ordered.at[ags, "span"] > 0]
