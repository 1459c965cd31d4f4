"""What of a livelihood project can become public, for the personal-data guard
(powers.personal_data_guard): its words and its milestones'. A reviewed record: masking saves a
new version through the lifecycle, which the public sees once it is approved again."""

from __future__ import annotations

from powers.personal_data_guard import register_public_text

from .models import Project, ProjectMilestone

register_public_text(
    Project,
    ["name", "description", "contractor", "fund_source"],
    children=lambda project: project.milestones.all(),
)
register_public_text(ProjectMilestone, ["name", "note"])
