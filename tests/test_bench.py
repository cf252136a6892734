"""The benchmark's own logic (its timings are never asserted): request names, percentiles, scale values."""
import pandas as pd
import pytest

from bench import load, replay, scale
from callbacks import url_state
from layouts import ids
from geo.view_state import DEFAULT


def test_a_callback_is_named_by_its_first_output():
    assert replay.output_name('{"output": "..view-state.data@1a2b...url.search.."}') == "view-state.data"
    assert replay.output_name('{"output": "ranking-chart.figure"}') == "ranking-chart.figure"


def test_percentiles_of_a_hand_checked_list():
    values = list(range(1, 101))  # 1 … 100
    assert replay.percentile(values, 0.5) == pytest.approx(50.5)
    assert replay.percentile(values, 0.95) == pytest.approx(95.05)


def test_each_municipality_carries_its_kreis_value_and_a_vanished_kreis_stays_missing(atlas):
    places = pd.Series(["05513000", "05562004", "03152001"])  # Gelsenkirchen, Datteln (Kreis Recklinghausen), old Kreis Göttingen
    values = scale.kreis_values(atlas, places)
    rows = atlas.indicators
    kreis = rows[(rows["level"] == "kreis") & (rows["indicator"] == scale.INDICATORS[0]) & (rows["year"] == 2019)]
    by_kreis = kreis.set_index("ags")["value"]
    mine = values[(values["indicator"] == scale.INDICATORS[0]) & (values["year"] == 2019)].set_index("ags")["value"]
    assert mine["05513000"] == by_kreis["05513"] and mine["05562004"] == by_kreis["05562"]
    assert "03152001" not in mine.index  # Göttingen (03152) was merged in 2016; no value is made up for it


def test_every_step_of_the_load_tests_walk_changes_the_view(atlas):
    """A step the page ignored would make the recorded visit shorter than it claims."""
    state = url_state.stored(DEFAULT)
    for control, value in load.WALK:
        state = url_state.apply_controls(control, value, state, atlas)[(ids.STATE, "data")]
