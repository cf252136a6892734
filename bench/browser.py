"""Headless Chromium measurements: what a visitor's browser downloads and waits for.

Times come from the page's own clock (``performance.now()``): a watcher installed
before the first byte records when the map's shapes are drawn, and a switch is
timed from the moment a control's value is set (``dash_clientside.set_props``,
which runs the same callbacks as a user's choice) to the first animation frame in
which the shapes show new colours. Bytes are the Resource Timing ``transferSize``
(compressed body plus headers) of everything the page fetched. The callback
requests a switch sends are recorded, so :mod:`bench.replay` can repeat them.
"""

from __future__ import annotations

import os
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass

from selenium import webdriver
from selenium.webdriver.chrome.options import Options

#: Installed before any page script: records when ``count`` shapes are drawn, and the callback requests sent.
WATCHER = """
window.__bench = {drawn: null, calls: []};
performance.setResourceTimingBufferSize(100000);
(function () {
  const fetch = window.fetch;
  window.fetch = function (resource, init) {
    if (String(resource.url || resource).includes("_dash-update-component")) { window.__bench.calls.push(init.body); }
    return fetch.apply(this, arguments);
  };
  function check() {
    if (document.querySelectorAll(%(selector)r).length >= %(count)d) { window.__bench.drawn = performance.now(); }
    else { requestAnimationFrame(check); }
  }
  requestAnimationFrame(check);
})();
"""

SWITCH = """
const [id, value, selector, done] = arguments;
const fill = (el) => el.getAttribute("fill") || getComputedStyle(el).fill;
const colours = () => [...document.querySelectorAll(selector)].map(fill).join("|");
const before = colours();
window.__bench.calls = [];
const start = performance.now();
window.dash_clientside.set_props(id, {value: value});
(function check() {
  if (colours() !== before) { done(performance.now() - start); }
  else if (performance.now() - start > 20000) { done(null); }
  else { requestAnimationFrame(check); }
})();
"""

#: Presses play as a person does (at the fast speed) and times ``frames`` year steps after the first: from the start of
#: the frame to the map's new colours (Leaflet writes the SVG inside that step; the texts and charts follow after the
#: next paint), to the end of the whole frame, and the requests sent meanwhile (callback requests seen by the fetch
#: wrapper, and every resource the page fetched).
PLAY = """
const [frames, done] = arguments;
const play = window.ruhrAtlas.play, show = play.show, colour = play.colour, follow = play.follow;
const fill = () => [...document.querySelectorAll(%(selector)r)].map(p => p.getAttribute("fill")).join("|");
const steps = [];
let calls = 0, resources = 0, loaded = null, clicked = performance.now();
play.show = function () {
  if (loaded === null) { loaded = performance.now() - clicked; calls = window.__bench.calls.length; resources = performance.getEntriesByType("resource").length; }
  const before = fill();
  steps.push({before: before, start: performance.now()});
  show.apply(this, arguments);
};
play.colour = function () {
  colour.apply(this, arguments);
  const step = steps[steps.length - 1];
  step.colours = performance.now() - step.start;
  step.changed = fill() !== step.before;
};
play.follow = function () {
  follow.apply(this, arguments);
  const step = steps[steps.length - 1];
  step.frame = performance.now() - step.start;
  if (steps.length > frames) {
    Object.assign(play, {show: show, colour: colour, follow: follow});
    document.getElementById("play-toggle").click();  // pause
    done({steps: steps.slice(1), loaded: loaded, calls: window.__bench.calls.length - calls,
          resources: performance.getEntriesByType("resource").length - resources,
          frames: performance.getEntriesByType("resource").filter(e => e.name.includes("_dash-update-component")).pop()});
  }
};
document.querySelector("#play-speed input[value='500']").click();
window.__bench.calls = [];
document.getElementById("play-toggle").click();
"""

RESOURCES = """
const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
return entries.map(e => ({name: e.name, transfer: e.transferSize, body: e.decodedBodySize}));
"""


