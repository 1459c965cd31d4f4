"""Printable sheets (打印件) for the bulletin board: composing them as HTML and rendering PDF.

Five documents: a disclosure's notice (公示 / 公告), a unit's power catalog board, an item's
flowchart sheet, the risk ledger and the disclosure catalog. Each is a Django template under
``disclosures/print/`` (autoescaped; a disclosure's rich body is cleaned by
:mod:`disclosures.sanitize` and printed without its links).

What a sheet prints of a reviewed record (a catalog entry, a flowchart, a risk point) is the
approved snapshot the public pages read (``published_data``), never the record's working
fields: an edit after approval changes nothing on the paper, and does not make a printed sheet
outdated, until it is approved again. Only a chart never approved prints its working fields, as
a marked draft (样稿) for the official.

Content-hash caching: a sheet's hash covers its kind, its record and the HTML of its content,
but not the print stamp (print date, version, hash and QR code), which is filled in after
hashing. Asking again for an unchanged sheet finds the finished PDF; a sheet whose record has
changed gets a new hash, and the older sheets of that record are marked outdated.

Rendering the HTML as PDF is :mod:`disclosures.print_render` (WeasyPrint, loaded only where
sheets are rendered), which refuses oversized HTML; a sheet of more than ``MAX_ROWS`` rows is
refused here, before any HTML is made.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from html.parser import HTMLParser
from types import SimpleNamespace

import nh3
import segno
from django.conf import settings
from django.db import models, transaction
from django.db.models import Max, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from powers.lifecycle import approved_snapshot
from powers.models import Flowchart, FlowchartRender, PowerItem, Township, Unit
from powers.permissions import grants_for, unit_perms
from risks.models import PreventionMeasure, RiskPoint

from . import sanitize
from .models import Audience, Disclosure, DisclosureObligation, PrintJob

logger = logging.getLogger(__name__)
# WeasyPrint's progress messages (one per stage of every render, and on import) say nothing an
# operator needs; set here because this module is loaded before WeasyPrint is.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
Kind = PrintJob.Kind

# Bumped when the layout changes, so every sheet gets a new hash and is rendered again.
LAYOUT_VERSION = "2"
MAX_ROWS = 800
FOOTER_MARK = "<!--print-footer-->"
STAMP_MARK = "<!--print-stamp-->"


class SheetTooLarge(ValueError):
    """The sheet would be too large to render safely; the message is for the official."""


# --- Composing the sheets --------------------------------------------------------------


@dataclass
class Sheet:
    """One document about to be printed: what it shows and where its QR code leads."""

    kind: str
    record: models.Model
    # The unit whose sheet it is; None for a whole township's sheet, which names ``township``.
    unit: Unit | None
    title: str
    version: str
    template: str
    context: dict = field(default_factory=dict)
    live_url: str = ""
    feedback_url: str = ""
    township: Township | None = None
    # Who the sheet is from, when not its unit's or township's name.
    issuer: str = ""
    # Whether the public may read the record: only then does the public sheet-check page name
    # it (a draft, internal or party-only record's title and issuer stay off that page).
    public: bool = False
    # A line printed in the stamp, outside the content hash (a report's statistics date), so
    # that it never makes an unchanged sheet render again.
    stamp_note: str = ""

    @property
    def issuer_name(self) -> str:
        return self.issuer or (self.unit.name if self.unit else self.township.name)

    @property
    def record_type(self) -> str:
        return self.record._meta.label_lower


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def printable_body(body: str) -> str:
    """A disclosure body for paper: cleaned as on the site, then without its links (a link
    prints as its words; no ``rel=attachment`` or address survives to be fetched or embedded)."""
    cleaned = sanitize.clean_html(body)
    return nh3.clean(
        cleaned,
        tags=sanitize.ALLOWED_TAGS - {"a"},
        clean_content_tags=sanitize.CONTENT_REMOVED,
        attributes={k: v for k, v in sanitize.ALLOWED_ATTRIBUTES.items() if k != "a"},
        attribute_filter=sanitize._keep_attribute,
        url_schemes=set(),
    )


def _check_rows(count: int) -> None:
    if count > MAX_ROWS:
        raise SheetTooLarge(
            _("内容过多（%(count)s 行），无法生成打印件，请分批打印。") % {"count": count}
        )


def _stamp_time(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def _public_unit(unit: Unit) -> str:
    return absolute(reverse("disclosures:unit_page", args=[unit.township.code, unit.code]))


def _feedback(unit: Unit, **target) -> str:
    query = "&".join(f"{k}={v}" for k, v in {"unit": unit.pk, **target}.items())
    return absolute(reverse("disclosures:feedback_new")) + "?" + query


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


def notice_sheet(disclosure: Disclosure) -> Sheet:
    """The 公示/公告 of a disclosure. Once approved it prints the approved snapshot, what the
    public page shows, so an edit waiting for review changes nothing on the posted sheet; before
    its first approval it prints the working text, marked as a draft (样稿)."""
    unit = disclosure.unit
    approved = approved_snapshot(disclosure) is not None
    shown = _approved_notice(disclosure) if approved else disclosure
    has_period = bool(shown.publicity_start and shown.publicity_end)
    word = _("公示") if has_period else _("公告")
    live = _public_unit(unit)
    feedback = _feedback(unit)
    public = approved and shown.audience == "society"
    if public:
        live = absolute(
            reverse(
                "disclosures:disclosure_page",
                args=[unit.township.code, unit.code, disclosure.pk],
            )
        )
        feedback = _feedback(unit, disclosure=disclosure.pk)
    issued_on = timezone.localdate(disclosure.published_at) if disclosure.published_at else None
    return Sheet(
        kind=Kind.NOTICE,
        record=disclosure,
        unit=unit,
        title=shown.title,
        version=str(disclosure.published_version if approved else disclosure.version),
        template="disclosures/print/notice.html",
        context={
            "disclosure": shown,
            # 公示 or 公告 under the title, unless the title already ends with it.
            "notice_word": "" if shown.title.endswith((word, "公示", "公告")) else word,
            "body": printable_body(shown.body),
            "issued_on": issued_on,
            "is_draft": not approved,
        },
        live_url=live,
        feedback_url=feedback,
        public=public,
    )


def _latest_approval(records) -> str:
    return _stamp_time(max((r.published_at for r in records if r.published_at), default=None))


def catalog_board_sheet(unit: Unit) -> Sheet:
    items = [
        item
        for item in PowerItem.objects.public()
        .filter(unit=unit)
        .only("pk", "code", "published_data", "published_at")
        .order_by("code")
        if item.published_data
    ]
    _check_rows(len(items))
    return Sheet(
        kind=Kind.CATALOG_BOARD,
        record=unit,
        unit=unit,
        title=_("%(unit)s权力目录") % {"unit": unit.name},
        version=_latest_approval(items),
        template="disclosures/print/catalog_board.html",
        # The approved snapshots themselves: the board reads their keys.
        context={"items": [item.published_data for item in items]},
        live_url=_public_unit(unit),
        feedback_url=_feedback(unit),
        public=True,
    )


def _phase_columns() -> dict[str, int]:
    """Each prevention phase's column (事前、事中、事后), by its label in every language: a
    snapshot keeps the label in the language of whoever approved it."""
    columns = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for column, phase in enumerate(PreventionMeasure.Phase):
                columns[str(phase.label)] = column
    return columns


def _ledger_row(point: RiskPoint, item_names: dict[str, str], columns: dict[str, int]) -> dict:
    """A public risk point from its approved snapshot: its level's name, and its measures by
    phase in the order the ledger reads (before, during, after), not the snapshot's."""
    data = point.published_data
    phases: list[list[dict]] = [[] for _phase in PreventionMeasure.Phase]
    for measure in data.get("measures", []):
        # A phase no language names (a label since renamed) still prints, in the last column.
        phases[columns.get(measure.get("phase"), len(phases) - 1)].append(measure)
    responsible = []
    for measure in data.get("measures", []):
        if measure.get("responsible") and measure["responsible"] not in responsible:
            responsible.append(measure["responsible"])
    return {
        **data,
        "pk": point.pk,
        "item_name": item_names.get(data.get("item_code", ""), ""),
        "level_name": (data.get("level") or {}).get("name", ""),
        "phases": phases,
        "ordered_measures": [measure for phase in phases for measure in phase],
        "responsible": "、".join(responsible),
    }


