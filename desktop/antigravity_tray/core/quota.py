"""Check each account's quota now, as the plugin's "Check quotas" does: refresh an access
token, ask ``fetchAvailableModels``, and group the models the plugin's way (claude,
gemini-pro, gemini-flash: the lowest remaining fraction and the earliest reset of each).

The answers are kept in our own state (``QuotaStore``), never in the plugin's pool: a running
plugin would write its in-memory pool over them anyway. The accounts window shows whichever is
newer, ours or the plugin's cache.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .app_state import AccountHealth, _JsonFile
from .pool import Account
from .times import iso

if TYPE_CHECKING:
    from .google import GoogleEndpoints

QUOTA_GROUPS = ("claude", "gemini-pro", "gemini-flash")  # the plugin's cachedQuota keys
PARALLEL_CHECKS = 4  # accounts asked at once
ANTIGRAVITY_VERSION = "1.18.3"  # the plugin's fallback version, in its Antigravity User-Agent

# How a check ended, in the words the command line and the window use.
OK, NEEDS_RELOGIN, REFUSED, UNREACHABLE = "ok", "needs-relogin", "refused", "unreachable"


def antigravity_user_agent() -> str:
    import platform

    system = "darwin" if platform.system() == "Darwin" else "win32"  # the plugin knows no other
    arch = "arm64" if platform.machine().lower() in ("arm64", "aarch64") else "x64"
    return f"antigravity/{ANTIGRAVITY_VERSION} {system}/{arch}"


def group_of(model: str) -> str | None:
    """The plugin's grouping: Claude models; Gemini 3 models, flash apart from pro; others none."""
    name = model.lower()
    if "claude" in name:
        return "claude"
    if "gemini-3" in name:
        return "gemini-flash" if "flash" in name else "gemini-pro"
    return None


