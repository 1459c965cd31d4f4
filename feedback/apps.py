from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    """Public supervision (监督评议): the public's comments, questions, complaints and ratings on
    a unit, an item, a disclosure or a project, and the officials' handling and replies."""

    name = "feedback"
    verbose_name = _("监督评议")

    def ready(self) -> None:
        from powers.demo import DEMO_EXTENSIONS

        from . import demo, panels, tasks  # noqa: F401

        if demo.load_demo_feedback not in DEMO_EXTENSIONS:
            DEMO_EXTENSIONS.append(demo.load_demo_feedback)
