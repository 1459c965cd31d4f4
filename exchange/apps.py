from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    """Import and export of records: the power catalogs, risk ledgers and disclosure catalogs
    units already keep as Excel, CSV and Word tables, read into drafts through the shared
    lifecycle, and written back in the same layout.

    An app of its own because it reads and writes the records of several apps (powers, risks,
    disclosures) through one flow: it sits above them and none of them knows it.
    """

    name = "exchange"
    verbose_name = _("导入导出")

    def ready(self) -> None:
        from powers.demo import DEMO_EXTENSIONS

        from . import (  # noqa: F401  (they register)
            disclosure_catalog,
            panels,
            power_catalog,
            risk_ledger,
        )
        from .demo import load_demo_standards

        if load_demo_standards not in DEMO_EXTENSIONS:
            DEMO_EXTENSIONS.append(load_demo_standards)
