from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from audit.chain import describe, unchained_rows, verify


class Command(BaseCommand):
    help = "Verify the hash chain over every history row; name the first broken link."

    def handle(self, *args, **options) -> None:
        started = time.perf_counter()
        outcome = verify()
        seconds = time.perf_counter() - started
        rate = outcome.links_checked / seconds if seconds else 0
        self.stdout.write(
            f"checked {outcome.links_checked} links in {seconds:.1f} s ({rate:,.0f} rows/s)"
        )
        self.stdout.write(f"head hash: {outcome.head_hash}")
        for label, gap in unchained_rows().items():
            self.stdout.write(self.style.WARNING(f"{label}: {gap} history rows without a link"))
        if outcome.first_break:
            raise CommandError(f"chain broken at {describe(outcome.first_break)}")
        self.stdout.write(self.style.SUCCESS("chain intact"))
