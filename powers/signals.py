"""Signal handlers of the catalog app."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db.models.signals import post_migrate, post_save, pre_save
from django.dispatch import receiver
from simple_history.signals import pre_create_historical_record

from .models import RoleAssignment, Township
from .permissions import sync_role_grants, sync_township_grants
from .services import (
    ADMINISTRATORS_GROUP,
    COUNTY_ADMINISTRATORS_GROUP,
    administrators_group,
    county_administrators_group,
    seed_categories,
    sync_administrator_access,
)


@receiver(post_save, sender=RoleAssignment)
def grant_role(sender, instance: RoleAssignment, **kwargs) -> None:
    sync_role_grants(instance)
    if instance.role == RoleAssignment.Role.ADMINISTRATOR:
        sync_administrator_access(instance.user, getattr(instance, "_history_user", None))


@receiver(pre_save, sender=Township)
def note_previous_county(sender, instance: Township, raw: bool = False, **kwargs) -> None:
    if instance.pk and not raw:
        previous = Township.objects.filter(pk=instance.pk).values_list("county_id", flat=True)
        instance._previous_county_id = previous.first()


@receiver(post_save, sender=Township)
def grant_county_roles(sender, instance: Township, created: bool, **kwargs) -> None:
    """A township that joins a county gets its county roles' grants, and one that leaves it
    loses them (what its own roles give stays)."""
    if kwargs.get("raw"):
        return
    previous = None if created else getattr(instance, "_previous_county_id", None)
    if instance.county_id != previous:
        sync_township_grants([instance.pk])


@receiver(pre_create_historical_record, sender=Township.history.model)
def record_county_name(sender, instance: Township, history_instance, **kwargs) -> None:
    # The history keeps the county as text, by name (see TownshipHistory).
    history_instance.county = instance.county.name if instance.county_id else ""


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
    if Group.objects.using(using).filter(name=COUNTY_ADMINISTRATORS_GROUP).exists():
        county_administrators_group()
