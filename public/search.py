"""Public search: what the index holds besides disclosures, and how a query finds it.

The index (:class:`SearchEntry`) holds one entry for each record the public may read now,
built from its approved snapshot: disclosures to society (kept by :mod:`disclosures.publishing`),
published power items (kind "item"), public risk points whose item is public or which have no
item ("risk") and public livelihood projects ("project"). Nothing else ever goes in, so the
search page cannot list a draft, a withdrawn record or one for the party or the unit only.

A query is split like the indexed text (:func:`bigram_terms`: 宅基地 → 宅基 基地) and
every term must match. On PostgreSQL the terms go through full-text search with the 'simple'
configuration, answered by the GIN index of migration 0003 (the expression here must stay the
one indexed there); a lone Chinese character is no term of the index, so it falls back to a
substring match on the text. On SQLite every term is a substring match. Counts stop at
COUNT_CAP; how a page is found (walking newest first or from the GIN index) is in
:func:`results_page`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial
from time import monotonic as time_now

from django.core.paginator import Paginator
from django.db import connection, transaction
from django.db.models import QuerySet, TextField, Value
from django.db.models.functions import Concat, StrIndex
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from disclosures.models import Disclosure
from disclosures.publishing import is_for_everyone, public_url
from powers.lifecycle import approved_snapshot, public_content_changed
from powers.models import PowerItem, Unit
from powers.public_cache import bump
from powers.sanitize import clean_html, html_to_text
from projects.models import Project
from risks.models import RiskPoint

from .models import SearchEntry

DISCLOSURE_KIND = "disclosure"
SNIPPET_CHARS = 120

# Han characters: the unified block, its extensions A to F and the compatibility forms.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_TOKEN = re.compile(rf"([{_CJK}]+)|((?:(?![{_CJK}])[^\W_])+)")


def bigram_terms(text: str) -> str:
    """The text as search terms: each run of Chinese characters as its overlapping pairs
    (宅基地审批 → 宅基 基地 地审 审批; a lone character stays as it is) and every other word
    lowercased; each term once, in order of first appearance."""
    terms: list[str] = []
    for han, word in _TOKEN.findall(text.lower()):
        if han:
            terms += [han] if len(han) == 1 else [han[i : i + 2] for i in range(len(han) - 1)]
        else:
            terms.append(word)
    return " ".join(dict.fromkeys(terms))


# The disclosures' entries ---------------------------------------------------------------------


def sync_disclosure(disclosure_id: int) -> SearchEntry | None:
    """Make the disclosure's search entry match what the public may read now."""
    disclosure = (
        Disclosure.objects.select_related("unit__township").filter(pk=disclosure_id).first()
    )
    entries = SearchEntry.objects.filter(kind=DISCLOSURE_KIND, object_id=disclosure_id)
    if (
        disclosure is None
        or not disclosure.published_data
        or not disclosure.unit.is_active
        or not is_for_everyone(disclosure)
    ):
        entries.delete()
        return None
    data = disclosure.published_data
    body = html_to_text(clean_html(data.get("body", "")))
    text = f"{data['title']} {body}".strip()
    entry, _created = SearchEntry.objects.update_or_create(
        kind=DISCLOSURE_KIND,
        object_id=disclosure.pk,
        defaults={
            "township": disclosure.unit.township,
            "unit": disclosure.unit,
            "title": data["title"][:300],
            "snippet": body[:SNIPPET_CHARS],
            "text": text,
            "terms": bigram_terms(text),
            "url": public_url(disclosure),
            "published_at": disclosure.published_at or timezone.now(),
        },
    )
    return entry


@receiver(public_content_changed, sender=Disclosure)
def keep_search_entry(sender, record, **kwargs) -> None:
    # Sent after commit with the instance the transition moved; the row decides.
    sync_disclosure(record.pk)


ITEM_KIND = "item"
RISK_KIND = "risk"
PROJECT_KIND = "project"
KIND_LABELS = {
    DISCLOSURE_KIND: _("公开事项"),
    ITEM_KIND: _("权力事项"),
    RISK_KIND: _("风险防控"),
    PROJECT_KIND: _("民生工程"),
}
PAGE_SIZE = 20
# The expression of the GIN index in migration 0003: PostgreSQL uses the index only for
# exactly this expression.
TSVECTOR_SQL = "to_tsvector('simple'::regconfig, terms)"
_SINGLE_HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]$")


def unit_page_url(unit: Unit, tab: str = "", anchor: str = "") -> str:
    url = reverse("public:unit_page", args=[unit.township.code, unit.code])
    return url + (f"?tab={tab}" if tab else "") + (f"#{anchor}" if anchor else "")


