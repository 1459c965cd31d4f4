"""Backups of the whole portal: the database, the media files, the audit chain's head.

One backup is a folder ``<BACKUP_DIR>/<UTC time>/`` holding

- the database: ``database.pgdump`` (``pg_dump --format=custom``) on PostgreSQL, or
  ``database.sqlite3`` (SQLite's online backup API, a consistent copy while the portal runs);
- ``media/``: a copy of MEDIA_ROOT (uploads, rendered flowcharts and PDFs);
- ``manifest.json``: the SHA-256 and size of every file above, each table's row count, the
  latest migration of each app, the audit chain's head, the database vendor and the portal's
  version. The counts and the head are read in the same snapshot as the dump, so a restore can
  check that it got back exactly what was saved.

A backup is written under a hidden ``.<name>.partial`` folder and renamed when complete, so a
folder with a manifest is a whole backup, and retention (:func:`prune`) counts only those.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone
from django.utils.translation import gettext as _

from audit.chain import GENESIS
from audit.models import ChainLink

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media"
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
STAMP = "%Y%m%dT%H%M%SZ"
CHUNK = 1024 * 1024
VERSION_PROGRAM = "git"  # optional: without it the version is "unknown"


class BackupError(Exception):
    """The backup could not be made; the message says why."""


def program(name: str) -> str:
    """The path of a program the backup runs (pg_dump, pg_restore): a clear error if missing."""
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            _("找不到程序 %(name)s：请安装 postgresql-client（scripts/install-os-deps.sh）。")
            % {"name": name}
        )
    return path


def app_version() -> str:
    """``git describe`` of the checkout, or "unknown": git is optional (the image has none)."""
    git = shutil.which(VERSION_PROGRAM)
    if git is None:
        return "unknown"
    try:
        done = subprocess.run(
            [git, "describe", "--tags", "--always", "--dirty"],
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else "unknown"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while block := file.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def files_of(folder: Path) -> dict[str, dict]:
    """Every file under ``folder``, by its path relative to it: its SHA-256 and size."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            relative = path.relative_to(folder).as_posix()
            found[relative] = {"sha256": sha256_of(path), "size": path.stat().st_size}
    return found


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class DatabaseFacts:
    """What a backup records of the database, read in the same snapshot as the dump."""

    tables: dict[str, int]  # each table's row count
    migrations: dict[str, str]  # the latest applied migration of each app
    chain_head: dict  # {"seq": ..., "hash": ...} of the audit chain's last link


def read_facts(cursor, tables: list[str]) -> DatabaseFacts:
    """Row counts, migrations and the chain's head through a DB-API cursor (the copy's, or the
    dump's snapshot's), so they describe exactly what was saved."""
    counts = {}
    for table in sorted(tables):
        cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")
        counts[table] = cursor.fetchone()[0]
    latest: dict[str, str] = {}
    if "django_migrations" in counts:
        cursor.execute("SELECT app, name FROM django_migrations")
        for app, name in cursor.fetchall():
            latest[app] = max(latest.get(app, ""), name)
    head = {"seq": 0, "hash": GENESIS}
    table = ChainLink._meta.db_table
    if table in counts:
        cursor.execute(f"SELECT seq, row_hash FROM {quote(table)} ORDER BY seq DESC LIMIT 1")
        row = cursor.fetchone()
        if row is not None:
            head = {"seq": row[0], "hash": row[1]}
    return DatabaseFacts(counts, dict(sorted(latest.items())), head)


