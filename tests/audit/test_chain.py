"""The hash chain over history rows: every write is chained, tampering is found at its row."""

from __future__ import annotations

import threading

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import connection, models, transaction
from django.urls import reverse

from audit.chain import GENESIS, describe, head_hash, unchained_rows, verify
from audit.models import ChainLink, ChainVerification
from audit.scope import fill_scope
from powers.lifecycle import save_edit
from powers.models import Flowchart, Post, PowerItem, RoleAssignment, Township
from risks.models import RiskMatrix
from tests.factories import PowerItemFactory


def link_of(row) -> ChainLink:
    return ChainLink.objects.get(history_model=row._meta.label_lower, history_id=row.pk)


@pytest.mark.django_db
def test_every_history_row_is_chained_and_the_chain_holds(demo):
    # The demo was written through the ordinary paths: every one of its history rows is linked.
    assert unchained_rows() == {}
    outcome = verify()
    assert outcome.first_break is None
    assert outcome.links_checked == ChainLink.objects.count() > 1000
    assert outcome.head_hash == head_hash() != GENESIS


@pytest.mark.django_db
def test_an_edit_is_chained_in_its_own_transaction(client, demo):
    item = PowerItem.objects.filter(unit=demo.unit, status="draft", first_approved_at=None)[0]
    before = head_hash()
    item.conditions = "新的办理条件"
    save_edit(item, user=demo.clerk, expected_version=item.version)
    row = item.history.first()
    link = link_of(row)
    assert link.prev_hash == before
    assert head_hash() == link.row_hash


SCOPE_COLUMNS = (
    "township_id",
    "unit_id",
    "record_id",
    "history_date",
    "history_type",
    "history_user_name",
)


@pytest.mark.django_db
def test_a_link_carries_where_its_row_belongs(demo):
    # A flowchart step reaches its unit through its flowchart.
    chart = Flowchart.objects.filter(unit=demo.unit, steps__isnull=False).first()
    step = chart.steps.first()
    step.name = "改名的环节"
    step.save()
    row = step.history.first()
    link = link_of(row)
    assert (link.unit_id, link.township_id, link.record_id) == (
        demo.unit.pk,
        demo.township.pk,
        step.pk,
    )
    assert (link.history_type, link.history_date) == ("~", row.history_date)
    assert link.history_user_name == row.history_user_name
    # The committee's role is granted on the township: a township and no unit.
    grant = RoleAssignment.objects.get(user=demo.discipline, township=demo.township)
    grant_link = link_of(grant.history.first())
    assert (grant_link.unit_id, grant_link.township_id) == (None, demo.township.pk)
    # A user account is in no township: superusers only.
    account = ChainLink.objects.filter(history_model="powers.historicaluser").first()
    assert (account.unit_id, account.township_id) == (None, None)
    # Deleted, a step still belongs to its unit.
    step_id = step.pk
    step.delete()
    gone = link_of(type(row).objects.filter(id=step_id).order_by("-history_id").first())
    assert (gone.history_type, gone.unit_id) == ("-", demo.unit.pk)


@pytest.mark.django_db
def test_the_backfill_gives_old_links_what_append_gives_new_ones(demo):
    written = {link[0]: link[1:] for link in ChainLink.objects.values_list("seq", *SCOPE_COLUMNS)}
    assert sum(1 for values in written.values() if values[1] is not None) > 1000
    ChainLink.objects.update(
        township_id=None,
        unit_id=None,
        record_id=None,
        history_date=None,
        history_type="",
        history_user_name="",
    )
    fill_scope(apps, batch=97)  # batches that do not divide the tables evenly
    filled = {link[0]: link[1:] for link in ChainLink.objects.values_list("seq", *SCOPE_COLUMNS)}
    assert filled == written
    assert verify().first_break is None  # the copied columns are not hashed


@pytest.mark.django_db
def test_a_row_changed_in_sql_is_found_at_its_link(demo):
    item = PowerItem.objects.filter(unit=demo.unit).first()
    row = item.history.order_by("history_id").first()
    table = row._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET name = %s WHERE history_id = %s", ["改过的名称", row.pk]
        )
    broken = verify().first_break
    assert broken is not None
    assert broken.seq == link_of(row).seq
    assert broken.reason == "changed"
    with pytest.raises(CommandError, match=f"第 {broken.seq} 环"):
        call_command("verify_audit_chain")


@pytest.mark.django_db
def test_a_deleted_row_is_found_at_its_link(demo):
    post = Post.objects.filter(unit=demo.unit).first()
    row = post.history.first()
    seq = link_of(row).seq
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {row._meta.db_table} WHERE history_id = %s", [row.pk])
    broken = verify().first_break
    assert (broken.seq, broken.reason) == (seq, "missing")


@pytest.mark.django_db
def test_a_removed_link_breaks_the_next_one(demo):
    links = list(ChainLink.objects.order_by("seq")[10:12])
    links[0].delete()
    # Whether the gap falls inside a segment of the check or on its edge, it is named.
    for segment_links in (50_000, 3, 2, 1):
        broken = verify(segment_links=segment_links).first_break
        assert (broken.seq, broken.reason) == (links[1].seq, "prev")


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_keep_the_chain_valid(demo):
    items = [PowerItemFactory(unit=demo.unit, code=f"CC-{n}") for n in range(4)]
    errors = []

    def write(item: PowerItem) -> None:
        try:
            for round_ in range(5):
                with transaction.atomic():
                    fresh = PowerItem.objects.get(pk=item.pk)
                    fresh.conditions = f"第{round_}轮"
                    save_edit(fresh, user=demo.clerk, expected_version=fresh.version)
        except Exception as error:  # reported below, with the thread's failure
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors
    assert verify().first_break is None
    assert unchained_rows() == {}
    assert PowerItem.history.filter(conditions__startswith="第").count() == 20

    # Checked in segments by two processes, the chain holds just the same, and a row changed
    # behind its back is named at the same link as one process names it.
    whole = verify()
    assert verify(workers=2, segment_links=500) == whole
    row = items[2].history.order_by("history_id").last()
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {row._meta.db_table} SET name = %s WHERE history_id = %s", ["改名", row.pk]
        )
    broken = verify(workers=2, segment_links=500)
    assert broken == verify()
    assert (broken.first_break.seq, broken.first_break.reason) == (link_of(row).seq, "changed")


