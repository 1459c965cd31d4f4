from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError, create_backup, prune


class Command(BaseCommand):
    help = (
        "Back up the database, the media files and the audit chain's head into DIR/<UTC time>/, "
        "with a manifest of checksums; the last line printed is a JSON summary."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "directory",
            nargs="?",
            help="where backups are kept (default: the BACKUP_DIR setting)",
        )
        parser.add_argument(
            "--prune",
            action="store_true",
            help="then delete the backups beyond BACKUP_KEEP_COUNT or older than "
            "BACKUP_KEEP_DAYS (never the newest), as the scheduled backup does",
        )

    def handle(self, *args, **options) -> None:
        directory = options["directory"] or settings.BACKUP_DIR
        if not directory:
            raise CommandError("name a directory, or set BACKUP_DIR")
        root = Path(directory)
        try:
            summary = create_backup(root)
        except BackupError as error:
            raise CommandError(str(error)) from None
        if options["prune"]:
            removed = prune(
                root, keep_days=settings.BACKUP_KEEP_DAYS, keep_count=settings.BACKUP_KEEP_COUNT
            )
            summary["pruned"] = [str(path) for path in removed]
        self.stdout.write(json.dumps(summary, ensure_ascii=False))
