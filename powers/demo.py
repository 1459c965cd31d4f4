"""Loads the demo township (清溪乡): units, posts, catalogs in every lifecycle state, users.

Every record is written the way an official would write it, through the lifecycle with the
demo users' names, so the demo's history reads like real use. Loading is done once: when the
township exists already, nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import F

from . import demo_data, flowchart_templates
from .flowcharts import fill_from_template, renders_paused, request_render
from .lifecycle import apply_transition, save_edit
from .models import (
    County,
    Flowchart,
    LegalBasis,
    ListType,
    Post,
    PowerItem,
    RoleAssignment,
    Township,
    Unit,
)
from .permissions import ROLE_PERMISSIONS

DEMO_PASSWORD = "qingxi-demo-2026"
Role = RoleAssignment.Role

# Later apps add their part of the demo (risk ledgers, disclosures) without powers importing
# them: each extension is called as ``extend(township)`` inside the loading transaction, after
# the catalog and flowcharts exist and before anything is drawn.
DEMO_EXTENSIONS: list = []


@dataclass
class DemoAccount:
    username: str
    name: str
    role: str
    scope: str


def _user(username: str, full_name: str, *, superuser: bool = False) -> User:
    user = User(username=username, first_name=full_name, is_staff=superuser, is_superuser=superuser)
    user.set_password(DEMO_PASSWORD)
    user.save()
    return user


def _grant(
    user: User, role: str, *, unit=None, township=None, county=None, granted_by=None
) -> None:
    assignment = RoleAssignment(
        user=user, role=role, unit=unit, township=township, county=county, granted_by=granted_by
    )
    assignment._history_user = granted_by
    assignment.full_clean()
    assignment.save()


def _create_item(
    unit: Unit, data: dict, posts: dict, categories: dict, clerk, parent=None, lists=None
):
    item = PowerItem(
        unit=unit,
        parent=parent,
        list_type=(lists or {}).get(data.get("list_type")),
        position=data.get("position", ""),
        code=data["code"],
        name=data["name"],
        category=categories[data["category"]],
        power_kind=data["power_kind"],
        origin=data["origin"],
        first_review_only=data["first_review_only"],
        is_major_decision=data["is_major_decision"],
        is_major_appointment=data["is_major_appointment"],
        is_major_project=data["is_major_project"],
        is_large_sum=data["is_large_sum"],
        responsible_body=data.get("responsible_body", ""),
        leader_in_charge=data["leader_in_charge"],
        responsible_office=data["responsible_office"],
        handling_post=posts.get(data["handling_post"]),
        conditions=data["conditions"],
        time_limit_days=data["time_limit_days"],
        time_limit_type=data["time_limit_type"],
        time_limit_rule=data["time_limit_rule"],
        time_limit_text=data.get("time_limit_text", ""),
        service_commitment=data["service_commitment"],
        work_discipline=data["work_discipline"],
        accountability=data["accountability"],
        accountability_cases=data["accountability_cases"],
        responsibilities=data["responsibilities"],
        complaint_channel=data["complaint_channel"],
    )

    def add_bases(saved: PowerItem) -> None:
        for order, basis in enumerate(data["legal_bases"], start=1):
            row = LegalBasis(item=saved, order=order, **basis)
            row._history_user = clerk
            row.save()

    save_edit(item, user=clerk, expected_version=None, children=[add_bases])
    return item


def _create_chart(item: PowerItem, clerk) -> Flowchart:
    """The item's flowchart from the template that fits it, adapted to the item."""
    template_id = flowchart_templates.template_for(item.name)
    chart = Flowchart(
        unit=item.unit,
        kind=Flowchart.Kind.ITEM,
        item=item,
        title=f"{item.name}流程图",
        description=flowchart_templates.TEMPLATES[template_id]["description"],
    )

    def adapt(saved: Flowchart) -> None:
        fill_from_template(saved, template_id, user=clerk)
        # The first step after the start asks for what this item's catalog entry asks for,
        # within its time limit, and steps without a matching post go to the handling post.
        first = saved.steps.exclude(kind="start").order_by("order").first()
        if first is not None and item.conditions:
            first.conditions = item.conditions
            if item.time_limit_days and template_id == "application":
                first.time_limit_days = item.time_limit_days
                first.time_limit_type = item.time_limit_type
            first._history_user = clerk
            first.save()
        if item.handling_post_id:
            for step in saved.steps.filter(handling_post__isnull=True, kind="step"):
                step.handling_post_id = item.handling_post_id
                step._history_user = clerk
                step.save()

    save_edit(chart, user=clerk, expected_version=None, children=[adapt])
    return chart


