"""Public feedback move here from the disclosures app (issue #20): the state moves, the
rows stay. The models are created in this app's state on the tables they had
(``disclosures_*``), the tables are then renamed to this app's names, and the content types
keep their ids under the new app label, so what points at them (personal-data waivers, admin
log entries) still does. Their history rows' hash-chain links keep the label they were written
with (``audit.scope.MOVED_HISTORY``)."""

import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models

import feedback.models

MODELS = ['feedback', 'historicalfeedback']


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if not ContentType.objects.filter(app_label="feedback", model=model).exists():
            ContentType.objects.filter(app_label="disclosures", model=model).update(app_label="feedback")


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="feedback", model__in=MODELS).update(app_label="disclosures")


class Migration(migrations.Migration):

    dependencies = [
        ('disclosures', '0011_approve_public_projects'),
        ('projects', '0001_moved_from_disclosures'),
        ('powers', '0005_scheduled_runs'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='HistoricalFeedback',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('history_user_name', models.CharField(blank=True, max_length=150, verbose_name='操作人姓名')),
                        ('history_request', models.CharField(blank=True, max_length=300, verbose_name='请求或任务')),
                        ('kind', models.CharField(choices=[('comment', '意见建议'), ('question', '咨询'), ('complaint', '投诉'), ('report', '举报'), ('rating', '评议')], max_length=10, verbose_name='类型')),
                        ('rating', models.CharField(blank=True, choices=[('satisfied', '满意'), ('fairly', '基本满意'), ('dissatisfied', '不满意')], max_length=12, verbose_name='评价')),
                        ('body', models.TextField(blank=True, max_length=2000, verbose_name='内容')),
                        ('contact', models.CharField(blank=True, help_text='仅工作人员可见。', max_length=100, verbose_name='联系方式（不公开）')),
                        ('tracking_code', models.CharField(db_index=True, default=feedback.models.new_tracking_code, editable=False, max_length=12, verbose_name='查询码')),
                        ('status', models.CharField(choices=[('received', '已受理'), ('assigned', '办理中'), ('replied', '已答复'), ('closed', '已办结')], db_index=True, default='received', max_length=10, verbose_name='办理状态')),
                        ('reply', models.TextField(blank=True, verbose_name='公开答复')),
                        ('replied_at', models.DateTimeField(blank=True, null=True, verbose_name='答复时间')),
                        ('reply_deadline', models.DateField(verbose_name='答复期限')),
                        ('created_at', models.DateTimeField(blank=True, editable=False, verbose_name='提交时间')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                    ],
                    options={
                        'db_table': 'disclosures_historicalfeedback',
                        'verbose_name': 'historical 监督评议',
                        'verbose_name_plural': 'historical 监督评议',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='Feedback',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('comment', '意见建议'), ('question', '咨询'), ('complaint', '投诉'), ('report', '举报'), ('rating', '评议')], max_length=10, verbose_name='类型')),
                        ('rating', models.CharField(blank=True, choices=[('satisfied', '满意'), ('fairly', '基本满意'), ('dissatisfied', '不满意')], max_length=12, verbose_name='评价')),
                        ('body', models.TextField(blank=True, max_length=2000, verbose_name='内容')),
                        ('contact', models.CharField(blank=True, help_text='仅工作人员可见。', max_length=100, verbose_name='联系方式（不公开）')),
                        ('tracking_code', models.CharField(default=feedback.models.new_tracking_code, editable=False, max_length=12, unique=True, verbose_name='查询码')),
                        ('status', models.CharField(choices=[('received', '已受理'), ('assigned', '办理中'), ('replied', '已答复'), ('closed', '已办结')], db_index=True, default='received', max_length=10, verbose_name='办理状态')),
                        ('reply', models.TextField(blank=True, verbose_name='公开答复')),
                        ('replied_at', models.DateTimeField(blank=True, null=True, verbose_name='答复时间')),
                        ('reply_deadline', models.DateField(verbose_name='答复期限')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='提交时间')),
                        ('assigned_to', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='assigned_feedback', to=settings.AUTH_USER_MODEL, verbose_name='承办人')),
                        ('disclosure', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='feedback', to='disclosures.disclosure', verbose_name='公开事项')),
                        ('item', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='feedback', to='powers.poweritem', verbose_name='权力事项')),
                    ],
                    options={
                        'db_table': 'disclosures_feedback',
                        'verbose_name': '监督评议',
                        'verbose_name_plural': '监督评议',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.AddField(
                    model_name='feedback',
                    name='project',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='feedback', to='projects.project', verbose_name='民生工程'),
                ),
                migrations.AddField(
                    model_name='feedback',
                    name='replied_by',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='答复人'),
                ),
                migrations.AddField(
                    model_name='feedback',
                    name='unit',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='feedback', to='powers.unit', verbose_name='单位'),
                ),
                migrations.AddField(
                    model_name='historicalfeedback',
                    name='assigned_to',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='承办人'),
                ),
                migrations.AddField(
                    model_name='historicalfeedback',
                    name='disclosure',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='disclosures.disclosure', verbose_name='公开事项'),
                ),
                migrations.AddField(
                    model_name='historicalfeedback',
                    name='history_user',
                    field=models.ForeignKey(db_constraint=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
                ),
                migrations.AddField(
                    model_name='historicalfeedback',
                    name='item',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='powers.poweritem', verbose_name='权力事项'),
                ),
                migrations.AddField(
                    model_name='historicalfeedback',
                    name='project',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='projects.project', verbose_name='民生工程'),
                ),
                migrations.AddField(
                    model_name='historicalfeedback',
                    name='replied_by',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='答复人'),
                ),
                migrations.AddField(
                    model_name='historicalfeedback',
                    name='unit',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='powers.unit', verbose_name='单位'),
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name='feedback', table=None),
        migrations.AlterModelTable(name='historicalfeedback', table=None),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
