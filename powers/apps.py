from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PowersConfig(AppConfig):
    """Townships, units, posts, roles, the power catalog and its flowcharts."""

    name = "powers"
    verbose_name = _("权力目录")

    def ready(self) -> None:
        # The guard registers the public texts of the catalog and its flowcharts.
        from . import personal_data_guard, signals  # noqa: F401
