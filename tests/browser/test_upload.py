"""Bring-your-own data in headless Chromium: a real file chosen in the real upload box."""

import time

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

from app import create_app
from layouts import ids
from tests.browser.test_explorer import choose, open_page

pytestmark = pytest.mark.browser

# declared here, not real data
MALFORMED = "ags;Gemeinde;Kitaquote\n05513000;Gelsenkirchen;31,5\n05512000;Bottrop;viel\n0591;Bochum;2\n"
GOOD = "ags;Kitaquote\n05513000;31,5\n05512000;40,2\n05911000;12\n05913000;25,5\n"


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def upload(dash_duo, app, folder, text: str) -> None:
    """Open the atlas, open the upload panel and choose a file holding ``text``."""
    path = folder / "kita.csv"
    path.write_text(text, encoding="utf-8")
    open_page(dash_duo, app)
    dash_duo.find_element(".upload-panel summary").click()
    dash_duo.find_element(f"#{ids.UPLOAD} input[type=file]").send_keys(str(path))


def user_places(driver) -> int:
    return len(driver.find_elements("css selector", "#map path.user-place"))


def test_a_malformed_file_shows_its_row_errors_and_draws_nothing(dash_duo, app, tmp_path):
    upload(dash_duo, app, tmp_path, MALFORMED)
    dash_duo.wait_for_contains_text(f"#{ids.UPLOAD_STATUS}", "nicht übernommen", timeout=10)
    problems = [li.text for li in dash_duo.find_elements(f"#{ids.UPLOAD_STATUS} li")]
    assert problems == [
        "Zeile 3, Spalte „Kitaquote“: „viel“ ist keine Zahl.",
        "Zeile 4, Spalte „ags“: „0591“ ist kein AGS (8 Ziffern für eine Gemeinde, 5 für einen Kreis).",
    ]
    assert user_places(dash_duo.driver) == 0
    assert dash_duo.get_logs() == []


def test_own_data_stay_in_this_window_and_never_reach_a_second_session(dash_duo, app, tmp_path):
    upload(dash_duo, app, tmp_path, GOOD)
    until(lambda: user_places(dash_duo.driver) == 53, timeout=10)
    assert dash_duo.find_element(f"#{ids.MAP_USER_LEGEND}").text.startswith("Kitaquote")

    dash_duo.find_element(f"#{ids.LANGUAGE_LINK}").click()  # the page is built anew: the layer is drawn again
    dash_duo.wait_for_contains_text(f"#{ids.MAP_USER_LEGEND}", "Your own data", timeout=10)
    until(lambda: user_places(dash_duo.driver) == 53, timeout=10)

    dash_duo.driver.refresh()  # same window: the session keeps the values
    until(lambda: user_places(dash_duo.driver) == 53, timeout=15)

    dash_duo.find_element(".upload-panel summary").click()
    dash_duo.find_element(f"#{ids.USER_SHOW} input").click()  # hidden on demand
    until(lambda: user_places(dash_duo.driver) == 0, timeout=10)

    second = dash_duo.get_webdriver()  # a second browser, with its own profile: another visitor
    try:
        second.get(dash_duo.server_url)
        until(lambda: len(second.find_elements("css selector", "#map path.place")) == 53, timeout=15)
        assert user_places(second) == 0
        time.sleep(1)  # the callbacks a fresh page sends have answered: none may report on an upload that never happened
        assert second.find_element("css selector", f"#{ids.UPLOAD_STATUS}").get_attribute("textContent") == ""
        assert second.find_element("css selector", f"#{ids.MAP_USER_LEGEND}").get_attribute("hidden") is not None
        assert second.execute_script("return window.sessionStorage.getItem('user-data')") is None
    finally:
        second.quit()


def on_top(driver, ags: str) -> str:
    """Class of the shape a person sees (and clicks) at the centre of a place: the topmost element there."""
    return driver.execute_script(
        "const p = document.querySelector('#map path.user-place.ags-' + arguments[0]) || document.querySelector('#map path.ags-' + arguments[0]);"
        "const r = p.getBoundingClientRect(); const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
        "return top ? top.getAttribute('class') || '' : '';",
        ags,
    )


def own_data_shown(dash_duo) -> bool:
    """The own-data shapes lie over the choropleth (Dortmund, a place of the file, shows the own-data fill) and the own legend is shown."""
    legend = dash_duo.find_element(f"#{ids.MAP_USER_LEGEND}")
    return (
        user_places(dash_duo.driver) == 53
        and "user-place" in on_top(dash_duo.driver, "05913000")
        and legend.is_displayed()
        and legend.text.startswith("Kitaquote")
    )


def test_own_data_stay_over_the_map_across_control_changes_and_a_reload(dash_duo, app, tmp_path):
    upload(dash_duo, app, tmp_path, GOOD)
    until(lambda: own_data_shown(dash_duo), timeout=10)

    dash_duo.find_element(f"#{ids.YEAR} input:checked").send_keys(Keys.ARROW_LEFT)  # one year earlier
    until(lambda: "year=2020" in dash_duo.driver.current_url, timeout=10)
    until(lambda: own_data_shown(dash_duo), timeout=10)

    choose(dash_duo, ids.THEME, "Wirtschaft")
    choose(dash_duo, ids.INDICATOR, "Arbeitslose je 100 Einwohner")
    dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", "Arbeitslose je 100 Einwohner", timeout=10)
    until(lambda: own_data_shown(dash_duo), timeout=10)
    assert dash_duo.find_element(f"#{ids.MAP_LEGEND}").text != dash_duo.find_element(f"#{ids.MAP_USER_LEGEND}").text

    dash_duo.driver.refresh()
    dash_duo.wait_for_contains_text(f"#{ids.MAP_TITLE}", "Arbeitslose je 100 Einwohner", timeout=10)
    until(lambda: own_data_shown(dash_duo), timeout=15)
    time.sleep(1)  # the choropleth's own boundaries have arrived too: they must not cover the own data
    assert own_data_shown(dash_duo)
    assert dash_duo.get_logs() == []
