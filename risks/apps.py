from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RisksConfig(AppConfig):
    """The risk ledger (风险台账): risk points, prevention measures and early warnings."""

    name = "risks"
    verbose_name = _("风险防控")
