"""Signal handlers of the catalog app."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver

from .models import RoleAssignment, Township
from .permissions import sync_role_grants
from .services import (
    ADMINISTRATORS_GROUP,
    administrators_group,
    seed_categories,
    sync_administrator_access,
)


@receiver(post_save, sender=RoleAssignment)
def grant_role(sender, instance: RoleAssignment, **kwargs) -> None:
    sync_role_grants(instance)
    if instance.role == RoleAssignment.Role.ADMINISTRATOR:
        sync_administrator_access(instance.user, getattr(instance, "_history_user", None))


@receiver(post_save, sender=Township)
def give_new_township_categories(sender, instance: Township, created: bool, **kwargs) -> None:
    if created and not kwargs.get("raw"):
        seed_categories(instance, user=getattr(instance, "_history_user", None))


@receiver(post_migrate)
def refresh_administrators_group(sender, using: str = "default", **kwargs) -> None:
    """An upgrade can give administrators admin pages they did not have (a new model of the
    township's vocabulary, say): after each migrate the administrators' group gets the list's
    permissions as they are now, so existing administrators have them without a role being
    saved again. (Each app's migrate signal runs this; the permissions exist by the last.)"""
    if Group.objects.using(using).filter(name=ADMINISTRATORS_GROUP).exists():
        administrators_group()
