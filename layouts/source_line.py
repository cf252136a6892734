"""The one sentence that says where the numbers of a view come from — on screen and in every export."""

from __future__ import annotations

from geo import query
from layouts.text import t

BOUNDARIES = "© GeoBasis-DE / BKG (2016), Daten verändert"


def publications(sources: list[dict], atlas) -> list[dict]:
    """The published sources behind ``sources`` (a derived source stands for the ones it was computed from)."""
    found = {}
    for source in sources:
        for item in [atlas.sources[s] for s in source["based_on"]] if source["based_on"] else [source]:
            found[item["source_id"]] = item
    return [found[k] for k in sorted(found)]


def cited(sources: list[dict], lang: str) -> str:
    """``Publisher: title (table), Stand date; title (table), ...`` with each publisher named once."""
    by_publisher: dict[str, list[str]] = {}
    for source in sources:
        text = source["title"] + (f" ({source['table']})" if source["table"] else "")
        text += ", " + t("data_as_of", lang, date=source["data_as_of"]) if source["data_as_of"] else ""
        by_publisher.setdefault(source["publisher"], []).append(text)
    return " · ".join(f"{publisher}: " + "; ".join(items) for publisher, items in by_publisher.items())


def source_line(atlas, indicator: str, level: str, year: int, lang: str, *, boundaries: bool = False, version: bool = False) -> str:
    """Sources and licences of the values shown for ``indicator`` at ``level`` in ``year``; with ``version``, the data
    version too (every exported image names it). An own index names its recipe and every ingredient's sources."""
    if "ingredients" in atlas.catalog.get(indicator, {}):
        text = index_sources(atlas, atlas.catalog[indicator], level, lang)
        text += f" {BOUNDARIES}." if boundaries else ""
        return text + (f" {t('export_version', lang)}: {atlas.version}." if version else "")
    shown = [atlas.sources[s] for s in query.source_ids(atlas, indicator, level, year)]
    derived = any(s["based_on"] for s in shown)
    published = publications(shown, atlas)
    label = t("sources" if len(published) > 1 else "source", lang)
    text = f"{label}: " + (t("own_calculation_from", lang) + " " if derived else "")
    text += cited(published, lang)
    text += f". {t('licence', lang)}: " + "; ".join(sorted({s["licence"] for s in published})) + "."
    if boundaries:
        text += f" {BOUNDARIES}."
    if version:
        text += f" {t('export_version', lang)}: {atlas.version}."
    return text


def recipe_text(atlas, entry: dict, level: str, lang: str) -> str:
    """The recipe of an own index in words: level, years, normalisation, and each ingredient with year, weight and direction."""
    ingredients = [
        t(
            "index_ingredient",
            lang,
            label=atlas.catalog[i["indicator"]]["label"][lang],
            year=i["year"],
            weight=i["weight"],
            direction=t("index_worse" if i["worse"] else "index_better", lang),
        )
        for i in entry["ingredients"]
    ]
    common = entry["common_year"]
    years = t("index_recipe_years_common", lang, year=common) if common else t("index_recipe_years_latest", lang)
    norm = t(f"index_norm_{entry['normalisation']}", lang)
    return t("index_recipe", lang, level=t(f"level_{level}", lang), years=years, norm=norm, ingredients="; ".join(ingredients))


def ingredient_sources(atlas, years: dict[str, int], level: str, lang: str) -> str:
    """Every ingredient (indicator → year) with its own source line (publisher, title, table, data date, licence)."""
    parts = [f"{atlas.catalog[i]['label'][lang]} ({year}) – {source_line(atlas, i, level, year, lang)}" for i, year in years.items()]
    return f"{t('index_sources', lang)}: " + " | ".join(parts)


def index_sources(atlas, entry: dict, level: str, lang: str) -> str:
    """The recipe, then every ingredient's sources."""
    years = {i["indicator"]: i["year"] for i in entry["ingredients"]}
    return f"{recipe_text(atlas, entry, level, lang)} {ingredient_sources(atlas, years, level, lang)}"
