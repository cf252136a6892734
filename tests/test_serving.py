"""The server as a public deployment sees it: headers, limits, errors, a damaged pack, gunicorn."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import brotli
import pytest

from app import create_app
from geo import pack
from serving import security

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def client(atlas):
    return create_app(atlas).server.test_client()


def test_the_page_carries_the_security_headers(client):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "object-src 'none'" in policy and "frame-ancestors 'self'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]  # scripts: own origin and hashes only
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"


def test_an_embed_may_be_framed_by_other_sites(client):
    response = client.get("/?embed=1&panel=ranking")
    assert "frame-ancestors *" in response.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in response.headers


@pytest.mark.parametrize("query", ["?embed=1&embed=0", "?embed=1&" + "x=1&" * 600, "?embed=yes"])
def test_only_a_page_that_renders_as_an_embed_may_be_framed(client, query):
    """The header follows the page: the last ``embed`` wins, and a link too long to read opens the full app."""
    response = client.get("/" + query)
    assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"


def test_the_sites_allowed_to_frame_an_embed_are_configurable(atlas, monkeypatch):
    monkeypatch.setenv("ATLAS_FRAME_ANCESTORS", "https://www.example.org")
    response = create_app(atlas).server.test_client().get("/?embed=1")
    assert "frame-ancestors https://www.example.org" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize(
    ("query", "lang", "title"),
    [("", "de", "Ruhr-Disparitätenatlas"), ("?lang=en&ind=x", "en", "Ruhr disparity atlas"), ("?lang=fr", "de", "Ruhr-Disparitätenatlas")],
)
def test_the_page_names_its_language_and_title_in_the_language_of_its_link(client, query, lang, title):
    page = client.get("/" + query, headers={"Accept-Encoding": "br, gzip"})  # set before the page is compressed
    text = brotli.decompress(page.data).decode("utf-8")
    assert text.count("<html") == 1 and f'<html lang="{lang}">' in text
    assert text.count("<title>") == 1 and f"<title>{title}</title>" in text


def test_responses_are_compressed(client):
    response = client.get("/", headers={"Accept-Encoding": "br, gzip"})
    assert response.headers["Content-Encoding"] == "br"


def test_a_request_over_the_size_limit_is_refused(client):
    body = b'{"output": "x", "inputs": [], "filler": "' + b"a" * (security.MAX_REQUEST_BYTES + 1) + b'"}'
    response = client.post("/_dash-update-component", data=body, content_type="application/json")
    assert response.status_code == 413


def test_a_broken_callback_request_answers_without_a_trace(client):
    response = client.post("/_dash-update-component", data=b'{"output": "no-such.prop", "inputs": 5}', content_type="application/json")
    assert response.status_code in (400, 500)
    body = response.get_data(as_text=True)
    assert "Traceback" not in body and ".py" not in body


def test_the_app_refuses_to_start_on_a_damaged_pack(tmp_path):
    damaged = tmp_path / "pack"
    shutil.copytree(pack.DEFAULT, damaged)
    with open(damaged / "places.csv", "a", encoding="utf-8") as places:
        places.write("05513000,gemeinde,Gelsenkirchen (edited)\n")
    result = subprocess.run(
        [sys.executable, "-c", "import app"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "ATLAS_PACK": str(damaged)},
    )
    assert result.returncode == 1
    assert "The Ruhr atlas cannot start:" in result.stderr and "places.csv: does not match its checksum" in result.stderr
    assert "Traceback" not in result.stderr


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_gunicorn_serves_the_app_with_several_workers():
    """The README's production command, on a free port."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", "2", "--preload", "--bind", f"127.0.0.1:{port}", "app:server"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_dash-layout", timeout=5) as response:
                    assert response.status == 200 and response.headers["X-Content-Type-Options"] == "nosniff"
                    break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.3)
    finally:
        process.terminate()
        process.wait(timeout=20)
