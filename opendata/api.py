"""The open data API (开放数据接口): everything published, read-only, as JSON and CSV.

Only what the public site shows goes out, and only in its approved version: every endpoint
starts from the model's ``public()`` queryset (or ``is_public`` for flowcharts)
of active units, and serializers read the approved snapshot (``published_data``), never the
working fields, which may hold an edit not yet approved. Units and townships give their public
contact details only. There is no authentication (settings ``REST_FRAMEWORK``): the data is
public, every caller is anonymous and throttled per address, and only GET, HEAD and OPTIONS
exist (``ReadOnlyModelViewSet``).

Each list is paginated JSON, or the whole filtered list as CSV with ``?format=csv``
(:class:`CSVRenderer`, spreadsheet formulas escaped). The OpenAPI schema is at /api/schema/ and
a plain page lists the endpoints at /api/docs/ (Swagger UI and Redoc need a CDN and inline
scripts, which neither this machine nor the site's Content-Security-Policy allow).
"""

from __future__ import annotations

import csv
import io
import json

import django_filters
from django.core.cache import caches
from django.db.models import (
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
)
from django.db.models.fields.json import KT
from django.db.models.functions import Cast, Coalesce, NullIf
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.connection import ConnectionProxy
from django.utils.translation import gettext_lazy as _
from drf_spectacular.generators import SchemaGenerator
from rest_framework import renderers, serializers, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.throttling import AnonRateThrottle

from disclosures.models import Disclosure
from powers.clientip import client_ip
from powers.models import Flowchart, FlowchartRender, PowerItem, Township, Unit
from powers.sanitize import clean_html
from powers.spreadsheets import defuse_formula
from projects.models import Project
from risks.models import RiskPoint

# CSV ------------------------------------------------------------------------------------------


def csv_cell(value) -> str:
    """One value as a spreadsheet cell: lists joined, structures as JSON, formulas defused."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "是" if value else "否"
    elif isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        text = "；".join(str(v) for v in value)
    elif isinstance(value, dict | list):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    return defuse_formula(text)


class CSVRenderer(renderers.BaseRenderer):
    """A list as CSV with a header of field names, UTF-8 with a BOM so Excel reads Chinese."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        renderer_context = renderer_context or {}
        if isinstance(data, dict) and isinstance(data.get("results"), list):
            rows = data["results"]
        elif isinstance(data, list):
            rows = data
        else:
            rows = [data] if data else []  # one record, or an error message
        fields: list[str] = []
        for row in rows:
            fields += [key for key in row if key not in fields]
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(fields)
        for row in rows:
            writer.writerow([csv_cell(row.get(field)) for field in fields])
        response = renderer_context.get("response")
        view = renderer_context.get("view")
        if response is not None and response.status_code == 200 and view is not None:
            name = getattr(view, "basename", None) or "data"
            response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        return ("\ufeff" + buffer.getvalue()).encode(self.charset)


# Filters --------------------------------------------------------------------------------------


class PublishedFilter(django_filters.FilterSet):
    """By township and unit code and by publication date (both ends included, local time)."""

    township = django_filters.CharFilter(field_name="unit__township__code", label=_("乡镇代码"))
    unit = django_filters.CharFilter(field_name="unit__code", label=_("单位代码"))
    published_from = django_filters.DateFilter(
        field_name="published_at", lookup_expr="date__gte", label=_("发布日期起")
    )
    published_to = django_filters.DateFilter(
        field_name="published_at", lookup_expr="date__lte", label=_("发布日期止")
    )


class PowerItemFilter(PublishedFilter):
    class Meta:
        model = PowerItem
        fields: list[str] = []


class FlowchartFilter(PublishedFilter):
    class Meta:
        model = Flowchart
        fields: list[str] = []


class RiskPointFilter(PublishedFilter):
    class Meta:
        model = RiskPoint
        fields: list[str] = []


class DisclosureFilter(PublishedFilter):
    category = django_filters.ChoiceFilter(
        field_name="published_data__category_code",
        choices=Disclosure.Category.choices,
        label=_("公开类别"),
    )

    class Meta:
        model = Disclosure
        fields: list[str] = []


