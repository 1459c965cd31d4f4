"""The personal-data guard: which text of a record can become public, what
:mod:`powers.personal_data` finds in it, the township reviewer's confirmations, and masking.

Each app registers its public kinds with :func:`register_public_text` (powers cannot import the
apps above it): the fields that go public, the child rows that go with the record (a chart's
steps), its documents (a disclosure's attachments) and, for a kind outside the review
lifecycle, how a masked record is saved. The lifecycle's submit refuses a record with findings
(:func:`submission_problems`), and so may any other way to publish (a case); the record's pages
show the findings with a one-click mask and, for the reviewer, a confirmation with a reason,
which covers the text exactly as confirmed (its fingerprint).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .file_text import TEXT_TYPES, document_text
from .lifecycle import LifecycleRecord, guard_submissions, public_content_changed, save_edit
from .models import Flowchart, FlowStep, PersonalDataWaiver, PowerItem
from .personal_data import (
    ADDRESS,
    BANK_CARD,
    ID_CARD,
    LANDLINE,
    MOBILE,
    Finding,
    find_personal_data,
    html_text,
    mask_html,
    mask_text,
)

KIND_LABELS = {
    ID_CARD: gettext_lazy("身份证号"),
    MOBILE: gettext_lazy("手机号"),
    LANDLINE: gettext_lazy("固定电话"),
    BANK_CARD: gettext_lazy("银行卡号"),
    ADDRESS: gettext_lazy("详细住址"),
}
MASK_REASON = gettext_lazy("遮盖个人信息")
PUBLISHED_MASK_REASON = gettext_lazy("遮盖已公开内容中的个人信息")
# An attachment's text is read once per file content, not on every page view.
DOCUMENT_TEXT_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True)
class Document:
    """A file that goes public with a record, named as the official knows it."""

    name: str
    file: models.fields.files.FieldFile
    content_type: str
    sha256: str


@dataclass(frozen=True)
class PublicText:
    """What of one kind of record can become public."""

    fields: tuple[str, ...]
    html_fields: frozenset[str] = frozenset()
    # An office's hotline belongs in a complaint channel: no landline is flagged there.
    contact_fields: frozenset[str] = frozenset()
    children: Callable[[models.Model], Iterable[models.Model]] | None = None
    documents: Callable[[models.Model], Iterable[Document]] | None = None
    # How a kind outside the lifecycle saves its masked record: (record, children, user=,
    # expected_version=). Lifecycle records go through save_edit.
    save_masked: Callable | None = None


PUBLIC_TEXT: dict[type[models.Model], PublicText] = {}


def register_public_text(
    model: type[models.Model],
    fields: Iterable[str],
    *,
    html_fields: Iterable[str] = (),
    contact_fields: Iterable[str] = (),
    children: Callable | None = None,
    documents: Callable | None = None,
    save_masked: Callable | None = None,
) -> None:
    PUBLIC_TEXT[model] = PublicText(
        tuple(fields),
        frozenset(html_fields),
        frozenset(contact_fields),
        children,
        documents,
        save_masked,
    )


@dataclass(frozen=True)
class Source:
    """One public text of a record: a field of it or of a child row, or a document's text."""

    label: str
    text: str
    obj: models.Model | None = None  # the row whose ``field`` holds it, when it can be masked
    field: str = ""
    html: bool = False
    contact: bool = False


@dataclass(frozen=True)
class Located:
    """A finding and where it is."""

    source: Source
    finding: Finding

    @property
    def label(self) -> str:
        return self.source.label

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS[self.finding.kind])

    def describe(self) -> str:
        return _("%(where)s有%(kind)s，遮盖后为“%(masked)s”") % {
            "where": self.label,
            "kind": self.kind_label,
            "masked": self.finding.masked,
        }


@dataclass
class Check:
    """What the guard says of a record now."""

    findings: list[Located]
    fingerprint: str
    waiver: PersonalDataWaiver | None = None
    unreadable: list[str] = field(default_factory=list)

    @property
    def blocks(self) -> bool:
        return bool(self.findings) and self.waiver is None

    @property
    def maskable(self) -> bool:
        return any(located.source.obj is not None for located in self.findings)


