"""The power catalog (权力清单 / 权责清单 / 村级小微权力清单 / 负面清单) as a table: import and
export.

A row is a power item of the unit, found by its 项目编码 (``code``) when the file has one, else
by its 序号 (``position``) on its list, else by its name. Sub-items (子项) come in two shapes, as
published lists write them: a 子项 cell filled under the item's 序号 and 项目名称 (the item's
cells merged over its sub-item rows, so the item's first row is also its first sub-item's), or
their own 序号 under the item's (``1.1`` under ``1``). The export writes the first shape, each
item on a row of its own before its sub-items.

A list is named in a 所属清单 column, or above the table (a Word table titled
"村级证明事项负面清单" is that list of the township); the power list otherwise. The 权力类型 is
one of the township's categories by name (a category row spanning the table, such as
"一、村级重大事项决策类", is the category of the rows under it); a category the township does
not have is created, with a warning; a row stating none has none (a 负面清单's rows state no
type), and a file that states none anywhere leaves its items' categories as they are, as it
does every column it lacks. 实施依据, 责任事项 and 追责情形 are read by
:mod:`exchange.power_cells`. The time limit is kept as written and read out as the item form
does; a text it cannot read gives a warning and no days. What is imported enters as a draft
through the lifecycle (:class:`exchange.resources.UnitResource`).
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import widgets

from powers.history import stamp
from powers.models import LegalBasis, PowerCategory, PowerItem, Unit
from powers.time_limits import parse_time_limit

from .headers import DataRow, Table
from .kinds import Column, Kind, register
from .power_cells import (
    join_accountability,
    join_bases,
    join_responsibilities,
    join_sub_item,
    split_accountability,
    split_bases,
    split_responsibilities,
    split_sub_item,
)
from .resources import Choice, Text, UnitResource, field

COLUMNS = [
    Column("position", "序号", ("序 号", "分序号", "编号")),
    Column("list_type", "所属清单", ("清单", "清单名称", "清单类型")),
    Column("category", "权力类型", ("职权类型", "权种类型", "职权类别", "权力类别", "类别")),
    Column("code", "项目编码", ("事项编码", "职权编码", "权力编码", "编码")),
    Column(
        "name",
        "项目名称",
        (
            "事项名称",
            "权力名称",
            "职权名称",
            "权力事项",
            "权力事项名称",
            "行政权力名称",
            "证明事项",
        ),
        required=True,
    ),
    Column("sub_item", "子项", ("子项名称",)),
    Column("power_kind", "权力性质", ()),
    Column("responsible_body", "实施主体", ("实施机关", "法定主体", "实施机构", "责任主体")),
    Column("responsible_office", "承办机构", ("内部负责机构", "承办科室", "咨询部门")),
    Column(
        "legal_bases",
        "实施依据",
        ("设定依据", "法律依据", "法定依据", "行使依据", "依据", "法律依据/政策依据", "具体条款"),
    ),
    Column("responsibilities", "责任事项", ()),
    Column("accountability", "追责情形", ("责任追究",)),
    Column("time_limit_text", "办理时限", ("承诺时限", "办理期限", "法定时限")),
    Column("conditions", "办理条件", ("替代方式",)),
    Column("complaint_channel", "投诉举报途径", ("监督电话", "投诉电话", "投诉举报电话")),
    Column("remark", "备注", ()),
]
# Keys :func:`prepare` gives every row besides the file's columns (``category`` only when the
# file states one, in a column or in a category row).
DERIVED = ("list_type", "category", "row_key", "parent_position", "parent_name")
_ORDINAL = re.compile(r"^[一二三四五六七八九十]+\s*[、.．]\s*")
_SUB_POSITION = re.compile(r"^(\d+)[.．]\d+$")


def _named_list(notes: list[str], lists) -> str:
    """The township's list a title above the table names (longest name first)."""
    for list_type in sorted(lists, key=lambda lt: -len(lt.name)):
        if any(list_type.name in note for note in notes):
            return list_type.name
    negative = [lt for lt in lists if lt.is_negative]
    if len(negative) == 1 and any("负面清单" in note for note in notes):
        return negative[0].name
    return ""