def _public_points(unit: Unit) -> list[RiskPoint]:
    """The unit's risk points the public reads (of a public item or of none), as the public
    pages select them."""
    return [
        point
        for point in RiskPoint.objects.public()
        .filter(unit=unit)
        .filter(Q(item__isnull=True) | Q(item__is_public=True))
        .only("pk", "code", "published_data", "published_at")
        .order_by("code")
        if point.published_data
    ]


def _ledger_rows(points: list[RiskPoint], unit: Unit) -> list[dict]:
    codes = {point.published_data.get("item_code") for point in points} - {"", None}
    item_names = {}
    if codes:
        items = PowerItem.objects.public().filter(unit=unit, code__in=codes).only("published_data")
        snapshots = [approved_snapshot(item) for item in items]
        item_names = {data.get("code", ""): data.get("name", "") for data in snapshots if data}
    columns = _phase_columns()
    return [_ledger_row(point, item_names, columns) for point in points]


def flowchart_sheet(chart: Flowchart) -> Sheet:
    unit = chart.unit
    approved = approved_snapshot(chart)
    # A chart never approved prints its working state as a draft (样稿), in the same shape.
    data = approved or chart.public_snapshot()
    steps = data.get("steps", [])
    _check_rows(len(steps))
    source_hash = data.get("source_hash", "")
    render = (
        FlowchartRender.objects.filter(
            source_hash=source_hash, status=FlowchartRender.Status.DONE
        ).first()
        if source_hash
        else None
    )
    scope = Q(step__flowchart=chart) | Q(item_id=chart.item_id or 0)
    points = [
        point
        for point in RiskPoint.objects.public()
        .filter(scope)
        .filter(Q(item__isnull=True) | Q(item__is_public=True))
        .only("pk", "code", "published_data")
        .order_by("code")
        if point.published_data
    ]
    _check_rows(len(points))
    item = chart.item
    shown_item = None
    if item is not None:
        shown_item = approved_snapshot(item) or {"code": item.code, "name": item.name}
    public = True
    if item is not None and item.is_public:
        live = absolute(
            reverse("disclosures:item_page", args=[unit.township.code, unit.code, item.code])
        )
        feedback = _feedback(unit, item=item.code)
    elif chart.is_public:
        live = absolute(
            reverse("disclosures:chart_page", args=[unit.township.code, unit.code, chart.pk])
        )
        feedback = _feedback(unit)
    else:
        live, feedback = _public_unit(unit), _feedback(unit)
        public = False
    return Sheet(
        kind=Kind.FLOWCHART_SHEET,
        record=chart,
        unit=unit,
        title=data.get("title", chart.title),
        version=str(chart.published_version if approved else chart.version),
        template="disclosures/print/flowchart_sheet.html",
        context={
            "chart": data,
            "item": shown_item,
            "steps": steps,
            "points": _ledger_rows(points, unit),
            "chart_image": render.svg.url if render and render.svg else "",
            "is_draft": not approved,
        },
        live_url=live,
        feedback_url=feedback,
        public=public,
    )


