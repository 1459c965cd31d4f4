"""The risk ledger (风险台账): risk matrices, risk points, prevention measures, evidence and
early warnings (廉能风险预警)."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Max, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from powers.dot import COLOUR
from powers.history import audited_history
from powers.lifecycle import LifecycleRecord, queue_in_my_work
from powers.models import FlowStep, Post, PowerItem, Township, Unit
from powers.permissions import unit_filter

from .grades import (
    DEFAULT_IMPACT,
    DEFAULT_LEVELS,
    DEFAULT_LIKELIHOOD,
    Grades,
    clean_kind_grades,
    default_cells,
)

logger = logging.getLogger(__name__)


class RiskMatrix(models.Model):
    """A township's risk matrix, stored as data: the scales, the levels and which cell is
    which level. Units grade as 一级/二级/三级, 高/中/低, A/B/C or Ⅰ/Ⅱ/Ⅲ: the names are data.

    ``levels`` are the township's own grades, from the most serious down, with their colours
    and meanings; they are also the names every unit grades in, unless its kind of unit has
    names of its own in ``kind_grades`` (a school grading Ⅰ级/Ⅱ级/Ⅲ级 while the villages
    write 高/中/低). A kind's n-th name is the n-th level: its colour, meaning, counts and
    warnings are that level's.
    """

    township = models.OneToOneField(
        Township, models.PROTECT, related_name="risk_matrix", verbose_name=_("乡镇")
    )
    likelihood_labels = models.JSONField(_("可能性等级"), default=list)
    impact_labels = models.JSONField(_("影响程度等级"), default=list)
    levels = models.JSONField(_("风险等级"), default=list)
    cells = models.JSONField(_("矩阵"), default=list)
    kind_grades = models.JSONField(
        _("各类单位的等级名称"),
        default=dict,
        blank=True,
        help_text=_(
            "某类单位的风险台账用自己的等级名称时填写，从高到低，个数与风险等级相同，"
            '如 {"school": ["Ⅰ级", "Ⅱ级", "Ⅲ级"], "village": ["高", "中", "低"]}；'
            "未填写的单位类型使用上面风险等级的名称。"
        ),
    )
    history = audited_history()

    class Meta:
        verbose_name = _("风险矩阵")
        verbose_name_plural = _("风险矩阵")

    def __str__(self) -> str:
        return f"{self.township} · {len(self.likelihood_labels)}×{len(self.impact_labels)}"

    @classmethod
    def default_for(cls, township: Township) -> RiskMatrix:
        return cls(
            township=township,
            likelihood_labels=list(DEFAULT_LIKELIHOOD),
            impact_labels=list(DEFAULT_IMPACT),
            levels=[dict(level) for level in DEFAULT_LEVELS],
            cells=default_cells(),
        )

    def clean(self) -> None:
        codes = {level.get("code") for level in self.levels}
        if not self.levels or len(codes) != len(self.levels):
            raise ValidationError(_("风险等级的代码必须各不相同，且至少有一个等级。"))
        if len(self.cells) != len(self.likelihood_labels) or any(
            len(row) != len(self.impact_labels) for row in self.cells
        ):
            raise ValidationError(_("矩阵的行数、列数必须与可能性和影响程度的等级数一致。"))
        if any(not COLOUR.match(str(level.get("colour", ""))) for level in self.levels):
            raise ValidationError(_("等级颜色请用 #rrggbb 形式，如 #c62828。"))
        unknown = {cell for row in self.cells for cell in row} - codes
        if unknown:
            raise ValidationError(
                _("矩阵中有未定义的风险等级：%(codes)s") % {"codes": "、".join(sorted(unknown))}
            )
        self.kind_grades = clean_kind_grades(self.kind_grades, len(self.levels))

    def level_of(self, likelihood: int | None, impact: int | None) -> str:
        """The level code of a cell (1-based scales), or '' when either is not set."""
        if not likelihood or not impact:
            return ""
        try:
            return self.cells[likelihood - 1][impact - 1]
        except IndexError:
            return ""

    def level(self, code: str) -> dict:
        return next((level for level in self.levels if level["code"] == code), {})

    def rank(self, code: str) -> int:
        """0 for the most serious level: levels are listed from the most serious down."""
        codes = [level["code"] for level in self.levels]
        return codes.index(code) if code in codes else len(codes)

    def code_at(self, rank: int | None) -> str:
        """The code of the level of ``rank`` (1 for the most serious), or ''."""
        if not rank or not 1 <= rank <= len(self.levels):
            return ""
        return self.levels[rank - 1]["code"]

    def grades_for(self, kind: str) -> Grades:
        """The grade names units of ``kind`` write: their own, or the levels' names."""
        names = self.kind_grades.get(kind) if isinstance(self.kind_grades, dict) else None
        if isinstance(names, list) and len(names) == len(self.levels):
            return Grades(tuple(str(name).strip() for name in names), self, own=True)
        return Grades(
            tuple(level.get("name", level["code"]) for level in self.levels), self, own=False
        )


