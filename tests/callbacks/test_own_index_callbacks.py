"""The own-index builder, its hand-over to the view state and the robustness section, as plain function calls."""

import pytest
from dash.exceptions import PreventUpdate

from callbacks import comparison, export, ranking, url_state
from callbacks import own_index as builder_callbacks
from geo import own_index
from geo.view_state import DEFAULT, parse_query, resolve
from layouts import ids
from tests.callbacks.test_map_and_state import text_of

RECIPE = "gemeinde-latest-minmax~arbeitslose_je_100_ew_15_64-2-w~einkommensteuer_gemeindeanteil_eur_je_ew-1-b~gisd_nrw_frame_score-1-w"


def stored(query_text, atlas):
    return url_state.stored(resolve(parse_query(query_text, atlas)[0], atlas)[0])


def test_choosing_indicators_gives_one_weight_and_direction_each_with_the_catalogs_polarity(atlas):
    chosen = ["arbeitslose_je_100_ew_15_64", "einkommensteuer_gemeindeanteil_eur_je_ew"]
    options, kept, rows, years, year = builder_callbacks.builder(
        "gemeinde", chosen, {"arbeitslose_je_100_ew_15_64": 4}, {}, "latest", stored("", atlas), atlas
    )
    assert kept == chosen and own_index.INDEX_ID not in {o["value"] for o in options}
    assert [r.children[2].value for r in rows] == ["w", "b"]  # higher unemployment worse, higher income better
    assert "4" in str(rows[0].children[1].children[2].value) and rows[1].children[1].children[2].value == 1
    assert year == "latest" and years[0]["value"] == "latest" and "2021" in {y["value"] for y in years}


def test_a_level_switch_keeps_only_the_indicators_the_level_has(atlas):
    _, kept, _, _, _ = builder_callbacks.builder(
        "kreis", ["beschaeftigtenquote_da_pct", "arbeitslose_je_100_ew_15_64"], {}, {}, "latest", stored("", atlas), atlas
    )
    assert kept == ["arbeitslose_je_100_ew_15_64"]


def test_show_hands_a_checked_recipe_to_the_view_state_and_the_map_follows(atlas):
    chosen = ["arbeitslose_je_100_ew_15_64", "einkommensteuer_gemeindeanteil_eur_je_ew", "gisd_nrw_frame_score"]
    weights = dict(zip(chosen, [2, 1, 1]))
    directions = dict(zip(chosen, ["w", "b", "w"]))
    text, status = builder_callbacks.recipe("gemeinde", chosen, "latest", "minmax", weights, directions, stored("", atlas), atlas)
    assert (text, status) == (RECIPE, "")
    out = url_state.apply_controls(ids.INDEX_RECIPE, text, stored("", atlas), atlas)
    assert out[(ids.URL, "search")] == f"?ind={own_index.INDEX_ID}&idx={RECIPE}"
    assert "Eigener Index" in text_of(out[(ids.MAP_TITLE, "children")])
    assert len(out[(ids.MAP_GEOJSON, "hideout")]["classes"]) == 53


def test_show_says_why_when_the_recipe_cannot_be_made(atlas):
    state = stored("", atlas)
    assert builder_callbacks.recipe("gemeinde", [], "latest", "z", {}, {}, state, atlas) == (None, "Noch kein Indikator gewählt.")
    text, status = builder_callbacks.recipe(
        "gemeinde", ["gisd_nrw_frame_score"], "latest", "z", {"gisd_nrw_frame_score": None}, {}, state, atlas
    )
    assert text is None and "1 bis 10" in status


def test_ranking_comparison_and_export_work_on_the_index(atlas):
    state = stored(f"?ind={own_index.INDEX_ID}&tab=inequality&idx={RECIPE}", atlas)
    figure, source, _ = ranking.ranking_outputs(state, atlas)
    assert len(figure["data"][0]["y"]) == 53 and "Zutaten und ihre Quellen" in source and "CC BY 4.0" in source
    outputs = comparison.comparison_outputs(state, atlas)
    assert "nicht definiert" in text_of(list(outputs.values()))  # CV, Gini and Theil of an index
    content, _ = export.export_file("csv", state, "map", atlas)
    assert content is not None


def test_robustness_is_computed_only_when_asked_and_names_the_most_weight_dependent_places(atlas):
    state = stored(f"?ind={own_index.INDEX_ID}&idx={RECIPE}", atlas)
    with pytest.raises(PreventUpdate):
        builder_callbacks.robust_body(ids.MAP_GEOJSON, None, state, atlas)  # the map changed, nobody asked
    assert ranking.ranking_outputs(state, atlas)[2] is False  # the section under the ranking is shown
    body = builder_callbacks.robust_body(ids.ROBUST_SHOW, 1, state, atlas)
    text = text_of(body)
    assert "1000" in text and "Am stärksten hängt der Rang von der Gewichtung ab bei" in text
    ranges = own_index.robustness(atlas, own_index.parse_recipe(RECIPE, atlas.catalog))
    names = {f["properties"]["ags"]: f["properties"]["name"] for f in atlas.municipalities["features"]}
    assert names[own_index.most_sensitive(ranges)[0]] in text
    other = stored("", atlas)
    assert ranking.ranking_outputs(other, atlas)[2] is True  # no index: no section
    assert "Erst einen eigenen Index" in text_of(builder_callbacks.robust_body(ids.ROBUST_SHOW, 1, other, atlas))
    assert DEFAULT.indicator != own_index.INDEX_ID


def test_a_place_without_an_ingredient_is_told_by_the_ingredients_name(atlas):
    # 2016: Wetter (Ruhr) has no unemployment figure, so it has no index; the tooltip and the legend name the indicator
    recipe = "gemeinde-2016-z~arbeitslose_je_100_ew_15_64-1-w~einkommensteuer_gemeindeanteil_eur_je_ew-1-b"
    state = stored("", atlas)
    out = url_state.apply_controls(ids.INDEX_RECIPE, recipe, state, atlas)
    reason = "kein Index: kein Wert für „Arbeitslose je 100 Einwohner im erwerbsfähigen Alter“ (2016)"
    assert out[(ids.MAP_GEOJSON, "hideout")]["value"]["05978036"] == reason
    assert reason in text_of(out[(ids.MAP_LEGEND, "children")])
