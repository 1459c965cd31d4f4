"""Deployment checks, security headers and sign-in lockout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parent.parent


def test_check_deploy_is_clean_with_debug_off():
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "x7Jq2mVw9LpR4tYz8NcB1fHs6KdG3aUe5QiO0XvWbTrEyMnPlAoSdFgHjZkC",
        "ALLOWED_HOSTS": "portal.example.org",
        "SITE_URL": "https://portal.example.org",
    }
    for name in ("SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "STATIC_MANIFEST"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_a_bad_setting_fails_loudly():
    env = {**os.environ, "DEBUG": "maybe"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "DEBUG='maybe'" in result.stderr


@pytest.mark.django_db
def test_every_page_sends_a_content_security_policy(client, demo):
    for url in ("/", reverse("login"), f"/t/{demo.township.code}/"):
        policy = client.get(url)["Content-Security-Policy"]
        assert "default-src 'self'" in policy
        assert "script-src 'self'" in policy
        assert "frame-ancestors 'none'" in policy


@pytest.mark.django_db
def test_sign_in_locks_after_repeated_failures_then_cools_off(client, demo, settings):
    url = reverse("login")
    credentials = {"username": demo.clerk.username, "password": "wrong-password"}
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, credentials)
        assert response.status_code == 200
        assert "请输入一个正确的" in response.content.decode()  # Django's zh-hans message
    response = client.post(url, credentials)
    assert response.status_code == 429
    assert "登录已暂时锁定" in response.content.decode()
    # Even the right password is refused during the cool-off.
    response = client.post(url, {"username": demo.clerk.username, "password": demo.password})
    assert response.status_code == 429

    from axes.models import AccessAttempt

    AccessAttempt.objects.update(attempt_time="2000-01-01T00:00:00+00:00")  # cool-off over
    response = client.post(url, {"username": demo.clerk.username, "password": demo.password})
    assert response.status_code == 302


@pytest.mark.django_db
def test_signing_in_with_the_demo_account_leads_to_my_work(client, demo):
    response = client.post(
        reverse("login"), {"username": demo.clerk.username, "password": demo.password}, follow=True
    )
    page = response.content.decode()
    assert "我的工作" in page
    assert demo.unit.name in page