class RiskPointQuerySet(models.QuerySet):
    def visible_to(self, user, perm: str = "view_records") -> RiskPointQuerySet:
        return self.filter(unit_filter(user, perm))

    def public(self) -> RiskPointQuerySet:
        return self.filter(is_public=True, is_internal=False)


class RiskPoint(LifecycleRecord):
    """An integrity-risk point (风险点) of a unit: of a post, a power item or a flowchart step.

    Found by the unit (自己找), reviewed democratically (民主评) and approved by the township
    (乡镇审, the lifecycle's approval, which needs the democratic review first).

    Kept as the unit's table writes it (风险点排查表, 廉政风险防控台账): its number and place in
    the table, the risk (风险点) and how it shows (表现形式), the posts answering for it. Its
    grade (风险等级) is either written directly in the unit's grade names (``grade``), or comes
    from the township's matrix when the table gives likelihood × impact; both given must agree.
    ``inherent_level`` is the matrix level either way (what colours, counts and warnings use);
    ``grade_label`` is the grade in the unit's own words. Residual likelihood × impact, after
    the measures, is optional.
    """

    class RiskType(models.TextChoices):
        POST_DUTY = "post_duty", _("岗位职责")
        PROCESS = "process", _("业务流程")
        SYSTEM = "system", _("制度机制")
        EXTERNAL = "external", _("外部环境")

    class PostRisk(models.TextChoices):
        DECISION_DISTORTION = "decision_distortion", _("执行决策失真")
        APPOINTMENT = "appointment", _("选人用人失准")
        MAJOR_DECISION = "major_decision", _("重大决策失误")
        ETHICS = "ethics", _("从政道德失范")
        INFLUENCE = "influence", _("权力影响失控")
        OTHER = "other", _("其他")

    unit = models.ForeignKey(
        Unit, models.PROTECT, related_name="risk_points", verbose_name=_("单位")
    )
    code = models.CharField(
        _("编号"), max_length=30, help_text=_("按原表填写，如 1、1.1、（一）、FX-01。")
    )
    sequence = models.PositiveIntegerField(
        _("排列顺序"),
        null=True,
        blank=True,
        help_text=_("在台账中的先后位置；新增时留空则排在最后，修改时留空则保持原位置。"),
    )
    post = models.ForeignKey(
        Post,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="risk_points",
        verbose_name=_("岗位"),
    )
    item = models.ForeignKey(
        PowerItem,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="risk_points",
        verbose_name=_("权力事项"),
    )
    step = models.ForeignKey(
        FlowStep,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="risk_points",
        verbose_name=_("流程环节"),
    )
    description = models.TextField(_("风险点描述"))
    manifestation = models.TextField(_("表现形式"), blank=True)
    # Many published tables classify neither way: left empty, never filled with "其他".
    risk_type = models.CharField(
        _("风险类型"), max_length=16, choices=RiskType.choices, blank=True, default=""
    )
    post_risk = models.CharField(
        _("岗位风险类别"), max_length=24, choices=PostRisk.choices, blank=True, default=""
    )
    # The posts answering for the point as the table names them ("村党组织书记、村委会主任"):
    # text, because tables name posts by their own words, several at once, and posts of other
    # bodies (镇农经站) that are no Post of the unit; ``post`` is the one post it sits on.
    responsible_posts = models.CharField(
        _("责任岗位"),
        max_length=300,
        blank=True,
        help_text=_("按原表填写，可写多个岗位，用顿号分隔，如：村党组织书记、村委会主任。"),
    )
    responsible_person = models.CharField(_("责任人"), max_length=100, blank=True)
    leader_in_charge = models.CharField(_("分管领导"), max_length=100, blank=True)
    principal_leader = models.CharField(_("主管领导"), max_length=100, blank=True)
    supervisors = models.CharField(
        _("监督人"),
        max_length=300,
        blank=True,
        help_text=_("按原表填写，如：村务监督委员会、镇联村干部。"),
    )
    grade = models.CharField(
        _("风险等级"),
        max_length=20,
        blank=True,
        help_text=_("按原表直接填写的等级；填了可能性和影响程度的，由风险矩阵确定，可留空。"),
    )
    likelihood = models.PositiveSmallIntegerField(_("可能性"), null=True, blank=True)
    impact = models.PositiveSmallIntegerField(_("影响程度"), null=True, blank=True)
    inherent_level = models.CharField(_("固有风险等级"), max_length=8, blank=True, editable=False)
    residual_likelihood = models.PositiveSmallIntegerField(_("措施后可能性"), null=True, blank=True)
    residual_impact = models.PositiveSmallIntegerField(_("措施后影响程度"), null=True, blank=True)
    residual_level = models.CharField(_("剩余风险等级"), max_length=8, blank=True, editable=False)
    # 自己找 → 民主评 → 乡镇审
    identified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("查找人"),
    )
    identified_at = models.DateTimeField(_("查找时间"), null=True, blank=True)
    review_date = models.DateField(_("民主评议日期"), null=True, blank=True)
    review_meeting = models.CharField(_("评议会议"), max_length=200, blank=True)
    review_participants = models.PositiveIntegerField(_("参加人数"), null=True, blank=True)
    review_outcome = models.TextField(_("评议结果"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("评议记录人"),
    )
    reviewed_at = models.DateTimeField(_("评议记录时间"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("乡镇审核人"),
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="owned_risk_points",
        verbose_name=_("跟踪负责人"),
    )
    is_internal = models.BooleanField(_("仅内部掌握"), default=False)
    internal_reason = models.CharField(_("不公开的理由"), max_length=300, blank=True)
    history = audited_history(excluded_fields=LifecycleRecord.history_excluded_fields)

    objects = RiskPointQuerySet.as_manager()

    class Meta:
        verbose_name = _("风险点")
        verbose_name_plural = _("风险点")
        ordering = ["unit", "sequence", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "code"],
                name="risk_code_unique_in_unit",
                violation_error_message=_("本单位已有相同编号的风险点。"),
            ),
            models.CheckConstraint(
                condition=Q(is_internal=False) | ~Q(internal_reason=""),
                name="internal_risk_has_reason",
                violation_error_message=_("不公开的风险点必须说明理由。"),
            ),
        ]
        indexes = [models.Index(fields=["unit", "inherent_level"], name="risk_unit_level")]

    def __str__(self) -> str:
        return f"{self.code} {self.description[:30]}"

    def get_absolute_url(self) -> str:
        return reverse("risks:point_detail", args=[self.pk])

    @property
    def matrix(self) -> RiskMatrix:
        return matrix_for(self.unit.township)

    @property
    def grades(self) -> Grades:
        """The grade names of the point's unit (its kind's own, or the township's)."""
        return self.matrix.grades_for(self.unit.kind)

    @property
    def grade_label(self) -> str:
        """The grade as the unit writes it: as entered, or its name of the matrix's level;
        '' when the point has no grade."""
        return self.grade or self.grades.label(self.inherent_level)

    @property
    def grade_rank(self) -> int | None:
        """1 for the township's most serious level, 2 for the next...; None without a grade."""
        if not self.inherent_level:
            return None
        rank = self.matrix.rank(self.inherent_level)
        return rank + 1 if rank < len(self.matrix.levels) else None

    @property
    def residual_grade_label(self) -> str:
        return self.grades.label(self.residual_level)

    def clean(self) -> None:
        matrix = self.matrix
        sizes = {"likelihood": len(matrix.likelihood_labels), "impact": len(matrix.impact_labels)}
        errors = {}
        for field, size in (
            ("likelihood", sizes["likelihood"]),
            ("impact", sizes["impact"]),
            ("residual_likelihood", sizes["likelihood"]),
            ("residual_impact", sizes["impact"]),
        ):
            value = getattr(self, field)
            if value is not None and not 1 <= value <= size:
                errors[field] = _("请在 1 到 %(size)s 之间选择。") % {"size": size}
        for likelihood, impact in (
            ("likelihood", "impact"),
            ("residual_likelihood", "residual_impact"),
        ):
            given = [getattr(self, likelihood) is not None, getattr(self, impact) is not None]
            if any(given) and not all(given):
                missing = impact if given[0] else likelihood
                errors.setdefault(
                    missing,
                    _("可能性和影响程度须同时填写才能确定等级；原表没有的，两项都留空。"),
                )
        self.grade = (self.grade or "").strip()
        if self.grade and "grade" not in errors:
            grades = self.grades
            derived = matrix.level_of(self.likelihood, self.impact)
            if grades.rank(self.grade) is None:
                errors["grade"] = _("“%(grade)s”不是本单位的风险等级；可填：%(grades)s。") % {
                    "grade": self.grade,
                    "grades": "、".join(grades.labels),
                }
            elif derived and grades.code(self.grade) != derived:
                errors["grade"] = _(
                    "填写的等级“%(grade)s”与可能性和影响程度不符：按乡镇风险矩阵，"
                    "可能性“%(likelihood)s”、影响程度“%(impact)s”的等级是“%(derived)s”。"
                    "请改正等级，或把等级留空，由风险矩阵确定。"
                ) % {
                    "grade": self.grade,
                    "likelihood": matrix.likelihood_labels[self.likelihood - 1],
                    "impact": matrix.impact_labels[self.impact - 1],
                    "derived": grades.label(derived),
                }
        if self.is_internal and not self.internal_reason.strip():
            errors["internal_reason"] = _("不公开的风险点必须说明理由。")
        for field in ("post", "item"):
            related = getattr(self, field)
            if related is not None and related.unit_id != self.unit_id:
                errors[field] = _("只能选择本单位的岗位和事项。")
        if self.step_id and self.step.flowchart.unit_id != self.unit_id:
            errors["step"] = _("只能选择本单位流程图的环节。")
        if errors:
            raise ValidationError(errors)

    def relevel(self, matrix: RiskMatrix | None = None) -> None:
        """Set both levels from the township's matrix: the only place levels come from.

        Likelihood × impact decide where the table gives them (a grade written beside them
        agreed, ``clean`` saw to it, and says nothing more: it is dropped, so that a changed
        matrix re-grades the point); otherwise the written grade's rank in the unit's names
        does. A written grade the unit's names no longer hold keeps the level it had."""
        matrix = matrix or self.matrix
        derived = matrix.level_of(self.likelihood, self.impact)
        if derived:
            self.inherent_level = derived
            self.grade = ""
        elif self.grade:
            self.inherent_level = (
                matrix.grades_for(self.unit.kind).code(self.grade) or self.inherent_level
            )
        else:
            self.inherent_level = ""
        self.residual_level = matrix.level_of(self.residual_likelihood, self.residual_impact)

    def save(self, *args, **kwargs):
        self.relevel()
        changed = ["inherent_level", "residual_level", "grade"]
        if self.sequence is None:
            # New rows go to the end of the unit's table, in the order they are entered.
            last = RiskPoint.objects.filter(unit_id=self.unit_id).aggregate(last=Max("sequence"))
            self.sequence = (last["last"] or 0) + 1
            changed.append("sequence")
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, *changed}
        super().save(*args, **kwargs)

    def can_apply(self, transition) -> bool:
        # 乡镇审 comes after 民主评: no township approval before the democratic review.
        if transition.name == "approve" and not self.reviewed_at:
            return False
        return super().can_apply(transition)

    @property
    def review_stage(self) -> str:
        if self.first_approved_at:
            return str(_("乡镇已审核"))
        if self.reviewed_at:
            return str(_("已民主评议"))
        return str(_("自己查找"))

    def public_snapshot(self) -> dict:
        """What the public reads: the unit's own grade names in ``level.name`` (its colour
        and meaning the matrix level's), and nothing at all for what the table leaves out:
        no level without a grade, no phase for a measure without one."""
        matrix = self.matrix
        grades = self.grades

        def level(code: str, name: str) -> dict:
            return {**matrix.level(code), "name": name} if code else {}

        return {
            "code": self.code,
            "sequence": self.sequence,
            "description": self.description,
            "manifestation": self.manifestation,
            "risk_type": self.get_risk_type_display() if self.risk_type else "",
            "post_risk": self.get_post_risk_display() if self.post_risk else "",
            "post": self.post.name if self.post_id else "",
            "responsible_posts": self.responsible_posts,
            "supervisors": self.supervisors,
            "item_code": self.item.code if self.item_id else "",
            "step": self.step.name if self.step_id else "",
            "grade": self.grade_label,
            "grade_rank": self.grade_rank,
            "level": level(self.inherent_level, self.grade_label),
            "level_rank": matrix.rank(self.inherent_level),
            "residual_level": level(self.residual_level, grades.label(self.residual_level)),
            "measures": [
                {
                    "sequence": measure.sequence,
                    "phase": measure.get_phase_display() if measure.phase else "",
                    "measure": measure.measure,
                    "responsible": measure.responsible_display,
                    "status": measure.get_status_display(),
                }
                for measure in self.measures.select_related("responsible_post")
            ],
        }


