from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

WORKPLAN_ADMIN_PERMISSIONS = [
    ("audit", "view_workplan"),
    ("audit", "add_workplan"),
    ("audit", "change_workplan"),
    ("audit", "view_phase"),
    ("audit", "add_phase"),
    ("audit", "change_phase"),
    ("audit", "view_summaryreport"),
]


class AuditConfig(AppConfig):
    """The discipline committee's audit review: the hash chain over every history row, its
    verification, and (later) the audit browser and the work-plan tracking.

    A top-level app because it watches the history of every other app and none of them owns
    it: it sits last in the import order (powers ← risks ← disclosures ← audit).
    """

    name = "audit"
    verbose_name = _("审计监督")

    def ready(self) -> None:
        from powers.demo import DEMO_EXTENSIONS
        from powers.services import ADMINISTRATOR_MODEL_PERMISSIONS

        from . import (
            chain,  # noqa: F401  (connects the history receiver)
            report,
        )
        from .demo import load_demo_workplan

        report.register()  # the summary reports print as print jobs, with the chain's head
        if load_demo_workplan not in DEMO_EXTENSIONS:
            DEMO_EXTENSIONS.append(load_demo_workplan)

        # Township administrators keep their township's work plan in the admin.
        for permission in WORKPLAN_ADMIN_PERMISSIONS:
            if permission not in ADMINISTRATOR_MODEL_PERMISSIONS:
                ADMINISTRATOR_MODEL_PERMISSIONS.append(permission)
