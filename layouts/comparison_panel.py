"""Kept only so that ``layouts/shell.py`` (being reworked in parallel) keeps its import; the panels live in
:mod:`layouts.comparison`. Remove this file when shell.py imports ``layouts.comparison`` directly."""
from layouts.comparison import build  # noqa: F401
