"""Benchmark rows of the disclosures app: public search over 100,000 published disclosures and
the public disclosure page's rate against the trivial view.

The search corpus is a township of its own (``<prefix>-search``) holding published disclosures
to society, written in bulk without history as powers/bench.py writes its items, each with the
search entry publishing would give it (:func:`search.sync_disclosure` builds the same
text and terms; the entry is derived from the snapshot). It is written in one transaction, so
a township that exists is complete and a second run reuses it.
"""

from __future__ import annotations

import random
import statistics
import time
from dataclasses import dataclass
from datetime import timedelta

from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from disclosures.models import Audience, Disclosure
from powers.bench import (
    TRIVIAL_PATH,
    BenchContext,
    Row,
    Scale,
    _errors_text,
    bench_county,
    register,
)
from powers.history import job_context
from powers.lifecycle import Status
from powers.models import Township, Unit
from powers.public_cache import bump
from powers.sanitize import clean_html, html_to_text

from . import search
from .models import SearchEntry

SEARCH_RECORDS = {"full": 100_000, "small": 300}
# A full-sized corpus on SQLite would take the bench minutes to search by substring and proves
# nothing about the goal, which is PostgreSQL's; SQLite gets a corpus of this size.
SQLITE_RECORDS = 10_000
SEARCH_UNITS = 20
# Two rare words and a common one (公示: in nearly every notice; its count stops at the cap).
SEARCH_QUERIES = ("低保", "宅基", "公示")
SEARCH_P95_GOAL_MS = 50.0
SEARCH_SAMPLES = {"full": 200, "small": 10}  # timed searches per query, after the warm-up
PUBLIC_RATIO_GOAL = 0.7
SEED_CHUNK = 2000


def search_township_code(scale: Scale) -> str:
    return f"{scale.code_prefix}-search"


def corpus_size(scale: Scale) -> int:
    size = SEARCH_RECORDS.get(scale.name, SEARCH_RECORDS["small"])
    return size if connection.vendor == "postgresql" else min(size, SQLITE_RECORDS)


# --- the corpus ------------------------------------------------------------------------------

