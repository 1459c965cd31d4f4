"""The officials' disclosure pages under /work/disclosures/: each unit's disclosures, their
review and files, and the disclosure catalog (公开目录). The public reads them on the public
site (public/urls.py)."""

from __future__ import annotations

from django.urls import path

from . import catalog_views, views, vocabulary_views

app_name = "disclosures"

urlpatterns = [
    path(
        "work/disclosures/units/<int:unit_id>/",
        views.official_list,
        name="official_list",
    ),
    path(
        "work/disclosures/units/<int:unit_id>/new/",
        views.official_create,
        name="official_create",
    ),
    path(
        "work/disclosures/<int:disclosure_id>/",
        views.official_detail,
        name="official_detail",
    ),
    path(
        "work/disclosures/<int:disclosure_id>/edit/",
        views.official_edit,
        name="official_edit",
    ),
    path(
        "work/disclosures/<int:disclosure_id>/history/",
        views.official_history,
        name="official_history",
    ),
    path(
        "work/disclosures/<int:disclosure_id>/actions/<slug:name>/",
        views.official_transition,
        name="official_transition",
    ),
    path(
        "work/disclosures/<int:disclosure_id>/attachments/",
        views.attachment_upload,
        name="attachment_upload",
    ),
    path(
        "work/disclosures/attachments/<int:attachment_id>/",
        views.attachment_download,
        name="attachment_download",
    ),
    path("work/disclosures/units/<int:unit_id>/catalog/", catalog_views.catalog, name="catalog"),
    path(
        "work/disclosures/units/<int:unit_id>/catalog/new/",
        catalog_views.obligation_create,
        name="obligation_create",
    ),
    path(
        "work/disclosures/catalog/<int:obligation_id>/edit/",
        catalog_views.obligation_edit,
        name="obligation_edit",
    ),
    path(
        "work/disclosures/catalog/<int:obligation_id>/history/",
        catalog_views.obligation_history,
        name="obligation_history",
    ),
    path(
        "work/disclosures/townships/<int:township_id>/vocabulary/",
        vocabulary_views.vocabulary,
        name="vocabulary",
    ),
    path(
        "work/disclosures/townships/<int:township_id>/vocabulary/<slug:kind>/new/",
        vocabulary_views.vocabulary_edit,
        name="vocabulary_add",
    ),
    path(
        "work/disclosures/townships/<int:township_id>/vocabulary/<slug:kind>/<int:pk>/",
        vocabulary_views.vocabulary_edit,
        name="vocabulary_edit",
    ),
]
