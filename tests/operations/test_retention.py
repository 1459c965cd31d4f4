"""The scheduled backup and its retention (issue #18): backups beyond BACKUP_KEEP_COUNT and
those older than BACKUP_KEEP_DAYS are deleted, never the newest one."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from operations.backup import MANIFEST, backups_in, prune
from operations.tasks import backup_and_prune
from tests import workers

from .scratch import manage


def fake_backups(root: Path, ages_in_days: list[int], now: datetime) -> dict[int, Path]:
    """Backup folders with a manifest made ``age`` days before ``now``."""
    made = {}
    for age in ages_in_days:
        created = now - timedelta(days=age)
        folder = root / created.strftime("%Y%m%dT%H%M%SZ")
        folder.mkdir(parents=True)
        (folder / MANIFEST).write_text(json.dumps({"created_at": created.isoformat()}))
        made[age] = folder
    return made


def left(root: Path) -> list[str]:
    return [backup.path.name for backup in backups_in(root)]


@pytest.fixture
def now() -> datetime:
    return timezone.now().replace(microsecond=0)


def test_the_count_rule_keeps_the_newest_ones(tmp_path, now):
    made = fake_backups(tmp_path, [0, 1, 2, 3, 4], now)
    removed = prune(tmp_path, keep_days=0, keep_count=3, now=now)
    assert sorted(removed) == sorted([made[3], made[4]])
    assert left(tmp_path) == [made[age].name for age in (0, 1, 2)]


def test_the_days_rule_deletes_the_older_ones(tmp_path, now):
    made = fake_backups(tmp_path, [0, 6, 7, 8, 30], now + timedelta(seconds=1))
    prune(tmp_path, keep_days=7, keep_count=0, now=now + timedelta(seconds=1))
    # Exactly seven days old is kept; older is not.
    assert left(tmp_path) == [made[age].name for age in (0, 6, 7)]


def test_both_rules_apply_together(tmp_path, now):
    made = fake_backups(tmp_path, [0, 1, 2, 10, 20], now)
    prune(tmp_path, keep_days=5, keep_count=4, now=now)
    assert left(tmp_path) == [made[age].name for age in (0, 1, 2)]
    prune(tmp_path, keep_days=5, keep_count=2, now=now)
    assert left(tmp_path) == [made[age].name for age in (0, 1)]


def test_the_newest_backup_is_kept_however_old(tmp_path, now):
    made = fake_backups(tmp_path, [40, 50], now)
    prune(tmp_path, keep_days=7, keep_count=1, now=now)
    assert left(tmp_path) == [made[40].name]


def test_unfinished_and_foreign_folders_are_left_alone(tmp_path, now):
    fake_backups(tmp_path, [0, 1, 2], now)
    (tmp_path / ".20260101T000000Z.partial").mkdir()
    (tmp_path / "notes").mkdir()
    prune(tmp_path, keep_days=0, keep_count=1, now=now)
    assert (tmp_path / ".20260101T000000Z.partial").is_dir()
    assert (tmp_path / "notes").is_dir()
    assert len(backups_in(tmp_path)) == 1


@pytest.mark.django_db
def test_the_scheduled_job_backs_up_and_prunes(demo, settings, tmp_path):
    settings.BACKUP_DIR = str(tmp_path / "backups")
    settings.BACKUP_KEEP_COUNT = 2
    settings.BACKUP_KEEP_DAYS = 14
    results = [backup_and_prune() for _ in range(3)]
    assert [len(result["pruned"]) for result in results] == [0, 0, 1]
    kept = backups_in(Path(settings.BACKUP_DIR))
    assert [str(backup.path) for backup in kept] == [results[2]["backup"], results[1]["backup"]]


def test_the_scheduled_job_does_nothing_without_a_backup_dir(settings):
    settings.BACKUP_DIR = ""
    assert backup_and_prune() == {"skipped": "BACKUP_DIR is not set"}


@pytest.mark.django_db
def test_the_backup_is_in_the_schedule_once_backup_dir_is_set(tmp_path):
    # A process of its own: the schedule is read from the environment at start.
    listed = manage(
        "run_job",
        "--list",
        database_url=workers.test_database_url(),
        media_root=tmp_path,
        BACKUP_DIR=str(tmp_path),
    )
    assert listed.returncode == 0, listed.stderr
    line = next(line for line in listed.stdout.splitlines() if line.startswith("backup "))
    assert "daily at 02:30 (Asia/Shanghai)" in line
    assert "operations.tasks.backup_and_prune" in line
    heartbeat = next(line for line in listed.stdout.splitlines() if line.startswith("heartbeat "))
    assert "every 60 s" in heartbeat
