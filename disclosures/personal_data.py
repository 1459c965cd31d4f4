"""What of a disclosure can become public, for the personal-data guard
(powers.personal_data_guard). A reviewed record: masking saves a new version through the
lifecycle, which the public sees once it is approved again."""

from __future__ import annotations

from powers.personal_data_guard import Document, register_public_text

from .models import Disclosure


def _attachments(disclosure: Disclosure) -> list[Document]:
    return [
        Document(a.original_name, a.file, a.content_type, a.sha256)
        for a in disclosure.attachments.all()
    ]


register_public_text(
    Disclosure,
    ["title", "body", "objection_contact"],
    html_fields=["body"],
    contact_fields=["objection_contact"],
    documents=_attachments,
)
