"""Sharing in headless Chromium: a copied link reopens the view on screen, and a copied iframe shows its panel whole."""

import html
import re

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

from app import create_app
from geo.view_state import TABS
from layouts import ids

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def open_page(dash_duo, app) -> None:
    dash_duo.start_server(app)
    dash_duo.wait_for_element(f"#{ids.PAGE} .leaflet-container")
    until(lambda: len(dash_duo.find_elements("#map path.place")) == 53, timeout=10)


def on_screen(dash_duo) -> dict:
    """What a visitor reads: the map title, the legend, the open profile and the comparison tab."""
    return {
        "title": dash_duo.find_element(f"#{ids.MAP_TITLE}").text,
        "legend": dash_duo.find_element(f"#{ids.MAP_LEGEND}").text,
        "profile": [e.text for e in dash_duo.find_elements(f"#{ids.PROFILE_TITLE}")],
        "tab": dash_duo.find_element(f"#{ids.COMPARISON_TABLIST} [aria-selected=true]").text,
    }


def choose_radio(dash_duo, radio_id: str, label: str) -> None:
    next(e for e in dash_duo.find_elements(f"#{radio_id} label") if e.text == label).click()


def iframe(dash_duo) -> dict:
    """The attributes of the iframe code in the share menu."""
    code = dash_duo.find_element(f"#{ids.EMBED_CODE}").get_attribute("value")
    return {name: html.unescape(value) for name, value in re.findall(r'(\w+)="([^"]*)"', code)}


def test_a_copied_permalink_reopens_the_view_on_screen(dash_duo, app):
    open_page(dash_duo, app)
    dash_duo.find_element(f"#{ids.YEAR} input:checked").send_keys(Keys.ARROW_LEFT)  # one year back, by keyboard
    dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", ", 2020", timeout=10)
    dash_duo.find_element("#map path.ags-05513000").click()
    dash_duo.wait_for_text_to_equal(f"#{ids.PROFILE_TITLE}", "Gelsenkirchen", timeout=20)
    dash_duo.find_element(f"#{ids.COMPARISON_TABS['trend']}").click()
    dash_duo.wait_for_element(f"#{ids.COMPARISON_PANES['trend']}:not([hidden])", timeout=10)
    seen = on_screen(dash_duo)

    dash_duo.find_element(".share summary").click()
    permalink = dash_duo.find_element(f"#{ids.PERMALINK}").get_attribute("value")
    embed = iframe(dash_duo)
    assert permalink.startswith(dash_duo.server_url + "/?")
    assert embed["src"] == permalink + "&embed=1"
    assert embed["title"] == "Ruhr-Disparitätenatlas: Karte – " + seen["title"]
    choose_radio(dash_duo, ids.EMBED_PANEL, "Rangfolge")
    until(lambda: iframe(dash_duo)["src"] == permalink + "&embed=1&panel=ranking", timeout=5)
    assert iframe(dash_duo)["title"] == "Ruhr-Disparitätenatlas: Rangfolge – " + seen["title"]

    dash_duo.driver.get(permalink)  # the visitor pastes the copied link
    dash_duo.wait_for_element(f"#{ids.PAGE} .leaflet-container")
    dash_duo.wait_for_text_to_equal(f"#{ids.PROFILE_TITLE}", "Gelsenkirchen", timeout=20)
    until(lambda: len(dash_duo.find_elements("#map path.place")) == 53, timeout=10)
    assert on_screen(dash_duo) == seen
    assert dash_duo.get_logs() == []


def test_the_geojson_button_is_off_with_its_reason_for_a_chart(dash_duo, app):
    open_page(dash_duo, app)
    dash_duo.find_element(".share summary").click()
    button = dash_duo.find_element(f"#{ids.EXPORT_BUTTONS['geojson']}")
    assert button.is_enabled()
    choose_radio(dash_duo, ids.EXPORT_WHAT, "Rangfolge")
    until(lambda: not button.is_enabled(), timeout=5)
    assert button.get_attribute("title") == "GeoJSON gibt es nur für die Karte (oben „Karte“ wählen)."
    choose_radio(dash_duo, ids.EXPORT_WHAT, "Karte")
    until(button.is_enabled, timeout=5)
    assert dash_duo.get_logs() == []


#: The last lines an embed must show: its source line, then the link to the full view.
LAST_LINES = {
    "map": [f"#{ids.MAP_SOURCE}", ".embed-link"],
    "ranking": [f"#{ids.RANKING_SOURCE}", ".embed-link"],
    "table": [f"#{ids.TABLE}", ".embed-link"],  # the table scrolls inside its box
    "comparison": [".pane:not([hidden]) .method-note", ".embed-link"],
}


def settled_bottom(driver, selector: str) -> float:
    """The bottom edge of an element once the charts around it have stopped moving it."""
    script = f"var e = document.querySelector({selector!r}); return e && e.offsetHeight ? e.getBoundingClientRect().bottom : null;"
    readings = [None]

    def stable():
        readings.append(driver.execute_script(script))
        return readings[-1] is not None and readings[-1] == readings[-2]

    until(stable, timeout=10, poll=0.5)
    return readings[-1]


def test_each_suggested_iframe_size_shows_its_panel_down_to_the_source_line(dash_duo, app):
    open_page(dash_duo, app)
    dash_duo.find_element(".share summary").click()
    snippets = []

    def copy(panel: str, label: str, shown) -> None:
        choose_radio(dash_duo, ids.EMBED_PANEL, label)
        until(lambda: shown(iframe(dash_duo)["src"]), timeout=5)
        snippets.append((panel, iframe(dash_duo)))

    copy("map", "Karte", lambda src: "panel=" not in src)
    copy("ranking", "Rangfolge", lambda src: src.endswith("panel=ranking"))
    copy("table", "Tabelle", lambda src: src.endswith("panel=table"))
    for tab in TABS:
        dash_duo.find_element(f"#{ids.COMPARISON_TABS[tab]}").click()
        copy(
            "comparison",
            "Nord und Süd im Vergleich",
            lambda src: src.endswith("panel=comparison") and (f"tab={tab}" in src if tab != "zones" else "tab=" not in src),
        )
    choose_radio(dash_duo, ids.LEVEL, "15 Kreise und kreisfreie Städte")
    copy("ranking", "Rangfolge", lambda src: "lvl=kreis" in src and src.endswith("panel=ranking"))

    driver = dash_duo.driver
    for panel, attributes in snippets:
        width, height = int(attributes["width"]), int(attributes["height"])
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}
        )
        driver.get(attributes["src"])
        dash_duo.wait_for_element(".embed-link", timeout=10)
        for selector in LAST_LINES[panel]:
            bottom = settled_bottom(driver, selector)
            assert bottom <= driver.execute_script("return window.innerHeight"), (attributes["src"], selector, bottom, height)
        assert driver.execute_script("return document.documentElement.scrollWidth") <= width, attributes["src"]
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert len(snippets) == 11 and dash_duo.get_logs() == []