def is_registered(model: type[models.Model]) -> bool:
    return model in PUBLIC_TEXT


def _document_text(document: Document) -> str | None:
    key = f"personal-data:document-text:{document.sha256}"
    text = cache.get(key)
    if text is None:
        with document.file.open("rb") as handle:
            text = document_text(handle, document.content_type)
        if text is not None:
            cache.set(key, text, DOCUMENT_TEXT_SECONDS)
    return text


def public_sources(record: models.Model, prefix: str = "") -> tuple[list[Source], list[str]]:
    """The record's public texts (its children's and documents' included), and the names of
    the documents that could not be read."""
    entry = PUBLIC_TEXT.get(type(record))
    if entry is None:
        return [], []
    sources, unreadable = [], []
    for name in entry.fields:
        value = str(getattr(record, name) or "")
        html = name in entry.html_fields
        text = html_text(value) if html else value
        if text.strip():
            label = prefix + str(record._meta.get_field(name).verbose_name)
            contact = name in entry.contact_fields
            sources.append(Source(label, text, record, name, html, contact))
    for child in entry.children(record) if entry.children else ():
        child_prefix = f"{prefix}{child._meta.verbose_name}“{child}”的"
        child_sources, child_unreadable = public_sources(child, child_prefix)
        sources += child_sources
        unreadable += child_unreadable
    for document in entry.documents(record) if entry.documents else ():
        if document.content_type not in TEXT_TYPES:
            continue
        text = _document_text(document)
        label = prefix + _("附件“%(name)s”") % {"name": document.name}
        if text is None:
            unreadable.append(label)
        elif text.strip():
            sources.append(Source(label, text))
    return sources, unreadable


