"""Panels other apps show on a unit's officials' pages, without powers importing them.

A panel is ``panel(request, unit) -> str`` (rendered HTML, '' for nothing): the risk ledger
shows the unit's open warnings on every page of the unit this way.
"""

from __future__ import annotations

from collections.abc import Callable

UNIT_PANELS: list[Callable] = []


def register_unit_panel(panel: Callable) -> Callable:
    if panel not in UNIT_PANELS:
        UNIT_PANELS.append(panel)
    return panel
