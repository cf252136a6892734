"""The animation of a map through its years, as GIF or MP4: one render of all frames, cut apart, kept per view.

``layouts/export_series.frames_figure`` stacks every frame in one tall figure, so
the shared renderer (``serving/images.py``) draws them in one call instead of one
call per year; Pillow cuts the picture into frames and writes the GIF. The MP4 is
encoded by Debian's ``ffmpeg`` (H.264) where it is installed (:data:`FFMPEG`);
without it the atlas offers no MP4. Finished files are kept in a small store of
their own (per process, keyed by the view, the data pack and the format), since
file downloads never enter the answer store.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path

from PIL import Image

from serving import images

SCALE = 1  # frames at their CSS size: a GIF for the web, not for print
FRAME_MS = 900  # how long each year stays
LAST_FRAME_MS = 2500  # the last year stays longer before the loop starts again
KEPT = 8  # finished files kept
FFMPEG = shutil.which("ffmpeg")  # None: no MP4


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


def mp4_bytes(pictures: list[Image.Image]) -> bytes:
    """An H.264 MP4 (yuv420p, playable everywhere) of ``pictures``, one per :data:`FRAME_MS`, encoded by ffmpeg."""
    with tempfile.TemporaryDirectory(prefix="atlas-mp4-") as folder:
        for number, picture in enumerate(pictures):
            picture.save(Path(folder) / f"{number:03d}.png")
        video = Path(folder) / "animation.mp4"
        command = [FFMPEG, "-loglevel", "error", "-framerate", f"1000/{FRAME_MS}", "-i", str(Path(folder) / "%03d.png")]
        command += ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-movflags", "+faststart", str(video)]
        subprocess.run(command, check=True, timeout=120, capture_output=True)
        return video.read_bytes()


ENCODERS = {"gif": gif_bytes, "mp4": mp4_bytes}


class Store:
    """The last :data:`KEPT` files by key, shared by the threads of one process."""

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


def animated(key: str, figure, count: int, fmt: str) -> bytes:
    """The animation of ``figure`` (``count`` frames stacked) as ``gif`` or ``mp4``; the frames are rendered once per
    ``key`` (for both formats), each file is made once."""
    sheet = STORE.get(f"{key}|frames", lambda: images.RENDERER.render(figure(), "png", SCALE))
    return STORE.get(f"{key}|{fmt}", lambda: ENCODERS[fmt](frames(sheet, count)))
