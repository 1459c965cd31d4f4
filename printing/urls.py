"""Printed sheets (打印件): the officials ask for a PDF and follow its job; the QR code on the
paper leads the public to the sheet-check page."""

from __future__ import annotations

from django.urls import path

from . import views

app_name = "printing"

urlpatterns = [
    path("work/print/new/<slug:kind>/<int:record_id>/", views.print_request, name="request"),
    path("work/print/jobs/<int:job_id>/", views.print_job, name="job"),
    path("work/print/jobs/<int:job_id>/pdf/", views.print_download, name="download"),
    path("sheets/<str:check_code>/", views.sheet_check, name="sheet_check"),
]
