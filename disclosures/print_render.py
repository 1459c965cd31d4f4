"""Rendering a printed sheet's HTML as PDF with WeasyPrint, safely.

Kept apart from :mod:`disclosures.printing` so that only the processes that render (the
workers; the web process in the embedded setup, when it prints) load WeasyPrint and fontconfig.

Safety: WeasyPrint fetches through :class:`PortalFetcher`, which serves the project's own
static and media files from disk and refuses everything else: other schemes (``file:``,
``data:``), other hosts (the cloud metadata address, the intranet), paths outside the two
folders, anything but a regular file (``/dev/urandom``), files over ``MAX_RESOURCE_BYTES``. A
refusal raises, so WeasyPrint drops the resource and goes on. Nothing is fetched over the
network, so no redirect is ever followed. Attachment links (``rel=attachment``) are dropped
before rendering, and disclosure bodies are printed without links at all.

Bounds: time by the Celery task's limits (:mod:`disclosures.print_tasks`); memory by the input:
at most ``MAX_HTML_BYTES`` of HTML (and ``printing.MAX_ROWS`` rows), fetched files capped, and
Pillow's decompression-bomb limit on images. One :class:`FontConfiguration` serves every render
in the process, which keeps a warm worker's memory flat.
"""

from __future__ import annotations

import mimetypes
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.utils.translation import gettext as _
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from .printing import SheetTooLarge

MAX_HTML_BYTES = 2_000_000
MAX_RESOURCE_BYTES = 8_000_000
# The address WeasyPrint resolves relative links against; only our own files live under it.
BASE_URL = settings.SITE_URL.rstrip("/") + "/"

FONT_CONFIG = FontConfiguration()


class FetchRefused(ValueError):
    """A resource the sheet may not load; WeasyPrint drops it and goes on."""


def _served_path(url: str) -> Path:
    """The file on disk behind one of our static or media addresses, or FetchRefused."""
    parts = urlsplit(url)
    site = urlsplit(BASE_URL)
    if (parts.scheme, parts.netloc) != (site.scheme, site.netloc):
        raise FetchRefused(f"not the portal's own address: {url[:200]}")
    path = unquote(parts.path)
    for prefix, root in (
        (settings.MEDIA_URL, settings.MEDIA_ROOT),
        (settings.STATIC_URL, settings.STATIC_ROOT),
    ):
        if not path.startswith(prefix):
            continue
        relative = path[len(prefix) :]
        if "\x00" in relative or not relative:
            break
        found = None
        if prefix == settings.STATIC_URL:
            try:
                found = finders.find(relative)
            except SuspiciousFileOperation:
                break
        candidate = Path(found) if found else Path(root) / relative
        resolved = candidate.resolve()
        roots = [Path(root).resolve()]
        if found:
            roots += [Path(d).resolve() for d in settings.STATICFILES_DIRS]
        if not any(resolved.is_relative_to(r) for r in roots):
            break
        return resolved
    raise FetchRefused(f"not a static or media file: {url[:200]}")


class PortalFetcher(URLFetcher):
    """Serves the project's own static and media files from disk; refuses all else."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols={"http", "https"}, allow_redirects=False)

    def fetch(self, url: str, headers=None) -> URLFetcherResponse:
        path = _served_path(url)
        try:
            info = path.stat()
        except OSError as error:
            raise FetchRefused(f"no such file: {path.name}") from error
        if not stat.S_ISREG(info.st_mode):
            raise FetchRefused(f"not a regular file: {path.name}")
        if info.st_size > MAX_RESOURCE_BYTES:
            raise FetchRefused(f"file too large: {path.name}")
        body = path.read_bytes()[:MAX_RESOURCE_BYTES]
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, {"Content-Type": mime})


@dataclass
class RenderResult:
    pdf: bytes
    pages: int
    seconds: float


def _drop_attachments(document: HTML) -> None:
    """No ``<link rel=attachment>`` or ``<a rel=attachment>``: WeasyPrint would embed the
    file it names in the PDF, and even one of our own media files has no business there."""
    for element in document.etree_element.iter():
        rel = element.get("rel")
        if rel and "attachment" in rel.lower().split():
            del element.attrib["rel"]


def render_pdf(html: str) -> RenderResult:
    """The PDF of one sheet's HTML, with the shared fonts and the portal's fetcher."""
    if len(html.encode()) > MAX_HTML_BYTES:
        raise SheetTooLarge(_("内容过多，无法生成打印件，请分批打印。"))
    started = time.perf_counter()
    source = HTML(string=html, base_url=BASE_URL, url_fetcher=PortalFetcher())
    _drop_attachments(source)
    document = source.render(font_config=FONT_CONFIG)
    pdf = document.write_pdf()
    return RenderResult(pdf, len(document.pages), time.perf_counter() - started)
