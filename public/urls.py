"""The public site: home, township and unit pages, the published records, search, feeds and the
unit's electronic screen (kiosk). Anonymous, cached by township (powers.public_cache)."""

from __future__ import annotations

from django.urls import path

from . import feeds, views

app_name = "public"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz/", views.healthz, name="healthz"),
    path("language/<str:code>/", views.switch_language, name="switch_language"),
    path("t/<slug:township_code>/", views.township_home, name="township_home"),
    path("t/<slug:township_code>/search/", views.search_page, name="search"),
    path("t/<slug:township_code>/feed.rss", feeds.township_rss, name="township_rss"),
    path("t/<slug:township_code>/feed.atom", feeds.township_atom, name="township_atom"),
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
        "t/<slug:township_code>/u/<slug:unit_code>/disclosures/<int:pk>/",
        views.disclosure_page,
        name="disclosure_page",
    ),
    path(
        "t/<slug:township_code>/u/<slug:unit_code>/disclosures/<int:pk>/files/<int:attachment_id>/",
        views.disclosure_attachment,
        name="disclosure_attachment",
    ),
    path("t/<slug:township_code>/u/<slug:unit_code>/feed.rss", feeds.unit_rss, name="unit_rss"),
    path("t/<slug:township_code>/u/<slug:unit_code>/feed.atom", feeds.unit_atom, name="unit_atom"),
    path("t/<slug:township_code>/u/<slug:unit_code>/kiosk/", views.kiosk, name="kiosk"),
    path(
        "flowcharts/<str:source_hash>.<slug:fmt>",
        views.flowchart_image,
        name="flowchart_image",
    ),
]
