"""What every imported kind shares: a django-import-export resource bound to one unit.

A row is found by the unit and its code (``import_id_fields``); a row whose every imported
field equals what the unit holds is skipped (``skip_unchanged``), so importing the same file
again writes nothing, not even a history row. A new or changed row is saved as the officials'
forms save it, through the lifecycle's ``save_edit``: a draft (a published record becomes a
draft until approved again), with the importing official as its history user and "导入：<file>"
as its reason; a record under review is refused for that row only. Each row runs in a savepoint
of its own: a row that fails is reported, and the others are kept.

Warnings (a post that will be created, a grade written in another notation) are collected per
row for the preview; errors come from the widgets and the model's own ``full_clean``.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from powers.lifecycle import ConcurrentEditError, save_edit


def import_reason(file_name: str) -> str:
    return _("导入：%(name)s") % {"name": file_name}


class Text(widgets.Widget):
    """A cell's text as stored: trimmed, line breaks as ``\\n``; empty is ''."""

    def clean(self, value, row=None, **kwargs) -> str:
        if value is None:
            return ""
        return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()

    def render(self, value, obj=None, **kwargs) -> str:
        return "" if value is None else str(value)


class Choice(widgets.Widget):
    """A choice field written as its label (岗位职责), with or without a suffix (岗位职责风险);
    a label the list does not hold is left empty, with a warning."""

    def __init__(self, choices, suffixes=(), column: str = ""):
        self.choices = list(choices)
        self.suffixes = suffixes
        self.column = column
        self.resource = None

    def clean(self, value, row=None, **kwargs) -> str:
        text = Text().clean(value)
        if not text:
            return ""
        for suffix in self.suffixes:
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)]
        for code, label in self.choices:
            if text in (code, str(label)):
                return code
        if self.resource is not None:
            self.resource.warn(
                self.column,
                _("“%(value)s”不在可选值（%(choices)s）中，未导入。")
                % {"value": value, "choices": "、".join(str(label) for _c, label in self.choices)},
            )
        return ""

    def render(self, value, obj=None, **kwargs) -> str:
        return str(dict(self.choices).get(value, "")) if value else ""


NUMBERED = re.compile(r"(?:^|(?<=[；;。\n]))\s*(\d{1,2})\s*[.、．)）]")


def split_numbered(text: str) -> tuple[str, ...]:
    """``1.甲；\\n2.乙`` → ("甲", "乙"); a text that does not start with 1 is one item.

    Only the next number in sequence starts an item, so a measure starting with a figure
    ("3.2万元以上项目……") or quoting one ("按第1.6项") stays whole."""
    text = Text().clean(text)
    if not text:
        return ()
    starts = []
    for match in NUMBERED.finditer(text):
        if int(match.group(1)) == len(starts) + 1 and (starts or match.start() == 0):
            starts.append(match)
    if not starts:
        return (text,)
    items = []
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        item = text[match.end() : end].strip().rstrip("；;").strip()
        if item:
            items.append(item)
    return tuple(items)


def join_numbered(items) -> str:
    items = list(items or ())
    if len(items) == 1:
        return items[0]
    return "；\n".join(f"{number}.{item}" for number, item in enumerate(items, start=1))


class Numbered(widgets.Widget):
    """Several items in one cell, numbered (``1.…；2.…``), as a tuple of texts."""

    def clean(self, value, row=None, **kwargs) -> tuple[str, ...]:
        return split_numbered(value)

    def render(self, value, obj=None, **kwargs) -> str:
        return join_numbered(value)


def field(key: str, attribute: str | None = None, widget=None) -> fields.Field:
    return fields.Field(
        attribute=attribute if attribute is not None else key,
        column_name=key,
        widget=widget or Text(),
    )


class UnitResource(resources.ModelResource):
    """A kind's resource for one unit, imported by one official from one file."""

    def __init__(self, *, unit, user=None, file_name: str = "", **kwargs):
        super().__init__(**kwargs)
        self.unit = unit
        self.user = user
        self.file_name = file_name
        self.reason = import_reason(file_name)
        self.warnings: dict[int, list[tuple[str, str]]] = {}
        self.row_number = 0
        self.comparing = False  # a dry run comparing the file with the unit's records
        for column_field in self.fields.values():
            if hasattr(column_field.widget, "resource"):
                column_field.widget.resource = self

    class Meta:
        import_id_fields = ("code",)
        skip_unchanged = True
        report_skipped = True
        skip_html_diff = True
        clean_model_instances = True
        use_transactions = True
        store_instance = True

    # Warnings, by row of the dataset --------------------------------------------------------

    def warn(self, key: str, message: str) -> None:
        self.warnings.setdefault(self.row_number, []).append((key, message))

    def before_import_row(self, row, **kwargs) -> None:
        self.row_number = kwargs.get("row_number", 0)

    # Saving through the lifecycle -------------------------------------------------------------

    def prepare_save(self, instance) -> None:
        """Create what the record points to and does not exist yet (a new post)."""

    def after_lifecycle_save(self) -> None:
        """Called once the row's savepoint is released (caches of created records)."""

    def after_chunk(self, dry_run: bool) -> None:
        """A chunk of rows was imported, or rolled back when ``dry_run``."""

    def children(self, instance) -> list:
        """Callables ``fn(instance)`` saving the record's child rows inside its save."""
        return []

    def save_instance(self, instance, is_create, row, **kwargs) -> None:
        if kwargs.get("dry_run"):
            # The preview saves nothing: the model's full_clean has run; what save_edit
            # would refuse besides is a record under review.
            if not is_create and not instance.is_editable and not self.comparing:
                raise ValidationError(
                    _("本单位的“%(record)s”正在审核中（%(status)s），不能修改；如需修改请先退回。")
                    % {"record": instance, "status": instance.get_status_display()}
                )
            return
        try:
            with transaction.atomic():
                self.prepare_save(instance)
                save_edit(
                    instance,
                    user=self.user,
                    expected_version=None,
                    reason=self.reason,
                    children=self.children(instance),
                )
        except ConcurrentEditError as error:
            raise ValidationError(_("保存时记录已被他人修改，请重新导入。")) from error
        except DatabaseError as error:
            # Its savepoint is rolled back; the row is reported and the others go on.
            raise ValidationError(_("保存失败：%(error)s") % {"error": error}) from error
        self.after_lifecycle_save()
