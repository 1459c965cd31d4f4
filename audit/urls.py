from __future__ import annotations

from django.urls import path

from . import views

app_name = "audit"

urlpatterns = [
    path("chain/", views.chain_status, name="chain_status"),
    path("timeline/", views.timeline, name="timeline"),
    path("timeline.csv", views.timeline_csv, name="timeline_csv"),
    path("record/<str:record_label>/<int:pk>/", views.record_history, name="record_history"),
]