class UnitFilter(django_filters.FilterSet):
    township = django_filters.CharFilter(field_name="township__code", label=_("乡镇代码"))
    kind = django_filters.ChoiceFilter(choices=Unit.Kind.choices, label=_("单位类型"))

    class Meta:
        model = Unit
        fields: list[str] = []


class ProjectFilter(django_filters.FilterSet):
    # Status and start date as approved (annotations of ProjectViewSet's queryset).
    township = django_filters.CharFilter(field_name="unit__township__code", label=_("乡镇代码"))
    unit = django_filters.CharFilter(field_name="unit__code", label=_("单位代码"))
    status = django_filters.ChoiceFilter(
        field_name="approved_status", choices=Project.ProjectStatus.choices, label=_("进展状态")
    )
    start_from = django_filters.DateFilter(
        field_name="approved_start", lookup_expr="gte", label=_("开工日期起")
    )
    start_to = django_filters.DateFilter(
        field_name="approved_start", lookup_expr="lte", label=_("开工日期止")
    )

    class Meta:
        model = Project
        fields: list[str] = []


# Serializers ----------------------------------------------------------------------------------


def snapshot(key: str, field_class=serializers.CharField, **kwargs):
    """A field read from the approved snapshot, never from the working record."""
    return field_class(source=f"published_data.{key}", read_only=True, **kwargs)


class UnitRefSerializer(serializers.Serializer):
    """Which unit a record belongs to."""

    township = serializers.CharField(source="township.code", help_text="乡镇代码")
    code = serializers.CharField(help_text="单位代码")
    name = serializers.CharField(help_text="单位名称")


class TownshipSerializer(serializers.ModelSerializer):
    county = serializers.CharField(
        source="county.name", default="", read_only=True, help_text="所属县（市、区）名称"
    )

    class Meta:
        model = Township
        fields = ["id", "code", "name", "county", "address", "phone", "discipline_contact"]


class UnitSerializer(serializers.ModelSerializer):
    township = serializers.CharField(source="township.code", help_text="乡镇代码")
    kind_label = serializers.CharField(source="get_kind_display", help_text="单位类型名称")
    url = serializers.SerializerMethodField(help_text="公开页面地址")

    class Meta:
        model = Unit
        fields = [
            "id",
            "township",
            "code",
            "name",
            "kind",
            "kind_label",
            "address",
            "phone",
            "first_responsible",
            "first_responsible_title",
            "url",
        ]

    def get_url(self, unit: Unit) -> str:
        path = reverse("public:unit_page", args=[unit.township.code, unit.code])
        return self.context["request"].build_absolute_uri(path)


class LegalBasisSerializer(serializers.Serializer):
    rank = serializers.CharField(help_text="效力层级（清单写明的才有）")
    document = serializers.CharField(help_text="文件名称（照原文，含书名号）")
    version = serializers.CharField(default="", help_text="版本或修订日期（照原文）")
    article = serializers.CharField(help_text="条款")
    text = serializers.CharField(help_text="条款内容")


class TimeLimitSerializer(serializers.Serializer):
    immediate = serializers.BooleanField(help_text="即办")
    statutory_days = serializers.IntegerField(allow_null=True, help_text="法定时限（天）")
    days = serializers.IntegerField(allow_null=True, help_text="办理（承诺）时限（天）")
    day_type = serializers.CharField(help_text="时限计算代码：working 工作日，calendar 自然日")
    counted_from = serializers.CharField(help_text="起算事件")
    minimum = serializers.BooleanField(help_text="最短期限（以上、不少于）")


class StageSerializer(serializers.Serializer):
    stage = serializers.CharField(help_text="环节")
    text = serializers.CharField(help_text="责任事项")


