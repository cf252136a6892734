"""The atlas by keyboard alone (issue #14): skip links, one tab stop per map, places chosen with the arrow keys,
comparison tabs as ARIA tabs, and what a screen reader is told.

Each test loads the page once; after that only keys are pressed.
"""

from pathlib import Path

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

from app import create_app
from geo import query
from geo.view_state import DEFAULT, TABS
from layouts import ids, map_panel
from tests.browser.screen import accessible, drawn_shapes, focused, press, tab_to, text

pytestmark = pytest.mark.browser

#: The place the map keys are on: its AGS and the centre of its shape on screen.
KEYBOARD_PLACE = """
    const p = document.querySelector('#map path.keyboard-place');
    if (!p) return null;
    const r = p.getBoundingClientRect();
    return {ags: p.getAttribute('class').match(/ags-(\\d+)/)[1], x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2};"""
ARROWS = {Keys.ARROW_RIGHT: (1, 0), Keys.ARROW_DOWN: (0, 1), Keys.ARROW_LEFT: (-1, 0), Keys.ARROW_UP: (0, -1)}


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def start(dash_duo, app) -> None:
    dash_duo.start_server(app)
    until(lambda: drawn_shapes(dash_duo.driver, f"#{ids.MAP}") == (53, 53), timeout=15)


def test_the_map_is_one_tab_stop_and_the_arrow_keys_choose_a_place(dash_duo, app, atlas):
    start(dash_duo, app)
    driver = dash_duo.driver
    press(dash_duo, Keys.TAB)
    assert focused(driver)["id"] == ids.SKIP_LINKS["map"]
    press(dash_duo, Keys.ENTER)
    assert focused(driver) | {"text": ""} == {"id": ids.MAP, "role": "application", "labelledby": ids.MAP_TITLE, "text": ""}
    assert "Pfeiltasten" in driver.execute_script(f"return document.getElementById('{ids.MAP_KEYS_HELP}').textContent")
    assert driver.execute_script("return [...document.querySelectorAll('#map path')].filter(p => p.tabIndex >= 0).length") == 0

    hideout = map_panel.hideout(atlas, DEFAULT, query.map_view(atlas, DEFAULT))
    press(dash_duo, Keys.ARROW_RIGHT)  # the first arrow goes to the place in the middle of the map
    until(lambda: driver.execute_script(KEYBOARD_PLACE) is not None, timeout=5)
    place = driver.execute_script(KEYBOARD_PLACE)
    for key, (dx, dy) in ARROWS.items():
        press(dash_duo, key)
        until(lambda: driver.execute_script(KEYBOARD_PLACE)["ags"] != place["ags"], timeout=5)
        after = driver.execute_script(KEYBOARD_PLACE)
        along = (after["x"] - place["x"]) * dx + (after["y"] - place["y"]) * dy
        across = abs((after["x"] - place["x"]) * dy - (after["y"] - place["y"]) * dx)
        assert along > 0 and across <= 1.74 * along + 2, (key, place, after)  # within 60° of the arrow's direction
        said = text(driver, f"#{ids.MAP_KEYS_STATUS}")
        # what is read out: the place's name, its value and its rank, as its tooltip shows them
        assert hideout["value"][after["ags"]] in said and f"Rang {hideout['rank'][after['ags']]} von 53" in said
        place = after

    name = text(driver, f"#{ids.MAP_KEYS_STATUS}").split(".")[0]
    press(dash_duo, Keys.ENTER)  # chooses it, as a click would
    until(lambda: f"sel={place['ags']}" in driver.current_url, timeout=10)
    dash_duo.wait_for_text_to_equal(f"#{ids.PROFILE_TITLE}", name, timeout=20)
    assert focused(driver)["id"] == ids.MAP  # the keys stay on the map

    press(dash_duo, Keys.ESCAPE)
    assert driver.execute_script(KEYBOARD_PLACE) is None
    press(dash_duo, Keys.TAB)
    assert driver.execute_script("return document.activeElement.getAttribute('aria-label')") == "Vergrößern"


