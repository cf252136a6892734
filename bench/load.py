"""``python -m bench.load``: many visitors at once against gunicorn on localhost (1, 2, 4 workers; 2 instances behind nginx).

A visit is recorded once in headless Chromium: the page load (the HTML, Dash's
layout and dependency requests, and the callback requests the page sends) and a
walk through the controls (indicator, year, level, classes, a place's profile,
comparison tabs, projects). Every simulated visitor then repeats that visit,
request after request, without pauses, until the time is up — so the figures are
the capacity of the server, and p95 includes the time a request waits for a free
worker. Script bundles and boundaries are left out: a browser fetches them once
and caches them (``/data/*.geojson?v=`` and Dash's fingerprinted bundles).

Each worker count runs twice: with the answer store on (the default: visitors who
ask the same answer it from memory) and with ``ATLAS_CACHE=off`` (every answer
computed). The visitors are split over two client processes so the Python client
is not the bottleneck on a small machine; the client shares the machine's cores
with the server, as ``os.sched_getaffinity`` shows in the header.

The export mix: 20 visitors export the map as PNG and SVG, one after the other without pauses (every
export is rendered: downloads are never taken from the answer store), while 10 more visitors repeat the
visit above, against gunicorn with threads (``--threads``), so the export renderers' queue and its time
limit are what a request meets (``serving/images.py``; ``ATLAS_EXPORT_WARM=1``: each worker opens its
Chromium at its first request). An export refused because every renderer stayed
busy answers with ``Retry-After`` and counts as an error here, like any status but 200 and 204.

Then the scale-out: two app instances (gunicorn, each with its workers) behind
nginx, sharing one Redis as their answer store (``ATLAS_CACHE_REDIS_URL``), as a
deployment on several machines runs, here all on loopback. It runs twice: with
Redis up throughout, and with Redis stopped half-way (the instances go on with
their own stores; no request may fail).
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import threading
import time
from dataclasses import dataclass

import requests

from bench import balancer, browser, replay, servers
from bench.__main__ import machine, number, table
from layouts import ids

GUNICORN = servers.python("-m", "gunicorn") + ["--preload", "--worker-class", "sync", "--timeout", "60", "app:server"]
#: The export mix's server: each worker answers several requests at once, so exports queue for the renderers.
THREADED = servers.python("-m", "gunicorn") + ["--preload", "--worker-class", "gthread", "--threads", "4", "--timeout", "60", "app:server"]
CLICK = "click"  # a button in the walk is clicked rather than set
BUSY = 503  # the status counted for an answer that says "try again later" (Retry-After)
#: The walk a visitor takes after the page has loaded: (control, value), each set as a user's choice would.
WALK = [
    (ids.INDICATOR, "arbeitslose_je_100_ew_15_64"),
    (ids.YEAR, 2019),
    (ids.CLASSIFICATION, "natural_breaks"),
    (ids.CLASSES, 7),
    (ids.LEVEL, "kreis"),
    (ids.PLACE_SEARCH, "05513"),
    (ids.COMPARISON_TABS["trend"], CLICK),
    (ids.COMPARISON_TABS["inequality"], CLICK),
    (ids.LEVEL, "gemeinde"),
    (ids.INDICATOR, "mindestsicherungsquote_pct"),
    (ids.PROJECT_OPTIONS, ["projects"]),
    (ids.COMPARISON_TABS["projects"], CLICK),
    (ids.INDICATOR, "gisd_nrw_frame_score"),
]
PAGE_REQUESTS = ["/", "/_dash-layout", "/_dash-dependencies"]
#: What an exporting visitor does, again and again: the map as PNG, then as SVG (export menu defaults: locator on).
EXPORTS = [(ids.EXPORT_BUTTONS["png"], CLICK), (ids.EXPORT_BUTTONS["svg"], CLICK)]


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    body: str | None = None


def record(url: str, walk=WALK, *, with_page: bool = True) -> list[Request]:
    """The requests of one visit, in the order the browser sent them; without the page load's unless ``with_page``."""
    with browser.page(url + "/", "#map path.place", 53) as page:
        calls = page.driver.execute_script("return window.__bench.calls") if with_page else []
        for control, value in walk:
            page.driver.execute_script(
                "window.__bench.calls = [];"
                "if (arguments[1] === arguments[2]) document.getElementById(arguments[0]).click();"
                "else window.dash_clientside.set_props(arguments[0], {value: arguments[1]});",
                control,
                value,
                CLICK,
            )
            page.settle(quiet=0.6)
            sent = page.driver.execute_script("return window.__bench.calls")
            if not sent:
                raise RuntimeError(f"setting {control} to {value!r} sent no request: the walk no longer fits the page")
            calls += sent
    page_requests = [Request("GET", path) for path in PAGE_REQUESTS] if with_page else []
    return page_requests + [Request("POST", "/_dash-update-component", body) for body in calls]


