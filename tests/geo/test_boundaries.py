"""Boundaries in the committed pack, and the boundary step on small declared inputs."""

import itertools
import json

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from shapely.geometry import Polygon, box, shape

from geo import boundaries, locator, pack
from geo.errors import InputError


def shapes(collection):
    return {f["properties"]["ags"]: shape(f["geometry"]) for f in collection["features"]}


def test_53_municipalities_and_15_kreise_with_official_keys_and_names(atlas):
    register = pd.read_csv(pack.DEFAULT.parent / "raw" / "municipalities.csv", dtype=str)
    municipalities = {f["properties"]["ags"]: f["properties"] for f in atlas.municipalities["features"]}
    assert len(municipalities) == 53
    assert {ags: p["name"] for ags, p in municipalities.items()} == dict(zip(register.ags, register.name))
    assert municipalities["05513000"] == {
        "ags": "05513000",
        "name": "Gelsenkirchen",
        "kreis_ags": "05513",
        "kreis": "Gelsenkirchen",
        "label": municipalities["05513000"]["label"],
    }
    assert municipalities["05562014"]["kreis"] == "Kreis Recklinghausen"
    kreise = {f["properties"]["ags"]: f["properties"]["name"] for f in atlas.kreise["features"]}
    assert len(kreise) == 15 and kreise["05954"] == "Ennepe-Ruhr-Kreis"


def test_geometries_are_valid_and_labels_lie_inside(atlas):
    for collection in (atlas.municipalities, atlas.kreise, atlas.region):
        for feature in collection["features"]:
            geometry = shape(feature["geometry"])
            assert geometry.is_valid
            if "label" in feature["properties"]:
                assert geometry.contains(shapely.Point(feature["properties"]["label"]))


def test_neighbours_share_their_borders_exactly(atlas):
    geometries = shapes(atlas.municipalities)
    assert shapely.coverage_is_valid(list(geometries.values()))
    shared = 0
    for (a, ga), (b, gb) in itertools.combinations(geometries.items(), 2):
        if ga.touches(gb) or ga.intersects(gb):
            overlap = ga.intersection(gb)
            assert overlap.area < 1e-12, (a, b)  # no overlap, only a common line
            if overlap.length > 0:
                shared += 1
    assert shared > 100  # the 53 municipalities have well over a hundred common borders


def test_kreis_polygons_are_exactly_the_union_of_their_municipalities(atlas):
    municipalities = gpd.GeoDataFrame(
        [f["properties"] for f in atlas.municipalities["features"]],
        geometry=[shape(f["geometry"]) for f in atlas.municipalities["features"]],
    )
    for code, kreis in shapes(atlas.kreise).items():
        union = shapely.union_all(municipalities[municipalities.kreis_ags == code].geometry.values)
        assert kreis.symmetric_difference(union).area < 1e-9, code
    region = shape(atlas.region["features"][0]["geometry"])
    assert region.symmetric_difference(shapely.union_all(municipalities.geometry.values)).area < 1e-9


def test_the_municipality_file_stays_small():
    size = (pack.DEFAULT / "municipalities.geojson").stat().st_size
    assert 50_000 < size < 250_000


def test_flatten_handles_the_npm_layout():
    land = {"type": "Feature", "properties": {"GF": 4, "AGS": "1", "GEN": "A"}, "geometry": {"type": "Point", "coordinates": [0, 0]}}
    water = {**land, "properties": {"GF": 2, "AGS": "1", "GEN": "A"}}
    nested = [land, {"type": "FeatureCollection", "features": [water, {**land, "properties": {"GF": 4, "AGS": "2", "GEN": "B"}}]}]
    assert [f["properties"]["AGS"] for f in boundaries.flatten(nested)] == ["1", "1", "2"]
    frame = boundaries.read_npm_layer(json.dumps(nested).encode(), "layer.json")
    assert frame.ags.tolist() == ["1", "2"]  # the water part is dropped


