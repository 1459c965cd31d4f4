from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    """Power in operation (权力运行记录): each exercise of a published power, recorded step by step
    against a snapshot of its flowchart, checked against the flowchart's rules, and published.

    A top-level app because the exercise of power is a concern none of the others owns: powers
    says which powers a unit holds and how each must run, risks where it may go wrong,
    disclosures what is made public; a case is what actually happened. It imports those three
    (powers ← risks ← disclosures ← cases ← audit) and never audit, which chains its history
    like everyone else's.
    """

    name = "cases"
    verbose_name = _("权力运行记录")

    def ready(self) -> None:
        from powers.demo import DEMO_EXTENSIONS

        from . import personal_data  # noqa: F401
        from .demo import load_demo_cases

        if load_demo_cases not in DEMO_EXTENSIONS:
            DEMO_EXTENSIONS.append(load_demo_cases)
