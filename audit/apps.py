from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    """The discipline committee's audit review: the hash chain over every history row, its
    verification, and (later) the audit browser and the work-plan tracking.

    A top-level app because it watches the history of every other app and none of them owns
    it: it sits last in the import order (powers ← risks ← disclosures ← audit).
    """

    name = "audit"
    verbose_name = _("审计监督")

    def ready(self) -> None:
        from . import chain  # noqa: F401  (connects the history receiver)
