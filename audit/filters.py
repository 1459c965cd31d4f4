"""Filters of the audit timeline (django-filter).

The timeline lists chain links. Each link carries, copied from its history row, where the row
belongs (township, unit), when, by whom and which action: those filters are conditions on the
links. Only free text searches the history rows themselves (:class:`~audit.browser.TimelineQuery`).
"""

from __future__ import annotations

import datetime

import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from powers.models import Township, Unit
from powers.timeline import ACTIONS

from .browser import TimelineQuery, audit_township_ids, visible_types


def _day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


class AuditTimelineFilter(django_filters.FilterSet):
    township = django_filters.ModelChoiceFilter(
        label=_("乡镇"), queryset=Township.objects.none(), empty_label=_("全部")
    )
    unit = django_filters.ModelChoiceFilter(
        label=_("单位"), queryset=Unit.objects.none(), empty_label=_("全部")
    )
    user = django_filters.CharFilter(label=_("操作人"))
    record_type = django_filters.ChoiceFilter(label=_("记录类型"), empty_label=_("全部"))
    action = django_filters.ChoiceFilter(
        label=_("操作"), choices=list(ACTIONS.items()), empty_label=_("全部")
    )
    date_from = django_filters.DateFilter(label=_("起始日期"))
    date_to = django_filters.DateFilter(label=_("截止日期"))
    q = django_filters.CharFilter(label=_("搜索"))

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, queryset=Township.objects.none(), **kwargs)
        self.reader = user
        self.township_ids = audit_township_ids(user)
        self.types = visible_types(user)
        townships = Township.objects.order_by("name")
        units = Unit.objects.select_related("township").order_by("township__name", "code")
        if self.township_ids is not None:
            townships = townships.filter(pk__in=self.township_ids)
            units = units.filter(township_id__in=self.township_ids)
        self.filters["township"].queryset = townships
        # Units of one township only: the chosen one, or the reader's only one. A list of every
        # unit of a county (hundreds) would be slow to render and no use to pick from.
        chosen = self.data.get("township") if self.data else None
        if chosen and str(chosen).isdigit():
            units = units.filter(township_id=int(chosen))
        elif self.township_ids is not None and len(self.township_ids) == 1:
            pass
        else:
            units = units.none()
            self.filters["unit"].extra["help_text"] = _("先选择乡镇")
        self.filters["unit"].queryset = units
        self.filters["record_type"].extra["choices"] = [(t.label, t.name) for t in self.types]

    @property
    def query(self) -> TimelineQuery:
        """The timeline the valid filters ask for (all of the reader's when none are set).
        Every filter but the free text is on the links' own columns (:class:`TimelineQuery`)."""
        data = self.form.cleaned_data if self.is_valid() else {}
        types = self.types
        q = Q()
        if data.get("record_type"):
            types = [t for t in types if t.label == data["record_type"]]
        if township := data.get("township"):
            types = [t for t in types if t.township_paths]
            q &= Q(township_id=township.pk)
        if unit := data.get("unit"):
            types = [t for t in types if t.unit_path]
            q &= Q(unit_id=unit.pk)
        if user := (data.get("user") or "").strip():
            q &= Q(history_user_name__icontains=user)
        if action := data.get("action"):
            q &= Q(history_type=action)
        if day := data.get("date_from"):
            q &= Q(history_date__gte=_day_start(day))
        if day_to := data.get("date_to"):
            q &= Q(history_date__lt=_day_start(day_to + datetime.timedelta(days=1)))
        text = (data.get("q") or "").strip()
        return TimelineQuery(types, self.township_ids, q, text)
