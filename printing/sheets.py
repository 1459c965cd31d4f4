"""Printable sheets (打印件) for the bulletin board: what a sheet says, composed as HTML.

Each kind of sheet is registered (:func:`register_kind`) by the app that owns its record: a
disclosure's notice (公示 / 公告) and the disclosure catalog by ``disclosures.sheets``, an item's
flowchart sheet and the risk ledger by ``risks.sheets``, the summary reports by audit, and a
unit's power catalog board here (powers sits below this app). Each is a Django template under
``printing/templates/printing/`` (autoescaped; a disclosure's rich body is cleaned by
:mod:`powers.sanitize` and printed without its links). Asking for a sheet is
:mod:`printing.jobs`; rendering it, :mod:`printing.tasks`.

What a sheet prints of a reviewed record (a catalog entry, a flowchart, a risk point) is the
approved snapshot the public pages read (``published_data``), never the record's working
fields: an edit after approval changes nothing on the paper, and does not make a printed sheet
outdated, until it is approved again. Only a chart never approved prints its working fields, as
a marked draft (样稿) for the official.

Content-hash caching: a sheet's hash covers its kind, its record and the HTML of its content,
but not the print stamp (print date, version, hash and QR code), which is filled in after
hashing. Asking again for an unchanged sheet finds the finished PDF; a sheet whose record has
changed gets a new hash, and the older sheets of that record are marked outdated.

Rendering the HTML as PDF is :mod:`printing.render` (WeasyPrint, loaded only where
sheets are rendered), which refuses oversized HTML; a sheet of more than ``MAX_ROWS`` rows is
refused here, before any HTML is made.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

import nh3
import segno
from django.conf import settings
from django.db import models
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from powers import sanitize
from powers.models import PowerItem, Township, Unit, published_order
from powers.permissions import grants_for, unit_perms

from .models import PrintJob

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
    return absolute(reverse("public:unit_page", args=[unit.township.code, unit.code]))


def _feedback(unit: Unit, **target) -> str:
    query = "&".join(f"{k}={v}" for k, v in {"unit": unit.pk, **target}.items())
    return absolute(reverse("feedback:new")) + "?" + query


def _latest_approval(records) -> str:
    return _stamp_time(max((r.published_at for r in records if r.published_at), default=None))


def catalog_board_sheet(unit: Unit) -> Sheet:
    items = published_order(
        [
            item
            for item in PowerItem.objects.public()
            .filter(unit=unit)
            .only("pk", "code", "published_data", "published_at")
            if item.published_data
        ]
    )
    _check_rows(len(items))
    return Sheet(
        kind=Kind.CATALOG_BOARD,
        record=unit,
        unit=unit,
        title=_("%(unit)s权力目录") % {"unit": unit.name},
        version=_latest_approval(items),
        template="printing/catalog_board.html",
        # The approved snapshots themselves: the board reads their keys.
        context={"items": [item.published_data for item in items]},
        live_url=_public_unit(unit),
        feedback_url=_feedback(unit),
        public=True,
    )


@dataclass(frozen=True)
class DocumentKind:
    """A document printed through these jobs, registered by the app that owns its record
    (from its AppConfig.ready, so that this app imports none of them): how to load its record,
    build its sheet, who may print and read it, and, for the sheet-check page's cache, a cheap
    fingerprint of what the sheet is made of beyond the township's public content."""

    label: str
    load: Callable[[int], models.Model | None]
    build: Callable[[models.Model], Sheet]
    # Default: whoever may read the unit's records (``view_records``).
    may_view: Callable[[object, models.Model], bool] | None = None
    stamp: Callable[[int], str] | None = None


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
    document = DOCUMENT_KINDS.get(kind)
    if document is not None and document.may_view is not None:
        return document.may_view(user, record)
    return "view_records" in unit_perms(user, record_unit(record))


def may_view_job(user, job: PrintJob) -> bool:
    """Whether ``user`` may follow and download ``job``: as for its record when its kind says
    who may, else by the job's unit, or its township for a township's sheet."""
    document = DOCUMENT_KINDS.get(job.kind)
    if document is not None and document.may_view is not None:
        record = load_record(job.kind, job.record_id)
        return record is not None and may_view(user, job.kind, record)
    if job.unit_id is None:
        return "view_records" in grants_for(user).on_township(job.township_id)
    return "view_records" in unit_perms(user, job.unit)


def load_record(kind: str, record_id: int) -> models.Model | None:
    """The record a sheet of ``kind`` prints, with its unit and township, or None."""
    document = DOCUMENT_KINDS.get(kind)
    return document.load(record_id) if document is not None else None


def load_unit(unit_id: int) -> Unit | None:
    """The loader of a unit's sheets (a board, a ledger, a catalog)."""
    return Unit.objects.select_related("township").filter(pk=unit_id).first()


def record_version(model: type[models.Model]) -> Callable[[int], str]:
    """A ``stamp`` for the sheets of a reviewed record, which print its working fields before
    approval: its version and when it last changed."""

    def stamp(record_id: int) -> str:
        row = model.objects.filter(pk=record_id).values_list("version", "updated_at").first()
        return f"{row[0]}:{row[1].isoformat()}" if row else "gone"

    return stamp


def record_unit(record: models.Model) -> Unit:
    return record if isinstance(record, Unit) else record.unit


def build_sheet(kind: str, record: models.Model) -> Sheet:
    with translation.override(settings.LANGUAGE_CODE):
        return DOCUMENT_KINDS[kind].build(record)


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
    return absolute(reverse("printing:sheet_check", args=[content_hash[:16]]))


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
        footer = render_to_string("printing/footer.html", stamp)
        block = render_to_string("printing/stamp.html", stamp)
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
    content (whose every publication and withdrawal bumps the public pages' generation), from
    its kind (a notice's or chart's working record, which prints before approval; the
    disclosure catalog, which is not reviewed). One query at most; the sheet-check page keys
    its cached answer on it, instead of rebuilding the sheet."""
    document = DOCUMENT_KINDS.get(job.kind)
    if document is None or document.stamp is None:
        return ""
    return document.stamp(job.record_id)


# The power catalog's board is printed here, powers sitting below this app; every other sheet
# is registered by the app that owns its record (disclosures, risks, audit).
register_kind(
    Kind.CATALOG_BOARD,
    DocumentKind(label=Kind.CATALOG_BOARD.label, load=load_unit, build=catalog_board_sheet),
)
