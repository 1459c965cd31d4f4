"""Reading a time limit as published lists write it (办理时限 / 承诺时限).

Catalogs write time limits in words: ``即办``, ``立办``, ``1工作日``,
``法定20个工作日，承诺10个工作日``, ``自受理之日起30个工作日内办结``, ``公示期满后5个工作日内``,
``方案公示不少于7日``, ``15日以上``. The
catalog keeps that text as written (the public sees it); :func:`parse_time_limit` reads what it
can of it into structured values, so that lists can sort and checks can count, and leaves out
what it cannot read rather than guess: a text with several unrelated periods (``招标公告期不少于
5个工作日；中标结果公示3个工作日``) gives no days at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WORKING = "working"
CALENDAR = "calendar"

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
NUMBER = r"\d+|[零〇一二两三四五六七八九十百]+"
# A period: a number and its unit, 工作日 (working days) or 日/天/自然日 (calendar days).
# A number after 月 is a day of the month (每季度的首个月20日), not a period.
_PERIOD = re.compile(
    rf"(?<![月\d零〇一二两三四五六七八九十百])({NUMBER})\s*(?:个)?\s*(工作日|自然日|日|天)"
)
# An extension (可延长至45个工作日) is not the time limit itself: the text keeps it.
_EXTENSION = re.compile(
    rf"(?:可|最长)?延长(?:至|到)?\s*(?:{NUMBER})\s*(?:个)?\s*(?:工作日|自然日|日|天)"
)
_IMMEDIATE = re.compile(r"即办|立办|当场办结|当场办理")
_MINIMUM = re.compile(r"以上|不少于|不得少于|至少")
_STATUTORY = re.compile(rf"法定(?:时限|期限)?[:：]?\s*({NUMBER})\s*(?:个)?\s*(工作日|自然日|日|天)")
_PROMISED = re.compile(rf"承诺(?:时限|期限)?[:：]?\s*({NUMBER})\s*(?:个)?\s*(工作日|自然日|日|天)")
# What the period is counted from: 自受理之日起, 信息形成或变更之日起, 公示期满后, 收到申请后.
_FROM_DATE = re.compile(r"自?([^，,；;。：:\s\d]{1,20}?)之日起")
_FROM_AFTER = re.compile(r"([^，,；;。：:\s\d]{2,20}?)后")


@dataclass(frozen=True)
class TimeLimit:
    """What a written time limit says, as far as it can be read; ``None``/empty where not."""

    immediate: bool = False
    statutory_days: int | None = None
    days: int | None = None
    day_type: str = ""
    counted_from: str = ""
    minimum: bool = False


def number(text: str) -> int | None:
    """``20``, ``二十`` or ``十五`` as a number; None for anything else."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def _day_type(unit: str) -> str:
    return WORKING if unit == "工作日" else CALENDAR


def _counted_from(text: str) -> str:
    match = _FROM_DATE.search(text) or _FROM_AFTER.search(text)
    if not match:
        return ""
    event = match.group(1)
    return event[1:] if event.startswith("自") else event


def parse_time_limit(text: str) -> TimeLimit:
    """Read ``text`` (a time limit as written) into a :class:`TimeLimit`."""
    text = (text or "").strip()
    if not text:
        return TimeLimit()
    immediate = bool(_IMMEDIATE.search(text))
    minimum = bool(_MINIMUM.search(text))
    counted_from = _counted_from(text)
    statutory = _STATUTORY.search(text)
    promised = _PROMISED.search(text)
    statutory_days = number(statutory.group(1)) if statutory else None
    days, day_type = None, ""
    if promised:
        days, day_type = number(promised.group(1)), _day_type(promised.group(2))
    elif statutory:
        day_type = _day_type(statutory.group(2))
    else:
        periods = _PERIOD.findall(_EXTENSION.sub("", text))
        if len(periods) == 1:
            days, day_type = number(periods[0][0]), _day_type(periods[0][1])
    if days is None and statutory_days is None:
        minimum = False  # 不少于 of no period this text could name
    return TimeLimit(
        immediate=immediate,
        statutory_days=statutory_days,
        days=days,
        day_type=day_type,
        counted_from=counted_from,
        minimum=minimum,
    )


# --- counting days: Monday to Friday are working days (public holidays are not known) -----


def working_days_between(start: date, end: date) -> int:
    """Monday-to-Friday days after ``start`` up to and including ``end``."""
    if end <= start:
        return 0
    full_weeks, rest = divmod((end - start).days, 7)
    days = full_weeks * 5
    for offset in range(1, rest + 1):
        if (start + timedelta(days=offset)).weekday() < 5:
            days += 1
    return days


def days_between(start: date, end: date, day_type: str) -> int:
    if day_type == WORKING:
        return working_days_between(start, end)
    return max((end - start).days, 0)


def add_days(start: date, days: int, day_type: str) -> date:
    """The last day within ``days`` (working or calendar) days after ``start``."""
    if day_type != WORKING:
        return start + timedelta(days=days)
    current, left = start, days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current
