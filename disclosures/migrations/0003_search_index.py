"""A GIN index for public search on PostgreSQL (see disclosures/search.py).

The index is on the expression ``to_tsvector('simple'::regconfig, terms)``: the search
queries with exactly that expression, so PostgreSQL can answer a two-character query (低保)
from the index. SQLite has no such index and searches by substring; nothing runs there.
"""

from __future__ import annotations

from django.db import migrations

INDEX = "disclosures_searchentry_terms_fts"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON disclosures_searchentry "
        "USING gin (to_tsvector('simple'::regconfig, terms))"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("disclosures", "0002_channels")]

    operations = [migrations.RunPython(create_index, drop_index)]
