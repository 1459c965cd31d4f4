"""`manage.py backup` and `manage.py restore` (issue #18): the demo backed up, restored into an
empty database and media folder, and found whole: the audit chain verifies with the same head,
every table has the same number of rows and every media file the same SHA-256.

The round trip runs on the database the suite runs on: SQLite by default, PostgreSQL in CI
(DATABASE_URL), where it restores into a scratch database ``township_restore_<pid>``.
"""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from audit.chain import head
from operations.backup import MANIFEST, files_of
from operations.restore import row_counts

from .scratch import manage, row_counts_at, scratch_database

pytestmark = pytest.mark.django_db

MEDIA = {
    "flowcharts/qx-v01/村级重大事项决策.svg": "<svg>四议两公开</svg>".encode(),
    "evidence/2026/会议记录.pdf": b"%PDF-1.4 minutes of the villagers' meeting",
    "uploads/photo.png": bytes(range(256)) * 40,
}


def last_json(output: str) -> dict:
    return json.loads(output.strip().splitlines()[-1])


@pytest.fixture
def media_root(settings) -> Path:
    root = Path(settings.MEDIA_ROOT)
    for relative, content in MEDIA.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return root


@pytest.fixture
def backup(demo, media_root, tmp_path) -> Path:
    out = StringIO()
    call_command("backup", str(tmp_path / "backups"), stdout=out)
    summary = last_json(out.getvalue())
    return Path(summary["backup"])


def round_trip(backup: Path, tmp_path: Path, media_root: Path) -> None:
    seq, head_hash = head()
    before = row_counts(connection)
    restored_media = tmp_path / "restored-media"
    with scratch_database(tmp_path) as url:
        restored = manage(
            "restore", str(backup), "--workers", "2", database_url=url, media_root=restored_media
        )
        assert restored.returncode == 0, restored.stderr
        summary = last_json(restored.stdout)
        assert summary["chain_intact"] and summary["chain_head_matches"]
        assert summary["row_counts_match"]
        assert summary["chain_head"] == {"seq": seq, "hash": head_hash}
        assert summary["media_files"] == len(MEDIA)

        # Every table, every row count, as the operator's own eyes would check.
        assert row_counts_at(url) == before
        # Every media file, byte for byte.
        assert files_of(restored_media) == files_of(media_root)

        # The discipline committee's own check passes on the restored copy, with the same head.
        verified = manage(
            "verify_audit_chain", "--workers", "1", database_url=url, media_root=restored_media
        )
        assert verified.returncode == 0, verified.stderr
        assert f"head hash: {head_hash} (link {seq})" in verified.stdout
        assert "chain intact" in verified.stdout


def test_the_backup_holds_the_database_the_media_and_a_manifest_of_checksums(backup, media_root):
    manifest = json.loads((backup / MANIFEST).read_text())
    vendor = connection.vendor
    assert manifest["database"]["vendor"] == vendor
    database_file = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}[vendor]
    assert manifest["database"]["file"] == database_file
    # Every file is listed with its checksum, and the media as they were.
    assert set(manifest["files"]) == {database_file, *(f"media/{path}" for path in MEDIA)}
    assert files_of(backup / "media") == files_of(media_root)
    assert manifest["files"][database_file]["size"] == (backup / database_file).stat().st_size
    seq, head_hash = head()
    assert manifest["chain_head"] == {"seq": seq, "hash": head_hash}
    assert manifest["tables"] == row_counts(connection)
    assert manifest["migrations"]["audit"].startswith("00")
    assert manifest["migrations"]["operations"] == "0001_initial"
    assert manifest["version"]  # git describe, or "unknown"


def test_the_backup_prints_a_json_summary_last(demo, media_root, tmp_path):
    out = StringIO()
    call_command("backup", str(tmp_path / "b"), stdout=out)
    summary = last_json(out.getvalue())
    assert summary["database"] == connection.vendor
    assert summary["media_files"] == len(MEDIA)
    assert summary["rows"] == sum(row_counts(connection).values())
    assert Path(summary["backup"]).parent == tmp_path / "b"


def test_the_backup_restores_whole_into_an_empty_database(backup, tmp_path, media_root):
    """On the suite's database: SQLite under `make test`, PostgreSQL in CI (a scratch database
    ``township_restore_<pid>``, dropped after)."""
    round_trip(backup, tmp_path, media_root)


@pytest.mark.parametrize("tampered", ["database", "media"])
def test_a_tampered_backup_is_refused_naming_the_file(backup, tampered):
    manifest = json.loads((backup / MANIFEST).read_text())
    if tampered == "database":
        name = manifest["database"]["file"]
    else:
        name = "media/evidence/2026/会议记录.pdf"
    path = backup / name
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte: same size, another hash
    path.write_bytes(bytes(data))
    with pytest.raises(CommandError) as refused:
        call_command("restore", str(backup), stdout=StringIO())
    assert name in str(refused.value)
    assert "校验和与清单不符" in str(refused.value)


def test_a_missing_backup_file_is_refused_naming_it(backup):
    (backup / "media" / "uploads" / "photo.png").unlink()
    with pytest.raises(CommandError) as refused:
        call_command("restore", str(backup), stdout=StringIO())
    assert "media/uploads/photo.png" in str(refused.value)


def test_restore_into_a_database_with_tables_is_refused(backup):
    before = row_counts(connection)
    with pytest.raises(CommandError) as refused:
        call_command("restore", str(backup), stdout=StringIO())
    assert "目标数据库不是空的" in str(refused.value)
    assert "--force" in str(refused.value)
    assert row_counts(connection) == before


def test_restore_into_a_media_folder_with_files_is_refused(backup, tmp_path, media_root):
    with scratch_database(tmp_path) as url:
        refused = manage("restore", str(backup), database_url=url, media_root=media_root)
        assert refused.returncode != 0
        assert "媒体目录" in refused.stderr
        assert row_counts_at(url) == {}  # nothing was restored


def test_restore_of_the_folder_of_backups_names_the_newest(backup):
    with pytest.raises(CommandError) as refused:
        call_command("restore", str(backup.parent), stdout=StringIO())
    assert str(backup) in str(refused.value)
