"""The spatial tab as a person uses it: choose the bivariate clusters by click, the hot spots by keyboard, leave
out the Rhine crossings, and see the small map drawn, its class letters and its table."""

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

from layouts import ids
from tests.browser.screen import drawn_shapes, screenshot, settle, text
from tests.browser.test_journeys import app, click_tab, start, tab_shown_properly  # noqa: F401 (app is a fixture)

pytestmark = pytest.mark.browser
SLOW = 60  # a local statistic with 99,999 permutations takes seconds on a loaded machine


def content(dash_duo) -> str:
    return text(dash_duo.driver, f"#{ids.COMPARISON_CONTENT['spatial']}")


def marks(dash_duo) -> int:
    return len(dash_duo.find_elements(f"#{ids.LISA_MAP} .class-mark"))


def test_bivariate_clusters_by_click_hot_spots_by_keyboard_and_weights_without_the_rhine(dash_duo, app):  # noqa: F811
    start(dash_duo, app)
    click_tab(dash_duo, "spatial")
    assert not settle(lambda: tab_shown_properly(dash_duo, "spatial"), timeout=SLOW)
    until(lambda: "HH" in [m.text for m in dash_duo.find_elements(f"#{ids.LISA_MAP} .class-mark")], timeout=SLOW)

    dash_duo.find_element(f"#{ids.SPATIAL_MODE} input[value='bivariate']").click()
    until(lambda: "sp=bivariate" in dash_duo.driver.current_url, timeout=10)
    until(lambda: "Bivariate Cluster über 53 Einheiten" in content(dash_duo), timeout=SLOW)
    assert dash_duo.find_element(f"#{ids.SPATIAL_SECOND_BOX}").is_displayed()
    assert "Gemeindeanteil an der Einkommensteuer bei den Nachbarn" in content(dash_duo)
    assert not settle(lambda: tab_shown_properly(dash_duo, "spatial"))
    until(lambda: marks(dash_duo) > 0, timeout=10)
    screenshot(dash_duo.driver, "spatial-bivariate")

    dash_duo.find_element(f"#{ids.SPATIAL_MODE} input:checked").send_keys(Keys.ARROW_DOWN)  # the next statistic: Gi*
    until(lambda: "sp=hotspots" in dash_duo.driver.current_url, timeout=10)
    until(lambda: "Hot und Cold Spots von" in content(dash_duo), timeout=SLOW)
    assert not dash_duo.find_element(f"#{ids.SPATIAL_SECOND_BOX}").is_displayed()
    assert not settle(lambda: tab_shown_properly(dash_duo, "spatial"))
    until(lambda: {m.text for m in dash_duo.find_elements(f"#{ids.LISA_MAP} .class-mark")} == {"+", "−"}, timeout=10)

    dash_duo.find_element(f"#{ids.SPATIAL_RHINE} input").send_keys(Keys.SPACE)  # untick: without the Rhine crossings
    until(lambda: "rhine=0" in dash_duo.driver.current_url, timeout=10)
    until(lambda: "Ohne die zwei Nachbarschaften über den Rhein" in content(dash_duo), timeout=SLOW)

    summary = dash_duo.find_element(f"#{ids.COMPARISON_CONTENT['spatial']} details.numbers summary")
    summary.send_keys(Keys.ENTER)  # the table under the map opens by keyboard
    rows = f"#{ids.COMPARISON_CONTENT['spatial']} details.numbers tbody tr"
    until(lambda: len(dash_duo.find_elements(rows)) == 53 and dash_duo.find_element(rows).is_displayed(), timeout=10)
    assert "Hot Spot: mit den Nachbarn zusammen hoch" in text(dash_duo.driver, f"#{ids.COMPARISON_CONTENT['spatial']} details.numbers")
    assert drawn_shapes(dash_duo.driver, f"#{ids.LISA_MAP}") == (53, 53)
    screenshot(dash_duo.driver, "spatial-hotspots")
    assert dash_duo.get_logs() == []
