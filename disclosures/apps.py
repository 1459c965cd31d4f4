from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DisclosuresConfig(AppConfig):
    """Disclosures, feedback, open data and the public site as a whole."""

    name = "disclosures"
    verbose_name = _("公开与监督")

    def ready(self) -> None:
        from powers.demo import DEMO_EXTENSIONS

        from . import feedback_panels, feedback_tasks, publishing, search, signals  # noqa: F401

        if search.index_demo not in DEMO_EXTENSIONS:
            DEMO_EXTENSIONS.append(search.index_demo)
