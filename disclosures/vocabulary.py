"""Each township's vocabulary of the disclosure catalog: its domains (领域) and its own
channels (公开载体), which its administrators keep in the Django admin and on the catalog
settings page. A new township starts with the domains of 村民委员会组织法 art. 30 and the
channels villages' catalogs add to the seed's shared eight (沂水县许家湖镇's 便民服务站, 入户/现场,
村民微信群, 村应急广播)."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from powers import services
from powers.models import Township

from .models import Channel, DisclosureDomain

DEFAULT_DOMAINS = ["党务公开", "政务公开", "村务公开", "财务公开"]
DEFAULT_CHANNELS = ["便民服务站", "入户/现场", "村民微信群", "应急广播"]

# Township administrators keep their township's domains and channels in the Django admin.
ADMINISTRATOR_MODEL_PERMISSIONS = [
    ("disclosures", "view_disclosuredomain"),
    ("disclosures", "add_disclosuredomain"),
    ("disclosures", "change_disclosuredomain"),
    ("disclosures", "view_channel"),
    ("disclosures", "add_channel"),
    ("disclosures", "change_channel"),
]


def register_administrator_permissions() -> None:
    for permission in ADMINISTRATOR_MODEL_PERMISSIONS:
        if permission not in services.ADMINISTRATOR_MODEL_PERMISSIONS:
            services.ADMINISTRATOR_MODEL_PERMISSIONS.append(permission)


def seed_vocabulary(township: Township, user=None) -> None:
    """Give a township the starting domains and channels; those it already has stay."""
    domains = set(township.disclosure_domains.values_list("name", flat=True))
    channels = set(Channel.objects.offered_in(township.pk).values_list("name", flat=True))
    with transaction.atomic():
        for order, name in enumerate(DEFAULT_DOMAINS, start=1):
            if name not in domains:
                domain = DisclosureDomain(township=township, name=name, order=order * 10)
                domain._history_user = user
                domain.save()
        for order, name in enumerate(DEFAULT_CHANNELS, start=101):
            if name not in channels:
                channel = Channel(township=township, name=name, order=order)
                channel._history_user = user
                channel.save()


@receiver(post_save, sender=Township)
def give_new_township_vocabulary(sender, instance: Township, created: bool, **kwargs) -> None:
    if created and not kwargs.get("raw"):
        seed_vocabulary(instance, user=getattr(instance, "_history_user", None))
