from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DisclosuresConfig(AppConfig):
    """Disclosures (党务公开 / 村务公开), their channels and catalog (公开目录), publishing, and
    the officials' pages for them."""

    name = "disclosures"
    verbose_name = _("公开事项")

    def ready(self) -> None:
        from powers.demo import DEMO_EXTENSIONS

        from . import demo, personal_data, publishing, sheets, vocabulary  # noqa: F401

        vocabulary.register_administrator_permissions()

        if demo.load_demo_disclosures not in DEMO_EXTENSIONS:
            DEMO_EXTENSIONS.append(demo.load_demo_disclosures)
