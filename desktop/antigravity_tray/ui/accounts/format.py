"""Words and times for the accounts window: local clock times, countdowns, reasons, quota.

Times in the pool are epoch milliseconds (quota reset times are ISO strings); they are
shown in local time, the clock part in the locale's short format and dates through a
translatable pattern, so each language can order them its own way.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QTime

from ..common.text import translate


# -- moments ------------------------------------------------------------------------------
def local(ms: float | None) -> datetime | None:
    if ms is None:
        return None
    try:
        return datetime.fromtimestamp(ms / 1000)
    except (OverflowError, OSError, ValueError):
        return None


def parse_iso(text: object) -> float | None:
    """Epoch ms of an ISO 8601 time such as ``2026-02-21T03:00:00Z``; None if unreadable."""
    if not isinstance(text, str) or not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.timestamp() * 1000


def _time_text(moment: datetime, seconds: bool = False) -> str:
    when = QTime(moment.hour, moment.minute, moment.second if seconds else 0)
    return QLocale().toString(when, QLocale.FormatType.LongFormat if seconds else QLocale.FormatType.ShortFormat)


def _date_text(day: date, today: date) -> str:
    pattern = (
        translate("AccountsFormat", "d MMM", "a date this year (Qt date pattern)")
        if day.year == today.year
        else translate("AccountsFormat", "d MMM yyyy", "a date in another year (Qt date pattern)")
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def _day_name(day: date, today: date) -> str | None:
    if day == today:
        return translate("AccountsFormat", "today")
    if day == today + timedelta(days=1):
        return translate("AccountsFormat", "tomorrow")
    if day == today - timedelta(days=1):
        return translate("AccountsFormat", "yesterday")
    return None


def clock(ms: float | None, now_ms: float) -> str:
    """A moment ahead, short: ``14:05`` today; ``Tue 03:00`` within a week; ``21 Feb 03:00`` later."""
    moment, now = local(ms), local(now_ms)
    if moment is None or now is None:
        return ""
    if moment.date() == now.date():
        return _time_text(moment)
    if now.date() < moment.date() < now.date() + timedelta(days=7):
        day = QLocale().toString(
            QDate(moment.year, moment.month, moment.day), translate("AccountsFormat", "ddd", "weekday (Qt pattern)")
        )
    else:
        day = _date_text(moment.date(), now.date())
    return translate("AccountsFormat", "{0} {1}", "day, then clock time").format(day, _time_text(moment))


def day_and_time(ms: float | None, now_ms: float) -> str:
    """A moment past: ``today 14:05``, ``yesterday 09:12``, then the date alone (``3 Feb``)."""
    moment, now = local(ms), local(now_ms)
    if moment is None or now is None:
        return ""
    named = _day_name(moment.date(), now.date())
    if named is None:
        return _date_text(moment.date(), now.date())
    return translate("AccountsFormat", "{0} {1}", "day, then clock time").format(named, _time_text(moment))


def day_only(ms: float | None, now_ms: float) -> str:
    moment, now = local(ms), local(now_ms)
    if moment is None or now is None:
        return ""
    return _day_name(moment.date(), now.date()) or _date_text(moment.date(), now.date())


def full(ms: float | None) -> str:
    """The exact local moment, for tooltips: ``2026-02-21 03:00:00``."""
    moment = local(ms)
    return moment.strftime("%Y-%m-%d %H:%M:%S") if moment else ""


def duration(seconds: float) -> str:
    """``45s``, ``3m 12s``, ``1h 05m``, ``2d 3h``."""
    total = max(0, int(seconds + 0.999))  # round up: never show "0s" while still waiting
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return translate("AccountsFormat", "{0}d {1}h").format(days, hours)
    if hours:
        return translate("AccountsFormat", "{0}h {1:02d}m").format(hours, minutes)
    if minutes:
        return translate("AccountsFormat", "{0}m {1:02d}s").format(minutes, secs)
    return translate("AccountsFormat", "{0}s").format(secs)


def countdown(until_ms: float, now_ms: float) -> str:
    return translate("AccountsFormat", "in {0}").format(duration((until_ms - now_ms) / 1000))


def until(until_ms: float, now_ms: float) -> str:
    """``14:05 (in 3m 12s)``."""
    return translate("AccountsFormat", "{0} ({1})", "clock time, then countdown").format(
        clock(until_ms, now_ms), countdown(until_ms, now_ms)
    )


# -- the plugin's words ---------------------------------------------------------------------
def family_of(quota_key: str) -> str:
    """``claude`` or ``gemini`` for a rate-limit key (``gemini-cli:gemini-3-flash`` → gemini)."""
    return "claude" if quota_key.split(":", 1)[0].startswith("claude") else "gemini"


def family_name(family: str) -> str:
    return {"claude": translate("AccountsFormat", "Claude"), "gemini": translate("AccountsFormat", "Gemini")}.get(
        family, family
    )


def cooldown_reason(reason: str | None) -> str:
    known = {
        "auth-failure": translate("AccountsFormat", "sign-in failed"),
        "network-error": translate("AccountsFormat", "network error"),
        "project-error": translate("AccountsFormat", "project error"),
        "validation-required": translate("AccountsFormat", "verification required"),
    }
    return known.get(reason or "", reason or translate("AccountsFormat", "no reason given"))


def percent(fraction: object) -> str:
    if isinstance(fraction, bool) or not isinstance(fraction, (int, float)):
        return translate("AccountsFormat", "?%", "unknown remaining quota")
    return translate("AccountsFormat", "{0}%").format(round(max(0.0, min(1.0, float(fraction))) * 100))


def quota_group_name(group: str) -> str:
    return {
        "claude": translate("AccountsFormat", "claude"),
        "gemini-pro": translate("AccountsFormat", "gemini pro"),
        "gemini-flash": translate("AccountsFormat", "gemini flash"),
    }.get(group, group)
