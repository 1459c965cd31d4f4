"""The house shows its rooms (issue #20): each app is named in the README's layout table in the
order of the import contract, has its tests beside the others' under ``tests/<app>/``, and
no module outgrows about 800 lines (data files aside), so a newcomer finds what they look for
by its name."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 800
# Data, not logic: the demo's invented township and the flowchart templates.
DATA_FILES = {"powers/demo_data.py", "risks/demo_data.py", "powers/flowchart_templates.py"}


def _apps() -> list[str]:
    """The project's apps from the bottom up, as the import contract lists them."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    return [app for app in config["root_packages"] if app != "township_portal"]


def test_the_readme_names_every_app_in_the_contracts_order():
    readme = (ROOT / "README.md").read_text()
    layout = readme[readme.index("## Project layout") :]
    listed = re.findall(r"^\| `(\w+)/` \|", layout, flags=re.M)
    assert [name for name in listed if name in _apps()] == _apps()


def test_every_app_has_its_tests_beside_the_others():
    missing = [app for app in _apps() if not (ROOT / "tests" / app / "__init__.py").exists()]
    assert missing == []


def test_no_module_outgrows_800_lines():
    too_long = {}
    for app in _apps():
        for path in (ROOT / app).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" in relative or relative in DATA_FILES:
                continue
            lines = len(path.read_text().splitlines())
            if lines > MAX_LINES:
                too_long[relative] = lines
    assert too_long == {}
