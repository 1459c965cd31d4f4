"""Risk levels on flowcharts: the highest level of a step's public risk points colours its node.

Plugged into powers.dot's annotators when the app is ready, so powers never imports risks.
"""

from __future__ import annotations

from .models import RiskPoint, matrix_for


def tint(colour: str, amount: float = 0.72) -> str:
    """A light version of a level's colour, so the step's text stays readable on it."""
    try:
        red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    except (TypeError, ValueError):
        return "#ffffff"
    mix = [round(c + (255 - c) * amount) for c in (red, green, blue)]
    return "#{:02x}{:02x}{:02x}".format(*mix)


def risk_marks(chart, steps) -> tuple[dict[int, dict], list[tuple[str, str]]]:
    points = RiskPoint.objects.public().filter(step__in=[step.pk for step in steps])
    matrix = matrix_for(chart.unit.township)
    grades = matrix.grades_for(chart.unit.kind)  # the chart's unit's own grade names
    worst: dict[int, str] = {}
    counts: dict[int, int] = {}
    for step_id, level in points.values_list("step_id", "inherent_level"):
        counts[step_id] = counts.get(step_id, 0) + 1
        if step_id not in worst or matrix.rank(level) < matrix.rank(worst[step_id]):
            worst[step_id] = level
    marks = {}
    for step_id, code in worst.items():
        level = matrix.level(code)
        if not level:  # only ungraded points: counted, not coloured or named
            marks[step_id] = {"mark": f"⚠ 风险点 {counts[step_id]} 个"}
            continue
        marks[step_id] = {
            "fillcolor": tint(level.get("colour", "")),
            "mark": f"⚠ {grades.label(code)}风险点 {counts[step_id]} 个",
        }
    used = set(worst.values())
    legend = [
        (tint(level["colour"]), f"{grades.label(level['code'])}风险：{level.get('meaning', '')}")
        for level in matrix.levels
        if level["code"] in used
    ]
    return marks, legend