def _text(*parts: str) -> str:
    return " ".join(part.strip() for part in parts if part and part.strip())


def _store(kind: str, object_id: int, unit: Unit, *, title: str, text: str, url: str, when):
    """Write one entry; without a publication time an entry keeps the one it has (or now), so
    that rebuilding the index does not reorder it."""
    values = {
        "township_id": unit.township_id,
        "unit": unit,
        "title": title[:300],
        "snippet": text[:SNIPPET_CHARS],
        "text": text,
        "terms": bigram_terms(text),
        "url": url,
    }
    if when is not None:
        values["published_at"] = when
    entry, _created = SearchEntry.objects.update_or_create(
        kind=kind,
        object_id=object_id,
        defaults=values,
        create_defaults={**values, "published_at": when or timezone.now()},
    )
    return entry


# Indexers: each makes one record's entry match what the public may read now. ----------------


def sync_item(item_id: int) -> SearchEntry | None:
    item = PowerItem.objects.select_related("unit__township").filter(pk=item_id).first()
    entries = SearchEntry.objects.filter(kind=ITEM_KIND, object_id=item_id)
    data = approved_snapshot(item)
    if data is None or not item.unit.is_active:
        entries.delete()
        return None
    text = _text(
        data["name"],
        (data.get("category") or {}).get("name", ""),
        data.get("handling_post", ""),
        data.get("conditions", ""),
        data.get("time_limit", ""),
        data.get("service_commitment", ""),
        data.get("work_discipline", ""),
        data.get("complaint_channel", ""),
    )
    url = reverse("public:item_page", args=[item.unit.township.code, item.unit.code, item.code])
    return _store(
        ITEM_KIND,
        item.pk,
        item.unit,
        title=f"{data['code']} {data['name']}",
        text=text,
        url=url,
        when=item.published_at,
    )


def risk_is_public(point: RiskPoint) -> bool:
    """The public rule of the unit page's risk tab: public, not internal, and of a public item
    or of none."""
    return (
        point.is_public
        and not point.is_internal
        and approved_snapshot(point) is not None
        and point.unit.is_active
        and (point.item_id is None or point.item.is_public)
    )


def sync_risk(point_id: int) -> SearchEntry | None:
    point = RiskPoint.objects.select_related("unit__township", "item").filter(pk=point_id).first()
    entries = SearchEntry.objects.filter(kind=RISK_KIND, object_id=point_id)
    if point is None or not risk_is_public(point):
        entries.delete()
        return None
    data = approved_snapshot(point)
    measures = " ".join(m["measure"] for m in data.get("measures", []))
    text = _text(data["description"], data.get("post", ""), data.get("post_risk", ""), measures)
    title = _text(data.get("post", ""), data["description"][:60])
    return _store(
        RISK_KIND,
        point.pk,
        point.unit,
        title=title,
        text=text,
        url=unit_page_url(point.unit, "risks", f"risk-{point.pk}"),
        when=point.published_at,
    )


def project_url(project: Project) -> str:
    unit = project.unit
    code = project.published_data["code"]  # the approved code names the public page
    try:
        return reverse("projects:page", args=[unit.township.code, unit.code, code])
    except NoReverseMatch:  # no public project page: the unit's projects tab
        return unit_page_url(unit, "projects", f"project-{project.pk}")


def sync_project(project_id: int) -> SearchEntry | None:
    project = Project.objects.select_related("unit__township").filter(pk=project_id).first()
    entries = SearchEntry.objects.filter(kind=PROJECT_KIND, object_id=project_id)
    data = approved_snapshot(project)
    if data is None or not project.unit.is_active:
        entries.delete()
        return None
    text = _text(data["name"], data["description"], data["fund_source"], data["contractor"])
    return _store(
        PROJECT_KIND,
        project.pk,
        project.unit,
        title=data["name"],
        text=text,
        url=project_url(project),
        when=project.published_at,
    )


@receiver(public_content_changed, sender=PowerItem)
def keep_item_entry(sender, record, **kwargs) -> None:
    sync_item(record.pk)
    # The item's risk points are public only while the item is.
    for point_id in RiskPoint.objects.filter(item_id=record.pk).values_list("pk", flat=True):
        sync_risk(point_id)


@receiver(public_content_changed, sender=RiskPoint)
def keep_risk_entry(sender, record, **kwargs) -> None:
    sync_risk(record.pk)


