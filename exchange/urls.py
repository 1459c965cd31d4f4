"""The officials' import and export pages under /work/exchange/."""

from __future__ import annotations

from django.urls import path

from . import standard_views, views

app_name = "exchange"

urlpatterns = [
    path("units/<int:unit_id>/<str:kind>/import/", views.upload, name="upload"),
    path("units/<int:unit_id>/<str:kind>/export/", views.export, name="export"),
    path("jobs/<int:job_id>/", views.job, name="job"),
    path("jobs/<int:job_id>/status.json", views.job_status, name="job_status"),
    path("jobs/<int:job_id>/mapping/", views.job_mapping, name="job_mapping"),
    path("jobs/<int:job_id>/confirm/", views.job_confirm, name="job_confirm"),
]

urlpatterns += [
    path("standards/", standard_views.standard_index, name="standards"),
    path("standards/new/", standard_views.standard_new, name="standard_new"),
    path("standards/<int:standard_id>/", standard_views.standard_detail, name="standard"),
    path(
        "standards/<int:standard_id>/versions/<int:number>/file/",
        standard_views.standard_version_file,
        name="standard_file",
    ),
    path(
        "standards/<int:standard_id>/units/<int:unit_id>/",
        standard_views.standard_unit,
        name="standard_unit",
    ),
    path(
        "standards/<int:standard_id>/units/<int:unit_id>/adopt/",
        standard_views.standard_adopt,
        name="standard_adopt",
    ),
]
