"""The unit's electronic screen (电子显示屏)."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from disclosures.models import Audience
from tests.factories import PowerItemFactory, UnitFactory
from tests.public.test_public_unit_page import public_disclosure, published

pytestmark = pytest.mark.dates


def kiosk_url(unit) -> str:
    return reverse("public:kiosk", args=[unit.township.code, unit.code])


@pytest.mark.django_db
def test_the_screen_rotates_disclosures_in_publicity_first_then_the_catalog(
    client, demo, django_assert_num_queries
):
    unit = UnitFactory(township=demo.township, name="大屏村")
    today = timezone.localdate()
    public_disclosure(
        unit,
        "低保对象评议结果公示",
        publicity_start=today - timedelta(days=1),
        publicity_end=today + timedelta(days=6),
        objection_contact="村委会",
    )
    public_disclosure(unit, "本月财务收支公开")
    public_disclosure(unit, "党内通报", audience=Audience.PARTY)
    for n in range(8):
        published(PowerItemFactory(unit=unit, code=f"K-{n}", name=f"大屏事项{n}"))
    # 1. the unit with its township, 2. its latest public disclosures, 3. its published items
    with django_assert_num_queries(3):
        response = client.get(kiosk_url(unit))
    page = response.content.decode()
    assert "大屏村" in page and 'class="kiosk-clock"' in page
    # The one in its publicity period comes first, though the other is newer.
    assert page.index("低保对象评议结果公示") < page.index("本月财务收支公开")
    assert "党内通报" not in page
    # Eight items make two catalog slides of six and two.
    assert page.count('class="slide"') == 2 + 2
    assert "大屏事项7" in page


@pytest.mark.django_db
def test_the_screen_is_csp_clean_and_its_script_is_referenced(client, demo):
    response = client.get(kiosk_url(demo.unit))
    page = response.content.decode()
    assert re.search(r'<script src="[^"]*js/kiosk\.js" defer></script>', page)
    assert "<style" not in page and " style=" not in page
    assert re.findall(r"<script(?![^>]*\bsrc=)", page) == []  # no inline script
    assert 'data-interval="15"' in page and 'data-reload="600"' in page
    assert '<meta http-equiv="refresh" content="600">' in page  # without JS
    assert "script-src 'self'" in response["Content-Security-Policy"]
    script = (Path(settings.BASE_DIR) / "static/js/kiosk.js").read_text()
    assert "location.reload" in script and "setInterval" in script


def test_the_screen_uses_large_type():
    css = (Path(settings.BASE_DIR) / "static/css/portal.css").read_text()
    size = re.search(r"body\.kiosk \{[^}]*font-size: (\d+)px", css)
    assert size and int(size.group(1)) >= 28


@pytest.mark.django_db
def test_an_unknown_or_inactive_unit_has_no_screen(client, demo):
    unit = UnitFactory(township=demo.township, is_active=False)
    assert client.get(kiosk_url(unit)).status_code == 404
