from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .readiness import run_checks


@never_cache
@require_GET
def readyz(request: HttpRequest) -> JsonResponse:
    """Readiness for an orchestrator or a monitor: 200 when every dependency answers, else 503
    naming the failing checks. No sign-in; nothing secret in the answer."""
    report = run_checks()
    return JsonResponse(
        report,
        status=200 if report["status"] == "ok" else 503,
        json_dumps_params={"ensure_ascii": False},
    )
