from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand

from ...demo import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Load the demo township (清溪乡) once; running it again changes nothing."

    def handle(self, *args, **options) -> None:
        loaded, accounts = load_demo()
        if loaded:
            self.stdout.write(self.style.SUCCESS("Demo township loaded."))
        else:
            self.stdout.write("Demo township already present: nothing changed.")
        self.stdout.write(f"\nDemo accounts (password for all: {DEMO_PASSWORD}):")
        for account in accounts:
            self.stdout.write(
                f"  {account.username:<22} {account.role:<8} {account.scope}  {account.name}"
            )
        site = settings.SITE_URL
        self.stdout.write(f"\nPublic site: {site}/   Officials' pages: {site}/work/")
