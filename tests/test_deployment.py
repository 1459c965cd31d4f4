"""The deployment: every Debian package the code needs is on the one list that the Dockerfile,
`make` and CI install from (scripts/install-os-deps.sh), and docker-compose.yml starts the stack
in order, checks its health and keeps its data in volumes.

The image once could not start because libmagic1, which python-magic loads on import, was on
the script's list but not on the Dockerfile's own copy of it (issue #18). These tests read files
and ask the system; they touch no database and need no Docker.
"""

from __future__ import annotations

import ctypes.util
import functools
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "install-os-deps.sh"


def library(name: str) -> Callable[[], bool]:
    return lambda: ctypes.util.find_library(name) is not None


def executable(name: str) -> Callable[[], bool]:
    return lambda: shutil.which(name) is not None


def font(file_prefix: str) -> Callable[[], bool]:
    return lambda: any(Path("/usr/share/fonts").rglob(f"{file_prefix}*"))


class Need(NamedTuple):
    """Something the code loads or runs that pip cannot install."""

    uses: str  # the Python import or the program, as the code names it
    package: str  # the Debian package that provides it
    present: Callable[[], bool]  # a cheap look at this machine


# What the portal loads or runs: `scripts/install-os-deps.sh run`, and so the image.
RUN_NEEDS = [
    # python-magic loads libmagic on import, and the URLconf imports it: no migrate without it.
    Need("import magic", "libmagic1", library("magic")),
    # WeasyPrint 70 opens these with cffi (weasyprint/text/ffi.py); GObject and Fontconfig come
    # with Pango. Without HarfBuzz's subsetter it embeds whole CJK fonts (tens of MB a PDF).
    Need("import weasyprint", "libpango-1.0-0", library("pango-1.0")),
    Need("import weasyprint", "libpangoft2-1.0-0", library("pangoft2-1.0")),
    Need("import weasyprint", "libharfbuzz-subset0", library("harfbuzz-subset")),
    Need("dot", "graphviz", executable("dot")),
    # Chinese text in flowcharts and PDFs, rather than empty boxes.
    Need("Noto Sans CJK", "fonts-noto-cjk", font("NotoSansCJK")),
    Need("msgfmt", "gettext", executable("msgfmt")),  # compilemessages, in the image's build
    Need("pdftotext", "poppler-utils", executable("pdftotext")),  # the personal-data check
    # manage.py backup and restore on PostgreSQL (operations.backup.program).
    Need("pg_dump", "postgresql-client-15", executable("pg_dump")),
    Need("pg_restore", "postgresql-client-15", executable("pg_restore")),
]

# What the tests run besides: `scripts/install-os-deps.sh test`.
TEST_NEEDS = [
    Need("pdftoppm", "poppler-utils", executable("pdftoppm")),
    Need("pdffonts", "poppler-utils", executable("pdffonts")),
    Need("pdfdetach", "poppler-utils", executable("pdfdetach")),
    Need("pdfimages", "poppler-utils", executable("pdfimages")),
    Need("chromium", "chromium", executable("chromium")),  # Playwright, never a download
    Need("redis-server", "redis-server", executable("redis-server")),  # real Celery workers
]

# Programs every Debian has (Essential: yes), which no list needs to name.
ESSENTIAL = {"bash", "dpkg-query"}

# A program started by name: looked up with shutil.which, or first in a subprocess's arguments.
STARTS_PROGRAM = re.compile(
    r"""(?:shutil\.which\(\s*|subprocess\.(?:run|Popen|call|check_call|check_output)\(\s*\[\s*)"""
    r"""["']([\w.+-]+)["']"""
)


@functools.cache
def listed(package_set: str) -> frozenset[str]:
    """The packages `scripts/install-os-deps.sh <package_set>` installs."""
    done = subprocess.run(
        ["bash", str(SCRIPT), package_set, "--list"], capture_output=True, text=True, check=True
    )
    return frozenset(done.stdout.split())


def programs_started(folders: list[Path]) -> dict[str, str]:
    """Each program the Python files under ``folders`` start by name, with one file that does."""
    found = {}
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            for match in STARTS_PROGRAM.finditer(path.read_text(encoding="utf-8")):
                found.setdefault(match.group(1), str(path.relative_to(ROOT)))
    return found


def app_folders() -> list[Path]:
    """The portal's own code: every top-level package but the tests."""
    return [
        path.parent
        for path in sorted(ROOT.glob("*/__init__.py"))
        if path.parent.name != "tests" and not path.parent.name.startswith(".")
    ]


@pytest.mark.parametrize("need", RUN_NEEDS, ids=lambda need: f"{need.uses}-{need.package}")
def test_the_run_list_has_what_the_portal_loads(need: Need):
    assert need.package in listed("run"), (
        f"{need.uses} needs the Debian package {need.package}: add it to run_packages in "
        "scripts/install-os-deps.sh, or the image builds without it"
    )


@pytest.mark.parametrize(
    "need", RUN_NEEDS + TEST_NEEDS, ids=lambda need: f"{need.uses}-{need.package}"
)
def test_the_test_list_has_what_the_tests_run(need: Need):
    assert need.package in listed("test")


def test_every_program_the_portal_starts_has_its_package():
    known = ESSENTIAL | {need.uses for need in RUN_NEEDS}
    started = programs_started(app_folders())
    unknown = {name: path for name, path in started.items() if name not in known}
    assert not unknown, (
        f"programs started without a known Debian package: {unknown}; add each to RUN_NEEDS "
        "here and its package to run_packages in scripts/install-os-deps.sh"
    )


