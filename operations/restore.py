"""Restoring a backup (operations.backup) into an empty database and media folder.

In order, stopping at the first refusal, before anything is written:

1. the manifest is read and every file it lists is checked (present, same size, same SHA-256);
   a file that differs is named;
2. the backup's database vendor must be the configured database's;
3. the target database must be empty: no tables at all (a database just created, before any
   ``migrate``); MEDIA_ROOT must hold no file. ``--force`` replaces what is there instead:
   every table of the database is dropped first, and media files of the same name are
   overwritten (others are left in place).

Then the database is restored (``pg_restore --no-owner`` in one transaction, or SQLite's backup
API), the media files are copied, and the result is checked: each table's row count against the
manifest, the audit chain verified link by link, and its head compared with the manifest's.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils.translation import gettext as _

from audit import chain

from .backup import (
    FORMAT,
    MANIFEST,
    MEDIA,
    BackupError,
    backups_in,
    postgres_environment,
    program,
    quote,
    sha256_of,
)


class RestoreRefused(BackupError):
    """Nothing was restored: the backup is damaged, or the target is not empty."""


class RestoreFailed(BackupError):
    """The restore ran but its result differs from the backup."""


def load_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    if not path.is_file():
        newest = backups_in(folder)
        if newest:
            raise RestoreRefused(
                _("%(folder)s 不是一份备份，而是备份所在的目录；最新的一份是 %(newest)s。")
                % {"folder": folder, "newest": newest[0].path}
            )
        raise RestoreRefused(_("%(path)s 不存在：这不是一份备份。") % {"path": path})
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RestoreRefused(
            _("无法读取 %(path)s：%(error)s") % {"path": path, "error": error}
        ) from None
    if manifest.get("format") != FORMAT:
        raise RestoreRefused(
            _("%(path)s 的格式 %(format)s 不是本版本能恢复的格式 %(expected)s。")
            % {"path": path, "format": manifest.get("format"), "expected": FORMAT}
        )
    return manifest


def check_files(folder: Path, manifest: dict) -> int:
    """Every file the manifest lists is there, with its size and SHA-256; else name it."""
    for relative, expected in manifest["files"].items():
        path = folder / relative
        if not path.is_file():
            raise RestoreRefused(_("备份缺少文件 %(file)s。") % {"file": relative})
        if path.stat().st_size != expected["size"] or sha256_of(path) != expected["sha256"]:
            raise RestoreRefused(
                _("备份文件 %(file)s 的校验和与清单不符：文件已损坏或被改动，不予恢复。")
                % {"file": relative}
            )
    return len(manifest["files"])


def media_files(media_root: Path) -> list[Path]:
    if not media_root.is_dir():
        return []
    return [path for path in media_root.rglob("*") if path.is_file()]


def check_target(connection: BaseDatabaseWrapper, media_root: Path, force: bool) -> None:
    tables = connection.introspection.table_names()
    if tables and not force:
        raise RestoreRefused(
            _(
                "目标数据库不是空的（已有 %(count)s 张表，如 %(table)s）：只能恢复到新建的空"
                "数据库（不要先运行 migrate）。确要替换其中的全部数据，请加 --force。"
            )
            % {"count": len(tables), "table": tables[0]}
        )
    existing = media_files(media_root)
    if existing and not force:
        raise RestoreRefused(
            _(
                "媒体目录 %(folder)s 不是空的（已有 %(count)s 个文件）：只能恢复到空目录。"
                "确要覆盖同名文件，请加 --force。"
            )
            % {"folder": media_root, "count": len(existing)}
        )


def restore_sqlite(connection: BaseDatabaseWrapper, source: Path, force: bool) -> None:
    # The backup API replaces the whole database, whatever it held, through a connection of
    # its own; Django's reconnects afterwards (and sets WAL mode again, settings' init_command).
    connection.close()
    copy = sqlite3.connect(source)
    target = sqlite3.connect(connection.settings_dict["NAME"])
    try:
        copy.backup(target)
    finally:
        target.close()
        copy.close()


def drop_every_table(connection: BaseDatabaseWrapper) -> None:
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"DROP TABLE IF EXISTS {quote(table)} CASCADE")


def restore_postgresql(connection: BaseDatabaseWrapper, source: Path, force: bool) -> None:
    pg_restore = program("pg_restore")
    if force:
        drop_every_table(connection)
    options, env = postgres_environment(connection.settings_dict)
    connection.close()  # pg_restore must not wait on a lock this process holds
    done = subprocess.run(
        [
            pg_restore,
            *options,
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            "--no-password",
            "--dbname",
            str(connection.settings_dict["NAME"]),
            str(source),
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RestoreFailed(_("pg_restore 失败：%(error)s") % {"error": done.stderr.strip()})


RESTORERS = {"sqlite": restore_sqlite, "postgresql": restore_postgresql}


def restore_media(folder: Path, media_root: Path) -> int:
    source = folder / MEDIA
    media_root.mkdir(parents=True, exist_ok=True)
    if source.is_dir():
        shutil.copytree(source, media_root, dirs_exist_ok=True)
    return len(media_files(source))


def row_counts(connection: BaseDatabaseWrapper) -> dict[str, int]:
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names()):
            cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def restore(folder: Path, *, force: bool = False, workers: int = 1, using: str = "default") -> dict:
    """Restore the backup in ``folder``; return the summary the command prints."""
    connection = connections[using]
    manifest = load_manifest(folder)
    checked = check_files(folder, manifest)
    vendor = manifest["database"]["vendor"]
    if vendor != connection.vendor:
        raise RestoreRefused(
            _("这份备份来自 %(backup)s 数据库，而当前配置的是 %(current)s：无法恢复。")
            % {"backup": vendor, "current": connection.vendor}
        )
    media_root = Path(settings.MEDIA_ROOT)
    check_target(connection, media_root, force)

    RESTORERS[vendor](connection, folder / manifest["database"]["file"], force)
    restored_media = restore_media(folder, media_root)

    counts = row_counts(connection)
    differing = {
        table: {"backup": manifest["tables"].get(table), "restored": counts.get(table)}
        for table in sorted(set(counts) | set(manifest["tables"]))
        if counts.get(table) != manifest["tables"].get(table)
    }
    outcome = chain.verify(workers=workers)
    expected_head = manifest["chain_head"]
    summary = {
        "restored": str(folder),
        "created_at": manifest["created_at"],
        "version": manifest["version"],
        "database": vendor,
        "files_checked": checked,
        "tables": len(counts),
        "rows": sum(counts.values()),
        "media_files": restored_media,
        "chain_links_checked": outcome.links_checked,
        "chain_head": {"seq": outcome.head_seq, "hash": outcome.head_hash},
        "chain_intact": outcome.first_break is None,
        "chain_head_matches": outcome.head_hash == expected_head["hash"],
        "row_counts_match": not differing,
    }
    problems = []
    if differing:
        problems.append(
            _("恢复后的行数与备份不符：%(tables)s")
            % {"tables": json.dumps(differing, ensure_ascii=False)}
        )
    if outcome.first_break is not None:
        problems.append(
            _("审计哈希链断裂：%(where)s") % {"where": chain.describe(outcome.first_break)}
        )
    if outcome.head_hash != expected_head["hash"]:
        problems.append(
            _("审计哈希链的链头 %(restored)s 与备份清单中的 %(expected)s 不同。")
            % {"restored": outcome.head_hash, "expected": expected_head["hash"]}
        )
    if problems:
        failure = RestoreFailed(" ".join(problems))
        failure.summary = summary
        raise failure
    return summary
