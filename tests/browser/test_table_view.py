"""The table instead of the map, and the numbers under a chart, as a person uses them (issue #14)."""

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from app import create_app
from layouts import ids
from tests.browser.screen import focused, horizontal_overflow, inside_viewport, press, set_screen, settle, tab_to, text

pytestmark = pytest.mark.browser

#: The table's rows as their cells' texts, read in one script.
ROWS = f"return [...document.querySelectorAll('#{ids.TABLE} tbody tr')].map(r => [...r.children].map(c => c.innerText.trim()))"
SORTED = f"return Object.fromEntries([...document.querySelectorAll('#{ids.TABLE} th[aria-sort]')].map(h => [h.innerText.trim(), h.getAttribute('aria-sort')]))"


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def test_the_table_tab_shows_the_maps_values_and_sorts_by_keyboard(dash_duo, app):
    dash_duo.start_server(app)
    driver = dash_duo.driver
    until(lambda: len(dash_duo.find_elements("#map path.place")) == 53, timeout=15)
    ActionChains(driver).move_to_element(dash_duo.find_element("#map path.ags-05513000")).perform()
    dash_duo.wait_for_element(".leaflet-tooltip", timeout=5)
    tooltip = dash_duo.find_element(".leaflet-tooltip").text  # "Gelsenkirchen", "1,000 Index 0–1 (2021)", "Rang 1 von 53 …"

    dash_duo.find_element(f"#{ids.VIEW_TABS['table']}").click()
    dash_duo.wait_for_element(f"#{ids.TABLE} table caption", timeout=10)
    assert dash_duo.find_element(f"#{ids.TABLE_PANEL}").is_displayed() and not dash_duo.find_element(f"#{ids.MAP_PANEL}").is_displayed()
    assert text(driver, f"#{ids.TABLE} caption").startswith("Tabelle statt Karte: " + text(driver, f"#{ids.MAP_TITLE}").strip())
    rows = {row[0]: row for row in driver.execute_script(ROWS)}
    assert len(rows) == 53
    place, value, unit, rank, *_ = rows["Gelsenkirchen"]
    assert tooltip.splitlines()[0] == place and f"{value} {unit} (2021)" in tooltip and f"Rang {rank} von 53" in tooltip

    # by keyboard: into the table's header, the "Wert" button, Enter sorts ascending, Enter again descending
    tab_to(dash_duo, f"#{ids.TABLE} th:nth-child(2) button")
    assert focused(driver)["text"].startswith("Wert")
    press(dash_duo, Keys.ENTER)
    until(lambda: driver.execute_script(SORTED) == {"Wert": "ascending"}, timeout=10)
    values = [float(row[1].replace(",", ".")) for row in driver.execute_script(ROWS)]
    assert values == sorted(values) and driver.execute_script(ROWS)[-1][0] == "Gelsenkirchen"
    press(dash_duo, Keys.ENTER)  # the focus stayed on the button
    until(lambda: driver.execute_script(SORTED) == {"Wert": "descending"}, timeout=10)
    assert driver.execute_script(ROWS)[0][0] == "Gelsenkirchen"

    # a new year while the table is shown: the table follows, in the chosen sort
    dash_duo.find_element(f"#{ids.YEAR} input:checked").send_keys(Keys.ARROW_LEFT)
    dash_duo.wait_for_contains_text(f"#{ids.TABLE} caption", "2020", timeout=10)
    assert driver.execute_script(SORTED) == {"Wert": "descending"}
    values = [float(row[1].replace(",", ".")) for row in driver.execute_script(ROWS)]
    assert values == sorted(values, reverse=True)
    assert dash_duo.get_logs() == []


def test_a_charts_numbers_open_under_it(dash_duo, app):
    dash_duo.start_server(app)
    driver = dash_duo.driver
    dash_duo.find_element(f"#{ids.COMPARISON_TABS['trend']}").click()
    summary = f"#{ids.COMPARISON_PANES['trend']} .numbers summary"
    dash_duo.wait_for_text_to_equal(summary, "Zahlen als Tabelle", timeout=10)
    chart, details = (
        driver.execute_script(f"return document.querySelector('{s}').getBoundingClientRect().top") for s in (f"#{ids.TREND_CHART}", summary)
    )
    assert details > chart  # under the chart
    assert not dash_duo.find_element(f"#{ids.COMPARISON_PANES['trend']} .numbers table").is_displayed()
    dash_duo.find_element(summary).click()
    table = f"#{ids.COMPARISON_PANES['trend']} .numbers table"
    until(lambda: dash_duo.find_element(table).is_displayed(), timeout=5)
    assert text(driver, f"{table} thead").split("\t")[0].strip() == "Jahr"
    first = driver.execute_script(f"return [...document.querySelectorAll('{table} tbody tr')].map(r => r.cells[0].innerText)")
    assert first[0] == "1998" and first[-1] == "2021"
    assert dash_duo.get_logs() == []


@pytest.mark.parametrize("screen", ["projector", "phone"])
def test_the_table_scrolls_inside_its_box_on_a_projector_and_a_phone(dash_duo, app, screen):
    dash_duo.start_server(app)
    driver = dash_duo.driver
    set_screen(driver, screen)
    driver.get(dash_duo.server_url + "/?panel=table")  # a link to the table view
    dash_duo.wait_for_contains_text(f"#{ids.TABLE} tbody", "Gelsenkirchen", timeout=15)
    assert settle(lambda: horizontal_overflow(driver)) == []
    box = f"#{ids.TABLE}"
    assert settle(lambda: inside_viewport(driver, box)) == []  # the whole box on one screen: the rows scroll in it
    scrolls = driver.execute_script(f"const b = document.querySelector('{box}'); return b.scrollHeight > b.clientHeight")
    assert scrolls and len(driver.execute_script(ROWS)) == 53
    assert dash_duo.get_logs() == []
