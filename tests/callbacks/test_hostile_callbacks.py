"""Callbacks driven with random and hostile input, as a tampered browser could send it.

Every callback either answers (with a view the app can draw) or declines with
PreventUpdate; no other exception reaches Dash, so no request ends in an error.
"""

from datetime import date

import pytest
from dash.exceptions import PreventUpdate
from hypothesis import given, settings
from hypothesis import strategies as st

from callbacks import comparison, export, present, profile, projects, ranking, upload, url_state
from geo.view_state import DEFAULT, ViewState, as_dict, checked, from_browser
from layouts import ids

FUZZ = settings(max_examples=settings().max_examples * 2 // 5)  # each example builds whole panels: 120 in CI
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(["05513000", "kreis", "arbeitslose_je_100_ew_15_64", "2011", "<b>x</b>"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["properties", "points", "ags", "customdata", "x"]), inner, max_size=3)
    ),
    max_leaves=8,
)
REAL = as_dict(ViewState(indicator="arbeitslose_je_100_ew_15_64", selected="05513000", scheme="custom", group_a=("05513000",)))
STORES = st.one_of(
    JSON,
    st.dictionaries(st.sampled_from(list(REAL)), JSON, max_size=6),
    st.builds(lambda field, value: {**REAL, field: value}, st.sampled_from(list(REAL)), JSON),
)


def answered_or_declined(call):
    try:
        return call()
    except PreventUpdate:
        return None


@FUZZ
@given(st.sampled_from([component for component, _ in url_state.CONTROLS]), JSON, STORES)
def test_a_control_with_any_value_gives_a_drawable_state(atlas, trigger, value, store):
    outputs = answered_or_declined(lambda: url_state.apply_controls(trigger, value, store, atlas))
    if outputs is not None:
        assert set(outputs) == set(url_state.OUTPUTS)
        state = from_browser(outputs[(ids.STATE, "data")], atlas)
        assert checked(state, atlas) == (state, [])


@FUZZ
@given(STORES)
def test_every_panel_answers_or_declines_any_store(atlas, store):
    answered_or_declined(lambda: ranking.ranking_outputs(store, atlas))
    answered_or_declined(lambda: comparison.comparison_outputs(store, atlas))
    answered_or_declined(lambda: profile.profile_children(store, None, atlas))
    answered_or_declined(lambda: projects.project_outputs(store, None, atlas))
    answered_or_declined(lambda: present.adapted_note_hidden(store, atlas))
    answered_or_declined(lambda: export.describe(store, "map", atlas))


@FUZZ
@given(st.text(max_size=200), STORES)
def test_any_url_renders_a_page(atlas, search, displayed):
    result = answered_or_declined(lambda: url_state.render_page(search, displayed, atlas))
    if result is not None:
        page, state, notices = result
        assert page and checked(from_browser(state, atlas), atlas)[1] == []


@FUZZ
@given(JSON | st.builds(lambda search: {"search": search}, JSON))
def test_a_page_request_of_any_shape_is_read_or_ignored(atlas, request):
    try:
        search = url_state.requested_search(request)
    except PreventUpdate:
        assert not (isinstance(request, dict) and isinstance(request.get("search"), str))
    else:
        assert search == request["search"]


@FUZZ
@given(JSON, STORES)
def test_export_menu_and_story_navigation_take_any_value(atlas, value, store):
    answered_or_declined(lambda: export.describe(store, value, atlas))
    answered_or_declined(lambda: export.geojson_button(value, store, atlas))
    answered_or_declined(lambda: export.cite(ids.CITE_BUTTON, value, value, store, atlas, date(2026, 12, 2)))
    answered_or_declined(lambda: present.navigate(ids.PRESENT_NEXT, store, atlas))
    answered_or_declined(lambda: present.navigate({"type": ids.PRESENT_DOT, "index": value}, store, atlas))


@pytest.mark.parametrize("fmt", ["csv", "csv-de", "geojson"])
def test_a_download_for_a_chart_the_page_does_not_offer_is_declined(atlas, fmt):
    with pytest.raises(PreventUpdate):
        export.export_file(fmt, as_dict(DEFAULT), "<script>", atlas)


USER_DATA = {
    "label": "x",
    "level": "gemeinde",
    "values": {"05513000": 1.0, "05512000": 2.0},
    "precision": 1,
    "filename": "f.csv",
    "encoding": "UTF-8",
    "decimal": ",",
    "outside": 0,
}
USER_STORES = st.one_of(JSON, st.builds(lambda field, value: {**USER_DATA, field: value}, st.sampled_from(list(USER_DATA)), JSON))


@FUZZ
@given(USER_STORES, JSON, JSON, STORES)
def test_the_user_layer_draws_or_hides_for_any_input(atlas, user_data, show, method, store):
    url, hideout, _, legend_hidden, _ = upload.draw(user_data, show, method, store, atlas)
    assert url == "" or url.startswith("/data/")
    assert legend_hidden == (url == "")


@FUZZ
@given(
    st.sampled_from([ids.UPLOAD, ids.UPLOAD_REMOVE, None, "x"]),
    JSON | st.text(max_size=200).map(lambda t: "data:text/csv;base64," + t),
    JSON,
    JSON,
    STORES,
)
def test_the_upload_answers_or_declines_any_input(atlas, trigger, contents, removals, filename, store):
    answered = answered_or_declined(lambda: upload.receive(trigger, contents, removals, filename, store, atlas))
    if answered is not None:
        data, status, _ = answered
        assert status
