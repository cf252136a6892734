"""The comparison panels and the custom groups, as plain function calls."""

import pytest
from dash import no_update
from dash.exceptions import PreventUpdate

from callbacks import comparison, url_state
from geo.view_state import DEFAULT, ViewState, as_dict, from_dict, parse_query
from layouts import ids
from tests.callbacks.test_map_and_state import text_of

STATE = (ids.STATE, "data")


def zone_content(atlas, state: ViewState):
    outputs = comparison.comparison_outputs(as_dict(state), atlas)
    return outputs, text_of(outputs[(ids.COMPARISON_CONTENT["zones"], "children")])


def test_only_the_shown_tab_is_computed(atlas):
    outputs = comparison.comparison_outputs(as_dict(ViewState(tab="trend")), atlas)
    assert outputs[(ids.COMPARISON_PANES["trend"], "hidden")] is False
    assert outputs[(ids.COMPARISON_PANES["zones"], "hidden")] is True
    assert outputs[(ids.ZONE_CHART, "figure")] is no_update and outputs[(ids.TREND_CHART, "figure")] is not no_update
    assert "1998–2021: Der Abstand Nord (Emscher/Lippe) − Hellweg/Süd ist geschrumpft" in text_of(
        outputs[(ids.COMPARISON_CONTENT["trend"], "children")]
    )


def test_zone_panel_states_the_gap_and_the_method(atlas):
    _, text = zone_content(atlas, ViewState(indicator="arbeitslose_je_100_ew_15_64"))
    assert "Nord (Emscher/Lippe) liegt im Mittel" in text and "über Hellweg/Süd" in text
    assert "nach Einwohnern gewichtet (Einwohner (Zensus 2022))" in text


def test_choosing_custom_groups_changes_the_means(atlas):
    state = as_dict(ViewState(indicator="arbeitslose_je_100_ew_15_64"))
    out = url_state.apply_controls(ids.SCHEME, "custom", state, atlas)
    assert out[(ids.GROUPS_BOX, "hidden")] is False
    state = url_state.apply_controls(ids.GROUP_A, ["05513000", "05916000"], out[STATE], atlas)[STATE]
    out = url_state.apply_controls(ids.GROUP_B, ["05117000", "05954020"], state, atlas)
    assert out[(ids.URL, "search")] == "?ind=arbeitslose_je_100_ew_15_64&zs=custom&ga=05513000%2C05916000&gb=05117000%2C05954020"
    _, text = zone_content(atlas, from_dict(out[STATE]))
    assert "Gruppe A liegt im Mittel" in text and "über Gruppe B" in text
    _, default_text = zone_content(atlas, ViewState(indicator="arbeitslose_je_100_ew_15_64"))
    assert text != default_text


def test_clicks_on_the_zone_map_cycle_a_place_through_the_groups(atlas):
    state = as_dict(ViewState(scheme="custom"))
    click = {"properties": {"ags": "05513000"}}
    state = url_state.apply_controls(ids.ZONE_MAP_GEOJSON, click, state, atlas)[STATE]
    assert (state["group_a"], state["group_b"]) == (("05513000",), ())
    state = url_state.apply_controls(ids.ZONE_MAP_GEOJSON, click, state, atlas)[STATE]
    assert (state["group_a"], state["group_b"]) == ((), ("05513000",))
    state = url_state.apply_controls(ids.ZONE_MAP_GEOJSON, click, state, atlas)[STATE]
    assert (state["group_a"], state["group_b"]) == ((), ())
    # with a published scheme the same click opens the profile
    assert url_state.apply_controls(ids.ZONE_MAP_GEOJSON, click, as_dict(DEFAULT), atlas)[STATE]["selected"] == "05513000"


def test_a_place_moved_to_group_b_leaves_group_a(atlas):
    state = as_dict(ViewState(scheme="custom", group_a=("05513000", "05512000")))
    out = url_state.apply_controls(ids.GROUP_B, ["05512000"], state, atlas)
    assert out[(ids.GROUP_A, "value")] == ["05513000"] and out[(ids.GROUP_B, "value")] == ["05512000"]


