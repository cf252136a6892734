"""The map explorer in headless Chromium, as a policymaker would use it."""

import time

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from app import create_app
from layouts import ids
from tests.browser.screen import choose

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def open_page(dash_duo, app, query=""):
    dash_duo.start_server(app)
    if query:
        dash_duo.driver.get(dash_duo.server_url + "/" + query)
    dash_duo.wait_for_element(f"#{ids.PAGE} .leaflet-container")
    until(lambda: len(dash_duo.find_elements("#map path.place")) > 0, timeout=10)


def fills(dash_duo) -> dict:
    """Fill colour of every place on the map, by AGS."""
    return dash_duo.driver.execute_script(
        "return Object.fromEntries([...document.querySelectorAll('#map path.place')].map("
        "p => [[...p.classList].find(c => c.startsWith('ags-')).slice(4), p.getAttribute('fill')]))"
    )


def outside_requests(dash_duo) -> list:
    names = dash_duo.driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    return [n for n in names if not n.startswith(dash_duo.server_url) and not n.startswith("data:")]


def test_the_map_draws_53_places_offline_without_errors(dash_duo, app):
    open_page(dash_duo, app)
    until(lambda: len(dash_duo.find_elements("#map path.place")) == 53, timeout=10)
    colours = fills(dash_duo)
    assert len(colours) == 53 and all(c.startswith("#") for c in colours.values())
    assert dash_duo.find_element(f"#{ids.MAP_TITLE}").text.startswith("Sozioökonomische Deprivation (GISD, NRW-Rahmen), 2021")
    assert outside_requests(dash_duo) == []
    assert dash_duo.get_logs() == []


def test_choosing_another_indicator_recolours_the_map_and_updates_the_legend(dash_duo, app):
    open_page(dash_duo, app)
    before, legend_before = fills(dash_duo), dash_duo.find_element(f"#{ids.MAP_LEGEND}").text
    choose(dash_duo, ids.THEME, "Wirtschaft")
    choose(dash_duo, ids.INDICATOR, "Arbeitslose je 100 Einwohner")
    dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", "Arbeitslose je 100 Einwohner im erwerbsfähigen Alter, 2021", timeout=10)
    dash_duo.wait_for_contains_text(f"#{ids.MAP_LEGEND}", "je 100 Einwohner 15–64", timeout=10)
    until(lambda: fills(dash_duo) != before, timeout=10)
    assert dash_duo.find_element(f"#{ids.MAP_LEGEND}").text != legend_before
    assert "ind=arbeitslose_je_100_ew_15_64" in dash_duo.driver.current_url
    assert dash_duo.get_logs() == []


def test_back_and_forward_return_to_the_views_before_and_after(dash_duo, app):
    open_page(dash_duo, app, "?ind=arbeitslose_je_100_ew_15_64")
    unemployment = fills(dash_duo)
    choose(dash_duo, ids.THEME, "Armut")  # a view of its own: the theme's first indicator
    dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", "Mindestsicherungsquote", timeout=10)
    until(lambda: fills(dash_duo) != unemployment, timeout=10)
    minimum_income = fills(dash_duo)
    choose(dash_duo, ids.INDICATOR, "Sozioökonomische Deprivation")
    dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", "Sozioökonomische Deprivation", timeout=10)
    until(lambda: fills(dash_duo) != minimum_income, timeout=10)
    deprivation = fills(dash_duo)
    back, forward = dash_duo.driver.back, dash_duo.driver.forward
    for step, title, colours in (
        (back, "Mindestsicherungsquote", minimum_income),
        (back, "Arbeitslose je 100", unemployment),
        (forward, "Mindestsicherungsquote", minimum_income),
        (forward, "Sozioökonomische Deprivation", deprivation),
        (back, "Mindestsicherungsquote", minimum_income),
    ):  # the same URL a second time
        step()
        dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", title, timeout=10)
        until(lambda: fills(dash_duo) == colours, timeout=10)
        assert dash_duo.find_element(f"#{ids.INDICATOR}").text.startswith(title[:12])  # the control follows
    assert dash_duo.get_logs() == []


