"""Start a web app in its own process and time its cold start: process start → first answer of ``/``."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass(frozen=True)
class Server:
    url: str
    cold_start_s: float
    process: subprocess.Popen


@contextmanager
def serve(command: list[str], *, env: dict | None = None, timeout: float = 120):
    """Run ``command`` (which must listen on $PORT) until the block ends; yields a :class:`Server`."""
    port = free_port()
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "PORT": str(port), **(env or {})}
    started = time.perf_counter()
    log = tempfile.TemporaryFile()  # a pipe would fill up with the request log and block the server
    process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            if process.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}: {log.read().decode()[-2000:]}")
            try:
                with urllib.request.urlopen(url + "/", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.perf_counter() - started > timeout:
                raise TimeoutError(f"{' '.join(command)} did not answer within {timeout} s")
            time.sleep(0.02)
        yield Server(url, time.perf_counter() - started, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def python(*arguments: str) -> list[str]:
    return [sys.executable, *arguments]
