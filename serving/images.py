"""PNG and SVG of a Plotly figure, rendered by a bounded pool of tabs in one headless Chromium (kaleido).

The figures themselves come from ``layouts/export_figures.py``; this module only
turns them into image bytes, so the page's code never starts a browser.

Many visitors may export at once. Each render takes one of :data:`RENDERERS` tabs of
the process's Chromium (``ATLAS_EXPORT_RENDERERS``, default 2: one per core); a
request that finds them all busy waits in line at most :data:`WAIT_S` seconds
(``ATLAS_EXPORT_WAIT_S``) and then gets :class:`ExportBusy`, which the caller turns
into a "try again in a moment" answer (HTTP 503 with ``Retry-After``). A render itself
is bounded by :attr:`Renderer.TIMEOUT`, so no request hangs. The queue only forms where
one process answers several requests at once (gunicorn ``--threads``, the development
server); a sync gunicorn worker renders one image at a time anyway. The last :data:`IMAGES_KEPT`
images exported are kept (:func:`kept_image`), so a view many people export is rendered once per process.
"""

from __future__ import annotations

import asyncio
import math
import os
import threading
from collections import OrderedDict
from collections.abc import Callable

import kaleido
import plotly.graph_objects as go

RENDERERS = int(os.environ.get("ATLAS_EXPORT_RENDERERS", "2"))
WAIT_S = float(os.environ.get("ATLAS_EXPORT_WAIT_S", "30"))
IMAGES_KEPT = 64  # per process: at most about 30 MB of print-size PNGs


class ImageExportUnavailable(RuntimeError):
    """PNG/SVG need a headless Chromium (kaleido); the data exports work without it."""


class ExportBusy(ImageExportUnavailable):
    """Every renderer stayed busy for the whole wait; ``retry_after`` is a fair wait in whole seconds."""

    def __init__(self, retry_after: int):
        super().__init__(f"all renderers busy; try again in {retry_after} s")
        self.retry_after = retry_after


class Renderer:
    """A pool of ``size`` kaleido tabs in one headless Chromium, kept open in a thread of its own.

    Opening Chromium costs 1.5–6 s; a warm tab renders an export in about 0.3 s.
    At most ``size`` renders run at once; the others wait up to ``wait`` seconds for
    a tab, then raise :class:`ExportBusy`. A Chromium whose thread has died, or that
    failed a render, is replaced on the next call.
    """

    TIMEOUT = 45  # seconds for one render, far above the 0.3–3 s it takes

    def __init__(self, size: int = RENDERERS, wait: float = WAIT_S):
        self.size, self.wait = size, wait
        self._slots = threading.BoundedSemaphore(size)
        self._start_lock = threading.Lock()
        self._thread = None
        self._loop = None
        self._kaleido = None

    def _browser(self):
        """The running kaleido and its event loop, started (again) if needed."""
        with self._start_lock:
            if self._thread is None or not self._thread.is_alive() or not self._loop.is_running():
                self._loop = asyncio.new_event_loop()
                self._thread = threading.Thread(target=self._loop.run_forever, name="kaleido-renderer", daemon=True)
                self._thread.start()
                self._kaleido = kaleido.Kaleido(n=self.size)
                asyncio.run_coroutine_threadsafe(self._kaleido.open(), self._loop).result(self.TIMEOUT)
            return self._kaleido, self._loop

    def render(self, fig: go.Figure, fmt: str, scale: float) -> bytes:
        if not self._slots.acquire(timeout=self.wait):
            raise ExportBusy(max(1, math.ceil(self.wait / 2)))
        try:
            browser, loop = self._browser()
            call = browser.calc_fig(fig.to_dict(), opts={"format": fmt, "scale": scale})
            return asyncio.run_coroutine_threadsafe(call, loop).result(self.TIMEOUT)
        except Exception as error:  # no browser on this machine, or it stopped answering
            with self._start_lock:
                self._thread = None
            raise ImageExportUnavailable(str(error)) from error
        finally:
            self._slots.release()


class Rendered:
    """The last ``size`` images of this process, by a key that names everything their figure depends on."""

    def __init__(self, size: int):
        self.size = size
        self._images: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()
        self._making: dict[str, threading.Lock] = {}

    def making(self, key: str) -> threading.Lock:
        """The lock held while the image of ``key`` is made: who asks for the same image meanwhile waits for it."""
        with self._lock:
            return self._making.setdefault(key, threading.Lock())

    def made(self, key: str, lock: threading.Lock) -> None:
        with self._lock:
            if self._making.get(key) is lock:
                del self._making[key]

    def get(self, key: str) -> bytes | None:
        with self._lock:
            if key in self._images:
                self._images.move_to_end(key)
            return self._images.get(key)

    def put(self, key: str, image: bytes) -> None:
        with self._lock:
            self._images[key] = image
            while len(self._images) > self.size:
                self._images.popitem(last=False)


RENDERER = Renderer()
WARM = os.environ.get("ATLAS_EXPORT_WARM") == "1"  # start each process's Chromium at its first request


def register(app, atlas) -> None:
    """With ``ATLAS_EXPORT_WARM=1``, each process starts its Chromium in the background at its first request
    (after gunicorn forked it), so the first exports do not wait for the browser to open (1.5–15 s)."""
    if not WARM:
        return
    warmed = set()

    @app.server.before_request
    def warm_up():
        if os.getpid() not in warmed:
            warmed.add(os.getpid())
            threading.Thread(target=RENDERER._browser, name="kaleido-warm-up", daemon=True).start()


IMAGES = Rendered(IMAGES_KEPT if os.environ.get("ATLAS_CACHE", "on") != "off" else 0)


def to_image(fig: go.Figure, fmt: str, *, scale: float | None = None) -> bytes:
    """PNG at twice the size (print resolution) or SVG; ``scale`` sets another size factor."""
    return RENDERER.render(fig, fmt, scale if scale is not None else 2 if fmt == "png" else 1)


def kept_image(key: str, figure: Callable[[], go.Figure], fmt: str) -> bytes:
    """:func:`to_image` of the figure that ``figure()`` builds, kept under ``key`` in this process.

    ``key`` must name everything the figure depends on (for an export: chart, view, options, format).
    A kept image costs neither the figure (building a map's figure takes about 0.3 s) nor a render, and
    requests for an image being made wait for it instead of making it again (many visitors exporting the
    same view at once cost one render); ``ATLAS_CACHE=off`` keeps none, like the answer store.
    """
    image = IMAGES.get(key)
    if image is not None or not IMAGES.size:
        return image if image is not None else to_image(figure(), fmt)
    making = IMAGES.making(key)
    if not making.acquire(timeout=WAIT_S + Renderer.TIMEOUT):  # another request makes it; the wait is bounded
        raise ExportBusy(max(1, math.ceil(WAIT_S / 2)))
    try:
        image = IMAGES.get(key)  # made while this request waited
        if image is None:
            image = to_image(figure(), fmt)
            IMAGES.put(key, image)
        return image
    finally:
        making.release()
        IMAGES.made(key, making)
