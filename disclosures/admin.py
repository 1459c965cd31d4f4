"""The Django admin of the disclosure catalog's vocabulary: each township's domains (领域) and
channels (公开载体). A township administrator sees and keeps their township's own; the shared
channels (no township) are a superuser's."""

from __future__ import annotations

from django.contrib import admin

from powers.admin import TownshipScopedAdmin

from .models import Channel, DisclosureDomain


@admin.register(DisclosureDomain)
class DisclosureDomainAdmin(TownshipScopedAdmin):
    list_display = ["name", "township", "order"]
    list_filter = ["township"]
    search_fields = ["name"]
    list_select_related = ["township"]


@admin.register(Channel)
class ChannelAdmin(TownshipScopedAdmin):
    list_display = ["name", "township", "order", "code"]
    list_filter = ["township"]
    search_fields = ["name", "code"]
    list_select_related = ["township"]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if not request.user.is_superuser and "township" in form.base_fields:
            form.base_fields["township"].required = True  # a shared channel is a superuser's
        return form

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        # Codes name the shared channels for the demo and the open data: a superuser's.
        return fields if request.user.is_superuser else (*fields, "code")
