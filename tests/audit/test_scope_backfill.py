"""Links 0004's backfill left without township and unit, because their record's parent was
deleted before it ran, get them from the parent's own history (migration 0007): the township's
discipline committee then reads them, and the chain still holds."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.urls import reverse

from audit.chain import hashed_values, link_hash, verify
from audit.models import ChainLayout, ChainLink
from powers.models import LegalBasis
from tests.factories import PowerItemFactory

backfill = importlib.import_module("audit.migrations.0007_scope_links_of_deleted_parents")
TIMELINE = reverse("audit:timeline")
DOCUMENT = "乡村振兴促进法（已废止事项的依据）"


def written_before_scope(label: str, first_seq: int) -> None:
    """Make ``label``'s links from ``first_seq`` on what 0004 left of a link whose parent was
    gone: a legacy layout (hashing no scope), no township, no unit. Every link from there on
    is hashed again in order, so the chain holds as it did for such links."""
    model = apps.get_model(label)
    columns = [f.attname for f in model._meta.concrete_fields]
    legacy, _ = ChainLayout.objects.get_or_create(
        history_model=label, columns=columns, covers_scope=False
    )
    prev = ChainLink.objects.get(seq=first_seq).prev_hash
    for link in (
        ChainLink.objects.filter(seq__gte=first_seq).select_related("layout").order_by("seq")
    ):
        if link.history_model == label:
            link.layout, link.township_id, link.unit_id = legacy, None, None
        history = apps.get_model(link.history_model)
        row = history._default_manager.filter(pk=link.history_id).values(*link.layout.columns).get()
        hashed = hashed_values(row, link.layout.covers_scope, link.township_id, link.unit_id)
        link.prev_hash, link.row_hash = prev, link_hash(prev, link.history_model, hashed)
        link.save()
        prev = link.row_hash


def listed(client, text: str) -> list[str]:
    page = client.get(TIMELINE, {"q": text, "size": 100}).context["page"]
    return [entry.entry.subject for entry in page.entries if entry.entry]


@pytest.mark.django_db
def test_links_of_a_deleted_parents_child_get_the_parents_unit(client, demo):
    item = PowerItemFactory(unit=demo.unit)
    basis = LegalBasis(item=item, rank="law", document=DOCUMENT)
    basis._history_user = demo.clerk
    basis.save()
    label = LegalBasis.history.model._meta.label_lower
    first = ChainLink.objects.get(history_model=label, history_id=basis.history.get().pk)
    item._history_user = demo.clerk
    item.delete()  # the legal basis goes with it, before the backfill ever ran
    written_before_scope(label, first.seq)
    orphans = ChainLink.objects.filter(history_model=label, record_id=basis.pk)
    assert orphans.count() == 2 and not orphans.filter(township_id__isnull=False).exists()
    assert verify().first_break is None
    client.force_login(demo.discipline)
    assert listed(client, DOCUMENT) == []  # unscoped: only superusers read it

    backfill.scope_unscoped_links(apps, None)

    assert set(orphans.values_list("unit_id", "township_id")) == {(demo.unit.pk, demo.township.pk)}
    assert verify().first_break is None  # the legacy layout hashes no scope: nothing moved
    assert len(listed(client, DOCUMENT)) == 2  # its creation and its deletion
    # Another township's committee still does not.
    client.force_login(User.objects.get(username="other-jiwei"))
    assert listed(client, DOCUMENT) == []