def test_hovering_a_place_shows_name_value_rank_and_deviation(dash_duo, app):
    open_page(dash_duo, app)
    ActionChains(dash_duo.driver).move_to_element(dash_duo.find_element("#map path.ags-05913000")).perform()
    dash_duo.wait_for_element(".leaflet-tooltip", timeout=5)
    tooltip = dash_duo.find_element(".leaflet-tooltip").text
    assert tooltip.splitlines()[0] == "Dortmund"
    assert "0,591 Index 0–1 (2021)" in tooltip and "Rang 7 von 53" in tooltip and "Abweichung vom Ruhr-Mittel: +0,010" in tooltip


def test_clicking_gelsenkirchen_opens_its_profile_and_the_url_holds_it(dash_duo, app):
    open_page(dash_duo, app)
    dash_duo.find_element("#map path.ags-05513000").click()
    dash_duo.wait_for_text_to_equal(f"#{ids.PROFILE_TITLE}", "Gelsenkirchen", timeout=20)
    assert "sel=05513000" in dash_duo.driver.current_url
    assert "Rang 1 von 53" in dash_duo.find_element(f"#{ids.PROFILE}").text
    dash_duo.find_element(f"#{ids.PROFILE_CLOSE}").click()
    until(lambda: "sel=" not in dash_duo.driver.current_url, timeout=5)
    assert dash_duo.get_logs() == []


def test_a_permalink_reloads_into_the_same_view(dash_duo, app):
    query = "?ind=kinder_u15_in_sgb2_bedarfsgemeinschaften_pct&year=2022&lvl=kreis&cls=natural_breaks&k=3&sel=05513"
    open_page(dash_duo, app, query)
    until(lambda: len(dash_duo.find_elements("#map path.place")) == 15, timeout=10)
    first = (fills(dash_duo), dash_duo.find_element(f"#{ids.MAP_LEGEND}").text, dash_duo.find_element(f"#{ids.PROFILE_TITLE}").text)
    assert first[2] == "Gelsenkirchen" and "Kinderarmut" in dash_duo.find_element(f"#{ids.MAP_TITLE}").text
    assert len(dash_duo.find_elements(f"#{ids.MAP_LEGEND} li")) == 4  # 3 classes and "no data"
    dash_duo.driver.refresh()
    until(lambda: len(dash_duo.find_elements("#map path.place")) == 15, timeout=10)
    dash_duo.wait_for_text_to_equal(f"#{ids.PROFILE_TITLE}", "Gelsenkirchen", timeout=20)
    assert (fills(dash_duo), dash_duo.find_element(f"#{ids.MAP_LEGEND}").text, dash_duo.find_element(f"#{ids.PROFILE_TITLE}").text) == first
    assert dash_duo.driver.current_url.endswith(query)  # opening a link never rewrites it (the back button stays usable)


def test_a_broken_link_shows_the_default_view_and_a_notice(dash_duo, app):
    open_page(dash_duo, app, "?ind=<b>x</b>&year=abc")
    dash_duo.wait_for_contains_text(f"#{ids.NOTICES}", "„<b>x</b>“ ist für „ind“ nicht gültig", timeout=10)
    assert dash_duo.find_elements(f"#{ids.NOTICES} b") == []  # shown as text, never as markup
    assert dash_duo.find_element(f"#{ids.MAP_TITLE}").text.startswith("Sozioökonomische Deprivation")


def chosen_year(dash_duo) -> str:
    return dash_duo.find_element(f"#{ids.YEAR} label.selected").text


def test_arrow_keys_step_one_available_year_and_a_click_on_a_year_selects_it(dash_duo, app):
    open_page(dash_duo, app)
    assert chosen_year(dash_duo) == "2021"
    year = dash_duo.find_element(f"#{ids.YEAR} input:checked")
    year.send_keys(Keys.ARROW_LEFT)
    year = dash_duo.driver.switch_to.active_element
    year.send_keys(Keys.ARROW_LEFT)
    until(lambda: "year=2019" in dash_duo.driver.current_url, timeout=10)
    dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", ", 2019", timeout=10)
    assert chosen_year(dash_duo) == "2019"
    assert dash_duo.find_element(f"#{ids.YEAR} input:checked").get_attribute("value") == "2019"

    first = dash_duo.find_elements(f"#{ids.YEAR} label")[0]
    assert first.text == "1998"
    first.click()
    until(lambda: "year=1998" in dash_duo.driver.current_url, timeout=10)
    dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", ", 1998", timeout=10)
    assert chosen_year(dash_duo) == "1998"
    assert dash_duo.get_logs() == []