def grouped(models: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``fetchAvailableModels``' models, as the pool's ``cachedQuota``: per group the lowest
    ``remainingFraction``, the earliest ``resetTime`` and how many models it covers."""
    groups: dict[str, dict[str, Any]] = {}
    for name, model in models.items():
        info = model.get("quotaInfo") if isinstance(model, dict) else None
        group = group_of(str(model.get("modelName") or name) if isinstance(model, dict) else name)
        if group is None or not isinstance(info, dict):
            continue
        entry = groups.setdefault(group, {"modelCount": 0})
        entry["modelCount"] += 1
        fraction = info.get("remainingFraction", 0.0)  # Google leaves it out when nothing is left
        if isinstance(fraction, (int, float)) and not isinstance(fraction, bool):
            entry["remainingFraction"] = min(float(fraction), entry.get("remainingFraction", 1.0))
        reset = info.get("resetTime")
        if isinstance(reset, str) and reset and (entry.get("resetTime") is None or reset < entry["resetTime"]):
            entry["resetTime"] = reset
    return groups


@dataclass(frozen=True)
class QuotaCheck:
    account: str  # the label: email, or "Account N"
    status: str  # OK, NEEDS_RELOGIN, REFUSED or UNREACHABLE
    checked_at_ms: float
    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    detail: str = ""

    def sentence(self) -> str:
        """What went wrong, in plain words, with the fix."""
        if self.status == NEEDS_RELOGIN:
            return (
                f"needs re-login: Google no longer accepts its sign-in ({self.detail}); sign in again as {self.account}"
            )
        if self.status == REFUSED:
            return f"Google refused the quota request ({self.detail})"
        if self.status == UNREACHABLE:
            return f"Google could not be reached ({self.detail}); try again later"
        return "ok"

    def as_dict(self) -> dict:
        return {
            "account": self.account,
            "status": self.status,
            "checked_at": iso(self.checked_at_ms),
            "groups": {
                name: {
                    "remaining": group.get("remainingFraction"),
                    "reset": group.get("resetTime"),
                    "models": group.get("modelCount", 0),
                }
                for name, group in sorted(self.groups.items())
            },
            "detail": self.detail or None,
        }


def check_quota(account: Account, endpoints: GoogleEndpoints, clock: Callable[[], float] = time.time) -> QuotaCheck:
    import requests  # HTTP loads when a check runs, not when the app starts

    from .oauth import HTTP_TIMEOUT, access_token

    refreshed, token = access_token(account.refresh_token, endpoints)
    now = clock() * 1000
    if refreshed.status != "ok" or not token:
        status = {"revoked": NEEDS_RELOGIN, "unreachable": UNREACHABLE}.get(refreshed.status, REFUSED)
        return QuotaCheck(account.label, status, now, detail=refreshed.detail)
    project = account.project_id or account.managed_project_id
    try:
        response = requests.post(
            endpoints.fetch_models_url,
            json={"project": project} if project else {},
            headers={"Authorization": f"Bearer {token}", "User-Agent": antigravity_user_agent()},
            timeout=HTTP_TIMEOUT,
        )
    except requests.RequestException as exc:
        return QuotaCheck(account.label, UNREACHABLE, now, detail=type(exc).__name__)
    try:
        body = response.json()
    except ValueError:
        body = None
    if not response.ok:
        status = (
            NEEDS_RELOGIN if response.status_code == 401 else UNREACHABLE if response.status_code >= 500 else REFUSED
        )
        return QuotaCheck(account.label, status, now, detail=_error_text(response.status_code, body))
    if not isinstance(body, dict) or not isinstance(body.get("models", {}), dict):
        return QuotaCheck(account.label, REFUSED, now, detail="the answer could not be read")
    return QuotaCheck(account.label, OK, now, grouped(body.get("models", {})))


def _error_text(status: int, body: object) -> str:
    """``HTTP 403: <Google's message>``; Google's API errors carry no secrets."""
    error = body.get("error") if isinstance(body, dict) else None
    message = error.get("message") if isinstance(error, dict) else None
    return f"HTTP {status}: {message}" if isinstance(message, str) and message else f"HTTP {status}"


def check_all(
    accounts: Iterable[Account], endpoints: GoogleEndpoints, workers: int = PARALLEL_CHECKS
) -> list[QuotaCheck]:
    """Every account, a few at a time; in the order given."""
    from concurrent.futures import ThreadPoolExecutor  # loads with the first check, not at start

    accounts = list(accounts)
    if not accounts:
        return []
    with ThreadPoolExecutor(max_workers=min(workers, len(accounts))) as pool:
        return list(pool.map(lambda a: check_quota(a, endpoints), accounts))


def keep(checks: list[QuotaCheck], store: QuotaStore, health: AccountHealth) -> None:
    """Remember the answers in our state, and mark which accounts need a new sign-in."""
    store.remember(checks)
    for check in checks:
        if "@" in check.account and check.status in (OK, NEEDS_RELOGIN):
            health.record(check.account, needs_relogin=check.status == NEEDS_RELOGIN, detail=check.detail)


class QuotaStore(_JsonFile):
    """Our own quota answers: ``{email: {"checkedAt": ms, "groups": {...}}}``, in the state folder."""

    def remember(self, checks: Iterable[QuotaCheck]) -> None:
        data = self.load()
        for check in checks:
            if check.status == OK:
                data[check.account] = {"checkedAt": check.checked_at_ms, "groups": check.groups}
        self.save(data)

    def newer_than_the_pool(self, accounts: Iterable[Account]) -> dict[str, tuple[float, dict[str, dict[str, Any]]]]:
        """label → (when, groups) of our answers that are newer than the plugin's ``cachedQuota``."""
        data, newer = self.load(), {}
        for account in accounts:
            entry = data.get(account.label)
            if not isinstance(entry, dict) or not isinstance(entry.get("groups"), dict):
                continue
            checked = entry.get("checkedAt")
            if isinstance(checked, (int, float)) and checked > (account.cached_quota_updated_at or 0):
                newer[account.label] = (float(checked), entry["groups"])
        return newer


__all__ = [
    "NEEDS_RELOGIN",
    "OK",
    "QUOTA_GROUPS",
    "REFUSED",
    "UNREACHABLE",
    "QuotaCheck",
    "QuotaStore",
    "check_all",
    "check_quota",
    "group_of",
    "grouped",
    "keep",
]
