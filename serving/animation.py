"""The animated GIF of a map through its years: one render of all frames, cut into frames, kept per view.

``layouts/export_series.frames_figure`` stacks every frame in one tall figure, so
the shared renderer (``serving/images.py``) draws them in one call instead of one
call per year; Pillow cuts the picture into frames and writes the GIF. A finished
GIF is kept in a small store of its own (per process, keyed by the view and the
data pack), since file downloads never enter the answer store.
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict

from PIL import Image

from serving import images

SCALE = 1  # frames at their CSS size: a GIF for the web, not for print
FRAME_MS = 900  # how long each year stays
LAST_FRAME_MS = 2500  # the last year stays longer before the loop starts again
KEPT = 8  # finished GIFs kept


def frames(sheet: bytes, count: int) -> list[Image.Image]:
    """Cut a picture of ``count`` frames stacked top to bottom into those frames."""
    picture = Image.open(io.BytesIO(sheet)).convert("RGB")
    height = picture.height / count
    return [picture.crop((0, round(i * height), picture.width, round((i + 1) * height))) for i in range(count)]


def gif_bytes(pictures: list[Image.Image]) -> bytes:
    """An endlessly looping GIF of ``pictures`` on one shared palette (adaptive, no dithering: flat map colours stay flat)."""
    palette = pictures[0].quantize(colors=255, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    frames_ = [p.quantize(palette=palette, dither=Image.Dither.NONE) for p in pictures]
    buffer = io.BytesIO()
    durations = [FRAME_MS] * (len(frames_) - 1) + [LAST_FRAME_MS]
    frames_[0].save(buffer, format="GIF", save_all=True, append_images=frames_[1:], duration=durations, loop=0, optimize=False)
    return buffer.getvalue()


class Store:
    """The last :data:`KEPT` GIFs by key, shared by the threads of one process."""

    def __init__(self):
        self._lock = threading.Lock()
        self._kept: OrderedDict[str, bytes] = OrderedDict()

    def get(self, key: str, make) -> bytes:
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]
        made = make()
        with self._lock:
            self._kept[key] = made
            while len(self._kept) > KEPT:
                self._kept.popitem(last=False)
        return made


STORE = Store()


def animated_gif(key: str, figure, count: int) -> bytes:
    """The GIF of ``figure`` (``count`` frames stacked), made once per ``key``."""
    return STORE.get(key, lambda: gif_bytes(frames(images.RENDERER.render(figure(), "png", SCALE), count)))
