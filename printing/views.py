"""Printed sheets (打印件): asking for one, following its job, downloading it (officials), and
the public sheet-check page a villager reaches from the QR code on the paper.

The sheet-check page keeps its answer in the cache instead of rebuilding the sheet on every
scan. The answer is keyed on what could change the sheet's content hash: the township's
public-page generation (bumped by every approval and withdrawal, so an approved change flips a
sheet to outdated at once), the job's own outdated mark, and :func:`sheets.record_stamp` (a
draft's edit, the disclosure catalog). What none of these sees (a registered document such as
the summary report) is answered afresh after ``CHECK_CACHE_SECONDS``.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from powers import public_cache

from . import jobs, sheets
from .models import PrintJob

# How often the job page reloads itself while the sheet is being made (a meta refresh: the
# site's CSP allows no inline script).
REFRESH_SECONDS = 2
# How long the public sheet-check page may keep an answer that nothing it is keyed on expires.
CHECK_CACHE_SECONDS = 300


def get_print_job_for_user(request: HttpRequest, job_id: int) -> PrintJob:
    """The job, if the user may read its record (its unit's records, or its township's for a
    township's sheet); 404 otherwise."""
    job = get_object_or_404(
        PrintJob.objects.select_related("unit__township", "township", "requested_by").defer("html"),
        pk=job_id,
    )
    if not sheets.may_view_job(request.user, job):
        raise Http404
    return job


@login_required
@require_POST
def print_request(request: HttpRequest, kind: str, record_id: int) -> HttpResponse:
    record = sheets.load_record(kind, record_id)
    if record is None:
        raise Http404
    if not sheets.may_view(request.user, kind, record):
        raise Http404
    try:
        job = jobs.request_print(kind, record, user=request.user)
    except sheets.SheetTooLarge as error:
        return render(request, "printing/job_refused.html", {"reason": str(error)}, status=400)
    return redirect("printing:job", job.pk)


@login_required
@require_GET
@never_cache
def print_job(request: HttpRequest, job_id: int) -> HttpResponse:
    job = get_print_job_for_user(request, job_id)
    waiting = job.status in {PrintJob.Status.QUEUED, PrintJob.Status.RUNNING}
    return render(
        request,
        "printing/job.html",
        {
            "job": job,
            "kind_label": sheets.kind_label(job.kind),
            "waiting": waiting,
            "refresh_seconds": REFRESH_SECONDS,
            "check_url": sheets.check_url(job.content_hash),
        },
    )


@login_required
@require_GET
def print_download(request: HttpRequest, job_id: int) -> FileResponse:
    job = get_print_job_for_user(request, job_id)
    if job.status != PrintJob.Status.DONE or not job.pdf:
        raise Http404
    try:
        handle = job.pdf.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(
        handle,
        as_attachment="download" in request.GET,
        filename=f"{job.title[:80]}-{job.short_hash}.pdf",
        content_type="application/pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["ETag"] = f'"{job.content_hash}"'
    return response


@require_GET
@never_cache
def sheet_check(request: HttpRequest, check_code: str) -> HttpResponse:
    """Public: is the sheet with this check code (the hash's first 16 characters) current?"""
    if len(check_code) != 16 or not all(c in "0123456789abcdef" for c in check_code):
        raise Http404
    job = get_object_or_404(
        PrintJob.objects.select_related("unit__township", "township").defer("html"),
        content_hash__startswith=check_code,
    )
    answer = _check_answer(job)
    public = answer["public"]
    return render(
        request,
        "printing/sheet_check.html",
        {
            "job": job,
            "public": public,
            "sheet_is_current": answer["current"] and not job.is_outdated,
            "live_url": answer["live_url"] if public else "",
            "feedback_url": answer["feedback_url"] if public else "",
            "unit": job.unit if public else None,
            "issuer": answer["issuer"] if public else "",
            # The record's approved title, not the one printed: a draft sheet (样稿) printed
            # before approval carries words the public never saw approved.
            "title": answer.get("title", "") if public else "",
            "kind_label": sheets.kind_label(job.kind),
        },
    )


def _check_answer(job: PrintJob) -> dict:
    """Whether the sheet is current and what the page may say of its record: from the cache
    when nothing that would change the sheet's hash has changed, else by rebuilding it."""
    township = job.unit.township if job.unit_id else job.township
    parts = [
        "sheet-check",
        job.content_hash,
        str(public_cache.generation(township.code)),
        sheets.record_stamp(job),
    ]

    def key() -> str:
        # A sheet marked outdated (a newer one asked for, or found changed) or current again
        # (its record changed back and the sheet was asked for again) is answered afresh.
        return ":".join([*parts, "outdated" if job.is_outdated else "current"])

    answer = cache.get(key())
    if answer is None:
        current, sheet = sheets.check(job)
        # Only a record the public may read is named here; of any other (a draft, an internal
        # or party-only notice, a summary report) the page says just whether it is current.
        public = sheet is not None and sheet.public
        answer = {
            "current": current,
            "public": public,
            "live_url": sheet.live_url if public else "",
            "feedback_url": sheet.feedback_url if public else "",
            "issuer": sheet.issuer_name if public else "",
            "title": sheet.title if public else "",
        }
        cache.set(key(), answer, min(CHECK_CACHE_SECONDS, settings.PUBLIC_PAGE_CACHE_SECONDS))
    return answer