def test_every_program_the_tests_start_has_its_package():
    known = ESSENTIAL | {need.uses for need in RUN_NEEDS + TEST_NEEDS}
    started = programs_started([ROOT / "tests"])
    unknown = {name: path for name, path in started.items() if name not in known}
    assert not unknown, (
        f"programs the tests start without a known Debian package: {unknown}; add each to "
        "TEST_NEEDS here and its package to test_packages in scripts/install-os-deps.sh"
    )


@pytest.mark.parametrize(
    "need", RUN_NEEDS + TEST_NEEDS, ids=lambda need: f"{need.uses}-{need.package}"
)
def test_this_machine_has_it(need: Need):
    if shutil.which("dpkg-query"):
        status = subprocess.run(
            ["dpkg-query", "--show", "--showformat=${Status}", need.package],
            capture_output=True,
            text=True,
        ).stdout
        assert status == "install ok installed", (
            f"{need.package} is not installed: run scripts/install-os-deps.sh test as root"
        )
    assert need.present(), f"{need.uses} is not found on this machine ({need.package})"


def test_upload_types_are_read_from_the_content():
    import magic

    assert magic.from_buffer(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", mime=True) == "application/pdf"


def test_weasyprint_finds_harfbuzz_subset():
    from weasyprint.text import ffi

    # Optional to WeasyPrint 70, which then only warns; the PDFs would carry whole fonts.
    assert ffi.harfbuzz_subset is not None


# The Dockerfile ----------------------------------------------------------------------------


def dockerfile_instructions() -> list[str]:
    """The Dockerfile's instructions, continuation lines joined, comments left out."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n\s*", " ", "\n".join(lines))
    return [line.strip() for line in joined.splitlines() if line.strip()]


def test_the_image_installs_its_packages_through_the_script():
    instructions = dockerfile_instructions()
    installs = [line for line in instructions if "install-os-deps.sh run" in line]
    assert len(installs) == 1, "the Dockerfile must install through scripts/install-os-deps.sh"
    install = installs[0]
    assert install.startswith("RUN ")
    # The list in the apt layer is gone in the same layer, so the image stays slim.
    assert "rm -rf /var/lib/apt/lists/*" in install
    # The script is copied in before that, and the rest of the code after, so that a code change
    # does not install the packages again.
    copy_script = instructions.index("COPY scripts/install-os-deps.sh scripts/")
    assert copy_script < instructions.index(install) < instructions.index("COPY . .")
    # One list: no package installed by name beside it.
    assert not [line for line in instructions if "apt-get" in line and "install" in line]
    assert "--no-install-recommends" in SCRIPT.read_text(encoding="utf-8")


def test_the_build_context_holds_the_script():
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert not {"scripts", "scripts/", "scripts/install-os-deps.sh"} & set(ignored)


# docker-compose.yml ------------------------------------------------------------------------

APP_SERVICES = ("web", "worker", "beat")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", APP_SERVICES)
def test_app_services_start_after_the_migrations_and_healthy_backing_services(compose, name):
    depends_on = compose["services"][name]["depends_on"]
    assert depends_on["migrate"] == {"condition": "service_completed_successfully"}
    assert depends_on["postgres"] == {"condition": "service_healthy"}
    assert depends_on["redis"] == {"condition": "service_healthy"}


def test_migrate_runs_once_against_a_healthy_database(compose):
    migrate = compose["services"]["migrate"]
    assert migrate["command"][-3:] == ["manage.py", "migrate", "--noinput"]
    assert migrate["restart"] == "no"
    assert migrate["depends_on"]["postgres"] == {"condition": "service_healthy"}


@pytest.mark.parametrize("name", ["postgres", "redis", *APP_SERVICES])
def test_services_have_health_checks(compose, name):
    healthcheck = compose["services"][name]["healthcheck"]
    assert healthcheck["test"][0] in {"CMD", "CMD-SHELL"}
    assert not healthcheck.get("disable")


@pytest.mark.parametrize(
    ("name", "volume", "target"),
    [
        ("postgres", "postgres-data", "/var/lib/postgresql/data"),
        ("redis", "redis-data", "/data"),
        ("web", "media", "/data/media"),
        ("worker", "media", "/data/media"),  # the worker writes flowcharts and PDFs
    ],
)
def test_data_lives_in_named_volumes(compose, name, volume, target):
    assert volume in compose["volumes"]
    assert f"{volume}:{target}" in compose["services"][name]["volumes"]
    if name in APP_SERVICES:
        assert compose["services"][name]["environment"]["MEDIA_ROOT"] == target


def test_redis_keeps_queued_tasks_across_a_restart(compose):
    assert "--appendonly" in compose["services"]["redis"]["command"]


def test_only_web_is_published_and_only_on_localhost(compose):
    published = {name: s["ports"] for name, s in compose["services"].items() if s.get("ports")}
    assert list(published) == ["web"]
    assert all(str(port).startswith("127.0.0.1:") for port in published["web"])


def test_beat_runs_exactly_once(compose):
    services = compose["services"]
    assert "beat" in services["beat"]["command"]
    assert services["beat"]["deploy"]["replicas"] == 1
    # A worker started with -B would be a second beat.
    for name, service in services.items():
        if name != "beat":
            assert not {"beat", "-B", "--beat"} & set(service.get("command") or [])


@pytest.mark.parametrize("variable", ["SECRET_KEY", "POSTGRES_PASSWORD"])
def test_secrets_must_be_set(variable):
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    uses = re.findall(rf"\$\{{{variable}[^}}]*\}}", text)
    assert uses, f"{variable} is never used"
    # ${VAR:?message}: compose refuses to start without it, rather than use an empty value.
    assert all(re.fullmatch(rf"\$\{{{variable}:\?[^}}]+\}}", use) for use in uses), uses


def test_web_counts_the_one_proxy_in_front(compose):
    assert compose["services"]["web"]["environment"]["TRUSTED_PROXY_COUNT"] == "1"
