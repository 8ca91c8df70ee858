"""The tray's short texts: status rows, the tooltip, the pause choices."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from ...core.status import Status
from ..common.text import APP_NAME, render

TOOLTIP_LINES = 4  # Windows cuts tray tooltips at 127 characters


def status_rows(status: Status, now_ms: float | None = None) -> list[str]:
    return [render(line, now_ms) for line in status.lines]


def tooltip(status: Status, now_ms: float | None = None) -> str:
    rows = status_rows(status, now_ms)
    if len(rows) > TOOLTIP_LINES:
        rows = rows[: TOOLTIP_LINES - 1] + [QCoreApplication.translate("TrayController", "…and more in Accounts")]
    return "\n".join([APP_NAME, *rows])


def pause_until(choice: str, now_ms: float) -> int:
    """Epoch ms for "hour" (an hour from now) or "tomorrow" (8:00 tomorrow, local time)."""
    if choice == "hour":
        return int(now_ms + 3_600_000)
    now = datetime.fromtimestamp(now_ms / 1000)
    morning = (now + timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)
    return int(morning.timestamp() * 1000)