# Topics of everyday village disclosures. Only the first two groups hold 低保 or 宅基, and
# they are drawn rarely, so a query matches a realistic few percent of the corpus, as it would
# on a real township's site; the rest never contain either bigram.
MINIMUM_LIVING = [
    "农村低保对象评议结果",
    "低保户动态调整情况",
    "城乡低保资金发放",
    "低保边缘户认定",
]
HOMESTEAD = ["农村宅基地审批结果", "宅基地复垦项目进展", "宅基地确权登记", "宅基地使用权流转"]
EVERYDAY = [
    "村集体资产处置结果",
    "惠农补贴资金发放",
    "农村危房改造",
    "村级财务收支",
    "通村道路硬化工程进展",
    "农田水利设施建设",
    "村干部任免",
    "优秀共产党员表彰",
    "困难群众医疗救助",
    "城乡居民养老保险缴费",
    "退耕还林补助兑现",
    "土地承包经营权流转",
    "集体经济收益分配方案",
    "人居环境整治",
    "农村饮水安全工程",
    "临时救助审批",
    "党费收缴使用",
    "公益性岗位聘用",
    "耕地地力保护补贴",
    "村务监督委员会换届选举",
    "村规民约修订",
    "防汛物资采购",
    "护林员选聘",
    "一事一议筹资筹劳",
]
KINDS_OF_NOTICE = ["公示", "公告", "情况公开", "结果公示", "通报"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["建国", "秀英", "桂兰", "志强", "玉梅", "国华", "春生", "丽娟", "德明", "海燕"]
GROUPS = ["一", "二", "三", "四", "五", "六", "七", "八"]
SENTENCES = [
    "经{month}月{day}日村民代表会议讨论通过，现将有关情况公示如下。",
    "本次共涉及农户{households}户，金额合计{amount}元，资金来源为上级专项资金。",
    "{name}，{group}组村民，经村两委初审、乡镇审核，符合相关条件。",
    "公示期为七个工作日，如有异议，请向村务监督委员会或乡纪委反映。",
    "监督电话：0{phone}，受理时间为工作日上午八时至下午五时。",
    "以上事项已按程序报乡人民政府备案，接受全体村民监督。",
    "具体明细已在村务公开栏张贴，群众可到村便民服务站查阅。",
    "施工单位为{name}建筑队，目前已完成工程量的{percent}%。",
]
MENTIONS = {  # a few everyday notices mention a topic in passing
    "低保": "其中含低保户{households}户，已按政策优先安排。",
    "宅基": "涉及宅基地的部分另行公示。",
}


def _notice(rng: random.Random, unit_name: str) -> tuple[str, str, str]:
    """A disclosure's title, category and HTML body."""
    draw = rng.random()
    if draw < 0.03:
        topic, category = rng.choice(MINIMUM_LIVING), Disclosure.Category.EXECUTION
    elif draw < 0.05:
        topic, category = rng.choice(HOMESTEAD), Disclosure.Category.DECISION
    else:
        topic = rng.choice(EVERYDAY)
        category = rng.choice(Disclosure.Category.values)
    title = f"{unit_name}关于{topic}的{rng.choice(KINDS_OF_NOTICE)}"
    values = {
        "month": rng.randint(1, 12),
        "day": rng.randint(1, 28),
        "households": rng.randint(2, 60),
        "amount": rng.randint(1, 900) * 100,
        "name": rng.choice(SURNAMES) + rng.choice(GIVEN),
        "group": rng.choice(GROUPS),
        "phone": rng.randint(100_000_000, 999_999_999),
        "percent": rng.randint(5, 95),
    }
    sentences = [f"关于{topic}：" + SENTENCES[0], *rng.sample(SENTENCES[1:], 3)]
    mention = rng.random()
    if mention < 0.01:
        sentences.append(MENTIONS["低保"])
    elif mention < 0.015:
        sentences.append(MENTIONS["宅基"])
    body = "".join(f"<p>{sentence.format(**values)}</p>" for sentence in sentences)
    return title, category, body


def _snapshot(title: str, category: str, body: str) -> dict:
    """What Disclosure.public_snapshot() gives for a disclosure without channels, items or files."""
    return {
        "title": title,
        "category": str(Disclosure.Category(category).label),
        "category_code": category,
        "body": body,
        "audience": Audience.SOCIETY,
        "channels": [],
        "publicity_start": "",
        "publicity_end": "",
        "objection_contact": "",
        "related_items": [],
        "attachments": [],
    }


@dataclass
class CorpusSeed:
    records: int  # published disclosures in the search township
    created: bool
    seconds: float


def seed_search_corpus(scale: Scale) -> CorpusSeed:
    """The search township with its published disclosures and their entries, once."""
    started = time.perf_counter()
    code = search_township_code(scale)
    township = Township.objects.filter(code=code).first()
    created = township is None
    if created:
        with job_context("bench seed"), transaction.atomic():
            township = _seed_corpus(code, corpus_size(scale))
        bump(code)  # as a publication does, so no stale page of a reused code is served
        _refresh_statistics()
    records = SearchEntry.objects.filter(township=township).count()
    return CorpusSeed(records, created, time.perf_counter() - started)


def _seed_corpus(code: str, size: int) -> Township:
    rng = random.Random(size)  # the same corpus every time for a size
    now = timezone.now()
    township = Township(name="基准测试检索乡", code=code, county=bench_county())
    township.save()  # one by one, as powers/bench.py does: its post_save adds the categories
    units = Unit.objects.bulk_create(
        Unit(
            township=township,
            code=f"{code}-v{n:02d}",
            name=f"检索{n:02d}村",
            kind=Unit.Kind.VILLAGE,
            first_responsible="李四",
            first_responsible_title="村党支部书记",
            phone="0000-0000000",
        )
        for n in range(1, SEARCH_UNITS + 1)
    )
    for first in range(0, size, SEED_CHUNK):
        disclosures = []
        for n in range(first, min(size, first + SEED_CHUNK)):
            unit = units[n % len(units)]
            title, category, body = _notice(rng, unit.name)
            published = now - timedelta(seconds=rng.randrange(3 * 365 * 24 * 3600))
            disclosures.append(
                Disclosure(
                    unit=unit,
                    title=title,
                    category=category,
                    body=body,
                    audience=Audience.SOCIETY,
                    status=Status.PUBLISHED,
                    is_public=True,
                    published_version=1,
                    published_data=_snapshot(title, category, body),
                    published_at=published,
                    first_approved_at=published,
                )
            )
        Disclosure.objects.bulk_create(disclosures)
        SearchEntry.objects.bulk_create(_entry(d, township) for d in disclosures)
    return township


def _refresh_statistics() -> None:
    """Let the planner know the corpus at once, as autovacuum would in a while: without it, it
    plans the first searches for the empty tables it last saw."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for table in (SearchEntry._meta.db_table, Disclosure._meta.db_table):
            # VACUUM also marks the pages all-visible; it cannot run inside a transaction.
            command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            cursor.execute(f"{command} {connection.ops.quote_name(table)}")


def _entry(disclosure: Disclosure, township: Township) -> SearchEntry:
    """The entry search.sync_disclosure writes for the disclosure."""
    data = disclosure.published_data
    body = html_to_text(clean_html(data["body"]))
    text = f"{data['title']} {body}".strip()
    unit = disclosure.unit
    return SearchEntry(
        kind=search.DISCLOSURE_KIND,
        object_id=disclosure.pk,
        township=township,
        unit=unit,
        title=data["title"][:300],
        snippet=body[: search.SNIPPET_CHARS],
        text=text,
        terms=search.bigram_terms(text),
        url=reverse("public:disclosure_page", args=[township.code, unit.code, disclosure.pk]),
        published_at=disclosure.published_at,
    )


# --- search latency --------------------------------------------------------------------------


def _filter_sets(township: Township) -> list[tuple[str, search.Filters]]:
    """No filter, each filter of the search page alone, and all of them together."""
    unit = Unit.objects.filter(township=township).order_by("code").first()
    today = timezone.localdate()
    recent = today - timedelta(days=90)
    return [
        ("none", search.Filters()),
        ("unit", search.Filters(unit=unit)),
        ("type", search.Filters(kind=search.DISCLOSURE_KIND)),
        ("date", search.Filters(date_from=recent, date_to=today)),
        (
            "all",
            search.Filters(unit=unit, kind=search.DISCLOSURE_KIND, date_from=recent, date_to=today),
        ),
    ]


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def time_searches(township: Township, query: str, samples: int) -> list[float]:
    """Milliseconds of ``search.results_page`` (what the search page asks of the database:
    the count, the first page and its snippets), cycling through the filter sets."""
    filter_sets = _filter_sets(township)
    for _name, filters in filter_sets:  # warm-up: plans, the index's pages in memory
        search.results_page(township.pk, query, filters)
    timings = []
    for n in range(samples):
        _name, filters = filter_sets[n % len(filter_sets)]
        started = time.perf_counter()
        search.results_page(township.pk, query, filters)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


@register
def search_latency_rows(ctx: BenchContext) -> list[Row]:
    """p50/p95 of public search for two-character words over the search township's corpus."""
    corpus = seed_search_corpus(ctx.scale)
    township = Township.objects.get(code=search_township_code(ctx.scale))
    on_postgresql = connection.vendor == "postgresql"
    samples = SEARCH_SAMPLES.get(ctx.scale.name, SEARCH_SAMPLES["small"])
    seeding = "seeded now" if corpus.created else "reused"
    full = ctx.scale.name == "full"
    rows = [
        Row(
            f"search corpus, published records ({seeding} in {corpus.seconds:.1f} s)",
            corpus.records,
            "records",
            (f"≥ {SEARCH_RECORDS['full']:,}" if on_postgresql else "needs PostgreSQL")
            if full
            else "",
            corpus.records >= SEARCH_RECORDS["full"] if full and on_postgresql else None,
        )
    ]
    for query in SEARCH_QUERIES:
        matches = search.find(township.pk, query, search.Filters()).count()
        timings = time_searches(township, query, samples)
        p95 = _percentile(timings, 0.95)
        share = matches / corpus.records if corpus.records else 0.0
        rows += [
            Row(f"search {query}: matching records", f"{matches} ({share:.1%})"),
            Row(
                f"search {query}: p50 ({samples} searches, 5 filter sets)",
                statistics.median(timings),
                "ms",
            ),
            Row(
                f"search {query}: p95",
                p95,
                "ms",
                f"≤ {SEARCH_P95_GOAL_MS:g} ms" if on_postgresql else "needs PostgreSQL",
                p95 <= SEARCH_P95_GOAL_MS if on_postgresql else None,
            ),
        ]
    return rows


# --- the public disclosure page --------------------------------------------------------------


@register
def disclosure_page_rates(ctx: BenchContext) -> list[Row]:
    """Requests per second of a public disclosure page against the trivial view."""
    if not ctx.has_server:
        return []
    seed_search_corpus(ctx.scale)
    disclosure = (
        Disclosure.objects.public()
        .filter(unit__township__code=search_township_code(ctx.scale))
        .select_related("unit__township")
        .order_by("-published_at", "-pk")
        .first()
    )
    unit = disclosure.unit
    path = reverse("public:disclosure_page", args=[unit.township.code, unit.code, disclosure.pk])
    (page,) = ctx.compare_rps((path, None))
    return [
        Row(f"trivial view ({TRIVIAL_PATH}) rps, with the disclosure page", page.trivial, "req/s"),
        Row("public disclosure page rps", page.target, "req/s"),
        Row(
            "public disclosure page ÷ trivial view",
            page.ratio,
            "×",
            f"≥ {PUBLIC_RATIO_GOAL:.2f} ×",
            page.ratio >= PUBLIC_RATIO_GOAL,
        ),
        Row("failed disclosure page requests", _errors_text(page.errors), "", "0", not page.errors),
    ]
