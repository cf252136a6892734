"""Presentation mode as plain function calls: navigation, captions, adapting the view."""

import pytest
from dash.exceptions import PreventUpdate

from callbacks import present as present_callbacks
from callbacks import url_state
from geo.view_state import DEFAULT, as_dict, from_dict, parse_query, to_query
from layouts import ids, present
from tests.callbacks.test_map_and_state import by_id, text_of

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
    last = len(atlas.stories["ruhr_divide"]["steps"])
    assert parse_query(present_callbacks.navigate(ids.PRESENT_NEXT, step_state(atlas, last), atlas), atlas)[0].step == last
    dot = {"type": ids.PRESENT_DOT, "index": 6}
    sixth = parse_query(present_callbacks.navigate(dot, step_state(atlas, 1), atlas), atlas)[0]
    assert (sixth.step, sixth.tab, sixth.indicator) == (6, "inequality", "arbeitslose_je_100_ew_15_64")


def test_exploring_freely_keeps_the_view(atlas):
    search = present_callbacks.navigate(ids.PRESENT_EXIT, step_state(atlas, 2), atlas)
    assert search == "?ind=kinder_u15_in_sgb2_bedarfsgemeinschaften_pct&lvl=kreis"


def caption_and_note(atlas, state: dict) -> tuple[str, bool]:
    """The caption's text as the page shows it for ``state``, and whether the note "the view differs" shows."""
    page, _, _ = url_state.render_page(present.step_query(atlas, atlas.stories["ruhr_divide"], state["step"], "de"), None, atlas)
    shown = not present_callbacks.adapted_note_hidden(state, atlas)
    return text_of(by_id(page, ids.PRESENT_CAPTION).children[0]), shown


def test_an_adapted_view_keeps_the_caption_with_a_note_until_the_story_is_resumed(atlas):
    text, noted = caption_and_note(atlas, step_state(atlas, 2))
    assert text.startswith("Kinderarmut 2022: In Gelsenkirchen lebten 38,0 Prozent") and not noted
    adapted = url_state.apply_controls(ids.YEAR, 2020, step_state(atlas, 2), atlas)[STATE]
    assert (adapted["present"], adapted["step"], adapted["year"]) == (True, 2, 2020)
    assert caption_and_note(atlas, adapted) == (text, True)  # the story's text stays, the note shows beside it
    page, _, _ = url_state.render_page(to_query(from_dict(adapted)), None, atlas)  # the adapted view as a link
    assert text_of(by_id(page, ids.PRESENT_CAPTION).children[0]) == text
    assert by_id(page, ids.PRESENT_ADAPTED).hidden is False
    assert text_of(by_id(page, ids.PRESENT_ADAPTED)).startswith("Die Ansicht weicht von diesem Schritt ab")
    resumed = parse_query(present_callbacks.navigate(ids.PRESENT_RESET, adapted, atlas), atlas)[0]
    assert as_dict(resumed) == step_state(atlas, 2)
    selected = url_state.apply_controls(ids.PLACE_SEARCH, "05513", step_state(atlas, 2), atlas)[STATE]
    assert caption_and_note(atlas, selected) == (text, False)  # selecting a place is no change


def test_outside_presentation_mode_nothing_is_computed(atlas):
    with pytest.raises(PreventUpdate):
        present_callbacks.adapted_note_hidden(as_dict(DEFAULT), atlas)
    page, state, _ = url_state.render_page("?present=1", None, atlas)
    assert page[0].className == "presenting panel-comparison" and from_dict(state).present


def test_a_bookmarked_step_opens_the_steps_view_with_its_caption(atlas):
    page, state, notices = url_state.render_page("?present=1&step=3", None, atlas)
    assert notices == []
    assert from_dict(state) == from_dict(step_state(atlas, 3))
    assert text_of(by_id(page, ids.PRESENT_CAPTION).children[0]) == present.caption_text(atlas, from_dict(step_state(atlas, 3)))
    assert by_id(page, ids.PRESENT_ADAPTED).hidden is True


def test_a_bookmarked_step_keeps_the_places_selected_in_the_link(atlas):
    _, state, _ = url_state.render_page("?present=1&step=2&sel=05513000", None, atlas)
    assert from_dict(state) == from_dict({**step_state(atlas, 2), "selected": "05513"})  # step 2 shows the Kreise


def explored_view(state: dict, atlas) -> tuple:
    explored, notices = parse_query(present_callbacks.navigate(ids.PRESENT_EXIT, state, atlas), atlas)
    assert notices == [] and not explored.present
    return explored.indicator, explored.level, explored.year, explored.tab


def test_exploring_freely_leaves_at_the_step_on_screen_whatever_step_the_page_opened_on(atlas):
    _, state, _ = url_state.render_page("?present=1&step=3", None, atlas)
    third = from_dict(step_state(atlas, 3))
    assert explored_view(state, atlas) == (third.indicator, third.level, third.year, third.tab)
    for _ in range(2):
        _, state, _ = url_state.render_page(present_callbacks.navigate(ids.PRESENT_NEXT, state, atlas), state, atlas)
    fifth = from_dict(step_state(atlas, 5))
    assert explored_view(state, atlas) == (fifth.indicator, fifth.level, fifth.year, fifth.tab)
