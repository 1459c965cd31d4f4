"""The work plan's progress pages, under /work/audit/workplan/ (namespace ``workplan``)."""

from __future__ import annotations

from django.urls import path

from . import report_views, workplan_views

app_name = "workplan"

urlpatterns = [
    path("", workplan_views.workplan_index, name="index"),
    path("township/<int:township_id>/", workplan_views.township_progress, name="township"),
    path("unit/<int:unit_id>/", workplan_views.unit_progress, name="unit"),
    path("unit/<int:unit_id>/report/", report_views.unit_report, name="report"),
    path(
        "unit/<int:unit_id>/report/submitted.pdf",
        report_views.submitted_pdf,
        name="submitted_report_pdf",
    ),
]
