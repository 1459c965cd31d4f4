"""Cases on the public site (under a unit) and the officials' pages under /work/cases/."""

from __future__ import annotations

from django.urls import path

from . import public_views, views

app_name = "cases"

urlpatterns = [
    path(
        "t/<slug:township_code>/u/<slug:unit_code>/cases/",
        public_views.public_cases,
        name="public_cases",
    ),
    path(
        "t/<slug:township_code>/u/<slug:unit_code>/cases/<int:case_id>/",
        public_views.public_case,
        name="public_case",
    ),
    path("work/cases/breaches/", views.breach_list, name="breach_list"),
    path("work/cases/units/<int:unit_id>/", views.unit_cases, name="unit_cases"),
    path("work/cases/units/<int:unit_id>/new/", views.case_open, name="case_open"),
    path("work/cases/<int:case_id>/", views.case_detail, name="case_detail"),
    path("work/cases/<int:case_id>/records/", views.record_create, name="record_create"),
    path("work/cases/<int:case_id>/close/", views.case_close, name="case_close"),
    path("work/cases/<int:case_id>/publish/", views.case_publish, name="case_publish"),
    path(
        "work/cases/<int:case_id>/request-publication/",
        views.case_request_publication,
        name="case_request_publication",
    ),
    path("work/cases/<int:case_id>/disclose/", views.case_disclose, name="case_disclose"),
    path("work/cases/<int:case_id>/history/", views.case_history, name="case_history"),
    path("work/cases/records/<int:record_id>/", views.record_edit, name="record_edit"),
    path(
        "work/cases/records/<int:record_id>/attachments/",
        views.attachment_upload,
        name="attachment_upload",
    ),
    path(
        "work/cases/attachments/<int:attachment_id>/",
        views.attachment_download,
        name="attachment_download",
    ),
]