def test_the_comparison_tabs_are_one_tab_stop_and_follow_the_arrow_keys(dash_duo, app):
    start(dash_duo, app)
    driver = dash_duo.driver
    press(dash_duo, Keys.TAB, Keys.TAB, Keys.TAB)  # past "Zur Karte springen" and "Tabelle statt Karte"
    assert focused(driver)["id"] == ids.SKIP_LINKS["comparison"]
    press(dash_duo, Keys.ENTER)
    assert focused(driver)["id"] == ids.COMPARISON_TABS["zones"]
    for tab in [*TABS[1:], TABS[0]]:  # round and back to the first
        press(dash_duo, Keys.ARROW_RIGHT)
        dash_duo.wait_for_element(f"#{ids.COMPARISON_PANES[tab]}:not([hidden])", timeout=10)
        assert focused(driver)["id"] == ids.COMPARISON_TABS[tab]
        selected = driver.execute_script(
            f"return [...document.querySelectorAll('#{ids.COMPARISON_TABLIST} [aria-selected=true]')].map(t => t.id)"
        )
        assert selected == [ids.COMPARISON_TABS[tab]]
        until(lambda: (f"tab={tab}" in driver.current_url) == (tab != "zones"), timeout=10)
    press(dash_duo, Keys.END)
    dash_duo.wait_for_element(f"#{ids.COMPARISON_PANES['projects']}:not([hidden])", timeout=10)
    press(dash_duo, Keys.TAB)  # one tab stop for the list: the next stop is inside the pane
    assert focused(driver)["role"] != "tab"


def test_a_year_changed_by_keyboard_is_announced(dash_duo, app):
    start(dash_duo, app)
    driver = dash_duo.driver
    assert text(driver, f"#{ids.MAP_ANNOUNCE}") == ""  # nothing is said on arrival
    dash_duo.find_element(f"#{ids.YEAR} input:checked").send_keys(Keys.ARROW_LEFT)
    dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", "2020", timeout=10)
    announced = driver.execute_script(f"return document.getElementById('{ids.MAP_ANNOUNCE}').textContent")
    assert announced == "Die Karte zeigt jetzt: " + text(driver, f"#{ids.MAP_TITLE}").replace("\n", " ")
    assert driver.execute_script(f"return document.getElementById('{ids.MAP_ANNOUNCE}').getAttribute('role')") == "status"


def test_each_map_and_chart_is_named_and_described_in_words(dash_duo, app):
    start(dash_duo, app)
    driver = dash_duo.driver
    summary = text(driver, f"#{ids.MAP_SUMMARY}")
    the_map = accessible(driver, f"#{ids.MAP}")
    assert the_map["role"] == "application" and the_map["name"] == text(driver, f"#{ids.MAP_TITLE}").replace("\n", " ")
    assert the_map["description"].startswith(summary) and "Pfeiltasten" in the_map["description"]

    dash_duo.find_element(f"#{ids.VIEW_TABS['ranking']}").click()
    ranking = accessible(driver, f"#{ids.RANKING_PANEL} [role=img]")
    assert ranking == {"role": "image", "name": "Rangliste", "description": summary}

    dash_duo.find_element(f"#{ids.COMPARISON_TABS['trend']}").click()
    dash_duo.wait_for_element(f"#{ids.COMPARISON_PANES['trend']}:not([hidden]) .gap-sentence", timeout=10)
    trend = accessible(driver, f"#{ids.COMPARISON_PANES['trend']} [role=img]")
    assert trend["role"] == "image" and trend["name"] == "Entwicklung"
    assert text(driver, f"#{ids.COMPARISON_PANES['trend']} .gap-sentence") in trend["description"]

    dash_duo.find_element(f"#{ids.YEAR} input:checked").send_keys(Keys.ARROW_LEFT)  # the words follow the view
    until(lambda: text(driver, f"#{ids.MAP_SUMMARY}") not in ("", summary), timeout=10)
    dash_duo.find_element(f"#{ids.VIEW_TABS['map']}").click()
    assert accessible(driver, f"#{ids.MAP}")["description"].startswith(text(driver, f"#{ids.MAP_SUMMARY}"))


