"""Livelihood projects (民生工程): the public project page with its photos, and the officials'
pages under /work/disclosures/projects/ (where they were before projects had an app of their
own, so bookmarks keep working)."""

from __future__ import annotations

from django.urls import path

from . import views

app_name = "projects"

urlpatterns = [
    path(
        "t/<slug:township_code>/u/<slug:unit_code>/projects/<slug:project_code>/",
        views.project_page,
        name="page",
    ),
    path(
        "t/<slug:township_code>/u/<slug:unit_code>/projects/<slug:project_code>/photos/"
        "<int:milestone_id>/",
        views.project_photo,
        name="photo",
    ),
    path("work/disclosures/units/<int:unit_id>/projects/", views.project_list, name="list"),
    path(
        "work/disclosures/units/<int:unit_id>/projects/new/",
        views.project_create,
        name="create",
    ),
    path("work/disclosures/projects/<int:project_id>/", views.project_detail, name="detail"),
    path("work/disclosures/projects/<int:project_id>/edit/", views.project_edit, name="edit"),
    path(
        "work/disclosures/projects/<int:project_id>/progress/",
        views.project_progress,
        name="progress",
    ),
    path(
        "work/disclosures/projects/<int:project_id>/actions/<slug:name>/",
        views.project_transition,
        name="transition",
    ),
    path(
        "work/disclosures/projects/<int:project_id>/history/",
        views.project_history,
        name="history",
    ),
]
