from __future__ import annotations

from django.urls import path

from . import views

app_name = "audit"

urlpatterns = [
    path("chain/", views.chain_status, name="chain_status"),
]
