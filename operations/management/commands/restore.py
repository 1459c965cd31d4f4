from __future__ import annotations

import json
import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError
from operations.restore import restore


class Command(BaseCommand):
    help = (
        "Restore a backup folder (made by `manage.py backup`) into an empty database and media "
        "folder: checks every checksum first, then the row counts and the audit chain after; "
        "the last line printed is a JSON summary."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("directory", help="one backup: the folder holding manifest.json")
        parser.add_argument(
            "--force",
            action="store_true",
            help="restore even when the database has tables (every table is dropped first) or "
            "the media folder has files (files of the same name are overwritten)",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=os.cpu_count() or 1,
            help="processes verifying the audit chain side by side (default: one per CPU)",
        )

    def handle(self, *args, **options) -> None:
        if options["workers"] < 1:
            raise CommandError("--workers must be at least 1")
        try:
            summary = restore(
                Path(options["directory"]), force=options["force"], workers=options["workers"]
            )
        except BackupError as error:
            partial = getattr(error, "summary", None)
            if partial is not None:
                self.stdout.write(json.dumps(partial, ensure_ascii=False))
            raise CommandError(str(error)) from None
        self.stdout.write(json.dumps(summary, ensure_ascii=False))
