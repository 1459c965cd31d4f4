"""A flowchart's Graphviz DOT source, and running ``dot`` on it.

Node ids are generated (n1, n2, ...), never taken from user text. Every user string goes into
an HTML-like label after HTML escaping, so quotes, backslashes, braces and ``<...>`` show
literally and can neither add DOT statements nor attributes (such as ``image=`` that would
make Graphviz read a file). Bidirectional controls and other invisible control characters
are shown as their code point instead of reordering the text around them. ``dot`` itself runs
with a time limit, in an empty folder, in Graphviz's restricted "server" mode.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import subprocess
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

# Bumped when the drawing changes, so every chart gets a new hash and is drawn again.
STYLE_VERSION = "4"
FONT = "Noto Sans CJK SC"
MAX_STEPS = 150
MAX_LABEL_CHARS = 80  # per field on the chart; the text version beside it shows everything
LINE_WIDTH = 24  # display columns: a Chinese character counts two

# Extra styling of steps from other apps (risk levels), without powers importing them. An
# annotator is called once per chart as ``annotate(chart, steps)`` and returns
# ``({step id: {"fillcolor": ..., "mark": ...}}, [(colour, legend text), ...])``.
NODE_ANNOTATORS: list[Callable] = []

NODE_STYLES = {
    "start": {"shape": "box", "style": "rounded,filled", "fillcolor": "#dcefe0"},
    "end": {"shape": "box", "style": "rounded,filled", "fillcolor": "#dcefe0"},
    "step": {"shape": "box", "style": "filled", "fillcolor": "#ffffff"},
    "decision": {"shape": "diamond", "style": "filled", "fillcolor": "#fff4ce"},
}
CHECKPOINT_STYLE = {"color": "#a4161a", "penwidth": "2", "peripheries": "2"}
QUORUM_WORDS = {"half": "过半数到会", "two_thirds": "三分之二以上到会"}
VOTE_WORDS = {
    "majority_present": "到会过半数同意",
    "majority_all": "全体过半数同意",
    "two_thirds_present": "到会三分之二以上同意",
}


COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def safe_colour(value: str, fallback: str = "#d0d7de") -> str:
    """Colours come from data (a township's risk matrix): only ``#rrggbb`` reaches the DOT."""
    return value if isinstance(value, str) and COLOUR.match(value) else fallback


class RenderError(Exception):
    """``dot`` failed or the chart is too large; the message is for the official."""


def _visible(ch: str) -> str:
    if ch == "\n":
        return ch
    category = unicodedata.category(ch)
    # Cc: control characters; Cf: format characters such as U+202E (right-to-left override).
    if category in {"Cc", "Cf"} and ch not in "\u200d\ufe0f":  # keep emoji joiners
        return f"[U+{ord(ch):04X}]"
    return ch


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in {"W", "F"} else 1


def _wrap(text: str, width: int = LINE_WIDTH) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0
        for ch in paragraph:
            if used + _width(ch) > width and line:
                lines.append(line)
                line, used = "", 0
            line += ch
            used += _width(ch)
        lines.append(line)
    return lines


def label_lines(value: str, limit: int = MAX_LABEL_CHARS) -> list[str]:
    """User text as lines for an HTML-like label: escaped, wrapped, shortened."""
    value = "".join(_visible(ch) for ch in (value or "").replace("\r\n", "\n").strip())
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    # Graphviz expands \G, \N and the like even inside HTML-like labels: double backslashes.
    return [html.escape(line, quote=True).replace("\\", "\\\\") for line in _wrap(value)]


def label_text(value: str, limit: int = MAX_LABEL_CHARS) -> str:
    return "<BR/>".join(label_lines(value, limit))


@dataclass
class DotChart:
    source: str
    source_hash: str


def build_dot(chart) -> DotChart:
    """The DOT source of a flowchart; its SHA-256 names the rendered images."""
    steps = list(chart.steps.select_related("handling_post").order_by("order", "pk"))
    if len(steps) > MAX_STEPS:
        raise RenderError(
            _("流程图有 %(count)s 个环节，超过上限 %(max)s 个，请拆分为几个流程图。")
            % {"count": len(steps), "max": MAX_STEPS}
        )
    ids = {step.pk: f"n{index}" for index, step in enumerate(steps, start=1)}
    marks: dict[int, list[dict]] = {}
    legend: list[tuple[str, str]] = []
    for annotate in NODE_ANNOTATORS:
        by_step, entries = annotate(chart, steps)
        for step_id, extra in by_step.items():
            marks.setdefault(step_id, []).append(extra)
        legend += entries
    font = f'fontname="{FONT}"'
    lines = [
        f"// township-portal flowchart style {STYLE_VERSION}",
        "digraph flowchart {",
        f'  graph [{font}, charset="UTF-8", rankdir=TB, nodesep=0.35, ranksep=0.45, '
        'bgcolor="white", pad=0.2];',
        f'  node [{font}, fontsize=12, margin="0.15,0.08", color="#57606a"];',
        f'  edge [{font}, fontsize=10, color="#57606a", arrowsize=0.8];',
    ]
    for step in steps:
        lines.append(f"  {ids[step.pk]} [{_node_attributes(step, marks.get(step.pk, []))}];")
    for edge in chart.edges.all():
        if edge.source_id not in ids or edge.target_id not in ids:
            continue
        attributes = f"label=<{label_text(edge.label, 30)}>" if edge.label else ""
        lines.append(f"  {ids[edge.source_id]} -> {ids[edge.target_id]} [{attributes}];")
    lines.extend(_legend(legend))
    lines.append("}")
    source = "\n".join(lines) + "\n"
    return DotChart(source, hashlib.sha256(source.encode()).hexdigest())


def _node_attributes(step, extras: list[dict]) -> str:
    style = dict(NODE_STYLES.get(step.kind, NODE_STYLES["step"]))
    rows = [f"<B>{label_text(step.name, 40)}</B>"]
    details = []
    # The chart is a Chinese document whatever the viewer's language, and its hash must not
    # depend on who saved it: these words are not translated.
    if step.handling_post_id:
        details.append(f"承办：{step.handling_post.name}")
    elif step.responsible_party:
        details.append(f"责任：{step.responsible_party}")
    if step.time_limit_days is not None:
        days = "个工作日" if step.time_limit_type == "working" else "天（自然日）"
        details.append(f"时限：{step.time_limit_days}{days}")
    if step.posting_days:
        details.append(f"公示：{step.posting_days}天")
    if step.is_meeting and (step.quorum_fraction or step.vote_rule):
        rules = [QUORUM_WORDS.get(step.quorum_fraction, ""), VOTE_WORDS.get(step.vote_rule, "")]
        details.append("，".join(rule for rule in rules if rule))
    if step.is_checkpoint:
        style.update(CHECKPOINT_STYLE)
        details.append("★监督节点")
    for extra in extras:
        if extra.get("fillcolor"):
            style["fillcolor"] = safe_colour(extra["fillcolor"])
        if extra.get("mark"):
            details.append(extra["mark"])
    # One table row per line: plain <BR/> lines of CJK text crowd each other in Graphviz.
    rows = [f"<TR><TD><B>{line}</B></TD></TR>" for line in label_lines(step.name, 40)]
    for detail in details:
        rows += [
            f'<TR><TD><FONT POINT-SIZE="10">{line}</FONT></TD></TR>' for line in label_lines(detail)
        ]
    table = (
        f'<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">{"".join(rows)}</TABLE>'
    )
    attributes = [f'{key}="{value}"' for key, value in style.items()]
    attributes.append(f"label=<{table}>")
    return ", ".join(attributes)


def _legend(entries: list[tuple[str, str]]) -> list[str]:
    if not entries:
        return []
    cells = "".join(
        f'<TR><TD BGCOLOR="{safe_colour(colour)}" WIDTH="16"></TD>'
        f'<TD ALIGN="LEFT">{label_text(text)}</TD></TR>'
        for colour, text in entries
    )
    return [
        '  legend [shape=plaintext, label=<<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0">'
        f"{cells}</TABLE>>];"
    ]


def render(source: str, timeout: float | None = None) -> tuple[bytes, bytes]:
    """Run ``dot`` once for both SVG and PNG. Raises RenderError with a reason to show."""
    timeout = timeout or settings.FLOWCHART_RENDER_TIMEOUT
    with tempfile.TemporaryDirectory(prefix="flowchart-") as folder:
        svg_path, png_path = Path(folder, "chart.svg"), Path(folder, "chart.png")
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            # Graphviz's web-server mode: files may only come from GV_FILE_PATH, left empty.
            "SERVER_NAME": "township-portal",
            "GV_FILE_PATH": folder,
            "HOME": folder,
        }
        try:
            result = subprocess.run(
                ["dot", "-Tsvg", "-o", str(svg_path), "-Tpng", "-o", str(png_path)],
                input=source.encode(),
                capture_output=True,
                timeout=timeout,
                cwd=folder,
                env=env,
            )
        except subprocess.TimeoutExpired:
            raise RenderError(
                _("流程图过于复杂，%(seconds)s 秒内未能生成，请减少环节或连线。")
                % {"seconds": int(timeout)}
            ) from None
        except FileNotFoundError:
            raise RenderError(_("服务器未安装 Graphviz（dot），无法生成流程图。")) from None
        if result.returncode != 0 or not svg_path.exists() or not png_path.exists():
            message = result.stderr.decode(errors="replace").strip()[:500]
            raise RenderError(_("流程图生成失败：%(message)s") % {"message": message})
        return svg_path.read_bytes(), png_path.read_bytes()
