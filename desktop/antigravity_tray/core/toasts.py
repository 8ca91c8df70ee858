"""Which account events become desktop toasts, when, and in what words.

Never stale: a switch with a reason (rate limit, cooldown, verification, disabled) is shown
at once, replacing its family's toast, so the desktop always names the account in use.
Never a flood: a family's toast changes at most once per ``UPDATE_MS``; a switch inside
that window comes out when it ends, as the latest state with a count ("3 switches in 8 s").
Moves by design (round-robin rotation, PID offset) are off by default; when on, they are
summarised at most once per ``notify_interval_seconds``. "Every account limited", "needs
re-login" and vanished accounts ask for the person and are shown at once. The master switch
and a pause silence everything.

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
    LIMITED,
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


def _detail(event: AccountEvent) -> Message | str:
    """The plugin's cooldown reason in words (translated), or the detail as it came."""
    detail = event.detail or ""
    return Message(_COOLDOWN_DETAIL[detail]) if detail in _COOLDOWN_DETAIL else detail


def span(ms: float) -> Message:
    """How long a run of switches took: "8 s", or "12 min" from two minutes on."""
    seconds = max(1, int(ms / 1000 + 0.5))
    if seconds < 120:
        return Message(QT_TRANSLATE_NOOP("Status", "{seconds} s"), {"seconds": seconds})
    return Message(QT_TRANSLATE_NOOP("Status", "{minutes} min"), {"minutes": int(seconds / 60 + 0.5)})


def describe(event: AccountEvent, switches: int = 1, span_ms: float = 0) -> tuple[Message, Message]:
    """(summary, body) of a toast for one event; ``switches`` > 1 for the last of a run that
    took ``span_ms``."""
    family = FAMILY_NAMES.get(event.family or "", event.family or "")
    if event.kind == SWITCH:
        summary = Message(
            QT_TRANSLATE_NOOP("Status", "{family}: now using {after}"), {"family": family, "after": event.after or "?"}
        )
        text = _REASON_TEXT.get(event.reason or UNKNOWN, _REASON_TEXT[UNKNOWN])
        args: dict[str, Any] = {"before": event.before or "?", "detail": _detail(event)}
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
                QT_TRANSLATE_NOOP("Status", "%n switches in {span}; the last: {last}"),
                {"span": span(span_ms), "last": body},
                n=switches,
            )
        return summary, body
    if event.kind == LIMITED:  # for the history and watch, never a toast of its own
        args = {
            "family": family,
            "before": event.before or "?",
            "until": Moment(event.until_ms or event.at_ms),
            "detail": _detail(event),
        }
        return (
            Message(QT_TRANSLATE_NOOP("Status", "{family}: {before} is limited"), args),
            Message(_REASON_TEXT.get(event.reason or UNKNOWN, _REASON_TEXT[RATE_LIMITED]), args),
        )
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


UPDATE_MS = 3_000  # a family's toast changes at most this often, so a burst does not flicker
RUN_GAP_MS = 60_000  # switches closer together than this count as one run ("3 switches in 8 s")
DESIGN_REASONS = (ROTATION, PID_OFFSET)  # moves the strategy makes on purpose


@dataclass
class _Run:
    """A family's switches in quick succession: the first, the latest, how many."""

    event: AccountEvent  # the latest
    first_ms: float
    switches: int = 1

    def then(self, event: AccountEvent, gap_ms: float) -> _Run:
        if event.at_ms - self.event.at_ms < gap_ms:
            return _Run(event, self.first_ms, self.switches + 1)
        return _Run(event, event.at_ms)


