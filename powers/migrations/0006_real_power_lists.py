"""The power catalog as real published lists write it: an optional power kind, the
responsible body (实施主体), the list's own numbering (序号) and order, time limits as written
beside what can be read from them, named lists (负面清单 ...), legal bases with their version
and a rank only where stated, and units for the township government and its offices.

Existing items are numbered once in the order their catalogs showed them (by code, per unit),
and a published item's approved snapshot gets the same number: the public lists sort by the
approved order, and a snapshot without one would sort before every item approved later. Only
the new column and the order in the snapshot are written, no content changes, so no history row
is added for them (as migrations adding a column never do).
"""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models


def number_items(apps, schema_editor):
    PowerItem = apps.get_model("powers", "PowerItem")
    by_unit: dict[int, list] = {}
    for item in PowerItem.objects.only("pk", "unit_id", "code", "published_data"):
        by_unit.setdefault(item.unit_id, []).append(item)
    for items in by_unit.values():
        items.sort(key=lambda item: (item.code, item.pk))
        for number, item in enumerate(items, start=1):
            changes = {"sort_order": number}
            snapshot = item.published_data
            if snapshot and snapshot.get("sort_order") is None:
                changes["published_data"] = {**snapshot, "sort_order": number}
            PowerItem.objects.filter(pk=item.pk).update(**changes)


