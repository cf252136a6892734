"""Shared fixtures: the committed data pack, and a fresh in-memory rebuild of it."""

from __future__ import annotations

import logging
import os
import socket
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import plotly.graph_objects as go  # noqa: E402
from dash.testing.application_runners import BaseDashRunner  # noqa: E402

from geo import build, pack  # noqa: E402
from serving import images  # noqa: E402

# Fuzz tests: the full number of examples in CI (.ci/run sets HYPOTHESIS_PROFILE=ci), a tenth of it by default,
# so a developer's run stays quick; the tests set no count of their own, or one relative to the profile's.
settings.register_profile("ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
settings.register_profile("dev", parent=settings.get_profile("ci"), max_examples=30)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

logging.getLogger("werkzeug").setLevel(logging.WARNING)  # the test server's request log drowns the failures


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(autouse=True)
def _free_server_port():
    """Each test server gets a port the system says is free at its start.

    dash.testing numbers its servers upwards from one port. Two pytest-xdist workers (or a developer's run
    beside CI's) counting up from two nearby free ports met: a server whose port the other worker's server
    still held failed to start in its thread, and the browser silently talked to the other worker's app.
    """
    BaseDashRunner._next_port = _free_port()


@pytest.fixture(scope="session")
def atlas():
    """The committed pack, verified against its manifest."""
    return pack.load()


@pytest.fixture(scope="session")
def rebuilt_files():
    """Every pack file rebuilt from the declared inputs (fetched into .cache/inputs if absent)."""
    return build.build(log=lambda message: None)


@pytest.fixture(scope="session")
def image_renderer():
    """The export renderer, opened before any test server starts.

    dash.testing stops a test server by raising SystemExit in every thread created
    after it started; a renderer opened first keeps its thread across tests.
    """
    images.to_image(go.Figure(), "svg")
    return images.RENDERER


def pytest_setup_options():
    """dash.testing hook: Debian's Chromium, a fixed window, and no background traffic."""
    from selenium.webdriver.chrome.options import Options

    options = Options()
    options.binary_location = os.environ.get("DASH_TEST_CHROMEPATH", "/usr/bin/chromium")
    for argument in (
        "--window-size=1400,1000",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--lang=de-DE",
        # offline like a workshop room: every host but the local test server fails to resolve
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
    ):
        options.add_argument(argument)
    return options