class PowerItemSerializer(serializers.Serializer):
    """A published catalog entry (权力事项), as approved."""

    id = serializers.IntegerField(read_only=True)
    unit = UnitRefSerializer(read_only=True)
    code = snapshot("code", help_text="编码")
    position = snapshot("position", help_text="序号（照公布的清单）")
    name = snapshot("name", help_text="权力名称")
    parent_code = snapshot("parent_code", help_text="上级事项编码（子项才有）")
    list_type = snapshot(
        "list_type.name", allow_null=True, help_text="所属清单（权力清单以外的清单才有）"
    )
    list_kind = snapshot(
        "list_type.kind", allow_null=True, help_text="所属清单性质代码：negative 负面清单等"
    )
    category = snapshot(
        "category.name", allow_null=True, help_text="权力类别（清单未写明类型的为 null）"
    )
    power_kind = snapshot("power_kind", help_text="权力性质（清单未写明的为空）")
    origin = snapshot("origin", help_text="权力来源")
    first_review_only = snapshot(
        "first_review_only", serializers.BooleanField, help_text="仅负责初审"
    )
    major_flags = snapshot(
        "major_flags",
        serializers.ListField,
        child=serializers.CharField(),
        help_text="三重一大标记",
    )
    responsible_body = snapshot("responsible_body", help_text="实施主体（照原文）")
    leader_in_charge = snapshot("leader_in_charge", help_text="主管领导")
    responsible_office = snapshot("responsible_office", help_text="内部负责机构")
    handling_post = snapshot("handling_post", help_text="承办岗位")
    conditions = snapshot("conditions", help_text="办理条件")
    time_limit = snapshot("time_limit", help_text="办理时限（照原文）")
    time_limit_detail = TimeLimitSerializer(
        source="published_data.time_limit_detail", read_only=True, allow_null=True
    )
    time_limit_rule = snapshot("time_limit_rule", help_text="时限说明")
    service_commitment = snapshot("service_commitment", help_text="服务承诺")
    work_discipline = snapshot("work_discipline", help_text="工作纪律")
    responsibilities = StageSerializer(
        source="published_data.responsibilities", many=True, read_only=True
    )
    accountability = snapshot("accountability", help_text="责任追究")
    accountability_cases = snapshot(
        "accountability_cases",
        serializers.ListField,
        child=serializers.CharField(),
        help_text="追责情形",
    )
    complaint_channel = snapshot("complaint_channel", help_text="投诉举报途径")
    legal_bases = LegalBasisSerializer(
        source="published_data.legal_bases", many=True, read_only=True
    )
    published_at = serializers.DateTimeField(read_only=True, help_text="发布时间")
    url = serializers.SerializerMethodField(help_text="公开页面地址")

    def get_url(self, item: PowerItem) -> str:
        unit = item.unit
        # The public page looks the item up by the code it has now.
        path = reverse("public:item_page", args=[unit.township.code, unit.code, item.code])
        return self.context["request"].build_absolute_uri(path)


class FlowStepSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="环节编号（连线引用）")
    name = serializers.CharField(help_text="环节名称")
    kind = serializers.CharField(help_text="环节类型代码")
    kind_label = serializers.CharField(help_text="环节类型")
    handling_post = serializers.CharField(help_text="承办岗位")
    responsible_party = serializers.CharField(help_text="责任主体")
    conditions = serializers.CharField(help_text="条件和材料")
    time_limit = serializers.CharField(help_text="时限")
    posting_days = serializers.IntegerField(allow_null=True, help_text="公示天数")
    is_meeting = serializers.BooleanField(help_text="会议环节")
    quorum = serializers.CharField(help_text="到会要求")
    vote_rule = serializers.CharField(help_text="表决规则")
    rules = serializers.CharField(help_text="办理规则")
    duty_requirements = serializers.CharField(help_text="履职要求")
    is_checkpoint = serializers.BooleanField(help_text="监督节点")
    checkpoint_measure = serializers.CharField(help_text="监督措施")
    counterparty_rights = serializers.CharField(help_text="服务对象权利")
    complaint_channel = serializers.CharField(help_text="投诉途径")


class FlowEdgeSerializer(serializers.Serializer):
    source = serializers.IntegerField(help_text="起点环节编号")
    target = serializers.IntegerField(help_text="终点环节编号")
    label = serializers.CharField(help_text="条件标注")