@dataclass(frozen=True)
class FirstView:
    drawn_ms: float  # navigation start → map drawn
    bytes: int  # transferred: compressed bodies plus headers
    uncompressed: int  # decoded bodies
    requests: int
    callbacks: int  # of which requests to _dash-update-component


@dataclass(frozen=True)
class Play:
    colours_ms: list[float]  # frame start → new colours on the map, per year step
    frame_ms: list[float]  # the whole frame (colours, texts, legend, charts on screen)
    recoloured: int  # steps after which the map's fills differed (a year can repeat the last one's classes)
    loaded_ms: float  # play pressed → first frame (the one request for the frames)
    frames_bytes: int  # that request's answer as transferred
    frames_uncompressed: int
    requests: int  # callback requests sent during the timed steps
    resources: int  # anything fetched during the timed steps


@dataclass(frozen=True)
class Switch:
    ms: float  # value set → new colours on screen
    requests: list[str]  # the JSON bodies of the callback requests it sent


def options() -> Options:
    chosen = Options()
    chosen.binary_location = os.environ.get("DASH_TEST_CHROMEPATH", "/usr/bin/chromium")
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1",  # offline, like a workshop
    ):
        chosen.add_argument(argument)
    return chosen


class Page:
    """One page in a fresh browser (empty cache and profile)."""

    def __init__(self, driver, url: str, selector: str, count: int, timeout: float = 30):
        self.driver, self.selector = driver, selector
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCHER % {"selector": selector, "count": count}})
        driver.get(url)
        deadline = time.monotonic() + timeout
        while driver.execute_script("return window.__bench.drawn") is None:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url}: {count} × {selector} not drawn within {timeout} s")
            time.sleep(0.05)
        self.settle()

    def settle(self, quiet: float = 0.5, timeout: float = 15) -> None:
        """Wait until no resource has been fetched for ``quiet`` seconds."""
        seen, since = -1, time.monotonic()
        while time.monotonic() - since < timeout:
            count = self.driver.execute_script("return performance.getEntriesByType('resource').length")
            if count != seen:
                seen, since = count, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return
            time.sleep(0.05)

    def first_view(self) -> FirstView:
        entries = self.driver.execute_script(RESOURCES)
        return FirstView(
            drawn_ms=self.driver.execute_script("return window.__bench.drawn"),
            bytes=sum(e["transfer"] for e in entries),
            uncompressed=sum(e["body"] for e in entries),
            requests=len(entries),
            callbacks=sum("_dash-update-component" in e["name"] for e in entries),
        )

    def switch(self, control: str, value) -> Switch:
        """Set ``control`` to ``value`` (it must differ from the current one) and wait for new colours."""
        elapsed = self.driver.execute_async_script(SWITCH, control, value, self.selector)
        if elapsed is None:
            raise TimeoutError(f"the map's colours did not change after {control} = {value!r}")
        self.settle(quiet=0.3)
        return Switch(elapsed, self.driver.execute_script("return window.__bench.calls"))

    def play(self, frames: int) -> Play:
        """Press play and time ``frames`` year steps after the first one, then pause (see :data:`PLAY`)."""
        found = self.driver.execute_async_script(PLAY % {"selector": self.selector}, frames)
        self.settle(quiet=0.3)
        steps = found["steps"]
        return Play(
            colours_ms=[step["colours"] for step in steps],
            frame_ms=[step["frame"] for step in steps],
            recoloured=sum(step["changed"] for step in steps),
            loaded_ms=found["loaded"],
            frames_bytes=found["frames"]["transferSize"],
            frames_uncompressed=found["frames"]["decodedBodySize"],
            requests=found["calls"],
            resources=found["resources"],
        )


@contextmanager
def page(url: str, selector: str, count: int, timeout: float = 30):
    with tempfile.TemporaryDirectory(prefix="bench-chromium-") as profile:
        chosen = options()
        chosen.add_argument(f"--user-data-dir={profile}")
        driver = webdriver.Chrome(options=chosen)
        driver.set_script_timeout(60)
        try:
            yield Page(driver, url, selector, count, timeout)
        finally:
            driver.quit()