def prepare(table: Table, unit: Unit) -> tuple[str, ...]:
    """Give each row its list, its category and its parent; split an item's first row that
    is also its first sub-item's into the item's row and the sub-item's."""
    default_list = ""
    if "list_type" not in table.columns.values():
        default_list = _named_list(table.notes, list(unit.township.list_types.all()))
    rows: list[DataRow] = []
    items_in_file: set[tuple[str, str, str]] = set()
    tops: dict[tuple[str, str], str] = {}  # (list, 序号) → name, for 1.1 under 1

    def top_row(values: dict, number: int, section: str) -> DataRow:
        key = values.get("code") or values.get("position") or values.get("name") or f"#{number}"
        list_name = values.get("list_type", "")
        values.update(
            row_key=f"{list_name}：{key}" if list_name else key,
            parent_position="",
            parent_name="",
        )
        items_in_file.add((list_name, values.get("position", ""), values.get("name", "")))
        if values.get("position"):
            tops[(list_name, values["position"])] = values.get("name", "")
        return DataRow(number, values, section)

    for row in table.rows:
        values = {key: value.strip() for key, value in row.values.items()}
        if default_list and not values.get("list_type"):
            values["list_type"] = default_list
        values.setdefault("list_type", "")
        if not values.get("category"):
            values["category"] = _ORDINAL.sub("", row.section).strip()
        list_name = values["list_type"]
        position, name = values.get("position", ""), values.get("name", "")
        if values.get("sub_item"):
            if (list_name, position, name) not in items_in_file:
                parent = {**values, "sub_item": "", "code": ""}
                rows.append(top_row(parent, row.number, row.section))
            sub_position, sub_name = split_sub_item(values["sub_item"])
            key = values.get("code") or f"{position or name}/{sub_position or sub_name}"
            values.update(
                position=sub_position,
                name=sub_name,
                parent_position=position,
                parent_name=name,
                row_key=f"{list_name}：{key}" if list_name else key,
            )
            rows.append(DataRow(row.number, values, row.section))
            continue
        above = _SUB_POSITION.match(position)
        if above and (list_name, above.group(1)) in tops:
            key = values.get("code") or position
            values.update(
                parent_position=above.group(1),
                parent_name=tops[(list_name, above.group(1))],
                row_key=f"{list_name}：{key}" if list_name else key,
            )
            rows.append(DataRow(row.number, values, row.section))
            continue
        rows.append(top_row(values, row.number, row.section))
    table.rows = rows
    if "category" not in table.columns.values() and not any(row.values["category"] for row in rows):
        return tuple(key for key in DERIVED if key != "category")
    return DERIVED


# --- widgets ----------------------------------------------------------------------------------


class ListTypeByName(widgets.Widget):
    resource = None

    def clean(self, value, row=None, **kwargs):
        name = Text().clean(value)
        if not name or name == str(PowerItem._meta.get_field("list_type").verbose_name):
            return None
        list_type = self.resource.lists.get(name)
        if list_type is None:
            raise ValueError(
                _("本乡镇没有“%(name)s”清单，请管理员先添加这个清单类型。") % {"name": name}
            )
        return list_type

    def render(self, value, obj=None, **kwargs) -> str:
        return value.name if value else ""


class CategoryByName(widgets.Widget):
    """A category of the township by its name (``行政许可``, ``村级重大事项决策类``); a new one,
    unsaved, when the township has none of that name; none when the row states none."""

    resource = None

    def clean(self, value, row=None, **kwargs):
        resource = self.resource
        name = _ORDINAL.sub("", Text().clean(value)).strip()
        if not name:
            return None
        for candidate in (name, name.removesuffix("类")):
            if candidate in resource.categories:
                return resource.categories[candidate]
        if len(name) > PowerCategory._meta.get_field("name").max_length:
            raise ValueError(_("权力类型名称过长（最多 50 字）。"))
        resource.warn(
            "category",
            _("本乡镇还没有“%(name)s”权力类型，导入时将新建。") % {"name": name},
        )
        category = PowerCategory(
            township=resource.unit.township, name=name, group=PowerCategory.Group.LOCAL
        )
        resource.categories[name] = category
        return category

    def render(self, value, obj=None, **kwargs) -> str:
        return value.name if value else ""


