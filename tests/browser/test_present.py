"""A workshop, offline: the shipped story from first to last step with the keyboard."""

import time
from dataclasses import replace

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from app import create_app
from geo import story_captions, view_state
from layouts import ids, present
from tests.browser.screen import press, tab_to, text

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def test_the_story_runs_first_to_last_by_keyboard_with_nothing_leaving_the_machine(dash_duo, app, atlas):
    story = atlas.stories["ruhr_divide"]
    steps = len(story["steps"])
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#map path.place", timeout=30)  # the first page of a fresh server builds the pack's views
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
    until(lambda: dash_duo.driver.execute_script(f"return document.getElementById('{ids.PRESENT_BAR}').hidden"), timeout=10)
    assert dash_duo.find_element(f"#{ids.INDICATOR}").is_displayed()
    query = dash_duo.driver.current_url.split("?", 1)[-1]
    kept, notices = view_state.parse_query(query, atlas)
    assert notices == []
    assert present.deviates(atlas, replace(kept, present=True, story=story["id"], step=steps - 1)) is False


def open_presentation(dash_duo, app, query: str, viewport: tuple[int, int] | None = None) -> None:
    """Open the presentation at ``query`` once, as a bookmark opens it (on a projector's screen size if given)."""
    dash_duo.start_server(app, navigate=False)
    driver = dash_duo.driver
    if viewport:  # the window is the viewport plus the browser's frame
        width, height = viewport
        driver.set_window_size(width, height)
        frame = driver.execute_script("return [outerWidth - innerWidth, outerHeight - innerHeight]")
        driver.set_window_size(width + frame[0], height + frame[1])
    driver.get(dash_duo.server.url + "/" + query)
    if viewport:
        assert driver.execute_script("return [innerWidth, innerHeight]") == list(viewport)
    until(lambda: len(dash_duo.find_elements("#map path.place")) > 0, timeout=15)


def wait_for_step(dash_duo, atlas, number: int) -> None:
    """The counter, the caption and the URL show step ``number`` of the shipped story."""
    story = atlas.stories["ruhr_divide"]
    dash_duo.wait_for_text_to_equal(f"#{ids.PRESENT_COUNTER}", f"Schritt {number} von {len(story['steps'])}", timeout=15)
    caption = present.caption_text(atlas, present.step_view(atlas, story, number, "de"))
    dash_duo.wait_for_text_to_equal(f"#{ids.PRESENT_CAPTION} p", caption, timeout=10)
    until(lambda: f"step={number}" in dash_duo.driver.current_url, timeout=5)


def click_beside_the_places(dash_duo) -> None:
    """Click the map where no place is (its sea of grey), as a hand on a touchpad does."""
    point = dash_duo.driver.execute_script(
        """
        const map = document.getElementById(arguments[0]), box = map.getBoundingClientRect();
        for (let y = box.height - 30; y > 30; y -= 10) for (let x = 70; x < box.width - 30; x += 10) {
          const hit = document.elementFromPoint(box.left + x, box.top + y);
          if (hit && map.contains(hit) && !hit.closest('path, .leaflet-control')) { return [x, y]; }
        }""",
        ids.MAP,
    )
    ActionChains(dash_duo.driver).move_to_element_with_offset(dash_duo.find_element(f"#{ids.MAP}"), *point).click().perform()


def test_a_clicker_steps_on_after_a_click_on_the_map_and_exploring_leaves_at_the_step_on_screen(dash_duo, app, atlas):
    open_presentation(dash_duo, app, "?present=1&step=3")
    wait_for_step(dash_duo, atlas, 3)
    click_beside_the_places(dash_duo)  # the facilitator clicks into the map: the map has the focus
    assert dash_duo.driver.execute_script("return document.activeElement.id") == ids.MAP
    press(dash_duo, Keys.PAGE_DOWN)
    wait_for_step(dash_duo, atlas, 4)
    dash_duo.find_element(f"#{ids.PRESENT_FULLSCREEN}").click()  # a button of the bar has the focus: Space steps once
    until(lambda: dash_duo.driver.execute_script("return Boolean(document.fullscreenElement)"), timeout=5)
    time.sleep(0.5)  # the facilitator looks up before pressing on; Leaflet finishes fitting the map to the new screen
    press(dash_duo, Keys.SPACE)
    wait_for_step(dash_duo, atlas, 5)

    dash_duo.find_element(f"#{ids.PRESENT_EXIT}").click()
    until(lambda: "present=1" not in dash_duo.driver.current_url, timeout=10)
    fifth = story_captions.step_state(atlas.stories["ruhr_divide"]["steps"][4], atlas)  # the view the story's YAML gives step 5
    dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", atlas.catalog[fifth.indicator]["label"]["de"], timeout=10)
    explored, notices = view_state.parse_query(dash_duo.driver.current_url.split("?", 1)[-1], atlas)
    assert notices == [] and not explored.present
    assert (explored.indicator, explored.level, explored.year, explored.tab) == (fifth.indicator, fifth.level, fifth.year, fifth.tab)
    assert explored.indicator != view_state.DEFAULT.indicator
    assert dash_duo.get_logs() == []


