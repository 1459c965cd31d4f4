"""Linking many history rows at once (an import's chunk): the same links, in the same order,
as one at a time, written when the block ends and only for the rows that are still there."""

from __future__ import annotations

import pytest
from django.db import transaction

from audit.chain import head, unchained_rows, verify
from audit.models import ChainLink
from powers.history import history_batch, stamp
from powers.models import Post


def _post(unit, name: str, clerk) -> Post:
    post = Post(unit=unit, name=name, duties="批量写入")
    stamp(post, clerk, "批量")
    post.save()
    return post


@pytest.mark.django_db
def test_rows_written_in_a_batch_are_linked_in_order_when_it_ends(demo):
    seq_before, _hash = head()
    with transaction.atomic():
        with history_batch():
            posts = [_post(demo.unit, f"批量岗位{number}", demo.clerk) for number in range(3)]
            # Nothing is linked while the block runs.
            assert head()[0] == seq_before
        links = list(ChainLink.objects.filter(seq__gt=seq_before).order_by("seq"))
    assert [link.history_id for link in links] == [post.history.get().pk for post in posts]
    assert all(link.unit_id == demo.unit.pk for link in links)
    assert unchained_rows() == {}
    assert verify().first_break is None


@pytest.mark.django_db
def test_a_row_rolled_back_inside_the_batch_gets_no_link(demo):
    seq_before, _hash = head()
    with transaction.atomic(), history_batch():
        kept = _post(demo.unit, "保留的岗位", demo.clerk)
        try:
            with transaction.atomic():
                _post(demo.unit, "撤销的岗位", demo.clerk)
                raise RuntimeError("这一行失败")
        except RuntimeError:
            pass
        last = _post(demo.unit, "最后的岗位", demo.clerk)
    linked = list(
        ChainLink.objects.filter(seq__gt=seq_before).order_by("seq").values_list("history_id")
    )
    assert linked == [(kept.history.get().pk,), (last.history.get().pk,)]
    assert unchained_rows() == {}
    assert verify().first_break is None


@pytest.mark.django_db
def test_a_failed_batch_leaves_no_rows_and_no_links(demo):
    seq_before, _hash = head()
    with pytest.raises(RuntimeError), transaction.atomic(), history_batch():
        _post(demo.unit, "失败的岗位", demo.clerk)
        raise RuntimeError("整块失败")
    assert head()[0] == seq_before
    assert not Post.objects.filter(name="失败的岗位").exists()
    # The next write outside a batch is linked at once, as always.
    _post(demo.unit, "之后的岗位", demo.clerk)
    assert head()[0] == seq_before + 1
