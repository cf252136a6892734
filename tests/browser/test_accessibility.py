"""Accessible to everyone (issue #14): axe-core finds no WCAG 2.1 A/AA violation on any view of the atlas, the
page speaks its language, every tab stop shows the focus ring, and the page reflows to 320 CSS px.

axe-core is pinned in ``tests/browser/axe/package-lock.json`` (``make axe`` installs it) and injected into the
test browser by the test itself: the atlas never serves it to a visitor. Each test loads the page once, then
clicks as a person does, and runs axe on every view it opens.
"""

from pathlib import Path

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

from app import create_app
from geo.view_state import TABS
from layouts import ids
from layouts.source_line import BOUNDARIES
from tests.browser.screen import drawn_shapes, press, set_screen, text

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
#: Runs axe on the whole document and hands back each violation with the elements it found.
RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']}).then(
  result => done(result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary}))}))),
  error => done([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}]));
"""
#: The element with the focus, and whether a ring of at least 3 px is drawn around it (or the label it sits in).
FOCUS_RING = """
const e = document.activeElement;
const ring = el => { const s = getComputedStyle(el); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 3; };
return {element: e.id || e.getAttribute('aria-label') || e.outerHTML.slice(0, 80), top: e === document.body,
        ring: ring(e) || (!!e.closest('label') && ring(e.closest('label')))};
