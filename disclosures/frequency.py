"""Reading a catalog's frequency as written (公开时限) into the period its due dates count from.

Catalogs write when a matter is published in words: ``每月``, ``每季度``,
``每季度的首个月20日``, ``每年``, ``季度终了后10日内``, ``信息形成或变更之日起20个工作日内``,
``随时``, ``及时公开``, ``按上级要求``, and conditions in brackets
(``每季度（集体财务往来较多的，应每月公布一次）``). The row keeps the text as written;
:func:`read_frequency` gives the structured period, deadline day and days the due dates are
counted from (:mod:`disclosures.obligations`), as far as the text says them, and nothing where
it does not: 及时公开, 按上级要求, 每半年 or a text naming two periods get no period, so no due
date and no warning, rather than a guessed one; so does a yearly text naming its months
(每年6月、12月), whose due dates are not the year's first month's. A condition in brackets is
the exception to the rule and is left to the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from powers.time_limits import NUMBER, number, parse_time_limit

from .models import DisclosureObligation

Frequency = DisclosureObligation.Frequency

_ASIDE = re.compile(r"[（(][^）)]*[）)]")
_PERIODS = [
    (Frequency.MONTHLY, re.compile(r"每月|按月|月度")),
    (Frequency.QUARTERLY, re.compile(r"季")),
    (Frequency.YEARLY, re.compile(r"每年|按年|年度|每一年")),
]
_HALF_YEAR = re.compile(r"半年")
_DAY_OF_MONTH = re.compile(rf"月(?:的)?\s*({NUMBER})\s*[日号]")
_NAMED_MONTH = re.compile(rf"(?:{NUMBER})\s*月")
_AFTER_AN_EVENT = re.compile(r"之日起|后")
_ANY_TIME = re.compile(r"随时|即时")


@dataclass(frozen=True)
class FrequencyReading:
    frequency: str = ""
    deadline_day: int | None = None
    deadline_days: int | None = None
    deadline_day_type: str = ""

    def apply(self, obligation: DisclosureObligation) -> None:
        obligation.frequency = self.frequency
        obligation.deadline_day = self.deadline_day
        obligation.deadline_days = self.deadline_days
        obligation.deadline_day_type = self.deadline_day_type


def read_frequency(text: str) -> FrequencyReading:
    rule = _ASIDE.sub("", text or "").strip()
    if not rule or _HALF_YEAR.search(rule):
        return FrequencyReading()
    periods = [frequency for frequency, pattern in _PERIODS if pattern.search(rule)]
    limit = parse_time_limit(rule)
    days = limit.days if _AFTER_AN_EVENT.search(rule) else None
    day_type = limit.day_type if days is not None else ""
    if periods == [Frequency.YEARLY] and _NAMED_MONTH.search(rule):
        # 每年6月、12月 or 每年3月底前: the months are the text's, not the year's first.
        return FrequencyReading()
    if len(periods) == 1:
        day = _DAY_OF_MONTH.search(rule)
        if day is not None:
            return FrequencyReading(periods[0], deadline_day=number(day.group(1)))
        # 季度终了后10日内: so many days after the period ends.
        return FrequencyReading(periods[0], deadline_days=days, deadline_day_type=day_type)
    if periods:
        return FrequencyReading()  # two periods named: the text says which, not a rule
    if days is not None:
        return FrequencyReading(Frequency.ON_EVENT, deadline_days=days, deadline_day_type=day_type)
    if _ANY_TIME.search(rule):
        return FrequencyReading(Frequency.IMMEDIATELY)
    return FrequencyReading()
