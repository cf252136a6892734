"""A workshop, offline: the shipped story from first to last step with the keyboard."""
from dataclasses import replace

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from app import create_app
from geo import view_state
from layouts import ids, present

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def press(dash_duo, key) -> None:
    ActionChains(dash_duo.driver).send_keys(key).perform()


def test_the_story_runs_first_to_last_by_keyboard_with_nothing_leaving_the_machine(dash_duo, app, atlas):
    story = atlas.stories["ruhr_divide"]
    steps = len(story["steps"])
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#map path.place", timeout=10)
    dash_duo.find_element(f"#{ids.PRESENT_START}").click()
    for number in range(1, steps + 1):
        dash_duo.wait_for_text_to_equal(f"#{ids.PRESENT_COUNTER}", f"Schritt {number} von {steps}", timeout=15)
        state = present.step_view(atlas, story, number, "de")
        label = atlas.catalog[state.indicator]["label"]["de"]
        dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", label, timeout=10)
        expected = present.caption_text(atlas, state)
        dash_duo.wait_for_text_to_equal(f"#{ids.PRESENT_CAPTION} p", expected, timeout=10)
        shapes = 53 if state.level == "gemeinde" else 15
        until(lambda: len(dash_duo.find_elements("#map path.place")) == shapes, timeout=10)
        assert f"step={number}" in dash_duo.driver.current_url or number == 1
        panel = story["steps"][number - 1]["panel"]
        visible = dash_duo.find_element(f"#{ids.RANKING}" if panel == "ranking" else ".comparison").is_displayed()
        assert visible, number
        if number < steps:
            press(dash_duo, Keys.ARROW_RIGHT if number % 2 else Keys.PAGE_DOWN)  # a clicker sends page keys
    press(dash_duo, Keys.PAGE_UP)
    dash_duo.wait_for_text_to_equal(f"#{ids.PRESENT_COUNTER}", f"Schritt {steps - 1} von {steps}", timeout=15)

    names = dash_duo.driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert [n for n in names if not n.startswith(dash_duo.server_url) and not n.startswith("data:")] == []
    assert dash_duo.get_logs() == []  # no console error, no failed request

    dash_duo.find_element(f"#{ids.PRESENT_EXIT}").click()  # back to free exploration at this step
    until(lambda: "present=1" not in dash_duo.driver.current_url, timeout=10)
    until(lambda: not dash_duo.find_element(f"#{ids.PRESENT_BAR}").is_displayed(), timeout=10)
    assert dash_duo.find_element(f"#{ids.INDICATOR}").is_displayed()
    query = dash_duo.driver.current_url.split("?", 1)[-1]
    kept, notices = view_state.parse_query(query, atlas)
    assert notices == []
    assert present.deviates(atlas, replace(kept, present=True, story=story["id"], step=steps - 1)) is False
