"""A fresh village of the demo township for each import test, with its clerk, so that what a
file stores is all there is in the unit's ledger."""

from __future__ import annotations

from pathlib import Path

import pytest

from powers.models import RoleAssignment
from risks.models import RiskMatrix
from risks.services import save_matrix
from tests.factories import UnitFactory, UserFactory, grant

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def village(demo):
    unit = UnitFactory(township=demo.township, code="qx-import", name="导入村", kind="village")
    return unit


@pytest.fixture
def village_clerk(village):
    clerk = UserFactory(username="import-clerk", first_name="导入员")
    grant(clerk, RoleAssignment.Role.CLERK, village)
    return clerk


@pytest.fixture
def graded_villages(demo):
    """Villages grade 高/中/低 and schools Ⅰ级/Ⅱ级/Ⅲ级, as the example tables do."""
    matrix = RiskMatrix.objects.get(township=demo.township)
    matrix.kind_grades = {"village": ["高", "中", "低"], "school": ["Ⅰ级", "Ⅱ级", "Ⅲ级"]}
    save_matrix(matrix, user=demo.administrator, reason="按示例表格的等级名称")
    demo.township.__dict__.pop("_risk_matrix_cache", None)
    return matrix


def example(name: str) -> bytes:
    return (EXAMPLES / name).read_bytes()
