from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DisclosuresConfig(AppConfig):
    """Disclosures, feedback, open data and the public site as a whole."""

    name = "disclosures"
    verbose_name = _("公开与监督")

    def ready(self) -> None:
        from powers.demo import DEMO_EXTENSIONS

        from . import (  # noqa: F401
            demo,
            feedback_panels,
            feedback_tasks,
            personal_data,
            publishing,
            search,
            signals,
        )

        # The disclosures before the index, so that it sees them.
        for extend in (demo.load_demo_disclosures, search.index_demo):
            if extend not in DEMO_EXTENSIONS:
                DEMO_EXTENSIONS.append(extend)