def _project_changed(project_id: int, unit_id: int) -> None:
    sync_project(project_id)
    township_code = Unit.objects.filter(pk=unit_id).values_list("township__code", flat=True).first()
    if township_code:
        bump(township_code)


@receiver(public_content_changed, sender=Project)
def keep_project_entry(sender, record: Project, **kwargs) -> None:
    # Sent after commit when an approval or a withdrawal changes what the public reads
    # (public.signals expires the cached pages).
    sync_project(record.pk)


@receiver(post_delete, sender=Project)
def drop_project_entry(sender, instance: Project, **kwargs) -> None:
    transaction.on_commit(partial(_project_changed, instance.pk, instance.unit_id))


def rebuild() -> dict[str, int]:
    """Every entry again from the public snapshots; entries of records no longer public go.
    Idempotent: a second run changes nothing. Returns the number of entries of each kind."""
    from disclosures.models import Disclosure

    sources = {
        DISCLOSURE_KIND: (Disclosure, sync_disclosure),
        ITEM_KIND: (PowerItem, sync_item),
        RISK_KIND: (RiskPoint, sync_risk),
        PROJECT_KIND: (Project, sync_project),
    }
    counts = {}
    for kind, (model, sync) in sources.items():
        ids = sorted(model.objects.values_list("pk", flat=True))
        with transaction.atomic():
            SearchEntry.objects.filter(kind=kind).exclude(object_id__in=ids).delete()
            for pk in ids:
                sync(pk)
        counts[kind] = SearchEntry.objects.filter(kind=kind).count()
    return counts


def index_demo(township) -> None:
    """The demo's part of the index (demo extension: it publishes without the signals' commit)."""
    for item_id in PowerItem.objects.filter(unit__township=township).values_list("pk", flat=True):
        sync_item(item_id)
    for point_id in RiskPoint.objects.filter(unit__township=township).values_list("pk", flat=True):
        sync_risk(point_id)
    from disclosures.models import Disclosure

    for disclosure_id in Disclosure.objects.filter(unit__township=township).values_list(
        "pk", flat=True
    ):
        sync_disclosure(disclosure_id)
    for project_id in Project.objects.filter(unit__township=township).values_list("pk", flat=True):
        sync_project(project_id)


# Querying ------------------------------------------------------------------------------------


@dataclass
class Filters:
    unit: Unit | None = None
    kind: str = ""
    date_from: date | None = None
    date_to: date | None = None


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def query_terms(query: str) -> list[str]:
    return bigram_terms(query).split()[:10]


def _tsquery(terms: list[str]) -> str:
    # bigram_terms keeps word characters only, so quoting cannot be broken out of.
    return " & ".join(f"'{term}'" for term in terms)


def find(
    township_id: int, query: str, filters: Filters, *, by_index: bool = True
) -> QuerySet[SearchEntry]:
    """Entries of the township matching every term of the query and the filters, newest first.

    On PostgreSQL ``by_index`` matches the terms through the GIN index; without it each term is
    looked up as a whole word of the entry's ``terms`` (the same matches: ``terms`` is the
    indexed text, one term between each pair of spaces), which costs a microsecond a row where
    ``to_tsvector()`` costs a hundred or more: the way for walking rows in date order.
    """
    entries = SearchEntry.objects.filter(township_id=township_id)
    if filters.unit is not None:
        entries = entries.filter(unit=filters.unit)
    if filters.kind:
        entries = entries.filter(kind=filters.kind)
    # Local days as ranges of the indexed column (not published_at__date, which converts
    # every row's time before comparing and so cannot use the index).
    if filters.date_from:
        entries = entries.filter(published_at__gte=_start_of(filters.date_from))
    if filters.date_to and filters.date_to < date.max:
        entries = entries.filter(published_at__lt=_start_of(filters.date_to + timedelta(days=1)))
    terms = query_terms(query)
    if connection.vendor == "postgresql":
        indexed = [t for t in terms if not _SINGLE_HAN.match(t)]
        if indexed and by_index:
            entries = entries.extra(
                where=[f"{TSVECTOR_SQL} @@ to_tsquery('simple', %s)"], params=[_tsquery(indexed)]
            )
        elif indexed:
            padded = Concat(Value(" "), "terms", Value(" "), output_field=TextField())
            for n, term in enumerate(indexed):
                entries = entries.alias(**{f"at_{n}": StrIndex(padded, Value(f" {term} "))})
                entries = entries.filter(**{f"at_{n}__gt": 0})
        for term in terms:
            if _SINGLE_HAN.match(term):
                entries = entries.filter(text__icontains=term)
    else:
        for term in terms:
            entries = entries.filter(text__icontains=term)
    return entries.select_related("unit").order_by("-published_at", "-pk")


