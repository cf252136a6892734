"""Start a web app in its own process and time its cold start: process start → first answer of ``/``; a throwaway Redis."""

from __future__ import annotations

import os
import shutil
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
    # gunicorn binds to 0.0.0.0:$PORT by itself; every server here listens on the loopback only
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "PORT": str(port), "GUNICORN_CMD_ARGS": f"--bind 127.0.0.1:{port}", **(env or {})}
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


class RedisServer:
    """Debian's ``redis-server`` on a free loopback port, in memory only; :meth:`stop` and :meth:`start` keep the port."""

    MISSING = "redis-server not found: install Debian's redis-server (apt-get install redis-server; make test does it as root)"

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 10) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError(self.MISSING)
        self.process = subprocess.Popen(
            [binary, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as connection:
                    connection.sendall(b"PING\r\n")
                    if connection.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"redis-server did not start on port {self.port}")
            time.sleep(0.02)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None
