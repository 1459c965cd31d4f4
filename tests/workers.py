"""A real Celery worker (and, when needed, a Redis server of the test's own) for tests.

The worker runs as a separate process against the test database, so the tests that use it
are transactional: what they save is committed where the worker can read it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection

from township_portal.celery import app

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_database_url() -> str:
    """The address of the database the tests are using, for another process to open."""
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    user = db.get("USER") or "postgres"
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{db['NAME']}"


@contextmanager
def redis_server() -> Iterator[tuple[str, callable, callable]]:
    """A throw-away Redis on a free port: (url, stop, start)."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed: scripts/install-os-deps.sh test")
    port = free_port()
    command = [
        binary,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
    ]
    process: list[subprocess.Popen] = []

    def start() -> None:
        process.append(subprocess.Popen(command, stdout=subprocess.DEVNULL))
        for _ in range(100):
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop() -> None:
        while process:
            server = process.pop()
            server.terminate()
            server.wait(10)

    start()
    try:
        yield f"redis://127.0.0.1:{port}/0", stop, start
    finally:
        stop()


@contextmanager
def publishing_to(broker_url: str) -> Iterator[None]:
    """Send tasks from this process to ``broker_url`` instead of running them in-process."""
    saved = (app.conf.broker_url, app.conf.task_always_eager)
    app.conf.broker_url = broker_url
    app.conf.task_always_eager = False
    _forget_connections()
    try:
        yield
    finally:
        app.conf.broker_url, app.conf.task_always_eager = saved
        _forget_connections()


def _forget_connections() -> None:
    # What Celery does after a fork: the next publish opens a connection to the new broker.
    app._pool = None
    app.amqp._producer_pool = None


@contextmanager
def celery_worker(broker_url: str) -> Iterator[subprocess.Popen]:
    """Start ``celery worker`` on ``broker_url`` against the test database; stop it after."""
    env = {
        **os.environ,
        "DATABASE_URL": test_database_url(),
        "REDIS_URL": broker_url,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "DJANGO_SETTINGS_MODULE": "township_portal.settings",
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "township_portal",
            "worker",
            "--pool=solo",
            "--concurrency=1",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "--loglevel=INFO",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    worker.log = []
    ready = threading.Event()

    def read_log() -> None:
        # Keep reading, so the worker never blocks on a full pipe; the log helps a failing test.
        for line in worker.stdout:
            worker.log.append(line)
            if " ready." in line:
                ready.set()

    threading.Thread(target=read_log, daemon=True).start()
    try:
        if not ready.wait(60):
            raise RuntimeError("the Celery worker did not start:\n" + "".join(worker.log))
        yield worker
    finally:
        worker.terminate()
        try:
            worker.wait(20)
        except subprocess.TimeoutExpired:
            worker.kill()


def wait_for(predicate, seconds: float = 60, interval: float = 0.2) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False
