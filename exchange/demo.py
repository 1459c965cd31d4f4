"""The demo's standard list: the township's village small-power list (村级小微权力清单), issued
from 清溪村's list (the model the township took), in two versions.

清溪村 adopted the first version and keeps one item as it had it before (its own 承办机构), so its
comparison shows one deviation; the second version changes another item's complaints line and is
offered to 清溪村 as a reviewable change, not yet taken. The other villages have not adopted it
yet: their clerks can do so from the list's page. Registered in ``powers.demo.DEMO_EXTENSIONS``.
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.utils import timezone

from powers.history import stamp
from powers.models import Township, Unit

from .export import export_rows, workbook
from .kinds import get_kind
from .models import Adoption, StandardList
from .standards import issue_version

DEMO_UNIT = "qx-v01"
NAME = "清溪乡村级小微权力清单"
OFFICE, COMPLAINTS, TITLE = "承办机构", "投诉举报途径", "项目名称"


def load_demo_standards(township: Township) -> None:
    unit = Unit.objects.filter(township=township, code=DEMO_UNIT).first()
    administrator = User.objects.filter(username="township-admin").first()
    if unit is None or administrator is None:
        return
    kind = get_kind("catalog")
    headers, rows = export_rows(kind, unit)
    office, complaints, title = (headers.index(h) for h in (OFFICE, COMPLAINTS, TITLE))
    # The township's list names the 村民委员会 where 清溪村 wrote 村两委 for its first item:
    # 清溪村 keeps its own.
    deviating = next((row for row in rows if row[office] == "村两委"), None)
    if deviating is None:
        return
    deviating[office] = "村民委员会"
    standard = StandardList(
        township=township,
        kind=kind.key,
        name=NAME,
        issuer="清溪乡人民政府",
        unit_kinds=[Unit.Kind.VILLAGE, Unit.Kind.COMMUNITY],
        description="以清溪村权力清单为范本，供各村（居）采用，可结合本村实际增改。",
    )
    stamp(standard, administrator, "新建标准清单")
    standard.save()
    first = issue_version(
        standard,
        user=administrator,
        name=f"{NAME}.xlsx",
        data=workbook(kind, NAME, headers, rows),
        note="首次发布",
    )
    clerk = User.objects.get(username=f"{DEMO_UNIT}-clerk")
    adoption = Adoption(
        unit=unit, standard=standard, version=first, adopted_at=timezone.now(), adopted_by=clerk
    )
    stamp(adoption, clerk, f"采用标准清单：{first}")
    adoption.save()
    # The second version gives the township discipline committee's new number, in one item.
    old_number, new_number = "0571-64812012", "0571-64812000"
    changed = next(
        (row for row in rows if row is not deviating and old_number in row[complaints]), None
    )
    if changed is None:
        return
    changed[complaints] = changed[complaints].replace(old_number, new_number)
    issue_version(
        standard,
        user=administrator,
        name=f"{NAME}（修订）.xlsx",
        data=workbook(kind, NAME, headers, rows),
        note=f"“{changed[title]}”的投诉举报电话更新",
    )
