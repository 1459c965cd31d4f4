"""Public feedback (监督评议): the form, receipt and tracking page on the public site (never
cached), and the officials' pages under /work/feedback/."""

from __future__ import annotations

from django.urls import path

from . import views

app_name = "feedback"

urlpatterns = [
    path("feedback/new/", views.feedback_new, name="new"),
    path("feedback/submit/", views.feedback_submit, name="submit"),
    path("feedback/thanks/", views.feedback_thanks, name="thanks"),
    path("feedback/track/", views.feedback_track, name="track"),
    path("work/feedback/", views.township_feedback, name="township_list"),
    path("work/feedback/units/<int:unit_id>/", views.unit_feedback, name="unit_list"),
    path("work/feedback/<int:feedback_id>/", views.feedback_detail, name="detail"),
    path("work/feedback/<int:feedback_id>/assign/", views.feedback_assign, name="assign"),
    path("work/feedback/<int:feedback_id>/reply/", views.feedback_reply, name="reply"),
    path("work/feedback/<int:feedback_id>/close/", views.feedback_close, name="close"),
    path("work/feedback/<int:feedback_id>/history/", views.feedback_history, name="history"),
]