"""
DOCUMENT_LANGUAGE = "return [document.documentElement.lang, document.title]"


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def violations(driver, view: str) -> list[str]:
    """What axe reports for the page as it is on screen now: rule, impact, element and why, one line per element."""
    if not driver.execute_script("return !!window.axe"):
        driver.execute_script(AXE.read_text(encoding="utf-8"))
    driver.set_script_timeout(60)
    found = driver.execute_async_script(RUN_AXE, TAGS)
    return [
        f"{view}: {v['id']} ({v['impact']}) at {node['target']}: {' '.join((node['summary'] or v['help']).split())}"
        for v in found
        for node in v["nodes"] or [{"target": "-", "summary": ""}]
    ]


def without_focus_ring(dash_duo, limit: int = 150) -> list[str]:
    """Tab from the top of the page round to its end: every stop the focus lands on without a visible ring."""
    dash_duo.driver.execute_script("document.activeElement.blur(); window.getSelection().removeAllRanges()")
    missing = []
    for _ in range(limit):
        press(dash_duo, Keys.TAB)
        stop = dash_duo.driver.execute_script(FOCUS_RING)
        if stop["top"]:
            return missing
        if not stop["ring"]:
            missing.append(f"no focus ring on {stop['element']}")
    return missing


def start(dash_duo, app) -> None:
    assert AXE.is_file(), "axe-core is missing: run `make axe`"
    dash_duo.start_server(app)
    until(lambda: drawn_shapes(dash_duo.driver, f"#{ids.MAP}") == (53, 53), timeout=15)


def switch_language(dash_duo, link_text: str) -> None:
    dash_duo.find_element(f"#{ids.LANGUAGE_LINK}").click()
    dash_duo.wait_for_text_to_equal(f"#{ids.LANGUAGE_LINK}", link_text, timeout=15)
    until(lambda: drawn_shapes(dash_duo.driver, f"#{ids.MAP}") == (53, 53), timeout=15)


def test_every_view_of_a_desktop_visit_has_no_axe_violation(dash_duo, app):
    start(dash_duo, app)
    driver = dash_duo.driver
    assert driver.execute_script(DOCUMENT_LANGUAGE) == ["de", "Ruhr-Disparitätenatlas"]
    link_language = f"return document.getElementById('{ids.LANGUAGE_LINK}').closest('[lang]').lang"
    assert driver.execute_script(link_language) == "en"  # "English" in a German page
    problems = violations(driver, "default view")
    dash_duo.find_element(f"#{ids.INDICATOR}").send_keys(Keys.ARROW_DOWN)  # an open list of choices, by keyboard
    dash_duo.wait_for_element(".dash-dropdown-content .dash-dropdown-option input:focus", timeout=5)
    assert driver.execute_script(FOCUS_RING)["ring"]
    problems += violations(driver, "indicator list open")
    press(dash_duo, Keys.ESCAPE)

    switch_language(dash_duo, "Deutsch")
    until(lambda: driver.execute_script(DOCUMENT_LANGUAGE) == ["en", "Ruhr disparity atlas"], timeout=5)
    assert driver.execute_script(link_language) == "de"
    source = f"#{ids.MAP_SOURCE}"
    assert text(driver, f"{source} [lang=de]") == BOUNDARIES and "Stand" not in text(driver, source)  # the licensor's words
    problems += violations(driver, "lang=en")
    switch_language(dash_duo, "English")
    until(lambda: driver.execute_script(DOCUMENT_LANGUAGE) == ["de", "Ruhr-Disparitätenatlas"], timeout=5)

    for tab in TABS:
        dash_duo.find_element(f"#{ids.COMPARISON_TABS[tab]}").click()
        # the first spatial view of a process draws the 99,999 permutations (seconds on a loaded machine)
        dash_duo.wait_for_element(f"#{ids.COMPARISON_CONTENT[tab]} > *", timeout=40 if tab == "spatial" else 10)
        problems += violations(driver, f"tab {tab}")
    dash_duo.find_element(f"#{ids.COMPARISON_CONTENT[TABS[-1]]} details.numbers summary").click()  # its numbers as a table
    problems += violations(driver, f"tab {TABS[-1]}, numbers as a table")

    dash_duo.find_element(f"#{ids.VIEW_TABS['table']}").click()
    until(lambda: len(driver.find_elements("css selector", f"#{ids.TABLE} tbody tr")) == 53, timeout=10)
    problems += violations(driver, "table view")
    dash_duo.find_element(f"#{ids.VIEW_TABS['map']}").click()

    dash_duo.find_element("#map path.ags-05513000").click()  # Gelsenkirchen
    dash_duo.wait_for_text_to_equal(f"#{ids.PROFILE_TITLE}", "Gelsenkirchen", timeout=20)
    problems += violations(driver, "profile")

    dash_duo.find_element(".share summary").click()
    problems += violations(driver, "share panel")
    dash_duo.find_element(".upload-panel summary").click()
    problems += violations(driver, "upload panel")
    problems += without_focus_ring(dash_duo)  # with both panels open: every control of the page

    dash_duo.find_element(f"#{ids.PRESENT_START}").click()
    dash_duo.wait_for_element(f"#{ids.PRESENT_COUNTER}", timeout=15)
    dash_duo.find_element(".adapt summary").click()
    problems += violations(driver, "presentation, Ansicht anpassen")
    assert problems == [], "\n".join(problems)


def test_the_pages_about_the_atlas_have_no_axe_violation(dash_duo, app):
    """From the atlas's footer to the statement, and from there to each of the other pages and their English version,
    and from the data pages' index to one indicator's data page."""
    start(dash_duo, app)
    driver = dash_duo.driver
    dash_duo.find_element(".page-links a[href*='barrierefreiheit']").click()
    dash_duo.wait_for_element("main h1", timeout=10)
    problems = violations(driver, "statement")
    for slug in ("leichte-sprache", "impressum", "datenschutz", "daten/"):
        driver.find_element("css selector", f".page-links a[href*='{slug}']").click()
        dash_duo.wait_for_element("main h1", timeout=10)
        problems += violations(driver, slug)
        driver.find_element("css selector", "a[hreflang='en']").click()
        until(lambda: driver.execute_script("return document.documentElement.lang") == "en", timeout=10)
        problems += violations(driver, f"{slug}, English")
        driver.find_element("css selector", "a[hreflang='de']").click()
        until(lambda: driver.execute_script("return document.documentElement.lang") == "de", timeout=10)
    driver.find_element("css selector", "main td a, main th a").click()  # the index's first indicator
    dash_duo.wait_for_element("main #sources", timeout=10)
    problems += violations(driver, "data page")
    assert problems == [], "\n".join(problems)


def test_the_phone_screen_has_no_axe_violation_reflows_to_320_px_and_follows_the_visitors_settings(dash_duo, app):
    start(dash_duo, app)
    driver = dash_duo.driver
    set_screen(driver, "phone")
    problems = violations(driver, "phone")
    dash_duo.find_element(f"#{ids.DRAWER_TOGGLE}").click()
    problems += violations(driver, "phone, controls open")

    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": True})
    until(lambda: driver.execute_script("return innerWidth") == 320, timeout=5)
    width = "return document.scrollingElement.scrollWidth"
    problems += [f"320 px window, controls open: the page is {w} px wide" for w in [driver.execute_script(width)] if w > 320]
    dash_duo.find_element("#map path.ags-05513000").click()  # Gelsenkirchen's profile, as a sheet
    dash_duo.wait_for_text_to_equal(f"#{ids.PROFILE_TITLE}", "Gelsenkirchen", timeout=20)
    problems += [f"320 px window, profile open: the page is {w} px wide" for w in [driver.execute_script(width)] if w > 320]
    assert problems == [], "\n".join(problems)

    # Windows high contrast keeps the legend's colours (they are what the classes mean); less motion stops Dash's animations
    swatches = f"return [...document.querySelectorAll('#{ids.MAP_LEGEND} .swatch[style]')].map(s => [s.style.background, getComputedStyle(s).backgroundColor])"
    icon = "return getComputedStyle(document.querySelector('.dash-dropdown-trigger-icon')).transitionDuration"
    assert driver.execute_script(icon) == "0.15s"
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "forced-colors", "value": "active"}, {"name": "prefers-reduced-motion", "value": "reduce"}]},
    )
    colours = driver.execute_script(swatches)
    assert len(colours) == 5 and all(own == shown for own, shown in colours), colours
    assert driver.execute_script(icon) == "1e-05s"
    dash_duo.find_element(f"#{ids.PROFILE_CLOSE}").send_keys(Keys.TAB)  # the focus ring stays drawn, in the system's colours
    assert driver.execute_script(FOCUS_RING)["ring"]
    driver.refresh()  # a map made for a visitor who asks for less motion zooms and pans without gliding
    until(lambda: drawn_shapes(driver, f"#{ids.MAP}") == (53, 53), timeout=15)
    glides = f"const m = ruhrAtlas.leafletMap(document.getElementById('{ids.MAP}')); return [m.options.zoomAnimation, m.options.inertia]"
    assert driver.execute_script(glides) == [False, False]
