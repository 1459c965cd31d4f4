"""Printed sheets are safe to render (issue 6): the fetcher serves only the portal's own static
and media files; local files, network addresses, redirects, attachments and devices in any
content yield nothing, and the render still finishes."""

from __future__ import annotations

import os
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from django.conf import settings

from printing import render as print_render
from printing.models import PrintJob
from tests.disclosures.test_disclosure_editor import make_disclosure, png_bytes
from tests.printing.test_print_documents import ask_for_print, downloaded_pdf, pdf_text

SITE = settings.SITE_URL.rstrip("/")


class Recorder(BaseHTTPRequestHandler):
    """A server on this machine that would redirect to /etc/passwd: it must never be asked."""

    hits: list[str] = []

    def do_GET(self) -> None:
        Recorder.hits.append(self.path)
        self.send_response(302)
        self.send_header("Location", "file:///etc/passwd")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def redirecting_server():
    Recorder.hits = []
    server = HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def hostile(server: str) -> str:
    return f"""
<p>正文开始</p>
<link rel="attachment" href="file:///etc/passwd">
<a rel="attachment" href="file:///etc/passwd">附件一</a>
<a rel="attachment" href="{SITE}/media/secret.txt">附件二</a>
<img src="file:///etc/passwd">
<img src="http://169.254.169.254/latest/meta-data/">
<img src="{server}/redirect-to-passwd">
<img src="/dev/urandom"><img src="file:///dev/urandom">
<img src="{SITE}/static/../../../../../etc/passwd">
<img src="{SITE}/media/%2e%2e/%2e%2e/%2e%2e/etc/passwd">
<img src="{SITE}/media/urandom-link">
<img src="{SITE}/admin/">
<style>@import url("file:///etc/passwd"); body {{ background: url({server}/css-bg); }}</style>
<iframe src="file:///etc/passwd"></iframe><object data="file:///etc/passwd"></object>
<p>正文结束</p>
"""


def embedded_files(path: Path) -> str:
    return subprocess.run(
        ["pdfdetach", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout


def image_count(path: Path) -> int:
    out = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return len(out.splitlines()) - 2


def plant_traps() -> None:
    media = Path(settings.MEDIA_ROOT)
    media.mkdir(parents=True, exist_ok=True)
    (media / "secret.txt").write_text("媒体目录里的秘密")
    os.symlink("/dev/urandom", media / "urandom-link")


@pytest.mark.django_db
def test_a_hostile_disclosure_body_prints_without_any_of_it(
    client, demo, tmp_path, redirecting_server, django_capture_on_commit_callbacks
):
    plant_traps()
    disclosure = make_disclosure(
        demo.unit, demo.clerk, title="危险内容测试公告", body=hostile(redirecting_server)
    )
    job = ask_for_print(
        client, demo.clerk, PrintJob.Kind.NOTICE, disclosure.pk, django_capture_on_commit_callbacks
    )
    job.refresh_from_db()
    assert job.status == PrintJob.Status.DONE, job.error  # finished, within the task's bound
    path = downloaded_pdf(client, job, tmp_path)
    text = pdf_text(path)
    assert "正文开始" in text and "正文结束" in text and "附件一" in text
    assert "root:" not in text and "媒体目录里的秘密" not in text
    assert "169.254" not in text and "file:" not in text  # links print as their words only
    assert embedded_files(path).startswith("0 embedded files")
    assert image_count(path) == 0
    assert Recorder.hits == []


@pytest.mark.django_db
def test_the_fetcher_itself_refuses_everything_but_our_own_files(
    settings, tmp_path, redirecting_server
):
    """The same hostile markup straight to WeasyPrint, as if it had slipped past the
    sanitiser: only the media image comes in."""
    plant_traps()
    media = Path(settings.MEDIA_ROOT)
    (media / "photos").mkdir()
    (media / "photos" / "ok.png").write_bytes(png_bytes((40, 40)))
    html = (
        '<html><body style="font-family: Noto Sans CJK SC">'
        + hostile(redirecting_server)
        + f'<img src="{SITE}/media/photos/ok.png"></body></html>'
    )
    result = print_render.render_pdf(html)
    path = tmp_path / "raw.pdf"
    path.write_bytes(result.pdf)
    text = pdf_text(path)
    assert "正文开始" in text and "正文结束" in text
    assert "root:" not in text and "媒体目录里的秘密" not in text
    assert embedded_files(path).startswith("0 embedded files")  # no link made an attachment
    assert image_count(path) == 1  # ok.png, and nothing else
    assert Recorder.hits == []


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://169.254.169.254/latest/meta-data/",
        f"{SITE}/static/../../../../etc/passwd",
        f"{SITE}/media/%2e%2e/%2e%2e/etc/passwd",
        f"{SITE}/media/urandom-link",
        f"{SITE}/media/secret-folder",
        f"{SITE}/admin/",
        "https://127.0.0.1:8000/media/secret.txt",  # another scheme is another site
    ],
)
def test_each_hostile_address_is_refused(url, settings):
    plant_traps()
    (Path(settings.MEDIA_ROOT) / "secret-folder").mkdir()
    with pytest.raises(print_render.FetchRefused):
        print_render.PortalFetcher().fetch(url)


def test_a_static_file_is_served_from_disk():
    response = print_render.PortalFetcher().fetch(f"{SITE}/static/css/portal.css")
    assert response.content_type == "text/css"
    assert len(response.read()) > 100


def test_oversized_html_is_refused_before_weasyprint_sees_it():
    from printing.sheets import SheetTooLarge

    with pytest.raises(SheetTooLarge):
        print_render.render_pdf("<p>" + "长" * print_render.MAX_HTML_BYTES + "</p>")
