"""The demo township's catalogs and disclosures (``powers.demo``).

Registered in ``powers.demo.DEMO_EXTENSIONS`` by the app config, before the search index is
built, so it runs inside the demo's loading transaction once units, posts and items exist. As
in the rest of the demo, each row is written by its people: the unit's clerk keeps the catalog,
writes the disclosures; the unit head confirms and the
township reviewer approves (through :func:`disclosures.publishing.approve`, as the review page
does, so a disclosure with a later ``publish_at`` waits). Livelihood projects and the public's
feedback are loaded after these by their own apps (``projects.demo``, ``feedback.demo``), with
:func:`demo_units` and :func:`write_disclosure`.
"""

from __future__ import annotations

import datetime as dt
import re
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.models import User
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Max
from django.utils import timezone
from django.utils.html import escape

from powers.demo import _walk
from powers.lifecycle import save_edit
from powers.models import PowerItem, RoleAssignment, Township, Unit
from powers.permissions import ROLE_PERMISSIONS
from powers.sanitize import clean_html

from . import demo_data
from .models import Audience, Channel, Disclosure, DisclosureDomain, DisclosureObligation
from .publishing import approve

REVIEWER_PERMS = ROLE_PERMISSIONS[RoleAssignment.Role.REVIEWER]


QUARTERS = "一二三四"


class DemoCalendar(dict):
    """The demo's dates in words, laid out from the day it is loaded, so that its texts agree
    with its dated facts whatever the date: ``{year}`` 2026, ``{last_month}`` 2026年11月 (the
    month whose accounts are published now), ``{prev_month}`` 11月, ``{quarter}`` 2026年第四季度,
    ``{last_quarter}`` 2026年第三季度, ``{school_year}`` 2026—2027, ``{day-4}`` the month and day
    four days ago (12月3日), ``{date-20}`` the same with its year (2026年11月17日)."""

    def __init__(self, today: dt.date):
        last_month = today.replace(day=1) - timedelta(days=1)
        quarter = (today.month - 1) // 3
        last_quarter_year, last_quarter = (
            (today.year, quarter - 1) if quarter else (today.year - 1, 3)
        )
        school_start = today.year if today.month >= 9 else today.year - 1
        super().__init__(
            year=f"{today.year}",
            last_month=f"{last_month.year}年{last_month.month}月",
            prev_month=f"{last_month.month}月",
            quarter=f"{today.year}年第{QUARTERS[quarter]}季度",
            last_quarter=f"{last_quarter_year}年第{QUARTERS[last_quarter]}季度",
            school_year=f"{school_start}—{school_start + 1}",
        )
        self.today = today
        # The catalogs took effect on the first of the month before last: every periodic
        # matter has owed at least one period, so a unit that published nothing is overdue.
        month_before_last = last_month.replace(day=1) - timedelta(days=1)
        self.catalogs_effective = month_before_last.replace(day=1)

    def __missing__(self, key: str) -> str:
        match = re.fullmatch(r"(day|date)([+-]\d+)", key)
        if match is None:
            raise KeyError(key)
        day = self.today + timedelta(days=int(match[2]))
        words = f"{day.month}月{day.day}日"
        return f"{day.year}年{words}" if match[1] == "date" else words

    def fill(self, text: str) -> str:
        return text.format_map(self)


def _community(text: str) -> str:
    for village_word, community_word in demo_data.COMMUNITY_WORDS:
        text = text.replace(village_word, community_word)
    return text


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def _money(value: str) -> str:
    return f"{Decimal(value):,.2f}" if value else ""


def accounts_table(rows: list[tuple[str, str, str, str]]) -> str:
    """A month's accounts as a table, with the totals and the balance."""
    income = sum((Decimal(r[1]) for r in rows if r[1]), Decimal(0))
    spending = sum((Decimal(r[2]) for r in rows if r[2]), Decimal(0))
    head = "".join(f"<th>{name}</th>" for name in ("科目", "收入（元）", "支出（元）", "备注"))
    body = "".join(
        "<tr>"
        + "".join(f"<td>{escape(cell)}</td>" for cell in (name, _money(i), _money(s), note))
        + "</tr>"
        for name, i, s, note in rows
    )
    total = (
        f"<tr><td><strong>合计</strong></td><td>{income:,.2f}</td><td>{spending:,.2f}</td>"
        f"<td>本月结余 {income - spending:,.2f}</td></tr>"
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}{total}</tbody></table>"