# Counts stop here: past it the page says "more than 1000" and the pager goes page by page.
COUNT_CAP = 1000
# On PostgreSQL a query matching up to this many entries may be ordered and counted in one pass
# over its matches from the GIN index (the rare way); it goes the walking way past it.
NEWEST_FIRST_UP_TO = 5000
# The last page the pager reaches (the first NEWEST_FIRST_UP_TO results): a larger ?page= is
# read as this one, so that its OFFSET neither overflows on PostgreSQL nor walks far.
MAX_PAGE = NEWEST_FIRST_UP_TO // PAGE_SIZE


class OpenEndedPage:
    """A page of results counted only up to COUNT_CAP: it knows whether a next page exists,
    not how many pages there are. Reads like a Paginator's page in the template."""

    capped = True

    def __init__(self, object_list: list, number: int, has_next: bool):
        self.object_list = object_list
        self.number = number
        self._has_next = has_next
        self.count = COUNT_CAP

    def has_next(self) -> bool:
        return self._has_next and self.number < MAX_PAGE

    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_next() or self.has_previous()

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


def _page_number(number) -> int:
    try:
        return min(MAX_PAGE, max(1, int(number or 1)))
    except (TypeError, ValueError):
        return 1


def results_page(township_id: int, query: str, filters: Filters, number=None):
    """The search page's work: one page of results, presented, and the page with its count
    (exact up to COUNT_CAP, an :class:`OpenEndedPage` past it).

    Results are walked newest first (:func:`_walked_page`) along the indexes of migration 0006,
    stopping once the page and the capped count are known: cheap under any filter when the
    word is common (公示, in nearly every notice). On PostgreSQL a rarer word
    among many entries takes the GIN index: for the count only (低保, a few percent: the page
    is still walked), or for the page as well when it is so rare that walking to a page would
    pass thousands of rows (:func:`_gathered_page`). The benchmark (public/bench.py)
    times exactly this.
    """
    terms = query_terms(query)
    page = None
    if connection.vendor == "postgresql" and terms:
        share = _word_share(township_id, query)
        if share < SHARE_TO_WALK:
            if share < SHARE_TO_WALK_PAGE:
                page = _gathered_page(find(township_id, query, filters), number)
            else:
                capped = find(township_id, query, filters).order_by()[: COUNT_CAP + 1].count()
                page = _walked_page(
                    find(township_id, query, filters, by_index=False), number, capped
                )
    if page is None:
        page = _walked_page(find(township_id, query, filters, by_index=False), number)
    return page, [present(entry, terms) for entry in page.object_list]


# Walking serves a word in at least this share of the township's entries (about cap ÷ share
# rows to count to the cap); a word in at least the second share has its page walked (about
# 20 ÷ share rows) and its count from the index; a rarer one is gathered from the index.
SHARE_TO_WALK = 0.10
SHARE_TO_WALK_PAGE = 0.01
# The planner's share of a word, kept a while per township and query: it changes slowly.
_SHARES: dict[tuple[int, str], tuple[float, float]] = {}
SHARE_SECONDS = 600


def _estimated_rows(entries: QuerySet) -> float:
    sql, params = entries.order_by().values("id").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        (plan,) = cursor.fetchone()
    if isinstance(plan, str):
        plan = json.loads(plan)
    return float(plan[0]["Plan"]["Plan Rows"])


def _word_share(township_id: int, query: str) -> float:
    """The planner's estimate of the share of the township's entries matching the query."""
    key = (township_id, " ".join(query_terms(query)))
    now = time_now()
    cached = _SHARES.get(key)
    if cached and cached[1] > now:
        return cached[0]
    matching = _estimated_rows(find(township_id, query, Filters()))
    entries = _estimated_rows(find(township_id, "", Filters()))
    share = matching / entries if entries else 0.0
    if len(_SHARES) > 4096:
        _SHARES.clear()
    _SHARES[key] = (share, now + SHARE_SECONDS)
    return share


def _load(ids: list[int]) -> list[SearchEntry]:
    loaded = SearchEntry.objects.select_related("unit").in_bulk(ids)
    return [loaded[pk] for pk in ids if pk in loaded]  # one withdrawn meanwhile


