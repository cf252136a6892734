"""Similar places and data-driven zones, walked as a person does: click a place, tick a box, reopen the link."""

import re
from collections import Counter
from pathlib import Path

import pytest
from dash.testing.wait import until

from app import create_app
from geo import similar
from layouts import ids
from tests.browser.screen import drawn_shapes, horizontal_overflow, settle, text

pytestmark = pytest.mark.browser

GELSENKIRCHEN = "05513000"


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def start(dash_duo, app) -> None:
    dash_duo.start_server(app)
    dash_duo.driver.set_window_size(1440, 900)
    until(lambda: drawn_shapes(dash_duo.driver, f"#{ids.MAP}") == (53, 53), timeout=20)


def outlined(driver) -> list[tuple[float, float]]:
    """Width and height of every dashed outline on the main map."""
    return driver.execute_script(
        "return [...document.querySelectorAll('#map path.similar-outline')].map(p => {const r = p.getBoundingClientRect(); return [r.width, r.height];});"
    )


def similar_shown(dash_duo, names: list[str]) -> list[str]:
    driver = dash_duo.driver
    problems = []
    rows = driver.execute_script(f"return [...document.querySelectorAll('#{ids.SIMILAR} tbody th')].map(th => th.innerText.trim());")
    if rows != ["Gelsenkirchen (gewählt)", *names]:
        problems.append(f"table rows {rows}")
    shapes = outlined(driver)
    if len(shapes) != len(names) or any(w < 2 or h < 2 for w, h in shapes):
        problems.append(f"outlines {shapes}")
    return problems


def test_clicking_a_place_lists_and_outlines_its_similar_places_and_the_link_reopens_them(dash_duo, app, atlas):
    start(dash_duo, app)
    expected = similar.similar_places(atlas, GELSENKIRCHEN)
    names = {f["properties"]["ags"]: f["properties"]["name"] for f in atlas.municipalities["features"]}
    listed = [names[ags] for ags in expected.table.index]
    dash_duo.find_element(f"#map path.ags-{GELSENKIRCHEN}").click()
    assert not settle(lambda: similar_shown(dash_duo, listed), timeout=20)
    assert "Abstand" in text(dash_duo.driver, f"#{ids.SIMILAR}") and "2021" in text(dash_duo.driver, f"#{ids.SIMILAR}")
    until(lambda: f"sel={GELSENKIRCHEN}" in dash_duo.driver.current_url, timeout=10)
    link = dash_duo.driver.current_url
    dash_duo.driver.get("about:blank")  # the page is gone; the link alone brings the view back
    dash_duo.driver.get(link)
    until(lambda: drawn_shapes(dash_duo.driver, f"#{ids.MAP}") == (53, 53), timeout=30)
    assert not settle(lambda: similar_shown(dash_duo, listed), timeout=20)
    assert horizontal_overflow(dash_duo.driver) == []
    assert dash_duo.get_logs() == []


def test_ticking_data_driven_zones_draws_them_beside_the_scheme_with_their_agreement(image_renderer, dash_duo, app):
    start(dash_duo, app)
    box = dash_duo.find_element(f"#{ids.REGIONS_ON} input")
    dash_duo.driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", box)
    box.click()
    until(lambda: "dz=1" in dash_duo.driver.current_url, timeout=10)
    assert not settle(lambda: [] if drawn_shapes(dash_duo.driver, f"#{ids.REGION_MAP}") == (53, 53) else ["zone map not drawn"], timeout=40)
    until(lambda: "bereinigter Rand-Index" in text(dash_duo.driver, f"#{ids.REGIONS_CONTENT}"), timeout=40)
    colours = dash_duo.driver.execute_script(
        f"return new Set([...document.querySelectorAll('#{ids.REGION_MAP} path.place')].map(p => p.getAttribute('fill'))).size;"
    )
    assert colours >= 2  # several zones, each in its colour

    # the zones as a map file, in the colours of the screen
    dash_duo.find_element(".share summary").click()
    choice = next(e for e in dash_duo.find_elements(f"#{ids.EXPORT_WHAT} label") if e.text == "Datengetriebene Zonen (Karte)")
    choice.click()
    dash_duo.find_element(f"#{ids.EXPORT_BUTTONS['svg']}").click()
    folder = Path(dash_duo.download_path)
    until(lambda: list(folder.glob("*.svg")), timeout=30)
    [svg] = folder.glob("*.svg")
    assert svg.name == "datengetriebene_zonen_500000.svg"
    filled = re.findall(r'<path class="js-fill" d="[^"]*" style="fill: rgb\((\d+), (\d+), (\d+)\)', svg.read_text(encoding="utf-8"))
    on_screen = dash_duo.driver.execute_script(
        f"return [...document.querySelectorAll('#{ids.REGION_MAP} path.place')].map(p => p.getAttribute('fill').toLowerCase());"
    )
    places = filled[:53]  # the 53 Gemeinden come first, the locator inset after them
    assert Counter("#" + "".join(f"{int(c):02x}" for c in rgb) for rgb in places) == Counter(on_screen)
    assert dash_duo.get_logs() == []
