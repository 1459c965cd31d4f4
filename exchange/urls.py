"""The officials' import and export pages under /work/exchange/."""

from __future__ import annotations

from django.urls import path

from . import views

app_name = "exchange"

urlpatterns = [
    path("units/<int:unit_id>/<str:kind>/import/", views.upload, name="upload"),
    path("units/<int:unit_id>/<str:kind>/export/", views.export, name="export"),
    path("jobs/<int:job_id>/", views.job, name="job"),
    path("jobs/<int:job_id>/status.json", views.job_status, name="job_status"),
    path("jobs/<int:job_id>/mapping/", views.job_mapping, name="job_mapping"),
    path("jobs/<int:job_id>/confirm/", views.job_confirm, name="job_confirm"),
]
