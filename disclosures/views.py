"""The public site: no sign-in, mobile first, read from what has been approved and published."""

from __future__ import annotations

from collections import OrderedDict

from django.conf import settings
from django.db import connection
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language
from django.views.decorators.cache import never_cache

from powers.models import Flowchart, FlowchartRender, PowerItem, Township, Unit
from powers.permissions import has_unit_perm

from .public_cache import cached_public_page


def home(request: HttpRequest) -> HttpResponse:
    townships = Township.objects.annotate(
        unit_count=Count("units", filter=Q(units__is_active=True))
    )
    return render(request, "disclosures/home.html", {"townships": townships})


@cached_public_page
def township_home(request: HttpRequest, township_code: str) -> HttpResponse:
    township = get_object_or_404(Township, code=township_code)
    units = township.units.filter(is_active=True).annotate(
        public_item_count=Count("power_items", filter=Q(power_items__is_public=True))
    )
    villages = [u for u in units if u.is_village]
    others = [u for u in units if not u.is_village]
    return render(
        request,
        "disclosures/township_home.html",
        {"township": township, "villages": villages, "others": others},
    )


def _public_unit(township_code: str, unit_code: str) -> Unit:
    return get_object_or_404(
        Unit.objects.select_related("township"),
        township__code=township_code,
        code=unit_code,
        is_active=True,
    )


def group_catalog(items) -> list[tuple[str, list[dict]]]:
    """Published items grouped by category, sub-items under their parent, in code order."""
    snapshots = [dict(item.published_data, pk=item.pk) for item in items]
    children: dict[str, list[dict]] = {}
    for snap in snapshots:
        if snap["parent_code"]:
            children.setdefault(snap["parent_code"], []).append(snap)
    groups: dict[tuple, list[dict]] = {}
    for snap in snapshots:
        if snap["parent_code"] and any(s["code"] == snap["parent_code"] for s in snapshots):
            continue
        snap["children"] = children.get(snap["code"], [])
        category = snap["category"]
        groups.setdefault((category["order"], category["name"]), []).append(snap)
    ordered = OrderedDict(sorted(groups.items()))
    return [(name, entries) for (_order, name), entries in ordered.items()]


@cached_public_page
def unit_page(request: HttpRequest, township_code: str, unit_code: str) -> HttpResponse:
    unit = _public_unit(township_code, unit_code)
    items = (
        PowerItem.objects.public().filter(unit=unit).only("pk", "published_data").order_by("code")
    )
    charts = (
        Flowchart.objects.filter(unit=unit, is_public=True)
        .exclude(kind=Flowchart.Kind.ITEM)
        .only("pk", "published_data")
    )
    return render(
        request,
        "disclosures/unit_page.html",
        {
            "unit": unit,
            "township": unit.township,
            "catalog": group_catalog(items),
            "charts": [{"pk": chart.pk, **chart.published_data} for chart in charts],
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
    sub_items = PowerItem.objects.public().filter(unit=unit, parent=item).order_by("code")
    chart = Flowchart.objects.filter(item=item, is_public=True).first()
    return render(
        request,
        "disclosures/item_page.html",
        {
            "unit": unit,
            "township": unit.township,
            "item": data,
            "published_at": item.published_at,
            "sub_items": [s.published_data for s in sub_items],
            "chart": public_chart(chart),
        },
    )


@cached_public_page
def chart_page(
    request: HttpRequest, township_code: str, unit_code: str, chart_id: int
) -> HttpResponse:
    """A unit's published category, decision, operation, disclosure or supervision chart."""
    unit = _public_unit(township_code, unit_code)
    chart = get_object_or_404(Flowchart, pk=chart_id, unit=unit, is_public=True)
    return render(
        request,
        "disclosures/chart_page.html",
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
