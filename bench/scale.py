"""The scale test's data: the 53 RVR or all ~11,000 German municipalities through the boundary pipeline.

The boundaries come from the same npm package (BKG VG250) and go through the same
steps as in the atlas build (:mod:`geo.boundaries`: land parts, repair, coverage
simplification at the same tolerance, label points, rounded GeoJSON), for the 53
RVR municipalities and for all of Germany, so the two differ only in the number
of areas.

No source gives the atlas's indicators for all ~11,000 municipalities, and the
atlas never invents values. The scale map therefore shows two GENESIS Kreis
indicators of the data pack (school leavers without / with Abitur, 2006–2019),
each municipality carrying the value of its Kreis. That is enough to measure cost
(one value and one class per area); it is not a finding and is not shown anywhere
but in the benchmark. Municipalities of Kreise that no longer exist in the tables
(boundaries of 2016, Kreis codes of later years) are missing and shown as missing.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import brotli
import pandas as pd
import shapely

from geo import boundaries, inputs, pack

ROOT = Path(__file__).resolve().parent.parent
DIRECTORY = ROOT / ".cache" / "bench-scale"  # one folder per set of areas
INDICATORS = ("ohne_hauptschulabschluss_regionalatlas_pct", "abitur_anteil_regionalatlas_pct")
KREIS_DIGITS = 5


@dataclass(frozen=True)
class BuildFigures:
    areas: int
    read_s: float
    simplify_s: float
    labels_s: float
    write_s: float
    geojson_bytes: int
    geojson_compressed: int  # brotli, as the server sends it
    values_bytes: int
    valid_coverage: bool

    @property
    def total_s(self) -> float:
        return self.read_s + self.simplify_s + self.labels_s + self.write_s


def shapes(frame, records: list[dict]) -> tuple[bytes, dict]:
    """Simplify, label and serialise; returns the GeoJSON bytes and the step times."""
    times = {}
    started = time.perf_counter()
    simplified = boundaries.simplify_coverage(frame.geometry.values, require_coverage=False)
    times["simplify_s"] = time.perf_counter() - started
    started = time.perf_counter()
    records = [{**record, "label": boundaries.label_point(geometry)} for record, geometry in zip(records, simplified)]
    times["labels_s"] = time.perf_counter() - started
    started = time.perf_counter()
    body = json.dumps(boundaries.feature_collection(records, simplified), ensure_ascii=False, separators=(",", ":")).encode()
    times["write_s"] = time.perf_counter() - started
    times["valid_coverage"] = bool(shapely.coverage_is_valid(simplified))
    return body, times


def read_municipalities():
    declared = inputs.declared(ROOT / "data" / "raw" / "inputs.csv")["gemeinden"]
    return boundaries.read_npm_layer(inputs.load(declared, cache=inputs.CACHE, log=lambda message: None), declared.member)


def kreis_values(atlas, municipalities: pd.Series) -> pd.DataFrame:
    """``ags, indicator, year, value`` for every municipality: the value of its Kreis (see the module docstring)."""
    rows = atlas.indicators[(atlas.indicators["level"] == "kreis") & atlas.indicators["indicator"].isin(INDICATORS)]
    rows = rows[["ags", "indicator", "year", "value"]].rename(columns={"ags": "kreis"})
    places = pd.DataFrame({"ags": municipalities, "kreis": municipalities.str[:KREIS_DIGITS]})
    return places.merge(rows, on="kreis", how="left").drop(columns="kreis").dropna(subset=["indicator"])


def build(areas: str) -> BuildFigures:
    """Write ``municipalities.geojson``, ``values.parquet`` and ``catalog.json`` for ``areas`` (ruhr, germany)."""
    directory = DIRECTORY / areas
    directory.mkdir(parents=True, exist_ok=True)
    atlas = pack.load()
    started = time.perf_counter()
    frame = read_municipalities()
    if areas == "ruhr":
        frame = boundaries.select(frame, sorted(f["properties"]["ags"] for f in atlas.municipalities["features"]), "gemeinden")
    read_s = time.perf_counter() - started
    records = [{"ags": ags, "name": name, "kreis_ags": ags[:KREIS_DIGITS]} for ags, name in zip(frame["ags"], frame["gen"])]
    body, times = shapes(frame, records)
    values = kreis_values(atlas, frame["ags"])
    (directory / "municipalities.geojson").write_bytes(body)
    values.to_parquet(directory / "values.parquet", index=False)
    (directory / "catalog.json").write_text(json.dumps({name: atlas.catalog[name] for name in INDICATORS}, ensure_ascii=False))
    return BuildFigures(
        areas=len(frame),
        read_s=read_s,
        geojson_bytes=len(body),
        geojson_compressed=len(brotli.compress(body, quality=4)),
        values_bytes=(directory / "values.parquet").stat().st_size,
        **times,
    )
