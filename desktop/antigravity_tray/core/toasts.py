"""Which account events become desktop toasts, when, and in what words.

Never a flood: at most one toast per family per interval (a preference). Switches that
land inside the interval are held, and the interval ends with one toast naming the account
in use now and how many switches there were. Round-robin rotation is off by default; when
on, it is only ever summarised. "Every account limited", "needs re-login" and vanished
accounts skip the interval: they ask for the person. The master switch and a pause
silence everything.

Texts are English source strings marked for translation (see core/status.py): the UI
translates them, ``watch`` prints them in English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .messages import QT_TRANSLATE_NOOP, Message, Moment
from .status import FAMILY_NAMES
from .switches import (
    ALL_LIMITED,
    COOLING_DOWN,
    DISABLED,
    NEEDS_RELOGIN,
    NEEDS_VERIFICATION,
    PID_OFFSET,
    RATE_LIMITED,
    REMOVED,
    ROTATION,
    SWITCH,
    UNKNOWN,
    VANISHED,
    AccountEvent,
)

LOW, NORMAL, CRITICAL = "low", "normal", "critical"
ACCOUNTS_KEY = "accounts"  # the replace-key of toasts about the pool as a whole

# preference that lets each kind of toast through (core/app_state.py PREFERENCE_DEFAULTS)
TOGGLE_OF_REASON = {ROTATION: "notify_rotation", PID_OFFSET: "notify_rotation"}  # moves by design
TOGGLE_OF_KIND = {
    SWITCH: "notify_switches",
    ALL_LIMITED: "notify_all_limited",
    NEEDS_RELOGIN: "notify_relogin",
    VANISHED: "notify_vanished",
}
URGENT_KINDS = (ALL_LIMITED, NEEDS_RELOGIN, VANISHED)


@dataclass(frozen=True)
class Toast:
    key: str  # toasts with the same key replace each other: a family, or "accounts"
    summary: Message
    body: Message
    urgency: str
    event: AccountEvent
    switches: int = 1  # how many switches this toast stands for


_REASON_TEXT = {
    RATE_LIMITED: QT_TRANSLATE_NOOP("Status", "{before} is rate-limited until {until}."),
    COOLING_DOWN: QT_TRANSLATE_NOOP("Status", "{before} is cooling down until {until} ({detail})."),
    NEEDS_VERIFICATION: QT_TRANSLATE_NOOP("Status", "{before} needs verification in a browser."),
    DISABLED: QT_TRANSLATE_NOOP("Status", "{before} was disabled."),
    REMOVED: QT_TRANSLATE_NOOP("Status", "{before} left the pool."),
    ROTATION: QT_TRANSLATE_NOOP("Status", "Rotation: the strategy moves between accounts."),
    PID_OFFSET: QT_TRANSLATE_NOOP("Status", "PID offset: a new OpenCode process started on its own account."),
    UNKNOWN: QT_TRANSLATE_NOOP("Status", "The plugin moved on from {before}."),
}
_COOLDOWN_DETAIL = {
    "network-error": QT_TRANSLATE_NOOP("Status", "network errors"),
    "auth-failure": QT_TRANSLATE_NOOP("Status", "sign-in failures"),
    "project-error": QT_TRANSLATE_NOOP("Status", "project errors"),
    "validation-required": QT_TRANSLATE_NOOP("Status", "verification needed"),
}


def describe(event: AccountEvent, switches: int = 1) -> tuple[Message, Message]:
    """(summary, body) of a toast for one event."""
    family = FAMILY_NAMES.get(event.family or "", event.family or "")
    if event.kind == SWITCH:
        summary = Message(
            QT_TRANSLATE_NOOP("Status", "{family}: now using {after}"), {"family": family, "after": event.after or "?"}
        )
        text = _REASON_TEXT.get(event.reason or UNKNOWN, _REASON_TEXT[UNKNOWN])
        detail = event.detail or ""
        args: dict[str, Any] = {
            "before": event.before or "?",
            "detail": Message(_COOLDOWN_DETAIL[detail]) if detail in _COOLDOWN_DETAIL else detail,
        }
        if event.until_ms is not None:
            args["until"] = Moment(event.until_ms)
        elif "{until}" in text:
            text = QT_TRANSLATE_NOOP("Status", "{before} is rate-limited.")
        body = Message(text, args)
        if event.pid is not None:
            body = Message(
                QT_TRANSLATE_NOOP("Status", "{reason} (OpenCode process {pid})"), {"reason": body, "pid": event.pid}
            )
        if switches > 1:
            body = Message(
                QT_TRANSLATE_NOOP("Status", "%n switches in a row; the last: {last}"), {"last": body}, n=switches
            )
        return summary, body
    if event.kind == ALL_LIMITED:
        return (
            Message(QT_TRANSLATE_NOOP("Status", "{family}: every account is limited"), {"family": family}),
            Message(
                QT_TRANSLATE_NOOP(
                    "Status",
                    "The first one is free again at {until}. OpenCode waits or "
                    "fails until then; adding an account helps.",
                ),
                {"until": Moment(event.until_ms or event.at_ms)},
            ),
        )
    if event.kind == NEEDS_RELOGIN:
        return (
            Message(QT_TRANSLATE_NOOP("Status", "Sign in again: %n account(s)"), n=len(event.accounts)),
            Message(
                QT_TRANSLATE_NOOP(
                    "Status", "Google no longer accepts the sign-in of {accounts}. Open Accounts and choose Re-login."
                ),
                {"accounts": ", ".join(event.accounts)},
            ),
        )
    return (
        Message(QT_TRANSLATE_NOOP("Status", "%n account(s) left the pool"), n=len(event.accounts)),
        Message(
            QT_TRANSLATE_NOOP(
                "Status",
                "{accounts} no longer in antigravity-accounts.json. Open Accounts to restore them from the vault.",
            ),
            {"accounts": ", ".join(event.accounts)},
        ),
    )


@dataclass
class _Held:
    event: AccountEvent
    switches: int


@dataclass
class ToastPolicy:
    """``offer(event)`` returns the toast to show now, if any; held switches come out of
    ``due(now)`` once their family's interval is over (call it at ``next_deadline``)."""

    preference: Callable[[str], Any]  # Preferences.get
    _last_shown: dict[str, float] = field(default_factory=dict)  # family → when
    _held: dict[str, _Held] = field(default_factory=dict)  # family → latest switch held back

    def interval_ms(self) -> float:
        return max(0.0, float(self.preference("notify_interval_seconds"))) * 1000

    def quiet(self, now_ms: float) -> bool:
        return not self.preference("notifications_enabled") or self.preference("notifications_paused_until") > now_ms

    def wanted(self, event: AccountEvent) -> bool:
        if event.reason == REMOVED:
            return False  # the "left the pool" toast of the same change says it
        toggle = TOGGLE_OF_REASON.get(event.reason or "") or TOGGLE_OF_KIND.get(event.kind)
        return bool(self.preference(toggle)) if toggle else True

    def offer(self, event: AccountEvent, now_ms: float) -> Toast | None:
        if self.quiet(now_ms) or not self.wanted(event):
            return None
        if event.kind in URGENT_KINDS:
            return self._toast(event, 1, CRITICAL if event.kind != VANISHED else NORMAL)
        family = event.family or ACCOUNTS_KEY
        last = self._last_shown.get(family)
        free = last is None or now_ms - last >= self.interval_ms()
        if event.reason != ROTATION and free and family not in self._held:
            self._last_shown[family] = now_ms
            return self._toast(event, 1, NORMAL)
        held = self._held.get(family)  # inside the interval, or rotation: summarised when it ends
        self._held[family] = _Held(event, held.switches + 1 if held else 1)
        self._last_shown.setdefault(family, now_ms)
        return None

    def next_deadline(self) -> float | None:
        return min((self._last_shown[f] + self.interval_ms() for f in self._held), default=None)

    def due(self, now_ms: float) -> list[Toast]:
        toasts = []
        for family, held in list(self._held.items()):
            if now_ms - self._last_shown.get(family, 0) < self.interval_ms():
                continue
            del self._held[family]
            self._last_shown[family] = now_ms
            if not self.quiet(now_ms):
                toasts.append(self._toast(held.event, held.switches, LOW if held.event.reason == ROTATION else NORMAL))
        return toasts

    def _toast(self, event: AccountEvent, switches: int, urgency: str) -> Toast:
        summary, body = describe(event, switches)
        key = event.family if event.kind == SWITCH or event.kind == ALL_LIMITED else ACCOUNTS_KEY
        return Toast(key or ACCOUNTS_KEY, summary, body, urgency, event, switches)


__all__ = ["ACCOUNTS_KEY", "CRITICAL", "LOW", "NORMAL", "Toast", "ToastPolicy", "describe"]
