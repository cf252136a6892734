"""Journeys as a person walks them: load once, then click, tap and press keys (issue #13).

No URL is typed after the first load. Each journey asserts what the person would see:
maps with their shapes at real size, charts inside their panels, the legend and the
comparison on the first screen, nothing wider than the window.
"""

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

from app import create_app
from geo.view_state import TABS
from layouts import ids
from tests.browser.screen import (
    SCREENS,
    drawn_shapes,
    horizontal_overflow,
    inside_viewport,
    press,
    rect,
    screenshot,
    set_screen,
    settle,
    spills,
)

pytestmark = pytest.mark.browser

#: What each comparison tab shows: its small map (with the number of shapes it must draw) and/or its chart.
TAB_MAPS = {"zones": ids.ZONE_MAP, "spatial": ids.LISA_MAP, "projects": ids.BIVARIATE_MAP}
TAB_CHARTS = {
    "zones": ids.ZONE_CHART,
    "trend": ids.TREND_CHART,
    "inequality": ids.INEQUALITY_CHART,
    "convergence": ids.CONVERGENCE_CHART,
    "scatter": ids.SCATTER_CHART,
}


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def start(dash_duo, app, screen: str = "desktop") -> None:
    dash_duo.start_server(app)
    set_screen(dash_duo.driver, screen)
    dash_duo.driver.refresh()  # the first page at the screen's own size
    until(lambda: drawn_shapes(dash_duo.driver, f"#{ids.MAP}") == (53, 53), timeout=15)


def tab_shown_properly(dash_duo, tab: str) -> list[str]:
    """The tab's pane is shown, its map draws every place at real size and its chart sits inside the pane."""
    driver = dash_duo.driver
    pane = f"#{ids.COMPARISON_PANES[tab]}"
    problems = []
    if tab in TAB_MAPS:
        total, drawn = drawn_shapes(driver, f"#{TAB_MAPS[tab]}")
        if total != 53 or drawn != 53:
            problems.append(f"{tab}: {drawn} of {total} shapes drawn at real size, 53 expected")
    if tab in TAB_CHARTS:
        chart = rect(driver, f"#{TAB_CHARTS[tab]} .main-svg")
        if chart is None or chart[3] - chart[1] < 100:
            problems.append(f"{tab}: chart not drawn ({chart})")
        box = rect(driver, f"#{TAB_CHARTS[tab]}")
        if box is None or box[3] - box[1] < 100:
            problems.append(f"{tab}: the chart's box is {box}; a box lower than its chart lets it spill over the text")
    problems += spills(driver, ".main-svg", pane) + spills(driver, ".main-svg", ".comparison")
    return problems


def click_tab(dash_duo, tab: str) -> None:
    dash_duo.find_element(f"#{ids.COMPARISON_TABS[tab]}").click()
    until(lambda: f"tab={tab}" in dash_duo.driver.current_url or (tab == "zones" and "tab=" not in dash_duo.driver.current_url), timeout=10)
    dash_duo.wait_for_element(f"#{ids.COMPARISON_PANES[tab]}:not([hidden])", timeout=10)


def test_every_comparison_tab_draws_its_map_and_chart_in_both_directions(dash_duo, app):
    start(dash_duo, app)
    for tab in (*TABS[1:], *reversed(TABS[:-1])):  # there and back again: zones is left and re-entered last
        click_tab(dash_duo, tab)
        assert not settle(lambda: tab_shown_properly(dash_duo, tab)), f"after clicking {tab}"
    assert drawn_shapes(dash_duo.driver, f"#{ids.MAP}") == (53, 53)
    assert dash_duo.get_logs() == []


def test_a_page_opened_on_a_later_tab_draws_the_first_tab_when_it_is_chosen(dash_duo, app):
    dash_duo.start_server(app)
    set_screen(dash_duo.driver, "desktop")
    dash_duo.driver.get(dash_duo.server_url + "/?tab=spatial")
    assert not settle(lambda: tab_shown_properly(dash_duo, "spatial"), timeout=15)
    click_tab(dash_duo, "zones")
    assert not settle(lambda: tab_shown_properly(dash_duo, "zones"))


