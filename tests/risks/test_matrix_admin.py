"""A township administrator changes the risk matrix in the admin: open points re-level."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from risks.models import RiskMatrix, RiskPoint


@pytest.mark.django_db
def test_changing_the_matrix_relevels_open_points_with_history(client, demo):
    matrix = RiskMatrix.objects.get(township=demo.township)
    point = RiskPoint.objects.filter(unit__township=demo.township, inherent_level="3").first()
    client.force_login(demo.administrator)
    response = client.post(
        reverse("admin:risks_riskmatrix_change", args=[matrix.pk]),
        {
            "township": demo.township.pk,
            "likelihood_labels": json.dumps(matrix.likelihood_labels),
            "impact_labels": json.dumps(matrix.impact_labels),
            "levels": json.dumps(matrix.levels),
            "cells": json.dumps([["1"] * 3] * 3),  # every cell the most serious level
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    point.refresh_from_db()
    assert point.inherent_level == "1"
    row = point.history.first()
    assert row.history_user == demo.administrator
    assert "风险矩阵调整" in row.history_change_reason
    assert matrix.history.first().history_user == demo.administrator


@pytest.mark.django_db
def test_an_administrator_sees_only_their_townships_matrix(client, demo):
    other = demo.other_township_unit.township
    RiskMatrix.default_for(other).save()
    client.force_login(demo.administrator)
    page = client.get(reverse("admin:risks_riskmatrix_changelist")).content.decode()
    assert demo.township.name in page
    assert other.name not in page
