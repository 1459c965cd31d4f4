from __future__ import annotations

import getpass
import os
import time

from django.core.management.base import BaseCommand, CommandError

from audit.chain import (
    check_printed_head,
    describe,
    describe_unchained,
    record_head,
    unchained_rows,
    verify,
)
from audit.models import ChainHead


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # a container user with no name
        return str(os.getuid())


class Command(BaseCommand):
    help = "Verify the hash chain over every history row; name the first broken link."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--workers",
            type=int,
            default=os.cpu_count() or 1,
            help="processes checking segments of the chain side by side (default: one per CPU)",
        )
        parser.add_argument(
            "--printed-head",
            action="append",
            default=[],
            metavar="HASH",
            help="a head copied from a printed sheet, report or the daily page (at least its "
            "first 12 characters): fails unless it is still a link of the chain",
        )

    def handle(self, *args, **options) -> None:
        if options["workers"] < 1:
            raise CommandError("--workers must be at least 1")
        started = time.perf_counter()
        outcome = verify(workers=options["workers"])
        seconds = time.perf_counter() - started
        rate = outcome.links_checked / seconds if seconds else 0
        self.stdout.write(
            f"checked {outcome.links_checked} links in {seconds:.1f} s ({rate:,.0f} rows/s)"
        )
        self.stdout.write(f"head hash: {outcome.head_hash} (link {outcome.head_seq})")
        # The head it reached, for every later verification to find again.
        record_head(
            outcome,
            ChainHead.Source.COMMAND,
            name=f"manage.py verify_audit_chain ({_os_user()})"[:150],
        )
        problems = []
        for printed in map(check_printed_head, options["printed_head"]):
            if not printed.valid:
                raise CommandError(
                    f"not a head hash (12 or more hexadecimal characters): {printed.printed}"
                )
            if printed.on_chain:
                self.stdout.write(f"printed head {printed.printed} is link {printed.seq}")
            else:
                problems.append(
                    f"printed head {printed.printed} is no longer on the chain: the chain was "
                    "cut short or rewritten after it was printed"
                )
        if outcome.first_break:
            problems.append(f"chain broken at {describe(outcome.first_break)}")
        missing = unchained_rows()
        for label, gap in missing.items():
            self.stderr.write(f"{label}: {gap} history rows without a link")
        if missing:
            problems.append(f"unchained history rows: {describe_unchained(missing)}")
        if problems:
            raise CommandError("; ".join(problems))
        self.stdout.write(self.style.SUCCESS("chain intact"))
