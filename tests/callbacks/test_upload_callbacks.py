"""Bring-your-own data as plain function calls: reading a file, refusing one, drawing the layer, never storing it."""

import base64

import pytest
from dash import no_update
from dash.exceptions import PreventUpdate

from callbacks import upload
from geo.view_state import DEFAULT, as_dict
from layouts import ids
from serving import http
from tests.callbacks.test_map_and_state import text_of

STATE_DE = as_dict(DEFAULT)
STATE_EN = as_dict(DEFAULT.__class__(**{**as_dict(DEFAULT), "lang": "en"}))
# a file as a user might save it from a spreadsheet: a name column, decimal commas (values declared here, not real data)
GOOD = "ags;name;Kitaquote\n05513000;Gelsenkirchen;31,5\n05512000;Bottrop;40,25\n05911000;Bochum;\n09162000;München;50\n"
BAD = "ags;Kitaquote\n05513000;31,5\n05512000;viel\n05513000;2\n"


def data_url(text: str, encoding: str = "utf-8", mime: str = "text/csv") -> str:
    return f"data:{mime};base64," + base64.b64encode(text.encode(encoding)).decode()


def test_a_good_file_goes_back_to_the_browser_with_a_summary(atlas):
    data, status, emptied = upload.receive(
        ids.UPLOAD, data_url(GOOD, "cp1252", "application/vnd.ms-excel"), None, "kita.csv", STATE_DE, atlas
    )
    assert emptied is None  # the box is emptied: the same file chosen again is read again
    assert data["values"] == {"05513000": 31.5, "05512000": 40.25, "05911000": None}
    assert data["label"] == "Kitaquote" and data["level"] == "gemeinde"
    assert text_of(status) == (
        "„Kitaquote“ aus kita.csv, Gemeinden; Werte: 2 (Windows-1252, Dezimalkomma). Zeilen außerhalb des Ruhrgebiets übersprungen: 1."
    )


def test_a_malformed_file_lists_its_problems_and_keeps_the_shown_data(atlas):
    data, status, emptied = upload.receive(ids.UPLOAD, data_url(BAD), None, "kita.csv", STATE_EN, atlas)
    assert data is no_update and emptied is None
    assert text_of(status) == (
        "kita.csv was not taken (problems: 2); the map keeps what it showed. "
        "line 3, column “Kitaquote”: “viel” is not a number. "
        "line 4, column “ags”: AGS 05513000 already appears in line 2."
    )


def test_what_is_not_a_csv_upload_is_refused(atlas):
    for contents in (42, "no data url", "data:text/csv;base64,!!!not-base64!!!", data_url("PK\x03\x04"), ["a", "list"]):
        data, status, _ = upload.receive(ids.UPLOAD, contents, None, "x.csv", STATE_DE, atlas)
        assert data is no_update and "nicht übernommen" in text_of(status)
    huge = "data:text/csv;base64," + "A" * (2 * upload.upload.MAX_BYTES)
    assert "größer als 1000 KB" in text_of(upload.receive(ids.UPLOAD, huge, None, "big.csv", STATE_DE, atlas)[1])


def test_remove_clears_the_session_data(atlas):
    data, status, _ = upload.receive(ids.UPLOAD_REMOVE, None, 1, None, STATE_DE, atlas)
    assert data is None and text_of(status) == "Eigene Daten entfernt."


def test_a_freshly_built_panel_changes_nothing(atlas):
    """Dash calls the upload callback when a page is inserted, with nothing chosen and nothing clicked."""
    for trigger, removals in ((ids.UPLOAD, None), (ids.UPLOAD_REMOVE, None), (None, None)):
        with pytest.raises(PreventUpdate):
            upload.receive(trigger, None, removals, None, STATE_DE, atlas)


def test_the_layer_is_drawn_over_the_cached_boundaries(atlas):
    data, _, _ = upload.receive(ids.UPLOAD, data_url(GOOD), None, "kita.csv", STATE_DE, atlas)
    url, hideout, legend, legend_hidden, controls_hidden = upload.draw(data, ["show"], "equal_interval", STATE_DE, atlas)
    assert url.startswith("/data/municipalities.geojson?v=")
    assert len(hideout["classes"]) == 53 and hideout["className"] == "user-place"
    assert hideout["classes"]["05513000"] == 0 and hideout["classes"]["05512000"] == 1  # two distinct values: two classes
    assert hideout["classes"]["05911000"] == -1 and hideout["value"]["05911000"] == "keine Daten"
    assert hideout["value"]["05512000"] == "40,25" and hideout["text"]["value"] == "Kitaquote: {value}"
    assert hideout["text"]["rank"].startswith("Rang {value} von 2 Gemeinden mit Wert")  # only 2 of 53 places have a value
    assert (legend_hidden, controls_hidden) == (False, False)
    assert "31,50 – 31,50 (1)" in text_of(legend) and "keine Daten (51)" in text_of(legend)


