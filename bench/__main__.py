"""``python -m bench``: speed and size of the atlas against a baseline, measured in one run.

Prints tables; every atlas figure is also given as a ratio to the baseline
measured in the same run on the same machine, and the scale test as the growth
from 53 to all ~11,000 German municipalities (see bench/README.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
from dataclasses import dataclass

from bench import browser, replay, scale, servers


@dataclass(frozen=True)
class Subject:
    """An app under test, and how to switch its indicator and year from the browser."""

    name: str
    command: list[str]
    selector: str  # the map's shapes
    shapes: int
    indicator: tuple[str, tuple[str, str]]  # control id, (another indicator, the initial one)
    year: tuple[str, tuple[int, int]]  # control id, (another year, the initial one)
    computing: dict | None = None  # environment of a second server that computes every answer (no reuse)
    plays: bool = False  # has the play through the years (assets/play.js)


ATLAS = Subject(
    "atlas",
    servers.python("app.py"),
    "#map path.place",
    53,
    ("control-indicator", ("arbeitslose_je_100_ew_15_64", "gisd_nrw_frame_score")),
    ("control-year", (2011, 2021)),  # quantile classes of 6 places differ
    computing={"ATLAS_CACHE": "off"},
    plays=True,
)
PLAY_STEPS = 10  # year steps timed while playing
BASELINE = Subject(
    "baseline",
    servers.python("-m", "bench.baseline_app"),
    "#graph path.choroplethlocation",
    53,
    ("indicator", ("arbeitslose_je_100_ew_15_64", "gisd_nrw_frame_score")),
    ("year", (2011, 2021)),
)
SELECTORS = {"atlas": ATLAS.selector, "baseline": BASELINE.selector}


def scale_subject(kind: str, areas: str, shapes: int) -> Subject:
    return Subject(
        f"{kind}, {shapes:,} areas",
        servers.python("-m", "bench.scale_app", kind, areas),
        SELECTORS[kind],
        shapes,
        ("indicator", (scale.INDICATORS[1], scale.INDICATORS[0])),
        ("year", (2006, 2019)),
    )


def measure(subject: Subject, *, first_views: int, switches: int, repetitions: int, timeout: float = 30) -> dict:
    """Every figure of one app: cold start, first view (median of fresh browsers), switches."""
    print(f"  {subject.name} ...", flush=True)
    chains = {}
    with servers.serve(subject.command, timeout=max(120, timeout)) as server:
        figures: dict = {"cold start (s)": server.cold_start_s}
        views = []
        for _ in range(first_views):
            with browser.page(server.url + "/", subject.selector, subject.shapes, timeout) as page:
                views.append(page.first_view())
        median = sorted(views, key=lambda view: view.drawn_ms)[len(views) // 2]
        figures |= {
            "first view: transferred (KB)": median.bytes / 1000,
            "first view: uncompressed (KB)": median.uncompressed / 1000,
            "first view: requests": median.requests,
            "first view: map drawn (ms)": median.drawn_ms,
        }
        with browser.page(server.url + "/", subject.selector, subject.shapes, timeout) as page:
            if subject.plays:  # play first, then back to the initial year: the switches below are switches while paused
                figures["_play"] = page.play(PLAY_STEPS)
                page.switch(subject.year[0], subject.year[1][1])
            for label, (control, values) in (("indicator", subject.indicator), ("year", subject.year)):
                runs = [page.switch(control, values[index % 2]) for index in range(switches)]
                chains[label] = [runs[0].requests, runs[1].requests]
                served = replay.replay(server.url, chains[label], repetitions)
                figures |= {
                    f"{label} switch: callbacks": len(runs[0].requests),
                    f"{label} switch: server time p50 (ms)": served.chain_p50_ms,
                    f"{label} switch: server time p95 (ms)": served.chain_p95_ms,
                    f"{label} switch: server time p95, nothing reused (ms)": served.chain_p95_ms,
                    f"{label} switch: transferred (KB)": served.bytes / 1000,
                    f"{label} switch: uncompressed (KB)": served.uncompressed / 1000,
                    f"{label} switch: new colours p50 (ms)": replay.percentile([run.ms for run in runs], 0.5),
                    f"{label} switch: new colours p95 (ms)": replay.percentile([run.ms for run in runs], 0.95),
                    f"_{label} callbacks": served.callbacks,
                }
    if subject.computing is not None:
        with servers.serve(subject.command, env=subject.computing) as server:
            for label, chain in chains.items():
                computed = replay.replay(server.url, chain, repetitions)
                figures[f"{label} switch: server time p95, nothing reused (ms)"] = computed.chain_p95_ms
                figures[f"_{label} callbacks computed"] = computed.callbacks
    return figures


def number(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}" if value >= 10 else f"{value:.2f}"


def ratio(a, b) -> str:
    return f"{a / b:.3f}" if b else "–"


def table(rows: list[list], header: list[str]) -> str:
    rows = [[str(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))) + " |"
        for row in [header, *rows]
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 1) + (":" if i else "-") for i, w in enumerate(widths)) + "|")
    return "\n".join(lines)


def comparison(atlas: dict, baseline: dict) -> str:
    rows = [
        [name, number(value), number(baseline[name]), ratio(value, baseline[name])]
        for name, value in atlas.items()
        if not name.startswith("_")
    ]
    return table(rows, ["figure", "atlas", "baseline", "atlas ÷ baseline"])


def callbacks(atlas: dict) -> str:
    rows = []
    for label in ("indicator", "year"):
        computed = {item.name: item for item in atlas.get(f"_{label} callbacks computed", [])}
        for item in atlas[f"_{label} callbacks"]:
            fresh = computed.get(item.name)
            rows.append(
                [
                    label,
                    item.name,
                    number(item.p50_ms),
                    number(item.p95_ms),
                    number(fresh.p95_ms) if fresh else "–",
                    f"{item.bytes:,}",
                    f"{item.uncompressed:,}",
                    item.status,
                ]
            )
    return table(rows, ["switch", "callback (first output)", "p50 ms", "p95 ms", "p95 ms, computed", "bytes", "uncompressed", "HTTP"])


def play_table(played: browser.Play) -> str:
    """The play through the years, which the baseline does not have: figures of the atlas alone."""
    rows = [
        [
            "year step: frame start → new colours p50 / p95 (ms)",
            f"{number(replay.percentile(played.colours_ms, 0.5))} / {number(replay.percentile(played.colours_ms, 0.95))}",
        ],
        [
            "year step: whole frame p50 / p95 (ms)",
            f"{number(replay.percentile(played.frame_ms, 0.5))} / {number(replay.percentile(played.frame_ms, 0.95))}",
        ],
        ["year steps timed / with new colours on the map", f"{len(played.colours_ms)} / {played.recoloured}"],
        ["requests during those steps (callbacks / anything)", f"{played.requests} / {played.resources}"],
        ["play pressed → first frame (ms), one request", number(played.loaded_ms)],
        [
            "the frames' answer: transferred / uncompressed (KB)",
            f"{number(played.frames_bytes / 1000)} / {number(played.frames_uncompressed / 1000)}",
        ],
    ]
    return table(rows, ["play through the years", "atlas"])


SCALE_ROWS = (
    "cold start (s)",
    "first view: transferred (KB)",
    "first view: map drawn (ms)",
    "indicator switch: server time p95 (ms)",
    "indicator switch: transferred (KB)",
    "indicator switch: new colours p50 (ms)",
    "year switch: new colours p50 (ms)",
)


def scale_tables(builds: dict, results: dict) -> str:
    small, large = builds["ruhr"], builds["germany"]
    build_rows = [
        [name, number(getattr(small, key)), number(getattr(large, key)), ratio(getattr(large, key), getattr(small, key))]
        for name, key in (
            ("areas", "areas"),
            ("read the VG250 layer (s)", "read_s"),
            ("coverage simplification (s)", "simplify_s"),
            ("label points (s)", "labels_s"),
            ("GeoJSON writing (s)", "write_s"),
            ("boundary steps (s)", "total_s"),
            ("GeoJSON (bytes)", "geojson_bytes"),
            ("GeoJSON, brotli (bytes)", "geojson_compressed"),
            ("values, Parquet (bytes)", "values_bytes"),
        )
    ]
    build_rows.append(["a clean coverage after simplifying", number(small.valid_coverage), number(large.valid_coverage), ""])
    rows = []
    for name in SCALE_ROWS:
        row = [name]
        for kind in ("atlas", "baseline"):
            a, b = results[(kind, "ruhr")][name], results[(kind, "germany")][name]
            row += [number(a), number(b), ratio(b, a)]
        rows.append(row)
    header = ["figure", "atlas: 53", f"atlas: {large.areas:,}", "growth", "baseline: 53", f"baseline: {large.areas:,}", "growth"]
    return table(build_rows, ["boundary pipeline", "53", f"{large.areas:,}", "growth"]) + "\n\n" + table(rows, header)


def machine() -> str:
    chromium = subprocess.run([browser.options().binary_location, "--version"], capture_output=True, text=True).stdout.strip()
    return f"{platform.machine()}, {len(os.sched_getaffinity(0))} cores, Python {platform.python_version()}, {chromium or 'Chromium'}"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--repetitions", type=int, default=60, help="requests per callback for server times (default 60)")
    parser.add_argument("--switches", type=int, default=20, help="switches timed in the browser (default 20)")
    parser.add_argument("--first-views", type=int, default=3, help="fresh browsers per first view; the median is shown (default 3)")
    parser.add_argument("--skip-scale", action="store_true", help="leave out the scale test (all German municipalities)")
    arguments = parser.parse_args()
    print(f"machine: {machine()}")
    print("measuring the atlas and the baseline (a Plotly choropleth figure with the full geometry per callback):")
    results = {
        subject.name: measure(subject, first_views=arguments.first_views, switches=arguments.switches, repetitions=arguments.repetitions)
        for subject in (ATLAS, BASELINE)
    }
    if not arguments.skip_scale:
        print("scale test: building the boundaries of the 53 RVR and of all German municipalities ...", flush=True)
        builds = {areas: scale.build(areas) for areas in ("ruhr", "germany")}
        scaled = {
            (kind, areas): measure(scale_subject(kind, areas, builds[areas].areas), first_views=1, switches=4, repetitions=5, timeout=300)
            for kind in ("atlas", "baseline")
            for areas in ("ruhr", "germany")
        }
    print()
    print(comparison(results["atlas"], results["baseline"]))
    print()
    print("Atlas callbacks per switch (server time per request; bytes as transferred):")
    print(callbacks(results["atlas"]))
    print()
    print(play_table(results["atlas"]["_play"]))
    if not arguments.skip_scale:
        print()
        print("Scale: the same boundary pipeline, and the same map (atlas: cached boundaries + hideout; baseline: a new")
        print("Plotly figure per change), on the 53 RVR and on all German municipalities (values: see bench/scale.py):")
        print(scale_tables(builds, scaled))


if __name__ == "__main__":
    main()
