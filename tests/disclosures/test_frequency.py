"""A catalog's 公开时限 as written gives the period its due dates count from, as far as the
words say it, and no period (so no due date, no warning) where they do not."""

from __future__ import annotations

from datetime import date

import pytest

from disclosures.frequency import read_frequency
from disclosures.models import DisclosureObligation
from disclosures.obligations import next_due

F = DisclosureObligation.Frequency


@pytest.mark.parametrize(
    ("text", "frequency", "day", "days", "day_type"),
    [
        ("每月", F.MONTHLY, None, None, ""),
        ("每月10日前", F.MONTHLY, 10, None, ""),
        ("每季度", F.QUARTERLY, None, None, ""),
        ("每季度的首个月20日", F.QUARTERLY, 20, None, ""),
        ("每季度第一个月二十日前公开", F.QUARTERLY, 20, None, ""),
        ("季度终了后10日内", F.QUARTERLY, None, 10, "calendar"),
        ("每年1次", F.YEARLY, None, None, ""),
        ("信息形成或变更之日起20个工作日内", F.ON_EVENT, None, 20, "working"),
        ("事项结束后7日内", F.ON_EVENT, None, 7, "calendar"),
        ("随时公开", F.IMMEDIATELY, None, None, ""),
        # A condition in brackets is the exception, kept in the text.
        ("每季度（集体财务往来较多的，应每月公布一次）", F.QUARTERLY, None, None, ""),
        # Nothing the words say as a rule: no period rather than a guessed one.
        ("及时公开", "", None, None, ""),
        ("按上级要求", "", None, None, ""),
        ("长期公开", "", None, None, ""),
        ("每半年", "", None, None, ""),
        ("每年6月、12月", "", None, None, ""),
        ("每季度；集体财务往来较多的，财务收支情况应每月公布一次", "", None, None, ""),
        ("申请公示5个工作日", "", None, None, ""),
        ("", "", None, None, ""),
    ],
)
def test_the_words_give_the_period_they_say(text, frequency, day, days, day_type):
    reading = read_frequency(text)
    assert (reading.frequency, reading.deadline_day) == (frequency, day)
    assert (reading.deadline_days, reading.deadline_day_type) == (days, day_type)


def test_a_quarterly_text_gives_the_due_date_it_names():
    row = DisclosureObligation(frequency_text="每季度的首个月20日")
    read_frequency(row.frequency_text).apply(row)
    # Published on 2026-11-03: the next quarter's first month's 20th.
    assert next_due(row, date(2026, 11, 3), date(2026, 12, 7)) == date(2027, 1, 20)
