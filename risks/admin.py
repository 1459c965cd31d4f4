"""The admin of the risk ledger: township administrators keep their township's risk matrix."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext as _

from powers.admin import TownshipScopedAdmin

from .models import RiskMatrix
from .services import save_matrix


@admin.register(RiskMatrix)
class RiskMatrixAdmin(TownshipScopedAdmin):
    """Levels, labels and cells are data; saving re-levels the township's open points."""

    list_display = ["township", "__str__"]

    def save_model(self, request, obj: RiskMatrix, form, change: bool) -> None:
        changed = save_matrix(obj, user=request.user, reason=_("管理后台调整风险矩阵"))
        self.message_user(
            request, _("已按新矩阵重新评定 %(count)s 个风险点的等级。") % {"count": changed}
        )
