"""The answer store on a real Redis (Debian's redis-server on a free loopback port): shared, private, safe, never in the way."""

import dataclasses
import json
import logging
import sys
import time
import urllib.request

import pytest
import redis

from app import create_app
from bench import servers
from layouts import export_menu, ids
from serving import answer_store, http
from tests.callbacks.test_upload_callbacks import GOOD, STATE_DE, data_url, place_request, upload_request

CALLBACK = "/_dash-update-component"


@pytest.fixture(scope="module")
def redis_server():
    server = servers.RedisServer()
    try:
        server.start()
    except RuntimeError as error:
        pytest.fail(str(error))  # like a missing Chromium: an error, never a skipped test
    yield server
    server.stop()


@pytest.fixture
def shared(redis_server, monkeypatch):
    """A running, empty Redis named in the environment, as a deployment would set it."""
    if redis_server.process is None:
        redis_server.start()
    monkeypatch.delenv("ATLAS_CACHE", raising=False)
    monkeypatch.setenv("ATLAS_CACHE_REDIS_URL", redis_server.url)
    redis_server.client = redis.Redis(port=redis_server.port)
    redis_server.client.flushall()
    redis_server.client.config_resetstat()  # hits count from zero
    yield redis_server
    redis_server.client.close()


def hits(server) -> int:
    return server.client.info("stats")["keyspace_hits"]


def stored(server) -> dict[bytes, bytes]:
    """Every key and value on the server (the scan's own reads count as hits: compare hits before it)."""
    return {key: server.client.get(key) for key in server.client.scan_iter()}


def test_an_answer_computed_by_one_instance_is_reused_by_another(shared, atlas):
    first, second = (create_app(atlas).server.test_client() for _ in range(2))
    computed = first.post(CALLBACK, json=place_request())
    reused = second.post(CALLBACK, json=place_request())
    assert computed.status_code == 200 and reused.get_data() == computed.get_data() and hits(shared) == 1
    ((key, value),) = stored(shared).items()
    assert key.decode().startswith(f"answer:{http.version(atlas)}:") and value == computed.get_data()
    assert 0 < shared.client.ttl(key) <= answer_store.TTL_S  # expires: the memory on Redis is bounded


def test_deployments_with_different_packs_never_serve_each_others_answers(shared, atlas):
    outputs = {**atlas.manifest["outputs"], "places.csv": "0" * 64}  # another pack: one file differs
    other = dataclasses.replace(atlas, manifest={**atlas.manifest, "outputs": outputs})
    create_app(atlas).server.test_client().post(CALLBACK, json=place_request())
    create_app(other).server.test_client().post(CALLBACK, json=place_request())
    assert hits(shared) == 0 and len(stored(shared)) == 2
    assert {key.decode().split(":")[1] for key in stored(shared)} == {http.version(atlas), http.version(other)}


def export_request(fmt: str = "csv") -> dict:
    """The callback request of a click on an export button (the map's data as CSV)."""
    return {
        "output": f"..{ids.EXPORT_DOWNLOAD}.data...{ids.EXPORT_STATUS}.children..",
        "outputs": [{"id": ids.EXPORT_DOWNLOAD, "property": "data"}, {"id": ids.EXPORT_STATUS, "property": "children"}],
        "inputs": [
            {"id": ids.EXPORT_BUTTONS[name], "property": "n_clicks", "value": 1 if name == fmt else None} for name in export_menu.FORMATS
        ],
        "state": [
            {"id": ids.STATE, "property": "data", "value": STATE_DE},
            {"id": ids.EXPORT_WHAT, "property": "value", "value": "map"},
            {"id": ids.EXPORT_LOCATOR, "property": "value", "value": [export_menu.LOCATOR]},
        ],
        "changedPropIds": [f"{ids.EXPORT_BUTTONS[fmt]}.n_clicks"],
    }


def test_uploaded_data_and_downloads_never_reach_redis(shared, atlas):
    client = create_app(atlas).server.test_client()
    uploaded = client.post(CALLBACK, json=upload_request(data_url(GOOD)))
    download = client.post(CALLBACK, json=export_request())
    assert "Kitaquote" in uploaded.get_data(as_text=True) and '"filename"' in download.get_data(as_text=True)
    assert stored(shared) == {}
    client.post(CALLBACK, json=place_request())  # an ordinary answer does arrive: the scan sees what is stored
    (value,) = stored(shared).values()
    assert b"Kitaquote" not in value and b"filename" not in value


