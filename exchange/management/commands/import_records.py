"""``manage.py import_records KIND FILE --unit CODE [--township CODE] [--dry-run]``: import a
unit's table from the shell, as the officials' import does (drafts, history reason
"导入：<file name>", the system as the history user unless ``--user`` names one). Prints each
row's errors, then one JSON line: {"rows", "added", "updated", "unchanged", "errors"}."""

from __future__ import annotations

import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from exchange.kinds import KINDS, get_kind
from exchange.readers import UnreadableFile
from exchange.services import run
from powers.history import job_context

from ._unit import unit_by_code


class Command(BaseCommand):
    help = "Import a unit's power catalog, risk ledger or disclosure catalog from a file."

    def add_arguments(self, parser) -> None:
        parser.add_argument("kind", choices=sorted(KINDS))
        parser.add_argument("file")
        parser.add_argument("--unit", required=True, help="the unit's code")
        parser.add_argument("--township", help="the township's code, when codes repeat")
        parser.add_argument("--user", help="username recorded in the history (default: system)")
        parser.add_argument("--dry-run", action="store_true", help="preview only, write nothing")

    def handle(self, *args, **options) -> None:
        kind = get_kind(options["kind"])
        unit = unit_by_code(options["unit"], options["township"])
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"no file {path}")
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"no user {options['user']!r}")
        try:
            with job_context(f"import_records {path.name}"):
                report = run(
                    kind,
                    unit,
                    user=user,
                    name=path.name,
                    data=path.read_bytes(),
                    dry_run=options["dry_run"],
                )
        except UnreadableFile as error:
            raise CommandError(str(error)) from error
        for error in report.row_errors():
            where = f"row {error['row']}" if error["row"] else "file"
            column = f" [{error['column']}]" if error["column"] else ""
            self.stdout.write(f"{where}{column}: {error['message']}")
        self.stdout.write(json.dumps(report.counts(), ensure_ascii=False))
