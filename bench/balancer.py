"""Debian's nginx as a load balancer on a free loopback port, in front of app instances (round robin)."""

from __future__ import annotations

import collections
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.servers import free_port

MISSING = "nginx not found: install Debian's nginx (apt-get install nginx; make bench does it as root)"
CONFIG = """
daemon off;
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    log_format upstream '$upstream_addr $status';
    access_log {folder}/access.log upstream buffer=64k flush=1s;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    upstream atlas {{
{servers}
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 2m;
        client_body_buffer_size 2m;   # callback requests stay in memory
        location / {{
            proxy_pass http://atlas;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_buffers 32 16k;
            proxy_max_temp_file_size 0;
        }}
    }}
}}
"""


@dataclass(frozen=True)
class Balancer:
    url: str
    folder: Path

    def answered_by(self) -> dict[str, int]:
        """Requests per app instance (``host:port``) so far, from nginx's access log."""
        log = self.folder / "access.log"
        return dict(collections.Counter(line.split()[0] for line in log.read_text().splitlines())) if log.exists() else {}


@contextmanager
def nginx(upstreams: list[str], timeout: float = 10):
    """Run nginx in front of ``upstreams`` (``http://127.0.0.1:port`` each) until the block ends; yields a :class:`Balancer`."""
    binary = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if binary is None:
        raise RuntimeError(MISSING)
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="atlas-nginx-") as name:
        folder = Path(name)
        os.chmod(folder, 0o755)  # run as root, nginx's workers are another user
        servers = "\n".join(f"        server {url.removeprefix('http://')};" for url in upstreams)
        (folder / "nginx.conf").write_text(CONFIG.format(folder=folder, servers=servers, port=port))
        process = subprocess.Popen(
            [binary, "-p", str(folder), "-c", str(folder / "nginx.conf"), "-e", str(folder / "error.log")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    with urllib.request.urlopen(url + "/", timeout=5):
                        break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"nginx did not start: {(folder / 'error.log').read_text()[-2000:]}") from None
                    time.sleep(0.05)
            yield Balancer(url, folder)
        finally:
            process.terminate()  # SIGTERM: nginx's fast shutdown, which also flushes the log buffer
            process.wait(timeout=10)
