"""A county (县、市、区) above townships: ``Township.county`` becomes a foreign key to it, and
roles can be granted on a county (管理员 and 纪委, held on each of its townships).

Each distinct county name the townships had as text becomes one county (codes county-1,
county-2 ... in the names' order) and its townships point at it; going back writes the name
back as text. Only the new column is written, no content changes, so no history row is added
(as migrations adding a column never do). The townships' history table keeps its ``county``
text column as it was: the audit chain's links hash it by name (see
``powers.models.organisation.TownshipHistory``).
"""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models


def counties_from_text(apps, schema_editor):
    County = apps.get_model("powers", "County")
    Township = apps.get_model("powers", "Township")
    names = sorted(
        set(Township.objects.exclude(county_text="").values_list("county_text", flat=True))
    )
    for number, name in enumerate(names, start=1):
        county = County.objects.create(code=f"county-{number}", name=name)
        Township.objects.filter(county_text=name).update(county=county)


def counties_to_text(apps, schema_editor):
    Township = apps.get_model("powers", "Township")
    for township in Township.objects.select_related("county").exclude(county=None):
        township.county_text = township.county.name
        township.save(update_fields=["county_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("powers", "0006_real_power_lists"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="County",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, verbose_name="名称")),
                ("code", models.SlugField(max_length=20, unique=True, verbose_name="代码")),
                ("address", models.CharField(blank=True, max_length=200, verbose_name="地址")),
                ("phone", models.CharField(blank=True, max_length=50, verbose_name="电话")),
                (
                    "discipline_contact",
                    models.CharField(blank=True, max_length=200, verbose_name="纪委监督联系方式"),
                ),
            ],
            options={
                "verbose_name": "县（市、区）",
                "verbose_name_plural": "县（市、区）",
                "ordering": ["code"],
            },
        ),
        migrations.CreateModel(
            name="HistoricalCounty",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "history_user_name",
                    models.CharField(blank=True, max_length=150, verbose_name="操作人姓名"),
                ),
                (
                    "history_request",
                    models.CharField(blank=True, max_length=300, verbose_name="请求或任务"),
                ),
                ("name", models.CharField(max_length=100, verbose_name="名称")),
                ("code", models.SlugField(max_length=20, verbose_name="代码")),
                ("address", models.CharField(blank=True, max_length=200, verbose_name="地址")),
                ("phone", models.CharField(blank=True, max_length=50, verbose_name="电话")),
                (
                    "discipline_contact",
                    models.CharField(blank=True, max_length=200, verbose_name="纪委监督联系方式"),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.TextField(null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")],
                        max_length=1,
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical 县（市、区）",
                "verbose_name_plural": "historical 县（市、区）",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        # The township's county: text → a county, through a text column kept for the step.
        migrations.RenameField(model_name="township", old_name="county", new_name="county_text"),
        migrations.AddField(
            model_name="township",
            name="county",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="townships",
                to="powers.county",
                verbose_name="所属县（市、区）",
            ),
        ),
        migrations.RunPython(counties_from_text, counties_to_text, elidable=False),
        migrations.RemoveField(model_name="township", name="county_text"),
        # Roles on a county.
        migrations.RemoveConstraint(model_name="roleassignment", name="role_on_unit_xor_township"),
        migrations.AddField(
            model_name="historicalroleassignment",
            name="county",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="powers.county",
                verbose_name="县（市、区）",
            ),
        ),
        migrations.AddField(
            model_name="roleassignment",
            name="county",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="role_assignments",
                to="powers.county",
                verbose_name="县（市、区）",
            ),
        ),
        migrations.AddConstraint(
            model_name="roleassignment",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(county__isnull=True, township__isnull=True, unit__isnull=False),
                    models.Q(county__isnull=True, township__isnull=False, unit__isnull=True),
                    models.Q(county__isnull=False, township__isnull=True, unit__isnull=True),
                    _connector="OR",
                ),
                name="role_on_one_scope",
                violation_error_message="角色必须授予一个单位、一个乡镇或一个县，只能选一。",
            ),
        ),
        migrations.AddConstraint(
            model_name="roleassignment",
            constraint=models.UniqueConstraint(
                condition=models.Q(county__isnull=False, is_active=True),
                fields=("user", "role", "county"),
                name="one_active_role_per_county",
                violation_error_message="该用户在此县已有这个角色。",
            ),
        ),
    ]