def test_a_whole_visit_by_keyboard_alone(dash_duo, app, atlas):
    """From the top of the page with Tab, arrows, Enter and Escape only: a place from the map, its profile, the
    ranking, the table view, a CSV, every comparison tab, the panels, a presentation step (issue #14's keyboard journey)."""
    start(dash_duo, app)
    driver = dash_duo.driver
    press(dash_duo, Keys.TAB, Keys.ENTER)  # "Zur Karte springen"
    assert focused(driver)["id"] == ids.MAP
    target = "05513000"  # Gelsenkirchen, walked to with the arrow keys
    press(dash_duo, Keys.ARROW_DOWN)
    for _ in range(12):
        place = driver.execute_script(KEYBOARD_PLACE)
        if place and place["ags"] == target:
            break
        box = driver.execute_script(
            f"const r = document.querySelector('#map path.ags-{target}').getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];"
        )
        dx, dy = (box[0] + box[2]) / 2 - place["x"], (box[1] + box[3]) / 2 - place["y"]
        press(
            dash_duo,
            (Keys.ARROW_RIGHT if dx > 0 else Keys.ARROW_LEFT) if abs(dx) > abs(dy) else (Keys.ARROW_DOWN if dy > 0 else Keys.ARROW_UP),
        )
    assert driver.execute_script(KEYBOARD_PLACE)["ags"] == target
    assert text(driver, f"#{ids.MAP_KEYS_STATUS}").startswith("Gelsenkirchen")
    press(dash_duo, Keys.ENTER)
    dash_duo.wait_for_text_to_equal(f"#{ids.PROFILE_TITLE}", "Gelsenkirchen", timeout=20)
    assert dash_duo.find_element(f"#{ids.PROFILE}").is_displayed()
    press(dash_duo, Keys.ESCAPE)

    tab_to(dash_duo, f"#{ids.VIEW_TABS['map']}", backwards=True)  # the view tabs stand just before the map
    press(dash_duo, Keys.ARROW_RIGHT)
    dash_duo.wait_for_element(f"#{ids.RANKING_PANEL}:not([hidden]) .js-plotly-plot", timeout=10)
    press(dash_duo, Keys.ARROW_RIGHT)  # the table view
    dash_duo.wait_for_contains_text(f"#{ids.TABLE_PANEL}:not([hidden]) tbody tr", "Gelsenkirchen", timeout=10)
    press(dash_duo, Keys.HOME)
    dash_duo.wait_for_element(f"#{ids.MAP_PANEL}:not([hidden])", timeout=10)

    tab_to(dash_duo, ".share summary")
    press(dash_duo, Keys.ENTER)
    tab_to(dash_duo, f"#{ids.EXPORT_BUTTONS['csv']}")
    press(dash_duo, Keys.ENTER)
    folder = Path(dash_duo.download_path)
    until(lambda: [p for p in folder.glob("*.csv")], timeout=30)
    (csv,) = folder.glob("*.csv")
    assert "Gelsenkirchen" in csv.read_text(encoding="utf-8")

    tab_to(dash_duo, f"#{ids.COMPARISON_TABS['zones']}", limit=150)  # past the profile's data-page links
    for tab in TABS[1:]:
        press(dash_duo, Keys.ARROW_RIGHT)
        dash_duo.wait_for_element(f"#{ids.COMPARISON_CONTENT[tab]} > *", timeout=30)  # a first answer on a busy CI core
        assert dash_duo.find_element(f"#{ids.COMPARISON_PANES[tab]}").is_displayed()

    tab_to(dash_duo, ".upload-panel summary", backwards=True, limit=150)  # back past the profile's data-page links
    press(dash_duo, Keys.ENTER)
    assert driver.execute_script("return document.querySelector('.upload-panel').open")
    press(dash_duo, Keys.TAB)
    assert driver.execute_script("return document.querySelector('.upload-panel').contains(document.activeElement)")

    tab_to(dash_duo, f"#{ids.PRESENT_START}", backwards=True)
    press(dash_duo, Keys.ENTER)
    steps = len(atlas.stories["ruhr_divide"]["steps"])
    dash_duo.wait_for_text_to_equal(f"#{ids.PRESENT_COUNTER}", f"Schritt 1 von {steps}", timeout=15)
    press(dash_duo, Keys.ARROW_RIGHT)
    dash_duo.wait_for_text_to_equal(f"#{ids.PRESENT_COUNTER}", f"Schritt 2 von {steps}", timeout=15)
    tab_to(dash_duo, ".adapt summary")
    press(dash_duo, Keys.ENTER)
    assert driver.execute_script("return document.querySelector('.adapt').open")
    tab_to(dash_duo, f"#{ids.PRESENT_EXIT}", backwards=True)
    press(dash_duo, Keys.ENTER)
    until(lambda: "present=1" not in driver.current_url, timeout=10)
    assert dash_duo.get_logs() == []
