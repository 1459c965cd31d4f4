"""Time limits as published lists write them: the text kept as written, what it says read
into structured values, nothing read that the text does not say."""

from __future__ import annotations

import pytest

from powers.models import PowerItem
from powers.time_limits import TimeLimit, parse_time_limit
from tests.factories import PowerItemFactory

WORKING, CALENDAR = "working", "calendar"

# (as written, what it says). Phrasings from published lists and service guides
# (examples/SOURCES.md §1 and §5) and from this folder's example files.
PHRASINGS = [
    ("即办", TimeLimit(immediate=True)),
    ("立办", TimeLimit(immediate=True)),
    ("按照即办件程序", TimeLimit(immediate=True)),
    (
        "法定20个工作日，承诺10个工作日",
        TimeLimit(statutory_days=20, days=10, day_type=WORKING),
    ),
    (
        "法定20个工作日，承诺5个工作日",
        TimeLimit(statutory_days=20, days=5, day_type=WORKING),
    ),
    ("法定20个工作日", TimeLimit(statutory_days=20, day_type=WORKING)),
    ("承诺时限:1工作日", TimeLimit(days=1, day_type=WORKING)),
    ("20工作日", TimeLimit(days=20, day_type=WORKING)),
    ("3个工作日", TimeLimit(days=3, day_type=WORKING)),
    ("十个工作日内予以立案", TimeLimit(days=10, day_type=WORKING)),
    ("7个自然日", TimeLimit(days=7, day_type=CALENDAR)),
    ("自受理之日起", TimeLimit(counted_from="受理")),
    (
        "自受理之日起30个工作日内办结；特殊情况可延长至45个工作日",
        TimeLimit(days=30, day_type=WORKING, counted_from="受理"),
    ),
    (
        "信息形成或变更之日起20个工作日内",
        TimeLimit(days=20, day_type=WORKING, counted_from="信息形成或变更"),
    ),
    (
        "获取该信息之日起20个工作日内",
        TimeLimit(days=20, day_type=WORKING, counted_from="获取该信息"),
    ),
    ("公示期满后", TimeLimit(counted_from="公示期满")),
    (
        "公示期满后5个工作日内",
        TimeLimit(days=5, day_type=WORKING, counted_from="公示期满"),
    ),
    ("15日以上", TimeLimit(days=15, day_type=CALENDAR, minimum=True)),
    ("方案公示不少于7日", TimeLimit(days=7, day_type=CALENDAR, minimum=True)),
    ("决议公开不少于5个工作日", TimeLimit(days=5, day_type=WORKING, minimum=True)),
    # Two unrelated periods: which one is "the" time limit the text does not say.
    ("招标公告期不少于5个工作日；中标结果公示3个工作日", TimeLimit()),
    # A day of the month is no period.
    ("每季度的首个月20日", TimeLimit()),
    ("随年度预算一并决策", TimeLimit()),
    ("", TimeLimit()),
]


@pytest.mark.parametrize(("text", "expected"), PHRASINGS, ids=[p[0] or "empty" for p in PHRASINGS])
def test_it_reads_what_a_written_time_limit_says(text, expected):
    assert parse_time_limit(text) == expected


@pytest.mark.django_db
def test_saving_the_text_fills_the_structured_fields_and_keeps_the_text(demo):
    item = PowerItemFactory(unit=demo.unit, time_limit_days=15, time_limit_type=CALENDAR)
    item.time_limit_text = "法定20个工作日，承诺10个工作日"
    item.save()
    item.refresh_from_db()
    assert item.time_limit_text == "法定20个工作日，承诺10个工作日"
    assert (item.time_limit_statutory_days, item.time_limit_days, item.time_limit_type) == (
        20,
        10,
        WORKING,
    )
    assert item.time_limit_display == "法定20个工作日，承诺10个工作日"

    # A new text replaces what the old one said; what it does not say is left empty.
    item.time_limit_text = "即办"
    item.save()
    item.refresh_from_db()
    assert item.time_limit_immediate
    assert (item.time_limit_statutory_days, item.time_limit_days, item.time_limit_type) == (
        None,
        None,
        "",
    )


@pytest.mark.django_db
def test_an_item_entered_without_a_text_keeps_its_days(demo):
    item = PowerItemFactory(unit=demo.unit, time_limit_days=5, time_limit_type=WORKING)
    item.refresh_from_db()
    assert (item.time_limit_text, item.time_limit_days) == ("", 5)
    assert item.time_limit_display == "5 工作日"
    assert PowerItem.objects.get(pk=item.pk).time_limit_detail()["days"] == 5