class DemoUnit:
    """One unit's people, posts, items and catalog, as the demo needs them."""

    def __init__(self, unit: Unit, reviewer: User, calendar: DemoCalendar):
        self.unit = unit
        self.calendar = calendar
        self.clerk = User.objects.get(username=f"{unit.code}-clerk")
        self.head = User.objects.get(username=f"{unit.code}-head")
        self.people = {"clerk": self.clerk, "head": self.head, "reviewer": reviewer}
        self.posts = {post.name: post for post in unit.posts.all()}
        self.items = {item.code: item for item in PowerItem.objects.filter(unit=unit)}
        self.obligations: dict[str, DisclosureObligation] = {}
        self.is_community = unit.kind == Unit.Kind.COMMUNITY

    def text(self, value: str) -> str:
        value = self.calendar.fill(value)
        return _community(value) if self.is_community else value

    def item_list(self, codes: list[str]) -> list[PowerItem]:
        missing = [code for code in codes if code not in self.items]
        if missing:
            raise ImproperlyConfigured(f"disclosures.demo_data: {self.unit.code} has no {missing}")
        return [self.items[code] for code in codes]

    def objection_contact(self) -> str:
        if self.unit.is_village:
            return self.text(
                f"{self.unit.name}村务监督委员会，电话 {self.unit.phone}；"
                "或在本页“监督评议”留言，10日内答复"
            )
        return f"{self.unit.name}办公室，电话 {self.unit.phone}；或在本页“监督评议”留言"


def _channels(codes: list[str]) -> list[Channel]:
    return list(Channel.objects.filter(code__in=codes))


def _domain(township: Township, name: str, user: User) -> DisclosureDomain:
    domain = DisclosureDomain.objects.filter(township=township, name=name).first()
    if domain is None:
        last = township.disclosure_domains.aggregate(last=Max("order"))["last"] or 0
        domain = DisclosureDomain(township=township, name=name, order=last + 10)
        domain._history_user = user
        domain.save()
    return domain


def _create_catalog(entry: DemoUnit, catalog: dict[str, dict]) -> None:
    unit = entry.unit
    level = (
        DisclosureObligation.Level.VILLAGE
        if unit.is_village
        else DisclosureObligation.Level.TOWNSHIP
    )
    channels = _channels(
        demo_data.VILLAGE_CHANNELS if unit.is_village else demo_data.PILOT_CHANNELS
    )
    if unit.is_village:
        channels += Channel.objects.filter(
            township=unit.township, name__in=demo_data.VILLAGE_OWN_CHANNELS
        )
    discloser = demo_data.VILLAGE_DISCLOSER if unit.is_village else unit.name
    for place, (key, spec) in enumerate(catalog.items(), start=1):
        post_name = spec["post"]
        if entry.is_community:
            post_name = demo_data.COMMUNITY_POSTS.get(post_name, post_name)
        if post_name not in entry.posts:
            raise ImproperlyConfigured(f"disclosures.demo_data: {unit.code} has no {post_name}")
        frequency = spec["frequency"]
        default_text = str(DisclosureObligation.Frequency(frequency).label) if frequency else ""
        obligation = DisclosureObligation(
            unit=unit,
            position=str(place),
            sort_order=place * 10,
            catalog_domain=_domain(unit.township, entry.text(spec["domain"]), entry.clerk),
            matter=entry.text(spec["matter"]),
            sub_matter=entry.text(spec["sub_matter"]),
            content_elements=entry.text(spec["content_elements"]),
            basis=spec["basis"],
            frequency_text=spec.get("frequency_text", default_text),
            frequency=frequency,
            deadline_day=spec["deadline_day"],
            deadline_days=spec.get("deadline_days"),
            deadline_day_type=spec.get("deadline_day_type", ""),
            deadline_rule=spec["deadline_rule"],
            discloser=entry.text(spec.get("discloser", discloser)),
            responsible_post=entry.posts[post_name],
            audience=Audience.SOCIETY,
            levels=spec.get("levels", [level]),
            category=spec["category"],
            effective_from=entry.calendar.catalogs_effective,
        )
        obligation.full_clean()
        obligation._history_user = entry.clerk
        obligation._change_reason = "编制公开目录"
        obligation.save()
        obligation.channels.set(channels)
        entry.obligations[key] = obligation


