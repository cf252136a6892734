"""The north/south comparison in headless Chromium: zone means, then custom groups."""

import pytest
from dash.testing.wait import until

from app import create_app
from layouts import ids
from layouts.format import number

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


def choose(dash_duo, dropdown_id: str, label_start: str) -> None:
    dash_duo.find_element(f"#{dropdown_id}").click()
    until(lambda: any(o.text.startswith(label_start) for o in dash_duo.find_elements(".dash-dropdown-option")), timeout=5)
    next(o for o in dash_duo.find_elements(".dash-dropdown-option") if o.text.startswith(label_start)).click()


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
