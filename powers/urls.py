from __future__ import annotations

from django.urls import path

from . import flowchart_views, personal_data_views, views

app_name = "powers"

urlpatterns = [
    path("", views.my_work, name="my_work"),
    path("review/", views.review_queue, name="review_queue"),
    path("units/<int:unit_id>/catalog/", views.unit_catalog, name="unit_catalog"),
    # The personal-data warning's actions, for every kind of record that can become public.
    path(
        "personal-data/<int:content_type_id>/<int:object_id>/mask/",
        personal_data_views.personal_data_mask,
        name="personal_data_mask",
    ),
    path(
        "personal-data/<int:content_type_id>/<int:object_id>/confirm/",
        personal_data_views.personal_data_confirm,
        name="personal_data_confirm",
    ),
    path("units/<int:unit_id>/items/new/", views.item_create, name="item_create"),
    path("units/<int:unit_id>/posts/", views.unit_posts, name="unit_posts"),
    path("units/<int:unit_id>/posts/new/", views.post_create, name="post_create"),
    path("posts/<int:post_id>/edit/", views.post_edit, name="post_edit"),
    path("items/<int:item_id>/", views.item_detail, name="item_detail"),
    path("items/<int:item_id>/edit/", views.item_edit, name="item_edit"),
    path("items/<int:item_id>/history/", views.item_history, name="item_history"),
    path(
        "items/<int:item_id>/actions/<slug:name>/",
        views.item_transition,
        name="item_transition",
    ),
    # The flowchart editor.
    path("items/<int:item_id>/flowchart/", flowchart_views.item_flowchart, name="item_flowchart"),
    path(
        "items/<int:item_id>/flowchart/new/",
        flowchart_views.flowchart_create,
        name="flowchart_create",
    ),
    path(
        "flowcharts/<int:chart_id>/status/",
        flowchart_views.flowchart_status,
        name="flowchart_status",
    ),
    path(
        "flowcharts/<int:chart_id>/retry/", flowchart_views.flowchart_retry, name="flowchart_retry"
    ),
    path("flowcharts/<int:chart_id>/steps/new/", flowchart_views.step_create, name="step_create"),
    path("steps/<int:step_id>/edit/", flowchart_views.step_edit, name="step_edit"),
    path("steps/<int:step_id>/delete/", flowchart_views.step_delete, name="step_delete"),
    path("steps/<int:step_id>/move/<slug:direction>/", flowchart_views.step_move, name="step_move"),
    # A unit's own charts: of a category, or a village's decision, operation, disclosure and
    # supervision charts, reviewed on their own.
    path(
        "units/<int:unit_id>/flowcharts/",
        flowchart_views.unit_flowcharts,
        name="unit_flowcharts",
    ),
    path(
        "units/<int:unit_id>/flowcharts/new/",
        flowchart_views.unit_flowchart_create,
        name="unit_flowchart_create",
    ),
    path("flowcharts/<int:chart_id>/", flowchart_views.flowchart_detail, name="flowchart_detail"),
    path(
        "flowcharts/<int:chart_id>/history/",
        flowchart_views.flowchart_history,
        name="flowchart_history",
    ),
    path(
        "flowcharts/<int:chart_id>/actions/<slug:name>/",
        flowchart_views.flowchart_transition,
        name="flowchart_transition",
    ),
]
