"""The open data API gives a unit's catalog in its published list's order, with the list's own
numbers, named lists, written time limits and legal bases as written."""

from __future__ import annotations

import pytest

from powers.models import PowerItem, published_order

from .test_api import fetch_all


@pytest.mark.django_db
def test_items_come_in_the_lists_order_with_their_numbers(client, demo):
    rows = [r for r in fetch_all(client, "power-items") if r["unit"]["code"] == demo.unit.code]
    expected = published_order(list(PowerItem.objects.public().filter(unit=demo.unit)))
    assert [r["id"] for r in rows] == [item.pk for item in expected]
    by_code = {r["code"]: r for r in rows}
    assert (by_code["JC-01"]["position"], by_code["CW-01-1"]["position"]) == ("1", "5.1")
    assert by_code["JC-01"]["responsible_body"] == "村党组织、村民委员会"
    assert by_code["JC-01"]["list_type"] is None
    # The negative list's item comes after the power list, under its list's name.
    assert rows[-1]["code"] == "FM-01"
    assert (rows[-1]["list_type"], rows[-1]["list_kind"]) == ("村级证明事项负面清单", "negative")
    assert rows[-1]["power_kind"] == ""
    (basis,) = rows[-1]["legal_bases"]
    assert basis["document"].startswith("《") and basis["rank"] == ""


@pytest.mark.django_db
def test_a_sub_item_follows_its_parent_by_the_approved_order(client, demo):
    """The API orders as the public pages do: by the approved order, not the draft's, and a
    sub-item comes right after its parent even when its own number would put it elsewhere."""
    sub = PowerItem.objects.get(unit=demo.unit, code="CW-01-1")
    data = {**sub.published_data, "sort_order": 1}
    PowerItem.objects.filter(pk=sub.pk).update(published_data=data, sort_order=100_000)
    first = PowerItem.objects.public().filter(unit=demo.unit, parent=None).in_catalog_order()[0]
    PowerItem.objects.filter(pk=first.pk).update(sort_order=200_000)  # a draft's new order

    rows = [r for r in fetch_all(client, "power-items") if r["unit"]["code"] == demo.unit.code]
    codes = [r["code"] for r in rows]
    assert codes[0] == first.code
    assert codes[codes.index("CW-01") + 1] == "CW-01-1"
    expected = published_order(list(PowerItem.objects.public().filter(unit=demo.unit)))
    assert codes == [item.published_data["code"] for item in expected]


@pytest.mark.django_db
def test_a_written_time_limit_comes_as_written_with_what_it_says(client, demo):
    item = PowerItem.objects.get(unit=demo.unit, code="BM-01-1")
    row = client.get(f"/api/power-items/{item.pk}/").json()
    assert row["time_limit"] == "即办"
    assert row["time_limit_detail"]["immediate"] is True
    assert row["time_limit_detail"]["days"] is None