def test_hiding_or_losing_the_layer(atlas):
    data, _, _ = upload.receive(ids.UPLOAD, data_url(GOOD), None, "kita.csv", STATE_DE, atlas)
    url, _, _, legend_hidden, controls_hidden = upload.draw(data, [], "quantiles", STATE_DE, atlas)
    assert (url, legend_hidden, controls_hidden) == ("", True, False)
    tampered = {**data, "values": {"05513000": "<script>"}}
    for gone in (None, tampered, {"level": "gemeinde"}):
        assert upload.draw(gone, ["show"], "quantiles", STATE_DE, atlas) == ("", {}, [], True, True)
    assert upload.draw(data, "show", "<b>", {"junk": 1}, atlas)[0] == ""  # junk controls: hidden, default classes, no error


def test_no_callback_touching_uploaded_data_is_ever_stored(atlas):
    from app import create_app

    app = create_app(atlas)
    touching = [
        cb
        for cb in app._callback_list
        if any(name in cb["output"] or name in {d["id"] for d in cb["inputs"] + cb["state"]} for name in (ids.UPLOAD, ids.USER_DATA))
    ]
    assert len(touching) == 3  # receive, the clientside redraw request, draw
    for callback in touching:
        payload = {
            "output": callback["output"],
            "inputs": [{"id": d["id"], "property": d["property"], "value": None} for d in callback["inputs"]],
            "state": [{"id": d["id"], "property": d["property"], "value": None} for d in callback["state"]],
        }
        assert http.private(payload), callback["output"]
    controls = next(cb for cb in app._callback_list if cb["output"].startswith("..view-state.data"))
    assert not http.private(
        {"output": controls["output"], "inputs": [{"id": d["id"], "property": d["property"]} for d in controls["inputs"]]}
    )


def upload_request(contents: str) -> dict:
    """The callback request a browser sends when a file named kita.csv is dropped on the upload field."""
    return {
        "output": f"..{ids.USER_DATA}.data...{ids.UPLOAD_STATUS}.children...{ids.UPLOAD}.contents..",
        "outputs": [
            {"id": ids.USER_DATA, "property": "data"},
            {"id": ids.UPLOAD_STATUS, "property": "children"},
            {"id": ids.UPLOAD, "property": "contents"},
        ],
        "inputs": [
            {"id": ids.UPLOAD, "property": "contents", "value": contents},
            {"id": ids.UPLOAD_REMOVE, "property": "n_clicks", "value": None},
        ],
        "state": [
            {"id": ids.UPLOAD, "property": "filename", "value": "kita.csv"},
            {"id": ids.STATE, "property": "data", "value": STATE_DE},
        ],
        "changedPropIds": [f"{ids.UPLOAD}.contents"],
    }


def place_request(ags: str = "05513000") -> dict:
    """An ordinary callback request, whose answer the store keeps: the profile of a place."""
    return {
        "output": f"..{ids.PROFILE}.children...{ids.PROFILE_KEY}.data...{ids.MAP_SIMILAR}.hideout..",
        "outputs": [
            {"id": ids.PROFILE, "property": "children"},
            {"id": ids.PROFILE_KEY, "property": "data"},
            {"id": ids.MAP_SIMILAR, "property": "hideout"},
        ],
        "inputs": [{"id": ids.PROFILE_REQUEST, "property": "data", "value": {"key": ags}}],
        "state": [
            {"id": ids.STATE, "property": "data", "value": {**STATE_DE, "selected": ags}},
            {"id": ids.PROFILE_KEY, "property": "data", "value": None},
        ],
        "changedPropIds": [f"{ids.PROFILE_REQUEST}.data"],
    }


def stored_answers(server) -> int:
    """How many answers the server's answer store holds (per process: flask-caching's SimpleCache)."""
    return len(server.extensions["answer_store"]._cache)


@pytest.mark.parametrize("contents", [data_url(GOOD), data_url(BAD)])
def test_the_answer_is_not_kept_by_the_server(atlas, contents, tmp_path, monkeypatch):
    """Upload through the real server: it answers, stores no answer and writes nothing into its working directory."""
    from app import create_app

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ATLAS_CACHE", raising=False)
    monkeypatch.delenv("ATLAS_CACHE_REDIS_URL", raising=False)
    server = create_app(atlas).server
    client = server.test_client()
    first = client.post("/_dash-update-component", json=upload_request(contents))
    assert first.status_code == 200 and "kita.csv" in first.get_data(as_text=True)
    assert stored_answers(server) == 0
    # the same store does keep an ordinary answer: the count above could have gone up
    assert client.post("/_dash-update-component", json=place_request()).status_code == 200
    assert stored_answers(server) == 1
    assert list(tmp_path.iterdir()) == []
