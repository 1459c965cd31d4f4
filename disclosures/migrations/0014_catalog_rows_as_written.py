"""The disclosure catalogs' rows keep what they had, in the new shape.

- Each township gets the domains (领域) its catalogs use, in the order the catalogs showed them
  (by name), and the starting domains and channels a new township gets (copied here: a migration
  must not import today's model code); each row points to its domain.
- A row's level becomes its list of levels.
- A row's place in its unit's catalog (``sort_order``) is its place in the order the catalog
  was shown in before: by domain, matter and sub-matter.

Rows are updated in place, as the earlier data migrations do: the values are the ones the rows
had, so there is no change to record in their history.
"""

from django.db import migrations

DEFAULT_DOMAINS = ["党务公开", "政务公开", "村务公开", "财务公开"]
DEFAULT_CHANNELS = ["便民服务站", "入户/现场", "村民微信群", "应急广播"]


def forward(apps, schema_editor):
    Township = apps.get_model("powers", "Township")
    Unit = apps.get_model("powers", "Unit")
    Channel = apps.get_model("disclosures", "Channel")
    Domain = apps.get_model("disclosures", "DisclosureDomain")
    Obligation = apps.get_model("disclosures", "DisclosureObligation")
    for township in Township.objects.order_by("pk"):
        used = (
            Obligation.objects.filter(unit__township=township)
            .exclude(domain="")
            .order_by("domain")
            .values_list("domain", flat=True)
            .distinct()
        )
        names = list(dict.fromkeys([*DEFAULT_DOMAINS, *used]))
        domains = {}
        for order, name in enumerate(names, start=1):
            domains[name] = Domain.objects.get_or_create(
                township=township, name=name, defaults={"order": order * 10}
            )[0]
        for name, domain in domains.items():
            Obligation.objects.filter(unit__township=township, domain=name).update(
                catalog_domain=domain
            )
        shared = set(Channel.objects.filter(township=None).values_list("name", flat=True))
        for order, name in enumerate(DEFAULT_CHANNELS, start=101):
            if name not in shared:
                Channel.objects.get_or_create(
                    township=township, name=name, defaults={"order": order}
                )
    for unit in Unit.objects.order_by("pk"):
        rows = Obligation.objects.filter(unit=unit).order_by("domain", "matter", "sub_matter", "pk")
        for place, row in enumerate(rows, start=1):
            Obligation.objects.filter(pk=row.pk).update(
                sort_order=place * 10, levels=[row.level] if row.level else []
            )


def backward(apps, schema_editor):
    """Before 0013 every channel had a code of its own: a township's channels (which have
    none) get one from their id, so going back keeps them and their links."""
    Channel = apps.get_model("disclosures", "Channel")
    for channel in Channel.objects.filter(code="").only("pk"):
        Channel.objects.filter(pk=channel.pk).update(code=f"channel-{channel.pk}")


class Migration(migrations.Migration):
    dependencies = [("disclosures", "0013_catalog_as_written")]

    operations = [migrations.RunPython(forward, backward)]
