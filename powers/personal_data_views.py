"""The two actions of the personal-data warning on a record's page: mask what was found, and
(the township reviewer) confirm that it may go public as it is. One pair of views for every
registered kind (powers.personal_data_guard), with the permissions of the record's unit."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .lifecycle import ConcurrentEditError
from .permissions import get_unit_record_for_user
from .personal_data_guard import confirm, is_registered, mask_record


def _registered_model(content_type_id: int):
    model = get_object_or_404(ContentType, pk=content_type_id).model_class()
    if model is None or not is_registered(model):
        raise Http404
    return model


def _back(request: HttpRequest, record) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return record.get_absolute_url() if hasattr(record, "get_absolute_url") else "/work/"


def _posted_version(request: HttpRequest) -> int | None:
    try:
        return int(request.POST["version"])
    except (KeyError, ValueError):
        return None


@login_required
@require_POST
def personal_data_mask(request: HttpRequest, content_type_id: int, object_id: int) -> HttpResponse:
    model = _registered_model(content_type_id)
    record = get_unit_record_for_user(request, model, object_id, "change_records")
    try:
        masked = mask_record(record, user=request.user, expected_version=_posted_version(request))
    except ConcurrentEditError:
        messages.error(request, _("遮盖未成功：这条记录刚被他人修改，请核对后重试。"))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if masked:
            messages.success(request, _("已遮盖 %(n)s 处个人信息。") % {"n": masked})
        else:
            messages.warning(
                request,
                _("没有可以自动遮盖的内容：附件中的个人信息，请遮盖后重新上传附件。"),
            )
    return redirect(_back(request, record))


@login_required
@require_POST
def personal_data_confirm(
    request: HttpRequest, content_type_id: int, object_id: int
) -> HttpResponse:
    model = _registered_model(content_type_id)
    record = get_unit_record_for_user(request, model, object_id, "review_records")
    try:
        confirm(
            record,
            user=request.user,
            reason=request.POST.get("reason", ""),
            fingerprint=request.POST.get("fingerprint", ""),
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("已确认这些内容可以公开。"))
    return redirect(_back(request, record))
