"""``manage.py rebuild_search_index``: the public search index again from published snapshots."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from public import search


class Command(BaseCommand):
    help = "从已发布内容重建公开检索索引（可重复执行）。"

    def handle(self, *args, **options) -> None:
        counts = search.rebuild()
        for kind, count in counts.items():
            self.stdout.write(f"{search.KIND_LABELS[kind]} ({kind}): {count}")
