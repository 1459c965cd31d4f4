"""Reading the long cells of a power list (权力清单 / 权责清单) and writing them back.

Published lists put several things in one cell: 实施依据 holds several laws, each ``《…》`` with
its revision in parentheses, its article and often the article's text; 责任事项 numbers the
duties of each stage (``1、受理阶段责任:…; 2、审查和决定阶段责任:…``); 追责情形 opens with a
standard sentence and numbers the cases. These functions split such a cell into the values the
catalog stores and render stored values as one cell again, so that an exported list imports
back to the same values. What a cell says is kept as written: nothing is rephrased, only the
separators between the parts (numbers, line breaks, ``;``) are left out.
"""

from __future__ import annotations

import re

from .resources import Text, split_numbered

# --- legal bases (实施依据) ----------------------------------------------------------------

_NUMERAL = r"[\d一二三四五六七八九十百零〇两]+"
_ARTICLE = rf"第{_NUMERAL}条(?:之{_NUMERAL})?(?:第{_NUMERAL}款)?(?:第[（(]?{_NUMERAL}[)）]?项)?"
_BASIS = re.compile(
    r"^(?P<document>[^《\n]{0,40}?《[^》]+》)"
    r"(?P<version>\s*[（(][^（()）]*[)）])?"
    rf"(?P<article>\s*{_ARTICLE}(?:\s*[、，,和及]\s*{_ARTICLE})*)?"
    r"(?P<rest>.*)$",
    re.S,
)

Basis = tuple[str, str, str, str]  # (document, version, article, text)


def parse_basis(text: str) -> Basis:
    """``《某法》（2019年修订）第五条：条文`` → (《某法》, （2019年修订）, 第五条, 条文); a basis
    naming no ``《》`` document is kept whole as its document."""
    text = text.strip()
    match = _BASIS.match(text)
    if not match:
        return (text, "", "", "")
    rest = match.group("rest").strip()
    rest = re.sub(r"^[:：]\s*", "", rest)
    return (
        match.group("document").strip(),
        (match.group("version") or "").strip(),
        (match.group("article") or "").strip(),
        rest,
    )


def split_bases(value) -> tuple[Basis, ...]:
    """A 实施依据 cell as its legal bases: numbered items (``1.《…》… 2.《…》…``), else one per
    line naming a ``《》`` document (a line naming none continues the one before)."""
    text = Text().clean(value)
    if not text:
        return ()
    items = list(split_numbered(text))
    if len(items) == 1 and not re.match(r"\s*1\s*[.、．]", text):
        items = []
        for line in text.split("\n"):
            line = line.strip()
            if not line:
                continue
            if items and "《" not in line:
                items[-1] += "\n" + line
            else:
                items.append(line)
    return tuple(parse_basis(item) for item in items)


def render_basis(basis: Basis) -> str:
    document, version, article, text = basis
    return f"{document}{version}{article}" + (f"：{text}" if text else "")


def join_bases(bases) -> str:
    bases = list(bases or ())
    if len(bases) == 1 and "\n" not in render_basis(bases[0]):
        return render_basis(bases[0])
    return "\n".join(f"{n}.{render_basis(basis)}" for n, basis in enumerate(bases, start=1))


# --- stage responsibilities (责任事项) -------------------------------------------------------

# The catalog's stages (PowerItem.STAGES), each found by a word of its label as lists write it.
STAGE_WORDS = [
    ("accept", ("受理",)),
    ("review", ("审查", "审核")),
    ("decide", ("决定",)),
    ("deliver", ("送达",)),
    ("supervise", ("监管",)),
]
STAGE_LABELS = {
    "accept": "受理",
    "review": "审查",
    "decide": "决定",
    "deliver": "送达",
    "supervise": "事后监管",
}
_LABEL = re.compile(r"^(?P<label>[^:：，,。；;\n]{1,16}责任)\s*[:：]\s*(?P<text>.*)$", re.S)


def split_responsibilities(value) -> tuple[dict[str, str], list[str]]:
    """A 责任事项 cell as ``{stage: duty}`` and the labels kept under 其他责任.

    A duty whose label is the stage's own (``受理责任``, ``受理阶段责任``) is stored without
    it; a label that says more (``审查和决定阶段责任``) is kept with the duty. A duty of no
    catalog stage (``立案责任``), a second duty of a stage and the closing ``其他…责任`` are
    kept, label and all, under 其他责任, in the cell's order."""
    text = Text().clean(value)
    stages: dict[str, str] = {}
    others: list[str] = []
    unplaced: list[str] = []
    for item in split_numbered(text):
        match = _LABEL.match(item)
        key = None
        if match:
            label = match.group("label")
            key = next(
                (k for k, words in STAGE_WORDS if any(w in label for w in words)),
                None,
            )
            if key is not None and key not in stages:
                own = STAGE_LABELS[key]
                plain = label in (f"{own}责任", f"{own}阶段责任", f"{own}环节责任")
                stages[key] = match.group("text").strip() if plain else item
                continue
            unplaced.append(label)
        elif not item.startswith("其他"):
            unplaced.append(item[:10])
        others.append(item)
    if others:
        stages["other"] = "\n".join(others)
    return stages, unplaced


def join_responsibilities(stages: dict, order) -> str:
    parts = []
    for key in order:
        duty = (stages or {}).get(key, "")
        if not duty:
            continue
        if key == "other" or _LABEL.match(duty):
            parts.append(duty)
        else:
            parts.append(f"{STAGE_LABELS[key]}责任：{duty}")
    if len(parts) == 1:
        return parts[0]
    return "\n".join(f"{n}.{part}" for n, part in enumerate(parts, start=1))


# --- accountability (追责情形) ---------------------------------------------------------------

_FIRST_CASE = re.compile(r"(?:^|(?<=[:：。\n]))\s*1\s*[.、．]")


def split_accountability(value) -> tuple[str, tuple[str, ...]]:
    """A 追责情形 cell as its opening sentence (责任追究) and its numbered cases."""
    text = Text().clean(value)
    match = _FIRST_CASE.search(text)
    if not match:
        return text, ()
    return text[: match.start()].strip(), split_numbered(text[match.start() :].strip())


def join_accountability(intro: str, cases) -> str:
    cases = list(cases or ())
    numbered = "\n".join(f"{n}.{case}" for n, case in enumerate(cases, start=1))
    return "\n".join(part for part in (intro, numbered) if part)


# --- sub-items (子项) -----------------------------------------------------------------------

_SUB = re.compile(r"^\s*(?P<number>\d+(?:[.．]\d+)*)\s*[.、．]\s*(?P<name>\S.*)$", re.S)


def split_sub_item(value) -> tuple[str, str]:
    """``1.农村村民住宅建设乡村建设规划许可`` → ("1", "农村村民住宅建设乡村建设规划许可")."""
    text = Text().clean(value)
    match = _SUB.match(text)
    if not match:
        return "", text
    return match.group("number"), match.group("name").strip()


def join_sub_item(position: str, name: str) -> str:
    return f"{position}.{name}" if position else name