def test_choosing_a_theme_shows_its_first_indicator_and_says_when_the_level_changes(dash_duo, app):
    open_page(dash_duo, app)
    choose(dash_duo, ids.THEME, "Bildung")
    dash_duo.wait_for_contains_text(f"#{ids.INDICATOR}", "Schulweg", timeout=10)  # per Gemeinde: school access, not attainment
    assert dash_duo.find_element(f"#{ids.INDICATOR}").text.startswith("Schulweg: Pkw-Fahrzeit zur nächsten Grundschule")
    assert len(dash_duo.find_elements("#map path.place")) == 53
    assert dash_duo.find_element(f"#{ids.LEVEL} input:checked").get_attribute("value") == "gemeinde"

    dash_duo.find_element(f"#{ids.INDICATOR}").click()  # the list says which levels and years each indicator has
    until(lambda: len(dash_duo.find_elements(".dash-dropdown-content .dash-dropdown-option")) > 3, timeout=5)
    options = [o.text for o in dash_duo.find_elements(".dash-dropdown-content .dash-dropdown-option")]
    assert all("· Gemeinden 2024" in o for o in options if o.startswith("Schulweg"))
    assert all("· Kreise " in o and "Gemeinden" not in o for o in options if o.startswith("Schulabgänger"))
    widths = dash_duo.driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1]  # long labels wrap inside the list
    attainment = next(o for o in dash_duo.find_elements(".dash-dropdown-option") if o.text.startswith("Beschäftigte mit akademischem"))
    dash_duo.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", attainment)  # scroll the list to it
    attainment.click()
    until(lambda: len(dash_duo.find_elements("#map path.place")) == 15, timeout=10)  # attainment exists per Kreis only
    title = dash_duo.find_element(f"#{ids.MAP_TITLE}").text
    assert title.startswith("Beschäftigte mit akademischem Abschluss") and title.endswith("· Kreise/kreisfreie Städte")
    assert dash_duo.find_element(f"#{ids.LEVEL} input:checked").get_attribute("value") == "kreis"
    dash_duo.wait_for_contains_text(f"#{ids.NOTICES}", "gibt es nur für Kreise/kreisfreie Städte", timeout=5)
    assert "lvl=kreis" in dash_duo.driver.current_url
    assert dash_duo.get_logs() == []


ASKED = """
window.asked = [];
const send = window.fetch;
window.fetch = function (url, options) {
  if (String(url).includes('_dash-update-component')) window.asked.push(JSON.parse(options.body).output);
  return send.apply(this, arguments);
};
"""


def test_a_switch_asks_the_server_only_for_what_depends_on_it(dash_duo, app):
    open_page(dash_duo, app)
    driver = dash_duo.driver
    driver.execute_script(ASKED)
    before = fills(dash_duo)
    choose(dash_duo, ids.THEME, "Wirtschaft")
    choose(dash_duo, ids.INDICATOR, "Arbeitslose je 100 Einwohner")
    until(lambda: fills(dash_duo) != before, timeout=10)
    until(lambda: f"{ids.RANKING}.figure" in " ".join(driver.execute_script("return window.asked;")), timeout=10)
    time.sleep(1)  # every callback of the switch has been sent by now
    asked = " ".join(driver.execute_script("return window.asked;"))
    for untouched in (f"{ids.PROFILE}.children", f"{ids.MAP_PROJECTS}.data", f"{ids.PRESENT_ADAPTED}.hidden", f"{ids.CITE_BOX}.hidden"):
        assert untouched not in asked  # no place, project layer, presentation or open citation depends on it

    driver.execute_script("window.asked = [];")
    dash_duo.find_element("#map path.ags-05513000").click()  # a place: now the profile is asked for
    dash_duo.wait_for_text_to_equal(f"#{ids.PROFILE_TITLE}", "Gelsenkirchen", timeout=20)
    assert f"{ids.PROFILE}.children" in " ".join(driver.execute_script("return window.asked;"))
    assert dash_duo.get_logs() == []