def matrix_for(township: Township) -> RiskMatrix:
    """The township's matrix, or the default one until the township sets its own."""
    cache = getattr(township, "_risk_matrix_cache", None)
    if cache is None:
        cache = RiskMatrix.objects.filter(township=township).first() or RiskMatrix.default_for(
            township
        )
        township._risk_matrix_cache = cache
    return cache


class PreventionMeasure(models.Model):
    """A control against a risk point: before, during or after (事前、事中、事后)."""

    class Phase(models.TextChoices):
        BEFORE = "before", _("事前")
        DURING = "during", _("事中")
        AFTER = "after", _("事后")

    class MeasureStatus(models.TextChoices):
        PLANNED = "planned", _("计划中")
        IN_EFFECT = "in_effect", _("已落实")
        LAPSED = "lapsed", _("已失效")

    risk_point = models.ForeignKey(
        RiskPoint, models.CASCADE, related_name="measures", verbose_name=_("风险点")
    )
    sequence = models.PositiveIntegerField(
        _("序号"),
        null=True,
        blank=True,
        help_text=_("在原表中的先后；留空则新增的排在最后，已有的保持原位置。"),
    )
    # Many tables list their measures without saying before, during or after: left empty.
    phase = models.CharField(
        _("防控阶段"), max_length=8, choices=Phase.choices, blank=True, default=""
    )
    measure = models.TextField(_("防控措施"))
    responsible_post = models.ForeignKey(
        Post,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="prevention_measures",
        verbose_name=_("责任岗位"),
    )
    responsible_person = models.CharField(_("责任人"), max_length=100, blank=True)
    due_date = models.DateField(_("完成期限"), null=True, blank=True)
    status = models.CharField(
        _("落实情况"), max_length=12, choices=MeasureStatus.choices, default=MeasureStatus.PLANNED
    )
    history = audited_history()

    class Meta:
        verbose_name = _("防控措施")
        verbose_name_plural = _("防控措施")
        ordering = ["risk_point", "sequence", "pk"]

    def __str__(self) -> str:
        if not self.phase:
            return self.measure[:30]
        return f"{self.get_phase_display()}：{self.measure[:30]}"

    def save(self, *args, **kwargs):
        if self.sequence is None:
            last = PreventionMeasure.objects.filter(risk_point_id=self.risk_point_id).aggregate(
                last=Max("sequence")
            )
            self.sequence = (last["last"] or 0) + 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "sequence"}
        super().save(*args, **kwargs)

    def get_unit(self) -> Unit:
        return self.risk_point.unit

    @property
    def responsible_display(self) -> str:
        parts = [
            self.responsible_post.name if self.responsible_post_id else "",
            self.responsible_person,
        ]
        return " ".join(part for part in parts if part)

    @property
    def is_overdue(self) -> bool:
        return (
            self.status == self.MeasureStatus.PLANNED
            and self.due_date is not None
            and self.due_date < timezone.localdate()
        )


