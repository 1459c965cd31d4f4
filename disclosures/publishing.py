"""Publishing disclosures: scheduled publication and who may read what.

Scheduled publication (定时发布) works without a lifecycle state of its own: a reviewer's
approval goes through :func:`approve`, which runs the shared "approve" transition and then, when
the disclosure's ``publish_at`` lies ahead, takes it off the public site again in the same
transaction: status "approved" (乡镇已审核), not public, its approved snapshot kept. Nothing
public ever saw the intermediate state. :func:`publish_due` (the Celery task
``disclosures.tasks.publish_due_disclosures``, every five minutes) publishes those whose time
has come, in the approving reviewer's name.

The public site and search read only what :func:`public_audience` allows: a disclosure goes to
everyone when both its approved snapshot and its current record say "society". Narrowing the
audience of a published disclosure therefore takes effect at once (before the edit is
approved); widening it waits for approval.

Bodies are cleaned by the form; the snapshot's body is cleaned again at approval (a body
written by the admin or an import never reached the form), see :mod:`powers.sanitize`.

The public search index follows each published disclosure (:mod:`public.search`).
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from powers.lifecycle import Status, apply_transition, public_content_changed
from powers.sanitize import clean_html

from .models import Audience, Disclosure

# Who may read --------------------------------------------------------------------------------


def effective_audience(approved: str | None, current: str) -> str:
    """The audience the public site applies: the narrower of the approved and the current one
    (no approved audience counts as the narrowest)."""
    approved = approved or Audience.UNIT
    if approved == Audience.SOCIETY and current == Audience.SOCIETY:
        return Audience.SOCIETY
    return approved if approved != Audience.SOCIETY else current


def public_audience(disclosure: Disclosure) -> str:
    return effective_audience(
        (disclosure.published_data or {}).get("audience"), disclosure.audience
    )


def is_for_everyone(disclosure: Disclosure) -> bool:
    return disclosure.is_public and public_audience(disclosure) == Audience.SOCIETY


def public_url(disclosure: Disclosure) -> str:
    unit = disclosure.unit
    return reverse("public:disclosure_page", args=[unit.township.code, unit.code, disclosure.pk])


# Approval and scheduled publication --------------------------------------------------------


def when_label(moment: datetime) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def approve(disclosure: Disclosure, *, user, perms: set[str], reason: str = "") -> bool:
    """Approve a disclosure: publish it now, or hold it until its ``publish_at``.

    Returns True when it is held for later. Either way the public snapshot's body is clean.
    """
    with transaction.atomic():
        apply_transition(disclosure, "approve", user=user, perms=perms, reason=reason)
        current = Disclosure.objects.select_for_update().get(pk=disclosure.pk)
        reasons = []
        body = current.published_data.get("body", "")
        if clean_html(body) != body:
            current.published_data = {**current.published_data, "body": clean_html(body)}
            reasons.append(_("发布内容中的不安全标记已清除"))
        held = current.publish_at is not None and current.publish_at > timezone.now()
        if held:
            current.status = Status.APPROVED
            current.is_public = False
            current.published_at = None
            current.version += 1
            reasons.insert(
                0, _("定时发布：等待 %(time)s") % {"time": when_label(current.publish_at)}
            )
        if reasons:
            current._history_user = user
            current._change_reason = "；".join(reasons)
            current.save()
    disclosure.refresh_from_db()
    return held


def is_scheduled(disclosure: Disclosure) -> bool:
    """Approved and waiting for its publication time."""
    return disclosure.status == Status.APPROVED and not disclosure.is_public


def approving_reviewer(disclosure: Disclosure):
    """The reviewer whose approval put the disclosure on hold, from its history."""
    user_id = (
        disclosure.history.filter(status=Status.APPROVED)
        .order_by("-history_date", "-history_id")
        .values_list("history_user_id", flat=True)
        .first()
    )
    return get_user_model().objects.filter(pk=user_id).first() if user_id else None


def publish_due(now: datetime | None = None) -> list[int]:
    """Publish every held disclosure whose time has come; the ids published.

    Idempotent: each one is re-read under a row lock, and one already published (by a
    concurrent run) or no longer held (cancelled meanwhile) is left alone.
    """
    now = now or timezone.now()
    due = list(
        Disclosure.objects.filter(
            status=Status.APPROVED, is_public=False, publish_at__lte=now
        ).values_list("pk", flat=True)
    )
    published = []
    for pk in due:
        with transaction.atomic():
            record = Disclosure.objects.select_for_update().filter(pk=pk).first()
            if (
                record is None
                or not is_scheduled(record)
                or record.published_data is None
                or record.publish_at is None
                or record.publish_at > now
            ):
                continue
            record.status = Status.PUBLISHED
            record.is_public = True
            record.published_at = now
            record.version += 1
            record._history_user = approving_reviewer(record)
            record._change_reason = _("定时发布")
            record.save()
            transaction.on_commit(
                partial(public_content_changed.send, sender=Disclosure, record=record)
            )
        published.append(pk)
    return published


def cancel_schedule(disclosure: Disclosure, *, user, reason: str) -> None:
    """Stop a held disclosure from going out: it is withdrawn, and may be edited and
    submitted again."""
    with transaction.atomic():
        current = Disclosure.objects.select_for_update().get(pk=disclosure.pk)
        if not is_scheduled(current):
            raise ValidationError(_("该公开事项不在等待定时发布，不能取消。"))
        current.status = Status.WITHDRAWN
        current.status_reason = reason
        current.version += 1
        current._history_user = user
        current._change_reason = _("取消定时发布：%(reason)s") % {"reason": reason}
        current.save()
    disclosure.refresh_from_db()


@receiver(post_save, sender=Disclosure)
def narrowed_audience_takes_effect(sender, instance: Disclosure, created: bool, **kwargs) -> None:
    """A published disclosure whose audience was just changed must leave the public site and
    search at once if it was narrowed: the cached pages and the index are told, as on a
    withdrawal."""
    approved = (instance.published_data or {}).get("audience")
    if created or not instance.is_public or approved is None or approved == instance.audience:
        return
    transaction.on_commit(partial(public_content_changed.send, sender=Disclosure, record=instance))
