"""The audit pages anyone may read without signing in, at the site's root."""

from __future__ import annotations

from django.urls import path

from . import views

app_name = "audit_public"

urlpatterns = [
    # The chain's head of each day, to print and keep: a deletion after it is provable.
    path("chain-head/", views.public_head, name="chain_head"),
]