class FlowchartSerializer(serializers.Serializer):
    """A published flowchart (流程图), as approved."""

    id = serializers.IntegerField(read_only=True)
    unit = UnitRefSerializer(read_only=True)
    title = snapshot("title", help_text="标题")
    kind = snapshot("kind", help_text="流程图类型")
    description = snapshot("description", help_text="说明")
    item_code = serializers.SerializerMethodField(help_text="对应权力事项编码（项目流程图）")
    steps = FlowStepSerializer(source="published_data.steps", many=True, read_only=True)
    edges = FlowEdgeSerializer(source="published_data.edges", many=True, read_only=True)
    image_svg = serializers.SerializerMethodField(help_text="流程图 SVG 图像地址（已生成时）")
    published_at = serializers.DateTimeField(read_only=True, help_text="发布时间")
    url = serializers.SerializerMethodField(help_text="公开页面地址")

    def get_item_code(self, chart: Flowchart) -> str:
        return chart.item.published_data["code"] if chart.item_id else ""

    def get_image_svg(self, chart: Flowchart) -> str:
        if not chart.image_ready:
            return ""
        path = reverse("public:flowchart_image", args=[chart.published_data["source_hash"], "svg"])
        return self.context["request"].build_absolute_uri(path)

    def get_url(self, chart: Flowchart) -> str:
        unit = chart.unit
        if chart.item_id:
            args = [unit.township.code, unit.code, chart.item.code]
            path = reverse("public:item_page", args=args)
        else:
            path = reverse("public:chart_page", args=[unit.township.code, unit.code, chart.pk])
        return self.context["request"].build_absolute_uri(path)


class RiskLevelSerializer(serializers.Serializer):
    code = serializers.CharField(required=False, help_text="等级代码")
    name = serializers.CharField(required=False, help_text="等级名称")
    colour = serializers.CharField(required=False, help_text="颜色")
    meaning = serializers.CharField(required=False, help_text="含义")


class MeasureSerializer(serializers.Serializer):
    phase = serializers.CharField(help_text="防控阶段")
    measure = serializers.CharField(help_text="防控措施")
    responsible = serializers.CharField(help_text="责任岗位和责任人")
    status = serializers.CharField(help_text="落实情况")


class RiskPointSerializer(serializers.Serializer):
    """A published integrity-risk point (风险点), as approved."""

    id = serializers.IntegerField(read_only=True)
    unit = UnitRefSerializer(read_only=True)
    code = snapshot("code", help_text="编号")
    description = snapshot("description", help_text="风险点描述")
    risk_type = snapshot("risk_type", help_text="风险类型")
    post_risk = snapshot("post_risk", help_text="岗位风险类别")
    post = snapshot("post", help_text="岗位")
    item_code = snapshot("item_code", help_text="权力事项编码")
    step = snapshot("step", help_text="流程环节")
    level = RiskLevelSerializer(source="published_data.level", read_only=True)
    residual_level = RiskLevelSerializer(source="published_data.residual_level", read_only=True)
    measures = MeasureSerializer(source="published_data.measures", many=True, read_only=True)
    published_at = serializers.DateTimeField(read_only=True, help_text="发布时间")


class DisclosureSerializer(serializers.Serializer):
    """A disclosure published to society (社会公开), as approved."""

    id = serializers.IntegerField(read_only=True)
    unit = UnitRefSerializer(read_only=True)
    title = snapshot("title", help_text="标题")
    category = snapshot("category", help_text="公开类别")
    category_code = snapshot("category_code", help_text="公开类别代码")
    body = serializers.SerializerMethodField(help_text="正文（已清理的 HTML）")
    channels = snapshot(
        "channels", serializers.ListField, child=serializers.CharField(), help_text="公开载体"
    )
    publicity_start = snapshot("publicity_start", help_text="公示开始（YYYY-MM-DD，可为空）")
    publicity_end = snapshot("publicity_end", help_text="公示结束（YYYY-MM-DD，可为空）")
    objection_contact = snapshot("objection_contact", help_text="异议受理方式")
    published_at = serializers.DateTimeField(read_only=True, help_text="发布时间")
    url = serializers.SerializerMethodField(help_text="公开页面地址")

    def get_body(self, disclosure: Disclosure) -> str:
        # Cleaned at approval already; once more for a snapshot written some other way,
        # as the public page does.
        return clean_html(disclosure.published_data.get("body", ""))

    def get_url(self, disclosure: Disclosure) -> str:
        unit = disclosure.unit
        path = reverse(
            "public:disclosure_page", args=[unit.township.code, unit.code, disclosure.pk]
        )
        return self.context["request"].build_absolute_uri(path)


class MilestoneSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="节点")
    planned_date = serializers.DateField(allow_null=True, help_text="计划日期")
    done_date = serializers.DateField(allow_null=True, help_text="完成日期")
    note = serializers.CharField(help_text="说明")


class ProjectSerializer(serializers.Serializer):
    """A published livelihood project (民生工程) with its progress and milestones, as approved."""

    id = serializers.IntegerField(read_only=True)
    unit = UnitRefSerializer(read_only=True)
    code = snapshot("code", help_text="编号")
    name = snapshot("name", help_text="工程名称")
    description = snapshot("description", help_text="建设内容")
    budget = snapshot(
        "budget", serializers.DecimalField, max_digits=14, decimal_places=2, help_text="预算（元）"
    )
    fund_source = snapshot("fund_source", help_text="资金来源")
    contractor = snapshot("contractor", help_text="施工单位")
    status = snapshot("status", help_text="进展状态代码")
    status_label = snapshot("status_label", help_text="进展状态")
    percent_done = snapshot("percent_done", serializers.IntegerField, help_text="完成进度（%）")
    start_date = snapshot(
        "start_date", serializers.DateField, allow_null=True, help_text="开工日期"
    )
    planned_end = snapshot(
        "planned_end", serializers.DateField, allow_null=True, help_text="计划完工"
    )
    milestones = MilestoneSerializer(source="published_data.milestones", many=True, read_only=True)
    published_at = serializers.DateTimeField(read_only=True, help_text="发布时间")


# Views ----------------------------------------------------------------------------------------


class ClientRateThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, per client address as powers.clientip sees it (never as a
    client's own X-Forwarded-For says), counted in the cache every process shares."""

    cache = ConnectionProxy(caches, "limits")

    def get_ident(self, request) -> str:
        return client_ip(request)


class OpenDataViewSet(viewsets.ReadOnlyModelViewSet):
    """Read-only, with a CSV of the whole filtered list besides the paginated JSON."""

    throttle_classes = [ClientRateThrottle]
    renderer_classes = [
        renderers.JSONRenderer,
        renderers.BrowsableAPIRenderer,
        CSVRenderer,
    ]
    lookup_value_converter = "int"

    def get_object(self):
        try:
            return super().get_object()
        except Http404:
            # Django's message names the model in English; DRF's own is translated.
            raise NotFound from None

    def paginate_queryset(self, queryset):
        if getattr(self.request.accepted_renderer, "format", None) == "csv":
            return None  # an export is the whole list
        return super().paginate_queryset(queryset)


def active_units() -> Q:
    # The public site shows nothing of a unit that is switched off.
    return Q(unit__is_active=True)


class TownshipViewSet(OpenDataViewSet):
    """乡镇：名称、代码、地址、电话和纪委监督联系方式。"""

    queryset = Township.objects.select_related("county").order_by("code")
    serializer_class = TownshipSerializer
    filter_backends: list = []


class UnitViewSet(OpenDataViewSet):
    """单位（村、居和乡直单位）的公开信息：名称、类型、代码、地址、电话和第一责任人。"""

    queryset = Unit.objects.filter(is_active=True).select_related("township")
    serializer_class = UnitSerializer
    filterset_class = UnitFilter


def _published_sort_order() -> Coalesce:
    # A snapshot approved before items had an order counts as 0, as published_order does.
    return Coalesce(Cast(KT("published_data__sort_order"), IntegerField()), 0)


def public_items_in_published_order() -> QuerySet:
    """The order of :func:`powers.models.published_order`, in SQL (the API pages through it):
    the power list first, then the other lists; within a list by the approved sort order,
    each sub-item right after its public parent (found by the parent's approved code)."""
    parent = (
        PowerItem.objects.public()
        .annotate(published_code=Cast(KT("published_data__code"), TextField()))
        .filter(unit_id=OuterRef("unit_id"), published_code=OuterRef("published_parent_code"))
        .order_by()
    )
    return (
        PowerItem.objects.public()
        .filter(active_units())
        .select_related("unit__township")
        .annotate(
            published_parent_code=NullIf(
                KT("published_data__parent_code"), Value(""), output_field=TextField()
            )
        )
        .annotate(
            parent_code=Subquery(parent.values("published_code")[:1]),
            parent_order=Subquery(parent.values(order_=_published_sort_order())[:1]),
        )
        .order_by(
            "unit__township__code",
            "unit__code",
            Cast(KT("published_data__list_type__order"), IntegerField()).asc(nulls_first=True),
            KT("published_data__list_type__name").asc(nulls_first=True),
            Coalesce("parent_order", _published_sort_order()),
            Coalesce("parent_code", KT("published_data__code"), output_field=TextField()),
            F("parent_code").asc(nulls_first=True),
            _published_sort_order(),
            KT("published_data__code"),
        )
    )


class PowerItemViewSet(OpenDataViewSet):
    """已发布的权力事项（权力目录），均为审核通过的版本。可按乡镇、单位和发布日期筛选。"""

    queryset = public_items_in_published_order()
    serializer_class = PowerItemSerializer
    filterset_class = PowerItemFilter


def public_flowcharts() -> QuerySet:
    """Published charts of active units; an item's chart only while its item is public."""
    rendered = FlowchartRender.objects.filter(
        source_hash=OuterRef("snapshot_hash"), status=FlowchartRender.Status.DONE
    )
    return (
        Flowchart.objects.filter(is_public=True)
        .filter(active_units())
        .filter(Q(item__isnull=True) | Q(item__is_public=True))
        .select_related("unit__township", "item")
        .annotate(snapshot_hash=KT("published_data__source_hash"))
        .annotate(image_ready=Exists(rendered))
        .order_by("unit__township__code", "unit__code", "kind", "pk")
    )


class FlowchartViewSet(OpenDataViewSet):
    """已发布的流程图（类别、项目、决策、运行、公开、监督流程图）：环节和连线，均为审核通过的版本。"""

    queryset = public_flowcharts()
    serializer_class = FlowchartSerializer
    filterset_class = FlowchartFilter


class RiskPointViewSet(OpenDataViewSet):
    """已审核公开的廉政风险点及其防控措施；仅内部掌握的风险点不公开。"""

    queryset = (
        RiskPoint.objects.public()
        .filter(active_units())
        .select_related("unit__township")
        .order_by("unit__township__code", "unit__code", "code")
    )
    serializer_class = RiskPointSerializer
    filterset_class = RiskPointFilter


class DisclosureViewSet(OpenDataViewSet):
    """向社会公开的公开事项（党务、村务公开），均为审核通过的版本；党内和单位内部公开的不在此列。"""

    queryset = (
        Disclosure.objects.public()
        .filter(active_units())
        .select_related("unit__township")
        .order_by("-published_at", "-pk")
    )
    serializer_class = DisclosureSerializer
    filterset_class = DisclosureFilter


class ProjectViewSet(OpenDataViewSet):
    """已审核公开的民生工程：预算、资金来源、施工单位、进展和节点，均为审核通过的版本。"""

    queryset = (
        Project.objects.public()
        .select_related("unit__township")
        # As text: compared with JSON lookups, a filter's date or code would be read as JSON.
        .annotate(
            approved_code=Cast(KT("published_data__code"), TextField()),
            approved_status=Cast(KT("published_data__status"), TextField()),
            approved_start=Cast(KT("published_data__start_date"), TextField()),
        )
        .order_by("unit__township__code", "unit__code", "approved_code", "pk")
    )
    serializer_class = ProjectSerializer
    filterset_class = ProjectFilter


# The docs page --------------------------------------------------------------------------------


def api_docs(request: HttpRequest) -> HttpResponse:
    """The endpoints, their filters and fields, read from the OpenAPI schema: a plain page."""
    schema = SchemaGenerator().get_schema(request=None, public=True)
    endpoints = []
    for path, operations in schema["paths"].items():
        operation = operations.get("get")
        if operation is None:
            continue
        endpoints.append(
            {
                "path": path,
                "description": operation.get("description", ""),
                "is_list": "{id}" not in path,
                "parameters": [
                    {
                        "name": parameter["name"],
                        "where": parameter["in"],
                        "description": parameter.get("description", ""),
                    }
                    for parameter in operation.get("parameters", [])
                ],
            }
        )
    return render(
        request,
        "opendata/api_docs.html",
        {"info": schema["info"], "endpoints": endpoints},
    )
