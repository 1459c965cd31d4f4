"""The bench's gunicorn server and load generator: serve the project on a free local port as
docker-compose.yml does, and count the 200 answers a few keep-alive connections get from it."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.utils import get_random_secret_key

TRIVIAL_PATH = "/healthz/"  # public:healthz, the trivial Django view every rate is set against
GUNICORN_WORKERS = 2
GUNICORN_THREADS = 4
CLIENT_CONNECTIONS = 4  # keep-alive connections of the load generator


class ServerError(Exception):
    """gunicorn did not come up."""


@dataclass
class Rate:
    """What one load run got: 200 responses per second, and everything else by kind."""

    rps: float
    ok: int
    errors: Counter[str]


def measure_rps(
    url: str,
    seconds: float,
    cookies: dict[str, str] | None = None,
    connections: int = CLIENT_CONNECTIONS,
) -> Rate:
    """Load ``url`` for ``seconds`` from a few threads, each with a keep-alive connection.

    Only responses completed within the time count; non-200 answers and failures are errors.
    The generator talks to 127.0.0.1 only: it is a bench, not a load-testing tool.
    """
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.hostname != "127.0.0.1" or not parts.port:
        raise ValueError(f"{url}: the load generator only talks to http://127.0.0.1:<port>")
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    headers = {"Host": parts.netloc}
    if cookies:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    ok_counts = [0] * connections
    errors: Counter[str] = Counter()
    lock = threading.Lock()
    start = threading.Barrier(connections + 1)
    deadline = 0.0

    def load(slot: int) -> None:
        conn: http.client.HTTPConnection | None = None
        served = 0  # requests answered on the current connection
        start.wait()
        while time.perf_counter() < deadline:
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
                    served = 0
                conn.request("GET", target, headers=headers)
                response = conn.getresponse()
                response.read()
                served += 1
                if time.perf_counter() <= deadline:
                    if response.status == 200:
                        ok_counts[slot] += 1
                    else:
                        with lock:
                            errors[f"HTTP {response.status}"] += 1
                if response.will_close:
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as error:
                # A server may close an idle keep-alive connection just as a request goes out;
                # like any HTTP client, reconnect once without calling that a failure.
                if served == 0 or not isinstance(error, ConnectionError):
                    with lock:
                        errors[type(error).__name__] += 1
                if conn is not None:
                    conn.close()
                conn = None
        if conn is not None:
            conn.close()

    threads = [threading.Thread(target=load, args=(slot,)) for slot in range(connections)]
    for thread in threads:
        thread.start()
    deadline = time.perf_counter() + seconds
    start.wait()
    for thread in threads:
        thread.join()
    ok = sum(ok_counts)
    return Rate(rps=ok / seconds, ok=ok, errors=errors)


@dataclass
class Server:
    base_url: str
    secret_key: str  # what signs its sessions
    description: str
    log: IO[str]  # gunicorn's output: the tracebacks of pages that failed

    def log_tail(self, lines: int = 30) -> str:
        self.log.flush()
        self.log.seek(0)
        return "".join(self.log.readlines()[-lines:])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_environment() -> tuple[dict[str, str], str]:
    env = dict(os.environ)
    # The app refuses to serve without a key; a bench-only one lives as long as the server.
    if not env.get("SECRET_KEY"):
        env["SECRET_KEY"] = "bench-only-" + get_random_secret_key()
    # As docker-compose.yml serves: DEBUG off, plain HTTP (TLS ends at the proxy).
    env["DEBUG"] = "false"
    env["SECURE_SSL_REDIRECT"] = "false"
    # The static storage this process runs with (the manifest after collectstatic, or not).
    env.setdefault("STATIC_MANIFEST", "true" if settings.STATIC_MANIFEST else "false")
    hosts = list(settings.ALLOWED_HOSTS)
    if "127.0.0.1" not in hosts and "*" not in hosts:
        hosts.append("127.0.0.1")
    env["ALLOWED_HOSTS"] = ",".join(hosts)
    return env, env["SECRET_KEY"]


@contextmanager
def gunicorn_server(
    workers: int = GUNICORN_WORKERS, threads: int = GUNICORN_THREADS
) -> Iterator[Server]:
    """Serve the project with gunicorn on a free local port for the block; stop it after."""
    env, secret_key = _server_environment()
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [
        str(gunicorn),
        "township_portal.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "--log-level",
        "warning",
    ]
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as log:
        process = subprocess.Popen(
            command, cwd=settings.BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            _wait_until_up(process, base_url, log)
            description = (
                f"gunicorn {workers} workers × {threads} threads (gthread), DEBUG off, "
                f"on 127.0.0.1:{port}"
            )
            yield Server(base_url, secret_key, description, log)
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_up(process: subprocess.Popen, base_url: str, log, timeout: float = 30) -> None:
    port = urlsplit(base_url).port
    give_up = time.monotonic() + timeout
    while time.monotonic() < give_up:
        if process.poll() is not None:
            break
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", TRIVIAL_PATH)
            if conn.getresponse().status == 200:
                conn.close()
                return
            conn.close()
        except OSError:
            pass
        time.sleep(0.2)
    log.seek(0)
    tail = "".join(log.readlines()[-20:])
    raise ServerError(f"gunicorn did not answer {TRIVIAL_PATH} at {base_url}:\n{tail}")
