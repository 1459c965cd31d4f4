"""The chain's head as a summary report's submission left it, kept on the report."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0005_chain_layout"),
    ]

    operations = [
        migrations.AddField(
            model_name="historicalsummaryreport",
            name="submitted_head_hash",
            field=models.CharField(blank=True, max_length=64, verbose_name="报送时审计链头哈希"),
        ),
        migrations.AddField(
            model_name="summaryreport",
            name="submitted_head_hash",
            field=models.CharField(blank=True, max_length=64, verbose_name="报送时审计链头哈希"),
        ),
    ]
