"""Risk points and measures as real tables write them: a grade written directly (likelihood
and impact optional), grade names per kind of unit (``RiskMatrix.kind_grades``; every other
unit keeps grading in the matrix's level names, so existing townships need no copy of them),
表现形式, the responsible posts and the supervisors as written, risk type and post-risk class
left empty where a table gives none, measures without a phase, and the tables' order.

Existing points and measures keep their likelihood, impact, levels and classes. Their order is
filled in once: points in their codes' natural order (FX-2 before FX-10, 1.2 before 1.10),
measures before, during, after as the pages listed them. Only the new column is written, no
content changes, so no history row is added for it (as migrations adding a column never do).
"""

import re

from django.db import migrations, models

PHASES = {"before": 0, "during": 1, "after": 2}


def _natural(code: str) -> list:
    return [
        (0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", code)
    ]


def number_rows(apps, schema_editor):
    RiskPoint = apps.get_model("risks", "RiskPoint")
    PreventionMeasure = apps.get_model("risks", "PreventionMeasure")
    by_unit: dict[int, list] = {}
    for point in RiskPoint.objects.only("pk", "unit_id", "code"):
        by_unit.setdefault(point.unit_id, []).append(point)
    for points in by_unit.values():
        points.sort(key=lambda point: (_natural(point.code), point.pk))
        for number, point in enumerate(points, start=1):
            RiskPoint.objects.filter(pk=point.pk).update(sequence=number)
    by_point: dict[int, list] = {}
    for measure in PreventionMeasure.objects.only("pk", "risk_point_id", "phase"):
        by_point.setdefault(measure.risk_point_id, []).append(measure)
    for measures in by_point.values():
        measures.sort(key=lambda measure: (PHASES.get(measure.phase, 3), measure.pk))
        for number, measure in enumerate(measures, start=1):
            PreventionMeasure.objects.filter(pk=measure.pk).update(sequence=number)


class Migration(migrations.Migration):

    dependencies = [
        ('risks', '0001_ledger'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='preventionmeasure',
            options={'ordering': ['risk_point', 'sequence', 'pk'], 'verbose_name': '防控措施', 'verbose_name_plural': '防控措施'},
        ),
        migrations.AlterModelOptions(
            name='riskpoint',
            options={'ordering': ['unit', 'sequence', 'code'], 'verbose_name': '风险点', 'verbose_name_plural': '风险点'},
        ),
        migrations.AddField(
            model_name='historicalpreventionmeasure',
            name='sequence',
            field=models.PositiveIntegerField(blank=True, help_text='在原表中的先后；留空则新增的排在最后，已有的保持原位置。', null=True, verbose_name='序号'),
        ),
        migrations.AddField(
            model_name='historicalriskmatrix',
            name='kind_grades',
            field=models.JSONField(blank=True, default=dict, help_text='某类单位的风险台账用自己的等级名称时填写，从高到低，个数与风险等级相同，如 {"school": ["Ⅰ级", "Ⅱ级", "Ⅲ级"], "village": ["高", "中", "低"]}；未填写的单位类型使用上面风险等级的名称。', verbose_name='各类单位的等级名称'),
        ),
        migrations.AddField(
            model_name='historicalriskpoint',
            name='grade',
            field=models.CharField(blank=True, help_text='按原表直接填写的等级；填了可能性和影响程度的，由风险矩阵确定，可留空。', max_length=20, verbose_name='风险等级'),
        ),
        migrations.AddField(
            model_name='historicalriskpoint',
            name='manifestation',
            field=models.TextField(blank=True, verbose_name='表现形式'),
        ),
        migrations.AddField(
            model_name='historicalriskpoint',
            name='responsible_posts',
            field=models.CharField(blank=True, help_text='按原表填写，可写多个岗位，用顿号分隔，如：村党组织书记、村委会主任。', max_length=300, verbose_name='责任岗位'),
        ),
        migrations.AddField(
            model_name='historicalriskpoint',
            name='sequence',
            field=models.PositiveIntegerField(blank=True, help_text='在台账中的先后位置；新增时留空则排在最后，修改时留空则保持原位置。', null=True, verbose_name='排列顺序'),
        ),
        migrations.AddField(
            model_name='historicalriskpoint',
            name='supervisors',
            field=models.CharField(blank=True, help_text='按原表填写，如：村务监督委员会、镇联村干部。', max_length=300, verbose_name='监督人'),
        ),
        migrations.AddField(
            model_name='preventionmeasure',
            name='sequence',
            field=models.PositiveIntegerField(blank=True, help_text='在原表中的先后；留空则新增的排在最后，已有的保持原位置。', null=True, verbose_name='序号'),
        ),
        migrations.AddField(
            model_name='riskmatrix',
            name='kind_grades',
            field=models.JSONField(blank=True, default=dict, help_text='某类单位的风险台账用自己的等级名称时填写，从高到低，个数与风险等级相同，如 {"school": ["Ⅰ级", "Ⅱ级", "Ⅲ级"], "village": ["高", "中", "低"]}；未填写的单位类型使用上面风险等级的名称。', verbose_name='各类单位的等级名称'),
        ),
        migrations.AddField(
            model_name='riskpoint',
            name='grade',
            field=models.CharField(blank=True, help_text='按原表直接填写的等级；填了可能性和影响程度的，由风险矩阵确定，可留空。', max_length=20, verbose_name='风险等级'),
        ),
        migrations.AddField(
            model_name='riskpoint',
            name='manifestation',
            field=models.TextField(blank=True, verbose_name='表现形式'),
        ),
        migrations.AddField(
            model_name='riskpoint',
            name='responsible_posts',
            field=models.CharField(blank=True, help_text='按原表填写，可写多个岗位，用顿号分隔，如：村党组织书记、村委会主任。', max_length=300, verbose_name='责任岗位'),
        ),
        migrations.AddField(
            model_name='riskpoint',
            name='sequence',
            field=models.PositiveIntegerField(blank=True, help_text='在台账中的先后位置；新增时留空则排在最后，修改时留空则保持原位置。', null=True, verbose_name='排列顺序'),
        ),
        migrations.AddField(
            model_name='riskpoint',
            name='supervisors',
            field=models.CharField(blank=True, help_text='按原表填写，如：村务监督委员会、镇联村干部。', max_length=300, verbose_name='监督人'),
        ),
        migrations.AlterField(
            model_name='historicalpreventionmeasure',
            name='phase',
            field=models.CharField(blank=True, choices=[('before', '事前'), ('during', '事中'), ('after', '事后')], default='', max_length=8, verbose_name='防控阶段'),
        ),
        migrations.AlterField(
            model_name='historicalriskpoint',
            name='code',
            field=models.CharField(help_text='按原表填写，如 1、1.1、（一）、FX-01。', max_length=30, verbose_name='编号'),
        ),
        migrations.AlterField(
            model_name='historicalriskpoint',
            name='impact',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='影响程度'),
        ),
        migrations.AlterField(
            model_name='historicalriskpoint',
            name='likelihood',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='可能性'),
        ),
        migrations.AlterField(
            model_name='historicalriskpoint',
            name='post_risk',
            field=models.CharField(blank=True, choices=[('decision_distortion', '执行决策失真'), ('appointment', '选人用人失准'), ('major_decision', '重大决策失误'), ('ethics', '从政道德失范'), ('influence', '权力影响失控'), ('other', '其他')], default='', max_length=24, verbose_name='岗位风险类别'),
        ),
        migrations.AlterField(
            model_name='historicalriskpoint',
            name='risk_type',
            field=models.CharField(blank=True, choices=[('post_duty', '岗位职责'), ('process', '业务流程'), ('system', '制度机制'), ('external', '外部环境')], default='', max_length=16, verbose_name='风险类型'),
        ),
        migrations.AlterField(
            model_name='preventionmeasure',
            name='phase',
            field=models.CharField(blank=True, choices=[('before', '事前'), ('during', '事中'), ('after', '事后')], default='', max_length=8, verbose_name='防控阶段'),
        ),
        migrations.AlterField(
            model_name='riskpoint',
            name='code',
            field=models.CharField(help_text='按原表填写，如 1、1.1、（一）、FX-01。', max_length=30, verbose_name='编号'),
        ),
        migrations.AlterField(
            model_name='riskpoint',
            name='impact',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='影响程度'),
        ),
        migrations.AlterField(
            model_name='riskpoint',
            name='likelihood',
            field=models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='可能性'),
        ),
        migrations.AlterField(
            model_name='riskpoint',
            name='post_risk',
            field=models.CharField(blank=True, choices=[('decision_distortion', '执行决策失真'), ('appointment', '选人用人失准'), ('major_decision', '重大决策失误'), ('ethics', '从政道德失范'), ('influence', '权力影响失控'), ('other', '其他')], default='', max_length=24, verbose_name='岗位风险类别'),
        ),
        migrations.AlterField(
            model_name='riskpoint',
            name='risk_type',
            field=models.CharField(blank=True, choices=[('post_duty', '岗位职责'), ('process', '业务流程'), ('system', '制度机制'), ('external', '外部环境')], default='', max_length=16, verbose_name='风险类型'),
        ),
        migrations.RunPython(number_rows, migrations.RunPython.noop),
    ]
