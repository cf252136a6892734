"""Server time and response size per callback: the requests a real switch sent, sent again many times.

The bodies come from the browser (:class:`bench.browser.Switch`), so the server
sees exactly what a visitor's browser sends. Callbacks are stateless (the view
state travels in the request), so a recorded request can be repeated as often as
needed. Time is measured around one HTTP round trip on localhost.
"""

from __future__ import annotations

import gzip
import json
import statistics
import time
from dataclasses import dataclass

import brotli
import requests

ACCEPT = {"Accept-Encoding": "br, gzip", "Content-Type": "application/json"}
DECODERS = {"br": brotli.decompress, "gzip": gzip.decompress, "": bytes}


@dataclass(frozen=True)
class CallbackFigures:
    name: str  # the first output the callback writes
    p50_ms: float
    p95_ms: float
    bytes: int  # response body as transferred (compressed if the server compresses)
    uncompressed: int
    status: int


def output_name(body: str) -> str:
    output = json.loads(body)["output"]
    return output.strip(".").split("...")[0].split("@")[0]


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def post(session: requests.Session, url: str, body: str) -> tuple[float, requests.Response, bytes]:
    started = time.perf_counter()
    response = session.post(f"{url}/_dash-update-component", data=body.encode(), headers=ACCEPT, stream=True)
    raw = response.raw.read(decode_content=False)
    return (time.perf_counter() - started) * 1000, response, raw


@dataclass(frozen=True)
class Replay:
    callbacks: list[CallbackFigures]
    chain_p50_ms: float  # all requests of one switch, one after the other
    chain_p95_ms: float
    bytes: int  # all responses of one switch, as transferred
    uncompressed: int


def replay(url: str, chains: list[list[str]], repetitions: int) -> Replay:
    """Send every chain ``repetitions`` times, alternating (a visitor switching back and forth)."""
    session = requests.Session()
    times: dict[str, list[float]] = {}
    sizes: dict[str, tuple[int, int, int]] = {}
    totals = []
    for _ in range(repetitions):
        for chain in chains:
            total = 0.0
            for body in chain:
                name = output_name(body)
                elapsed, response, raw = post(session, url, body)
                if response.status_code not in (200, 204):
                    raise RuntimeError(f"{name}: HTTP {response.status_code}")
                times.setdefault(name, []).append(elapsed)
                decoded = DECODERS[response.headers.get("Content-Encoding", "")](raw)
                sizes[name] = (len(raw), len(decoded), response.status_code)
                total += elapsed
            totals.append(total)
    figures = [CallbackFigures(name, percentile(t, 0.5), percentile(t, 0.95), *sizes[name]) for name, t in times.items()]
    return Replay(
        figures, percentile(totals, 0.5), percentile(totals, 0.95), sum(f.bytes for f in figures), sum(f.uncompressed for f in figures)
    )
