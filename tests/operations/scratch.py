"""Scratch databases for restore tests, and `manage.py` run against them in a process of its own.

A restore goes into a database of its own, never the test database: on SQLite a new file, on
PostgreSQL a new database ``township_restore_<pid>`` on the same server, dropped afterwards.
The commands run as an operator runs them, in a separate process with DATABASE_URL and
MEDIA_ROOT pointing at the scratch copies.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import psycopg
from django.conf import settings
from django.db import connection

from tests import workers


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"


def _server_params() -> dict:
    db = connection.settings_dict
    return {
        "host": db.get("HOST") or "127.0.0.1",
        "port": db.get("PORT") or 5432,
        "user": db.get("USER") or "postgres",
        "password": db.get("PASSWORD") or None,
    }


@contextmanager
def scratch_database(folder: Path) -> Iterator[str]:
    """An empty database of the test database's kind: its DATABASE_URL."""
    if not is_postgresql():
        yield f"sqlite:///{folder / 'restored.sqlite3'}"
        return
    name = f"township_restore_{os.getpid()}"
    with closing(psycopg.connect(dbname="postgres", autocommit=True, **_server_params())) as pg:
        pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        pg.execute(f'CREATE DATABASE "{name}"')
    try:
        yield workers.test_database_url().rsplit("/", 1)[0] + f"/{name}"
    finally:
        with closing(psycopg.connect(dbname="postgres", autocommit=True, **_server_params())) as pg:
            pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def row_counts_at(url: str) -> dict[str, int]:
    """Every table's row count in the database at ``url``, read with the driver alone."""
    if url.startswith("sqlite:///"):
        with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as db:
            tables = [
                name
                for (name,) in db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            ]
            return {t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
    with closing(psycopg.connect(url.replace("postgres://", "postgresql://", 1))) as db:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
        ]
        return {t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}


def manage(
    *args: str, database_url: str, media_root: Path, **environment: str
) -> subprocess.CompletedProcess:
    """``manage.py <args>`` in its own process, against the given database and media folder,
    with tasks in-process (no REDIS_URL), as an operator on the machine would run it."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
        "PYTHONUNBUFFERED": "1",
        **environment,
    }
    env.pop("REDIS_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
