"""A person builds an own index by clicking and typing, sees map and ranking change, and opens its permalink."""

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

from app import create_app
from geo import own_index
from layouts import ids
from tests.browser.screen import drawn_shapes, press, screenshot, set_screen

pytestmark = pytest.mark.browser

INGREDIENTS = ("Arbeitslose je 100", "Gemeindeanteil an der Einkommensteuer", "GISD")


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def fills(driver) -> dict:
    """Fill colour of every place on the map, by AGS."""
    return driver.execute_script(
        "return Object.fromEntries([...document.querySelectorAll('#map path.place')].map("
        "p => [[...p.classList].find(c => c.startsWith('ags-')).slice(4), p.getAttribute('fill')]))"
    )


def ranking_order(driver) -> list:
    """The places of the ranking chart, in the order its bars stand."""
    return driver.execute_script(
        f"const g = document.querySelector('#{ids.RANKING} .js-plotly-plot'); return g && g.data ? g.data[0].y : [];"
    )


def loaded(dash_duo) -> None:
    until(lambda: drawn_shapes(dash_duo.driver, f"#{ids.MAP}") == (53, 53), timeout=20)


def test_a_person_builds_an_index_from_three_indicators_and_its_permalink_shows_the_same(dash_duo, app):
    dash_duo.start_server(app)
    set_screen(dash_duo.driver, "desktop")
    dash_duo.driver.refresh()
    loaded(dash_duo)
    driver = dash_duo.driver
    before_fills, before_order = fills(driver), ranking_order(driver)

    summary = dash_duo.find_element(f"#{ids.INDEX_PANEL} summary")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", summary)
    summary.click()
    for name in INGREDIENTS:  # type a name into the list and take the first match with Enter
        dash_duo.find_element(f"#{ids.INDEX_INDICATORS}").click()
        until(lambda: driver.switch_to.active_element.get_attribute("type") == "search", timeout=5)
        press(dash_duo, name)
        until(lambda: len(dash_duo.find_elements(".dash-dropdown-option")) >= 1, timeout=5)
        press(dash_duo, Keys.ENTER)
        press(dash_duo, Keys.ESCAPE)
    until(lambda: len(dash_duo.find_elements(f"#{ids.INDEX_ROWS} fieldset")) == 3, timeout=10)
    rows = dash_duo.find_elements(f"#{ids.INDEX_ROWS} fieldset")
    directions = [r.find_element("css selector", "input:checked").get_attribute("value") for r in rows]
    assert directions == ["w", "b", "w"]  # the catalog's polarity: unemployment and deprivation worse, income better
    weight = rows[0].find_element("css selector", "input[type=number]")
    weight.send_keys(Keys.CONTROL, "a")
    weight.send_keys("3")
    dash_duo.find_element(f"#{ids.INDEX_NORMALISATION} input[value=minmax]").click()
    dash_duo.find_element(f"#{ids.INDEX_APPLY}").click()

    until(lambda: f"ind={own_index.INDEX_ID}" in driver.current_url, timeout=15)
    assert "arbeitslose_je_100_ew_15_64-3-w" in driver.current_url and "-minmax~" in driver.current_url
    dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", "Eigener Index", timeout=10)
    until(lambda: fills(driver) != before_fills, timeout=10)
    until(lambda: ranking_order(driver) not in ([], before_order), timeout=15)
    built_fills, built_order = fills(driver), ranking_order(driver)
    assert len(built_order) == 53 and len(set(built_fills.values())) == 5  # five classes
    assert not dash_duo.find_element(f"#{ids.ROBUST_SHOW}").is_displayed()  # under the ranking, not on screen yet
    dash_duo.find_element(f"#{ids.VIEW_TABS['ranking']}").click()
    dash_duo.find_element(f"#{ids.ROBUST_SHOW}").click()  # how robust is it?
    dash_duo.wait_for_contains_text(f"#{ids.ROBUST_BODY}", "Am stärksten hängt der Rang", timeout=20)
    dash_duo.wait_for_element(f"#{ids.ROBUST_CHART} .main-svg", timeout=10)
    plot = driver.execute_script(f"return document.querySelector('#{ids.ROBUST_CHART} .nsewdrag').getBoundingClientRect().width;")
    assert plot > 300  # the rank ranges have the width of the ranking, not of the narrow controls column
    screenshot(driver, "own-index-built")

    permalink = driver.current_url
    driver.get(permalink)  # the link the page shows, opened anew
    dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", "Eigener Index", timeout=20)
    loaded(dash_duo)
    until(lambda: fills(driver) == built_fills, timeout=10)
    until(lambda: ranking_order(driver) == built_order, timeout=10)
    assert dash_duo.find_element(f"#{ids.INDEX_PANEL}").get_attribute("open") is not None  # the builder shows the recipe
    assert len(dash_duo.find_elements(f"#{ids.INDEX_ROWS} fieldset")) == 3
    assert dash_duo.get_logs() == []
