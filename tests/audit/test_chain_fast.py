"""Verifying fast: on PostgreSQL the chain is checked by reading rows through psycopg's own
loaders and writing them with orjson. Those bytes must be the bytes ``append`` hashed, for every
value a history row can hold, or an intact chain would be reported broken (or worse)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, time
from decimal import Decimal

import orjson
import pytest
from django.db import connection

from audit.chain import (
    GENESIS,
    _load_json,
    _Reader,
    canonical_json,
    fast_link_hash,
    link_hash,
    verify,
)
from audit.models import ChainLink
from powers.lifecycle import save_edit
from powers.models import PowerItem

# JSON that json.dumps and orjson would spell differently, or that orjson cannot write at all.
AWKWARD_JSON = {
    "小数": [0.1, 1e-05, 1.5e-07, 1e16, 2.5e22, -0.0, 123.456, 5e-324],
    "整数": [0, -1, 2**63 - 1, -(2**63)],
    "文字": '引号"反斜杠\\换行\n制表\t控制\u0001\u001f删除\x7f分隔\u2028\u2029 emoji 🏞',
    "嵌套": {"z": {"b": 1, "a": [True, False, None]}, "A": "", "é": "键序"},
}


def test_fast_hash_equals_the_hash_append_writes_for_awkward_values():
    values = {
        "id": 7,
        "name": '清溪村\n"低保"',
        "history_date": datetime(2026, 11, 29, 23, 45, 58, 123000, tzinfo=UTC),
        "on_the_hour": datetime(2026, 11, 29, 23, 0, tzinfo=UTC),
        "naive": datetime(2026, 1, 2, 3, 4, 5),
        "day": date(2026, 12, 5),
        "at": time(8, 30, 0, 5),
        "amount": Decimal("50000.00"),
        "token": uuid.UUID("12345678-1234-5678-1234-567812345678"),
        "flag": True,
        "nothing": None,
        "digest": b"\x00\xff",
    }
    text = json.dumps(AWKWARD_JSON, ensure_ascii=False)
    slow = {**values, "data": json.loads(text)}  # as the ORM reads a JSON column
    fast = {**values, "data": _load_json(text.encode())}  # as the fast reader reads it
    for prev in (GENESIS, "ab" * 32):
        assert fast_link_hash(prev, "powers.historicalpoweritem", fast) == link_hash(
            prev, "powers.historicalpoweritem", slow
        )


def test_a_json_integer_beyond_64_bits_falls_back_to_the_same_bytes():
    text = json.dumps({"巨大": [2**70, 0.5, {"k": 1e-05}]})
    slow, fast = {"data": json.loads(text)}, {"data": _load_json(text.encode())}
    with pytest.raises(orjson.JSONEncodeError):  # what sends the row to canonical_json
        orjson.dumps(2**70)
    assert fast_link_hash(GENESIS, "x.y", fast) == link_hash(GENESIS, "x.y", slow)
    assert '"k":1e-05' in canonical_json("x.y", slow)


@pytest.mark.django_db
def test_awkward_history_rows_verify_through_the_reader_of_this_database(demo):
    item = PowerItem.objects.filter(unit=demo.unit, status="draft", first_approved_at=None)[0]
    item.responsibilities = AWKWARD_JSON
    item.accountability_cases = [AWKWARD_JSON["小数"], AWKWARD_JSON["文字"], {"次数": 2**70}]
    save_edit(item, user=demo.clerk, expected_version=item.version)
    row = item.history.first()
    link = ChainLink.objects.get(history_model=row._meta.label_lower, history_id=row.pk)

    reader = _Reader()
    try:
        # PostgreSQL is read by the fast path; other databases through the ORM.
        fast = connection.vendor == "postgresql"
        assert (reader.hash is fast_link_hash) is fast
        read = reader.rows_for_links(type(row), [row.pk], link.layout.columns)[row.pk]
    finally:
        reader.close()
    assert read["accountability_cases"][2] == {"次数": 2**70}
    outcome = verify()
    assert outcome.first_break is None
    assert outcome.links_checked == ChainLink.objects.count()


@pytest.mark.django_db
def test_a_float_changed_in_sql_is_found_by_the_reader(demo):
    item = PowerItem.objects.filter(unit=demo.unit, status="draft", first_approved_at=None)[0]
    item.responsibilities = {"比例": 0.1}
    save_edit(item, user=demo.clerk, expected_version=item.version)
    row = item.history.first()
    table = row._meta.db_table
    with connection.cursor() as cursor:
        # The same number spelled otherwise is the same value: still intact.
        cursor.execute(
            f"UPDATE {table} SET responsibilities = %s WHERE history_id = %s",
            ['{"比例": 0.10}', row.pk],
        )
    assert verify().first_break is None
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET responsibilities = %s WHERE history_id = %s",
            ['{"比例": 0.11}', row.pk],
        )
    broken = verify().first_break
    assert (broken.history_id, broken.reason) == (row.pk, "changed")
