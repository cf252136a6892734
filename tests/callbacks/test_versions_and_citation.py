"""Callbacks as plain calls: a permalink's data version, the change notice, and the citations of a view."""

import dataclasses
import json
from datetime import date

import pytest
from dash.exceptions import PreventUpdate

from callbacks import export, url_state
from geo.view_state import as_dict, parse_query
from layouts import ids

INDICATOR = "abitur_anteil_regionalatlas_pct"  # Kreise 2006–2019 in the committed pack
OLD = "2026-06-01-0000abcd"


@pytest.fixture(scope="module")
def revised(atlas):
    """The pack with one older version in its history, in which the indicator's Kreis series ended in 2017 and had other values."""
    current = atlas.versions[-1]
    mark = current["indicators"][INDICATOR]
    older = {**mark, "values": "00000000", "years": {**mark["years"], "kreis": [2006, 2017]}}
    earlier = {"version": OLD, "date": "2026-06-01", "hash": "0000abcd", "indicators": {**current["indicators"], INDICATOR: older}}
    return dataclasses.replace(atlas, versions=[earlier, current])


def notice_text(notices) -> str:
    return " ".join(str(item.children) for box in notices for item in box.children.children)


def test_a_permalink_of_an_older_version_opens_its_view_with_what_changed(revised):
    page, state, notices = url_state.render_page(f"?ind={INDICATOR}&lvl=kreis&v={OLD}", None, revised)
    assert state["indicator"] == INDICATOR and state["level"] == "kreis"
    text = notice_text(notices)
    assert f"seit dieser Link erstellt wurde (Version {OLD})" in text and revised.version in text
    assert "Jahre für Kreise/kreisfreie Städte: jetzt 2006–2019 (vorher 2006–2017)" in text
    assert "Werte wurden ergänzt oder berichtigt" in text


def test_a_permalink_of_the_current_version_opens_without_a_notice(revised):
    _, state, notices = url_state.render_page(f"?ind={INDICATOR}&lvl=kreis&v={revised.version}", None, revised)
    assert state["indicator"] == INDICATOR and notices == []


def test_an_unknown_version_is_named_and_the_view_still_opens(atlas):
    state, notices = parse_query(f"?ind={INDICATOR}&v=1999-01-01-ffffffff", atlas)
    assert state.indicator == INDICATOR
    assert [n.key for n in notices] == ["notice_version_unknown"] and notices[0].values["current"] == atlas.version


def test_zitieren_opens_with_four_citations_of_the_view_and_closes_again(atlas):
    url = f"http://atlas.example/?ind={INDICATOR}&v={atlas.version}"
    state, _ = parse_query(f"?ind={INDICATOR}", atlas)
    hidden, expanded, de, en, bibtex, csl = export.cite(ids.CITE_BUTTON, url, True, as_dict(state), atlas, date(2026, 12, 24))
    assert hidden is False and expanded == "true"
    label = atlas.catalog[INDICATOR]["label"]
    assert de.startswith(f"Ruhr-Disparitätenatlas: {label['de']}") and f"Datenversion {atlas.version}" in de
    assert "(abgerufen am 24.12.2026)" in de and url in de
    assert en.startswith(f"Ruhr disparity atlas: {label['en']}") and "(accessed 2026-12-24)" in en
    assert bibtex.startswith("@misc{") and f"version = {{{atlas.version}}}" in bibtex and f"url = {{{url}}}" in bibtex
    item = json.loads(csl)[0]
    assert item["type"] == "dataset" and item["version"] == atlas.version and item["URL"] == url
    assert item["accessed"] == {"date-parts": [[2026, 12, 24]]}
    assert export.cite(ids.CITE_BUTTON, url, False, as_dict(state), atlas, date(2026, 12, 24))[:2] == [True, "false"]
    with pytest.raises(PreventUpdate):  # a new view while the citations are hidden computes nothing
        export.cite(ids.PERMALINK, url, True, as_dict(state), atlas, date(2026, 12, 24))


def test_on_the_english_page_bibtex_and_csl_json_cite_in_english(atlas):
    state, _ = parse_query(f"?ind={INDICATOR}&lang=en", atlas)
    *_, bibtex, csl = export.cite(ids.CITE_BUTTON, "http://atlas.example/", True, as_dict(state), atlas, date(2026, 12, 24))
    label = atlas.catalog[INDICATOR]["label"]["en"]
    assert f"title = {{{label}" in bibtex and "author = {{Ruhr disparity atlas}}" in bibtex
    assert json.loads(csl)[0]["title"].startswith(label) and json.loads(csl)[0]["language"] == "en"
