"""Indexes for walking search entries newest first (see disclosures/search.py).

A common word (公示, in nearly every title) is found by walking the township's entries, or
one unit's, or one kind's, in date order and stopping after a page and a capped count. Each
index here is such an order, so a filter never makes the walk pass rows it then throws away.
Plain b-tree indexes, on both databases.
"""

from __future__ import annotations

from django.db import migrations

INDEXES = {
    "disclosures_searchentry_township_newest": "township_id, published_at, id",
    "disclosures_searchentry_township_kind_newest": "township_id, kind, published_at, id",
    "disclosures_searchentry_unit_newest": "unit_id, published_at, id",
    "disclosures_searchentry_unit_kind_newest": "unit_id, kind, published_at, id",
}


class Migration(migrations.Migration):
    dependencies = [("disclosures", "0005_printjob_township")]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {name} ON disclosures_searchentry ({columns})",
            f"DROP INDEX IF EXISTS {name}",
        )
        for name, columns in INDEXES.items()
    ]
