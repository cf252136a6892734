"""The download of one indicator or of the whole pack as a ZIP: tidy CSV tables, a Frictionless ``datapackage.json``
and a README with the citation and the licences. Every file names the data version.

The tables (shared with the workbook, ``layouts/workbook.py``):

* ``values.csv`` — :data:`geo.datasheet.TIDY_COLUMNS`, one row per unit, indicator and year;
* ``ruhr_values.csv`` — the Ruhr values the atlas forms (``aggregates.csv`` of the pack);
* ``indicators.csv`` — the catalog entries: labels, unit, polarity, definition, method;
* ``sources.csv`` — every source the values use.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date

import pandas as pd

from geo import datasheet
from geo.catalog import AGGREGATES, POLARITIES
from geo.indicator_rows import LEVELS
from geo.pack import format_number
from layouts import citation, data_text

#: Known open licences in the sources' licence texts → (Data Package licence name, its official text).
OPEN_LICENCES = {
    "dl-de/by-2-0": ("dl-de-by-2.0", "https://www.govdata.de/dl-de/by-2-0"),
    "CC BY 4.0": ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
}
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # a fixed time stamp in the archive, so equal data give equal bytes


@dataclass(frozen=True)
class Tables:
    """The tables of a download and what they are about."""

    what: dict[str, str]  # title per language: an indicator's label or "all indicators"
    slug: str  # file name stem
    indicators: list[str]
    values: pd.DataFrame
    ruhr: pd.DataFrame
    catalog: pd.DataFrame
    sources: pd.DataFrame
    version: str


def tables(atlas, indicator: str | None, lang: str) -> Tables:
    """The download of ``indicator``, or of every indicator when ``None``."""
    chosen = sorted(atlas.catalog) if indicator is None else [indicator]
    values = datasheet.tidy(atlas, chosen, lang)
    sources = datasheet.publications(sorted(values["source_id"].unique()), atlas)
    catalog = pd.DataFrame(
        [
            {
                "indicator": key,
                "theme": entry["theme"],
                "label": entry["label"][lang],
                "unit": entry["unit"][lang],
                "polarity": entry["polarity"],
                "precision": entry["precision"],
                "ruhr_value": entry["aggregate"],
                "definition": entry["definition"][lang],
            }
            for key, entry in ((key, atlas.catalog[key]) for key in chosen)
        ]
    )
    source_table = pd.DataFrame(
        [
            {
                "source_id": s["source_id"],
                "publisher": s["publisher"],
                "title": s["title"],
                "table": s["table"],
                "url": s["url"],
                "licence": s["licence"],
                "data_as_of": s["data_as_of"],
                "note": s["note"],
                "based_on": ";".join(s["based_on"]),
            }
            for s in sources
        ]
    )
    what = {code: data_text.DATA[code]["readme_all"] for code in data_text.DATA}
    if indicator is not None:
        what = dict(atlas.catalog[indicator]["label"])
    version = atlas.version
    slug = f"ruhr-atlas_{indicator or 'alle-indikatoren'}_{version}"
    return Tables(what, slug, chosen, values, datasheet.ruhr_values(atlas, chosen, lang), catalog, source_table, version)


def csv_text(frame: pd.DataFrame) -> str:
    """UTF-8 CSV with a comma and decimal points; numbers in their shortest exact form, missing as empty, booleans as true/false."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(frame.columns)
    for row in frame.itertuples(index=False):
        writer.writerow(
            [
                ("true" if cell else "false") if isinstance(cell, bool) else format_number(cell) if isinstance(cell, float | int) else cell
                for cell in row
            ]
        )
    return buffer.getvalue()


def licences(sources: pd.DataFrame) -> list[dict]:
    """The open licences among the sources' licence texts, as Data Package ``licenses``."""
    found = {}
    for text in sources["licence"]:
        for marker, (name, path) in OPEN_LICENCES.items():
            if marker in text:
                found[name] = {"name": name, "path": path, "title": marker}
    return [found[name] for name in sorted(found)]


def _field(name: str, kind: str, description: str, **extra) -> dict:
    return {"name": name, "type": kind, "description": description, **extra}


