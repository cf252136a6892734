"""Locator step: the outlines of Germany and NRW for the small "where is the Ruhr" inset of map exports.

Both come from the same declared boundary input as the rest of the pack (BKG VG250 Kreise, which cover
all of Germany): NRW is the union of the Kreise whose AGS starts with ``05``, the rest of Germany the
union of the others. The two are simplified together as a coverage, so NRW's border with the other
Länder stays on Germany's outline, to about 1.5 km (:data:`TOLERANCE_DEGREES`) — plenty for an inset a
few centimetres wide — and islands smaller than :data:`MIN_PART_DEGREES2` (about 7 km²) are left out.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from geo.boundaries import feature_collection
from geo.errors import InputError

NRW = "05"  # the Land key: the first two digits of every AGS in Nordrhein-Westfalen
TOLERANCE_DEGREES = 0.02
GRID_DEGREES = 1e-3
MIN_PART_DEGREES2 = 0.001
MIN_KREISE = {"germany": 400, "nrw": 53}  # VG250 of 2016: 401 Kreise and kreisfreie Städte, 53 of them in NRW


def run(kreise: gpd.GeoDataFrame, source_id: str) -> dict:
    """A FeatureCollection of two outlines, ``germany`` and ``nrw``, each citing ``source_id``."""
    in_nrw = kreise["ags"].str.startswith(NRW).to_numpy()
    counts = {"germany": kreise["ags"].nunique(), "nrw": kreise.loc[in_nrw, "ags"].nunique()}
    for area, minimum in MIN_KREISE.items():
        if counts[area] < minimum:
            raise InputError(
                "boundaries (Kreise)", f"only {counts[area]} Kreise for {area}, expected at least {minimum}: not all of Germany?"
            )
    repaired = shapely.make_valid(kreise.geometry.to_numpy())
    parts = np.array([shapely.union_all(repaired[in_nrw]), shapely.union_all(repaired[~in_nrw])])
    nrw, rest = (_without_specks(g) for g in shapely.coverage_simplify(parts, TOLERANCE_DEGREES))
    outlines = {"germany": shapely.union_all([nrw, rest]), "nrw": nrw}
    return feature_collection(
        [{"area": area, "source_id": source_id} for area in outlines],
        [shapely.orient_polygons(shapely.set_precision(g, GRID_DEGREES)) for g in outlines.values()],
    )


def _without_specks(geometry):
    """The polygon parts of ``geometry`` of at least :data:`MIN_PART_DEGREES2` (small islands vanish in an inset anyway)."""
    kept = [part for part in getattr(geometry, "geoms", [geometry]) if part.geom_type == "Polygon" and part.area >= MIN_PART_DEGREES2]
    return shapely.MultiPolygon(kept) if len(kept) > 1 else kept[0]
