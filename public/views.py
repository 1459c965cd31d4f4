"""The public site: no sign-in, mobile first, read from what has been approved and published."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import connection
from django.db.models import Count, Q
from django.db.models.fields.json import KT
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseNotModified,
    HttpResponseRedirect,
)
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from disclosures import publishing
from disclosures.models import Audience, Disclosure, DisclosureAttachment
from disclosures.views import file_response
from powers.models import (
    Flowchart,
    FlowchartRender,
    ListType,
    PowerItem,
    Township,
    Unit,
    published_order,
)
from powers.permissions import has_unit_perm
from powers.public_cache import cached_page, cached_public_page
from powers.sanitize import clean_html, html_to_text
from projects.models import Project
from projects.views import public_project
from risks.models import RiskPoint

from . import search


def home(request: HttpRequest) -> HttpResponse:
    townships = Township.objects.select_related("county").annotate(
        unit_count=Count("units", filter=Q(units__is_active=True))
    )
    return render(request, "public/home.html", {"townships": townships})


LATEST_ON_HOME = 10


@cached_public_page
def township_home(request: HttpRequest, township_code: str) -> HttpResponse:
    """The township's front page: its latest disclosures, its units and a search box."""
    township = get_object_or_404(Township.objects.select_related("county"), code=township_code)
    units = township.units.filter(is_active=True).annotate(
        public_item_count=Count("power_items", filter=Q(power_items__is_public=True))
    )
    villages = [u for u in units if u.is_village]
    others = [u for u in units if not u.is_village]
    latest = (
        Disclosure.objects.public()
        .filter(unit__township=township, unit__is_active=True)
        .select_related("unit")
        .only("pk", "published_data", "published_at", "unit__code", "unit__name")
        .order_by("-published_at", "-pk")[:LATEST_ON_HOME]
    )
    return render(
        request,
        "public/township_home.html",
        {
            "township": township,
            "villages": villages,
            "others": others,
            "latest": [public_disclosure_row(d, d.unit, show_unit=True) for d in latest],
            "kinds": search.KIND_LABELS,
        },
    )


def _public_unit(township_code: str, unit_code: str) -> Unit:
    return get_object_or_404(
        Unit.objects.select_related("township"),
        township__code=township_code,
        code=unit_code,
        is_active=True,
    )


def _nest(items) -> list[dict]:
    """Published items' snapshots in the order given, each sub-item under its parent."""
    snapshots = [dict(item.published_data, pk=item.pk) for item in items]
    codes = {snap["code"] for snap in snapshots}
    children: dict[str, list[dict]] = {}
    for snap in snapshots:
        if snap["parent_code"] in codes:
            children.setdefault(snap["parent_code"], []).append(snap)
    tops = [snap for snap in snapshots if snap["parent_code"] not in codes]
    for snap in tops:
        snap["children"] = children.get(snap["code"], [])
    return tops


def group_catalog(items) -> list[tuple[str, list[dict]]]:
    """Published items of the unit's power list grouped by category, sub-items under their
    parent, in the list's order: ``items`` come in published order, and a category comes where
    its first item stands. Items of no category (the list states none) come last, under the
    list's own name: no category is made up for them."""
    groups: dict[str, list[dict]] = {}
    uncategorised: list[dict] = []
    for snap in _nest(items):
        category = snap.get("category")
        if category:
            groups.setdefault(category["name"], []).append(snap)
        else:
            uncategorised.append(snap)
    grouped = list(groups.items())
    if uncategorised:
        grouped.append((str(ListType.Kind.POWER.label), uncategorised))
    return grouped


def split_lists(items) -> tuple[list, list[tuple[dict, list[dict]]]]:
    """The unit's power list apart from its other published lists (负面清单 ...): the power
    list's items, and each other list with its entries (sub-items nested), in published order."""
    power_list, others = [], {}
    for item in items:
        list_type = item.published_data.get("list_type")
        if list_type:
            others.setdefault(list_type["name"], (list_type, []))[1].append(item)
        else:
            power_list.append(item)
    return power_list, [(list_type, _nest(rows)) for list_type, rows in others.values()]


