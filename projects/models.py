"""Livelihood projects (民生工程) and their milestones, disclosed with their progress."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from powers.history import audited_history
from powers.lifecycle import LifecycleRecord, queue_in_my_work
from powers.models import Unit
from powers.permissions import unit_filter


class ProjectQuerySet(models.QuerySet):
    def visible_to(self, user, perm: str = "view_records") -> ProjectQuerySet:
        return self.filter(unit_filter(user, perm))

    def public(self) -> ProjectQuerySet:
        """What anyone may read: approved and not withdrawn, of an active unit."""
        return self.filter(is_public=True, unit__is_active=True)


class Project(LifecycleRecord):
    """A livelihood project (民生工程) disclosed with its progress: status, percent done,
    milestones, money source and amount, contractor.

    Reviewed like a disclosure (powers.lifecycle): the public reads the approved snapshot, with
    its milestones inside it, so a changed budget, contractor or progress waits for approval.
    ``progress_status`` is where the works stand (在建, 已完工); ``status`` is the review state.
    """

    class ProjectStatus(models.TextChoices):
        PLANNED = "planned", _("筹备中")
        TENDERING = "tendering", _("招投标")
        BUILDING = "building", _("在建")
        ACCEPTING = "accepting", _("验收中")
        DONE = "done", _("已完工")
        SUSPENDED = "suspended", _("暂停")

    unit = models.ForeignKey(Unit, models.PROTECT, related_name="projects", verbose_name=_("单位"))
    code = models.SlugField(_("编号"), max_length=30)
    name = models.CharField(_("工程名称"), max_length=200)
    description = models.TextField(_("建设内容"), blank=True)
    budget = models.DecimalField(_("预算（元）"), max_digits=14, decimal_places=2)
    fund_source = models.CharField(_("资金来源"), max_length=200)
    contractor = models.CharField(_("施工单位"), max_length=200, blank=True)
    progress_status = models.CharField(
        _("进展状态"),
        max_length=12,
        choices=ProjectStatus.choices,
        default=ProjectStatus.PLANNED,
    )
    percent_done = models.PositiveSmallIntegerField(_("完成进度（%）"), default=0)
    start_date = models.DateField(_("开工日期"), null=True, blank=True)
    planned_end = models.DateField(_("计划完工"), null=True, blank=True)
    history = audited_history(excluded_fields=LifecycleRecord.history_excluded_fields)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("民生工程")
        verbose_name_plural = _("民生工程")
        ordering = ["unit", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "code"],
                name="project_code_unique_in_unit",
                violation_error_message=_("本单位已有相同编号的民生工程。"),
            ),
            models.CheckConstraint(
                condition=models.Q(percent_done__lte=100),
                name="project_percent_at_most_100",
                violation_error_message=_("完成进度不能超过 100%。"),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_unit(self) -> Unit:
        return self.unit

    def get_absolute_url(self) -> str:
        return reverse("projects:detail", args=[self.pk])

    def public_snapshot(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "description": self.description,
            "budget": str(self.budget),
            "fund_source": self.fund_source,
            "contractor": self.contractor,
            "status": self.progress_status,
            "status_label": self.get_progress_status_display(),
            "percent_done": self.percent_done,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "planned_end": self.planned_end.isoformat() if self.planned_end else None,
            "milestones": [
                {
                    "id": milestone.pk,
                    "name": milestone.name,
                    "planned_date": _iso(milestone.planned_date),
                    "done_date": _iso(milestone.done_date),
                    "note": milestone.note,
                    # The stored file (named by its hash): a later upload does not replace it.
                    "photo": milestone.photo.name or "",
                }
                for milestone in self.milestones.order_by("order", "planned_date", "pk")
            ],
        }


def _iso(day) -> str | None:
    return day.isoformat() if day else None


class ProjectMilestone(models.Model):
    """A milestone of a project, planned and (once reached) done, with a note and a photo."""

    project = models.ForeignKey(
        Project, models.CASCADE, related_name="milestones", verbose_name=_("民生工程")
    )
    name = models.CharField(_("节点"), max_length=100)
    planned_date = models.DateField(_("计划日期"), null=True, blank=True)
    done_date = models.DateField(_("完成日期"), null=True, blank=True)
    note = models.TextField(_("说明"), blank=True)
    photo = models.ImageField(_("现场照片"), upload_to="projects/%Y/%m/", blank=True)
    order = models.PositiveIntegerField(_("排序"), default=0)
    history = audited_history()

    class Meta:
        verbose_name = _("工程节点")
        verbose_name_plural = _("工程节点")
        ordering = ["project", "order", "planned_date", "pk"]

    def __str__(self) -> str:
        return f"{self.project} · {self.name}"

    def get_unit(self) -> Unit:
        return self.project.unit


# A milestone's changes show in its project's timeline.
Project.history_children = [
    (ProjectMilestone, lambda project: {"project_id": project.pk}),
]
queue_in_my_work(Project)
