from __future__ import annotations

from django.urls import path

from . import official_views, views

app_name = "disclosures"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz/", views.healthz, name="healthz"),
    path("language/<str:code>/", views.switch_language, name="switch_language"),
    path("t/<slug:township_code>/", views.township_home, name="township_home"),
    path("t/<slug:township_code>/u/<slug:unit_code>/", views.unit_page, name="unit_page"),
    path(
        "t/<slug:township_code>/u/<slug:unit_code>/items/<str:item_code>/",
        views.item_page,
        name="item_page",
    ),
    path(
        "t/<slug:township_code>/u/<slug:unit_code>/flowcharts/<int:chart_id>/",
        views.chart_page,
        name="chart_page",
    ),
    path(
        "flowcharts/<str:source_hash>.<slug:fmt>",
        views.flowchart_image,
        name="flowchart_image",
    ),
]

# Disclosures: a published one on the public site (with its files), and the officials' pages
# under /work/disclosures/ (disclosures/official_views.py).
urlpatterns += [
    path(
        "t/<slug:township_code>/u/<slug:unit_code>/disclosures/<int:pk>/",
        views.disclosure_page,
        name="disclosure_page",
    ),
    path(
        "t/<slug:township_code>/u/<slug:unit_code>/disclosures/<int:pk>/files/<int:attachment_id>/",
        views.disclosure_attachment,
        name="disclosure_attachment",
    ),
    path(
        "work/disclosures/units/<int:unit_id>/",
        official_views.official_list,
        name="official_list",
    ),
    path(
        "work/disclosures/units/<int:unit_id>/new/",
        official_views.official_create,
        name="official_create",
    ),
    path(
        "work/disclosures/<int:disclosure_id>/",
        official_views.official_detail,
        name="official_detail",
    ),
    path(
        "work/disclosures/<int:disclosure_id>/edit/",
        official_views.official_edit,
        name="official_edit",
    ),
    path(
        "work/disclosures/<int:disclosure_id>/history/",
        official_views.official_history,
        name="official_history",
    ),
    path(
        "work/disclosures/<int:disclosure_id>/actions/<slug:name>/",
        official_views.official_transition,
        name="official_transition",
    ),
    path(
        "work/disclosures/<int:disclosure_id>/attachments/",
        official_views.attachment_upload,
        name="attachment_upload",
    ),
    path(
        "work/disclosures/attachments/<int:attachment_id>/",
        official_views.attachment_download,
        name="attachment_download",
    ),
]
