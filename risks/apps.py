from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RisksConfig(AppConfig):
    """The risk ledger (风险台账): risk points, prevention measures and early warnings."""

    name = "risks"
    verbose_name = _("风险防控")

    def ready(self) -> None:
        from powers.dot import NODE_ANNOTATORS

        from . import panels, personal_data, sheets, signals  # noqa: F401
        from .flowchart_marks import risk_marks

        if risk_marks not in NODE_ANNOTATORS:
            NODE_ANNOTATORS.append(risk_marks)

        from powers.demo import DEMO_EXTENSIONS

        from .demo import load_demo_ledger

        if load_demo_ledger not in DEMO_EXTENSIONS:
            DEMO_EXTENSIONS.append(load_demo_ledger)
