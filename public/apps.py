from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicConfig(AppConfig):
    """The public site: home, township and unit pages, item, chart and disclosure pages, search,
    feeds and the electronic screen (kiosk). It reads approved snapshots only
    (``powers.lifecycle.approved_snapshot``) and caches its pages by township
    (``powers.public_cache``)."""

    name = "public"
    verbose_name = _("公开网站")

    def ready(self) -> None:
        from powers.demo import DEMO_EXTENSIONS

        from . import search, signals  # noqa: F401

        # Last of the demo's parts, so that the index sees every published record.
        if search.index_demo not in DEMO_EXTENSIONS:
            DEMO_EXTENSIONS.append(search.index_demo)
