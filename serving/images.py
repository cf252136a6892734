"""PNG and SVG of a Plotly figure, rendered by one headless Chromium (kaleido) that the server keeps open.

The figures themselves come from ``layouts/export_figures.py``; this module only
turns them into image bytes, so the page's code never starts a browser.
"""

from __future__ import annotations

import asyncio
import threading

import kaleido
import plotly.graph_objects as go


class ImageExportUnavailable(RuntimeError):
    """PNG/SVG need a headless Chromium (kaleido); the data exports work without it."""


class Renderer:
    """One kaleido (headless Chromium) kept open in a thread of its own and shared by all requests.

    Opening Chromium costs 1.5–6 s; a warm one renders an export in about 0.3 s.
    Calls are serialised (kaleido renders one figure at a time), bounded by a
    timeout, and a renderer whose thread has died is replaced on the next call.
    """

    TIMEOUT = 90

    def __init__(self):
        self._lock = threading.Lock()
        self._thread = None
        self._loop = None
        self._kaleido = None

    def _start(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="kaleido-renderer", daemon=True)
        self._thread.start()
        self._kaleido = kaleido.Kaleido()
        asyncio.run_coroutine_threadsafe(self._kaleido.open(), self._loop).result(self.TIMEOUT)

    def render(self, fig: go.Figure, fmt: str, scale: float) -> bytes:
        with self._lock:
            try:
                if self._thread is None or not self._thread.is_alive() or not self._loop.is_running():
                    self._start()
                call = self._kaleido.calc_fig(fig.to_dict(), opts={"format": fmt, "scale": scale})
                return asyncio.run_coroutine_threadsafe(call, self._loop).result(self.TIMEOUT)
            except Exception as error:  # no browser on this machine, or it stopped answering
                self._thread = None
                raise ImageExportUnavailable(str(error)) from error


RENDERER = Renderer()


def to_image(fig: go.Figure, fmt: str) -> bytes:
    """PNG at twice the size (print resolution) or SVG."""
    return RENDERER.render(fig, fmt, 2 if fmt == "png" else 1)