def write_disclosure(entry: DemoUnit, spec: dict, *, today: dt.date, project=None) -> Disclosure:
    """The clerk's draft of a disclosure, then the review to the stage the demo wants."""
    unit = entry.unit
    body = _paragraphs([entry.text(text) for text in spec["body"]])
    if spec.get("accounts"):
        body += accounts_table(demo_data.ACCOUNTS[unit.code.upper()])
    publicity = spec.get("publicity")
    stage = spec["stage"]
    disclosure = Disclosure(
        unit=unit,
        title=entry.text(spec["title"]),
        category=spec["category"],
        body=clean_html(body),
        audience=spec.get("audience", Audience.SOCIETY),
        publicity_start=today + timedelta(days=publicity[0]) if publicity else None,
        publicity_end=today + timedelta(days=publicity[1]) if publicity else None,
        objection_contact=entry.objection_contact() if publicity else "",
        obligation=entry.obligations.get(spec.get("obligation", "")),
        project=project,
    )
    if stage == "scheduled":
        day = today + timedelta(days=spec["publish_in_days"])
        disclosure.publish_at = timezone.make_aware(dt.datetime.combine(day, dt.time(8)))
    disclosure.full_clean()
    channels = _channels(
        spec.get("channels")
        or (demo_data.VILLAGE_CHANNELS if unit.is_village else demo_data.PILOT_CHANNELS)
    )
    items = entry.item_list(spec.get("items", []))

    def relations(saved: Disclosure) -> None:
        saved.channels.set(channels)
        saved.related_items.set(items)

    save_edit(disclosure, user=entry.clerk, expected_version=None, children=[relations])
    if stage in {"draft", "submitted"}:
        _walk(disclosure, stage, "", entry.people)
        return disclosure
    if stage not in {"published", "scheduled"}:
        raise ImproperlyConfigured(f"disclosures.demo_data: unknown stage {stage}")
    _walk(disclosure, "confirmed", "", entry.people)
    held = approve(disclosure, user=entry.people["reviewer"], perms=REVIEWER_PERMS)
    if held != (stage == "scheduled"):
        raise ImproperlyConfigured(f"disclosures.demo_data: {spec['title']} not {stage}")
    return disclosure


def load_demo_disclosures(township: Township) -> None:
    """Every unit's catalog and the disclosures (once)."""
    if DisclosureObligation.objects.filter(unit__township=township).exists():
        return
    reviewer = User.objects.get(username="reviewer")
    today = timezone.localdate()
    calendar = DemoCalendar(today)
    entries: dict[str, DemoUnit] = {}
    for unit in Unit.objects.filter(township=township).order_by("code"):
        entry = DemoUnit(unit, reviewer, calendar)
        code = unit.code.upper()
        catalog = (
            demo_data.VILLAGE_CATALOG if unit.is_village else demo_data.PILOT_CATALOGS.get(code, {})
        )
        _create_catalog(entry, catalog)
        entries[code] = entry

    for spec in demo_data.DISCLOSURES:
        write_disclosure(entries[spec["unit"]], spec, today=today)


def demo_units(township: Township) -> dict[str, DemoUnit]:
    """Each unit of the demo township with its people, items and loaded catalog, by code."""
    reviewer = User.objects.get(username="reviewer")
    calendar = DemoCalendar(timezone.localdate())
    entries = {}
    for unit in Unit.objects.filter(township=township).order_by("code"):
        entry = DemoUnit(unit, reviewer, calendar)
        catalog = (
            demo_data.VILLAGE_CATALOG
            if unit.is_village
            else demo_data.PILOT_CATALOGS.get(unit.code.upper(), {})
        )
        for key, spec in catalog.items():
            entry.obligations[key] = DisclosureObligation.objects.get(
                unit=unit,
                matter=entry.text(spec["matter"]),
                sub_matter=entry.text(spec["sub_matter"]),
            )
        entries[unit.code.upper()] = entry
    return entries
