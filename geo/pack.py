"""The data pack: the files ``python -m geo.build`` writes and the app loads, in one place.

``data/processed/`` holds

* ``municipalities.geojson``, ``kreise.geojson``, ``region.geojson`` — WGS84 boundaries;
* ``locator.geojson`` — the outlines of Germany and NRW for the inset of map exports (:mod:`geo.locator`);
* ``indicators.parquet`` — the long table of :mod:`geo.indicator_rows` (about 80,000
  rows: Parquet keeps it at a quarter megabyte where CSV needs seven, typed and fast to read);
* ``aggregates.csv`` — Ruhr values formed by :mod:`geo.aggregate`;
* ``catalog.json`` — one entry per indicator (:mod:`geo.catalog`);
* ``sources.csv`` — every cited publication, including generated ones for derived indicators;
* ``places.csv`` — names of every unit in ``indicators.parquet``;
* ``zones.csv``, ``zone_schemes.json`` — zone schemes and every unit's zone with its rationale (:mod:`geo.zones`);
* ``projects.csv``, ``handlungsfelder.csv`` — Ruhr-Konferenz projects with their map point (:mod:`geo.projects`);
* ``stories.json`` — stories for presentation mode (:mod:`geo.stories`);
* ``series_breaks.csv`` — where a series changes publication or definition (:mod:`geo.series_breaks`);
* ``versions.json`` — every version the pack has had, with a fingerprint per indicator (:mod:`geo.versions`);
* ``manifest.json`` — checksums of the inputs and of every file above.

Writing is deterministic (fixed row order, shortest round-trip number format, no
timestamps), so the same inputs give byte-identical files. :func:`load` refuses a
pack whose files do not match the manifest.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from geo import versions
from geo.errors import InputError
from geo.indicator_rows import COLUMNS
from geo.projects import PROJECT_FIELDS
from geo.series_breaks import COLUMNS as BREAK_COLUMNS
from geo.versions import FILE as VERSIONS

DEFAULT = Path(__file__).resolve().parent.parent / "data" / "processed"
GEOJSON = ("municipalities", "kreise", "region", "locator")
SOURCE_COLUMNS = ["source_id", "publisher", "title", "table", "url", "via", "licence", "data_as_of", "note", "based_on"]
PLACE_COLUMNS = ["ags", "level", "name", "kreis_ags"]
MANIFEST = "manifest.json"
#: The files a pack must hold (besides the manifest), all read by :func:`load`.
PACK_FILES = (
    "catalog.json",
    "indicators.parquet",
    "aggregates.csv",
    "sources.csv",
    "places.csv",
    "zones.csv",
    "zone_schemes.json",
    "projects.csv",
    "handlungsfelder.csv",
    "stories.json",
    "series_breaks.csv",
    VERSIONS,
    *(f"{name}.geojson" for name in GEOJSON),
)
PROJECT_TEXT = (*PROJECT_FIELDS, "location")  # the text columns of projects.csv: the authored fields and where the marker sits


@dataclass(frozen=True)
class Atlas:
    """Everything the app shows, loaded once and shared read-only by all requests."""

    catalog: dict[str, dict]
    indicators: pd.DataFrame
    aggregates: pd.DataFrame
    sources: dict[str, dict]
    places: pd.DataFrame
    zones: pd.DataFrame
    zone_schemes: dict[str, dict]
    projects: pd.DataFrame
    handlungsfelder: pd.DataFrame
    stories: dict[str, dict]
    #: One row per series break (:mod:`geo.series_breaks`); ``comparable`` is a bool.
    series_breaks: pd.DataFrame
    municipalities: dict
    kreise: dict
    region: dict
    locator: dict  # outlines of Germany and NRW (features ``area`` = germany, nrw), for the inset of map exports
    manifest: dict
    #: The pack's versions, oldest first; the last is this pack's (:mod:`geo.versions`).
    versions: list[dict]
    #: Lookup tables built once at load: verified rows per (indicator, level), and every row of an RVR unit
    #: per (indicator, level, ags) for profiles.
    series: dict = field(init=False, repr=False)
    indicators_by_place: dict = field(init=False, repr=False)
    #: The series breaks per (indicator, level): most series have none, and a profile asks about every series.
    breaks_by_series: dict = field(init=False, repr=False)
    #: Answers to questions of this atlas that are asked again and again (:meth:`remember`).
    memo: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        ordered = self.indicators.sort_values(["indicator", "level", "ags", "year"], kind="mergesort")
        verified = ordered[ordered["year_verified"]]
        object.__setattr__(self, "series", {key: rows for key, rows in verified.groupby(["indicator", "level"], sort=False)})
        ruhr = {f["properties"]["ags"] for layer in (self.municipalities, self.kreise) for f in layer["features"]}
        own = ordered[ordered["ags"].isin(ruhr)]
        object.__setattr__(self, "indicators_by_place", {key: rows for key, rows in own.groupby(["indicator", "level", "ags"], sort=False)})
        grouped = self.series_breaks.groupby(["indicator", "level"], sort=False)
        object.__setattr__(self, "breaks_by_series", {key: rows.reset_index(drop=True) for key, rows in grouped})
        object.__setattr__(self, "memo", {})

    def __copy__(self):
        """A copy shares every table but not the answers: a copy is made to change something (an own index is
        added to one, geo/own_index.py), so what this atlas answered is not the copy's answer."""
        copied = object.__new__(type(self))
        copied.__dict__.update(self.__dict__)
        object.__setattr__(copied, "memo", {})
        return copied

    def breaks_of(self, indicator: str, level: str) -> pd.DataFrame:
        """The series breaks of one indicator at one level (an empty table for most)."""
        return self.breaks_by_series.get((indicator, level), self.series_breaks.iloc[0:0])

    def remember(self, key: tuple, compute, *, kept: int | None = None):
        """``compute()``, computed once per ``key`` for this atlas (its data never change); the caller must not
        change the answer. ``kept``: how many answers of the key's kind (its first item) stay, the oldest leaving
        first, for kinds with many possible keys; without it every answer stays (kinds of a few keys per indicator)."""
        answers = self.memo.setdefault(key[0], {})
        if key in answers:
            return answers[key]
        answer = compute()
        while kept is not None and len(answers) >= kept:
            answers.pop(next(iter(answers)), None)
        return answers.setdefault(key, answer)

    @property
    def version(self) -> str:
        """This pack's citable version, e.g. ``2026-12-02-1a2b3c4d``."""
        return versions.current(self.versions)

    def boundaries(self, level: str) -> dict:
        """The FeatureCollection of the units drawn at ``level``: the 53 Gemeinden, or the 15 Kreise for ``kreis``."""
        return self.municipalities if level == "gemeinde" else self.kreise


