"""Who may do what to which unit's records.

Roles are granted per unit or per township (a :class:`RoleAssignment`), and saving one writes
guardian rows on Unit or Township. Every record of a unit inherits its unit's grants, so a check
is "does the user hold this permission on the record's unit, or on its township?". A user's
grants are loaded once per request (two queries) and kept on the user object.
"""

from __future__ import annotations

from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404

from .models import (
    PartyMembership,
    RoleAssignment,
    Township,
    TownshipUserObjectPermission,
    Unit,
    UnitUserObjectPermission,
)
from .models.organisation import (  # noqa: F401 (what the apps import from here)
    ALL_PERMISSIONS,
    ROLE_PERMISSIONS,
    TOWNSHIP_ONLY_ROLES,
    Grants,
    grants_for,
    unit_filter,
)


def forget_grants(user) -> None:
    user.__dict__.pop("_portal_grants", None)
    user.__dict__.pop("_portal_party_member", None)


def is_party_member(user) -> bool:
    """Whether an administrator has recorded the user as a party member (党员身份), for
    disclosures within the party; asked once per request."""
    if not user.is_authenticated or not user.is_active:
        return False
    cached = getattr(user, "_portal_party_member", None)
    if cached is None:
        cached = PartyMembership.objects.filter(user=user, is_active=True).exists()
        user._portal_party_member = cached
    return cached


def unit_perms(user, unit: Unit) -> set[str]:
    return grants_for(user).on_unit(unit)


def has_unit_perm(user, unit: Unit, perm: str) -> bool:
    return perm in unit_perms(user, unit)


def townships_with_perm(user, perm: str):
    grants = grants_for(user)
    if grants.everything:
        return Township.objects.all()
    return Township.objects.filter(
        pk__in=[pk for pk, perms in grants.townships.items() if perm in perms]
    )


def get_unit_for_user(request, pk: int, perm: str = "view_records") -> Unit:
    """The unit, or 404 when the user cannot see it at all, or 403 when they lack ``perm``."""
    unit = get_object_or_404(Unit.objects.select_related("township"), pk=pk)
    perms = unit_perms(request.user, unit)
    if "view_records" not in perms:
        raise Http404
    if perm not in perms:
        raise PermissionDenied
    return unit


def get_unit_record_for_user(request, model, pk: int, perm: str = "view_records", related=()):
    """A unit's record, loaded with its unit; 404 when not visible, 403 without ``perm``."""
    queryset = model.objects.select_related("unit__township", *related)
    record = get_object_or_404(queryset, pk=pk)
    perms = unit_perms(request.user, record.unit)
    if "view_records" not in perms:
        raise Http404
    if perm not in perms:
        raise PermissionDenied
    return record


def sync_role_grants(assignment: RoleAssignment) -> None:
    """Make guardian's rows match the user's active role assignments on this scope."""
    if assignment.unit_id:
        scope_filter = {"unit_id": assignment.unit_id}
        grant_model, target = UnitUserObjectPermission, {"content_object_id": assignment.unit_id}
        content_model = Unit
    else:
        scope_filter = {"township_id": assignment.township_id}
        grant_model = TownshipUserObjectPermission
        target = {"content_object_id": assignment.township_id}
        content_model = Township
    active_roles = RoleAssignment.objects.filter(
        user_id=assignment.user_id, is_active=True, **scope_filter
    ).values_list("role", flat=True)
    wanted = set().union(set(), *(ROLE_PERMISSIONS[role] for role in active_roles))
    permissions = {
        p.codename: p
        for p in Permission.objects.filter(
            content_type__app_label="powers",
            content_type__model=content_model._meta.model_name,
            codename__in=ALL_PERMISSIONS,
        )
    }
    with transaction.atomic():
        existing = set(
            grant_model.objects.filter(user_id=assignment.user_id, **target).values_list(
                "permission__codename", flat=True
            )
        )
        grant_model.objects.filter(
            user_id=assignment.user_id, permission__codename__in=existing - wanted, **target
        ).delete()
        grant_model.objects.bulk_create(
            [
                grant_model(user_id=assignment.user_id, permission=permissions[codename], **target)
                for codename in wanted - existing
            ]
        )
