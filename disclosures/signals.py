"""Signal handlers of the public site."""

from __future__ import annotations

from django.dispatch import receiver

from powers.lifecycle import public_content_changed

from .public_cache import bump


@receiver(public_content_changed)
def expire_public_pages(sender, record, **kwargs) -> None:
    bump(record.get_unit().township.code)
