"""The discipline committee's pages: the audit timeline, a record's timeline, its CSV export,
and the check that nobody rewrote the record. All of them read; none changes history."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_GET, require_http_methods

from opendata.api import csv_cell
from powers.permissions import townships_with_perm

from .browser import (
    DEFAULT_PAGE_SIZE,
    PAGE_SIZES,
    AuditEntry,
    audit_township_ids,
    reads_audit,
    record_entries,
    timeline_page,
    type_for_record,
)
from .browser import all_entries as all_timeline_entries
from .chain import (
    FIRST_VISIT_NAME,
    check_printed_head,
    head,
    head_hash,
    publish_daily_head,
    unchained_rows,
)
from .filters import AuditTimelineFilter
from .models import ChainHead, ChainLink, ChainVerification
from .tasks import verify_chain


def _require_township_history(request: HttpRequest) -> None:
    # The committee, reviewers and administrators hold history rights on a whole township.
    if not townships_with_perm(request.user, "view_history").exists():
        raise PermissionDenied


# Full-chain verifications a person, and a township, may start in an hour. Asking while one
# is queued or running joins it and starts nothing.
VERIFICATIONS_PER_USER_HOUR = 3
VERIFICATIONS_PER_TOWNSHIP_HOUR = 6
# A run still "running" after this was killed with its worker (verify_chain's time limit).
VERIFICATION_STALE_AFTER = timedelta(seconds=3600 + 300)
REQUEST_LOCK_KEY = 726_159_002  # the verification requests' lock on PostgreSQL


def _runs_visible_to(user):
    """Verification runs of the townships whose history the user reads; all for superusers."""
    runs = ChainVerification.objects.select_related("requested_by")
    if user.is_superuser:
        return runs
    return runs.filter(township__in=townships_with_perm(user, "view_history"))


def _township_for_run(request: HttpRequest):
    """The township a verification is asked for: the one chosen, else the user's first.
    None for a superuser, whose runs only superusers see."""
    if request.user.is_superuser:
        return None
    townships = townships_with_perm(request.user, "view_history").order_by("pk")
    chosen = townships.filter(pk=request.POST.get("township") or 0).first()
    return chosen or townships.first()


def _lock_requests(township_id: int | None) -> None:
    # SQLite runs one writing transaction at a time already.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s, %s)", [REQUEST_LOCK_KEY, township_id or 0]
            )


def request_verification(request: HttpRequest) -> tuple[ChainVerification | None, str]:
    """Start a verification for the user's township, join the one already queued or running
    there, or refuse past the hourly limits: the run and "started", "joined" or "limited"."""
    township = _township_for_run(request)
    now = timezone.now()
    with transaction.atomic():
        _lock_requests(township.pk if township else None)
        runs = ChainVerification.objects.filter(township=township)
        active = (
            runs.filter(
                result=ChainVerification.Result.RUNNING,
                started_at__gte=now - VERIFICATION_STALE_AFTER,
            )
            .order_by("-started_at")
            .first()
        )
        if active is not None:
            return active, "joined"
        hour_ago = now - timedelta(hours=1)
        by_user = ChainVerification.objects.filter(
            requested_by=request.user, started_at__gte=hour_ago
        ).count()
        by_township = runs.filter(started_at__gte=hour_ago).count()
        if by_user >= VERIFICATIONS_PER_USER_HOUR or by_township >= VERIFICATIONS_PER_TOWNSHIP_HOUR:
            return None, "limited"
        run = ChainVerification.objects.create(requested_by=request.user, township=township)
        transaction.on_commit(lambda: verify_chain.delay(run.pk))
    return run, "started"


@login_required
@require_http_methods(["GET", "POST"])
def chain_status(request: HttpRequest) -> HttpResponse:
    _require_township_history(request)
    if request.method == "POST":
        run, outcome = request_verification(request)
        if outcome == "started":
            messages.success(request, _("已开始核验审计链，完成后结果显示在下方。"))
        elif outcome == "joined":
            messages.info(
                request,
                _("已有一次核验（%(time)s 开始）正在进行，本次请求已并入，结果显示在下方。")
                % {"time": timezone.localtime(run.started_at).strftime("%H:%M")},
            )
        else:
            messages.error(request, _("核验请求过于频繁，请一小时后再试。"))
        return redirect("audit:chain_status")
    printed = request.GET.get("printed", "").strip()
    return render(
        request,
        "audit/chain_status.html",
        {
            "printed": check_printed_head(printed) if printed else None,
            "head_hash": head_hash(),
            "link_count": ChainLink.objects.count(),
            "unchained": unchained_rows(),
            "runs": _runs_visible_to(request.user)[:20],
        },
    )


# Daily heads listed on the public page: a year and a half, newest first.
DAILY_HEADS_SHOWN = 550


@require_GET
def public_head(request: HttpRequest) -> HttpResponse:
    """The chain's head as it is now and as it was published each day, for anyone to print:
    a printed copy proves which links existed that day, since every later verification fails
    when a published head is no longer on the chain."""
    # The scheduled job publishes the day's head; if it has not run yet today, the first
    # visit does, and the record says so.
    today = publish_daily_head(by=FIRST_VISIT_NAME)
    seq, current = head()
    daily = ChainHead.objects.filter(source=ChainHead.Source.DAILY).order_by("-day")
    return render(
        request,
        "audit/public_head.html",
        {
            "today": today,
            "head_seq": seq,
            "head_hash": current,
            "read_at": timezone.localtime(),
            "daily": daily[:DAILY_HEADS_SHOWN],
        },
    )


def _require_audit_reader(request: HttpRequest) -> None:
    # The discipline committee and administrators; clerks, heads and reviewers are refused.
    if not reads_audit(request.user):
        raise PermissionDenied


def _int_param(request: HttpRequest, name: str) -> int | None:
    try:
        return int(request.GET[name])
    except (KeyError, ValueError):
        return None


@login_required
@require_GET
def timeline(request: HttpRequest) -> HttpResponse:
    """Every change of every audited record the reader may see, newest first, filtered."""
    _require_audit_reader(request)
    filters = AuditTimelineFilter(request.GET or None, user=request.user)
    size = _int_param(request, "size")
    size = size if size in PAGE_SIZES else DEFAULT_PAGE_SIZE
    page = timeline_page(filters.query, size, before=_int_param(request, "before"))
    return render(
        request,
        "audit/timeline.html",
        {
            "filter": filters,
            "page": page,
            "size": size,
            "page_sizes": PAGE_SIZES,
            "is_older_page": "before" in request.GET,
        },
    )


class _Echo:
    """A file-like object whose write returns the line, for csv.writer in a stream."""

    def write(self, value: str) -> str:
        return value


CSV_HEADER = (
    _lazy("序号"),
    _lazy("时间"),
    _lazy("操作人"),
    _lazy("操作"),
    _lazy("记录类型"),
    _lazy("单位"),
    _lazy("记录"),
    _lazy("原因"),
    _lazy("变更内容"),
    _lazy("请求或任务"),
)


def _csv_lines(entries: Iterator[AuditEntry]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    # A byte-order mark first: Excel and WPS then read the UTF-8 file as Chinese, not mojibake.
    yield "\ufeff" + writer.writerow([str(name) for name in CSV_HEADER])
    for item in entries:
        entry = item.entry
        if entry is None:
            cells = [item.seq, "", "", "", item.audited.name, "", "", "", _("历史记录已不存在"), ""]
        else:
            changes = "\n".join(
                f"{change.label}：{change.old} → {change.new}"
                if change.old
                else f"{change.label}：{change.new}"
                for change in entry.changes
            )
            cells = [
                item.seq,
                timezone.localtime(entry.when).strftime("%Y-%m-%d %H:%M:%S"),
                entry.user_name,
                entry.action,
                item.audited.name,
                item.unit_name,
                entry.subject,
                entry.reason,
                changes,
                entry.request,
            ]
        yield writer.writerow([csv_cell(cell) for cell in cells])


@login_required
@require_GET
def timeline_csv(request: HttpRequest) -> StreamingHttpResponse:
    """The filtered timeline as CSV, streamed a batch of entries at a time."""
    _require_audit_reader(request)
    filters = AuditTimelineFilter(request.GET or None, user=request.user)
    lines = _csv_lines(all_timeline_entries(filters.query))
    response = StreamingHttpResponse(
        (line.encode("utf-8") for line in lines), content_type="text/csv; charset=utf-8"
    )
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="audit-timeline-{stamp}.csv"'
    return response


@login_required
@require_GET
def record_history(request: HttpRequest, record_label: str, pk: int) -> HttpResponse:
    """One record's changes and its children's (a flowchart's steps, a risk's measures)."""
    _require_audit_reader(request)
    audited = type_for_record(record_label)
    if audited is None:
        raise Http404
    rows = audited.history._default_manager.filter(**{audited.model._meta.pk.attname: pk})
    township_ids = audit_township_ids(request.user)
    if township_ids is not None:
        if not audited.township_paths:
            raise Http404
        rows = rows.filter(audited.township_q(township_ids))
    latest = rows.order_by("-history_id").first()
    if latest is None:
        raise Http404
    # The record as it is, or as its last history row left it when it has been deleted.
    record = audited.model._default_manager.filter(pk=pk).first() or latest.instance
    return render(
        request,
        "audit/record_history.html",
        {
            "audited": audited,
            "record": record,
            "deleted": latest.history_type == "-",
            "entries": record_entries(audited, record),
        },
    )