def _create_unit_chart(unit: Unit, kind: str, template_id: str, clerk, people: dict) -> None:
    """A village's own decision chart (决策流程图), reviewed and published on its own."""
    template = flowchart_templates.TEMPLATES[template_id]
    chart = Flowchart(
        unit=unit,
        kind=kind,
        title=f"{unit.name}{template['title']}",
        description=template["description"],
    )
    save_edit(
        chart,
        user=clerk,
        expected_version=None,
        children=[lambda saved: fill_from_template(saved, template_id, user=clerk)],
    )
    _walk(chart, "published", "", people)


def _walk(item, status: str, reason: str, people: dict) -> None:
    """Take a new draft item through the lifecycle to the demo status, as its people would."""
    clerk, head, reviewer = people["clerk"], people["head"], people["reviewer"]

    def step(name: str, user, why: str = "") -> None:
        role = {clerk: Role.CLERK, head: Role.UNIT_HEAD, reviewer: Role.REVIEWER}[user]
        apply_transition(item, name, user=user, perms=ROLE_PERMISSIONS[role], reason=why)

    if status == "draft":
        return
    step("submit", clerk)
    if status == "submitted":
        return
    step("confirm", head)
    if status == "confirmed":
        return
    if status == "returned":
        step("return", reviewer, reason or "请补充行使依据的具体条款。")
        return
    step("approve", reviewer)
    if status == "withdrawn":
        step("withdraw", reviewer, "该事项已调整由乡级办理，暂停公开，待重新梳理。")
    elif status == "published_with_draft_edit":
        item.refresh_from_db()
        item.service_commitment = (item.service_commitment + " 材料齐全的当场受理。").strip()
        save_edit(
            item,
            user=clerk,
            expected_version=item.version,
            reason="根据群众意见补充当场受理承诺。",
        )


def load_demo(*, render: bool = True) -> tuple[bool, list[DemoAccount]]:
    """Load the demo township; return (loaded now?, demo accounts).

    With ``render``, every flowchart is drawn once the data is committed (in-process, or by
    the workers when Redis is configured); the tests leave that to the tests that need it.
    """
    if render:
        return _load_demo(render=True)
    with renders_paused():
        # Also after commit: approving risk points asks to redraw their steps' charts.
        return _load_demo(render=False)


