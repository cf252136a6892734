"""Playing the years (issue #15), as a person does it: press play, watch the years go by, pause."""

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

from app import create_app
from layouts import ids
from tests.browser.screen import drawn_shapes, press, text

pytestmark = pytest.mark.browser

#: Records every year the player shows, with the callback requests sent so far and the map's colours at that moment.
WATCH = """
window.__frames = [];
const requests = () => performance.getEntriesByType('resource').filter(e => e.name.includes('_dash-update-component')).length;
const fills = () => [...document.querySelectorAll('#map path.place')].map(p => p.getAttribute('fill')).join('|');
new MutationObserver(() => window.__frames.push([document.getElementById('play-year').textContent, requests(), fills()]))
  .observe(document.getElementById('play-year'), {childList: true, characterData: true, subtree: true});
"""


def test_play_runs_through_the_years_without_requests_and_pause_leaves_the_year_in_the_url(dash_duo, atlas):
    driver = dash_duo.driver
    # a visitor who asked for less motion: nothing moves by itself, and the page says how play will behave
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
    dash_duo.start_server(create_app(atlas))
    until(lambda: drawn_shapes(driver, f"#{ids.MAP}") == (53, 53), timeout=15)
    dash_duo.wait_for_element(".play-reduced", timeout=5)
    until(lambda: dash_duo.find_element(".play-reduced").is_displayed(), timeout=5)
    assert driver.execute_script("return document.body.dataset.play") is None
    assert dash_duo.find_element(f"#{ids.YEAR} input:checked").get_attribute("value") == "2021"
    assert "year=" not in driver.current_url
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-reduced-motion", "value": "no-preference"}]})
    until(lambda: not dash_duo.find_element(".play-reduced").is_displayed(), timeout=5)

    driver.execute_script(WATCH)
    toggle = dash_duo.find_element(f"#{ids.PLAY_TOGGLE}")
    assert toggle.text.endswith("Abspielen")
    toggle.click()
    until(lambda: len(driver.execute_script("return window.__frames")) >= 6, timeout=90)
    frames = driver.execute_script("return window.__frames")
    # at the last year, play starts from the first; the frames came in one answer, then not one request per year
    assert [year for year, _, _ in frames[:6]] == ["1998", "1999", "2000", "2001", "2002", "2003"]
    assert len({requests for _, requests, _ in frames}) == 1
    assert len({fills for _, _, fills in frames}) > 1  # the map's colours moved with the years
    assert toggle.text.endswith("Anhalten") and "year=" not in driver.current_url  # playing is no state of a link
    assert text(driver, f"#{ids.PLAY_TITLE}").startswith("Sozioökonomische Deprivation (GISD, NRW-Rahmen), ")
    assert "Grenzen aus allen Jahren 1998–2021" in text(driver, f"#{ids.PLAY_LEGEND}")

    press(dash_duo, Keys.SPACE)  # the play button kept the focus: the space bar pauses
    until(lambda: "Angehalten bei" in text(driver, f"#{ids.PLAY_STATUS}"), timeout=5)
    paused = text(driver, f"#{ids.PLAY_STATUS}").rsplit(" ", 1)[1]
    assert paused == driver.execute_script("return window.__frames")[-1][0]  # the year on screen when paused
    until(lambda: f"year={paused}" in driver.current_url, timeout=10)
    dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", f", {paused} ·", timeout=10)
    until(lambda: dash_duo.find_element(f"#{ids.MAP_TITLE}").is_displayed(), timeout=5)
    assert dash_duo.find_element(f"#{ids.YEAR} input:checked").get_attribute("value") == paused
    assert toggle.text.endswith("Abspielen")

    dash_duo.find_element(f"#{ids.PLAY_BACK}").click()  # one year back, paused: a choice of year like any other
    until(lambda: f"year={int(paused) - 1}" in driver.current_url, timeout=10)
    dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", f", {int(paused) - 1} ·", timeout=10)
    assert dash_duo.get_logs() == []