def _walked_page(entries: QuerySet[SearchEntry], number, counted: int | None = None):
    """The page by walking the matches newest first. The count stops at COUNT_CAP + 1, read
    on the walk unless ``counted`` gives it."""
    wanted = _page_number(number)
    ids = entries.values_list("id", flat=True)
    walked = list(ids[: COUNT_CAP + 1]) if counted is None else None
    total = len(walked) if walked is not None else counted
    if total <= COUNT_CAP:
        page = Paginator(range(total), PAGE_SIZE).get_page(wanted)
        start = (page.number - 1) * PAGE_SIZE
        if walked is None:
            walked_ids = list(ids[start : start + PAGE_SIZE])
        else:
            walked_ids = walked[start : start + PAGE_SIZE]
        page.object_list = _load(walked_ids)
        page.capped = False
        return page
    start = (wanted - 1) * PAGE_SIZE
    if walked is not None and start + PAGE_SIZE < len(walked):
        window = walked[start : start + PAGE_SIZE + 1]
    else:  # walk on to this page
        window = list(ids[start : start + PAGE_SIZE + 1])
        if not window:  # past the last page: how far the walk goes is not known, go back
            wanted, window = 1, list(ids[: PAGE_SIZE + 1])
    return OpenEndedPage(_load(window[:PAGE_SIZE]), wanted, len(window) > PAGE_SIZE)


def _gathered_page(entries: QuerySet[SearchEntry], number):
    """The page of matches from the GIN index on PostgreSQL, or None when there are too many.

    ``ORDER BY published_at DESC LIMIT 20`` is not left to the planner: it takes to_tsvector()
    for cheap and walks the published_at index computing it for every row it passes (seconds
    when a filter makes matches rare), and the page's count would read every match again.
    Here the matches come from the GIN index in a subquery the planner keeps apart, and one
    query sorts them and counts them (a window) and returns the page's ids; a second loads the
    page's entries. Dates are sorted in the database: reading thousands into Python costs more
    than the search.
    """
    matches, params = (
        entries.order_by().values_list("id", "published_at")[: NEWEST_FIRST_UP_TO + 1]
    ).query.sql_with_params()
    sql = (
        f"SELECT id, count(*) OVER () FROM ({matches}) AS matches (id, published_at) "
        "ORDER BY published_at DESC, id DESC LIMIT %s OFFSET %s"
    )

    def page_rows(page_number: int) -> list[tuple[int, int]]:
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, PAGE_SIZE + 1, (page_number - 1) * PAGE_SIZE])
            return cursor.fetchall()

    wanted = _page_number(number)
    rows = page_rows(wanted)
    if rows:
        total = rows[0][1]
    else:  # past the last page, or nothing found: count on its own
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM ({matches}) AS matches", params)
            total = cursor.fetchone()[0]
    if total > NEWEST_FIRST_UP_TO:
        return None
    if total > COUNT_CAP:
        if not rows:
            wanted, rows = 1, page_rows(1)
        ids = [pk for pk, _total in rows]
        return OpenEndedPage(_load(ids[:PAGE_SIZE]), wanted, len(ids) > PAGE_SIZE)
    page = Paginator(range(total), PAGE_SIZE).get_page(wanted)
    if page.number != wanted:
        rows = page_rows(page.number)
    page.object_list = _load([pk for pk, _total in rows][:PAGE_SIZE])
    page.capped = False
    return page


def highlight(text: str, terms: list[str], width: int = SNIPPET_CHARS) -> SafeString:
    """A window of the text around the first match, escaped, with the matched terms marked
    (overlapping matches of 宅基 and 基地 in 宅基地 make one mark)."""
    lowered = text.lower()
    found = [lowered.find(term) for term in terms if term in lowered]
    start = max(0, min(found) - width // 4) if found else 0
    window = text[start : start + width]
    spans: list[list[int]] = []
    for term in terms:
        spans += [[m.start(), m.end()] for m in re.finditer(re.escape(term), window.lower())]
    merged: list[list[int]] = []
    for begin, end in sorted(spans):
        if merged and begin <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([begin, end])
    parts, at = ["…" if start else ""], 0
    for begin, end in merged:
        parts += [escape(window[at:begin]), "<mark>", escape(window[begin:end]), "</mark>"]
        at = end
    parts += [escape(window[at:]), "…" if start + width < len(text) else ""]
    return mark_safe("".join(parts))


def present(entry: SearchEntry, terms: list[str]) -> dict:
    return {
        "title": entry.title,
        "url": entry.url,
        "kind": entry.kind,
        "kind_label": KIND_LABELS.get(entry.kind, entry.kind),
        "unit": entry.unit.name,
        "published_at": entry.published_at,
        "snippet": highlight(entry.text, terms),
    }
