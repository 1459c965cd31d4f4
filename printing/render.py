"""Rendering a printed sheet's HTML as PDF with WeasyPrint, safely.

Kept apart from :mod:`printing.sheets` so that only the processes that render (the
workers; the web process in the embedded setup, when it prints) load WeasyPrint and fontconfig.

Safety: WeasyPrint fetches through :class:`PortalFetcher`, which serves the project's own
static and media files from disk and refuses everything else: other schemes (``file:``,
``data:``), other hosts (the cloud metadata address, the intranet), paths outside the two
folders, anything but a regular file (``/dev/urandom``), files over ``MAX_RESOURCE_BYTES``. A
refusal raises, so WeasyPrint drops the resource and goes on. Nothing is fetched over the
network, so no redirect is ever followed. Attachment links (``rel=attachment``) are dropped
before rendering, and disclosure bodies are printed without links at all.

Bounds: time by the Celery task's limits (:mod:`printing.tasks`); memory by the input:
at most ``MAX_HTML_BYTES`` of HTML (and ``printing.MAX_ROWS`` rows), fetched files capped, and
Pillow's decompression-bomb limit on images. One :class:`FontConfiguration` serves every render
in the process, which keeps a warm worker's memory flat. Where no worker enforces those limits
(the embedded set-up, whose tasks run in the web process), :func:`render_bounded` renders in a
forked child with a wall-clock limit and a cap on its address space, so a runaway sheet costs
the official a failed job, never the web process.

Speed: a sheet is mostly one long table, and WeasyPrint's cost grows with its boxes and
styles. The sheets' templates and stylesheet keep both few (``sheet.css``: rows without
whitespace between cells, separate borders, no per-text wrapping attributes). Here, two costs
are cut:

- WeasyPrint's user-agent stylesheet gives every element six pseudo-elements (``::marker``,
  ``::footnote-call``, ``::footnote-marker``, ``::note-call``, ``::note-marker``,
  ``::note-callback``), each with its own computed style: two thirds of a board's styles. The
  sheets render with the same stylesheet with markers kept for list items (the only elements
  that have one) and the footnote and note rules left out: no sheet floats anything into a
  footnote or note, and the bodies printed keep no style of their own.
- The cyclic garbage collector, whose passes over a render's growing tree of live boxes found
  nothing to free. It is paused while a sheet renders; one full pass afterwards frees what the
  render left (its trees hold a few reference cycles), and is part of the render's time. After
  its first render a process freezes what it holds by then (``gc.freeze``: the worker's
  long-lived state, Django, WeasyPrint, the fonts), so that pass walks only the render's own
  objects.
"""

from __future__ import annotations

import contextlib
import gc
import mimetypes
import os
import pickle
import re
import resource
import select
import signal
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import ImproperlyConfigured, SuspiciousFileOperation
from django.utils.translation import gettext as _
from weasyprint import CSS, HTML
from weasyprint.css.counters import CounterStyle
from weasyprint.html import UA
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from .sheets import SheetTooLarge

MAX_HTML_BYTES = 2_000_000
MAX_RESOURCE_BYTES = 8_000_000
# What a render in a forked child may map beyond what the process already maps: a ten-page
# board needs well under 200 MB.
BOUNDED_EXTRA_MEMORY = 1024 * 1024 * 1024
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


def _sheet_user_agent_css(ua: str) -> str:
    """WeasyPrint's HTML5 user-agent stylesheet ``ua`` with ``::marker`` kept for list items
    and the footnote and note pseudo-elements left out (see the module's docstring). Raises
    ImproperlyConfigured when the stylesheet no longer has those rules as expected (another
    WeasyPrint), rather than rendering every sheet slowly or without list numbers."""
    sheet, markers = re.subn(r"^::marker \{", "li::marker {", ua, flags=re.MULTILINE)
    sheet, notes = re.subn(
        r"^::(?:footnote-call|footnote-marker|note-call|note-marker|note-callback) \{[^}]*\}\n",
        "",
        sheet,
        flags=re.MULTILINE,
    )
    if (markers, notes) != (1, 5) or re.search(r"(^|[\s,}])::", sheet):
        raise ImproperlyConfigured(
            "WeasyPrint's user-agent stylesheet has changed: review _sheet_user_agent_css "
            f"(found {markers} ::marker rule(s) and {notes} footnote or note rule(s))"
        )
    return sheet


# Its @counter-style rules are WeasyPrint's own, which every document already gets from a copy
# of WeasyPrint's counter styles; they are read into a registry of their own, not redefined.
SHEET_UA_STYLESHEET = CSS(string=_sheet_user_agent_css(UA), counter_style=CounterStyle())


