"""Signal handlers of the catalog app."""

from __future__ import annotations

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import RoleAssignment, Township
from .permissions import sync_role_grants
from .services import seed_categories, sync_administrator_access


@receiver(post_save, sender=RoleAssignment)
def grant_role(sender, instance: RoleAssignment, **kwargs) -> None:
    sync_role_grants(instance)
    if instance.role == RoleAssignment.Role.ADMINISTRATOR:
        sync_administrator_access(instance.user, getattr(instance, "_history_user", None))


@receiver(post_save, sender=Township)
def give_new_township_categories(sender, instance: Township, created: bool, **kwargs) -> None:
    if created and not kwargs.get("raw"):
        seed_categories(instance, user=getattr(instance, "_history_user", None))
