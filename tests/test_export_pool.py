"""The export renderers under load: at most ``size`` renders at once, a bounded wait, then a clear refusal."""

import asyncio
import threading
import time

import plotly.graph_objects as go
import pytest

from app import create_app
from serving import images


class SlowFakeBrowser:
    """Stands in for kaleido: each render takes ``seconds`` and the most renders seen at once are counted."""

    def __init__(self, seconds: float):
        self.seconds, self.running, self.most = seconds, 0, 0

    async def calc_fig(self, fig, opts):
        self.running += 1
        self.most = max(self.most, self.running)
        await asyncio.sleep(self.seconds)
        self.running -= 1
        return b"image"


@pytest.fixture
def pool(request):
    """A pool of two renderers whose browser is :class:`SlowFakeBrowser` (0.3 s a render), on a real event loop."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    renderer = images.Renderer(size=2, wait=request.param)
    fake = SlowFakeBrowser(0.3)
    renderer._browser = lambda: (fake, loop)
    yield renderer, fake
    loop.call_soon_threadsafe(loop.stop)


def render_all(renderer, count: int) -> list:
    """``count`` renders started at once; each gives its bytes or the exception it raised."""
    results = [None] * count

    def one(i):
        try:
            results[i] = renderer.render(go.Figure(), "png", 1)
        except images.ImageExportUnavailable as error:
            results[i] = error

    threads = [threading.Thread(target=one, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    return results


@pytest.mark.parametrize("pool", [5.0], indirect=True)
def test_at_most_size_renders_run_at_once_and_the_others_wait_their_turn(pool):
    renderer, fake = pool
    started = time.perf_counter()
    assert render_all(renderer, 6) == [b"image"] * 6
    assert fake.most == 2
    assert time.perf_counter() - started >= 3 * 0.3  # six renders, two at a time


@pytest.mark.parametrize("pool", [0.1], indirect=True)
def test_a_render_that_cannot_start_in_time_is_refused_with_when_to_try_again(pool):
    renderer, fake = pool
    results = render_all(renderer, 3)
    busy = [r for r in results if isinstance(r, images.ExportBusy)]
    assert results.count(b"image") == 2 and len(busy) == 1 and fake.most == 2
    assert busy[0].retry_after == 1 and "try again in 1 s" in str(busy[0])
    assert isinstance(busy[0], images.ImageExportUnavailable)  # callers that only know the older error still catch it


def test_visitors_exporting_the_same_view_at_once_cost_one_render(monkeypatch):
    monkeypatch.setattr(images, "IMAGES", images.Rendered(4))
    rendered = []

    def slow_render(fig, fmt):
        rendered.append(fmt)
        time.sleep(0.3)
        return b"image"

    monkeypatch.setattr(images, "to_image", slow_render)
    results = []
    threads = [threading.Thread(target=lambda: results.append(images.kept_image("map:png", go.Figure, "png"))) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert results == [b"image"] * 5 and rendered == ["png"]


def test_a_warmed_process_opens_its_browser_once_at_its_first_request(atlas, monkeypatch):
    opened = []
    monkeypatch.setattr(images, "WARM", True)
    monkeypatch.setattr(images.RENDERER, "_browser", lambda: opened.append(threading.get_ident()))
    client = create_app(atlas).server.test_client()
    client.get("/_dash-layout")
    client.get("/_dash-layout")
    until = time.monotonic() + 5
    while not opened and time.monotonic() < until:
        time.sleep(0.01)
    assert len(opened) == 1 and opened[0] != threading.get_ident()  # in a thread of its own: the request does not wait
