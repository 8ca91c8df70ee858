"""The plugin's account pool (``antigravity-accounts.json``, versions 1 to 4), read-only view.

The raw JSON stays the source of truth: writers change only the fields they mean to,
so unknown keys at both levels survive. ``Account`` is a typed view over one entry.
Refresh tokens are never part of ``repr`` or of anything we print.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .config import as_finite_number
from .jsonio import JsonSyntaxError, parse_json_text

SUPPORTED_VERSIONS = (1, 2, 3, 4)
FAMILIES = ("claude", "gemini")


class PoolFormatError(ValueError):
    """A pool file we do not understand; it is never overwritten."""


@dataclass(frozen=True)
class Account:
    position: int  # index in the file's accounts array
    email: str | None
    refresh_token: str = field(repr=False)
    project_id: str | None
    managed_project_id: str | None
    added_at: float | None
    last_used: float | None
    enabled: bool
    rate_limit_reset_times: dict[str, float]
    cooling_down_until: float | None
    cooldown_reason: str | None
    verification_required: bool
    verification_reason: str | None
    verification_url: str | None
    cached_quota: dict[str, dict[str, Any]]
    cached_quota_updated_at: float | None

    @property
    def label(self) -> str:
        return self.email or f"Account {self.position + 1}"

    @property
    def identity(self) -> str:
        """Who the entry is across saves: its email (the plugin keeps one entry per email, and
        a new login replaces the token in place), or its token when it has no email."""
        return f"email:{self.email}" if self.email else f"token:{self.refresh_token}"

    def active_rate_limits(self, now_ms: float) -> dict[str, float]:
        """Quota keys whose reset time is still ahead."""
        return {k: v for k, v in self.rate_limit_reset_times.items() if v > now_ms}

    def cooling_down(self, now_ms: float) -> bool:
        return self.cooling_down_until is not None and self.cooling_down_until > now_ms

    def limited_until(self, family: str, now_ms: float) -> float | None:
        """When the account is usable again for ``family``, or None if it is usable now.

        A documented simplification of the plugin's per-model rule (accounts.ts:185-194):
        Claude is limited by an active ``claude`` or ``claude:<model>`` key. Gemini switches
        away only when *both* of the account's Gemini quota pools are limited: an active
        ``gemini-antigravity*`` key and an active ``gemini-cli*`` key, or the legacy
        ``gemini`` key of pool versions 1 and 2. A cooldown limits either family."""
        limits = self.active_rate_limits(now_ms)
        if family == "claude":
            until = _latest(limits, "claude")
        else:
            antigravity, cli = _latest(limits, "gemini-antigravity*"), _latest(limits, "gemini-cli*")
            until = min(antigravity, cli) if antigravity is not None and cli is not None else None
            legacy = _latest(limits, "gemini")
            if legacy is not None:
                until = max(until or 0, legacy)
        if self.cooling_down(now_ms):
            until = max(until or 0, self.cooling_down_until or 0)
        return until


def _latest(limits: dict[str, float], pattern: str) -> float | None:
    """The last reset among keys matching ``pattern``: ``name`` matches ``name`` and
    ``name:<model>``; ``name*`` matches every key that starts with ``name``."""
    if pattern.endswith("*"):
        times = [until for key, until in limits.items() if key.startswith(pattern[:-1])]
    else:
        times = [until for key, until in limits.items() if key == pattern or key.startswith(pattern + ":")]
    return max(times) if times else None


def _reset_times(entry: dict, version: int) -> dict[str, float]:
    if version == 1:
        until = as_finite_number(entry.get("rateLimitResetTime"))
        return {"claude": until, "gemini": until} if entry.get("isRateLimited") and until else {}
    raw = entry.get("rateLimitResetTimes")
    if not isinstance(raw, dict):
        return {}
    return {k: n for k, v in raw.items() if (n := as_finite_number(v)) is not None}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def account_from_entry(position: int, entry: dict, version: int) -> Account:
    quota = entry.get("cachedQuota")
    return Account(
        position=position,
        email=_text(entry.get("email")),
        refresh_token=entry["refreshToken"],
        project_id=_text(entry.get("projectId")),
        managed_project_id=_text(entry.get("managedProjectId")),
        added_at=as_finite_number(entry.get("addedAt")),
        last_used=as_finite_number(entry.get("lastUsed")),
        enabled=entry.get("enabled") is not False,
        rate_limit_reset_times=_reset_times(entry, version),
        cooling_down_until=as_finite_number(entry.get("coolingDownUntil")),
        cooldown_reason=_text(entry.get("cooldownReason")),
        verification_required=entry.get("verificationRequired") is True,
        verification_reason=_text(entry.get("verificationRequiredReason")),
        verification_url=_text(entry.get("verificationUrl")),
        cached_quota={k: v for k, v in quota.items() if isinstance(v, dict)} if isinstance(quota, dict) else {},
        cached_quota_updated_at=as_finite_number(entry.get("cachedQuotaUpdatedAt")),
    )


def _is_account_entry(entry: Any) -> bool:
    return isinstance(entry, dict) and isinstance(entry.get("refreshToken"), str)


@dataclass
class Pool:
    """A parsed pool file. ``raw`` is the whole document, ready to be changed and written."""

    raw: dict = field(repr=False)  # holds every refresh token
    accounts: list[Account]
    ignored_entries: list[int]  # positions the plugin skips: no string refreshToken
    _listed: list[Account] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def version(self) -> int:
        return self.raw["version"]

    @classmethod
    def empty(cls) -> Pool:
        raw = {"version": 4, "accounts": [], "activeIndex": 0, "activeIndexByFamily": {"claude": 0, "gemini": 0}}
        return cls(raw, [], [])

    @classmethod
    def from_document(cls, raw: Any, source: str = "the pool file", previous: Pool | None = None) -> Pool:
        """``previous``: the last parse of the same file; entries whose JSON did not change
        keep their Account object (most saves only bump one account's lastUsed)."""
        if not isinstance(raw, dict):
            raise PoolFormatError(f"{source} does not hold a JSON object")
        if not isinstance(raw.get("accounts"), list):
            raise PoolFormatError(f'{source} has no "accounts" list')
        version = raw.get("version")
        if isinstance(version, bool) or version not in SUPPORTED_VERSIONS:
            raise PoolFormatError(
                f"{source} has version {version!r}; this app understands versions 1 to 4. "
                f"It was left as it is (a newer plugin may have written it)."
            )
        accounts, ignored = [], []
        reusable = previous is not None and previous.raw.get("version") == version
        earlier = previous.raw["accounts"] if previous is not None and reusable else []
        known = {a.position: a for a in previous.accounts} if previous is not None and reusable else {}
        for position, entry in enumerate(raw["accounts"]):
            if not _is_account_entry(entry):
                ignored.append(position)
            elif position in known and position < len(earlier) and earlier[position] == entry:
                accounts.append(known[position])
            else:
                accounts.append(account_from_entry(position, entry, version))
        return cls(raw, accounts, ignored)

    @classmethod
    def from_text(cls, text: str, source: str = "the pool file", previous: Pool | None = None) -> Pool:
        try:
            return cls.from_document(parse_json_text(text), source, previous)
        except JsonSyntaxError as exc:
            raise PoolFormatError(f"{source}: line {exc.line}, column {exc.column}: {exc.reason}") from None

    # -- the plugin's view ------------------------------------------------------------
    def plugin_accounts(self) -> list[Account]:
        """The list the plugin holds in memory after loading: entries with a refresh token,
        de-duplicated by email (the newest lastUsed, then addedAt, wins), in file order.
        Worked out once per parse: callers must not change the list."""
        if self._listed is not None:
            return self._listed
        newest: dict[str, Account] = {}
        for account in self.accounts:
            if account.email is None:
                continue
            kept = newest.get(account.email)
            key = (account.last_used or 0, account.added_at or 0)
            if kept is None or key > (kept.last_used or 0, kept.added_at or 0):
                newest[account.email] = account
        keep = {a.position for a in newest.values()}
        self._listed = [a for a in self.accounts if a.email is None or a.position in keep]
        return self._listed

    def shadowed(self) -> list[Account]:
        """Entries the plugin drops because another entry has the same email."""
        kept = {a.position for a in self.plugin_accounts()}
        return [a for a in self.accounts if a.position not in kept]

    def _cursor_index(self, listed: list[Account]) -> int:
        cursor = _clamp_index(self.raw.get("activeIndex"), 0)
        return min(cursor, len(listed) - 1) % len(listed)

    def cursor_account(self) -> Account | None:
        """The account ``activeIndex`` points at (the plugin keeps it equal to claude's)."""
        listed = self.plugin_accounts()
        return listed[self._cursor_index(listed)] if listed else None

    def current_by_family(self) -> dict[str, Account | None]:
        """The account each model family uses now, by the indices the last writer saved.

        Indices point into the plugin's de-duplicated list; we apply its clamping rules.
        With several OpenCode processes, the last one to save wins.
        """
        listed = self.plugin_accounts()
        if not listed:
            return {family: None for family in FAMILIES}
        cursor = self._cursor_index(listed)
        by_family = self.raw.get("activeIndexByFamily")
        by_family = by_family if isinstance(by_family, dict) else {}
        return {family: listed[_clamp_index(by_family.get(family), cursor) % len(listed)] for family in FAMILIES}

    def find(self, selector: str) -> Account:
        """An account by email (exact, then case-insensitive) or by its 1-based number."""
        for match in (
            lambda a: a.email == selector,
            lambda a: a.email is not None and a.email.lower() == selector.lower(),
        ):
            found = [a for a in self.accounts if match(a)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise LookupError(
                    f"{selector} matches {len(found)} entries; use its number instead "
                    f"({', '.join(str(a.position + 1) for a in found)})"
                )
        if selector.isdigit():
            for account in self.accounts:
                if account.position + 1 == int(selector):
                    return account
        raise LookupError(f"No account {selector!r} in the pool. `accounts list` shows them.")


def _clamp_index(value: Any, fallback: int) -> int:
    number = as_finite_number(value)
    if number is None:
        return fallback
    return 0 if number < 0 else int(number // 1)
