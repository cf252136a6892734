"""Similar places and data-driven zones through their callbacks, called as plain functions."""

from dash import no_update

from callbacks import comparison, url_state
from callbacks.profile import profile_children
from geo import ingredients, regions, similar
from geo.view_state import DEFAULT, ViewState, as_dict, parse_query, to_query
from layouts import export_data, ids
from tests.callbacks.test_map_and_state import by_id, text_of

STATE = (ids.STATE, "data")
GELSENKIRCHEN = "05513000"
SIMILAR_SET = ("gisd_nrw_frame_score", "beschaeftigtenquote_da_pct")


def test_clicking_a_place_opens_its_profile_with_similar_places_listed_and_outlined(atlas):
    state = url_state.apply_controls(ids.MAP_GEOJSON, {"properties": {"ags": GELSENKIRCHEN}}, as_dict(DEFAULT), atlas)[STATE]
    panel, key, outline = profile_children(state, None, atlas)
    expected = similar.similar_places(atlas, GELSENKIRCHEN)
    assert outline == {"ags": list(expected.table.index)} and len(outline["ags"]) == 5
    table = by_id([panel], ids.SIMILAR)
    shown = text_of(table)
    names = {f["properties"]["ags"]: f["properties"]["name"] for f in atlas.municipalities["features"]}
    positions = [shown.index(names[ags]) for ags in expected.table.index]
    assert positions == sorted(positions)  # listed nearest first
    assert "Gelsenkirchen (gewählt)" in shown and "2021" in shown
    assert key == [GELSENKIRCHEN, "de", list(ingredients.DEFAULT_INDICATORS)]


def test_choosing_the_similar_places_set_goes_to_the_url_and_changes_the_outline(atlas):
    start = as_dict(ViewState(selected=GELSENKIRCHEN))
    out = url_state.apply_controls(ids.SIMILAR_INDICATORS, list(SIMILAR_SET), start, atlas)
    assert "sim=gisd_nrw_frame_score%2Cbeschaeftigtenquote_da_pct" in out[(ids.URL, "search")]
    panel, _, outline = profile_children(out[STATE], [GELSENKIRCHEN, "de", list(ingredients.DEFAULT_INDICATORS)], atlas)
    assert outline["ags"] == list(similar.similar_places(atlas, GELSENKIRCHEN, SIMILAR_SET).table.index)
    assert "2023" in text_of(by_id([panel], ids.SIMILAR))  # the employment rate's own year, named
    # the permalink reproduces the set
    state, notices = parse_query(out[(ids.URL, "search")], atlas)
    assert state.similar == SIMILAR_SET and state.selected == GELSENKIRCHEN and notices == []


def test_a_bad_recipe_in_the_url_falls_back_with_a_notice(atlas):
    state, notices = parse_query("?sim=bevoelkerung_zensus2022,no_such&dzpop=123", atlas)
    assert state.similar is None and state.region_floor == DEFAULT.region_floor
    assert [n.values["parameter"] for n in notices] == ["sim", "dzpop"]


def test_switching_data_driven_zones_on_computes_them_only_in_the_zones_tab(atlas):
    out = url_state.apply_controls(ids.REGIONS_ON, ["regions"], as_dict(DEFAULT), atlas)
    assert "dz=1" in out[(ids.URL, "search")]
    shown = comparison.comparison_outputs(out[STATE], atlas)
    assert shown[(ids.REGIONS_BOX, "hidden")] is False
    assert "bereinigter Rand-Index" in text_of(shown[(ids.REGIONS_CONTENT, "children")])
    assert shown[(ids.REGION_MAP_GEOJSON, "hideout")]["classes"]  # every Gemeinde in a zone
    elsewhere = comparison.comparison_outputs(as_dict(ViewState(regions=True, tab="trend")), atlas)
    assert elsewhere[(ids.REGIONS_CONTENT, "children")] is no_update and elsewhere[(ids.REGION_MAP_GEOJSON, "hideout")] is no_update


def test_the_floor_and_the_indicators_of_the_zones_go_to_the_url(atlas):
    state = url_state.apply_controls(ids.REGIONS_FLOOR, 1_000_000, as_dict(ViewState(regions=True)), atlas)[STATE]
    out = url_state.apply_controls(ids.REGIONS_INDICATORS, ["gisd_nrw_frame_score"], state, atlas)
    assert (
        to_query(ViewState(regions=True, region_floor=1_000_000, region_indicators=("gisd_nrw_frame_score",))) == out[(ids.URL, "search")]
    )
    text = text_of(comparison.comparison_outputs(out[STATE], atlas)[(ids.REGIONS_CONTENT, "children")])
    assert "1.000.000 Einwohnern" in text


def test_the_map_data_download_carries_the_similar_distances_and_the_data_driven_zone(atlas):
    state = ViewState(selected=GELSENKIRCHEN, regions=True)
    table = export_data.view_table(atlas, state, "map").set_index("ags")
    expected = similar.similar_places(atlas, GELSENKIRCHEN).table["distance"]
    listed = table["similar_places_distance"].dropna()
    assert listed[GELSENKIRCHEN] == 0 and listed.drop(GELSENKIRCHEN).sort_values().to_dict() == expected.to_dict()
    drawn = regions.regions(atlas)
    assert table["data_driven_zone"].str.split(":").str[0].map(lambda n: f"d{n}").to_dict() == drawn.zone_of.to_dict()
    assert "similar_places_distance" not in export_data.view_table(atlas, ViewState(), "map")
