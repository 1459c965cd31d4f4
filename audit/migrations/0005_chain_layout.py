import django.db.models.deletion
from django.db import migrations, models

LINK_BATCH = 50_000


def assign_legacy_layouts(apps, schema_editor):
    # Links written so far hashed their table's columns as they are at this migration, and not
    # their scope: that layout is recorded for them. They are never re-hashed (that would
    # rewrite the record); new links get a layout of the columns they hash, scope included.
    links = apps.get_model("audit", "ChainLink")
    layouts = apps.get_model("audit", "ChainLayout")
    labels = links._base_manager.order_by().values_list("history_model", flat=True).distinct()
    for label in list(labels):
        history = apps.get_model(label)
        columns = [field.attname for field in history._meta.concrete_fields]
        layout, _ = layouts._base_manager.get_or_create(
            history_model=label, columns=columns, covers_scope=False
        )
        bounds = links._base_manager.filter(history_model=label).aggregate(
            low=models.Min("seq"), high=models.Max("seq")
        )
        for low in range(bounds["low"], bounds["high"] + 1, LINK_BATCH):
            links._base_manager.filter(
                history_model=label, seq__gte=low, seq__lt=low + LINK_BATCH
            ).update(layout=layout)
    if schema_editor.connection.vendor == "postgresql":
        # The deferred foreign-key checks now, so that the column can be made NOT NULL.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0004_chainlink_scope"),
        # The history tables as the links so far hashed them: their columns, the legacy layouts.
        ("disclosures", "0006_search_walk_indexes"),
        ("powers", "0002_flowcharts"),
        ("risks", "0001_ledger"),
        ("cases", "0003_breach_not_started"),
    ]

    operations = [
        migrations.CreateModel(
            name="ChainLayout",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("history_model", models.CharField(max_length=100, verbose_name="历史表")),
                ("columns", models.JSONField(verbose_name="哈希覆盖的列")),
                ("covers_scope", models.BooleanField(default=False, verbose_name="覆盖归属")),
            ],
            options={
                "verbose_name": "审计链环格式",
                "verbose_name_plural": "审计链环格式",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("history_model", "columns", "covers_scope"),
                        name="one_chain_layout",
                    )
                ],
            },
        ),
        migrations.AddField(
            model_name="chainlink",
            name="layout",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="audit.chainlayout",
                verbose_name="链环格式",
            ),
        ),
        migrations.RunPython(assign_legacy_layouts, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="chainlink",
            name="layout",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="audit.chainlayout",
                verbose_name="链环格式",
            ),
        ),
    ]