def test_an_adapted_view_keeps_the_caption_readable_beside_the_note(dash_duo, app, atlas):
    open_presentation(dash_duo, app, "?present=1&step=3", viewport=(1280, 720))
    wait_for_step(dash_duo, atlas, 3)
    caption = dash_duo.find_element(f"#{ids.PRESENT_CAPTION} p").text
    dash_duo.find_element(".adapt summary").click()  # "Ansicht anpassen"
    year = dash_duo.find_element(f"#{ids.YEAR} input:checked")
    before = year.get_attribute("value")
    dash_duo.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", year)  # scrolls the step, not the page
    year.click()
    until(lambda: dash_duo.driver.execute_script("return document.activeElement") == year, timeout=5)
    press(dash_duo, Keys.ARROW_LEFT)  # the year row keeps its keys: one year back, not one step back
    until(lambda: "year=" in dash_duo.driver.current_url, timeout=10)
    assert int(dash_duo.find_element(f"#{ids.YEAR} input:checked").get_attribute("value")) < int(before)
    dash_duo.wait_for_contains_text(f"#{ids.PRESENT_CAPTION}", "Die Ansicht weicht von diesem Schritt ab", timeout=10)
    assert dash_duo.find_element(f"#{ids.PRESENT_COUNTER}").text == f"Schritt 3 von {len(atlas.stories['ruhr_divide']['steps'])}"
    assert text(dash_duo.driver, f"#{ids.PRESENT_CAPTION} p") == caption

    seen = dash_duo.driver.execute_script("""
        const p = document.querySelector('#present-caption p'), box = p.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return {inside: box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth,
                uncovered: p.contains(hit)};""")
    assert seen == {"inside": True, "uncovered": True}

    tab_to(dash_duo, f"#{ids.VIEW_TABS['map']}", backwards=True)  # a tab reached by keyboard keeps its arrow keys
    press(dash_duo, Keys.ARROW_RIGHT)
    until(lambda: dash_duo.find_element(f"#{ids.VIEW_TABS['ranking']}").get_attribute("aria-selected") == "true", timeout=5)
    assert dash_duo.find_element(f"#{ids.PRESENT_COUNTER}").text == f"Schritt 3 von {len(atlas.stories['ruhr_divide']['steps'])}"
    dash_duo.find_element(f"#{ids.PRESENT_RESET}").click()  # back to the story: its own year (the step may name it)
    checked = f"#{ids.YEAR} input:checked"  # read in one script: Dash redraws the year row meanwhile
    until(lambda: dash_duo.driver.execute_script("return document.querySelector(arguments[0]).value", checked) == before, timeout=10)
    until(lambda: "Die Ansicht weicht" not in text(dash_duo.driver, f"#{ids.PRESENT_CAPTION}"), timeout=10)


@pytest.mark.parametrize("viewport", [(1280, 720), (1920, 1080)], ids=lambda size: "x".join(map(str, size)))
def test_every_step_fits_the_projector_in_type_the_room_can_read(dash_duo, app, atlas, viewport):
    open_presentation(dash_duo, app, "?present=1", viewport=viewport)
    for number in range(1, len(atlas.stories["ruhr_divide"]["steps"]) + 1):
        wait_for_step(dash_duo, atlas, number) if number > 1 else None
        step = atlas.stories["ruhr_divide"]["steps"][number - 1]
        panel = f"#{ids.RANKING}" if step["panel"] == "ranking" else ".comparison .pane:not([hidden])"
        until(lambda: dash_duo.driver.execute_script(f"return document.querySelectorAll('{panel} svg').length") > 0, timeout=10)
        seen = dash_duo.driver.execute_script(FIT, panel)
        assert seen["scroll"] == [viewport[0], viewport[1]], number  # the page never scrolls
        assert seen["inside"] == {"caption": True, "legend": True, "map": True, "panel": True}, number
        assert min(seen["fonts"].values()) >= 20, (number, seen["fonts"])
        if number < len(atlas.stories["ruhr_divide"]["steps"]):
            press(dash_duo, Keys.PAGE_DOWN)


FIT = """
const panel = document.querySelector(arguments[0]);
const inside = (element) => { const box = element.getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth; };
const smallest = (elements) => Math.min(...[...elements].filter(e => e.getClientRects().length && e.textContent.trim())
  .map(e => parseFloat(getComputedStyle(e).fontSize)));
const chart = panel.querySelector('.main-svg');  // the spatial and projects panes show a map instead
return {
  scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
  inside: {caption: inside(document.querySelector('#present-caption')), legend: inside(document.querySelector('#map-legend')),
           map: inside(document.querySelector('#map')), panel: inside(chart || panel.querySelector('.small-map'))},
  fonts: {caption: smallest(document.querySelectorAll('#present-caption p')),
          legend: smallest(document.querySelectorAll('#map-legend .legend-unit, #map-legend li span')),
          chart: chart ? smallest(panel.querySelectorAll('.main-svg text')) : 20},
};
"""


def test_hovering_a_place_on_the_map_shows_its_bar_in_the_ranking_beside_it(dash_duo, app, atlas):
    open_presentation(dash_duo, app, "?present=1&step=2")  # the step with the ranking beside the map
    dash_duo.wait_for_element(f"#{ids.RANKING} .js-plotly-plot", timeout=10)
    ActionChains(dash_duo.driver).move_to_element(dash_duo.find_element("#map path.ags-05513")).perform()
    hover = f"return document.querySelector('#{ids.RANKING} .hoverlayer').textContent"
    until(lambda: "Gelsenkirchen" in dash_duo.driver.execute_script(hover), timeout=5)
