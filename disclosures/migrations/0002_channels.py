"""The channels the seed names (公开载体), as data."""

from __future__ import annotations

from django.db import migrations

CHANNELS = [
    ("bulletin_board", "公开栏"),
    ("screen", "电子显示屏"),
    ("website", "网站"),
    ("service_window", "服务窗口"),
    ("service_guide", "办事指南"),
    ("commitment", "公开承诺书"),
    ("hotline", "热线电话"),
    ("work_bulletin", "工作简报"),
]


def add_channels(apps, schema_editor):
    Channel = apps.get_model("disclosures", "Channel")
    for order, (code, name) in enumerate(CHANNELS, start=1):
        Channel.objects.update_or_create(code=code, defaults={"name": name, "order": order})


class Migration(migrations.Migration):
    dependencies = [("disclosures", "0001_disclosures")]

    operations = [migrations.RunPython(add_channels, migrations.RunPython.noop)]
