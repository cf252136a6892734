"""Shared fixtures: the committed data pack, and a fresh in-memory rebuild of it."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import build, pack  # noqa: E402

logging.getLogger("werkzeug").setLevel(logging.WARNING)  # the test server's request log drowns the failures


@pytest.fixture(scope="session")
def atlas():
    """The committed pack, verified against its manifest."""
    return pack.load()


@pytest.fixture(scope="session")
def rebuilt_files():
    """Every pack file rebuilt from the declared inputs (fetched into .cache/inputs if absent)."""
    return build.build(log=lambda message: None)


def pytest_setup_options():
    """dash.testing hook: Debian's Chromium, a fixed window, and no background traffic."""
    from selenium.webdriver.chrome.options import Options

    options = Options()
    options.binary_location = os.environ.get("DASH_TEST_CHROMEPATH", "/usr/bin/chromium")
    for argument in (
        "--window-size=1400,1000", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-quic", "--no-first-run", "--lang=de-DE",
    ):
        options.add_argument(argument)
    return options