def dump_sqlite(connection: BaseDatabaseWrapper, target: Path) -> DatabaseFacts:
    """A consistent copy of the live SQLite database, through the online backup API.

    It reads through a connection of its own, read-only: what was committed when it began
    (WAL mode lets writers go on meanwhile). Django's connection may be inside a transaction,
    from which SQLite cannot back up at all."""
    address = Path(connection.settings_dict["NAME"]).resolve().as_uri() + "?mode=ro"
    source = sqlite3.connect(address, uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        # The copy is one self-contained file, not a WAL database with side files.
        copy.execute("PRAGMA journal_mode=DELETE")
        cursor = copy.cursor()
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        return read_facts(cursor, [name for (name,) in cursor.fetchall()])
    finally:
        copy.close()
        source.close()


def postgres_environment(settings_dict: dict) -> tuple[list[str], dict[str, str]]:
    """pg_dump's and pg_restore's connection options, and their environment: the password goes
    through PGPASSWORD, never on the command line (where `ps` would show it)."""
    options = []
    if settings_dict.get("HOST"):
        options += ["--host", str(settings_dict["HOST"])]
    if settings_dict.get("PORT"):
        options += ["--port", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        options += ["--username", str(settings_dict["USER"])]
    env = {**os.environ}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = str(settings_dict["PASSWORD"])
    sslmode = (settings_dict.get("OPTIONS") or {}).get("sslmode")
    if sslmode:
        env["PGSSLMODE"] = str(sslmode)
    return options, env


def dump_postgresql(connection: BaseDatabaseWrapper, target: Path) -> DatabaseFacts:
    """``pg_dump --format=custom`` of the database, with the counts and the chain's head read in
    the very snapshot the dump reads (``pg_export_snapshot``), however busy the portal is."""
    pg_dump = program("pg_dump")
    options, env = postgres_environment(connection.settings_dict)
    raw = connection.get_new_connection(connection.get_connection_params())
    try:
        raw.autocommit = True
        with raw.cursor() as cursor:
            cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            facts = read_facts(cursor, [name for (name,) in cursor.fetchall()])
            done = subprocess.run(
                [
                    pg_dump,
                    *options,
                    "--format=custom",
                    f"--snapshot={snapshot}",
                    "--no-password",
                    "--file",
                    str(target),
                    str(connection.settings_dict["NAME"]),
                ],
                env=env,
                capture_output=True,
                text=True,
            )
            cursor.execute("COMMIT")
    finally:
        raw.close()
    if done.returncode != 0:
        raise BackupError(_("pg_dump 失败：%(error)s") % {"error": done.stderr.strip()})
    return facts


DUMPERS = {"sqlite": dump_sqlite, "postgresql": dump_postgresql}


def backup_name(moment: datetime, root: Path) -> str:
    name = moment.astimezone(UTC).strftime(STAMP)
    candidate, number = name, 1
    while (root / candidate).exists():  # two backups in one second
        number += 1
        candidate = f"{name}-{number}"
    return candidate


def create_backup(root: Path, *, using: str = "default") -> dict:
    """Write one backup under ``root``; return the summary the command prints."""
    connection = connections[using]
    vendor = connection.vendor
    if vendor not in DUMPERS:
        raise BackupError(_("不支持的数据库：%(vendor)s") % {"vendor": vendor})
    root.mkdir(parents=True, exist_ok=True)
    started = timezone.now()
    name = backup_name(started, root)
    work = root / f".{name}.partial"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        facts = DUMPERS[vendor](connection, work / DATABASE_FILES[vendor])
        media_root = Path(settings.MEDIA_ROOT)
        if media_root.is_dir():
            shutil.copytree(media_root, work / MEDIA)
        else:
            (work / MEDIA).mkdir()
        files = files_of(work)
        manifest = {
            "format": FORMAT,
            "created_at": started.isoformat(),
            "version": app_version(),
            "database": {"vendor": vendor, "file": DATABASE_FILES[vendor]},
            "tables": facts.tables,
            "migrations": facts.migrations,
            "chain_head": facts.chain_head,
            "files": files,
        }
        (work / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        work.rename(root / name)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    media = [path for path in files if path.startswith(f"{MEDIA}/")]
    return {
        "backup": str(root / name),
        "created_at": manifest["created_at"],
        "database": vendor,
        "tables": len(facts.tables),
        "rows": sum(facts.tables.values()),
        "media_files": len(media),
        "bytes": sum(entry["size"] for entry in files.values()),
        "chain_head": facts.chain_head,
        "version": manifest["version"],
    }


# Retention -----------------------------------------------------------------------------------


@dataclass
class Backup:
    path: Path
    created_at: datetime


def backups_in(root: Path) -> list[Backup]:
    """The complete backups under ``root`` (those with a readable manifest), newest first."""
    found = []
    if not root.is_dir():
        return found
    for folder in root.iterdir():
        manifest = folder / MANIFEST
        if folder.name.startswith(".") or not manifest.is_file():
            continue
        try:
            created = datetime.fromisoformat(json.loads(manifest.read_text())["created_at"])
        except (ValueError, KeyError, TypeError):
            continue
        found.append(Backup(folder, created))
    return sorted(found, key=lambda backup: backup.created_at, reverse=True)


def prune(
    root: Path, *, keep_days: int, keep_count: int, now: datetime | None = None
) -> list[Path]:
    """Delete the backups beyond the newest ``keep_count`` and those older than ``keep_days``
    (0 turns a rule off), never the newest one. Returns what was deleted."""
    now = now or timezone.now()
    removed = []
    for index, backup in enumerate(backups_in(root)):
        if index == 0:
            continue  # however old, the newest backup is the one a restore needs
        too_many = keep_count > 0 and index >= keep_count
        too_old = keep_days > 0 and backup.created_at < now - timedelta(days=keep_days)
        if too_many or too_old:
            shutil.rmtree(backup.path)
            removed.append(backup.path)
    return removed
