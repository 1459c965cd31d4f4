"""Risk grades (风险等级) as units write them: the default matrix, a kind of unit's own grade
names, and what those names stand for in the township's matrix."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from powers.models import Unit

if TYPE_CHECKING:
    from .models import RiskMatrix

# The default matrix: likelihood × impact on three levels each. A cell's score decides its
# level: 6–9 一级 (could become a crime), 3–4 二级 (a disciplinary sanction), 1–2 三级.
DEFAULT_LEVELS = [
    {"code": "1", "name": "一级", "colour": "#c62828", "meaning": "可能构成违法犯罪"},
    {"code": "2", "name": "二级", "colour": "#ef6c00", "meaning": "可能受到党纪政务处分"},
    {"code": "3", "name": "三级", "colour": "#f9a825", "meaning": "可能出现轻微违规违纪"},
]
DEFAULT_LIKELIHOOD = ["低", "中", "高"]
DEFAULT_IMPACT = ["小", "中", "大"]


def default_cells() -> list[list[str]]:
    """cells[likelihood - 1][impact - 1] → level code."""
    return [
        ["1" if li * im >= 6 else "2" if li * im >= 3 else "3" for im in range(1, 4)]
        for li in range(1, 4)
    ]


def clean_kind_grades(kind_grades, level_count: int) -> dict[str, list[str]]:
    """The grade names of each kind of unit, checked and stripped: as many as the levels, all
    different, for kinds of unit that exist."""
    kind_grades = kind_grades or {}
    if not isinstance(kind_grades, dict):
        raise ValidationError(
            {"kind_grades": _('请按单位类型填写，如 {"school": ["Ⅰ级", "Ⅱ级", "Ⅲ级"]}。')}
        )
    kinds = dict(Unit.Kind.choices)
    for kind, names in kind_grades.items():
        if kind not in kinds:
            available = "、".join(f"{code}（{name}）" for code, name in kinds.items())
            raise ValidationError(
                {
                    "kind_grades": _("没有“%(kind)s”这种单位类型；可用：%(kinds)s。")
                    % {"kind": kind, "kinds": available}
                }
            )
        if (
            not isinstance(names, list)
            or len(names) != level_count
            or any(not isinstance(name, str) or not name.strip() for name in names)
            or len({name.strip() for name in names}) != len(names)
        ):
            raise ValidationError(
                {
                    "kind_grades": _(
                        "“%(kind)s”的等级名称须与风险等级一样多（%(count)s 个），"
                        "各不相同，从高到低排列。"
                    )
                    % {"kind": kinds[kind], "count": level_count}
                }
            )
    return {kind: [name.strip() for name in names] for kind, names in kind_grades.items()}


@dataclass(frozen=True)
class Grades:
    """The risk grades (风险等级) one kind of unit writes, from the most serious down: the
    township's level names, or the kind's own. Each name stands for the matrix's level of the
    same rank, so a school's Ⅰ级 and a village's 高 are both the township's 一级 for colours,
    counts and warnings, while each unit's pages and tables keep its own word."""

    labels: tuple[str, ...]
    matrix: RiskMatrix
    own: bool = False

    def rank(self, label: str) -> int | None:
        """1 for the most serious grade; None for a name that is not one of these grades."""
        label = (label or "").strip()
        return self.labels.index(label) + 1 if label in self.labels else None

    def code(self, label: str) -> str:
        """The matrix level a grade name stands for, or ''."""
        return self.matrix.code_at(self.rank(label))

    def label(self, code: str) -> str:
        """This kind's name of a matrix level, or '' for no level."""
        codes = [level["code"] for level in self.matrix.levels]
        return self.labels[codes.index(code)] if code and code in codes else ""