UNIT_TABS = [
    ("catalog", _("权力目录")),
    ("charts", _("流程图")),
    ("risks", _("风险防控")),
    ("disclosures", _("公开事项")),
    ("projects", _("民生工程")),
    ("contacts", _("联系和监督")),
]
DISCLOSURES_ON_TAB = 30


def public_disclosure_row(disclosure: Disclosure, unit: Unit, *, show_unit: bool = False) -> dict:
    """A public disclosure as lists show it, from its approved snapshot."""
    data = disclosure.published_data
    start, end = data.get("publicity_start"), data.get("publicity_end")
    today = timezone.localdate().isoformat()
    return {
        "pk": disclosure.pk,
        "title": data["title"],
        "category": Disclosure.Category(data["category_code"]).label
        if data.get("category_code") in Disclosure.Category.values
        else data["category"],
        "published_at": disclosure.published_at,
        "publicity_start": date.fromisoformat(start) if start else None,
        "publicity_end": date.fromisoformat(end) if end else None,
        "in_publicity": bool(start and end and start <= today <= end),
        "unit": unit,
        "show_unit": show_unit,
    }


def unit_risk_groups(unit: Unit) -> list[tuple[str, list[dict]]]:
    """The unit's public risk points (of a public item or of none), grouped by post."""
    points = (
        RiskPoint.objects.public()
        .filter(unit=unit)
        .filter(Q(item__isnull=True) | Q(item__is_public=True))
        .only("pk", "code", "published_data")
        .order_by("code")
    )
    groups: dict[str, list[dict]] = {}
    for point in points:
        groups.setdefault(point.published_data["post"], []).append(
            {"pk": point.pk, **point.published_data}
        )
    no_post = groups.pop("", None)
    ordered = sorted(groups.items())
    if no_post:
        ordered.append((str(_("未指定岗位")), no_post))
    return ordered


def _unit_tab(unit: Unit, tab: str) -> dict:
    """What one tab of the unit page shows: one query, whatever the number of rows."""
    if tab == "charts":
        charts = (
            Flowchart.objects.filter(unit=unit, is_public=True)
            .exclude(kind=Flowchart.Kind.ITEM)
            .only("pk", "published_data")
        )
        return {"charts": [{"pk": chart.pk, **chart.published_data} for chart in charts]}
    if tab == "risks":
        return {"risk_groups": unit_risk_groups(unit)}
    if tab == "disclosures":
        rows = (
            Disclosure.objects.public()
            .filter(unit=unit)
            .only("pk", "published_data", "published_at")
            .order_by("-published_at", "-pk")[: DISCLOSURES_ON_TAB + 1]
        )
        rows = [public_disclosure_row(d, unit) for d in rows]
        return {"disclosures": rows[:DISCLOSURES_ON_TAB], "more": len(rows) > DISCLOSURES_ON_TAB}
    if tab == "projects":
        projects = (
            Project.objects.public()
            .filter(unit=unit)
            .only("pk", "published_data")
            .order_by(KT("published_data__code"), "pk")
        )
        return {"projects": [public_project(project) for project in projects]}
    if tab == "contacts":
        return {}
    items = PowerItem.objects.public().filter(unit=unit).only("pk", "published_data")
    power_list, other_lists = split_lists(published_order(list(items)))
    return {"catalog": group_catalog(power_list), "other_lists": other_lists}


@cached_public_page
def unit_page(request: HttpRequest, township_code: str, unit_code: str) -> HttpResponse:
    """A unit's public page, one tab at a time (?tab=): plain links, so it works without JS."""
    unit = _public_unit(township_code, unit_code)
    tab = request.GET.get("tab", "catalog")
    if tab not in dict(UNIT_TABS):
        tab = "catalog"
    return render(
        request,
        "public/unit_page.html",
        {
            "unit": unit,
            "township": unit.township,
            "tabs": UNIT_TABS,
            "tab": tab,
            "tab_label": dict(UNIT_TABS)[tab],
            **_unit_tab(unit, tab),
        },
    )


def public_chart(chart: Flowchart | None) -> dict | None:
    """A published chart as the public pages show it: steps in order with where each leads."""
    if chart is None or not chart.published_data:
        return None
    data = chart.published_data
    names = {step["id"]: step["name"] for step in data["steps"]}
    following: dict[int, list[dict]] = {}
    for edge in data["edges"]:
        following.setdefault(edge["source"], []).append(
            {"name": names.get(edge["target"], ""), "label": edge["label"]}
        )
    steps = [dict(step, next=following.get(step["id"], [])) for step in data["steps"]]
    ready = FlowchartRender.objects.filter(
        source_hash=data["source_hash"], status=FlowchartRender.Status.DONE
    ).exists()
    return {**data, "steps": steps, "image_ready": ready}