def visitor(url: str, visit: list[Request], until: float, results: list) -> None:
    """One visitor repeating the visit; appends ``(ms, status)`` per request (status 0: no answer)."""
    session = requests.Session()
    while time.perf_counter() < until:
        for request in visit:
            started = time.perf_counter()
            try:
                if request.method == "GET":
                    response = session.get(url + request.path, headers=replay.ACCEPT, timeout=60)
                else:
                    response = session.post(url + request.path, data=request.body.encode(), headers=replay.ACCEPT, timeout=60)
                status = BUSY if "Retry-After" in response.headers else response.status_code  # a refused export, said in a 200
            except requests.RequestException:
                status = 0
            results.append(((time.perf_counter() - started) * 1000, status))
            if time.perf_counter() >= until:
                return


def client(url: str, visit: list[Request], visitors: int, until: float, queue) -> None:
    """A client process running ``visitors`` threads; puts its ``(ms, status)`` list on ``queue``."""
    results: list = []
    threads = [threading.Thread(target=visitor, args=(url, visit, until, results)) for _ in range(visitors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    queue.put(results)


@dataclass(frozen=True)
class Load:
    requests: int
    per_second: float
    p50_ms: float
    p95_ms: float
    unchanged: int  # 204: a callback with nothing to change (Dash's PreventUpdate), a valid answer
    errors: int  # any other status, or no answer


def load(url: str, visit: list[Request], visitors: int, seconds: float, processes: int = 2) -> Load:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    started = time.perf_counter()
    until = started + seconds
    workers = [
        context.Process(target=client, args=(url, visit, visitors // processes + (i < visitors % processes), until, queue))
        for i in range(processes)
    ]
    for worker in workers:
        worker.start()
    results = [item for _ in workers for item in queue.get()]
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    times = [ms for ms, _ in results]
    return Load(
        len(results),
        len(results) / elapsed,
        replay.percentile(times, 0.5),
        replay.percentile(times, 0.95),
        sum(status == 204 for _, status in results),
        sum(status not in (200, 204) for _, status in results),
    )


def export_mix(
    url: str, visit: list[Request], export_visit: list[Request], exporters: int, browsers: int, seconds: float
) -> tuple[Load, Load]:
    """``exporters`` visitors exporting and ``browsers`` visitors walking the page at the same time: (exports, the rest)."""
    results = {}

    def run(name, requests_, visitors, processes):
        results[name] = load(url, requests_, visitors, seconds, processes)

    threads = [
        threading.Thread(target=run, args=("exports", export_visit, exporters, 2)),
        threading.Thread(target=run, args=("browsing", visit, browsers, 1)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results["exports"], results["browsing"]


def scale_out(visit: list[Request], visitors: int, seconds: float, instances: int, workers: int, *, stop_redis: bool) -> tuple[Load, dict]:
    """``instances`` gunicorns behind nginx on one Redis; with ``stop_redis``, Redis is stopped half-way through the run."""
    redis = servers.RedisServer()
    redis.start()
    try:
        with contextlib.ExitStack() as stack:
            apps = [
                stack.enter_context(servers.serve(GUNICORN + ["--workers", str(workers)], env={"ATLAS_CACHE_REDIS_URL": redis.url}))
                for _ in range(instances)
            ]
            front = stack.enter_context(balancer.nginx([app.url for app in apps]))
            halfway = threading.Timer(seconds / 2, redis.stop if stop_redis else lambda: None)
            halfway.start()
            result = load(front.url, visit, visitors, seconds)
            halfway.join()
            time.sleep(1.5)  # nginx writes its log every second
            return result, front.answered_by()
    finally:
        redis.stop()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, default=50, help="simulated visitors at once (default 50)")
    parser.add_argument("--seconds", type=float, default=60, help="duration of each run (default 60)")
    parser.add_argument(
        "--workers",
        type=int,
        nargs="*",
        default=[1, 2, 4],
        help="gunicorn worker counts of the single-server runs (default 1 2 4; none: skip them)",
    )
    parser.add_argument(
        "--exporters", type=int, default=20, help="visitors exporting PNG and SVG in the export mix (default 20; 0: skip it)"
    )
    parser.add_argument("--export-browsers", type=int, default=10, help="visitors walking the page during the export mix (default 10)")
    parser.add_argument("--export-workers", type=int, default=2, help="gunicorn workers (4 threads each) of the export mix (default 2)")
    parser.add_argument("--instances", type=int, default=2, help="app instances behind nginx sharing one Redis (default 2; 0: skip)")
    parser.add_argument("--instance-workers", type=int, default=2, help="gunicorn workers of each instance (default 2)")
    arguments = parser.parse_args()
    print(f"machine: {machine()}")
    with servers.serve(GUNICORN + ["--workers", "1"]) as server:
        visit = record(server.url)
        export_visit = record(server.url, EXPORTS, with_page=False) if arguments.exporters else []
    print(
        f"a visit: {len(visit)} requests ({len(PAGE_REQUESTS)} page GETs, {len(visit) - len(PAGE_REQUESTS)} callbacks), "
        f"{arguments.visitors} visitors at once, {number(arguments.seconds)} s per run",
        flush=True,
    )
    if export_visit:
        print(f"an exporting visitor repeats {len(export_visit)} export requests (PNG and SVG of the map)", flush=True)
    header = ["requests", "requests/s", "p50 (ms)", "p95 (ms)", "of which 204", "errors"]
    rows = []
    for workers in arguments.workers:
        for store, env in (("on", {}), ("off", {"ATLAS_CACHE": "off"})):
            with servers.serve(GUNICORN + ["--workers", str(workers)], env=env) as server:
                result = load(server.url, visit, arguments.visitors, arguments.seconds)
            print(f"  {workers} workers, answer store {store}: {result}", flush=True)
            rows.append([workers, store, *cells(result)])
    exports = []
    if arguments.exporters:
        with servers.serve(THREADED + ["--workers", str(arguments.export_workers)], env={"ATLAS_EXPORT_WARM": "1"}) as server:
            exported, browsed = export_mix(
                server.url, visit, export_visit, arguments.exporters, arguments.export_browsers, arguments.seconds
            )
        setup = f"{arguments.export_workers} workers × 4 threads"
        for who, count, result in (("exporting", arguments.exporters, exported), ("walking the page", arguments.export_browsers, browsed)):
            print(f"  export mix, {setup}, {count} visitors {who}: {result}", flush=True)
            exports.append([f"{count} {who}", *cells(result)])
    shared = []
    for redis, stop in (("up", False), ("stopped half-way", True)) if arguments.instances else ():
        result, answered_by = scale_out(
            visit, arguments.visitors, arguments.seconds, arguments.instances, arguments.instance_workers, stop_redis=stop
        )
        setup = f"{arguments.instances} × {arguments.instance_workers} workers, nginx"
        print(f"  {setup}, Redis {redis}: {result}; answered by {answered_by}", flush=True)
        shared.append([setup, redis, *cells(result), " / ".join(number(count) for count in answered_by.values())])
    if rows:
        print()
        print(table(rows, ["workers", "answer store", *header]))
    if exports:
        print()
        print(table(exports, ["export mix: visitors", *header]))
    if shared:
        print()
        print(table(shared, ["instances", "shared Redis", *header, "per instance"]))


def cells(result: Load) -> list:
    return [result.requests, number(result.per_second), number(result.p50_ms), number(result.p95_ms), result.unchanged, result.errors]


if __name__ == "__main__":
    main()