@pytest.mark.django_db
def test_the_committee_verifies_from_its_page(client, demo, django_capture_on_commit_callbacks):
    url = reverse("audit:chain_status")
    client.force_login(demo.clerk)
    assert client.get(url).status_code == 403
    client.force_login(demo.discipline)
    page = client.get(url).content.decode()
    assert head_hash() in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)
    run = ChainVerification.objects.get()
    assert run.result == "intact"
    assert run.requested_by == demo.discipline
    assert run.head_hash == head_hash()
    assert "完整" in client.get(url).content.decode()


@pytest.mark.django_db
def test_the_command_reports_an_intact_chain(demo, capsys):
    call_command("verify_audit_chain")
    out = capsys.readouterr().out
    assert "chain intact" in out
    assert head_hash() in out


@pytest.mark.django_db
def test_a_risk_matrix_change_is_linked_to_its_township(demo):
    matrix = RiskMatrix.objects.filter(township=demo.township).first() or RiskMatrix.default_for(
        demo.township
    )
    matrix.impact_labels = [*matrix.impact_labels[:-1], "重大"]
    matrix.save()
    link = link_of(matrix.history.first())
    assert (link.township_id, link.unit_id) == (demo.township.pk, None)


def insert_unchained_row() -> str:
    """A history row written around the chain, as raw SQL would write it."""
    post = Post.objects.first()
    row = post.history.order_by("history_id").first()
    table = row._meta.db_table
    columns = ", ".join(
        connection.ops.quote_name(f.column)
        for f in row._meta.concrete_fields
        if f.column != row._meta.pk.column
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {table} WHERE history_id = %s",
            [row.pk],
        )
    return row._meta.label_lower


@pytest.mark.django_db
def test_an_unchained_row_fails_the_command(demo, capsys):
    label = insert_unchained_row()
    assert unchained_rows() == {label: 1}
    with pytest.raises(CommandError, match=f"{label} 有 1 条"):
        call_command("verify_audit_chain")
    assert "chain intact" not in capsys.readouterr().out


@pytest.mark.django_db
def test_an_unchained_row_breaks_the_pages_run(client, demo, django_capture_on_commit_callbacks):
    label = insert_unchained_row()
    client.force_login(demo.discipline)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("audit:chain_status"))
    run = ChainVerification.objects.get()
    assert run.result == "broken"
    assert f"{label} 有 1 条" in run.broken_reason
    assert "发现断裂" in client.get(reverse("audit:chain_status")).content.decode()


@pytest.fixture
def later_column():
    """A column added to the posts' history table after links were written, as a later
    migration would add it: in the table (``ALTER TABLE … DEFAULT``) and on the model."""
    history = Post.history.model
    field = models.CharField(max_length=20, default="补充", blank=True)
    with connection.cursor() as cursor:
        cursor.execute(
            f"ALTER TABLE {history._meta.db_table} ADD COLUMN later_note varchar(20)"
            " DEFAULT '补充' NOT NULL"
        )
    field.contribute_to_class(history, "later_note")
    history._meta._expire_cache()

    def drop_from_model() -> None:
        if field in history._meta.local_fields:
            history._meta.local_fields.remove(field)
            history._meta._expire_cache()

    yield drop_from_model
    drop_from_model()


@pytest.mark.django_db
def test_a_column_added_later_leaves_earlier_links_checkable(demo, later_column):
    post = Post.objects.filter(unit=demo.unit).first()
    old_link = link_of(post.history.order_by("history_id").first())
    assert verify().first_break is None
    # A change after the migration is hashed with the new column, under a layout of its own.
    post.name = "新增列之后的改名"
    post.save()
    new_link = link_of(post.history.first())
    assert new_link.layout_id != old_link.layout_id
    assert "later_note" in new_link.layout.columns
    assert "later_note" not in old_link.layout.columns
    assert verify().first_break is None
    # Should the column go again, the links that hashed it cannot be checked, and say so.
    later_column()
    broken = verify().first_break
    assert (broken.seq, broken.reason) == (new_link.seq, "column")
    assert "列已不在历史表中" in describe(broken)


@pytest.mark.django_db
def test_a_link_moved_to_another_township_is_found_at_that_link(demo):
    post = Post.objects.filter(unit=demo.unit).first()
    link = link_of(post.history.first())
    other = Township.objects.exclude(pk=demo.township.pk).first()
    assert link.township_id == demo.township.pk != other.pk
    ChainLink.objects.filter(pk=link.pk).update(township_id=other.pk)
    broken = verify().first_break
    assert (broken.seq, broken.reason) == (link.seq, "changed")
    assert verify(workers=2, segment_links=100).first_break == broken


@pytest.mark.django_db
def test_a_links_operator_changed_is_found_at_that_link(demo):
    post = Post.objects.filter(unit=demo.unit).first()
    link = link_of(post.history.first())
    ChainLink.objects.filter(pk=link.pk).update(history_user_name="别人")
    broken = verify().first_break
    assert (broken.seq, broken.reason) == (link.seq, "copied")
    assert "操作人" in describe(broken)
