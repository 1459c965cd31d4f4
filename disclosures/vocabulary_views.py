"""The township's catalog vocabulary on the officials' pages: its domains (领域) and its own
channels (公开载体), under /work/disclosures/townships/<id>/vocabulary/.

Everyone who works in the township reads them (they are the choices of every unit's catalog);
its administrators (管理员, ``manage_unit`` on the township) add, rename and reorder them, as
they may in the Django admin. Shared channels (no township) are listed, not changed here.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Model
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from powers.models import Township, Unit
from powers.permissions import grants_for

from .catalog_forms import EditReasonMixin
from .models import Channel, DisclosureDomain


def township_perms(user, township: Township) -> set[str]:
    """What ``user`` holds on the township itself, or, for reading, on any of its units."""
    grants = grants_for(user)
    perms = set(grants.on_township(township.pk))
    units = Unit.objects.filter(township=township, pk__in=list(grants.units)).values_list(
        "pk", flat=True
    )
    if any("view_records" in grants.units[pk] for pk in units):
        perms.add("view_records")
    return perms


def get_township_for_user(request: HttpRequest, pk: int, perm: str = "view_records") -> Township:
    """The township; 404 when the user works nowhere in it, 403 without ``perm`` on it."""
    township = get_object_or_404(Township, pk=pk)
    perms = township_perms(request.user, township)
    if "view_records" not in perms:
        raise Http404
    if perm not in perms:
        raise PermissionDenied
    return township


class VocabularyForm(EditReasonMixin, forms.ModelForm):
    def __init__(self, *args, township: Township, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.township = township

    def validate_unique(self) -> None:
        # The township is set on the instance, not in the form: check the pair all the same.
        try:
            self.instance.validate_constraints()
        except ValidationError as error:
            self._update_errors(error)


class DomainForm(VocabularyForm):
    class Meta:
        model = DisclosureDomain
        fields = ["name", "order"]


class ChannelForm(VocabularyForm):
    class Meta:
        model = Channel
        fields = ["name", "order"]


FORMS: dict[str, tuple[type[Model], type[VocabularyForm]]] = {
    "domain": (DisclosureDomain, DomainForm),
    "channel": (Channel, ChannelForm),
}


def _url(township: Township) -> str:
    return reverse("disclosures:vocabulary", args=[township.pk])


@login_required
def vocabulary(request: HttpRequest, township_id: int) -> HttpResponse:
    township = get_township_for_user(request, township_id)
    can_edit = "manage_unit" in township_perms(request.user, township)
    return render(
        request,
        "disclosures/vocabulary.html",
        {
            "township": township,
            "domains": township.disclosure_domains.annotate(used=Count("obligations")),
            "channels": Channel.objects.offered_in(township.pk),
            "can_edit": can_edit,
            "domain_form": DomainForm(township=township, prefix="domain") if can_edit else None,
            "channel_form": ChannelForm(township=township, prefix="channel") if can_edit else None,
        },
    )


@login_required
def vocabulary_edit(
    request: HttpRequest, township_id: int, kind: str, pk: int | None = None
) -> HttpResponse:
    """Add (without ``pk``) or change a domain or one of the township's own channels."""
    township = get_township_for_user(request, township_id, "manage_unit")
    if kind not in FORMS:
        raise Http404
    model, form_class = FORMS[kind]
    record = model(township=township)
    if pk is not None:
        record = get_object_or_404(model, pk=pk, township=township)
    if request.method == "POST":
        form = form_class(request.POST, instance=record, township=township, prefix=kind)
        if form.is_valid():
            record = form.save(commit=False)
            record._history_user = request.user
            record._change_reason = form.cleaned_data["change_reason"] or None
            record.save()  # the form pins the township: a record of another is never saved
            messages.success(request, _("已保存“%(name)s”。") % {"name": record.name})
            return redirect(_url(township))
    else:
        form = form_class(instance=record, township=township, prefix=kind)
    return render(
        request,
        "disclosures/vocabulary_form.html",
        {"township": township, "form": form, "record": record, "kind": kind},
    )