def store_messages(caplog) -> list[str]:
    """What the answer store logged (the app logs other start warnings too, e.g. the pages' unset operator details)."""
    return [record.getMessage() for record in caplog.records if record.name == answer_store.__name__]


def test_redis_unreachable_at_start_the_atlas_starts_alone_with_one_warning(atlas, monkeypatch, caplog):
    monkeypatch.setenv("ATLAS_CACHE_REDIS_URL", f"redis://127.0.0.1:{servers.free_port()}/0")  # nothing listens there
    monkeypatch.delenv("ATLAS_CACHE", raising=False)
    with caplog.at_level(logging.WARNING, logger=answer_store.__name__):
        server = create_app(atlas).server
        client = server.test_client()
        answers = [client.post(CALLBACK, json=place_request()) for _ in range(3)]
    assert [answer.status_code for answer in answers] == [200] * 3
    (warning,) = store_messages(caplog)
    assert "Redis at 127.0.0.1" in warning and "cannot be used" in warning
    assert len(server.extensions["answer_store"].local._cache) == 1  # answers are still reused, inside the process


def test_redis_lost_while_serving_costs_no_request_and_reuse_resumes_when_it_is_back(shared, atlas, monkeypatch, caplog):
    monkeypatch.setattr(answer_store, "RETRY_AFTER_S", 0.0)  # ask Redis again at once, so the test need not wait
    client = create_app(atlas).server.test_client()
    assert client.post(CALLBACK, json=place_request("05513000")).status_code == 200 and len(stored(shared)) == 1
    shared.stop()
    with caplog.at_level(logging.WARNING, logger=answer_store.__name__):
        during = [client.post(CALLBACK, json=place_request(ags)) for ags in ("05513000", "05913000", "05913000")]
        assert [answer.status_code for answer in during] == [200] * 3
        assert len(store_messages(caplog)) == 1 and "cannot be used" in store_messages(caplog)[0]
        shared.start()  # back, and empty: it was in memory only
        shared.client = redis.Redis(port=shared.port)
        answers = [client.post(CALLBACK, json=place_request("05117000")) for _ in range(2)]
    assert [answer.status_code for answer in answers] == [200] * 2 and "answers again" in store_messages(caplog)[-1]
    assert hits(shared) == 1 and len(stored(shared)) == 1  # stored on Redis again, and reused from it


def test_a_slow_redis_cannot_hang_a_request(shared, atlas):
    """Answered while Redis still holds every command: the request gave up on Redis instead of waiting for it.

    (Not a speed limit: the bound is the pause, 60 timeouts (15 s), so a slow machine computing the answer, a profile
    of 2–4 s, cannot fail it; the pause is lifted as soon as the answer is there.)
    """
    client = create_app(atlas).server.test_client()
    pause_s = 60 * answer_store.TIMEOUT_S
    shared.client.execute_command("CLIENT", "PAUSE", str(round(pause_s * 1000)), "ALL")
    try:
        started = time.monotonic()
        answer = client.post(CALLBACK, json=place_request())
        assert answer.status_code == 200 and time.monotonic() - started < pause_s
    finally:
        shared.client.execute_command("CLIENT", "UNPAUSE")


def test_gunicorn_workers_and_another_instance_share_one_redis(shared, atlas):
    """The README's production command with ATLAS_CACHE_REDIS_URL, and a second app in this process."""
    command = [sys.executable, "-m", "gunicorn", "--preload", "--workers", "2", "app:server"]
    with servers.serve(command, env={"ATLAS_CACHE_REDIS_URL": shared.url}) as gunicorn:
        answers = [post(gunicorn.url, place_request(ags)) for ags in ("05513000", "05913000", "05913000", "05913000")]
    same_bytes = json.dumps(place_request("05513000"))  # the key is the hash of the request as sent
    other = create_app(atlas).server.test_client().post(CALLBACK, data=same_bytes, content_type="application/json").get_data()
    assert answers[0] == other and len(set(answers)) == 2
    assert hits(shared) == 3 and len(stored(shared)) == 2  # computed twice by gunicorn; reused by its workers and by the other app


def post(url: str, body: dict) -> bytes:
    request = urllib.request.Request(url + CALLBACK, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
        return response.read()
