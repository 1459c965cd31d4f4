"""The public search index."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from powers.models import Township, Unit


class SearchEntry(models.Model):
    """One published record in the public search index: what the search page lists and finds.

    Rebuilt from a record's public snapshot whenever it is published or withdrawn, so search
    never sees a draft. ``terms`` holds the text as Chinese bigrams (低保 → 低保; 宅基地 → 宅基
    基地) so that a two-character word is found through an index on PostgreSQL.
    """

    township = models.ForeignKey(Township, models.CASCADE, related_name="+")
    unit = models.ForeignKey(Unit, models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, db_index=True)
    object_id = models.PositiveBigIntegerField()
    title = models.CharField(max_length=300)
    snippet = models.TextField(blank=True)
    text = models.TextField()
    terms = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    published_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("检索条目")
        verbose_name_plural = _("检索条目")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id"], name="one_search_entry_per_record"
            )
        ]

    def __str__(self) -> str:
        return self.title
