"""Recorded chain heads make a chain cut short, or a link taken out of its middle, show: every
verification records the head it reached, the head of each day is published on a public page,
and a later verification fails, naming the place, when a recorded head is no longer on the
chain or the sequence numbers have a gap."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from audit.chain import FIRST_VISIT_NAME, describe, hashed_values, head, link_hash, verify
from audit.models import AppendOnly, ChainHead, ChainLayout, ChainLink, ChainVerification
from audit.tasks import publish_daily_chain_head
from powers.lifecycle import save_edit
from powers.models import PowerItem


def edit_items(demo, times: int) -> None:
    """``times`` ordinary edits, each chained (one history row and link per edit)."""
    item = PowerItem.objects.filter(unit=demo.unit, status="draft", first_approved_at=None)[0]
    for n in range(times):
        item.refresh_from_db()
        item.conditions = f"第{n}次修改的办理条件"
        save_edit(item, user=demo.clerk, expected_version=item.version)


def delete_link_and_row(link: ChainLink) -> None:
    """What someone with database access would do to hide a change: its history row and its
    link both go."""
    model = apps.get_model(link.history_model)
    table, pk = model._meta.db_table, model._meta.pk.column
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE {pk} = %s", [link.history_id])
        cursor.execute("DELETE FROM audit_chainlink WHERE seq = %s", [link.seq])


def rechain_after(seq: int) -> None:
    """Rewrite every link after ``seq`` so that each again covers the link before it: the
    hashes then hold, and only the numbers (or a recorded head) can tell."""
    prev = ChainLink.objects.filter(seq__lt=seq).order_by("-seq").first().row_hash
    layouts = {layout.pk: layout for layout in ChainLayout.objects.all()}
    for link in ChainLink.objects.filter(seq__gt=seq).order_by("seq"):
        layout = layouts[link.layout_id]
        model = apps.get_model(link.history_model)
        values = model._default_manager.filter(pk=link.history_id).values(*layout.columns).get()
        hashed = hashed_values(values, layout.covers_scope, link.township_id, link.unit_id)
        row_hash = link_hash(prev, link.history_model, hashed)
        ChainLink.objects.filter(seq=link.seq).update(prev_hash=prev, row_hash=row_hash)
        prev = row_hash


@pytest.mark.django_db
def test_every_verification_records_the_head_it_reached(
    client, demo, django_capture_on_commit_callbacks
):
    seq, row_hash = head()
    call_command("verify_audit_chain", workers=1)
    by_command = ChainHead.objects.get(source=ChainHead.Source.COMMAND)
    assert (by_command.seq, by_command.head_hash) == (seq, row_hash)
    assert by_command.recorded_by_name.startswith("manage.py verify_audit_chain")

    client.force_login(demo.discipline)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("audit:chain_status"))
    run = ChainVerification.objects.get()
    by_page = ChainHead.objects.get(source=ChainHead.Source.VERIFICATION)
    assert (by_page.seq, by_page.head_hash) == head()  # signing in was chained too
    assert (by_page.recorded_by, by_page.verification) == (demo.discipline, run)


@pytest.mark.django_db
def test_deleting_the_newest_links_and_rows_is_found(
    client, demo, django_capture_on_commit_callbacks
):
    edit_items(demo, 3)
    call_command("verify_audit_chain", workers=1)  # records the head: the third edit's link
    recorded = ChainHead.objects.get(source=ChainHead.Source.COMMAND)
    newest = list(ChainLink.objects.order_by("-seq")[:2])
    for link in newest:
        delete_link_and_row(link)
    # What is left holds link by link, and no history row lacks its link ...
    assert verify(segment_links=10).links_checked == ChainLink.objects.count()
    # ... but the recorded head is gone, and that is where the chain fails.
    broken = verify().first_break
    assert (broken.seq, broken.reason) == (recorded.seq, "head_gone")
    message = describe(broken)
    assert message.startswith(f"第 {recorded.seq} 环（已记录的链头）")
    assert recorded.head_hash in message
    with pytest.raises(CommandError, match=f"第 {recorded.seq} 环"):
        call_command("verify_audit_chain", workers=1)

    client.force_login(demo.discipline)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("audit:chain_status"))
    run = ChainVerification.objects.get()
    assert (run.result, run.broken_seq) == ("broken", recorded.seq)
    assert recorded.head_hash in run.broken_reason
    assert "发现断裂" in client.get(reverse("audit:chain_status")).content.decode()


@pytest.mark.django_db
def test_deleting_a_middle_link_and_row_is_found(demo):
    edit_items(demo, 6)
    links = list(ChainLink.objects.order_by("-seq")[:6])
    middle, after = links[3], links[2]
    delete_link_and_row(middle)
    broken = verify().first_break
    assert (broken.seq, broken.reason) == (after.seq, "prev")
    # Rewritten so that every hash after it holds again, the gap in the numbers still shows.
    rechain_after(middle.seq)
    for segment_links in (50_000, 7, 1):
        broken = verify(segment_links=segment_links).first_break
        assert (broken.seq, broken.reason) == (after.seq, "gap")
    message = describe(broken)
    assert f"第 {after.seq} 环" in message and f"缺少第 {middle.seq} 环" in message


@pytest.mark.django_db
def test_a_head_published_before_a_deletion_still_proves_it(client, demo):
    edit_items(demo, 2)
    page = client.get(reverse("audit_public:chain_head"))  # anyone, no sign-in
    assert page.status_code == 200
    published = ChainHead.objects.get(source=ChainHead.Source.DAILY)
    assert (published.seq, published.head_hash) == head()
    # No scheduled run today yet: the first visit published it, and the record says so.
    assert published.recorded_by_name == FIRST_VISIT_NAME
    assert published.head_hash in page.content.decode()  # the copy someone printed

    # Later the two newest links and their rows are deleted, and the portal goes on: new
    # changes take the deleted numbers, so the chain holds link by link.
    for link in ChainLink.objects.order_by("-seq")[:2]:
        delete_link_and_row(link)
    edit_items(demo, 3)
    assert ChainLink.objects.filter(seq=published.seq).exists()
    outcome = verify()
    broken = outcome.first_break
    assert (broken.seq, broken.reason) == (published.seq, "head_changed")
    assert published.head_hash in describe(broken)
    assert "每日公布" in describe(broken)
    # The public page still lists the head it published that day.
    assert published.head_hash in client.get(reverse("audit_public:chain_head")).content.decode()


@pytest.mark.django_db
def test_the_daily_head_is_published_once_a_day(demo):
    publish_daily_chain_head.delay()
    edit_items(demo, 1)
    publish_daily_chain_head.delay()  # the same day: the head published first stays
    daily = ChainHead.objects.filter(source=ChainHead.Source.DAILY)
    assert daily.count() == 1
    assert daily.get().seq == head()[0] - 1


@pytest.mark.django_db
def test_recorded_heads_are_never_changed_or_deleted(demo):
    call_command("verify_audit_chain", workers=1)
    recorded = ChainHead.objects.get(source=ChainHead.Source.COMMAND)
    recorded.head_hash = "0" * 64
    with pytest.raises(AppendOnly):
        recorded.save()
    with pytest.raises(AppendOnly):
        recorded.delete()
    with pytest.raises(AppendOnly):
        ChainHead.objects.filter(pk=recorded.pk).update(head_hash="0" * 64)
    with pytest.raises(AppendOnly):
        ChainHead.objects.all().delete()
    if connection.vendor == "postgresql":  # the database refuses it too
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("UPDATE audit_chainhead SET head_hash = '' WHERE id = %s", [recorded.pk])
    assert ChainHead.objects.get(pk=recorded.pk).head_hash == head()[1]


@pytest.mark.django_db
def test_a_sheet_printed_before_a_deletion_still_proves_it(
    client, demo, django_capture_on_commit_callbacks
):
    """Someone with database access deletes the newest links, their history rows and every
    recorded head: the sheet on the bulletin board still carries the head it was printed
    with, and the chain page and the command both say it is no longer on the chain."""
    import re
    import subprocess

    from disclosures.models import Disclosure
    from printing.models import PrintJob
    from tests.audit.test_summary_report import flat, press_print

    edit_items(demo, 2)
    client.force_login(demo.clerk)
    notice = Disclosure.objects.filter(unit=demo.unit, is_public=True).first()
    job = press_print(client, "notice", notice.pk, django_capture_on_commit_callbacks)
    assert job.status == PrintJob.Status.DONE
    pdf_text = flat(
        subprocess.run(
            ["pdftotext", job.pdf.path, "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    (printed,) = set(re.findall(r"[0-9a-f]{64}", pdf_text))  # the stamp's full head
    printed_seq = ChainLink.objects.get(row_hash=printed).seq

    client.force_login(demo.discipline)
    chain_page = reverse("audit:chain_status")
    page = client.get(chain_page, {"printed": printed[:12]}).content.decode()
    assert f"第 {printed_seq} 环" in page
    call_command("verify_audit_chain", "--workers=1", f"--printed-head={printed}")

    # The printed head's link and those after it go, with their rows and every recorded head;
    # new changes take the numbers again, so link by link the chain holds.
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # as the table's owner may
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no checks pending on the table
            cursor.execute("ALTER TABLE audit_chainhead DISABLE TRIGGER USER")
        cursor.execute("DELETE FROM audit_chainhead")
    for link in ChainLink.objects.filter(seq__gte=printed_seq).order_by("-seq"):
        delete_link_and_row(link)
    edit_items(demo, 3)
    assert verify().first_break is None  # nothing inside the database tells any more

    page = client.get(chain_page, {"printed": printed}).content.decode()
    assert f"链头 {printed} 不在链上" in page
    assert "审计链被截短或改写过" in page
    with pytest.raises(CommandError, match="no longer on the chain"):
        call_command("verify_audit_chain", "--workers=1", f"--printed-head={printed[:16]}")
