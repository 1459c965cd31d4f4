"""Who may do what to which unit's records.

Roles are granted per unit, per township or per county (a :class:`RoleAssignment`), and saving
one writes guardian rows on Unit or Township (a county role: on each township of the county).
Every record of a unit inherits its unit's grants, so a check is "does the user hold this
permission on the record's unit, or on its township?". A user's grants are loaded once per
request (two queries) and kept on the user object.
"""

from __future__ import annotations

from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
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
    """Make guardian's rows match the user's active role assignments on this scope (on each
    township of it, for a county)."""
    if assignment.unit_id:
        _sync_unit_grants(assignment.user_id, assignment.unit_id)
    elif assignment.township_id:
        sync_township_grants([assignment.township_id], user_ids=[assignment.user_id])
    else:
        townships = Township.objects.filter(county_id=assignment.county_id)
        sync_township_grants(townships.values_list("pk", flat=True), [assignment.user_id])


def _sync_unit_grants(user_id: int, unit_id: int) -> None:
    active_roles = RoleAssignment.objects.filter(
        user_id=user_id, unit_id=unit_id, is_active=True
    ).values_list("role", flat=True)
    wanted = set().union(set(), *(ROLE_PERMISSIONS[role] for role in active_roles))
    permissions = _permissions(Unit)
    target = {"user_id": user_id, "content_object_id": unit_id}
    with transaction.atomic():
        existing = set(
            UnitUserObjectPermission.objects.filter(**target).values_list(
                "permission__codename", flat=True
            )
        )
        UnitUserObjectPermission.objects.filter(
            permission__codename__in=existing - wanted, **target
        ).delete()
        UnitUserObjectPermission.objects.bulk_create(
            [
                UnitUserObjectPermission(permission=permissions[codename], **target)
                for codename in wanted - existing
            ]
        )


def sync_township_grants(township_ids, user_ids=None) -> None:
    """Make guardian's rows on these townships match the active roles held on each township
    and on its county, for ``user_ids`` (for everyone, without): what one role gave and another
    still gives stays when the first is revoked."""
    permissions = _permissions(Township)
    with transaction.atomic():
        county_of = dict(
            Township.objects.filter(pk__in=township_ids).values_list("pk", "county_id")
        )
        townships_of_county: dict[int, list[int]] = {}
        for township_id, county_id in county_of.items():
            if county_id is not None:
                townships_of_county.setdefault(county_id, []).append(township_id)
        roles = RoleAssignment.objects.filter(
            Q(township_id__in=list(county_of)) | Q(county_id__in=list(townships_of_county)),
            is_active=True,
        )
        grants = TownshipUserObjectPermission.objects.filter(content_object_id__in=list(county_of))
        if user_ids is not None:
            roles = roles.filter(user_id__in=user_ids)
            grants = grants.filter(user_id__in=user_ids)
        wanted: set[tuple[int, int, str]] = set()
        for user_id, role, township_id, county_id in roles.values_list(
            "user_id", "role", "township_id", "county_id"
        ):
            for target in [township_id] if township_id else townships_of_county[county_id]:
                wanted |= {(user_id, target, codename) for codename in ROLE_PERMISSIONS[role]}
        existing = {
            (user_id, township_id, codename): pk
            for pk, user_id, township_id, codename in grants.values_list(
                "pk", "user_id", "content_object_id", "permission__codename"
            )
        }
        unwanted = [pk for key, pk in existing.items() if key not in wanted]
        if unwanted:
            TownshipUserObjectPermission.objects.filter(pk__in=unwanted).delete()
        TownshipUserObjectPermission.objects.bulk_create(
            [
                TownshipUserObjectPermission(
                    user_id=user_id, content_object_id=township_id, permission=permissions[codename]
                )
                for user_id, township_id, codename in wanted - existing.keys()
            ]
        )


def _permissions(content_model) -> dict[str, Permission]:
    return {
        p.codename: p
        for p in Permission.objects.filter(
            content_type__app_label="powers",
            content_type__model=content_model._meta.model_name,
            codename__in=ALL_PERMISSIONS,
        )
    }