def risk_ledger_sheet(unit: Unit) -> Sheet:
    points = _public_points(unit)
    _check_rows(len(points))
    return Sheet(
        kind=Kind.RISK_LEDGER,
        record=unit,
        unit=unit,
        title=_("%(unit)s廉政风险防控台账") % {"unit": unit.name},
        version=_latest_approval(points),
        template="disclosures/print/risk_ledger.html",
        context={"points": _ledger_rows(points, unit)},
        live_url=_public_unit(unit),
        feedback_url=_feedback(unit),
        public=True,
    )


def disclosure_catalog_sheet(unit: Unit) -> Sheet:
    obligations = list(
        unit.disclosure_obligations.filter(is_active=True, audience=Audience.SOCIETY)
        .select_related("responsible_post")
        .prefetch_related("channels")
        .order_by("domain", "matter", "sub_matter", "pk")
    )
    _check_rows(len(obligations))
    latest = DisclosureObligation.history.filter(unit_id=unit.pk).aggregate(
        latest=Max("history_date")
    )["latest"]
    return Sheet(
        kind=Kind.DISCLOSURE_CATALOG,
        record=unit,
        unit=unit,
        title=_("%(unit)s公开目录") % {"unit": unit.name},
        version=_stamp_time(latest),
        template="disclosures/print/disclosure_catalog.html",
        context={"obligations": obligations},
        live_url=_public_unit(unit),
        feedback_url=_feedback(unit),
        public=True,
    )


