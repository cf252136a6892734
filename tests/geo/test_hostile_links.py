"""Tampered and random links: the parser never fails, and what it returns is always a view the app can draw."""

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from geo.view_state import (
    DEFAULT,
    MAX_NOTICES,
    MAX_QUERY_LENGTH,
    PARAMETERS,
    ViewState,
    as_dict,
    checked,
    from_browser,
    parse_query,
    resolve,
    to_query,
)

#: Values a person (or a script) might put into a parameter.
NASTY = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "1e9",
            "²",
            "٣",
            "2021",
            "99999",
            "NaN",
            "true",
            "05513000",
            ",,,",
            "%00",
            "<script>alert(1)</script>",
            '"><img src=x onerror=alert(1)>',
            "../../etc/passwd",
            "' OR 1=1 --",
        ]
    ),
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8,
)


def is_drawable(state: ViewState, atlas) -> bool:
    """A fixed point of checking: parsing and fitting it again changes nothing."""
    return checked(state, atlas) == (state, [])


@given(st.text(max_size=300))
def test_any_text_parses_to_a_drawable_view(atlas, query):
    state, notices = parse_query(query, atlas)
    assert is_drawable(resolve(state, atlas)[0], atlas)
    assert len(notices) <= MAX_NOTICES


@given(st.lists(st.tuples(st.sampled_from(list(PARAMETERS)), NASTY), max_size=12))
def test_known_parameters_with_any_values_give_a_drawable_view(atlas, pairs):
    from urllib.parse import urlencode

    state, notices = checked(parse_query("?" + urlencode(pairs), atlas)[0], atlas)
    assert is_drawable(state, atlas)
    for notice in notices:
        assert all(len(str(value)) <= 200 for value in notice.values.values())  # echoes are cut short


@given(st.dictionaries(st.sampled_from([*as_dict(DEFAULT), "_rendered", "_query", "x"]), JSON, max_size=8))
def test_any_store_content_gives_a_drawable_view(atlas, data):
    assert is_drawable(from_browser(data, atlas), atlas)


@given(st.sampled_from(list(as_dict(DEFAULT))), JSON)
def test_one_tampered_field_of_a_real_view_falls_back_to_its_default(atlas, field, value):
    real = as_dict(ViewState(indicator="arbeitslose_je_100_ew_15_64", level="kreis", selected="05513", tab="trend"))
    state = from_browser({**real, field: value}, atlas)
    assert is_drawable(state, atlas)


@given(
    st.builds(
        ViewState,
        indicator=st.sampled_from(["gisd_nrw_frame_score", "arbeitslose_je_100_ew_15_64", "kinder_u15_in_sgb2_bedarfsgemeinschaften_pct"]),
        year=st.none() | st.integers(1995, 2024),
        level=st.sampled_from(["gemeinde", "kreis"]),
        classification=st.sampled_from(["quantiles", "natural_breaks", "equal_interval", "deviation"]),
        k=st.integers(3, 7),
        fixed_breaks=st.booleans(),
        selected=st.sampled_from([None, "05513000", "05513", "05962"]),
        lang=st.sampled_from(["de", "en"]),
        scheme=st.sampled_from(["nord_sued", "emscher_lippe", "kreis", "custom"]),
        group_a=st.sampled_from([(), ("05513000", "05916000")]),
        group_b=st.sampled_from([(), ("05117000",)]),
        tab=st.sampled_from(["zones", "trend", "inequality", "convergence", "scatter", "spatial", "projects"]),
        projects=st.booleans(),
        fields=st.sampled_from([None, (), ("1", "none")]),
        statuses=st.sampled_from([None, (), ("completed",)]),
        present=st.booleans(),
        step=st.integers(1, 8),
    )
)
def test_every_view_survives_its_own_permalink(atlas, state):
    fitted = resolve(state, atlas)[0]
    assert parse_query(to_query(fitted), atlas) == (fitted, [])
    assert from_browser(as_dict(fitted), atlas) == fitted


def test_ten_thousand_places_in_a_group_are_refused_with_a_notice(atlas):
    group = ",".join(f"{n:08d}" for n in range(10_000))
    state, notices = parse_query(f"?zs=custom&ga={group}", atlas)
    assert state == DEFAULT and [n.key for n in notices] == ["notice_link_too_long"]
    state, notices = parse_query(f"?zs=custom&ga={group[:700]}", atlas)  # short enough for a link, too long for a group
    assert state == replace(DEFAULT, scheme="custom") and notices[0].values["parameter"] == "ga"
    assert from_browser({**as_dict(replace(DEFAULT, scheme="custom")), "group_a": group.split(",")}, atlas).group_a == ()


def test_a_script_in_a_parameter_comes_back_as_short_plain_text(atlas):
    state, notices = parse_query("?ind=<script>alert(document.cookie)</script>" + "x" * 100, atlas)
    assert state.indicator == DEFAULT.indicator
    shown = notices[0].values["value"]
    assert shown.startswith("<script>alert(") and len(shown) <= 41  # shown as text (React escapes it), cut to 40 characters


def test_an_overlong_link_is_not_parsed(atlas):
    state, notices = parse_query("?ind=gisd_nrw_frame_score&" + "a=1&" * MAX_QUERY_LENGTH, atlas)
    assert state == DEFAULT and [n.key for n in notices] == ["notice_link_too_long"]


def test_many_bad_parameters_make_few_notices(atlas):
    state, notices = parse_query("?" + "&".join(f"p{n}=1" for n in range(50)), atlas)
    assert state == DEFAULT and len(notices) == MAX_NOTICES
    assert notices[-1].key == "notice_more" and notices[-1].values["count"] == 50 - MAX_NOTICES + 1