@dataclass
class ToastPolicy:
    """``offer(event)`` returns the toast to show now, if any; what waits comes out of
    ``due(now)`` once its time has come (call it at ``next_deadline``)."""

    preference: Callable[[str], Any]  # Preferences.get
    _runs: dict[str, _Run] = field(default_factory=dict)  # family → its run of switches with a reason
    _shown_ms: dict[str, float] = field(default_factory=dict)  # family → when its toast last changed
    _waiting: set[str] = field(default_factory=set)  # families whose latest switch waits for UPDATE_MS
    _design: dict[str, _Run] = field(default_factory=dict)  # family → moves by design awaiting their summary
    _design_since: dict[str, float] = field(default_factory=dict)  # family → when the first of them came

    def interval_ms(self) -> float:
        """How often moves by design are summarised."""
        return max(0.0, float(self.preference("notify_interval_seconds"))) * 1000

    def quiet(self, now_ms: float) -> bool:
        return not self.preference("notifications_enabled") or self.preference("notifications_paused_until") > now_ms

    def wanted(self, event: AccountEvent) -> bool:
        if event.reason == REMOVED:
            return False  # the "left the pool" toast of the same change says it
        toggle = TOGGLE_OF_REASON.get(event.reason or "") or TOGGLE_OF_KIND.get(event.kind)
        return bool(self.preference(toggle)) if toggle else True

    def offer(self, event: AccountEvent, now_ms: float) -> Toast | None:
        if event.kind not in TOGGLE_OF_KIND or self.quiet(now_ms) or not self.wanted(event):
            return None  # (a limit on its own is for the history: the switch it causes is the news)
        if event.kind in URGENT_KINDS:
            if event.family:  # it takes the family's toast: nothing older may come out over it
                self._waiting.discard(event.family)
                self._drop_design(event.family)
                self._shown_ms[event.family] = now_ms
            return self._toast(event, None, CRITICAL if event.kind != VANISHED else NORMAL)
        family = event.family or ACCOUNTS_KEY
        if event.reason in DESIGN_REASONS:
            held = self._design.get(family)
            self._design[family] = held.then(event, float("inf")) if held else _Run(event, event.at_ms)
            self._design_since.setdefault(family, now_ms)
            return None
        self._drop_design(family)  # this toast is newer than any summary still to come
        run = self._runs.get(family)
        self._runs[family] = run = run.then(event, RUN_GAP_MS) if run else _Run(event, event.at_ms)
        if family in self._waiting or now_ms - self._shown_ms.get(family, -UPDATE_MS) < UPDATE_MS:
            self._waiting.add(family)
            return None
        self._shown_ms[family] = now_ms
        return self._toast(event, run, NORMAL)

    def _drop_design(self, family: str) -> None:
        self._design.pop(family, None)
        self._design_since.pop(family, None)

    def _deadlines(self) -> dict[tuple[str, str], float]:
        waiting = {("run", f): self._shown_ms.get(f, 0) + UPDATE_MS for f in self._waiting}
        design = {("design", f): self._design_since[f] + self.interval_ms() for f in self._design}
        return waiting | design

    def next_deadline(self) -> float | None:
        return min(self._deadlines().values(), default=None)

    def due(self, now_ms: float) -> list[Toast]:
        toasts = []
        for (kind, family), deadline in self._deadlines().items():
            if now_ms < deadline:
                continue
            if kind == "run":
                self._waiting.discard(family)
                self._shown_ms[family] = now_ms
                run, urgency = self._runs[family], NORMAL
            else:
                run, urgency = self._design.pop(family), LOW
                del self._design_since[family]
            if not self.quiet(now_ms):
                toasts.append(self._toast(run.event, run, urgency))
        return toasts

    def _toast(self, event: AccountEvent, run: _Run | None, urgency: str) -> Toast:
        switches = run.switches if run else 1
        summary, body = describe(event, switches, event.at_ms - run.first_ms if run else 0)
        key = event.family if event.kind == SWITCH or event.kind == ALL_LIMITED else ACCOUNTS_KEY
        return Toast(key or ACCOUNTS_KEY, summary, body, urgency, event, switches)


__all__ = ["ACCOUNTS_KEY", "CRITICAL", "LOW", "NORMAL", "Toast", "ToastPolicy", "describe"]