BUILDERS = {
    Kind.NOTICE: notice_sheet,
    Kind.CATALOG_BOARD: catalog_board_sheet,
    Kind.FLOWCHART_SHEET: flowchart_sheet,
    Kind.RISK_LEDGER: risk_ledger_sheet,
    Kind.DISCLOSURE_CATALOG: disclosure_catalog_sheet,
}


@dataclass(frozen=True)
class DocumentKind:
    """A document a later app prints through these jobs (audit's summary report), registered
    from its AppConfig.ready so that this app never imports it: how to load its record, build
    its sheet, and who may print and read it."""

    label: str
    load: Callable[[int], models.Model | None]
    build: Callable[[models.Model], Sheet]
    may_view: Callable[[object, models.Model], bool]


DOCUMENT_KINDS: dict[str, DocumentKind] = {}
# Callables adding to every sheet's print stamp (audit adds the hash chain's head and when it
# was read). The stamp is not part of the content hash, so what they add never re-renders a
# sheet whose content is unchanged.
STAMP_EXTRAS: list[Callable[[], dict]] = []


def register_kind(kind: str, document: DocumentKind) -> None:
    DOCUMENT_KINDS[kind] = document


def kind_label(kind: str) -> str:
    if kind in DOCUMENT_KINDS:
        return str(DOCUMENT_KINDS[kind].label)
    return str(dict(Kind.choices).get(kind, kind))


def may_view(user, kind: str, record: models.Model) -> bool:
    """Whether ``user`` may print and read the sheet of ``kind`` about ``record``."""
    if kind in DOCUMENT_KINDS:
        return DOCUMENT_KINDS[kind].may_view(user, record)
    return "view_records" in unit_perms(user, record_unit(record))


def may_view_job(user, job: PrintJob) -> bool:
    """Whether ``user`` may follow and download ``job``: as for its record when that is a
    registered document's, else by the job's unit, or its township for a township's sheet."""
    if job.kind in DOCUMENT_KINDS:
        record = load_record(job.kind, job.record_id)
        return record is not None and may_view(user, job.kind, record)
    if job.unit_id is None:
        return "view_records" in grants_for(user).on_township(job.township_id)
    return "view_records" in unit_perms(user, job.unit)


def load_record(kind: str, record_id: int) -> models.Model | None:
    """The record a sheet of ``kind`` prints, with its unit and township, or None."""
    if kind in DOCUMENT_KINDS:
        return DOCUMENT_KINDS[kind].load(record_id)
    if kind == Kind.NOTICE:
        queryset = Disclosure.objects.select_related("unit__township")
    elif kind == Kind.FLOWCHART_SHEET:
        queryset = Flowchart.objects.select_related("unit__township", "item")
    elif kind in BUILDERS:
        queryset = Unit.objects.select_related("township")
    else:
        return None
    return queryset.filter(pk=record_id).first()


def record_unit(record: models.Model) -> Unit:
    return record if isinstance(record, Unit) else record.unit