class Migration(migrations.Migration):
    dependencies = [
        ("powers", "0005_scheduled_runs"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="poweritem",
            options={
                "ordering": ["unit", "sort_order", "pk"],
                "verbose_name": "权力事项",
                "verbose_name_plural": "权力事项",
            },
        ),
        migrations.AddField(
            model_name="historicallegalbasis",
            name="version",
            field=models.CharField(
                blank=True,
                help_text="照原文填写，连同括号，如“（2019年12月28日修订）”。",
                max_length=200,
                verbose_name="版本或修订日期",
            ),
        ),
        migrations.AddField(
            model_name="historicalpoweritem",
            name="position",
            field=models.CharField(
                blank=True,
                help_text="照公布的清单填写，如 1、1.2、（三）；没有序号的留空。",
                max_length=20,
                verbose_name="序号",
            ),
        ),
        migrations.AddField(
            model_name="historicalpoweritem",
            name="responsible_body",
            field=models.CharField(
                blank=True,
                help_text="照清单原文填写，如“某某镇人民政府”“村民委员会”。",
                max_length=200,
                verbose_name="实施主体",
            ),
        ),
        migrations.AddField(
            model_name="historicalpoweritem",
            name="sort_order",
            field=models.PositiveIntegerField(
                blank=True,
                help_text="在清单中的先后位置；新增时留空则排在最后，修改时留空则保持原位置。",
                null=True,
                verbose_name="排列顺序",
            ),
        ),
        migrations.AddField(
            model_name="historicalpoweritem",
            name="time_limit_from",
            field=models.CharField(
                blank=True,
                help_text="如“受理”“公示期满”。",
                max_length=100,
                verbose_name="起算事件",
            ),
        ),
        migrations.AddField(
            model_name="historicalpoweritem",
            name="time_limit_immediate",
            field=models.BooleanField(default=False, verbose_name="即办"),
        ),
        migrations.AddField(
            model_name="historicalpoweritem",
            name="time_limit_minimum",
            field=models.BooleanField(
                default=False,
                help_text="原文写“以上”“不少于”的，时限是最短期限。",
                verbose_name="最短期限",
            ),
        ),
        migrations.AddField(
            model_name="historicalpoweritem",
            name="time_limit_statutory_days",
            field=models.PositiveIntegerField(blank=True, null=True, verbose_name="法定时限（天）"),
        ),
        migrations.AddField(
            model_name="historicalpoweritem",
            name="time_limit_text",
            field=models.CharField(
                blank=True,
                help_text="照清单原文填写，如“即办”“法定20个工作日，承诺10个工作日”“自受理之日起20个工作日内”。公开页面显示原文；填写后，下面的天数等由原文读出，读不出的留空。",
                max_length=300,
                verbose_name="办理时限（原文）",
            ),
        ),
        migrations.AddField(
            model_name="legalbasis",
            name="version",
            field=models.CharField(
                blank=True,
                help_text="照原文填写，连同括号，如“（2019年12月28日修订）”。",
                max_length=200,
                verbose_name="版本或修订日期",
            ),
        ),
        migrations.AddField(
            model_name="poweritem",
            name="position",
            field=models.CharField(
                blank=True,
                help_text="照公布的清单填写，如 1、1.2、（三）；没有序号的留空。",
                max_length=20,
                verbose_name="序号",
            ),
        ),
        migrations.AddField(
            model_name="poweritem",
            name="responsible_body",
            field=models.CharField(
                blank=True,
                help_text="照清单原文填写，如“某某镇人民政府”“村民委员会”。",
                max_length=200,
                verbose_name="实施主体",
            ),
        ),
        migrations.AddField(
            model_name="poweritem",
            name="sort_order",
            field=models.PositiveIntegerField(
                blank=True,
                help_text="在清单中的先后位置；新增时留空则排在最后，修改时留空则保持原位置。",
                null=True,
                verbose_name="排列顺序",
            ),
        ),
        migrations.AddField(
            model_name="poweritem",
            name="time_limit_from",
            field=models.CharField(
                blank=True,
                help_text="如“受理”“公示期满”。",
                max_length=100,
                verbose_name="起算事件",
            ),
        ),
        migrations.AddField(
            model_name="poweritem",
            name="time_limit_immediate",
            field=models.BooleanField(default=False, verbose_name="即办"),
        ),
        migrations.AddField(
            model_name="poweritem",
            name="time_limit_minimum",
            field=models.BooleanField(
                default=False,
                help_text="原文写“以上”“不少于”的，时限是最短期限。",
                verbose_name="最短期限",
            ),
        ),
        migrations.AddField(
            model_name="poweritem",
            name="time_limit_statutory_days",
            field=models.PositiveIntegerField(blank=True, null=True, verbose_name="法定时限（天）"),
        ),
        migrations.AddField(
            model_name="poweritem",
            name="time_limit_text",
            field=models.CharField(
                blank=True,
                help_text="照清单原文填写，如“即办”“法定20个工作日，承诺10个工作日”“自受理之日起20个工作日内”。公开页面显示原文；填写后，下面的天数等由原文读出，读不出的留空。",
                max_length=300,
                verbose_name="办理时限（原文）",
            ),
        ),
        migrations.AlterField(
            model_name="historicallegalbasis",
            name="article",
            field=models.CharField(blank=True, max_length=200, verbose_name="条款"),
        ),
        migrations.AlterField(
            model_name="historicallegalbasis",
            name="document",
            field=models.CharField(
                help_text="照原文填写，连同书名号，如《中华人民共和国土地管理法》。",
                max_length=200,
                verbose_name="文件名称",
            ),
        ),
        migrations.AlterField(
            model_name="historicallegalbasis",
            name="rank",
            field=models.CharField(
                blank=True,
                choices=[
                    ("law", "法律"),
                    ("regulation", "行政法规"),
                    ("local_regulation", "地方性法规"),
                    ("rule", "规章"),
                    ("normative", "规范性文件"),
                ],
                help_text="清单写明的才填。",
                max_length=20,
                verbose_name="效力层级",
            ),
        ),
        migrations.AlterField(
            model_name="historicalpoweritem",
            name="power_kind",
            field=models.CharField(
                blank=True,
                choices=[
                    ("decision", "决策权"),
                    ("execution", "执行权"),
                    ("supervision", "监督权"),
                ],
                help_text="清单未写明决策权、执行权或监督权的留空。",
                max_length=16,
                verbose_name="权力性质",
            ),
        ),
        migrations.AlterField(
            model_name="historicalpoweritem",
            name="time_limit_days",
            field=models.PositiveIntegerField(
                blank=True,
                help_text="写明承诺时限的，为承诺时限。",
                null=True,
                verbose_name="办理时限（天）",
            ),
        ),
        migrations.AlterField(
            model_name="historicalpoweritem",
            name="time_limit_type",
            field=models.CharField(
                blank=True,
                choices=[("working", "工作日"), ("calendar", "自然日")],
                default="working",
                max_length=10,
                verbose_name="时限计算",
            ),
        ),
        migrations.AlterField(
            model_name="historicalunit",
            name="kind",
            field=models.CharField(
                choices=[
                    ("township_government", "乡镇人民政府"),
                    ("office", "乡镇内设机构"),
                    ("village", "村"),
                    ("community", "居（社区）"),
                    ("finance", "财政所"),
                    ("health", "卫生院"),
                    ("school", "学校"),
                    ("other", "其他乡直单位"),
                ],
                max_length=24,
                verbose_name="类型",
            ),
        ),
        migrations.AlterField(
            model_name="legalbasis",
            name="article",
            field=models.CharField(blank=True, max_length=200, verbose_name="条款"),
        ),
        migrations.AlterField(
            model_name="legalbasis",
            name="document",
            field=models.CharField(
                help_text="照原文填写，连同书名号，如《中华人民共和国土地管理法》。",
                max_length=200,
                verbose_name="文件名称",
            ),
        ),
        migrations.AlterField(
            model_name="legalbasis",
            name="rank",
            field=models.CharField(
                blank=True,
                choices=[
                    ("law", "法律"),
                    ("regulation", "行政法规"),
                    ("local_regulation", "地方性法规"),
                    ("rule", "规章"),
                    ("normative", "规范性文件"),
                ],
                help_text="清单写明的才填。",
                max_length=20,
                verbose_name="效力层级",
            ),
        ),
        migrations.AlterField(
            model_name="poweritem",
            name="power_kind",
            field=models.CharField(
                blank=True,
                choices=[
                    ("decision", "决策权"),
                    ("execution", "执行权"),
                    ("supervision", "监督权"),
                ],
                help_text="清单未写明决策权、执行权或监督权的留空。",
                max_length=16,
                verbose_name="权力性质",
            ),
        ),
        migrations.AlterField(
            model_name="poweritem",
            name="time_limit_days",
            field=models.PositiveIntegerField(
                blank=True,
                help_text="写明承诺时限的，为承诺时限。",
                null=True,
                verbose_name="办理时限（天）",
            ),
        ),
        migrations.AlterField(
            model_name="poweritem",
            name="time_limit_type",
            field=models.CharField(
                blank=True,
                choices=[("working", "工作日"), ("calendar", "自然日")],
                default="working",
                max_length=10,
                verbose_name="时限计算",
            ),
        ),
        migrations.AlterField(
            model_name="unit",
            name="kind",
            field=models.CharField(
                choices=[
                    ("township_government", "乡镇人民政府"),
                    ("office", "乡镇内设机构"),
                    ("village", "村"),
                    ("community", "居（社区）"),
                    ("finance", "财政所"),
                    ("health", "卫生院"),
                    ("school", "学校"),
                    ("other", "其他乡直单位"),
                ],
                max_length=24,
                verbose_name="类型",
            ),
        ),
        migrations.CreateModel(
            name="HistoricalListType",
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
                (
                    "name",
                    models.CharField(
                        help_text="照公布的名称填写，如“村级证明事项负面清单”。",
                        max_length=100,
                        verbose_name="清单名称",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("power", "权力清单"),
                            ("negative", "负面清单"),
                            ("other", "其他清单"),
                        ],
                        default="other",
                        max_length=16,
                        verbose_name="清单性质",
                    ),
                ),
                ("description", models.CharField(blank=True, max_length=300, verbose_name="说明")),
                ("order", models.PositiveIntegerField(default=0, verbose_name="排序")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.TextField(null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
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
                (
                    "township",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="powers.township",
                        verbose_name="乡镇",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical 清单类型",
                "verbose_name_plural": "historical 清单类型",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="ListType",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="照公布的名称填写，如“村级证明事项负面清单”。",
                        max_length=100,
                        verbose_name="清单名称",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("power", "权力清单"),
                            ("negative", "负面清单"),
                            ("other", "其他清单"),
                        ],
                        default="other",
                        max_length=16,
                        verbose_name="清单性质",
                    ),
                ),
                ("description", models.CharField(blank=True, max_length=300, verbose_name="说明")),
                ("order", models.PositiveIntegerField(default=0, verbose_name="排序")),
                (
                    "township",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="list_types",
                        to="powers.township",
                        verbose_name="乡镇",
                    ),
                ),
            ],
            options={
                "verbose_name": "清单类型",
                "verbose_name_plural": "清单类型",
                "ordering": ["township", "order", "pk"],
            },
        ),
        migrations.AddField(
            model_name="historicalpoweritem",
            name="list_type",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text="留空即本单位的权力清单；负面清单等其他清单的事项选所属清单。",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="powers.listtype",
                verbose_name="所属清单",
            ),
        ),
        migrations.AddField(
            model_name="poweritem",
            name="list_type",
            field=models.ForeignKey(
                blank=True,
                help_text="留空即本单位的权力清单；负面清单等其他清单的事项选所属清单。",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="items",
                to="powers.listtype",
                verbose_name="所属清单",
            ),
        ),
        migrations.AddConstraint(
            model_name="listtype",
            constraint=models.UniqueConstraint(
                fields=("township", "name"),
                name="list_type_name_unique_in_township",
                violation_error_message="本乡镇已有同名清单。",
            ),
        ),
        migrations.RunPython(number_items, migrations.RunPython.noop),
    ]
