"""Every id a callback reads or writes is on the page, in every page mode; every dropdown speaks its language.

The app suppresses Dash's own check (the page is built by a callback, and a
validation layout would cost every visitor 120 KB), so this test does it.
"""

from dataclasses import replace

import pytest
from dash import dcc
from dash.development.base_component import Component

from app import create_app
from geo.view_state import DEFAULT
from layouts import shell


def components(node):
    """Every component in a tree, looking into every property that holds components."""
    if isinstance(node, (list, tuple)):
        for item in node:
            yield from components(item)
    elif isinstance(node, Component):
        yield node
        for name in node._prop_names:
            value = getattr(node, name, None)
            if isinstance(value, (Component, list, tuple)):
                yield from components(value)


def component_ids(node) -> set[str]:
    return {c.id for c in components(node) if isinstance(getattr(c, "id", None), str)}


def callback_ids(app) -> set[str]:
    """Plain ids of every callback's outputs, inputs and states (pattern-matching ids may match nothing)."""
    used = set()
    for callback in app._callback_list:
        outputs = [] if callback.get("no_output") else callback["output"].strip(".").split("...")  # else a hash stands there
        used |= {output.rsplit(".", 1)[0].split("@")[0] for output in outputs}
        used |= {dependency["id"] for dependency in callback["inputs"] + callback["state"]}
    return {name for name in used if not name.startswith("{")}


@pytest.fixture(scope="module")
def app(atlas):
    return create_app(atlas)


@pytest.mark.parametrize("mode", [{}, {"present": True}, {"embed": True, "panel": "ranking"}, {"lang": "en", "tab": "projects"}])
def test_every_callback_id_exists_on_the_page(app, atlas, mode):
    page = component_ids([shell.frame(), *shell.build(atlas, replace(DEFAULT, **mode))])
    assert callback_ids(app) - page == set()


def test_the_check_sees_missing_ids(app, atlas):
    frame_only = component_ids(shell.frame())
    missing = callback_ids(app) - frame_only
    assert {"control-indicator", "map-geojson", "ranking-chart"} <= missing  # ids inside dl.Map and panels


@pytest.mark.parametrize(
    ("lang", "count", "clear"), [("de", "{num_selected} gewählt", "Auswahl leeren"), ("en", "{num_selected} selected", "Clear selection")]
)
def test_every_dropdown_writes_its_own_words_in_the_page_language(atlas, lang, count, clear):
    page = shell.build(atlas, replace(DEFAULT, lang=lang, scheme="custom"))
    dropdowns = [c for c in components(page) if isinstance(c, dcc.Dropdown)]
    assert len(dropdowns) >= 10
    assert all(d.labels["selected_count"] == count and d.labels["clear_selection"] == clear for d in dropdowns)
