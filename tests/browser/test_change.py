"""The change between two years, as a person looks for it (issue #15): switch it on, choose the years, read it."""

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains

from app import create_app
from layouts import ids
from tests.browser.screen import choose, text
from tests.browser.test_accessibility import violations

pytestmark = pytest.mark.browser

ROWS = f"return [...document.querySelectorAll('#{ids.TABLE} tbody tr')].map(r => [...r.children].map(c => c.innerText.trim()))"


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def test_a_change_across_the_break_is_refused_and_the_comparable_years_are_one_click_away(dash_duo, app):
    dash_duo.start_server(app)
    driver = dash_duo.driver
    driver.get(dash_duo.server_url + "/?ind=schulabgaenger_ohne_hauptschulabschluss_pct&lvl=kreis")
    until(lambda: len(dash_duo.find_elements("#map path.place")) == 15, timeout=15)

    dash_duo.find_element(f"#{ids.CHANGE_ON} input").click()  # opens on the latest comparable run, 1995–2021
    dash_duo.wait_for_contains_text(f"#{ids.MAP_LEGEND}", "Prozentpunkte · 1995–2021", timeout=10)
    assert "keine Veränderung (±0,0)" in " ".join(text(driver, f"#{ids.MAP_LEGEND}").split())

    choose(dash_duo, ids.CHANGE_TO, "2022")  # across INKAR → Deutschlandatlas
    choose(dash_duo, ids.CHANGE_FROM, "2010")
    dash_duo.wait_for_contains_text(f"#{ids.MAP_LEGEND}", "Zwischen 2010 und 2022 ist die Reihe nicht vergleichbar", timeout=10)
    assert "Kreis Recklinghausen 5,52 → 8,52" in text(driver, f"#{ids.MAP_LEGEND}")
    assert "keine Daten (15)" in " ".join(text(driver, f"#{ids.MAP_LEGEND}").split())  # every place: none has a change
    problems = violations(driver, "change refused")  # the two year choices open, the break's note in the legend
    dash_duo.find_element(f"#{ids.MAP_LEGEND} .change-blocked a").click()  # "Vergleichbare Jahre zeigen: 2010–2021"

    dash_duo.wait_for_contains_text(f"#{ids.MAP_LEGEND}", "Prozentpunkte · 2010–2021", timeout=10)
    assert "change=2010-2021" in driver.current_url
    until(lambda: len(dash_duo.find_elements("#map path.place")) == 15, timeout=10)
    ActionChains(driver).move_to_element(dash_duo.find_element("#map path.ags-05513")).perform()
    dash_duo.wait_for_element(".leaflet-tooltip", timeout=5)
    tooltip = dash_duo.find_element(".leaflet-tooltip").text.splitlines()
    # Gelsenkirchen 10.2 → 12.66 % of school leavers (INKAR 2024), first of 15 in both years
    assert tooltip == ["Gelsenkirchen", "+2,5 Prozentpunkte", "2010: 10,2 → 2021: 12,7 % der Schulabgänger", "Rang 1 → 1 (0)"]

    dash_duo.find_element(f"#{ids.VIEW_TABS['table']}").click()
    dash_duo.wait_for_contains_text(f"#{ids.TABLE} caption", "Veränderung 2010–2021", timeout=10)
    rows = {row[0]: row for row in driver.execute_script(ROWS)}
    assert rows["Gelsenkirchen"][1:4] == ["10,2", "12,7", "+2,5"] and len(rows) == 15
    problems += violations(driver, "change table")
    assert problems == [], "\n".join(problems)
    assert dash_duo.get_logs() == []
