"""Print jobs move here from the disclosures app (issue #20): the state moves, the
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

MODELS = ['printjob']


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if not ContentType.objects.filter(app_label="printing", model=model).exists():
            ContentType.objects.filter(app_label="disclosures", model=model).update(app_label="printing")


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="printing", model__in=MODELS).update(app_label="disclosures")


class Migration(migrations.Migration):

    dependencies = [
        ('disclosures', '0011_approve_public_projects'),
        ('powers', '0005_scheduled_runs'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='PrintJob',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('notice', '公开公示（公告）'), ('catalog_board', '权力目录公开栏'), ('flowchart_sheet', '权力运行流程图'), ('risk_ledger', '廉政风险台账'), ('disclosure_catalog', '公开目录')], max_length=20, verbose_name='文书类型')),
                        ('record_type', models.CharField(max_length=50, verbose_name='记录类型')),
                        ('record_id', models.PositiveBigIntegerField(verbose_name='记录编号')),
                        ('record_version', models.CharField(blank=True, max_length=40, verbose_name='记录版本')),
                        ('title', models.CharField(max_length=300, verbose_name='标题')),
                        ('content_hash', models.CharField(max_length=64, unique=True, verbose_name='内容哈希')),
                        ('text_hash', models.CharField(blank=True, default='', max_length=64, verbose_name='文字哈希')),
                        ('html', models.TextField(blank=True, verbose_name='排版源')),
                        ('status', models.CharField(choices=[('queued', '排队中'), ('running', '生成中'), ('done', '已完成'), ('failed', '失败')], db_index=True, default='queued', max_length=10, verbose_name='状态')),
                        ('error', models.TextField(blank=True, verbose_name='失败原因')),
                        ('pdf', models.FileField(blank=True, upload_to='prints/', verbose_name='PDF 文件')),
                        ('is_outdated', models.BooleanField(default=False, verbose_name='已过时')),
                        ('outdated_at', models.DateTimeField(blank=True, null=True, verbose_name='过时时间')),
                        ('page_count', models.PositiveIntegerField(blank=True, null=True, verbose_name='页数')),
                        ('size_bytes', models.PositiveIntegerField(blank=True, null=True, verbose_name='文件大小（字节）')),
                        ('render_seconds', models.FloatField(blank=True, null=True, verbose_name='生成耗时（秒）')),
                        ('requested_at', models.DateTimeField(auto_now_add=True, verbose_name='请求时间')),
                        ('enqueued_at', models.DateTimeField(blank=True, null=True, verbose_name='发送时间')),
                        ('started_at', models.DateTimeField(blank=True, null=True, verbose_name='开始时间')),
                        ('finished_at', models.DateTimeField(blank=True, null=True, verbose_name='完成时间')),
                        ('attempts', models.PositiveIntegerField(default=0, verbose_name='尝试次数')),
                        ('requested_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='请求人')),
                        ('township', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='print_jobs', to='powers.township', verbose_name='乡镇')),
                        ('unit', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='print_jobs', to='powers.unit', verbose_name='单位')),
                    ],
                    options={
                        'db_table': 'disclosures_printjob',
                        'verbose_name': '打印文书',
                        'verbose_name_plural': '打印文书',
                        'ordering': ['-requested_at'],
                        'indexes': [models.Index(fields=['kind', 'record_type', 'record_id'], name='print_job_record')],
                        'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('township__isnull', True), ('unit__isnull', False)), models.Q(('township__isnull', False), ('unit__isnull', True)), _connector='OR'), name='print_job_unit_or_township', violation_error_message='打印文书须属于一个单位或一个乡镇。')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name='printjob', table=None),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
