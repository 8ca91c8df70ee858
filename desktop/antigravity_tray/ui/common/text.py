"""Core messages in the person's language: translated, fields filled, times in their locale."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from ...core.messages import Message, Moment, plural
from ...core.safe_text import safe_field

# Every call names its context literally, so pyside6-lupdate files it where the lookup goes
# (``self.tr`` would look under the runtime class, which misses in mixins and subclasses).
translate = QCoreApplication.translate

APP_NAME = "Antigravity Tray"
EMAIL_FIELDS = ("email", "claude", "gemini")
EMAIL_LIMIT = 26  # characters; longer addresses lose their domain ("alice@…")


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
    today = (
        QDateTime.fromMSecsSinceEpoch(int(now_ms)).date() if now_ms is not None else QDateTime.currentDateTime().date()
    )
    if moment.date() == today:
        return clock
    return f"{locale.dayName(moment.date().dayOfWeek(), QLocale.FormatType.ShortFormat)} {clock}"


def render(message: Message, now_ms: float | None = None, *, elide: bool = True) -> str:
    """The message in the current language, fields filled in."""
    text = QCoreApplication.translate(message.context, message.text)
    if message.n >= 0:
        text = plural(text, message.n)
    values: dict[str, Any] = {}
    for key, value in message.args.items():
        if isinstance(value, Message):
            value = render(value, now_ms, elide=elide)
        elif isinstance(value, Moment):
            value = show_time(value.ms, now_ms)
        elif isinstance(value, str):  # from a file: an email, a reason, a path
            value = safe_field(short_email(value) if elide and key in EMAIL_FIELDS else value)
        values[key] = value
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that broke a field: fall back to English
        return message.english()
