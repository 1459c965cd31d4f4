"""A power item's category (权力类别) becomes optional: a list that states no power type (a
负面清单, a village small-power list without a 权力类型 column) is stored as written, with no
category, instead of under an invented 其他. Existing items keep the category they have.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('powers', '0007_county'),
    ]

    operations = [
        migrations.AlterField(
            model_name='historicalpoweritem',
            name='category',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text='清单未写明权力类型的留空（如负面清单、没有类型栏的小微权力清单）。', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='powers.powercategory', verbose_name='权力类别'),
        ),
        migrations.AlterField(
            model_name='poweritem',
            name='category',
            field=models.ForeignKey(blank=True, help_text='清单未写明权力类型的留空（如负面清单、没有类型栏的小微权力清单）。', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='items', to='powers.powercategory', verbose_name='权力类别'),
        ),
    ]