def test_the_ranking_is_one_click_away_and_the_map_comes_back_by_keyboard(dash_duo, app):
    start(dash_duo, app)
    assert dash_duo.find_element(f"#{ids.RANKING_PANEL}").is_displayed() is False
    dash_duo.find_element(f"#{ids.VIEW_TABS['ranking']}").click()
    until(lambda: len(dash_duo.find_elements(f"#{ids.RANKING} .bars path")) == 53, timeout=10)
    assert not settle(lambda: spills(dash_duo.driver, ".main-svg", f"#{ids.RANKING_PANEL}"))
    assert rect(dash_duo.driver, f"#{ids.RANKING} .main-svg")[2] - rect(dash_duo.driver, f"#{ids.RANKING} .main-svg")[0] > 300
    assert not dash_duo.find_element(f"#{ids.MAP_PANEL}").is_displayed()
    assert dash_duo.find_element(f"#{ids.VIEW_TABS['ranking']}").get_attribute("aria-selected") == "true"
    press(dash_duo, Keys.ARROW_LEFT)  # the focused tab moves to "Karte"
    until(lambda: dash_duo.find_element(f"#{ids.MAP_PANEL}").is_displayed(), timeout=5)
    assert dash_duo.driver.switch_to.active_element.get_attribute("id") == ids.VIEW_TABS["map"]
    until(lambda: drawn_shapes(dash_duo.driver, f"#{ids.MAP}") == (53, 53), timeout=5)


def first_screen_problems(dash_duo, screen: str) -> list[str]:
    """What issue #13 asks of the first screen at this size."""
    driver = dash_duo.driver
    problems = horizontal_overflow(driver) + inside_viewport(driver, f"#{ids.MAP}") + inside_viewport(driver, f"#{ids.MAP_LEGEND} .legend")
    problems += spills(driver, ".main-svg", ".comparison") + spills(driver, ".leaflet-container", ".pane, .map-and-legend")
    if screen != "phone":  # the comparison and the profile beside the map
        problems += inside_viewport(driver, ".comparison h2") + inside_viewport(
            driver, ".profile-sheet"
        )  # the profile's box (it scrolls inside)
    return problems


@pytest.mark.parametrize("screen", SCREENS)
def test_the_first_screen_holds_map_legend_comparison_and_profile(dash_duo, app, screen):
    start(dash_duo, app, screen)
    assert not settle(lambda: first_screen_problems(dash_duo, screen))
    screenshot(dash_duo.driver, f"default-{screen}")
    if screen == "phone":  # tap a place: its profile slides up from the bottom, inside the window
        dash_duo.find_element(f"#{ids.MAP} path.ags-05513000").click()
        dash_duo.wait_for_contains_text(f"#{ids.PROFILE} h2", "Gelsenkirchen", timeout=10)
        assert not inside_viewport(dash_duo.driver, f"#{ids.PROFILE} h2")
        assert not horizontal_overflow(dash_duo.driver)
    else:
        dash_duo.find_element(f"#{ids.MAP} path.ags-05513000").click()
        dash_duo.wait_for_contains_text(f"#{ids.PROFILE} h2", "Gelsenkirchen", timeout=10)
        click_tab(dash_duo, "trend")
        assert not settle(lambda: first_screen_problems(dash_duo, screen) + tab_shown_properly(dash_duo, "trend"))
    screenshot(dash_duo.driver, f"profile-{screen}")


def test_on_a_phone_the_controls_fold_into_a_drawer(dash_duo, app):
    start(dash_duo, app, "phone")
    toggle = dash_duo.find_element(f"#{ids.DRAWER_TOGGLE}")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not dash_duo.find_element(f"#{ids.INDICATOR}").is_displayed()
    assert rect(dash_duo.driver, f"#{ids.MAP}")[1] < SCREENS["phone"][1] / 2  # the map starts in the upper half of the first screen
    toggle.click()
    until(lambda: dash_duo.find_element(f"#{ids.INDICATOR}").is_displayed(), timeout=5)
    assert toggle.get_attribute("aria-expanded") == "true"
    assert not horizontal_overflow(dash_duo.driver)
    toggle.click()
    until(lambda: not dash_duo.find_element(f"#{ids.INDICATOR}").is_displayed(), timeout=5)
