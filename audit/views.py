"""The discipline committee's check that nobody rewrote the record."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from powers.permissions import townships_with_perm

from .chain import head_hash, unchained_rows
from .models import ChainLink, ChainVerification
from .tasks import verify_chain


def _require_township_history(request: HttpRequest) -> None:
    # The committee, reviewers and administrators hold history rights on a whole township.
    if not townships_with_perm(request.user, "view_history").exists():
        raise PermissionDenied


@login_required
@require_http_methods(["GET", "POST"])
def chain_status(request: HttpRequest) -> HttpResponse:
    _require_township_history(request)
    if request.method == "POST":
        run = ChainVerification.objects.create(requested_by=request.user)
        transaction.on_commit(lambda: verify_chain.delay(run.pk))
        messages.success(request, _("已开始核验审计链，完成后结果显示在下方。"))
        return redirect("audit:chain_status")
    return render(
        request,
        "audit/chain_status.html",
        {
            "head_hash": head_hash(),
            "link_count": ChainLink.objects.count(),
            "unchained": unchained_rows(),
            "runs": ChainVerification.objects.select_related("requested_by")[:20],
        },
    )