def evidence_path(instance: EvidenceFile, filename: str) -> str:
    # Stored under its hash, never under the name the uploader chose.
    return f"evidence/{instance.sha256[:2]}/{instance.sha256}"


class EvidenceFile(models.Model):
    """A file proving a measure is in effect (minutes, sign-in sheet, photo), checked by content."""

    measure = models.ForeignKey(
        PreventionMeasure, models.CASCADE, related_name="evidence", verbose_name=_("防控措施")
    )
    file = models.FileField(_("文件"), upload_to=evidence_path)
    original_name = models.CharField(_("原文件名"), max_length=255)
    content_type = models.CharField(_("文件类型"), max_length=100)
    size = models.PositiveIntegerField(_("大小（字节）"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        related_name="+",
        verbose_name=_("上传人"),
    )
    uploaded_at = models.DateTimeField(_("上传时间"), auto_now_add=True)
    history = audited_history()

    class Meta:
        verbose_name = _("佐证材料")
        verbose_name_plural = _("佐证材料")
        ordering = ["measure", "uploaded_at"]

    def __str__(self) -> str:
        return self.original_name

    def get_unit(self) -> Unit:
        return self.measure.risk_point.unit


class WarningQuerySet(models.QuerySet):
    def visible_to(self, user, perm: str = "view_records") -> WarningQuerySet:
        return self.filter(unit_filter(user, perm))

    def open(self) -> WarningQuerySet:
        return self.exclude(status=Warning.Status.CLOSED)


class Warning(models.Model):
    """An early warning (廉能风险预警) to a unit or one of its posts, issued by a township
    reviewer or by the system's daily checks, answered by the unit, closed by the township.
    Shared by the risk ledger, overdue disclosures and unanswered feedback."""

    class Tier(models.TextChoices):
        REMINDER = "reminder", _("提醒")
        PREVENTION_NOTICE = "prevention_notice", _("防控通知书")
        HANDLING_NOTICE = "handling_notice", _("处置通知书")
        TALK = "talk", _("约谈/诫勉")
        CRITICISM = "criticism", _("通报")
        RECTIFICATION = "rectification", _("限期整改")

    class Status(models.TextChoices):
        OPEN = "open", _("待回复")
        RESPONDED = "responded", _("已回复")
        CLOSED = "closed", _("已关闭")

    unit = models.ForeignKey(Unit, models.PROTECT, related_name="warnings", verbose_name=_("单位"))
    post = models.ForeignKey(
        Post,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="warnings",
        verbose_name=_("岗位"),
    )
    risk_point = models.ForeignKey(
        RiskPoint,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="warnings",
        verbose_name=_("风险点"),
    )
    tier = models.CharField(_("预警等级"), max_length=20, choices=Tier.choices)
    cause = models.TextField(_("预警原因"))
    # What a system warning is about, e.g. "measure-overdue:42": at most one open warning each.
    cause_key = models.CharField(_("预警事由标识"), max_length=100, blank=True, db_index=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("发出人（空为系统）"),
    )
    issued_at = models.DateTimeField(_("发出时间"), default=timezone.now)
    deadline = models.DateField(_("回复期限"))
    status = models.CharField(
        _("状态"), max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    response = models.TextField(_("单位回复"), blank=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("回复人"),
    )
    responded_at = models.DateTimeField(_("回复时间"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("关闭人"),
    )
    closed_at = models.DateTimeField(_("关闭时间"), null=True, blank=True)
    closing_note = models.TextField(_("关闭说明"), blank=True)
    escalated_from = models.OneToOneField(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="escalated_to",
        verbose_name=_("由此预警升级"),
    )
    history = audited_history()

    objects = WarningQuerySet.as_manager()

    class Meta:
        verbose_name = _("预警")
        verbose_name_plural = _("预警")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "cause_key"],
                condition=~Q(status="closed") & ~Q(cause_key=""),
                name="one_open_warning_per_cause",
                violation_error_message=_("同一事由已有未关闭的预警。"),
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_tier_display()} · {self.unit} · {self.cause[:30]}"

    @property
    def is_overdue(self) -> bool:
        return self.status == self.Status.OPEN and self.deadline < timezone.localdate()

    def issue_by_system(self, reason: str) -> bool:
        """Save this new warning as the system issues it (a daily job, a case check): no user,
        ``reason`` in its history, in a savepoint of its own, so that another worker's warning
        for the same open cause loses only this one. False when that one was there first."""
        self._history_user = None
        self._change_reason = reason
        try:
            with transaction.atomic():
                self.save()
        except IntegrityError:
            logger.info("warning %s of unit %s already issued", self.cause_key, self.unit_id)
            return False
        return True

    @property
    def issuer_name(self) -> str:
        if self.issued_by is None:
            return str(_("系统"))
        return self.issued_by.get_full_name() or self.issued_by.get_username()


queue_in_my_work(RiskPoint)

TIER_ORDER = [tier for tier, _label in Warning.Tier.choices]


# A measure's and its evidence's changes show in the risk point's timeline.
RiskPoint.history_children = [
    (PreventionMeasure, lambda point: {"risk_point_id": point.pk}),
    (
        EvidenceFile,
        lambda point: {
            "measure_id__in": PreventionMeasure.history.filter(risk_point_id=point.pk).values("id")
        },
    ),
]
