"""Catalog step: ``data/raw/catalog.csv`` (what each indicator means) + the values → ``catalog.json``.

The authored columns say what an indicator *is*: labels and units in German and
English, theme, polarity (which end is worse), display precision, how a Ruhr
value is formed from the units (``aggregate``) and a definition. What the data
*has* — levels, years per level, sources — is derived from the values, so the
catalog can never promise a year the pack does not hold.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from geo import tables
from geo.errors import InputError
from geo.indicator_rows import LEVELS, MAP_LEVELS

PATH = Path(__file__).resolve().parent.parent / "data" / "raw" / "catalog.csv"
THEMES = ("poverty", "education", "economy", "finance", "population", "projects", "index")  # index: a person's own (geo/own_index.py)
POLARITIES = ("higher_is_worse", "higher_is_better", "neutral")
#: How a Ruhr value is formed from its units (see geo/aggregate.py).
AGGREGATES = ("weighted_mean", "sum", "ratio", "none")
FIELDS = [
    "indicator",
    "theme",
    "label_de",
    "label_en",
    "unit_de",
    "unit_en",
    "polarity",
    "precision",
    "aggregate",
    "numerator",
    "denominator",
    "factor",
    "definition_de",
    "definition_en",
]


def read(path: Path = PATH) -> pd.DataFrame:
    frame = tables.read_csv(path, required=FIELDS, key=["indicator"])
    ids = set(frame["indicator"])
    for line, row in tables.numbered(frame):
        tables.check_choice(row.theme, THEMES, path, line, "theme")
        tables.check_choice(row.polarity, POLARITIES, path, line, "polarity")
        tables.check_choice(row.aggregate, AGGREGATES, path, line, "aggregate")
        if not row.precision.isdigit():
            raise InputError(path, f"precision must be a number of decimals, not {row.precision!r}", line=line, field="precision")
        for field in ("label_de", "label_en", "unit_de", "unit_en", "definition_de", "definition_en"):
            if not getattr(row, field):
                raise InputError(path, "must not be empty", line=line, field=field)
        derived = bool(row.numerator or row.denominator)
        if derived != (row.aggregate == "ratio"):
            raise InputError(path, "a ratio indicator names numerator and denominator, no other does", line=line, field="aggregate")
        if derived:
            for field in ("numerator", "denominator"):
                if getattr(row, field) not in ids:
                    raise InputError(path, f"{getattr(row, field)!r} is not a catalog indicator", line=line, field=field)
            tables.to_number(row.factor, path, line, "factor")
    return frame


def run(catalog: pd.DataFrame, indicators: pd.DataFrame, sources: dict) -> list[dict]:
    """Catalog entries with levels, years and sources taken from the indicator rows."""
    present = set(indicators["indicator"])
    empty = [i for i in catalog["indicator"] if i not in present]
    if empty:
        raise InputError(PATH, f"catalog entries without any value: {', '.join(empty)}")
    unused = sorted(present - set(catalog["indicator"]))
    if unused:
        raise InputError(PATH, f"values for indicators missing from the catalog: {', '.join(unused)}")
    series = indicators[indicators["year_verified"]]
    entries = []
    for row in catalog.sort_values("indicator").itertuples(index=False):
        mine = series[series["indicator"] == row.indicator]
        levels = {
            level: sorted(int(y) for y in mine.loc[(mine["level"] == level) & mine["value"].notna(), "year"].unique()) for level in LEVELS
        }
        used = sorted(indicators.loc[indicators["indicator"] == row.indicator, "source_id"].unique())
        unlicensed = [s for s in used if not sources[s]["licence"]]
        if unlicensed:
            raise InputError(PATH, f"{row.indicator}: source(s) without licence: {', '.join(unlicensed)}")
        entries.append(
            {
                "id": row.indicator,
                "theme": row.theme,
                "label": {"de": row.label_de, "en": row.label_en},
                "unit": {"de": row.unit_de, "en": row.unit_en},
                "polarity": row.polarity,
                "precision": int(row.precision),
                "aggregate": row.aggregate,
                "formula": {"numerator": row.numerator, "denominator": row.denominator, "factor": float(row.factor)}
                if row.numerator
                else None,
                "definition": {"de": row.definition_de, "en": row.definition_en},
                "years": {level: years for level, years in levels.items() if years},
                "source_ids": used,
            }
        )
    return entries


def theme_entries(catalog: dict, theme: str | None, lang: str) -> list[dict]:
    """The entries the map can show, of one theme (all when ``None``), in the order the indicator list shows them."""
    entries = [
        entry
        for entry in catalog.values()
        if (theme is None or entry["theme"] == theme) and any(entry["years"].get(level) for level in MAP_LEVELS)
    ]
    return sorted(entries, key=lambda entry: (THEMES.index(entry["theme"]), entry["label"][lang]))


def theme_indicator(catalog: dict, theme: str, level: str, lang: str) -> str:
    """The indicator a theme opens with: its first at ``level``, else its first at all (the map then changes level).

    >>> catalog = {"a": {"id": "a", "theme": "education", "label": {"de": "A"}, "years": {"kreis": [2019]}}}
    >>> theme_indicator(catalog, "education", "gemeinde", "de")
    'a'
    """
    entries = theme_entries(catalog, theme, lang)
    if not entries:
        raise ValueError(f"no indicator of theme {theme!r} on the map")
    return next((entry["id"] for entry in entries if entry["years"].get(level)), entries[0]["id"])
