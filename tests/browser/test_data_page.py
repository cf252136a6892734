"""A journalist checks an indicator: from the map's legend to its data page, and back to the map."""

import pytest
from dash.testing.wait import until

from app import create_app
from geo.view_state import DEFAULT
from layouts import data_text, ids
from tests.browser.screen import drawn_shapes, horizontal_overflow, text

pytestmark = pytest.mark.browser


def test_the_legend_leads_to_the_data_page_with_sources_and_downloads_and_back_to_the_map(dash_duo, atlas):
    dash_duo.start_server(create_app(atlas))
    driver = dash_duo.driver
    until(lambda: drawn_shapes(driver, f"#{ids.MAP}") == (53, 53), timeout=15)
    label = atlas.catalog[DEFAULT.indicator]["label"]["de"]

    link = dash_duo.find_element(f"#{ids.MAP_LEGEND} .legend-data a")
    assert link.text == "Daten und Quellen" and label in link.get_attribute("title")
    link.click()
    until(lambda: text(driver, "h1") == f"Daten: {label}", timeout=10)
    assert driver.execute_script("return document.documentElement.lang") == "de"
    page = text(driver, "main")
    for heading in ("sources", "breaks", "ruhr", "caveats", "downloads"):
        assert data_text.DATA["de"][heading] in page
    assert "Robert Koch-Institut (RKI)" in page and "CC BY 4.0" in page and atlas.version in page
    zip_link = dash_duo.find_element("ul.downloads a[href$='.zip']")
    assert zip_link.get_attribute("href").endswith(f"/daten/{DEFAULT.indicator}.zip")
    assert horizontal_overflow(driver) == []

    next(a for a in dash_duo.find_elements("main a") if a.text == "Auf der Karte zeigen").click()
    until(lambda: drawn_shapes(driver, f"#{ids.MAP}") == (53, 53), timeout=15)
    assert label in text(driver, f"#{ids.MAP_TITLE}")
    assert dash_duo.get_logs() == []
