"""Presentation mode as plain function calls: navigation, captions, adapting the view."""
import pytest
from dash.exceptions import PreventUpdate

from callbacks import present as present_callbacks, url_state
from geo.view_state import DEFAULT, as_dict, from_dict, parse_query
from layouts import ids, present

STATE = (ids.STATE, "data")


def step_state(atlas, number):
    story = atlas.stories["ruhr_divide"]
    return as_dict(present.step_view(atlas, story, number, "de"))


def test_starting_opens_the_first_step(atlas):
    search = present_callbacks.navigate(ids.PRESENT_START, as_dict(DEFAULT), atlas)
    state, notices = parse_query(search, atlas)
    assert notices == [] and (state.present, state.story, state.step) == (True, "ruhr_divide", 1)
    assert search == "?present=1&story=ruhr_divide"  # step 1 shows the default view


def test_next_previous_dots_and_bounds(atlas):
    after = parse_query(present_callbacks.navigate(ids.PRESENT_NEXT, step_state(atlas, 1), atlas), atlas)[0]
    assert (after.step, after.indicator, after.level) == (2, "kinder_u15_in_sgb2_bedarfsgemeinschaften_pct", "kreis")
    assert parse_query(present_callbacks.navigate(ids.PRESENT_PREV, step_state(atlas, 1), atlas), atlas)[0].step == 1
    assert parse_query(present_callbacks.navigate(ids.PRESENT_NEXT, step_state(atlas, 8), atlas), atlas)[0].step == 8
    dot = {"type": ids.PRESENT_DOT, "index": 6}
    sixth = parse_query(present_callbacks.navigate(dot, step_state(atlas, 1), atlas), atlas)[0]
    assert (sixth.step, sixth.tab, sixth.indicator) == (6, "inequality", "arbeitslose_je_100_ew_15_64")


def test_exploring_freely_keeps_the_view(atlas):
    search = present_callbacks.navigate(ids.PRESENT_EXIT, step_state(atlas, 2), atlas)
    assert search == "?ind=kinder_u15_in_sgb2_bedarfsgemeinschaften_pct&lvl=kreis"


def test_adapting_the_view_replaces_the_caption_until_the_story_is_resumed(atlas):
    caption = present_callbacks.caption(step_state(atlas, 2), atlas)
    assert caption[0].children.startswith("Kinderarmut 2022: In Gelsenkirchen lebten 38,0 Prozent")
    adapted = url_state.apply_controls(ids.YEAR, 2020, step_state(atlas, 2), atlas)[STATE]
    assert (adapted["present"], adapted["step"], adapted["year"]) == (True, 2, 2020)
    assert present_callbacks.caption(adapted, atlas)[0].children.startswith("Die Ansicht weicht von diesem Schritt ab")
    resumed = parse_query(present_callbacks.navigate(ids.PRESENT_RESET, adapted, atlas), atlas)[0]
    assert as_dict(resumed) == step_state(atlas, 2)
    selected = url_state.apply_controls(ids.PLACE_SEARCH, "05513", step_state(atlas, 2), atlas)[STATE]
    assert present_callbacks.caption(selected, atlas)[0].children.startswith("Kinderarmut")  # selecting a place is no change


def test_outside_presentation_mode_nothing_is_computed(atlas):
    with pytest.raises(PreventUpdate):
        present_callbacks.caption(as_dict(DEFAULT), atlas)
    page, state, _ = url_state.render_page("?present=1", None, atlas)
    assert page[0].className == "presenting panel-comparison" and from_dict(state).present