# ---------------------------------------------------------------- writing


def format_number(value: float) -> str:
    """Shortest text that reads back as the same float; integers without ``.0``; NaN as empty.

    >>> format_number(16450.0), format_number(5.4482853062581915), format_number(float("nan"))
    ('16450', '5.4482853062581915', '')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    value = float(value)
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def csv_text(rows: list[list], header: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def frame_text(frame: pd.DataFrame, numeric: tuple[str, ...] = ("value",)) -> str:
    rows = []
    for record in frame.itertuples(index=False):
        row = []
        for name, cell in zip(frame.columns, record):
            if name in numeric:
                row.append(format_number(cell))
            elif isinstance(cell, bool):
                row.append("yes" if cell else "no")
            else:
                row.append(str(cell))
        rows.append(row)
    return csv_text(rows, list(frame.columns))


def json_text(value, *, compact: bool = False) -> str:
    if compact:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    """Parquet without pandas metadata or statistics, so equal frames give equal bytes."""
    table = pa.Table.from_pandas(frame, preserve_index=False).replace_schema_metadata(None)
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd", write_statistics=False)
    return buffer.getvalue()


def render(outputs: dict) -> dict[str, bytes]:
    """File name → bytes for a built pack (see :mod:`geo.build` for ``outputs``)."""
    texts = {f"{name}.geojson": json_text(outputs[name], compact=True) for name in GEOJSON}
    texts["aggregates.csv"] = frame_text(outputs["aggregates"])
    texts["catalog.json"] = json_text(outputs["catalog"])
    sources = [
        [s["source_id"], *(s.get(c, "") for c in SOURCE_COLUMNS[1:-1]), ";".join(s.get("based_on", []))]
        for s in sorted(outputs["sources"].values(), key=lambda s: s["source_id"])
    ]
    texts["sources.csv"] = csv_text(sources, SOURCE_COLUMNS)
    texts["places.csv"] = frame_text(outputs["places"], numeric=())
    texts["zones.csv"] = frame_text(outputs["zones"], numeric=())
    texts["zone_schemes.json"] = json_text(outputs["zone_schemes"])
    texts["projects.csv"] = frame_text(outputs["projects"], numeric=("lon", "lat"))
    texts["handlungsfelder.csv"] = frame_text(outputs["handlungsfelder"], numeric=())
    texts["stories.json"] = json_text(outputs["stories"])
    texts["series_breaks.csv"] = frame_text(outputs["series_breaks"][BREAK_COLUMNS], numeric=())
    files = {name: text.encode("utf-8") for name, text in texts.items()}
    files["indicators.parquet"] = parquet_bytes(outputs["indicators"])
    return files


def checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_bytes(files: dict[str, bytes], inputs: dict[str, str], software: dict[str, str]) -> bytes:
    outputs = {name: checksum(content) for name, content in sorted(files.items())}
    return json_text(
        {"generator": "python -m geo.build", "inputs": dict(sorted(inputs.items())), "outputs": outputs, "software": software}
    ).encode("utf-8")


# ---------------------------------------------------------------- loading


def load(directory: Path = DEFAULT, *, verify: bool = True) -> Atlas:
    """Read a pack; with ``verify`` (the default) every file must match the manifest checksum."""
    directory = Path(directory)
    manifest_path = directory / MANIFEST
    if not manifest_path.exists():
        raise InputError(manifest_path, "no data pack here; build one with: python -m geo.build")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        listed = set(manifest["outputs"])
    except (ValueError, KeyError, TypeError):
        raise InputError(manifest_path, "is not a readable manifest (damaged?); rebuild with: python -m geo.build") from None
    unlisted = [name for name in PACK_FILES if name not in listed]
    if unlisted:
        raise InputError(manifest_path, f"does not list {', '.join(unlisted)}; rebuild with: python -m geo.build")
    raw = {MANIFEST: manifest_path.read_bytes()}
    for name, expected in manifest["outputs"].items():
        path = directory / name
        if not path.exists():
            raise InputError(path, "listed in the manifest but missing; rebuild with: python -m geo.build")
        raw[name] = path.read_bytes()
        if verify and checksum(raw[name]) != expected:
            raise InputError(path, "does not match its checksum in manifest.json (edited or damaged); rebuild with: python -m geo.build")
    return from_files(raw)


def from_files(raw: dict[str, bytes]) -> Atlas:
    """The atlas from the pack's files as bytes (as :func:`load` reads them, or as the build renders them)."""
    manifest = json.loads(raw[MANIFEST])
    history = versions.read(raw[VERSIONS])
    if not history or history[-1]["hash"] != versions.pack_hash(manifest["outputs"]):
        raise InputError(VERSIONS, "does not name this pack as its last version; rebuild with: python -m geo.build")

    def table(name, **kwargs):
        """A pack CSV with every cell as written; only numeric columns read empty cells as missing."""
        return pd.read_csv(io.BytesIO(raw[name]), keep_default_na=False, na_values={c: [""] for c in ("value", "lon", "lat")}, **kwargs)

    indicators = pq.read_table(io.BytesIO(raw["indicators.parquet"])).to_pandas()
    aggregates = table(
        "aggregates.csv",
        dtype={
            "indicator": str,
            "level": str,
            "year": int,
            "value": float,
            "method": str,
            "units": int,
            "weight_indicator": str,
            "weight_year": int,
        },
    )
    sources = {
        row["source_id"]: {**row, "based_on": [s for s in row["based_on"].split(";") if s]}
        for row in table("sources.csv", dtype=str).to_dict("records")
    }
    return Atlas(
        catalog={entry["id"]: entry for entry in json.loads(raw["catalog.json"])},
        indicators=indicators[COLUMNS],
        aggregates=aggregates,
        sources=sources,
        places=table("places.csv", dtype=str),
        zones=table("zones.csv", dtype=str),
        zone_schemes={scheme["id"]: scheme for scheme in json.loads(raw["zone_schemes.json"])},
        projects=table("projects.csv", dtype={**{c: str for c in PROJECT_TEXT}, "lon": float, "lat": float}),
        handlungsfelder=table("handlungsfelder.csv", dtype=str),
        stories={story["id"]: story for story in json.loads(raw["stories.json"])},
        series_breaks=table("series_breaks.csv", dtype={**{c: str for c in BREAK_COLUMNS}, "year": int, "comparable": str}).assign(
            comparable=lambda breaks: breaks["comparable"] == "yes"
        ),
        manifest=manifest,
        versions=history,
        **{name: json.loads(raw[f"{name}.geojson"]) for name in GEOJSON},
    )
