"""Background jobs of the audit app: verifying the history chain."""

from __future__ import annotations

from celery import shared_task
from django.utils import timezone

from .chain import describe, verify
from .models import ChainVerification


@shared_task(acks_late=True, time_limit=3600)
def verify_chain(verification_id: int) -> str:
    """Check the whole chain and record the result on the verification row."""
    run = ChainVerification.objects.get(pk=verification_id)
    if run.result != ChainVerification.Result.RUNNING:
        return run.result  # already done: running it again changes nothing

    def progress(checked: int) -> None:
        ChainVerification.objects.filter(pk=run.pk).update(links_checked=checked)

    try:
        outcome = verify(progress=progress)
    except Exception as error:  # recorded for the committee, then re-raised for the logs
        ChainVerification.objects.filter(pk=run.pk).update(
            result=ChainVerification.Result.FAILED,
            broken_reason=str(error)[:2000],
            finished_at=timezone.now(),
        )
        raise
    ChainVerification.objects.filter(pk=run.pk).update(
        result=(
            ChainVerification.Result.BROKEN
            if outcome.first_break
            else ChainVerification.Result.INTACT
        ),
        links_checked=outcome.links_checked,
        head_hash=outcome.head_hash,
        broken_seq=outcome.first_break.seq if outcome.first_break else None,
        broken_reason=describe(outcome.first_break) if outcome.first_break else "",
        finished_at=timezone.now(),
    )
    return "broken" if outcome.first_break else "intact"
