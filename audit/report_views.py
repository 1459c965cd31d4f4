"""The unit's summary report (专题报告): the clerk or the unit head drafts the unit's own text,
the unit head submits it to the township discipline committee, and anyone who reads the unit
may print it (and the township's report, those who hold the township).

Submitted once: after submission the report is read-only, and there is no resubmission (a
correction goes to the committee in person; the history keeps every draft that led to it).
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from powers.permissions import get_unit_for_user, unit_perms

from .models import SummaryReport
from .report import TOWNSHIP_KIND, UNIT_KIND, frozen_facts, frozen_figures
from .submission import seal_submission
from .workplan import current_plan

# Who may write the draft, and who may submit it.
DRAFT_PERMS = {"change_records", "confirm_records"}
SUBMIT_PERM = "confirm_records"


class SummaryReportForm(forms.ModelForm):
    """The unit's own text. Both parts may be left empty in a draft, never when submitting."""

    class Meta:
        model = SummaryReport
        fields = ["shortcomings", "improvements"]
        widgets = {
            "shortcomings": forms.Textarea(attrs={"rows": 8}),
            "improvements": forms.Textarea(attrs={"rows": 8}),
        }
        help_texts = {
            "shortcomings": gettext_lazy(
                "对照工作方案，本单位在权力公开透明运行中存在的差距和不足。"
            ),
            "improvements": gettext_lazy("针对上述差距和不足的改进措施及完成时限。"),
        }

    def __init__(self, *args, submitting: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.submitting = submitting

    def clean(self):
        cleaned = super().clean()
        if self.submitting:
            for name in self.Meta.fields:
                if not (cleaned.get(name) or "").strip():
                    self.add_error(name, _("报送前请填写此项。"))
        return cleaned


TEXT_FIELDS = SummaryReportForm.Meta.fields


def _save(form: SummaryReportForm, user, submitting: bool) -> bool:
    """Save the draft or the submission; False when the report was submitted meanwhile (the
    row is read again under a lock, so a draft saved at the moment the head submits never
    overwrites the submission). A draft writes only the text."""
    with transaction.atomic():
        report = form.save(commit=False)
        fields = None
        if report.pk is not None:
            locked = SummaryReport.objects.select_for_update().get(pk=report.pk)
            if locked.is_submitted:
                return False
            fields = list(TEXT_FIELDS)
        if submitting:
            report.submitted_by = user
            report.submitted_at = timezone.now()
            if fields is not None:
                fields += ["submitted_by", "submitted_at"]
        report._history_user = user
        report.save(update_fields=fields)
        if submitting:
            seal_submission(report, user)
    return True


@login_required
@require_http_methods(["GET", "POST"])
def unit_report(request: HttpRequest, unit_id: int) -> HttpResponse:
    unit = get_unit_for_user(request, unit_id)
    plan = current_plan(unit.township)
    if plan is None:
        raise Http404
    perms = unit_perms(request.user, unit)
    report = (
        SummaryReport.objects.filter(plan=plan, unit=unit).select_related("submitted_by").first()
    )
    submitted = report is not None and report.is_submitted
    may_draft = not submitted and bool(perms & DRAFT_PERMS)
    may_submit = not submitted and SUBMIT_PERM in perms
    form = None
    if request.method == "POST":
        submitting = "submit" in request.POST
        if submitted or not may_draft or (submitting and not may_submit):
            raise PermissionDenied
        form = SummaryReportForm(
            request.POST,
            instance=report or SummaryReport(plan=plan, unit=unit),
            submitting=submitting,
        )
        if form.is_valid():
            if not _save(form, request.user, submitting):
                messages.error(request, _("专题报告已由他人报送，不能再修改。"))
            elif submitting:
                messages.success(request, _("专题报告已报送乡纪委。"))
            else:
                messages.success(request, _("草稿已保存。"))
            return redirect("workplan:report", unit.pk)
    elif may_draft:
        form = SummaryReportForm(instance=report)
    history = list(report.history.select_related("history_user")[:20]) if report else []
    submitted_content = report.submitted_content if submitted else None
    if submitted_content and not report.submitted_pdf:
        # Frozen at submission, rendered after commit: ask again if that render did not finish.
        from .tasks import freeze_submitted_report

        transaction.on_commit(lambda: freeze_submitted_report.delay(report.pk))
    return render(
        request,
        "audit/report/unit_page.html",
        {
            "unit": unit,
            "plan": plan,
            "report": report,
            "form": form,
            "may_submit": may_submit,
            "history": history,
            "unit_kind": UNIT_KIND,
            "township_kind": TOWNSHIP_KIND,
            "frozen": frozen_figures(submitted_content) if submitted_content else None,
            "frozen_facts": frozen_facts(submitted_content) if submitted_content else None,
            "counted_on": submitted_content["counted_on"] if submitted_content else None,
        },
    )


@login_required
@require_GET
def submitted_pdf(request: HttpRequest, unit_id: int) -> FileResponse:
    """The PDF of the unit's report as it was submitted (rendered from its frozen content)."""
    unit = get_unit_for_user(request, unit_id)
    plan = current_plan(unit.township)
    report = SummaryReport.objects.filter(plan=plan, unit=unit).first() if plan else None
    if report is None or not report.submitted_pdf:
        raise Http404
    return FileResponse(
        report.submitted_pdf.open("rb"),
        content_type="application/pdf",
        filename=f"summary-report-{unit.code}-submitted.pdf",
    )
