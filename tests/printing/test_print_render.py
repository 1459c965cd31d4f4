"""What the sheets' faster rendering keeps (issue 6): list numbers and bullets with the trimmed
user-agent stylesheet, a long unbroken address wrapped inside its cell, one even grid of rules,
and a worker process that collects its garbage again after every render, failed ones too."""

from __future__ import annotations

import gc
import subprocess

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.template.loader import render_to_string
from PIL import Image, ImageOps
from weasyprint.html import UA

from printing import render as print_render

LONG_ADDRESS = (
    "https://qingxi.example.gov.cn/feedback/complaint/abcdefghijklmnopqrstuvwxyz0123456789"
)


def sheet(body: str) -> str:
    """A page with the sheets' shared stylesheet, as every printed sheet has."""
    css = render_to_string("printing/sheet.css")
    return f"<!doctype html><html><head><style>{css}</style></head><body>{body}</body></html>"


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_numbered_and_bulleted_lists_keep_their_markers(tmp_path):
    result = print_render.render_pdf(
        sheet("<ol><li>张三户</li><li>李四户</li></ol><ul><li>王五户</li></ul>")
    )
    lines = [line.strip() for line in text_of(result.pdf, tmp_path).splitlines()]
    assert "1. 张三户" in lines and "2. 李四户" in lines
    assert "• 王五户" in lines


def test_a_long_unbroken_address_wraps_inside_its_cell(tmp_path):
    result = print_render.render_pdf(
        sheet(
            '<table><colgroup><col style="width: 20%"><col></colgroup>'
            f"<tr><td>{LONG_ADDRESS}</td><td>乡纪委监督电话</td></tr></table>"
        )
    )
    text = text_of(result.pdf, tmp_path)
    # Broken over several lines of its own column, none running into the next one.
    assert LONG_ADDRESS not in text
    assert LONG_ADDRESS in "".join(text.split()).replace("乡纪委监督电话", "")
    assert sum(1 for line in text.splitlines() if line.strip()) >= 4


def test_the_grid_is_one_even_rule_between_cells(tmp_path):
    """Separate borders of half the width on the table and on each cell add up to one rule:
    the line between two cells is as wide as the frame round the table."""
    result = print_render.render_pdf(
        sheet(
            '<table style="width: 60mm"><tr><td style="height: 20mm"></td>'
            '<td style="height: 20mm"></td></tr></table>'
        )
    )
    pdf = tmp_path / "grid.pdf"
    pdf.write_bytes(result.pdf)
    subprocess.run(
        ["pdftoppm", "-r", "600", "-gray", "-f", "1", "-l", "1", str(pdf), tmp_path / "grid"],
        check=True,
    )
    (image,) = tmp_path.glob("grid*.pgm")
    picture = Image.open(image)
    width, height = picture.size
    # The table's box: the ink in the top third of the page (the footer lies far below).
    top_third = ImageOps.invert(picture.crop((0, 0, width, height // 3)))
    _left, top, _right, bottom = top_third.point(lambda v: 255 if v > 127 else 0).getbbox()
    middle = picture.crop((0, (top + bottom) // 2, width, (top + bottom) // 2 + 1))
    rules = _dark_runs(list(middle.get_flattened_data()))
    assert len(rules) == 3, rules  # the left frame, the rule between the cells, the right frame
    widths = [end - start for start, end in rules]
    assert max(widths) - min(widths) <= 1, widths


def _dark_runs(row: list[int]) -> list[tuple[int, int]]:
    """Where a row of grey pixels is dark: (first, past the last) of each run."""
    runs, start = [], None
    for x, value in enumerate([*row, 255]):
        if value < 128 and start is None:
            start = x
        elif value >= 128 and start is not None:
            runs.append((start, x))
            start = None
    return runs


def test_the_stylesheet_guard_notices_another_weasyprint():
    assert "li::marker {" in print_render._sheet_user_agent_css(UA)
    with pytest.raises(ImproperlyConfigured, match="user-agent stylesheet has changed"):
        print_render._sheet_user_agent_css(UA.replace("::marker {", "::marker  {"))
    with pytest.raises(ImproperlyConfigured):
        print_render._sheet_user_agent_css(UA + "\n::note-area { display: block }\n")


def test_a_render_leaves_the_collector_on_and_nothing_to_collect():
    page = sheet("<table><tr><td>甲</td><td>乙</td></tr></table>")
    print_render.render_pdf(page)
    print_render.render_pdf(page)
    assert gc.isenabled()
    # The render's reference cycles were freed in the render, not left for a later pause.
    assert gc.collect() == 0


def test_a_failed_render_turns_the_collector_back_on(monkeypatch):
    def broken(self, **options):
        raise RuntimeError("layout failed")

    monkeypatch.setattr(print_render.SheetHTML, "render", broken)
    with pytest.raises(RuntimeError):
        print_render.render_pdf(sheet("<p>甲</p>"))
    assert gc.isenabled()
