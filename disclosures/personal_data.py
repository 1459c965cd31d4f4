"""What of a disclosure and of a livelihood project can become public, for the personal-data
guard (powers.personal_data_guard)."""

from __future__ import annotations

from django.db import transaction

from powers.personal_data_guard import MASK_REASON, Document, register_public_text

from .models import Disclosure, Project, ProjectMilestone
from .public_cache import bump


def _attachments(disclosure: Disclosure) -> list[Document]:
    return [
        Document(a.original_name, a.file, a.content_type, a.sha256)
        for a in disclosure.attachments.all()
    ]


def _save_masked_project(project: Project, children, *, user, expected_version=None) -> None:
    """A project has no review of its own: the masked fields are saved with their history."""
    for row in [project, *children]:
        row._history_user = user
        row._change_reason = str(MASK_REASON)
        row.save()
    if project.is_public:
        code = project.unit.township.code
        transaction.on_commit(lambda: bump(code))


register_public_text(
    Disclosure,
    ["title", "body", "objection_contact"],
    html_fields=["body"],
    contact_fields=["objection_contact"],
    documents=_attachments,
)
register_public_text(
    Project,
    ["name", "description", "contractor", "fund_source"],
    children=lambda project: project.milestones.all(),
    save_masked=_save_masked_project,
)
register_public_text(ProjectMilestone, ["name", "note"])