class LegalBases(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        return split_bases(value)

    def render(self, value, obj=None, **kwargs) -> str:
        return join_bases(value)


class Responsibilities(widgets.Widget):
    resource = None

    def clean(self, value, row=None, **kwargs) -> dict:
        stages, unplaced = split_responsibilities(value)
        if unplaced and self.resource is not None:
            self.resource.warn(
                "responsibilities",
                _("“%(labels)s”不是受理、审查、决定、送达、事后监管之一，记入“其他责任”。")
                % {"labels": "、".join(unplaced)},
            )
        return stages

    def render(self, value, obj=None, **kwargs) -> str:
        return join_responsibilities(value, STAGE_KEYS)


class Accountability(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        return split_accountability(value)

    def render(self, value, obj=None, **kwargs) -> str:
        intro, cases = value or ("", ())
        return join_accountability(intro, cases)


STAGE_KEYS = [key for key, _label in PowerItem.STAGES]


def _basis_order(basis: LegalBasis) -> tuple:
    return (basis.order, basis.pk)


def _basis(basis: LegalBasis) -> tuple[str, str, str, str]:
    return (basis.document, basis.version, basis.article, basis.text)


def _readable(text: str) -> bool:
    limit = parse_time_limit(text)
    return limit.immediate or limit.days is not None or limit.statutory_days is not None


# --- the resource -----------------------------------------------------------------------------


class PowerItemResource(UnitResource):
    position = field("position")
    list_type = field("list_type", widget=ListTypeByName())
    category = field("category", widget=CategoryByName())
    code = field("code")
    name = field("name")
    sub_item = field("sub_item", attribute="")
    power_kind = field(
        "power_kind",
        widget=Choice(PowerItem.PowerKind.choices, column="power_kind"),
    )
    responsible_body = field("responsible_body")
    responsible_office = field("responsible_office")
    legal_bases = field("legal_bases", attribute="bases_text", widget=LegalBases())
    responsibilities = field("responsibilities", widget=Responsibilities())
    accountability = field(
        "accountability", attribute="accountability_parts", widget=Accountability()
    )
    time_limit_text = field("time_limit_text")
    conditions = field("conditions")
    complaint_channel = field("complaint_channel")

    class Meta(UnitResource.Meta):
        model = PowerItem
        fields = tuple(column.key for column in COLUMNS if column.key != "remark")
        # Every table has a name column; rows are found by get_instance (code, 序号, name).
        import_id_fields = ("name",)

    def __init__(self, *, unit: Unit, **kwargs):
        super().__init__(unit=unit, **kwargs)
        self.fields["sub_item"].attribute = None  # written from the item's parent and name
        township = unit.township
        self.lists = {list_type.name: list_type for list_type in township.list_types.all()}
        self.categories = {category.name: category for category in township.categories.all()}
        existing = list(
            PowerItem.objects.filter(unit=unit)
            .order_by("sort_order", "pk")
            .values("pk", "code", "position", "name", "list_type_id", "parent_id")
        )
        self.codes = {item["code"] for item in existing}
        self.names = {item["pk"]: item["name"] for item in existing}
        self.by_code = {item["code"]: item["pk"] for item in existing}
        self.by_place: dict[tuple, int] = {}
        for item in existing:
            for place in ("position", "name"):
                if item[place]:
                    key = (item["list_type_id"], item["parent_id"], place, item[place])
                    self.by_place.setdefault(key, item["pk"])
        # Items of this file by (list, 序号, name): the parents of the sub-items after them.
        self.in_file: dict[tuple[str, str, str], PowerItem] = {}
        self._new_category: PowerCategory | None = None
        self._loaded: dict[int, PowerItem] = {}  # the chunk's items (before_import)

    def before_import(self, dataset, **kwargs) -> None:
        """Read, in one query, the unit's items this chunk's rows can name (by code, name or
        序号, theirs or their parent's), with their legal bases: a read per row, and another
        for its bases, were a third of an import's time."""
        super().before_import(dataset, **kwargs)
        rows = dataset.dict
        codes = {(row.get("code") or "").strip() for row in rows}
        names = {(row.get(key) or "").strip() for row in rows for key in ("name", "parent_name")}
        places = {
            (row.get(key) or "").strip() for row in rows for key in ("position", "parent_position")
        }
        wanted = {self.by_code[code] for code in codes if code in self.by_code}
        wanted |= {
            pk
            for (_list, _parent, place, value), pk in self.by_place.items()
            if value in (names if place == "name" else places)
        }
        self._loaded = {
            item.pk: item
            for item in self.get_queryset().filter(pk__in=wanted).prefetch_related("legal_bases")
        }

    def _item(self, pk: int | None) -> PowerItem | None:
        """The unit's item ``pk`` as stored, from the chunk's read (each once: a second row
        naming it reads it again)."""
        if pk is None:
            return None
        item = self._loaded.pop(pk, None)
        return item if item is not None else self.get_queryset().filter(pk=pk).first()

    def get_queryset(self):
        return PowerItem.objects.filter(unit=self.unit).select_related(
            "parent", "list_type", "category"
        )

    # Finding the row's item ------------------------------------------------------------------

    def _list_id(self, row) -> int | None:
        list_type = self.lists.get((row.get("list_type") or "").strip())
        return list_type.pk if list_type else None

    def _parent(self, row) -> PowerItem | None:
        position = (row.get("parent_position") or "").strip()
        name = (row.get("parent_name") or "").strip()
        if not position and not name:
            return None
        list_name = (row.get("list_type") or "").strip()
        parent = self.in_file.get((list_name, position, name))
        if parent is None:
            pk = self._find(self._list_id(row), None, position, name)
            parent = self._item(pk)
        if parent is None:
            raise ValueError(
                _("没有找到上级事项“%(name)s”，子项未导入。") % {"name": name or position}
            )
        return parent

    def _find(self, list_id, parent_id, position: str, name: str) -> int | None:
        """The unit's item this row is, without a code: the one of its name in its list (and
        under its parent), else the one at its 序号, said in a warning when its name differs
        (a re-issued list may rename an item; another unit's list would rename the wrong one,
        and the preview is where the official sees which)."""
        if name and (pk := self.by_place.get((list_id, parent_id, "name", name))):
            return pk
        pk = self.by_place.get((list_id, parent_id, "position", position)) if position else None
        if pk is not None and name and self.names.get(pk) != name:
            self.warn(
                "position",
                _(
                    "按序号“%(position)s”对应本单位的“%(old)s”，名称不同，将改名为“%(new)s”；"
                    "如不是同一事项，请在文件中写明编码后再导入。"
                )
                % {"position": position, "old": self.names[pk], "new": name},
            )
        return pk

    def get_instance(self, instance_loader, row):
        code = (row.get("code") or "").strip()
        pk = self.by_code.get(code) if code else None
        if pk is None:
            parent = self._parent(row)
            if parent is not None and parent.pk is None:
                return None  # a new item's sub-items are new
            position = (row.get("position") or "").strip()
            name = (row.get("name") or "").strip()
            pk = self._find(self._list_id(row), parent.pk if parent else None, position, name)
        return self._item(pk)

    def init_instance(self, row=None) -> PowerItem:
        return PowerItem(unit=self.unit)

    def after_init_instance(self, instance, new, row, **kwargs) -> None:
        # The stored values as the file writes them and the import reads them back: a basis
        # entered by hand as one document "《规范》（GB/T 40088-2021）" equals the file's
        # document and version, so an unchanged row stays unchanged.
        instance.stored_code = instance.code
        bases = (
            () if new else [_basis(b) for b in sorted(instance.legal_bases.all(), key=_basis_order)]
        )
        instance.bases_text = split_bases(join_bases(bases))
        instance.accountability_parts = split_accountability(
            join_accountability(instance.accountability, instance.accountability_cases)
        )
        instance.responsibilities = split_responsibilities(
            join_responsibilities(instance.responsibilities, STAGE_KEYS)
        )[0]

    # Reading the row -------------------------------------------------------------------------

    def import_instance(self, instance, row, **kwargs) -> None:
        super().import_instance(instance, row, **kwargs)
        instance.parent = self._parent(row)
        instance.accountability, cases = instance.accountability_parts
        instance.accountability_cases = list(cases)
        self._time_limit(instance, row)
        if not instance.code:
            instance.code = instance.stored_code or self._new_code(instance)
        if instance.parent is None:
            key = (row.get("list_type") or "", instance.position, instance.name)
            self.in_file.setdefault(key, instance)

    def _time_limit(self, instance: PowerItem, row) -> None:
        remark = Text().clean(row.get("remark"))
        if remark:
            # Lists put the time limit in 备注 when they have no column for it.
            if not Text().clean(row.get("time_limit_text")) and _readable(remark):
                instance.time_limit_text = remark
            else:
                self.warn(
                    "remark",
                    _("备注“%(text)s”不是办理时限，未导入（权力事项没有备注栏）。")
                    % {"text": remark},
                )
        text = instance.time_limit_text
        if text and not _readable(text):
            column = "time_limit_text" if "time_limit_text" in row else "remark"
            self.warn(
                column,
                _("办理时限“%(text)s”中读不出即办或天数：按原文保存，天数留空。") % {"text": text},
            )

    def _new_code(self, instance: PowerItem) -> str:
        """A code for an item the file gives none: its 序号 (the parent's code and the
        sub-item's number for a sub-item), prefixed by its list's name off the power list."""
        if instance.parent is not None:
            number = instance.position.split(".")[-1] if instance.position else ""
            base = f"{instance.parent.code}-{number or len(self.in_file) + 1}"
        else:
            base = instance.position or str(len(self.in_file) + 1)
            if instance.list_type is not None:
                base = f"{instance.list_type.name[:20]}-{base}"
        code, suffix = base[:30], 2
        while code in self.codes:
            code = f"{base[:26]}-{suffix}"
            suffix += 1
        self.codes.add(code)
        return code

    def skip_row(self, instance, original, row, import_validation_errors=None) -> bool:
        if original is not None and (
            instance.parent_id != original.parent_id or instance.code != original.code
        ):
            return False
        return super().skip_row(instance, original, row, import_validation_errors)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        exclude = set(errors)
        held = PowerItem._meta.get_field("category").get_cached_value(instance, None)
        if instance.category_id is None and held is not None and held.pk is None:
            exclude.add("category")  # one the import creates: saved before the item
        try:
            instance.full_clean(exclude=exclude, validate_unique=validate_unique)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    # Writing it back -------------------------------------------------------------------------

    def export_field(self, field, instance, **kwargs):
        # A sub-item's row repeats its item's 序号 and name; its own are in 子项.
        parent = instance.parent if instance.parent_id else None
        if field.column_name == "position" and parent is not None:
            return parent.position
        if field.column_name == "name" and parent is not None:
            return parent.name
        return super().export_field(field, instance, **kwargs)

    def dehydrate_sub_item(self, item: PowerItem) -> str:
        # In a preview the item's parent may be new: held on the item, not yet saved.
        held = item.parent_id or PowerItem._meta.get_field("parent").is_cached(item)
        return join_sub_item(item.position, item.name) if held and item.parent else ""

    def dehydrate_legal_bases(self, item: PowerItem) -> str:
        bases = getattr(item, "bases_text", None)
        if bases is None:
            bases = [_basis(b) for b in item.legal_bases.all()]
        return join_bases(bases)

    def dehydrate_accountability(self, item: PowerItem) -> str:
        return join_accountability(item.accountability, item.accountability_cases)

    # Saving ----------------------------------------------------------------------------------

    def prepare_save(self, instance: PowerItem) -> None:
        category = instance.category
        if category is not None and category.pk is None:
            stamp(category, self.user, self.reason)
            category.save()
            self._new_category = category
            instance.category = category
        if instance.parent is not None and instance.parent.pk is None:
            raise ValueError(_("上级事项未能导入，子项未导入。"))
        if instance.parent is not None:
            instance.parent = instance.parent  # its id, now that the parent is saved

    def after_chunk(self, dry_run: bool) -> None:
        self._loaded = {}
        if self._new_category is not None and dry_run:
            self._new_category = None

    def children(self, instance: PowerItem) -> list:
        wanted = tuple(getattr(instance, "bases_text", ()) or ())
        user, reason = self.user, self.reason

        def save_bases(item: PowerItem) -> None:
            existing = list(item.legal_bases.order_by("order", "pk"))
            if join_bases([_basis(b) for b in existing]) == join_bases(wanted):
                return
            for order, (document, version, article, text) in enumerate(wanted, start=1):
                basis = existing[order - 1] if order <= len(existing) else None
                if basis is None:
                    basis = LegalBasis(item=item)
                elif basis.document != document:
                    basis.rank = ""  # a rank stated for another document
                values = (document, version, article, text, order)
                if (basis.document, basis.version, basis.article, basis.text, basis.order) == (
                    values
                ) and basis.pk:
                    continue
                basis.document, basis.version, basis.article, basis.text, basis.order = values
                stamp(basis, user, reason)
                basis.save()
            for basis in existing[len(wanted) :]:
                stamp(basis, user, reason)
                basis.delete()

        return [save_bases]


def _records(unit: Unit):
    return (
        PowerItem.objects.filter(unit=unit)
        .select_related("parent", "list_type", "category")
        .prefetch_related("legal_bases")
        .in_catalog_order()
    )


register(
    Kind(
        key="catalog",
        label=gettext_lazy("权力清单"),
        columns=COLUMNS,
        resource=PowerItemResource,
        records=_records,
        title=lambda unit: _("%(unit)s权力清单") % {"unit": unit.name},
        list_url=lambda unit: reverse("powers:unit_catalog", args=[unit.pk]),
        extra={"position_key": "row_key"},
        prepare=prepare,
    )
)
