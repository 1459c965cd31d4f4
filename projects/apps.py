from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    """Livelihood projects (民生工程): each disclosed with its progress, milestones and photos,
    reviewed like a disclosure; a progress report is published as a disclosure."""

    name = "projects"
    verbose_name = _("民生工程")

    def ready(self) -> None:
        from powers.demo import DEMO_EXTENSIONS

        from . import demo, personal_data  # noqa: F401

        if demo.load_demo_projects not in DEMO_EXTENSIONS:
            DEMO_EXTENSIONS.append(demo.load_demo_projects)
