from __future__ import annotations

from django.urls import path

from . import views

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
