from __future__ import annotations

from django.urls import path

from . import views

app_name = "powers"

urlpatterns = [
    path("", views.my_work, name="my_work"),
    path("review/", views.review_queue, name="review_queue"),
    path("units/<int:unit_id>/catalog/", views.unit_catalog, name="unit_catalog"),
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
]
