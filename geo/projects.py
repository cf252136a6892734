"""Projects step: Ruhr-Konferenz projects → checked table, map points, and project indicators.

``data/raw/projects.csv`` holds one row per project (format in ``data/README.md``);
``data/raw/handlungsfelder.csv`` names the five fields of action.

A project is placed at a documented point. No source gives the coordinating
institutions' addresses as coordinates, so every located project sits at the
label point of its coordinating municipality and is marked ``approximate``.
Projects coordinated from outside the RVR area, or with no coordinator at all,
get no point and are listed, never dropped.

Counted per Gemeinde (and summed per Kreis): projects *coordinated* there and
projects the place takes part in (*coordinator or partner*), each also per
100,000 inhabitants (Zensus 2022). The counts describe the project portfolio
decided in 2019 as documented up to 2024, hence year 2024 with period 2019–2024.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from geo import tables
from geo.errors import InputError
from geo.indicator_rows import COLUMNS

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
PROJECT_FIELDS = [
    "project_key",
    "number",
    "title",
    "handlungsfeld",
    "status",
    "status_date",
    "status_text",
    "coordinator",
    "coordinator_place",
    "coordinator_ags",
    "partner_ags",
    "partners_outside",
    "source_url",
    "notes",
]
FIELD_FIELDS = ["handlungsfeld", "name_de", "name_en", "source"]
STATUSES = ("implementing", "completed", "not_pursued", "not_started", "unknown")
YEAR, PERIOD = 2024, "2019-2024"
POPULATION = "bevoelkerung_zensus2022"
SOURCE_ID = "atlas-ruhr-konferenz-projekte"
#: indicator → (what is counted, per 100,000 inhabitants?)
INDICATORS = {
    "projekte_koordiniert_anzahl": ("coordinated", False),
    "projekte_koordiniert_je_100000_ew": ("coordinated", True),
    "projekte_beteiligt_anzahl": ("involved", False),
    "projekte_beteiligt_je_100000_ew": ("involved", True),
}


def read_fields(path: Path = RAW / "handlungsfelder.csv") -> pd.DataFrame:
    frame = tables.read_csv(path, required=FIELD_FIELDS, key=["handlungsfeld"])
    if list(frame["handlungsfeld"]) != ["1", "2", "3", "4", "5"]:
        raise InputError(path, "must list the Handlungsfelder 1 to 5 in order", field="handlungsfeld")
    return frame


def read_projects(path: Path, municipalities: set[str]) -> pd.DataFrame:
    frame = tables.read_csv(path, required=PROJECT_FIELDS, key=["project_key"])
    for line, row in tables.numbered(frame):
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", row.project_key):
            raise InputError(
                path, f"project_key {row.project_key!r}: lowercase letters, digits and '-' only", line=line, field="project_key"
            )
        if row.handlungsfeld and row.handlungsfeld not in "12345":
            raise InputError(path, f"{row.handlungsfeld!r} is not a Handlungsfeld 1–5", line=line, field="handlungsfeld")
        tables.check_choice(row.status, STATUSES, path, line, "status")
        if row.status_date and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", row.status_date):
            raise InputError(path, f"status_date {row.status_date!r} is not YYYY, YYYY-MM or YYYY-MM-DD", line=line, field="status_date")
        for field in ("coordinator_ags", "partner_ags"):
            for ags in filter(None, getattr(row, field).split(";")):
                if ags not in municipalities:
                    raise InputError(path, f"{ags!r} is not one of the 53 RVR Gemeinden", line=line, field=field)
        if not row.source_url:
            raise InputError(path, "every project needs at least one source", line=line, field="source_url")
        if not row.title:
            raise InputError(path, "must not be empty", line=line, field="title")
    return frame


def locate(projects: pd.DataFrame, municipalities: dict) -> pd.DataFrame:
    """Adds ``lon``, ``lat`` and ``location`` (approximate, outside_region, unknown) with the reason."""
    labels = {f["properties"]["ags"]: f["properties"]["label"] for f in municipalities["features"]}
    located = projects.copy()
    located["lon"] = [labels[a][0] if a else float("nan") for a in located["coordinator_ags"]]
    located["lat"] = [labels[a][1] if a else float("nan") for a in located["coordinator_ags"]]
    located["location"] = [
        "approximate" if ags else ("outside_region" if place else "unknown")
        for ags, place in zip(located["coordinator_ags"], located["coordinator_place"])
    ]
    return located


def indicator_rows(projects: pd.DataFrame, register: pd.DataFrame, population: pd.Series) -> pd.DataFrame:
    """Project counts per Gemeinde and per Kreis, absolute and per 100,000 inhabitants."""
    coordinated = projects["coordinator_ags"][projects["coordinator_ags"] != ""].value_counts()
    involved = pd.Series(
        [ags for c, p in zip(projects["coordinator_ags"], projects["partner_ags"]) for ags in set(filter(None, [c, *p.split(";")]))]
    ).value_counts()
    counts = pd.DataFrame({"coordinated": coordinated, "involved": involved}).reindex(register["ags"]).fillna(0)
    counts["population"] = population.reindex(register["ags"]).to_numpy()
    kreise = counts.groupby(register.set_index("ags")["kreis_ags"]).sum()
    frames = []
    for level, table in (("gemeinde", counts), ("kreis", kreise)):
        for indicator, (what, per_capita) in INDICATORS.items():
            values = table[what] / table["population"] * 100_000 if per_capita else table[what]
            frames.append(
                pd.DataFrame(
                    {
                        "ags": table.index,
                        "level": level,
                        "indicator": indicator,
                        "year": YEAR,
                        "period": PERIOD,
                        "value": values.to_numpy(dtype=float),
                        "flag": "",
                        "source_id": SOURCE_ID,
                        "year_verified": True,
                        "note": "",
                    },
                    columns=COLUMNS,
                )
            )
    return pd.concat(frames, ignore_index=True)


def source(population_source: str) -> dict:
    return {
        "source_id": SOURCE_ID,
        "publisher": "Ruhr-Disparitätenatlas (eigene Zählung)",
        "title": "Ruhr-Konferenz-Projekte je Gemeinde nach data/raw/projects.csv (Quellen je Projekt dort)",
        "table": "projects.csv",
        "url": "",
        "via": "",
        "licence": "eigene Zählung nach zitierten Projektangaben; Einwohner: dl-de/by-2-0",
        "data_as_of": "",
        "note": f"Gezählt: koordinierende Gemeinde bzw. koordinierende und Partnergemeinden; je 100.000 Einwohner nach dem Zensus 2022 (Quelle {population_source}; Kreise: Summe ihrer Gemeinden).",
        "based_on": [],
    }


def run(register: pd.DataFrame, municipalities: dict, indicators: pd.DataFrame, raw: Path = RAW):
    """``(projects with location, Handlungsfelder, indicator rows, source entry)``."""
    fields = read_fields(raw / "handlungsfelder.csv")
    projects = locate(read_projects(raw / "projects.csv", set(register["ags"])), municipalities)
    population_rows = indicators[(indicators["indicator"] == POPULATION) & (indicators["level"] == "gemeinde")]
    population = population_rows.set_index("ags")["value"]
    rows = indicator_rows(projects, register, population)
    return projects, fields, rows, source(population_rows["source_id"].iloc[0])
