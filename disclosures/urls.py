from __future__ import annotations

from django.urls import path

from . import (
    catalog_views,
    feedback_views,
    feeds,
    official_views,
    print_views,
    project_views,
    views,
)

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

# The public site: search, feeds and the unit's electronic screen (disclosures/search.py,
# disclosures/feeds.py).
urlpatterns += [
    path("t/<slug:township_code>/search/", views.search_page, name="search"),
    path("t/<slug:township_code>/feed.rss", feeds.township_rss, name="township_rss"),
    path("t/<slug:township_code>/feed.atom", feeds.township_atom, name="township_atom"),
    path("t/<slug:township_code>/u/<slug:unit_code>/feed.rss", feeds.unit_rss, name="unit_rss"),
    path("t/<slug:township_code>/u/<slug:unit_code>/feed.atom", feeds.unit_atom, name="unit_atom"),
    path("t/<slug:township_code>/u/<slug:unit_code>/kiosk/", views.kiosk, name="kiosk"),
]

# Public feedback (监督评议): the form, receipt and tracking page on the public site (never
# cached), and the officials' pages under /work/feedback/ (disclosures/feedback_views.py).
urlpatterns += [
    path("feedback/new/", feedback_views.feedback_new, name="feedback_new"),
    path("feedback/submit/", feedback_views.feedback_submit, name="feedback_submit"),
    path("feedback/thanks/", feedback_views.feedback_thanks, name="feedback_thanks"),
    path("feedback/track/", feedback_views.feedback_track, name="feedback_track"),
    path("work/feedback/", feedback_views.township_feedback, name="township_feedback"),
    path(
        "work/feedback/units/<int:unit_id>/",
        feedback_views.unit_feedback,
        name="unit_feedback",
    ),
    path(
        "work/feedback/<int:feedback_id>/",
        feedback_views.feedback_detail,
        name="feedback_detail",
    ),
    path(
        "work/feedback/<int:feedback_id>/assign/",
        feedback_views.feedback_assign,
        name="feedback_assign",
    ),
    path(
        "work/feedback/<int:feedback_id>/reply/",
        feedback_views.feedback_reply,
        name="feedback_reply",
    ),
    path(
        "work/feedback/<int:feedback_id>/close/",
        feedback_views.feedback_close,
        name="feedback_close",
    ),
    path(
        "work/feedback/<int:feedback_id>/history/",
        feedback_views.feedback_history,
        name="feedback_history",
    ),
]

# The disclosure catalog (公开目录) and livelihood projects (民生工程): the officials' pages under
# /work/disclosures/ (disclosures/catalog_views.py, disclosures/project_views.py) and the public
# project page with its photos.
urlpatterns += [
    path(
        "t/<slug:township_code>/u/<slug:unit_code>/projects/<slug:project_code>/",
        project_views.project_page,
        name="project_page",
    ),
    path(
        "t/<slug:township_code>/u/<slug:unit_code>/projects/<slug:project_code>/photos/"
        "<int:milestone_id>/",
        project_views.project_photo,
        name="project_photo",
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
        "work/disclosures/units/<int:unit_id>/projects/",
        project_views.project_list,
        name="project_list",
    ),
    path(
        "work/disclosures/units/<int:unit_id>/projects/new/",
        project_views.project_create,
        name="project_create",
    ),
    path(
        "work/disclosures/projects/<int:project_id>/",
        project_views.project_detail,
        name="project_detail",
    ),
    path(
        "work/disclosures/projects/<int:project_id>/edit/",
        project_views.project_edit,
        name="project_edit",
    ),
    path(
        "work/disclosures/projects/<int:project_id>/progress/",
        project_views.project_progress,
        name="project_progress",
    ),
    path(
        "work/disclosures/projects/<int:project_id>/actions/<slug:name>/",
        project_views.project_transition,
        name="project_transition",
    ),
    path(
        "work/disclosures/projects/<int:project_id>/history/",
        project_views.project_history,
        name="project_history",
    ),
]

# Printed sheets (打印件, disclosures/print_views.py): the officials ask for a PDF and follow its
# job; the QR code on the paper leads the public to the sheet-check page.
urlpatterns += [
    path(
        "work/print/new/<slug:kind>/<int:record_id>/",
        print_views.print_request,
        name="print_request",
    ),
    path("work/print/jobs/<int:job_id>/", print_views.print_job, name="print_job"),
    path("work/print/jobs/<int:job_id>/pdf/", print_views.print_download, name="print_download"),
    path("sheets/<str:check_code>/", print_views.sheet_check, name="sheet_check"),
]