def fingerprint_of(sources: list[Source]) -> str:
    payload = json.dumps([[s.label, s.text] for s in sources], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def check_record(record: models.Model) -> Check | None:
    """The findings in the record's public text and the confirmation covering them, if any;
    None for a kind that is not registered."""
    if not is_registered(type(record)):
        return None
    sources, unreadable = public_sources(record)
    today = timezone.localdate()
    findings = [
        Located(source, finding)
        for source in sources
        for finding in find_personal_data(source.text, today)
        if not (source.contact and finding.kind == LANDLINE)
    ]
    check = Check(findings, fingerprint_of(sources), unreadable=unreadable)
    if findings and record.pk:
        check.waiver = (
            PersonalDataWaiver.objects.filter(
                content_type=ContentType.objects.get_for_model(record),
                object_id=record.pk,
                fingerprint=check.fingerprint,
            )
            .select_related("confirmed_by")
            .first()
        )
    return check


@guard_submissions
def submission_problems(record: models.Model) -> list[str]:
    """Each finding not covered by a confirmation, as the refusal of a submission lists it
    (the record's and those of the records that go to review with it)."""
    problems = []
    companions = record.lifecycle_companions() if isinstance(record, LifecycleRecord) else []
    for each in [record, *companions]:
        check = check_record(each)
        if check is not None and check.blocks:
            problems += [located.describe() for located in check.findings]
    if problems:
        problems.append(_("请在记录页面一键遮盖，或由乡镇审核人员确认后公开"))
    return problems


def refuse_if_blocked(record: models.Model) -> None:
    """For a way to publish outside the lifecycle (a case): refuse while findings stand."""
    if problems := submission_problems(record):
        raise ValidationError(
            _("含有个人信息，不能公开：%(problems)s。")
            % {"problems": "；".join(problem.rstrip("。") for problem in problems)}
        )


def _masked_snapshot(value, today):
    """An approved snapshot with every personal datum in its texts masked (HTML bodies as
    HTML), keys and non-text values as they were."""
    if isinstance(value, dict):
        return {key: _masked_snapshot(item, today) for key, item in value.items()}
    if isinstance(value, list):
        return [_masked_snapshot(item, today) for item in value]
    if isinstance(value, str):
        return mask_html(value, today) if "<" in value else mask_text(value, today)
    return value


def _save_lifecycle_masked(record, children, *, user, expected_version: int | None) -> None:
    def save_children(saved) -> None:
        for child in children:
            child._history_user = user
            child._change_reason = str(MASK_REASON)
            child.save()

    save_edit(
        record,
        user=user,
        expected_version=expected_version,
        reason=str(MASK_REASON),
        children=[save_children],
    )
    # What the public reads now is masked at once too: personal data does not stay public
    # until the masked version is approved again.
    published = getattr(record, "published_data", None)
    if published:
        masked = _masked_snapshot(published, timezone.localdate())
        if masked != published:
            record.published_data = masked
            record._history_user = user
            record._change_reason = str(PUBLISHED_MASK_REASON)
            record.save(update_fields=["published_data"])
            transaction.on_commit(
                partial(public_content_changed.send, sender=type(record), record=record)
            )


def mask_record(record: models.Model, *, user, expected_version: int | None) -> int:
    """Replace every finding in the record's own text (and its children's) with its masked
    form, saved through the record's normal save path with the reason 遮盖个人信息. Returns
    how many findings were masked; a document's text cannot be masked here: the official
    uploads a masked file instead."""
    check = check_record(record)
    if check is None:
        raise ValidationError(_("这类记录不做个人信息检查。"))
    today = timezone.localdate()
    masked, children = 0, []
    for source in {(id(s.obj), s.field): s for s in (f.source for f in check.findings)}.values():
        if source.obj is None:
            continue
        value = getattr(source.obj, source.field)
        new = mask_html(value, today) if source.html else mask_text(value, today)
        if new == value:
            continue
        setattr(source.obj, source.field, new)
        masked += sum(1 for f in check.findings if f.source == source)
        if source.obj is not record and source.obj not in children:
            children.append(source.obj)
    if not masked:
        return 0
    save = PUBLIC_TEXT[type(record)].save_masked or _save_lifecycle_masked
    with transaction.atomic():
        save(record, children, user=user, expected_version=expected_version)
    return masked


def confirm(record: models.Model, *, user, reason: str, fingerprint: str) -> PersonalDataWaiver:
    """The township reviewer lets the findings in the text they read go public as they are.
    ``fingerprint`` is the text they read: if it has changed since, nothing is confirmed."""
    if not reason.strip():
        raise ValidationError(_("请填写确认理由。"))
    check = check_record(record)
    if check is None or not check.findings:
        raise ValidationError(_("该记录中没有需要确认的个人信息。"))
    if check.fingerprint != fingerprint:
        raise ValidationError(_("内容在您查看之后已被修改，请重新查看后再确认。"))
    if check.waiver is not None:
        return check.waiver
    waiver = PersonalDataWaiver(
        unit=record.get_unit(),
        content_type=ContentType.objects.get_for_model(record),
        object_id=record.pk,
        fingerprint=check.fingerprint,
        findings=[
            {"where": f.label, "kind": f.finding.kind, "masked": f.finding.masked}
            for f in check.findings
        ],
        reason=reason.strip(),
        confirmed_by=user,
    )
    waiver._history_user = user
    waiver._change_reason = reason.strip()
    waiver.save()
    return waiver


# The catalog and its flowcharts -----------------------------------------------------------

register_public_text(
    PowerItem,
    [
        "name",
        "leader_in_charge",
        "responsible_office",
        "conditions",
        "service_commitment",
        "work_discipline",
        "accountability",
        "complaint_channel",
    ],
    contact_fields=["complaint_channel"],
)
register_public_text(
    Flowchart,
    ["title", "description"],
    children=lambda chart: chart.steps.all(),
)
register_public_text(
    FlowStep,
    [
        "name",
        "responsible_party",
        "conditions",
        "rules",
        "duty_requirements",
        "checkpoint_measure",
        "counterparty_rights",
        "complaint_channel",
    ],
    contact_fields=["complaint_channel"],
)