@cached_public_page
def item_page(
    request: HttpRequest, township_code: str, unit_code: str, item_code: str
) -> HttpResponse:
    unit = _public_unit(township_code, unit_code)
    item = get_object_or_404(PowerItem.objects.public(), unit=unit, code=item_code)
    data = item.published_data
    # Its sub-items as approved: a draft that moves one elsewhere is not public yet.
    children = PowerItem.objects.public().filter(
        unit=unit, published_data__parent_code=data["code"]
    )
    sub_items = published_order(list(children))
    chart = Flowchart.objects.filter(item=item, is_public=True).first()
    return render(
        request,
        "public/item_page.html",
        {
            "unit": unit,
            "township": unit.township,
            "item": data,
            "published_at": item.published_at,
            "sub_items": [s.published_data for s in sub_items],
            "chart": public_chart(chart),
            "risks": public_risks(item),
        },
    )


def public_risks(item: PowerItem) -> list[tuple[str, list[dict]]]:
    """The item's approved, public risk points, grouped by flowchart step in the chart's order."""
    points = (
        RiskPoint.objects.public()
        .filter(item=item)
        .select_related("step")
        .only("published_data", "step__order", "code")
        .order_by("step__order", "code")
    )
    groups: dict[str, list[dict]] = {}
    for point in points:
        groups.setdefault(point.published_data["step"], []).append(point.published_data)
    return list(groups.items())


@cached_public_page
def chart_page(
    request: HttpRequest, township_code: str, unit_code: str, chart_id: int
) -> HttpResponse:
    """A unit's published category, decision, operation, disclosure or supervision chart."""
    unit = _public_unit(township_code, unit_code)
    chart = get_object_or_404(Flowchart, pk=chart_id, unit=unit, is_public=True)
    return render(
        request,
        "public/chart_page.html",
        {"unit": unit, "township": unit.township, "chart": public_chart(chart)},
    )


IMAGE_TYPES = {"svg": "image/svg+xml", "png": "image/png"}


def flowchart_image(request: HttpRequest, source_hash: str, fmt: str) -> FileResponse:
    """A rendered chart image, by the hash of its source.

    Public when a published chart shows it; otherwise only to officials who can see a unit
    whose chart has this source. Images never change under a hash, so caches may keep them.
    """
    if fmt not in IMAGE_TYPES:
        raise Http404
    job = get_object_or_404(
        FlowchartRender, source_hash=source_hash, status=FlowchartRender.Status.DONE
    )
    public = Flowchart.objects.filter(
        is_public=True, published_data__source_hash=source_hash
    ).exists()
    if not public:
        charts = Flowchart.objects.filter(
            Q(source_hash=source_hash) | Q(rendered_hash=source_hash)
        ).select_related("unit")
        if not any(has_unit_perm(request.user, c.unit, "view_records") for c in charts):
            raise Http404
    image = job.svg if fmt == "svg" else job.png
    response = FileResponse(
        image.open("rb"),
        content_type=IMAGE_TYPES[fmt],
        as_attachment="download" in request.GET,
        filename=f"flowchart-{source_hash[:12]}.{fmt}",
    )
    response["Cache-Control"] = (
        "public, max-age=31536000, immutable" if public else "private, max-age=3600"
    )
    # An SVG opened on its own must not run anything, whatever it holds.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    return response


@never_cache
def switch_language(request: HttpRequest, code: str) -> HttpResponse:
    """Set the interface language (a preference cookie) and go back where the user was."""
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    if check_for_language(code) and code in dict(settings.LANGUAGES):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            code,
            max_age=365 * 24 * 3600,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    connection.ensure_connection()
    return HttpResponse("ok", content_type="text/plain")


# Disclosures (党务公开 / 村务公开) ------------------------------------------------------------
#
# A disclosure to society is a public page like the others, cached per township generation.
# One within the party or the unit is for whom its audience names (Disclosure.objects.readable_by),
# and never cached: the cache is keyed by path and language, not by who asks, so such a page
# must never pass through it. The audience is looked up first, on every request, to choose.


