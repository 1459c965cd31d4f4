"""The unit a command names by its code (and its township's, when two townships share it)."""

from __future__ import annotations

from django.core.management.base import CommandError

from powers.models import Unit


def unit_by_code(code: str, township: str | None) -> Unit:
    units = Unit.objects.select_related("township").filter(code__iexact=code)
    if township:
        units = units.filter(township__code__iexact=township)
    found = list(units[:2])
    if not found:
        raise CommandError(f"no unit with code {code!r}")
    if len(found) > 1:
        raise CommandError(f"several townships have a unit {code!r}: name one with --township")
    return found[0]
