"""Chinese by default, English on request, and an English catalog with nothing missing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.urls import reverse

from tests.powers.test_permission_matrix import item_form_data

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"


@pytest.mark.django_db
def test_form_errors_are_in_chinese(client, demo):
    client.force_login(demo.clerk)
    response = client.post(
        reverse("powers:item_create", args=[demo.unit.pk]),
        {"bases-TOTAL_FORMS": 0, "bases-INITIAL_FORMS": 0, "time_limit_days": "三天"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "这个字段是必填项。" in page
    assert "输入整数。" in page


@pytest.mark.django_db
def test_a_duplicate_code_is_refused_in_chinese(client, demo):
    existing = demo.unit.power_items.first()
    client.force_login(demo.clerk)
    data = item_form_data(existing, version="")
    response = client.post(reverse("powers:item_create", args=[demo.unit.pk]), data)
    assert "本单位已有相同编码的权力事项。" in response.content.decode()


@pytest.mark.django_db
def test_the_language_switch_turns_pages_english(client, demo):
    url = reverse("public:township_home", args=[demo.township.code])
    assert "村（居）" in client.get(url).content.decode()
    switch = reverse("public:switch_language", args=["en"])
    response = client.get(f"{switch}?next={url}")
    assert response["Location"] == url
    page = client.get(url).content.decode()
    assert "Villages and communities" in page
    assert 'lang="en"' in page


def test_the_switch_never_redirects_off_site(client):
    switch = reverse("public:switch_language", args=["en"])
    assert client.get(f"{switch}?next=https://evil.example/")["Location"] == "/"


def test_the_english_catalog_is_complete(tmp_path):
    """Every translatable string in the code has an English translation."""
    work = tmp_path / "project"
    shutil.copytree(
        ROOT,
        work,
        ignore=shutil.ignore_patterns(".venv", ".git", "node_modules", "media", "staticfiles"),
    )
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "en",
            "--ignore=.venv",
            "--no-location",
        ],
        cwd=work,
        check=True,
        capture_output=True,
    )
    catalog = polib.pofile(str(work / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in catalog.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalog.fuzzy_entries()]
    assert not missing, f"untranslated: {missing[:20]}"
    assert not fuzzy, f"fuzzy: {fuzzy[:20]}"