def _public_disclosures(township_code: str, unit_code: str):
    return Disclosure.objects.filter(
        is_public=True,
        unit__code=unit_code,
        unit__township__code=township_code,
        unit__is_active=True,
    )


def _audience_or_404(request: HttpRequest, township_code: str, unit_code: str, pk: int) -> str:
    """The audience that applies to this public disclosure; 404 for whoever may not read it."""
    row = (
        _public_disclosures(township_code, unit_code)
        .filter(pk=pk)
        .values("audience", "published_data__audience")
        .first()
    )
    if row is None:
        raise Http404
    audience = publishing.effective_audience(row["published_data__audience"], row["audience"])
    if (
        audience != Audience.SOCIETY
        and not Disclosure.objects.readable_by(request.user).filter(pk=pk).exists()
    ):
        raise Http404
    return audience


def _render_disclosure(request: HttpRequest, disclosure: Disclosure) -> HttpResponse:
    data = disclosure.published_data
    unit = disclosure.unit
    start = date.fromisoformat(data["publicity_start"]) if data["publicity_start"] else None
    end = date.fromisoformat(data["publicity_end"]) if data["publicity_end"] else None
    related = data["related_items"]
    linkable = set(
        PowerItem.objects.public()
        .filter(unit=unit, code__in=[item["code"] for item in related])
        .values_list("code", flat=True)
    )
    attachments = [
        {
            **attachment,
            "url": reverse(
                "public:disclosure_attachment",
                args=[unit.township.code, unit.code, disclosure.pk, attachment["id"]],
            ),
            "is_image": attachment["content_type"].startswith("image/"),
            "is_pdf": attachment["content_type"] == "application/pdf",
        }
        for attachment in data["attachments"]
    ]
    return render(
        request,
        "public/disclosure_page.html",
        {
            "township": unit.township,
            "unit": unit,
            "disclosure": data,
            "published_at": disclosure.published_at,
            # Cleaned when saved and when approved; cleaned once more for snapshots written
            # some other way. The template marks it safe because of this.
            "body": clean_html(data["body"]),
            "audience_label": Audience(data["audience"]).label,
            "publicity_start": start,
            "publicity_end": end,
            "in_publicity": bool(start and end and start <= timezone.localdate() <= end),
            "related_items": [dict(item, public=item["code"] in linkable) for item in related],
            "images": [attachment for attachment in attachments if attachment["is_image"]],
            "files": [attachment for attachment in attachments if not attachment["is_image"]],
        },
    )


@cached_public_page
def _society_disclosure_page(
    request: HttpRequest, township_code: str, unit_code: str, pk: int
) -> HttpResponse:
    disclosure = get_object_or_404(
        _public_disclosures(township_code, unit_code).select_related("unit__township"), pk=pk
    )
    if publishing.public_audience(disclosure) != Audience.SOCIETY:
        raise Http404  # narrowed since the caller looked
    return _render_disclosure(request, disclosure)


def disclosure_page(
    request: HttpRequest, township_code: str, unit_code: str, pk: int
) -> HttpResponse:
    """A published disclosure: its body, channels, publicity period, items and attachments."""
    # Only a page to society is ever cached, and whatever narrows it, withdraws it or closes
    # its unit moves the township to a new generation: a current cached page may be served
    # without asking the database about the audience again.
    hit = cached_page(request, township_code)
    if hit is not None:
        return hit
    if _audience_or_404(request, township_code, unit_code, pk) == Audience.SOCIETY:
        return _society_disclosure_page(request, township_code, unit_code, pk)
    disclosure = get_object_or_404(
        _public_disclosures(township_code, unit_code).select_related("unit__township"), pk=pk
    )
    response = _render_disclosure(request, disclosure)
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