def test_coverage_simplification_keeps_a_wiggly_shared_border_shared():
    wiggle = [(10, y) if y % 2 == 0 else (10.3, y) for y in range(11)]
    left = Polygon([(0, 0), *wiggle, (0, 10)])
    right = Polygon([(20, 0), (20, 10), *reversed(wiggle)])
    result = boundaries.simplify_coverage([left, right], tolerance=1.0)
    assert shapely.get_num_coordinates(result).sum() < shapely.get_num_coordinates([left, right]).sum()
    assert result[0].intersection(result[1]).area == 0
    assert result[0].union(result[1]).area == pytest.approx(left.union(right).area, rel=0.02)


def test_missing_and_misnamed_municipalities_are_reported():
    frame = gpd.GeoDataFrame({"ags": ["05513000"], "gen": ["Gelsenkirchen"]}, geometry=[box(7, 51.5, 7.1, 51.6)], crs=4326)
    with pytest.raises(InputError, match="AGS not found: 05512000"):
        boundaries.select(frame, ["05513000", "05512000"], "layer")
    register = pd.DataFrame({"ags": ["05513000"], "name": ["Gelsenkirchen (Stadt)"], "kreis_ags": ["05513"], "kreis": ["Gelsenkirchen"]})
    with pytest.raises(InputError, match="'Gelsenkirchen' in the boundaries but 'Gelsenkirchen \\(Stadt\\)' in the register"):
        boundaries.run(frame, frame.assign(ags="05513"), register)


def test_an_official_vg250_download_is_read_and_reprojected(tmp_path, atlas):
    """A VG250-style folder (projected shapefiles with AGS/GEN/GF) gives the same polygons in WGS84."""
    municipalities = shapes(atlas.municipalities)
    codes = ["05513000", "05512000"]
    folder = tmp_path / "vg250_ebenen_0101"
    folder.mkdir()
    frame = gpd.GeoDataFrame(
        {"AGS": codes + ["05513000"], "GEN": ["Gelsenkirchen", "Bottrop", "Gelsenkirchen"], "GF": [4, 4, 2]},
        geometry=[municipalities[c] for c in codes] + [municipalities["05513000"]],
        crs=4326,
    ).to_crs(25832)
    frame.to_file(folder / "VG250_GEM.shp")
    read = boundaries.read_vg250(tmp_path, "VG250_GEM")
    assert read.crs.to_epsg() == 4326 and read.ags.tolist() == codes
    for code, geometry in zip(read.ags, read.geometry):
        assert geometry.symmetric_difference(municipalities[code]).area < 1e-10


def test_the_locator_outlines_have_the_official_areas_of_germany_and_nrw_and_hold_the_ruhr(atlas):
    """Official areas: Germany 357,596 km² (Destatis, 2022), NRW 34,112 km² (IT.NRW, 2022); the inset's
    simplification and the islands it leaves out may change them by far less than 1 %."""
    outlines = {f["properties"]["area"]: f for f in atlas.locator["features"]}
    assert list(outlines) == ["germany", "nrw"] and {f["properties"]["source_id"] for f in outlines.values()} == {"bkg-vg250-2016"}
    frame = gpd.GeoDataFrame.from_features(list(outlines.values()), crs="EPSG:4326").to_crs("EPSG:3035")  # equal-area
    km2 = dict(zip(frame["area"], frame.area / 1e6))
    assert km2["germany"] == pytest.approx(357_596, rel=0.01) and km2["nrw"] == pytest.approx(34_112, rel=0.01)
    germany, nrw = (shape(outlines[name]["geometry"]) for name in ("germany", "nrw"))
    ruhr = shape(atlas.region["features"][0]["geometry"])
    assert nrw.difference(germany).area < 1e-9 and ruhr.difference(nrw).area < 0.001 * ruhr.area


def test_the_locator_step_refuses_kreise_that_do_not_cover_germany():
    two = gpd.GeoDataFrame({"ags": ["05111", "09162"]}, geometry=[box(6, 51, 7, 52), box(11, 48, 12, 49)], crs="EPSG:4326")
    with pytest.raises(InputError, match="only 2 Kreise for germany"):
        locator.run(two, "bkg-vg250-2016")
