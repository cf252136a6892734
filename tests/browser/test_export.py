"""Sharing in headless Chromium: the download buttons deliver files; the map file has the screen's colours."""

import re
from collections import Counter
from pathlib import Path

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

from app import create_app
from layouts import ids

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def downloaded(folder: Path, suffix: str) -> list[Path]:
    return [p for p in folder.glob(f"*{suffix}") if not p.name.endswith(".crdownload")]


def rgb(colour: str) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_download_buttons_deliver_files_with_the_screen_colours(image_renderer, dash_duo, app, atlas):
    dash_duo.start_server(app)
    dash_duo.driver.get(dash_duo.server_url + "/?ind=arbeitslose_je_100_ew_15_64")
    dash_duo.wait_for_element("#map path.place", timeout=30)  # the first page of a fresh server builds the pack's views
    folder = Path(dash_duo.download_path)
    dash_duo.find_element(".share summary").click()
    for fmt, suffix in (("svg", ".svg"), ("csv-de", ".csv"), ("png", ".png")):
        dash_duo.find_element(f"#{ids.EXPORT_BUTTONS[fmt]}").click()
        until(lambda: downloaded(folder, suffix), timeout=30)
        dash_duo.wait_for_contains_text(f"#{ids.EXPORT_STATUS}", suffix, timeout=10)
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "arbeitslose_je_100_ew_15_64_2021_gemeinde_karte.png",
        "arbeitslose_je_100_ew_15_64_2021_gemeinde_karte.svg",
        "arbeitslose_je_100_ew_15_64_2021_gemeinde_karte_excel.csv",
    ]
    svg = downloaded(folder, ".svg")[0].read_text(encoding="utf-8")
    fills = re.findall(r'<path class="js-fill" d="[^"]*" style="fill: (rgb\([^)]*\))', svg)
    on_screen = Counter(
        rgb(c)
        for c in dash_duo.driver.execute_script("return [...document.querySelectorAll('#map path.place')].map(p => p.getAttribute('fill'))")
    )
    assert sum(on_screen.values()) == 53 and Counter(fills[:53]) == on_screen
    assert len(fills) == 53 + 3 and "Ruhr (schwarz) in NRW (grau)" in svg  # the locator inset, on by default
    locator = dash_duo.find_element(f"#{ids.EXPORT_LOCATOR} input")  # switched off by keyboard, as a person would
    assert locator.is_selected() and "Lageplan in Kartenexporten" in dash_duo.find_element(f"#{ids.EXPORT_LOCATOR} label").text
    locator.send_keys(Keys.SPACE)
    until(lambda: not locator.is_selected(), timeout=5)
    dash_duo.find_element(f"#{ids.EXPORT_BUTTONS['svg']}").click()
    dash_duo.wait_for_contains_text(f"#{ids.EXPORT_STATUS}", ".svg", timeout=30)

    def newest_svg() -> str:  # Chromium saves a file of the same name over the first one
        return max(downloaded(folder, ".svg"), key=lambda p: p.stat().st_mtime).read_text(encoding="utf-8")

    until(lambda: "Ruhr (schwarz)" not in newest_svg(), timeout=30)
    assert len(re.findall(r'<path class="js-fill"', newest_svg())) == 53
    assert "Gelsenkirchen" in dash_duo.find_element(f"#{ids.ALT_TEXT}").get_attribute("value")
    permalink = dash_duo.find_element(f"#{ids.PERMALINK}").get_attribute("value")
    assert permalink.endswith(f"/?ind=arbeitslose_je_100_ew_15_64&v={atlas.version}")  # a citable link names its data
    assert "embed=1" in dash_duo.find_element(f"#{ids.EMBED_CODE}").get_attribute("value")
    assert dash_duo.get_logs() == []


def test_an_embed_shows_one_panel_without_the_page_around_it(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.driver.get(dash_duo.server_url + "/?ind=arbeitslose_je_100_ew_15_64&embed=1&panel=ranking")
    dash_duo.wait_for_element(f"#{ids.RANKING} .bars", timeout=10)
    assert dash_duo.find_element(f"#{ids.RANKING}").is_displayed()
    assert not dash_duo.find_element(f"#{ids.MAP}").is_displayed()
    assert not dash_duo.find_element(f"#{ids.INDICATOR}").is_displayed()
    link = dash_duo.find_element(".embed-link a")
    assert link.get_attribute("href").endswith("/?ind=arbeitslose_je_100_ew_15_64")
    assert dash_duo.get_logs() == []