class SheetHTML(HTML):
    """A sheet's document, with the sheets' user-agent stylesheet. (``_ua_stylesheets`` is
    the hook WeasyPrint's own tests override for theirs; WeasyPrint is pinned.)"""

    def _ua_stylesheets(self, forms: bool = False) -> list[CSS]:
        return [SHEET_UA_STYLESHEET]


# Whether this process collects and freezes after a render; a forked child does neither.
_keep_warm = True
_warm_state_frozen = False


@contextlib.contextmanager
def _collector_paused():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _collect_render_garbage() -> None:
    """Free the cycles a render left. The first time, also freeze what the process holds then
    (fonts and WeasyPrint loaded): nothing later collections need to walk again."""
    global _warm_state_frozen
    if not _keep_warm:
        return
    gc.collect()
    if not _warm_state_frozen:
        gc.freeze()
        _warm_state_frozen = True


def render_pdf(html: str) -> RenderResult:
    """The PDF of one sheet's HTML, with the shared fonts and the portal's fetcher."""
    if len(html.encode()) > MAX_HTML_BYTES:
        raise SheetTooLarge(_("内容过多，无法生成打印件，请分批打印。"))
    started = time.perf_counter()
    with _collector_paused():
        source = SheetHTML(string=html, base_url=BASE_URL, url_fetcher=PortalFetcher())
        _drop_attachments(source)
        document = source.render(font_config=FONT_CONFIG)
        pdf = document.write_pdf()
        pages = len(document.pages)
        del source, document
    _collect_render_garbage()
    return RenderResult(pdf, pages, time.perf_counter() - started)


class RenderBoundExceeded(Exception):
    """A bounded render ran out of time or memory; the message is for the official."""


class RenderCrashed(Exception):
    """A bounded render raised ``kind`` (an exception's name) in its child process."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def _address_space() -> int:
    """Bytes of address space the process maps now (what RLIMIT_AS counts)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _child(render: Callable[[str], RenderResult], html: str, out: int, extra_memory: int) -> None:
    """In the forked child: cap the address space, render, send back the outcome, and leave
    without running anything of the parent's (its database connection, its atexit hooks)."""
    global _keep_warm
    _keep_warm = False  # the child ends after this render: nothing to free or keep warm
    try:
        limit = _address_space() + extra_memory
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        try:
            outcome = ("done", render(html))
        except SheetTooLarge as error:
            outcome = ("too large", str(error))
        except MemoryError:
            outcome = ("memory", "")
        except BaseException as error:  # reported to the parent by name
            outcome = ("error", type(error).__name__)
        payload = pickle.dumps(outcome)
        view = memoryview(payload)
        while view:
            view = view[os.write(out, view) :]
    finally:
        os._exit(0)


def _receive(source: int, pid: int, seconds: float) -> bytes | None:
    """The child's whole answer, or None when it is not there in time (the child is killed)."""
    deadline = time.monotonic() + seconds
    chunks = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([source], [], [], remaining)[0]:
            os.kill(pid, signal.SIGKILL)
            return None
        chunk = os.read(source, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def render_bounded(
    html: str,
    *,
    seconds: float,
    extra_memory: int | None = None,
    render: Callable[[str], RenderResult] = render_pdf,
) -> RenderResult:
    """``render(html)`` in a forked child that may take ``seconds`` of wall-clock time and map
    ``extra_memory`` bytes beyond what this process maps. The child shares the warm fonts (a
    fork copies nothing until written) and touches no database. Past a bound it is killed and
    RenderBoundExceeded says which bound, in words for the official."""
    if extra_memory is None:
        extra_memory = BOUNDED_EXTRA_MEMORY
    source, sink = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child leaves through os._exit
        os.close(source)
        _child(render, html, sink, extra_memory)
    os.close(sink)
    try:
        answer = _receive(source, pid, seconds)
    finally:
        os.close(source)
        # ChildProcessError: reaped already by a SIGCHLD handler of the server's.
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
    if answer is None:
        raise RenderBoundExceeded(
            _("生成超时（超过 %(s)s 秒），请减少内容后重试。") % {"s": _number(seconds)}
        )
    memory = {"mb": extra_memory // (1024 * 1024)}
    if not answer:  # killed or crashed before it could answer: an allocation that failed
        raise RenderBoundExceeded(
            _("生成进程异常退出，可能是所需内存超过上限（%(mb)s MB），请减少内容后重试。") % memory
        )
    status, value = pickle.loads(answer)
    if status == "done":
        return value
    if status == "too large":
        raise SheetTooLarge(value)
    if status == "memory":
        raise RenderBoundExceeded(
            _("生成所需内存超过上限（%(mb)s MB），请减少内容后重试。") % memory
        )
    raise RenderCrashed(value)


def _number(seconds: float) -> str:
    return f"{seconds:g}"
