"""The table of the "limits" cache (settings CACHES), which counts per-address limits (feedback,
tracking-code look-ups, the open data API) across processes when there is no Redis.

It is created whatever the settings say now, so switching REDIS_URL off later needs no extra
step; ``createcachetable`` would only create the tables of the caches configured at the time.
"""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

LIMITS_CACHE_TABLE = "portal_limits_cache"  # settings CACHES["limits"]["LOCATION"]


def create_table(apps, schema_editor):
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, LIMITS_CACHE_TABLE, dry_run=False)


def drop_table(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE {schema_editor.quote_name(LIMITS_CACHE_TABLE)}")


class Migration(migrations.Migration):
    dependencies = [
        ("disclosures", "0007_printjob_text_hash"),
    ]

    operations = [
        migrations.RunPython(create_table, drop_table),
    ]
