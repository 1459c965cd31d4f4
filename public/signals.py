"""Signal handlers of the public site."""

from __future__ import annotations

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from powers.lifecycle import public_content_changed
from powers.models import Township, Unit
from powers.public_cache import bump


@receiver(public_content_changed)
def expire_public_pages(sender, record, **kwargs) -> None:
    bump(record.get_unit().township.code)


@receiver(post_save, sender=Unit)
def unit_changed(sender, instance: Unit, **kwargs) -> None:
    # A unit closed or renamed shows on every cached public page of its township, and cached
    # disclosure pages are served without looking at the unit again (views.disclosure_page).
    transaction.on_commit(partial(_township_changed, instance.township_id))


def _township_changed(township_id: int) -> None:
    code = Township.objects.filter(pk=township_id).values_list("code", flat=True).first()
    if code:
        bump(code)