def test_a_permalink_with_groups_reproduces_them(atlas):
    query = "?zs=custom&ga=05513000,05916000&gb=05117000&tab=zones"
    page, state, notices = url_state.render_page(query, None, atlas)
    assert notices == [] and state["group_a"] == ("05513000", "05916000") and state["group_b"] == ("05117000",)
    assert parse_query(query, atlas)[0].group_a == ("05513000", "05916000")


def test_a_group_with_an_unknown_place_is_refused(atlas):
    state, notices = parse_query("?zs=custom&ga=05513000,99999999", atlas)
    assert state.group_a == () and notices[0].values["parameter"] == "ga"


def test_the_spatial_tab_colours_the_lisa_map(atlas):
    outputs = comparison.comparison_outputs(as_dict(ViewState(tab="spatial")), atlas)
    hideout = outputs[(ids.LISA_MAP_GEOJSON, "hideout")]
    assert len(hideout["classes"]) == 53 and hideout["value"]["05513000"] == "hoch, Nachbarn hoch"
    assert "Moran's I = 0,2" in text_of(outputs[(ids.COMPARISON_CONTENT["spatial"], "children")])


def test_a_freshly_built_page_is_not_computed_twice(atlas):
    with pytest.raises(PreventUpdate):
        comparison.comparison_outputs({**as_dict(DEFAULT), url_state.RENDERED: True}, atlas)


INCOME = "verfuegbares_einkommen_eur_je_ew"  # IT.NRW, Gemeinden 2018–2022: most places lack most years


def tab_text(atlas, query: str, tab: str) -> str:
    """The text a visitor reads under a comparison tab after opening ``query`` and choosing ``tab``."""
    state = {**as_dict(parse_query(query, atlas)[0]), "tab": tab}
    return text_of(comparison.comparison_outputs(state, atlas)[(ids.COMPARISON_CONTENT[tab], "children")])


def test_thin_zones_get_no_gap_headline_but_the_reason(atlas):
    text = tab_text(atlas, f"?ind={INCOME}", "zones")  # 2022: north 3 of 21 values, Hellweg/Süd 1 of 15
    assert "liegt im Mittel" not in text
    assert "Kein Abstand für 2022 genannt" in text
    assert "Nord (Emscher/Lippe) hat nur für 3 von 21 Einheiten einen Wert" in text
    assert "Hellweg/Süd hat nur für 1 von 15 Einheiten einen Wert" in text
    assert "mindestens die Hälfte ihrer Einheiten" in text  # the rule, in the method note
    assert "Hellweg/Süd 1 von 15" in text  # the zone table counts the units with a value, of all


def test_the_trend_leaves_out_years_with_thin_zones_and_says_which(atlas):
    text = tab_text(atlas, f"?ind={INCOME}", "trend")  # no year has half the values in both zones
    assert "gewachsen" not in text and "geschrumpft" not in text and "gleich geblieben" not in text
    assert "Kein Urteil über den Abstand: in diesem Abschnitt gibt es weniger als zwei Jahre mit einem Abstand." in text
    assert "2019 (Nord (Emscher/Lippe) 5 von 21, Hellweg/Süd 1 von 15)" in text
    assert "2018 (Nord (Emscher/Lippe) 7 von 21)" in text  # Hellweg/Süd had 10 of 15 that year
    en = tab_text(atlas, f"?ind={INCOME}&lang=en", "trend")
    assert "Left out of the gap" in en and "2022 (North (Emscher/Lippe) 3 of 21, Hellweg/south 1 of 15)" in en


