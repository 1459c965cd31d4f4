from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    """The open-data API (/api/): published catalogs, charts, risk points, disclosures and
    projects as JSON and CSV, beside the public site and reading the same approved snapshots."""

    name = "opendata"
    verbose_name = _("开放数据")
