"""What of a risk point can become public, for the personal-data guard
(powers.personal_data_guard)."""

from __future__ import annotations

from powers.personal_data_guard import register_public_text

from .models import PreventionMeasure, RiskPoint

register_public_text(
    RiskPoint,
    [
        "description",
        "manifestation",
        "responsible_posts",
        "responsible_person",
        "leader_in_charge",
        "principal_leader",
        "supervisors",
        "review_meeting",
        "review_outcome",
    ],
    children=lambda point: point.measures.all(),
)
register_public_text(PreventionMeasure, ["measure", "responsible_person"])