def test_at_kreis_level_thin_zones_are_named_and_full_ones_stated(atlas):
    thin = tab_text(atlas, "?ind=kaufkraft_preisbereinigt_iw_eur_je_ew&lvl=kreis", "zones")
    assert "liegt im Mittel" not in thin
    assert "Nord (Emscher/Lippe) hat nur für 1 von 5 Einheiten einen Wert" in thin and "Hellweg/Süd hat nur für 0 von 3" in thin
    stated = tab_text(atlas, "?ind=verfuegbares_einkommen_vgr_eur_je_ew&lvl=kreis", "zones")  # every Kreis has a value
    assert "Nord (Emscher/Lippe) liegt im Mittel" in stated and "Kein Abstand" not in stated
    trend = tab_text(atlas, "?ind=kinder_u15_in_sgb2_bedarfsgemeinschaften_pct&lvl=kreis", "trend")
    assert "2020 (Nord (Emscher/Lippe) 1 von 5, Hellweg/Süd 0 von 3)" in trend  # left out, so no trend from one year
    assert "Kein Urteil über den Abstand: in diesem Abschnitt gibt es weniger als zwei Jahre mit einem Abstand." in trend


def test_custom_groups_follow_the_same_rule(atlas):
    # 2022: Gelsenkirchen 05513000 and Herdecke 05954020 have a value, Bottrop 05512000, Mülheim 05117000 and Oberhausen 05119000 none
    half = tab_text(atlas, f"?ind={INCOME}&zs=custom&ga=05513000,05512000&gb=05954020,05117000", "zones")
    assert "Gruppe A liegt im Mittel" in half  # exactly half of each group
    below = tab_text(atlas, f"?ind={INCOME}&zs=custom&ga=05513000,05512000&gb=05954020,05117000,05119000", "zones")
    assert "liegt im Mittel" not in below and "Gruppe B hat nur für 1 von 3 Einheiten einen Wert" in below
    assert "Gruppe A hat nur" not in below


def test_a_comparison_tab_button_chooses_its_tab(atlas):
    state = as_dict(DEFAULT)
    out = url_state.apply_controls(ids.COMPARISON_TABS["spatial"], 1, state, atlas)
    assert out[STATE]["tab"] == "spatial" and out[(ids.URL, "search")] == "?tab=spatial"
    # a tab button that appears with a new page has no click yet: nothing changes
    with pytest.raises(PreventUpdate):
        url_state.apply_controls(ids.COMPARISON_TABS["trend"], None, out[STATE], atlas)


def test_the_convergence_tab_judges_within_the_series_and_names_its_years(atlas):
    text = tab_text(atlas, "?ind=schulabgaenger_ohne_hauptschulabschluss_pct&lvl=kreis", "convergence")  # the map: 2022
    assert "1995–2021: Der Abstand Nord (Emscher/Lippe) − Hellweg/Süd ist geschrumpft, als Differenz (+2,0 → +1,7" in text
    assert "Mit 2022 beginnt eine neue Reihe" in text and "gezeigt wird daher 1995–2021" in text
    assert "ab 2022: 2022 aus dem Deutschlandatlas 2024" in text  # the break, with the record's own note
    assert "β-Konvergenz 1995–2021: β = −0,0161" in text and "Kendalls τ zwischen 1995 und 2021" in text
    for what in ("Abstand", "Streuung", "Kendalls τ", "Orte der β-Schätzung"):
        assert f"Zahlen als Tabelle: {what}" in text
    mixed = tab_text(atlas, "?ind=verfuegbares_einkommen_vgr_eur_je_ew&lvl=kreis&lang=en", "convergence")
    assert "2000–2018: the difference North (Emscher/Lippe) − Hellweg/south grew (−2,989 → −3,809" in mixed
    assert "but the relative gap shrank (ratio 0.825 → 0.834)" in mixed and "no verdict of 'widening'" in mixed
    alone = tab_text(atlas, f"?ind={INCOME}", "convergence")  # every year its own press-quoted release
    assert "Konvergenz braucht mindestens zwei Jahre derselben Reihe" in alone and "β =" not in alone