@transaction.atomic
def _load_demo(*, render: bool) -> tuple[bool, list[DemoAccount]]:
    spec = demo_data.TOWNSHIP
    if Township.objects.filter(code=spec["code"].lower()).exists():
        return False, demo_accounts()

    admin = _user("admin", "系统管理员", superuser=True)
    county_spec = demo_data.COUNTY
    county = County.objects.filter(code=county_spec["code"].lower()).first()
    if county is None:
        county = County(**{**county_spec, "code": county_spec["code"].lower()})
        county._history_user = admin
        county.save()
    township = Township(
        name=spec["name"],
        code=spec["code"].lower(),
        county=county,
        address=spec["address"],
        phone=spec["phone"],
        discipline_contact=spec["discipline_contact"],
    )
    township._history_user = admin
    township.save()
    categories = {c.name: c for c in township.categories.all()}
    lists = {}
    for list_spec in spec["list_types"]:
        list_type = ListType(township=township, **list_spec)
        list_type._history_user = admin
        list_type.save()
        lists[list_type.name] = list_type
    charts: list[Flowchart] = []

    reviewer = _user("reviewer", "乡镇审核员 赵敏")
    _grant(reviewer, Role.REVIEWER, township=township, granted_by=admin)
    discipline = _user("jiwei", "乡纪委 孙正")
    _grant(discipline, Role.DISCIPLINE, township=township, granted_by=admin)
    township_admin = _user("township-admin", "乡镇管理员 周立")
    _grant(township_admin, Role.ADMINISTRATOR, township=township, granted_by=admin)
    county_discipline = _user("qs-county-discipline", "县纪委 李清")
    _grant(county_discipline, Role.DISCIPLINE, county=county, granted_by=admin)
    county_admin = _user("qs-county-admin", "县级管理员 陈平")
    _grant(county_admin, Role.ADMINISTRATOR, county=county, granted_by=admin)

    for unit_spec in demo_data.UNITS:
        unit = Unit(
            township=township,
            code=unit_spec["code"].lower(),
            name=unit_spec["name"],
            kind=unit_spec["kind"],
            address=unit_spec["address"],
            phone=unit_spec["phone"],
            first_responsible=unit_spec["first_responsible"],
            first_responsible_title=unit_spec["first_responsible_title"],
        )
        unit._history_user = admin
        unit.save()
        prefix = unit.code
        clerk = _user(f"{prefix}-clerk", f"{unit.name}录入员")
        head = _user(f"{prefix}-head", f"{unit_spec['first_responsible']}")
        _grant(clerk, Role.CLERK, unit=unit, granted_by=admin)
        _grant(head, Role.UNIT_HEAD, unit=unit, granted_by=admin)
        posts = {}
        for order, post_spec in enumerate(unit_spec["posts"], start=1):
            post = Post(unit=unit, order=order, **post_spec)
            post._history_user = clerk
            post.save()
            posts[post.name] = post
        people = {"clerk": clerk, "head": head, "reviewer": reviewer}
        for item_spec in unit_spec["items"]:
            item = _create_item(unit, item_spec, posts, categories, clerk, lists=lists)
            if item_spec.get("flowchart", True):
                charts.append(_create_chart(item, clerk))
            for sub_spec in item_spec["sub_items"]:
                sub = _create_item(
                    unit, sub_spec, posts, categories, clerk, parent=item, lists=lists
                )
                if sub_spec.get("flowchart", True):
                    charts.append(_create_chart(sub, clerk))
                _walk(sub, sub_spec["status"], sub_spec["returned_reason"], people)
            _walk(item, item_spec["status"], item_spec["returned_reason"], people)
        if unit.is_village:
            _create_unit_chart(unit, Flowchart.Kind.DECISION, "four_deliberations", clerk, people)
    for extend in DEMO_EXTENSIONS:
        extend(township)
    if render:
        for chart in Flowchart.objects.filter(unit__township=township):
            request_render(chart, user=chart.history.earliest().history_user)
    return True, demo_accounts()


def demo_accounts() -> list[DemoAccount]:
    accounts = []
    for assignment in (
        RoleAssignment.objects.filter(is_active=True, user__username__in=_demo_usernames())
        .select_related("user", "unit", "township", "county")
        .order_by(F("unit__code").asc(nulls_first=True), "role")
    ):
        accounts.append(
            DemoAccount(
                assignment.user.username,
                assignment.user.first_name,
                assignment.get_role_display(),
                str(assignment.scope),
            )
        )
    accounts.insert(0, DemoAccount("admin", "系统管理员", "超级管理员", "/admin/"))
    return accounts


def _demo_usernames() -> list[str]:
    names = ["reviewer", "jiwei", "township-admin", "qs-county-discipline", "qs-county-admin"]
    for unit_spec in demo_data.UNITS:
        code = unit_spec["code"].lower()
        names += [f"{code}-clerk", f"{code}-head"]
    return names
