"""The public search index move here from the disclosures app (issue #20): the state moves, the
rows stay. The models are created in this app's state on the tables they had
(``disclosures_*``), the tables are then renamed to this app's names, and the content types
keep their ids under the new app label, so what points at them (personal-data waivers, admin
log entries) still does. Their history rows' hash-chain links keep the label they were written
with (``audit.scope.MOVED_HISTORY``)."""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

import django.db.models

MODELS = ['searchentry']


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if not ContentType.objects.filter(app_label="public", model=model).exists():
            ContentType.objects.filter(app_label="disclosures", model=model).update(app_label="public")


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="public", model__in=MODELS).update(app_label="disclosures")


class Migration(migrations.Migration):

    dependencies = [
        ('disclosures', '0011_approve_public_projects'),
        ('powers', '0005_scheduled_runs'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='SearchEntry',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(db_index=True, max_length=20)),
                        ('object_id', models.PositiveBigIntegerField()),
                        ('title', models.CharField(max_length=300)),
                        ('snippet', models.TextField(blank=True)),
                        ('text', models.TextField()),
                        ('terms', models.TextField(blank=True)),
                        ('url', models.CharField(max_length=500)),
                        ('published_at', models.DateTimeField(db_index=True)),
                        ('township', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='powers.township')),
                        ('unit', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='powers.unit')),
                    ],
                    options={
                        'db_table': 'disclosures_searchentry',
                        'verbose_name': '检索条目',
                        'verbose_name_plural': '检索条目',
                        'constraints': [models.UniqueConstraint(fields=('kind', 'object_id'), name='one_search_entry_per_record')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name='searchentry', table=None),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
