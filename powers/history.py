"""What every historical row keeps besides the record's fields.

django-simple-history stores the record as it was, the user and the reason; the discipline
committee also needs the user's name as text (users are deactivated and renamed, never
deleted) and which request or background job made the change.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import models, transaction
from django.dispatch import Signal, receiver
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from simple_history.signals import pre_create_historical_record

SYSTEM_NAME = "系统"

_job = threading.local()


class HistoryExtras(models.Model):
    """Fields added to every historical model."""

    history_user_name = models.CharField(_("操作人姓名"), max_length=150, blank=True)
    history_request = models.CharField(_("请求或任务"), max_length=300, blank=True)

    class Meta:
        abstract = True


def audited_history(**kwargs) -> HistoricalRecords:
    """History as every audited model keeps it: never cascaded away, with the extras."""
    kwargs.setdefault("bases", [HistoryExtras])
    kwargs.setdefault("cascade_delete_history", False)
    kwargs.setdefault("user_db_constraint", False)
    return HistoricalRecords(**kwargs)


def stamp(record, user, reason: str = "") -> None:
    """Who made the next save of ``record`` and why, for the history row it writes."""
    record._history_user = user
    record._change_reason = reason or None


def user_display_name(user) -> str:
    if user is None:
        return SYSTEM_NAME
    full = user.get_full_name() if hasattr(user, "get_full_name") else ""
    return f"{full}（{user.get_username()}）" if full else user.get_username()


@contextmanager
def job_context(name: str) -> Iterator[None]:
    """Name the background job that makes the changes inside the block, for their history."""
    previous = getattr(_job, "name", "")
    _job.name = name
    try:
        yield
    finally:
        _job.name = previous


@receiver(pre_create_historical_record)
def fill_history_extras(sender, history_instance, history_user, **kwargs) -> None:
    if not hasattr(history_instance, "history_user_name"):
        return
    history_instance.history_user_name = user_display_name(history_user)
    request = getattr(HistoricalRecords.context, "request", None)
    job = getattr(_job, "name", "")
    if job:
        history_instance.history_request = f"job:{job}"[:300]
    elif request is not None:
        history_instance.history_request = f"{request.method} {request.path}"[:300]


# --- writing many history rows at once --------------------------------------------------------
#
# Every history row is linked into the audit chain in the transaction that writes it
# (``audit.chain``). One link at a time costs a lock, two reads and a write per row; a block that
# writes thousands of rows (an import's chunk) asks for its rows to be linked together when it
# ends instead, still in its own transaction. The chain lives in an app above this one: it
# listens to these two signals.

history_batch_started = Signal()
history_batch_ended = Signal()  # completed: bool (False when the block raised)


@contextmanager
def history_batch() -> Iterator[None]:
    """Link the history rows written inside the block into the audit chain together, at its
    end, inside the caller's transaction (required: the links must commit with the rows)."""
    if not transaction.get_connection().in_atomic_block:
        raise transaction.TransactionManagementError(
            "history_batch() must run inside a transaction"
        )
    history_batch_started.send(sender=None)
    try:
        yield
    except BaseException:
        history_batch_ended.send(sender=None, completed=False)
        raise
    history_batch_ended.send(sender=None, completed=True)