def test_the_spatial_controls_choose_the_statistic_and_the_weights(atlas):
    state = as_dict(ViewState(tab="spatial"))
    out = url_state.apply_controls(ids.SPATIAL_MODE, "bivariate", state, atlas)
    assert out[(ids.URL, "search")] == "?tab=spatial&sp=bivariate" and out[(ids.SPATIAL_SECOND_BOX, "hidden")] is False
    out = url_state.apply_controls(ids.SPATIAL_INDICATOR2, "projekte_beteiligt_je_100000_ew", out[STATE], atlas)
    assert out[STATE]["indicator2"] == "projekte_beteiligt_je_100000_ew"
    assert out[(ids.INDICATOR2, "value")] == "projekte_beteiligt_je_100000_ew"  # the scatter's dropdown follows
    out = url_state.apply_controls(ids.SPATIAL_RHINE, [], out[STATE], atlas)
    assert out[(ids.URL, "search")] == "?tab=spatial&ind2=projekte_beteiligt_je_100000_ew&sp=bivariate&rhine=0"
    out = url_state.apply_controls(ids.SPATIAL_MODE, "hotspots", out[STATE], atlas)
    assert out[(ids.SPATIAL_SECOND_BOX, "hidden")] is True


def test_the_bivariate_view_names_both_indicators_and_tables_both_values(atlas):
    state = ViewState(tab="spatial", spatial="bivariate", indicator2="projekte_beteiligt_je_100000_ew", lang="en")
    outputs = comparison.comparison_outputs(as_dict(state), atlas)
    text = text_of(outputs[(ids.COMPARISON_CONTENT["spatial"], "children")])
    assert "against Ruhr-Konferenz projects the place takes part in, per 100,000 inhabitants in the neighbours" in text
    assert "“High here, high neighbours on the other indicator” means" in text
    table = str(outputs[(ids.COMPARISON_CONTENT["spatial"], "children")])  # the numbers table travels as one attribute
    assert "Bivariate cluster" in table and "p-value" in table
    hideout = outputs[(ids.LISA_MAP_GEOJSON, "hideout")]
    assert len(hideout["classes"]) == 53
    assert set(hideout["value"].values()) <= {
        "high here, high neighbours on the other indicator",
        "low here, low neighbours on the other indicator",
        "high here, low neighbours on the other indicator",
        "low here, high neighbours on the other indicator",
        "no significant cluster",
    }
    marks = outputs[(ids.LISA_MAP_MARKS, "hideout")]["marks"]
    assert set(marks.values()) <= {"HH", "LL", "HL", "LH"} and len(marks) == sum(
        v != "no significant cluster" for v in hideout["value"].values()
    )


def test_the_hot_spot_view_lists_its_places_and_marks_them(atlas):
    outputs = comparison.comparison_outputs(as_dict(ViewState(tab="spatial", spatial="hotspots")), atlas)
    text = text_of(outputs[(ids.COMPARISON_CONTENT["spatial"], "children")])
    assert "Hot Spot: mit den Nachbarn zusammen hoch (" in text and "Gelsenkirchen" in text
    assert "z-Wert (Gi*)" in str(outputs[(ids.COMPARISON_CONTENT["spatial"], "children")])  # a column of the numbers table
    assert "99.999 bedingten Permutationen" in text and "Rheinberg grenzt nur über den Rhein" in text
    marks = outputs[(ids.LISA_MAP_MARKS, "hideout")]["marks"]
    assert marks["05513000"] == "+"  # Gelsenkirchen
    without = comparison.comparison_outputs(as_dict(ViewState(tab="spatial", spatial="hotspots", rhine=False)), atlas)
    assert "Ohne die zwei Nachbarschaften über den Rhein" in text_of(without[(ids.COMPARISON_CONTENT["spatial"], "children")])


def test_gi_star_of_an_indicator_with_negative_values_says_why_not(atlas):
    state = ViewState(tab="spatial", spatial="hotspots", indicator="bevoelkerungsentwicklung_pct_pa")
    text = text_of(comparison.comparison_outputs(as_dict(state), atlas)[(ids.COMPARISON_CONTENT["spatial"], "children")])
    assert "Gi* braucht Werte ≥ 0" in text
