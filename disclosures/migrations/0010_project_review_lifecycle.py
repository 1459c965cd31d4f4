"""Livelihood projects go through the shared review lifecycle (powers.lifecycle).

The project's own ``status`` (where the works stand) becomes ``progress_status``; ``status``
is now the review state, with the lifecycle's version, approved snapshot and dates. Migration
0011 gives the projects already public an approved snapshot of their content.
"""

from django.db import migrations, models

REVIEW_STATUSES = [
    ("draft", "草稿"),
    ("submitted", "已提交"),
    ("confirmed", "单位已确认"),
    ("approved", "乡镇已审核"),
    ("published", "已发布"),
    ("returned", "已退回"),
    ("withdrawn", "已撤回"),
]


def lifecycle_fields(historical: bool) -> list[tuple[str, models.Field]]:
    fields = [
        (
            "status",
            models.CharField(
                choices=REVIEW_STATUSES,
                db_index=True,
                default="draft",
                max_length=16,
                verbose_name="状态",
            ),
        ),
        ("version", models.PositiveIntegerField(default=1, verbose_name="版本")),
        ("published_version", models.PositiveIntegerField(default=0, verbose_name="已发布版本")),
        ("published_at", models.DateTimeField(blank=True, null=True, verbose_name="发布时间")),
        (
            "first_approved_at",
            models.DateTimeField(blank=True, null=True, verbose_name="首次审核通过时间"),
        ),
        ("status_reason", models.TextField(blank=True, verbose_name="退回或撤回原因")),
    ]
    if not historical:
        fields += [
            (
                "published_data",
                models.JSONField(blank=True, editable=False, null=True, verbose_name="已发布内容"),
            ),
            ("updated_at", models.DateTimeField(auto_now=True, verbose_name="更新时间")),
        ]
    return fields


class Migration(migrations.Migration):
    dependencies = [
        ("disclosures", "0009_obligation_effective_from"),
    ]

    operations = [
        *[
            migrations.RenameField(model_name=model, old_name="status", new_name="progress_status")
            for model in ("project", "historicalproject")
        ],
        *[
            migrations.AddField(model_name=model, name=name, field=field)
            for model in ("project", "historicalproject")
            for name, field in lifecycle_fields(model == "historicalproject")
        ],
        *[
            migrations.AlterField(
                model_name=model,
                name="is_public",
                field=models.BooleanField(db_index=True, default=False, verbose_name="公开中"),
            )
            for model in ("project", "historicalproject")
        ],
    ]
