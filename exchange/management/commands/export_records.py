"""``manage.py export_records KIND --unit CODE [--township CODE] -o FILE.xlsx``: a unit's
records in the layout the import reads."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand

from exchange.export import export_workbook
from exchange.kinds import KINDS, get_kind

from ._unit import unit_by_code


class Command(BaseCommand):
    help = "Export a unit's power catalog, risk ledger or disclosure catalog as .xlsx."

    def add_arguments(self, parser) -> None:
        parser.add_argument("kind", choices=sorted(KINDS))
        parser.add_argument("--unit", required=True, help="the unit's code")
        parser.add_argument("--township", help="the township's code, when codes repeat")
        parser.add_argument("-o", "--output", required=True, help="the .xlsx file to write")

    def handle(self, *args, **options) -> None:
        kind = get_kind(options["kind"])
        unit = unit_by_code(options["unit"], options["township"])
        path = Path(options["output"])
        path.write_bytes(export_workbook(kind, unit))
        self.stdout.write(f"{path}")
