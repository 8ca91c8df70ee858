"""Turning core.status messages into the tray's translated, short texts."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from ...core.status import MESSAGE_CONTEXT, Message, Moment, Status

APP_NAME = "Antigravity Tray"
EMAIL_FIELDS = ("email", "claude", "gemini")
EMAIL_LIMIT = 26  # characters; longer addresses lose their domain ("alice@…")
TOOLTIP_LINES = 4  # Windows cuts tray tooltips at 127 characters


def short_email(text: str, limit: int = EMAIL_LIMIT) -> str:
    if len(text) <= limit:
        return text
    local, at, _domain = text.partition("@")
    if at and len(local) + 2 <= limit:
        return f"{local}@…"
    return text[: limit - 1] + "…"


def show_time(ms: float, now_ms: float | None = None) -> str:
    """A moment in the person's locale: "14:05", or "Tue 14:05" when it is not today."""
    moment = QDateTime.fromMSecsSinceEpoch(int(ms))
    locale = QLocale()
    clock = locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    today = QDateTime.fromMSecsSinceEpoch(int(now_ms)).date() if now_ms is not None else QDateTime.currentDateTime().date()
    if moment.date() == today:
        return clock
    return f"{locale.dayName(moment.date().dayOfWeek(), QLocale.FormatType.ShortFormat)} {clock}"


def render(message: Message, now_ms: float | None = None, *, elide: bool = True) -> str:
    """The message in the current language, fields filled in."""
    text = QCoreApplication.translate(MESSAGE_CONTEXT, message.text, None, message.n)
    values: dict[str, Any] = {}
    for key, value in message.args.items():
        if isinstance(value, Moment):
            value = show_time(value.ms, now_ms)
        elif elide and key in EMAIL_FIELDS and isinstance(value, str):
            value = short_email(value)
        values[key] = value
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that broke a field: fall back to English
        return message.english()


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
