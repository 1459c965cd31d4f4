"""The printed sheets of disclosures (``printing``): a disclosure's notice (公示 / 公告) and a
unit's disclosure catalog (公开目录), registered with the print jobs from
DisclosuresConfig.ready."""

from __future__ import annotations

from types import SimpleNamespace

from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from powers.lifecycle import approved_snapshot
from powers.models import Unit
from printing import sheets

from .models import Audience, Disclosure, DisclosureObligation


def _approved_notice(disclosure: Disclosure) -> SimpleNamespace:
    """A published disclosure as its approved snapshot has it, in the shape the notice's
    template reads (the names of the model's fields and methods)."""
    data = approved_snapshot(disclosure)
    return SimpleNamespace(
        title=data.get("title", ""),
        body=data.get("body", ""),
        audience=data.get("audience", disclosure.audience),
        publicity_start=parse_date(data.get("publicity_start") or ""),
        publicity_end=parse_date(data.get("publicity_end") or ""),
        objection_contact=data.get("objection_contact", ""),
        get_category_display=data.get("category", ""),
    )


def notice_sheet(disclosure: Disclosure) -> sheets.Sheet:
    """The 公示/公告 of a disclosure. Once approved it prints the approved snapshot, what the
    public page shows, so an edit waiting for review changes nothing on the posted sheet; before
    its first approval it prints the working text, marked as a draft (样稿)."""
    unit = disclosure.unit
    approved = approved_snapshot(disclosure) is not None
    shown = _approved_notice(disclosure) if approved else disclosure
    has_period = bool(shown.publicity_start and shown.publicity_end)
    word = _("公示") if has_period else _("公告")
    live = sheets._public_unit(unit)
    feedback = sheets._feedback(unit)
    public = approved and shown.audience == "society"
    if public:
        live = sheets.absolute(
            reverse(
                "public:disclosure_page",
                args=[unit.township.code, unit.code, disclosure.pk],
            )
        )
        feedback = sheets._feedback(unit, disclosure=disclosure.pk)
    issued_on = timezone.localdate(disclosure.published_at) if disclosure.published_at else None
    return sheets.Sheet(
        kind=sheets.Kind.NOTICE,
        record=disclosure,
        unit=unit,
        title=shown.title,
        version=str(disclosure.published_version if approved else disclosure.version),
        template="printing/notice.html",
        context={
            "disclosure": shown,
            # 公示 or 公告 under the title, unless the title already ends with it.
            "notice_word": "" if shown.title.endswith((word, "公示", "公告")) else word,
            "body": sheets.printable_body(shown.body),
            "issued_on": issued_on,
            "is_draft": not approved,
        },
        live_url=live,
        feedback_url=feedback,
        public=public,
    )


def disclosure_catalog_sheet(unit: Unit) -> sheets.Sheet:
    obligations = list(
        unit.disclosure_obligations.filter(is_active=True, audience=Audience.SOCIETY)
        .select_related("responsible_post", "catalog_domain", "unit__township")
        .prefetch_related("channels")
    )  # in the catalog's published order (the model's ordering)
    sheets._check_rows(len(obligations))
    latest = DisclosureObligation.history.filter(unit_id=unit.pk).aggregate(
        latest=Max("history_date")
    )["latest"]
    return sheets.Sheet(
        kind=sheets.Kind.DISCLOSURE_CATALOG,
        record=unit,
        unit=unit,
        title=_("%(unit)s公开目录") % {"unit": unit.name},
        version=sheets._stamp_time(latest),
        template="disclosures/catalog_sheet.html",
        context={"obligations": obligations},
        live_url=sheets._public_unit(unit),
        feedback_url=sheets._feedback(unit),
        public=True,
    )


def _catalog_stamp(unit_id: int) -> str:
    # The catalog is not reviewed: its latest change is what the sheet is made of.
    latest = DisclosureObligation.history.filter(unit_id=unit_id).aggregate(
        latest=Max("history_date")
    )["latest"]
    return latest.isoformat() if latest else "-"


def _load_disclosure(pk: int) -> Disclosure | None:
    return Disclosure.objects.select_related("unit__township").filter(pk=pk).first()


Kind = sheets.Kind
sheets.register_kind(
    Kind.NOTICE,
    sheets.DocumentKind(
        label=Kind.NOTICE.label,
        load=_load_disclosure,
        build=notice_sheet,
        stamp=sheets.record_version(Disclosure),
    ),
)
sheets.register_kind(
    Kind.DISCLOSURE_CATALOG,
    sheets.DocumentKind(
        label=Kind.DISCLOSURE_CATALOG.label,
        load=sheets.load_unit,
        build=disclosure_catalog_sheet,
        stamp=_catalog_stamp,
    ),
)
