"""The officials' risk ledger (风险台账), under /work/risks/.

Warnings (risks/warning_views.py) add their own patterns at the end of this list.
"""

from __future__ import annotations

from django.urls import path

from . import views, warning_views

app_name = "risks"

urlpatterns = [
    # Ledgers: a unit's, and a township's across its units.
    path("units/<int:unit_id>/", views.unit_ledger, name="unit_ledger"),
    path("units/<int:unit_id>/points/new/", views.point_create, name="point_create"),
    path("townships/<int:township_id>/", views.township_ledger, name="township_ledger"),
    path("townships/<int:township_id>/levels.css", views.level_styles, name="level_styles"),
    # A risk point: its page, edit (with its measures), 民主评, review actions and history.
    path("points/<int:point_id>/", views.point_detail, name="point_detail"),
    path("points/<int:point_id>/edit/", views.point_edit, name="point_edit"),
    path("points/<int:point_id>/review/", views.risk_review, name="risk_review"),
    path("points/<int:point_id>/history/", views.point_history, name="point_history"),
    path(
        "points/<int:point_id>/actions/<slug:name>/",
        views.point_transition,
        name="point_transition",
    ),
    # Evidence of a measure: uploaded by the unit, downloaded by whoever reads its ledger.
    path("measures/<int:measure_id>/evidence/", views.evidence_upload, name="evidence_upload"),
    path("evidence/<int:evidence_id>/", views.evidence_download, name="evidence_download"),
]

# Early warnings (廉能风险预警) and the ledger as a spreadsheet (risks/warning_views.py).
urlpatterns += [
    path("warnings/", warning_views.township_warnings, name="township_warnings"),
    path("units/<int:unit_id>/warnings/", warning_views.unit_warnings, name="unit_warnings"),
    path("units/<int:unit_id>/warnings/new/", warning_views.warning_issue, name="warning_issue"),
    path("warnings/<int:warning_id>/", warning_views.warning_detail, name="warning_detail"),
    path(
        "warnings/<int:warning_id>/respond/",
        warning_views.warning_respond,
        name="warning_respond",
    ),
    path("warnings/<int:warning_id>/close/", warning_views.warning_close, name="warning_close"),
    path("units/<int:unit_id>/ledger.xlsx", warning_views.ledger_xlsx, name="ledger_xlsx"),
]