def disclosure_attachment(
    request: HttpRequest, township_code: str, unit_code: str, pk: int, attachment_id: int
) -> HttpResponse:
    """A file of a published disclosure, to whoever may read the disclosure: only the files
    of its approved version, never one added since."""
    audience = _audience_or_404(request, township_code, unit_code, pk)
    disclosure = get_object_or_404(_public_disclosures(township_code, unit_code), pk=pk)
    if attachment_id not in {a["id"] for a in disclosure.published_data["attachments"]}:
        raise Http404
    attachment = get_object_or_404(DisclosureAttachment, pk=attachment_id, disclosure=disclosure)
    etag = f'"{attachment.sha256}"'
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponseNotModified()
        response["ETag"] = etag
    else:
        response = file_response(request, attachment)
    # Revalidated every time, so a withdrawal takes the file away at once.
    if audience == Audience.SOCIETY:
        response["Cache-Control"] = "public, no-cache"
    else:
        response["Cache-Control"] = "private, no-store"
    return response


# Search and the electronic screen ------------------------------------------------------------


def _date_param(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@cached_public_page
def search_page(request: HttpRequest, township_code: str) -> HttpResponse:
    """Search everything the township has published, with filters by unit, kind and date."""
    township = get_object_or_404(Township, code=township_code)
    units = list(township.units.filter(is_active=True).only("pk", "code", "name"))
    query = request.GET.get("q", "").strip()[:100]
    unit_code = request.GET.get("unit", "")
    kind = request.GET.get("kind", "")
    filters = search.Filters(
        unit=next((u for u in units if u.code == unit_code), None),
        kind=kind if kind in search.KIND_LABELS else "",
        date_from=_date_param(request.GET.get("from", "")),
        date_to=_date_param(request.GET.get("to", "")),
    )
    terms = search.query_terms(query)
    searched = bool(terms or filters.unit or filters.kind or filters.date_from or filters.date_to)
    page = results = None
    if searched:
        page, results = search.results_page(township.pk, query, filters, request.GET.get("page"))
    return render(
        request,
        "public/search.html",
        {
            "township": township,
            "units": units,
            "kinds": search.KIND_LABELS,
            "query": query,
            "filters": filters,
            "searched": searched,
            "page": page,
            "results": results,
        },
    )


KIOSK_DISCLOSURES = 8
KIOSK_ITEMS_PER_SLIDE = 6
KIOSK_SECONDS_PER_SLIDE = 15
KIOSK_RELOAD_SECONDS = 600


def _kiosk_meta(data: dict) -> str:
    """An item's line under its name on the screen: what its snapshot states, nothing else."""
    parts = [
        (data.get("list_type") or {}).get("name"),
        (data.get("category") or {}).get("name"),
        data.get("handling_post"),
        data.get("time_limit"),
    ]
    return " · ".join(part for part in parts if part)


@cached_public_page
def kiosk(request: HttpRequest, township_code: str, unit_code: str) -> HttpResponse:
    """The unit's electronic screen (电子显示屏): full screen, large type, rotating through the
    disclosures in their publicity period, then the latest, then the catalog."""
    unit = _public_unit(township_code, unit_code)
    rows = (
        Disclosure.objects.public()
        .filter(unit=unit)
        .only("pk", "published_data", "published_at")
        .order_by("-published_at", "-pk")[:40]
    )
    disclosures = []
    for disclosure in rows:
        row = public_disclosure_row(disclosure, unit)
        body = html_to_text(clean_html(disclosure.published_data.get("body", "")))
        disclosures.append({**row, "text": body})
    current = [d for d in disclosures if d["in_publicity"]]
    latest = [d for d in disclosures if not d["in_publicity"]]
    shown = (current + latest)[: max(KIOSK_DISCLOSURES, len(current))]
    published = PowerItem.objects.public().filter(unit=unit).only("published_data")
    items = published_order(list(published))
    entries = [
        {**item.published_data, "meta": _kiosk_meta(item.published_data)}
        for item in items
        if not item.published_data["parent_code"]
    ]
    catalog_slides = [
        entries[i : i + KIOSK_ITEMS_PER_SLIDE]
        for i in range(0, len(entries), KIOSK_ITEMS_PER_SLIDE)
    ]
    return render(
        request,
        "public/kiosk.html",
        {
            "unit": unit,
            "township": unit.township,
            "disclosures": shown,
            "catalog_slides": catalog_slides,
            "interval": KIOSK_SECONDS_PER_SLIDE,
            "reload": KIOSK_RELOAD_SECONDS,
            "now": timezone.localtime(),
            "time_zone": settings.TIME_ZONE,
        },
    )
