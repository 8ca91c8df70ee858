"""The app's own files, apart from the plugin's: preferences and what we learned about
accounts (such as "needs re-login"). Never stored in the plugin's files, which the plugin
rewrites from memory. Unknown keys survive so newer versions can add some.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .jsonio import JsonSyntaxError, atomic_write, encode_json, parse_json_text, read_snapshot


class _JsonFile:
    def __init__(self, path: Path):
        self.path = Path(path)

    def load(self) -> dict:
        snapshot = read_snapshot(self.path)
        if not snapshot.exists:
            return {}
        try:
            data = parse_json_text(snapshot.text(), self.path)
        except JsonSyntaxError:
            return {}  # our own cache-like file: start afresh rather than fail
        return data if isinstance(data, dict) else {}

    def save(self, data: dict) -> None:
        atomic_write(self.path, encode_json(data, trailing_newline=True), 0o600)


PREFERENCE_DEFAULTS: dict[str, Any] = {
    "vault_enabled": True,  # keep refresh tokens in the system keyring to restore lost accounts
    "notifications_enabled": True,  # desktop toasts when a local agent switches accounts
    "notifications_paused_until": 0,  # epoch ms; toasts stay quiet until then
    "notify_interval_seconds": 60,  # moves by design (rotation, PID offset) summarised at most this often
    "notify_switches": True,  # an agent left an account: rate limit, cooldown, verification, ...
    "notify_rotation": False,  # moves by design: round-robin, hybrid, PID offset (summarised)
    "notify_all_limited": True,  # every account limited for a family
    "notify_relogin": True,  # an account needs signing in again
    "notify_vanished": True,  # accounts disappeared from the pool file
    "history_days": 90,  # how long the activity history keeps events
    "language": "system",  # "system", "en", "ko", "fr" or "es"
    "start_at_login": False,
    "start_hidden": True,  # at login, start in the tray with no window
}


class Preferences(_JsonFile):
    def get(self, key: str) -> Any:
        if key not in PREFERENCE_DEFAULTS:
            raise KeyError(key)
        default = PREFERENCE_DEFAULTS[key]
        value = self.load().get(key, default)
        if isinstance(default, int) and not isinstance(default, bool):
            return value if isinstance(value, (int, float)) and not isinstance(value, bool) else default
        return value if type(value) is type(default) else default

    def set(self, key: str, value: Any) -> None:
        if key not in PREFERENCE_DEFAULTS:
            raise KeyError(key)
        data = self.load()
        data[key] = value
        self.save(data)

    def all(self) -> dict[str, Any]:
        return {key: self.get(key) for key in PREFERENCE_DEFAULTS}


@dataclass(frozen=True)
class HealthMark:
    needs_relogin: bool
    checked_at: float  # epoch ms
    detail: str


class AccountHealth(_JsonFile):
    """Per email: whether Google still accepts the account's refresh token."""

    def marks(self) -> dict[str, HealthMark]:
        marks = {}
        for email, raw in self.load().items():
            if isinstance(raw, dict):
                marks[email] = HealthMark(
                    raw.get("needs_relogin") is True, raw.get("checked_at") or 0, str(raw.get("detail") or "")
                )
        return marks

    def needs_relogin(self, email: str | None) -> bool:
        mark = self.marks().get((email or "").casefold())
        return bool(mark and mark.needs_relogin)

    def record(self, email: str, needs_relogin: bool, detail: str = "") -> None:
        data = self.load()
        data[email.casefold()] = {
            "needs_relogin": needs_relogin,
            "checked_at": int(time.time() * 1000),
            "detail": detail,
        }
        self.save(data)
