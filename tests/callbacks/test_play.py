"""Playing the years: the frames the browser receives once (callbacks as plain calls)."""

import json

import pytest
from dash.exceptions import PreventUpdate
from plotly.utils import PlotlyJSONEncoder

from callbacks import play as play_callbacks
from callbacks import url_state
from geo import query
from geo.view_state import ViewState
from layouts import play

SCHOOL = ViewState(indicator="schulabgaenger_ohne_hauptschulabschluss_pct", level="kreis")


@pytest.fixture(scope="module")
def school(atlas):
    return play_callbacks.frames_for({"clicks": 1}, url_state.stored(SCHOOL), atlas)


def test_every_year_is_a_frame_with_the_values_of_the_official_files(school, atlas):
    frames = {frame["year"]: frame for frame in school["frames"]}
    assert sorted(frames) == atlas.catalog[SCHOOL.indicator]["years"]["kreis"] == list(range(1995, 2023))
    # Kreis Recklinghausen at the seam between INKAR 2024 and the Deutschlandatlas 2024 (issue #15)
    assert frames[2021]["values"]["05562"] == pytest.approx(5.52) and frames[2022]["values"]["05562"] == pytest.approx(8.52)
    assert school["names"]["05562"] == "Kreis Recklinghausen" and school["key"]["indicator"] == SCHOOL.indicator


def test_a_frame_after_a_break_says_so_under_its_legend(school):
    frames = {frame["year"]: json.dumps(frame["legend"], cls=PlotlyJSONEncoder, ensure_ascii=False) for frame in school["frames"]}
    assert "Bruch in der Reihe: neue Quelle ab 2022. Nicht vergleichbar mit 1995–2021." in frames[2022]
    assert "Bruch in der Reihe" not in frames[2021]
    assert all("Grenzen aus allen Jahren 1995–2022" in legend for legend in frames.values())


def test_a_place_specific_change_of_definition_names_the_place(atlas):
    state = ViewState(indicator="schulabgaenger_ohne_abschluss_itnrw_pct", level="kreis", lang="en")
    names = query.unit_names(atlas, "kreis")
    notes = {year: play.break_note(atlas, state, year, names) for year in (2016, 2018)}
    assert notes == {2016: "", 2018: "Break in the series: new definition from 2018 (Gelsenkirchen). Not comparable with 2016."}


def test_the_frames_colour_the_map_with_the_classes_of_all_years(school, atlas):
    views = query.year_views(atlas, SCHOOL)
    for frame, view in zip(school["frames"], views):
        assert frame["hideout"]["classes"] == {ags: int(c) for ags, c in view.rows["cls"].items()}
        assert frame["hideout"]["colours"] == view.colours and "selected" not in frame["hideout"]
    assert (
        school["frames"][0]["title"] == "Schulabgänger ohne Hauptschulabschluss (INKAR/Deutschlandatlas), 1995 · Kreise/kreisfreie Städte"
        and school["frames"][0]["label"] == "1995"
    )


def test_only_a_request_from_the_page_asks_for_frames(atlas):
    with pytest.raises(PreventUpdate):
        play_callbacks.frames_for(None, url_state.stored(SCHOOL), atlas)