def build_sheet(kind: str, record: models.Model) -> Sheet:
    with translation.override(settings.LANGUAGE_CODE):
        builder = BUILDERS[kind] if kind in BUILDERS else DOCUMENT_KINDS[kind].build
        return builder(record)


def compose(sheet: Sheet) -> tuple[str, str]:
    """The sheet's HTML with the stamp left out, and its content hash. Always in the site's
    language: the sheet goes on a Chinese bulletin board, and its hash must not depend on the
    language of whoever asks."""
    with translation.override(settings.LANGUAGE_CODE):
        html = _render_sheet(sheet)
    material = f"{LAYOUT_VERSION}\n{sheet.kind}\n{sheet.record_type}:{sheet.record.pk}\n{html}"
    return html, hashlib.sha256(material.encode()).hexdigest()


def _render_sheet(sheet: Sheet) -> str:
    return render_to_string(
        sheet.template,
        {
            **sheet.context,
            "kind": sheet.kind,
            "title": sheet.title,
            "unit": sheet.unit,
            "footer_mark": FOOTER_MARK,
            "stamp_mark": STAMP_MARK,
        },
    )


class _PrintedWords(HTMLParser):
    """What a sheet says: its text outside style sheets, and the images it shows, by address
    (a flowchart's image is addressed by its content)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._in_style = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("style", "script"):
            self._in_style += 1
        elif tag == "img":
            self.parts.append(f" [{dict(attrs).get('src') or ''}] ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script") and self._in_style:
            self._in_style -= 1

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.parts.append(data)


def text_hash(sheet: Sheet, html: str) -> str:
    """The hash of what the composed sheet says, whatever its layout: a posted sheet stays
    current through a new layout of the same words (the content hash, which also covers the
    layout, decides whether a sheet must be rendered again)."""
    reader = _PrintedWords()
    reader.feed(html)
    reader.close()
    words = " ".join("".join(reader.parts).split())
    material = f"{sheet.kind}\n{sheet.record_type}:{sheet.record.pk}\n{words}"
    return hashlib.sha256(material.encode()).hexdigest()


def check_url(content_hash: str) -> str:
    return absolute(reverse("disclosures:sheet_check", args=[content_hash[:16]]))


def qr_svg(url: str) -> str:
    """The QR code of ``url`` as inline SVG (no file, nothing to fetch)."""
    return segno.make(url, error="m").svg_inline(scale=3, border=2, omitsize=False)


def stamped(html: str, sheet: Sheet, content_hash: str, printed_on: date) -> str:
    """The sheet with its print stamp: the QR code to the sheet-check page, the print date,
    the record's version and the short hash, on the sheet and in every page's footer."""
    stamp = {
        "check_url": check_url(content_hash),
        "qr": qr_svg(check_url(content_hash)),
        "printed_on": printed_on,
        "version": sheet.version,
        "short_hash": content_hash[:12],
        "unit": sheet.unit,
        "issuer": sheet.issuer_name,
        "note": sheet.stamp_note,
    }
    for extra in STAMP_EXTRAS:
        stamp.update(extra())
    with translation.override(settings.LANGUAGE_CODE):
        footer = render_to_string("disclosures/print/footer.html", stamp)
        block = render_to_string("disclosures/print/stamp.html", stamp)
    return html.replace(FOOTER_MARK, footer, 1).replace(STAMP_MARK, block, 1)


# --- Jobs ------------------------------------------------------------------------------


def mark_outdated(jobs) -> int:
    return jobs.filter(is_outdated=False).update(is_outdated=True, outdated_at=timezone.now())


def check(job: PrintJob) -> tuple[bool, Sheet | None]:
    """Whether the printed sheet still matches its record, and the record's sheet as it is now
    (None when the record is gone). Remembers when the sheet is no longer current."""
    record = load_record(job.kind, job.record_id)
    sheet, current = None, False
    try:
        sheet = build_sheet(job.kind, record) if record is not None else None
        if sheet is not None:
            html, content_hash = compose(sheet)
            # A sheet printed before its words were hashed is current only if nothing changed.
            if job.text_hash:
                current = text_hash(sheet, html) == job.text_hash
            else:
                current = content_hash == job.content_hash
    except SheetTooLarge:
        pass
    if job.is_outdated:
        return False, sheet
    if not current:
        mark_outdated(PrintJob.objects.filter(pk=job.pk))
        job.is_outdated = True
    return current, sheet


def record_stamp(job: PrintJob) -> str:
    """A cheap fingerprint of what the job's sheet is made of beyond the township's public
    content (whose every publication and withdrawal bumps the public pages' generation): a
    notice's or chart's working record, which a sheet prints before approval (and a chart's
    drawn image), and the disclosure catalog, which is not reviewed. One query at most; the
    sheet-check page keys its cached answer on it, instead of rebuilding the sheet."""
    if job.kind == Kind.NOTICE:
        model = Disclosure
    elif job.kind == Kind.FLOWCHART_SHEET:
        model = Flowchart
    elif job.kind == Kind.DISCLOSURE_CATALOG:
        latest = DisclosureObligation.history.filter(unit_id=job.record_id).aggregate(
            latest=Max("history_date")
        )["latest"]
        return latest.isoformat() if latest else "-"
    else:
        return ""
    row = model.objects.filter(pk=job.record_id).values_list("version", "updated_at").first()
    return f"{row[0]}:{row[1].isoformat()}" if row else "gone"


def request_print(kind: str, record: models.Model, *, user) -> PrintJob:
    """The sheet's print job: the finished one when nothing changed, else a new one sent to
    the workers after commit. Older sheets of the same record that say something else become
    outdated; one of the same words in an older layout stays current."""
    sheet = build_sheet(kind, record)
    html, content_hash = compose(sheet)
    words = text_hash(sheet, html)
    with transaction.atomic():
        job, created = PrintJob.objects.get_or_create(
            content_hash=content_hash,
            defaults={
                "kind": kind,
                "unit": sheet.unit,
                "township": None if sheet.unit else sheet.township,
                "record_type": sheet.record_type,
                "record_id": record.pk,
                "record_version": sheet.version,
                "title": sheet.title[:300],
                "html": stamped(html, sheet, content_hash, timezone.localdate()),
                "text_hash": words,
                "requested_by": user,
            },
        )
        mark_outdated(
            PrintJob.objects.filter(kind=kind, record_type=sheet.record_type, record_id=record.pk)
            .exclude(pk=job.pk)
            .exclude(text_hash=words)
        )
        if job.is_outdated:  # the record changed back to what this sheet shows
            PrintJob.objects.filter(pk=job.pk).update(is_outdated=False, outdated_at=None)
            job.is_outdated = False
        if job.status == PrintJob.Status.FAILED and not created:
            # Asked again: try once more (a time-out may have been a busy machine).
            PrintJob.objects.filter(pk=job.pk).update(
                status=PrintJob.Status.QUEUED, error="", enqueued_at=None, requested_by=user
            )
            job.status = PrintJob.Status.QUEUED
        if job.status == PrintJob.Status.QUEUED or _stuck(job):
            transaction.on_commit(lambda: send_print(job.pk))
    return job


def _stuck(job: PrintJob) -> bool:
    """A job left running by a worker that was killed (the hard time limit)."""
    from .print_tasks import TIME_LIMIT

    return (
        job.status == PrintJob.Status.RUNNING
        and job.started_at is not None
        and timezone.now() - job.started_at > timedelta(seconds=TIME_LIMIT + 15)
    )


def send_print(job_id: int) -> bool:
    """Hand the job to the workers; with the broker down the row stays queued."""
    from .print_tasks import render_print_job

    try:
        render_print_job.apply_async((job_id,), retry=False)
    except Exception:  # the broker is unreachable: kombu raises many kinds of errors
        logger.warning("print job %s not sent", job_id)
        return False
    PrintJob.objects.filter(pk=job_id, enqueued_at__isnull=True).update(enqueued_at=timezone.now())
    return True
