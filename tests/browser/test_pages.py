"""The statement and easy-read pages as a visitor reaches them: from the atlas's footer, and back."""

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

from app import create_app
from layouts import ids, page_text
from tests.browser.screen import drawn_shapes, focused, press, rect, text

pytestmark = pytest.mark.browser

#: The operator's form for reporting a barrier, served beside the atlas for the test (a real one is on the operator's site).
FORM_PATH = "/barriere-melden"
FORM_PAGE = '<!DOCTYPE html><html lang="de"><title>Formular</title><h1>Barriere melden: Formular</h1></html>'


@pytest.fixture
def app(atlas, monkeypatch):
    monkeypatch.setenv("ATLAS_OPERATOR", "Stadt Musterstadt|Rathausplatz 1|45000 Musterstadt")
    monkeypatch.setenv("ATLAS_CONTACT_EMAIL", "barrierefrei@musterstadt.example")
    monkeypatch.setenv("ATLAS_FEEDBACK_URL", FORM_PATH)
    monkeypatch.setenv("ATLAS_PRIVACY_CONTACT", "datenschutz@musterstadt.example")
    app = create_app(atlas)
    app.server.add_url_rule(FORM_PATH, endpoint="test-form", view_func=lambda: FORM_PAGE)
    return app


def open_atlas(dash_duo) -> None:
    until(lambda: drawn_shapes(dash_duo.driver, f"#{ids.MAP}") == (53, 53), timeout=15)


def click_link(dash_duo, container: str, words: str) -> None:
    next(a for a in dash_duo.find_elements(f"{container} a") if a.text == words).click()


def test_a_visitor_reads_the_statement_reports_a_barrier_and_returns_to_the_atlas(dash_duo, app):
    dash_duo.start_server(app)
    open_atlas(dash_duo)
    driver = dash_duo.driver

    click_link(dash_duo, "footer", "Barrierefreiheit")
    until(lambda: text(driver, "h1") == "Erklärung zur Barrierefreiheit", timeout=10)
    assert driver.execute_script("return document.documentElement.lang") == "de"
    assert "teilweise vereinbar" in text(driver, ".verdict")
    statement = text(driver, "main")
    assert page_text.GAPS[0]["de"] in statement and page_text.MET[0]["de"] in statement
    assert "barrierefrei@musterstadt.example" in statement

    click_link(dash_duo, "main", "Barriere melden (Formular)")
    until(lambda: text(driver, "h1") == "Barriere melden: Formular", timeout=10)
    driver.back()
    until(lambda: text(driver, "h1") == "Erklärung zur Barrierefreiheit", timeout=10)

    click_link(dash_duo, "header", "Zurück zum Atlas")
    open_atlas(dash_duo)
    assert dash_duo.get_logs() == []


def test_in_english_the_easy_read_page_is_read_by_keyboard_and_switched_to_german(dash_duo, app):
    dash_duo.start_server(app)
    driver = dash_duo.driver
    driver.get(dash_duo.server_url + "/?lang=en")
    open_atlas(dash_duo)

    click_link(dash_duo, "footer", "Easy read")
    until(lambda: text(driver, "h1") == "The atlas in easy read", timeout=10)
    assert driver.execute_script("return document.documentElement.lang") == "en"

    press(dash_duo, Keys.TAB)  # the first tab stop: the skip link, shown when it has the focus
    assert focused(driver)["text"] == "Skip to the content"
    assert rect(driver, ".skip-links a")[1] >= 0
    press(dash_duo, Keys.ENTER)
    assert focused(driver)["id"] == "content"
    press(dash_duo, Keys.TAB)  # past the header: the first link in the text is the e-mail address
    assert focused(driver)["text"] == "barrierefrei@musterstadt.example"

    click_link(dash_duo, "header", "Deutsch")
    until(lambda: text(driver, "h1") == "Der Atlas in Leichter Sprache", timeout=10)
    assert driver.execute_script("return document.documentElement.lang") == "de"
    assert "Das Ruhr·gebiet liegt im Westen von Deutschland." in text(driver, "main")
