"""The Ruhr-Konferenz project layer in headless Chromium: switch it on, filter, open a popup."""

import pytest
from dash.testing.wait import until

from app import create_app
from layouts import ids

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def markers(dash_duo) -> int:
    """Projects drawn: single markers plus the projects inside cluster markers."""
    return dash_duo.driver.execute_script(
        "return document.querySelectorAll('#map .project-marker').length + "
        "[...document.querySelectorAll('#map .project-cluster')].reduce((n, c) => n + Number(c.textContent), 0)"
    )


def check(dash_duo, checklist_id: str, value: str) -> None:
    dash_duo.find_element(f"#{checklist_id} input[value='{value}']").click()


def test_toggle_filter_and_open_a_popup(dash_duo, app):
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#map path.place", timeout=30)  # the first page of a fresh server builds the pack's views
    assert markers(dash_duo) == 0
    check(dash_duo, ids.PROJECT_OPTIONS, "projects")
    until(lambda: markers(dash_duo) == 18, timeout=10)  # every project with a known place in the region
    dash_duo.wait_for_contains_text(f"#{ids.MAP_PROJECT_LEGEND}", "18 von 44 gewählten Projekten", timeout=5)

    for field in ("1", "2", "3", "5", "none"):  # keep Handlungsfeld 4 only
        check(dash_duo, ids.PROJECT_FIELDS, field)
    until(lambda: "hf=4" in dash_duo.driver.current_url, timeout=10)
    until(lambda: markers(dash_duo) == 4, timeout=10)

    check(dash_duo, ids.PROJECT_FIELDS, "3")  # add Handlungsfeld 3 back: the Bottrop youth newsroom stands alone on the map
    until(lambda: markers(dash_duo) == 8, timeout=10)
    single = next(m for m in dash_duo.find_elements("#map .project-marker") if m.get_attribute("title").startswith("Jugendredaktion"))
    single.click()
    dash_duo.wait_for_element(".leaflet-popup-content", timeout=5)
    # the map pans the popup into view (an animation); its heading shows once it is inside the map
    until(lambda: dash_duo.find_element(".leaflet-popup-content").text.startswith("Jugendredaktion Ruhr"), timeout=5)
    popup = dash_duo.find_element(".leaflet-popup-content").text
    assert (
        popup.startswith("Jugendredaktion Ruhr") and "3 – Gelebte Vielfalt" in popup and "Lage ungefähr: Mittelpunkt von Bottrop" in popup
    )
    assert dash_duo.get_logs() == []
