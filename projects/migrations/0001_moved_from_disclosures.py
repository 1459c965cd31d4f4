"""Livelihood projects and their milestones move here from the disclosures app (issue #20): the state moves, the
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

MODELS = ['project', 'historicalproject', 'projectmilestone', 'historicalprojectmilestone']


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if not ContentType.objects.filter(app_label="projects", model=model).exists():
            ContentType.objects.filter(app_label="disclosures", model=model).update(app_label="projects")


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="projects", model__in=MODELS).update(app_label="disclosures")


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
                    name='HistoricalProject',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('history_user_name', models.CharField(blank=True, max_length=150, verbose_name='操作人姓名')),
                        ('history_request', models.CharField(blank=True, max_length=300, verbose_name='请求或任务')),
                        ('status', models.CharField(choices=[('draft', '草稿'), ('submitted', '已提交'), ('confirmed', '单位已确认'), ('approved', '乡镇已审核'), ('published', '已发布'), ('returned', '已退回'), ('withdrawn', '已撤回')], db_index=True, default='draft', max_length=16, verbose_name='状态')),
                        ('version', models.PositiveIntegerField(default=1, verbose_name='版本')),
                        ('is_public', models.BooleanField(db_index=True, default=False, verbose_name='公开中')),
                        ('published_version', models.PositiveIntegerField(default=0, verbose_name='已发布版本')),
                        ('published_at', models.DateTimeField(blank=True, null=True, verbose_name='发布时间')),
                        ('first_approved_at', models.DateTimeField(blank=True, null=True, verbose_name='首次审核通过时间')),
                        ('status_reason', models.TextField(blank=True, verbose_name='退回或撤回原因')),
                        ('code', models.SlugField(max_length=30, verbose_name='编号')),
                        ('name', models.CharField(max_length=200, verbose_name='工程名称')),
                        ('description', models.TextField(blank=True, verbose_name='建设内容')),
                        ('budget', models.DecimalField(decimal_places=2, max_digits=14, verbose_name='预算（元）')),
                        ('fund_source', models.CharField(max_length=200, verbose_name='资金来源')),
                        ('contractor', models.CharField(blank=True, max_length=200, verbose_name='施工单位')),
                        ('progress_status', models.CharField(choices=[('planned', '筹备中'), ('tendering', '招投标'), ('building', '在建'), ('accepting', '验收中'), ('done', '已完工'), ('suspended', '暂停')], default='planned', max_length=12, verbose_name='进展状态')),
                        ('percent_done', models.PositiveSmallIntegerField(default=0, verbose_name='完成进度（%）')),
                        ('start_date', models.DateField(blank=True, null=True, verbose_name='开工日期')),
                        ('planned_end', models.DateField(blank=True, null=True, verbose_name='计划完工')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('history_user', models.ForeignKey(db_constraint=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('unit', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='powers.unit', verbose_name='单位')),
                    ],
                    options={
                        'db_table': 'disclosures_historicalproject',
                        'verbose_name': 'historical 民生工程',
                        'verbose_name_plural': 'historical 民生工程',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='Project',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('status', models.CharField(choices=[('draft', '草稿'), ('submitted', '已提交'), ('confirmed', '单位已确认'), ('approved', '乡镇已审核'), ('published', '已发布'), ('returned', '已退回'), ('withdrawn', '已撤回')], db_index=True, default='draft', max_length=16, verbose_name='状态')),
                        ('version', models.PositiveIntegerField(default=1, verbose_name='版本')),
                        ('is_public', models.BooleanField(db_index=True, default=False, verbose_name='公开中')),
                        ('published_data', models.JSONField(blank=True, editable=False, null=True, verbose_name='已发布内容')),
                        ('published_version', models.PositiveIntegerField(default=0, verbose_name='已发布版本')),
                        ('published_at', models.DateTimeField(blank=True, null=True, verbose_name='发布时间')),
                        ('first_approved_at', models.DateTimeField(blank=True, null=True, verbose_name='首次审核通过时间')),
                        ('status_reason', models.TextField(blank=True, verbose_name='退回或撤回原因')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='更新时间')),
                        ('code', models.SlugField(max_length=30, verbose_name='编号')),
                        ('name', models.CharField(max_length=200, verbose_name='工程名称')),
                        ('description', models.TextField(blank=True, verbose_name='建设内容')),
                        ('budget', models.DecimalField(decimal_places=2, max_digits=14, verbose_name='预算（元）')),
                        ('fund_source', models.CharField(max_length=200, verbose_name='资金来源')),
                        ('contractor', models.CharField(blank=True, max_length=200, verbose_name='施工单位')),
                        ('progress_status', models.CharField(choices=[('planned', '筹备中'), ('tendering', '招投标'), ('building', '在建'), ('accepting', '验收中'), ('done', '已完工'), ('suspended', '暂停')], default='planned', max_length=12, verbose_name='进展状态')),
                        ('percent_done', models.PositiveSmallIntegerField(default=0, verbose_name='完成进度（%）')),
                        ('start_date', models.DateField(blank=True, null=True, verbose_name='开工日期')),
                        ('planned_end', models.DateField(blank=True, null=True, verbose_name='计划完工')),
                        ('unit', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='projects', to='powers.unit', verbose_name='单位')),
                    ],
                    options={
                        'db_table': 'disclosures_project',
                        'verbose_name': '民生工程',
                        'verbose_name_plural': '民生工程',
                        'ordering': ['unit', 'code'],
                    },
                ),
                migrations.CreateModel(
                    name='HistoricalProjectMilestone',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('history_user_name', models.CharField(blank=True, max_length=150, verbose_name='操作人姓名')),
                        ('history_request', models.CharField(blank=True, max_length=300, verbose_name='请求或任务')),
                        ('name', models.CharField(max_length=100, verbose_name='节点')),
                        ('planned_date', models.DateField(blank=True, null=True, verbose_name='计划日期')),
                        ('done_date', models.DateField(blank=True, null=True, verbose_name='完成日期')),
                        ('note', models.TextField(blank=True, verbose_name='说明')),
                        ('photo', models.TextField(blank=True, max_length=100, verbose_name='现场照片')),
                        ('order', models.PositiveIntegerField(default=0, verbose_name='排序')),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.TextField(null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('history_user', models.ForeignKey(db_constraint=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('project', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='projects.project', verbose_name='民生工程')),
                    ],
                    options={
                        'db_table': 'disclosures_historicalprojectmilestone',
                        'verbose_name': 'historical 工程节点',
                        'verbose_name_plural': 'historical 工程节点',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='ProjectMilestone',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=100, verbose_name='节点')),
                        ('planned_date', models.DateField(blank=True, null=True, verbose_name='计划日期')),
                        ('done_date', models.DateField(blank=True, null=True, verbose_name='完成日期')),
                        ('note', models.TextField(blank=True, verbose_name='说明')),
                        ('photo', models.ImageField(blank=True, upload_to='projects/%Y/%m/', verbose_name='现场照片')),
                        ('order', models.PositiveIntegerField(default=0, verbose_name='排序')),
                        ('project', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='milestones', to='projects.project', verbose_name='民生工程')),
                    ],
                    options={
                        'db_table': 'disclosures_projectmilestone',
                        'verbose_name': '工程节点',
                        'verbose_name_plural': '工程节点',
                        'ordering': ['project', 'order', 'planned_date', 'pk'],
                    },
                ),
                migrations.AddConstraint(
                    model_name='project',
                    constraint=models.UniqueConstraint(fields=('unit', 'code'), name='project_code_unique_in_unit', violation_error_message='本单位已有相同编号的民生工程。'),
                ),
                migrations.AddConstraint(
                    model_name='project',
                    constraint=models.CheckConstraint(condition=models.Q(('percent_done__lte', 100)), name='project_percent_at_most_100', violation_error_message='完成进度不能超过 100%。'),
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name='project', table=None),
        migrations.AlterModelTable(name='historicalproject', table=None),
        migrations.AlterModelTable(name='projectmilestone', table=None),
        migrations.AlterModelTable(name='historicalprojectmilestone', table=None),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
