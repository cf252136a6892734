"""URL ↔ view state, as input → expected tables (after OWID's GrapherUrl tests)."""

import pytest

from geo.view_state import DEFAULT, PARAMETERS, ViewState, as_dict, from_dict, parse_query, resolve, to_query


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", DEFAULT),
        ("?ind=arbeitslosenquote_pct&lvl=kreis", ViewState(indicator="arbeitslosenquote_pct", level="kreis")),
        ("?year=2010&cls=natural_breaks&k=7&fix=1", ViewState(year=2010, classification="natural_breaks", k=7, fixed_breaks=True)),
        ("?sel=05513000&labels=1&map=1&lang=en", ViewState(selected="05513000", labels=True, basemap=True, lang="en")),
        ("?indicator=arbeitslosenquote_pct&level=kreis", ViewState(indicator="arbeitslosenquote_pct", level="kreis")),  # old names
        ("?change=2010-2021", ViewState(change=(2010, 2021))),
    ],
)
def test_valid_queries_parse_without_notices(atlas, query, expected):
    assert parse_query(query, atlas) == (expected, [])


@pytest.mark.parametrize(
    "query, key, values",
    [
        ("?ind=wealth", "notice_invalid_value", {"parameter": "ind", "value": "wealth", "valid": "valid_indicator"}),
        ("?year=20x1", "notice_invalid_value", {"parameter": "year", "value": "20x1", "valid": "valid_year"}),
        ("?k=12", "notice_invalid_value", {"parameter": "k", "value": "12", "valid": "3–7"}),
        ("?k=five", "notice_invalid_value", {"parameter": "k", "value": "five", "valid": "3–7"}),
        ("?lvl=bund", "notice_invalid_value", {"parameter": "lvl", "value": "bund", "valid": "gemeinde, kreis"}),
        (
            "?cls=jenks",
            "notice_invalid_value",
            {"parameter": "cls", "value": "jenks", "valid": "quantiles, natural_breaks, equal_interval, deviation"},
        ),
        ("?sel=05999000", "notice_invalid_value", {"parameter": "sel", "value": "05999000", "valid": "valid_place"}),
        ("?lang=fr", "notice_invalid_value", {"parameter": "lang", "value": "fr", "valid": "de, en"}),
        ("?labels=yes", "notice_invalid_value", {"parameter": "labels", "value": "yes", "valid": "0, 1"}),
        ("?fix=true", "notice_invalid_value", {"parameter": "fix", "value": "true", "valid": "0, 1"}),
        ("?map=2", "notice_invalid_value", {"parameter": "map", "value": "2", "valid": "0, 1"}),
        ("?change=2021-2010", "notice_invalid_value", {"parameter": "change", "value": "2021-2010", "valid": "valid_change"}),
        ("?change=2010", "notice_invalid_value", {"parameter": "change", "value": "2010", "valid": "valid_change"}),
        ("?zoom=3", "notice_unknown_parameter", {"parameter": "zoom", "valid": ", ".join(PARAMETERS)}),
    ],
)
def test_invalid_parameters_fall_back_to_the_default_with_a_notice(atlas, query, key, values):
    state, notices = parse_query(query, atlas)
    assert state == DEFAULT
    assert [(n.key, n.values) for n in notices] == [(key, values)]


def test_hostile_values_are_refused_and_shortened(atlas):
    state, notices = parse_query("?ind=<script>alert(1)</script>&sel=" + "9" * 500, atlas)
    assert state == DEFAULT
    assert notices[0].values["value"] == "<script>alert(1)</script>"  # escaped by Dash where shown
    assert len(notices[1].values["value"]) <= 41


@pytest.mark.parametrize(
    "state",
    [
        DEFAULT,
        ViewState(indicator="arbeitslosenquote_pct", level="kreis", selected="05513"),
        ViewState(year=2005, classification="deviation", k=3, fixed_breaks=True, labels=True, basemap=True, lang="en"),
        ViewState(indicator="schulabgaenger_ohne_hauptschulabschluss_pct", level="kreis", change=(2010, 2021)),
    ],
)
def test_to_query_round_trips(atlas, state):
    assert parse_query(to_query(state), atlas) == (state, [])
    assert from_dict(as_dict(state)) == state


def test_only_non_default_fields_are_written():
    assert to_query(ViewState(k=7, lang="en")) == "?k=7&lang=en"


def test_an_indicator_that_exists_only_per_kreis_switches_the_level_with_a_notice(atlas):
    state, notices = resolve(ViewState(indicator="kinder_u15_in_sgb2_bedarfsgemeinschaften_pct"), atlas)
    assert state.level == "kreis"
    assert [(n.key, n.values) for n in notices] == [
        ("notice_level_switched", {"indicator": "kinder_u15_in_sgb2_bedarfsgemeinschaften_pct", "level": "kreis"})
    ]


def test_a_missing_year_moves_to_the_nearest_year_and_the_latest_stays_latest(atlas):
    # GISD at Gemeinde level covers 1998-2021
    state, notices = resolve(ViewState(year=1990), atlas)
    assert state.year == 1998 and notices[0].key == "notice_year_moved"
    state, notices = resolve(ViewState(year=2021), atlas)
    assert state.year is None and notices == []


def test_deviation_classes_are_odd(atlas):
    assert resolve(ViewState(classification="deviation", k=4), atlas)[0].k == 5


def test_a_change_between_years_the_indicator_lacks_moves_to_the_nearest_years_with_a_notice(atlas):
    # arbeitslose_je_100_ew_15_64 has the Gemeinden from 2001 to 2021
    state, notices = resolve(ViewState(indicator="arbeitslose_je_100_ew_15_64", change=(1995, 2030)), atlas)
    assert state.change == (2001, 2021) and [n.key for n in notices] == ["notice_change_moved"]
    assert notices[0].values == {"indicator": "arbeitslose_je_100_ew_15_64", "asked": "1995–2030", "shown": "2001–2021"}
    state, notices = resolve(ViewState(indicator="arbeitslosenquote_pct", level="kreis", change=(2010, 2021)), atlas)
    assert state.change is None and [n.key for n in notices] == ["notice_change_off"]  # one year only (2023)
