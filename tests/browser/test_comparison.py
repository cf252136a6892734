"""The north/south comparison in headless Chromium: zone means, then custom groups."""

import pytest
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

from app import create_app
from layouts import ids
from layouts.format import number
from tests.browser.screen import accessible, choose, focused, press, tab_to, text

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def zone_table(dash_duo) -> list[list[str]]:
    script = (
        f"return [...document.querySelectorAll('#{ids.COMPARISON_CONTENT['zones']} .zone-table tr')].slice(1)"
        ".map(r => [...r.querySelectorAll('td')].map(c => c.textContent))"
    )
    return dash_duo.driver.execute_script(script)


def value_text(atlas, ags: str) -> str:
    rows = atlas.indicators
    value = rows[(rows.ags == ags) & (rows.indicator == "arbeitslose_je_100_ew_15_64") & (rows.year == 2021)].value.iloc[0]
    return number(value, 1, "de")


def test_zone_means_then_custom_groups(dash_duo, app, atlas):
    dash_duo.start_server(app)
    dash_duo.wait_for_element(f"#{ids.COMPARISON_CONTENT['zones']} .zone-table", timeout=10)
    choose(dash_duo, ids.THEME, "Wirtschaft")
    choose(dash_duo, ids.INDICATOR, "Arbeitslose je 100 Einwohner")
    dash_duo.wait_for_contains_text(f"#{ids.COMPARISON_CONTENT['zones']}", "je 100 Einwohner 15–64 über Hellweg/Süd", timeout=10)
    published = zone_table(dash_duo)
    assert [row[0] for row in published] == ["Nord (Emscher/Lippe)", "Hellweg/Süd", "geteilt (Nord- und Südteil)", "Niederrhein (West)"]
    assert published[0][1] == "21"

    choose(dash_duo, ids.SCHEME, "Eigene Gruppen")
    dash_duo.wait_for_element(f"#{ids.GROUPS_BOX}:not([hidden])", timeout=5)
    # Gelsenkirchen into group A by clicking it on the zone map (once it shows the still empty groups), Mülheim into B from the list
    gelsenkirchen = f"#{ids.ZONE_MAP} path.ags-05513000"
    until(
        lambda: dash_duo.driver.execute_script(f"return document.querySelector('{gelsenkirchen}').getAttribute('fill')") == "#BBBBBB",
        timeout=10,
    )
    dash_duo.find_element(gelsenkirchen).click()
    until(lambda: "ga=05513000" in dash_duo.driver.current_url, timeout=10)
    choose(dash_duo, ids.GROUP_B, "Mülheim an der Ruhr")
    until(lambda: "gb=05117000" in dash_duo.driver.current_url, timeout=10)
    dash_duo.wait_for_contains_text(f"#{ids.COMPARISON_CONTENT['zones']}", "Gruppe A liegt im Mittel", timeout=10)
    groups = zone_table(dash_duo)
    assert [row[:3] for row in groups[:2]] == [
        ["Gruppe A", "1", value_text(atlas, "05513000")],
        ["Gruppe B", "1", value_text(atlas, "05117000")],
    ]
    assert groups != published
    assert dash_duo.get_logs() == []


def test_the_convergence_tab_judges_the_gap_within_one_series(dash_duo, app):
    # school leavers without a Hauptschulabschluss: INKAR 1995–2021, then one Deutschlandatlas year (2022) on the map
    dash_duo.start_server(app, navigate=False)
    dash_duo.driver.get(dash_duo.server.url + "/?ind=schulabgaenger_ohne_hauptschulabschluss_pct&lvl=kreis")
    dash_duo.wait_for_element(f"#{ids.COMPARISON_CONTENT['zones']} .zone-table", timeout=10)
    dash_duo.find_element(f"#{ids.COMPARISON_TABS['convergence']}").click()
    content = f"#{ids.COMPARISON_CONTENT['convergence']}"
    dash_duo.wait_for_contains_text(content, "1995–2021: Der Abstand Nord (Emscher/Lippe) − Hellweg/Süd ist geschrumpft", timeout=10)
    until(lambda: "tab=convergence" in dash_duo.driver.current_url, timeout=5)
    shown = text(dash_duo.driver, content)
    assert "Mit 2022 beginnt eine neue Reihe" in shown and "β-Konvergenz 1995–2021" in shown
    chart = f"#{ids.COMPARISON_PANES['convergence']} .chart"
    plots = f"{chart} .cartesianlayer > .subplot:not(.xy2)"  # gap (its ratio overlays it as xy2), spread, τ, β
    until(lambda: len(dash_duo.find_elements(plots)) == 4, timeout=10)
    told = accessible(dash_duo.driver, chart)
    assert told["role"] == "image" and told["name"] == "Konvergenz" and "ist geschrumpft" in told["description"]
    # the gap's numbers, unfolded by keyboard: one row a year of the INKAR series, none for 2022
    summary = f"{content} details.numbers summary"
    tab_to(dash_duo, summary)
    assert focused(dash_duo.driver)["text"] == "Zahlen als Tabelle: Abstand"
    press(dash_duo, Keys.ENTER)
    rows = f"{content} details.numbers[open] tbody tr"
    until(lambda: len(dash_duo.find_elements(rows)) == 27, timeout=5)
    years = [row.find_element("css selector", "th").text for row in dash_duo.find_elements(rows)]
    assert years[0] == "1995" and years[-1] == "2021"
    assert dash_duo.get_logs() == []
