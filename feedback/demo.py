"""The demo township's public feedback (``powers.demo``), after its disclosures and projects: the
public's submissions carry no user; the unit's clerk assigns, replies and closes."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from disclosures.demo import demo_units
from disclosures.models import Disclosure
from powers.models import Township
from projects.models import Project

from . import demo_data
from .models import Feedback


def load_demo_feedback(township: Township) -> None:
    """What the public asked and said, and the replies (once)."""
    if Feedback.objects.filter(unit__township=township).exists():
        return
    entries = demo_units(township)
    today = timezone.localdate()
    now = timezone.now()
    for spec in demo_data.FEEDBACK:
        entry = entries[spec["unit"]]
        kind, key = spec["target"] or ("", "")
        feedback = Feedback(
            unit=entry.unit,
            item=entry.items[key] if kind == "item" else None,
            disclosure=(
                Disclosure.objects.get(unit=entry.unit, title=entry.text(key))
                if kind == "disclosure"
                else None
            ),
            project=Project.objects.get(unit=entry.unit, code=key) if kind == "project" else None,
            kind=spec["kind"],
            rating=spec.get("rating", ""),
            body=entry.text(spec["body"]),
            contact=spec["contact"],
            reply_deadline=today + timedelta(days=-3 if spec.get("overdue") else 10),
        )
        if "deadline" in spec:
            feedback.reply_deadline = today + timedelta(days=spec["deadline"])
        feedback.full_clean()
        feedback._history_user = None
        feedback._change_reason = "群众通过公开网站提交"
        feedback.save()
        if spec.get("assigned"):
            feedback.assigned_to = entry.head
            feedback.status = Feedback.FeedbackStatus.ASSIGNED
            feedback._history_user = entry.clerk
            feedback._change_reason = "交办"
            feedback.save()
        if spec.get("reply"):
            feedback.reply = spec["reply"]
            feedback.replied_by = entry.clerk
            feedback.replied_at = now
            feedback.status = Feedback.FeedbackStatus.REPLIED
            feedback._history_user = entry.clerk
            feedback._change_reason = "公开答复"
            feedback.save()
            if spec.get("closed"):
                feedback.status = Feedback.FeedbackStatus.CLOSED
                feedback._history_user = entry.clerk
                feedback._change_reason = "已答复，办结"
                feedback.save()