def descriptor(data: Tables, lang: str, url: str) -> dict:
    """The ``datapackage.json`` (Frictionless Data Package v1): resources with their schemas, sources and licences."""
    units = "; ".join(f"{row.indicator}: {row.unit}" for row in data.catalog.itertuples())
    string, number, integer = "string", "number", "integer"
    values_schema = {
        "fields": [
            _field("ags", string, "official key: 8 digits Gemeinde, 5 Kreis, 05 NRW, DG Germany, RVR the Ruhr"),
            _field("name", string, "name of the unit"),
            _field("level", string, "level of the unit", constraints={"enum": list(LEVELS)}),
            _field("indicator", string, "indicator id (indicators.csv)"),
            _field("year", integer, "reference year (for a multi-year figure its last year)"),
            _field("period", string, "years of a multi-year figure, e.g. 2017-2022; empty for one year"),
            _field("value", number, f"the value in the indicator's unit ({units}); empty when missing"),
            _field("flag", string, "official symbol: - exactly zero, . unknown or secret, x not meaningful, ... later, / unreliable"),
            _field("unit", string, "unit of the value"),
            _field("source_id", string, "the value's source (sources.csv)"),
            _field("year_verified", "boolean", "false: the value's year is not confirmed; kept out of series and maps"),
            _field("note", string, "note on this value from its source"),
        ],
        "missingValues": [""],
        "foreignKeys": [
            {"fields": "source_id", "reference": {"resource": "sources", "fields": "source_id"}},
            {"fields": "indicator", "reference": {"resource": "indicators", "fields": "indicator"}},
        ],
    }
    ruhr_schema = {
        "fields": [
            _field("indicator", string, "indicator id (indicators.csv)"),
            _field("level", string, "the level whose units form the value", constraints={"enum": ["gemeinde", "kreis"]}),
            _field("year", integer, "reference year"),
            _field("value", number, f"the Ruhr value in the indicator's unit ({units})"),
            _field("unit", string, "unit of the value"),
            _field("method", string, "how it is formed from the units", constraints={"enum": list(AGGREGATES)}),
            _field("units", integer, "number of units"),
            _field("weight_indicator", string, "weights of a weighted mean (indicator id); empty otherwise"),
            _field("weight_year", integer, "year of the weights"),
        ],
        "missingValues": [""],
    }
    indicator_schema = {
        "fields": [
            _field("indicator", string, "indicator id"),
            _field("theme", string, "theme"),
            _field("label", string, "name"),
            _field("unit", string, "unit"),
            _field("polarity", string, "which end is worse", constraints={"enum": list(POLARITIES)}),
            _field("precision", integer, "decimals shown"),
            _field("ruhr_value", string, "how the Ruhr value is formed", constraints={"enum": list(AGGREGATES)}),
            _field("definition", string, "definition"),
        ],
        "primaryKey": ["indicator"],
    }
    source_schema = {
        "fields": [
            _field(name, string, description)
            for name, description in (
                ("source_id", "source id"),
                ("publisher", "publisher"),
                ("title", "title"),
                ("table", "table id"),
                ("url", "address"),
                ("licence", "licence or terms of use"),
                ("data_as_of", "date of the data"),
                ("note", "note"),
                ("based_on", "for a computed source: the sources it was computed from, separated by ;"),
            )
        ],
        "primaryKey": ["source_id"],
    }

    def resource(name, path, schema, title):
        return {
            "name": name,
            "path": path,
            "profile": "tabular-data-resource",
            "title": title,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": schema,
        }

    title = data_text.DATA[lang]["readme_title"].format(what=data.what[lang])
    return {
        "profile": "tabular-data-package",
        "name": data.slug.lower().replace("_", "-"),
        "title": title,
        "version": data.version,
        "homepage": url,
        "licenses": licences(data.sources),
        "sources": [
            {"title": f"{row.publisher}: {row.title}" + (f" ({row.table})" if row.table else ""), **({"path": row.url} if row.url else {})}
            for row in data.sources.itertuples()
            if not row.based_on
        ],
        "resources": [
            resource("values", "values.csv", values_schema, "values per unit, indicator and year"),
            resource("ruhr_values", "ruhr_values.csv", ruhr_schema, "Ruhr values formed by the atlas"),
            resource("indicators", "indicators.csv", indicator_schema, "indicators"),
            resource("sources", "sources.csv", source_schema, "sources"),
        ],
    }


def cited(data: Tables, atlas, url: str) -> citation.Cited:
    title = {code: data_text.DATA[code]["page_title"].format(label=data.what[code]) for code in data_text.DATA}
    return citation.Cited(title, citation.publishers(atlas, data.values["source_id"].unique()), data.version, url, "ruhratlas_daten")


def readme(data: Tables, atlas, lang: str, url: str, accessed: date) -> str:
    words = data_text.DATA[lang]
    reference = cited(data, atlas, url)
    licence_lines = sorted({row.licence for row in data.sources.itertuples()})
    lines = [
        f"# {words['readme_title'].format(what=data.what[lang])}",
        "",
        f"{words['version']}: {data.version}",
        "",
        f"## {words['readme_files']}",
        "",
        *(f"- {words[key]}" for key in ("readme_values", "readme_ruhr", "readme_sources", "readme_package")),
        "- `indicators.csv`",
        "",
        words["readme_flags"],
        "",
        f"## {words['readme_cite']}",
        "",
        citation.text(reference, lang, accessed),
        "",
        "```bibtex",
        citation.bibtex(reference, accessed, lang),
        "```",
        "",
        f"## {words['readme_licences']}",
        "",
        words["readme_licences_intro"],
        "",
        *(f"- {text}" for text in licence_lines),
        "",
        f"## {words['readme_indicators']}",
        "",
        *(f"- `{row.indicator}`: {row.label} ({row.unit}). {row.definition}" for row in data.catalog.itertuples()),
        "",
    ]
    return "\n".join(lines)


def zip_bytes(atlas, indicator: str | None, lang: str, url: str, accessed: date) -> bytes:
    """The whole archive in memory: a half-written file never reaches a visitor."""
    data = tables(atlas, indicator, lang)
    members = {
        "README.md": readme(data, atlas, lang, url, accessed),
        "datapackage.json": json.dumps(descriptor(data, lang, url), ensure_ascii=False, indent=1) + "\n",
        "values.csv": csv_text(data.values),
        "ruhr_values.csv": csv_text(data.ruhr),
        "indicators.csv": csv_text(data.catalog),
        "sources.csv": csv_text(data.sources),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(zipfile.ZipInfo(f"{data.slug}/{name}", ZIP_DATE), text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
