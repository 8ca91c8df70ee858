"""One summary of the pool and the config for the tray: a level, counts, and short lines.

Pure and Qt-free, so the tray, the CLI and the tests share one reading of the files.

Levels, most urgent first:

- ``attention``: something needs the person: the pool file cannot be read, the plugin
  ignores ``antigravity.json``, an account needs verification or a new sign-in, there is
  no account, or every account is disabled;
- ``family-exhausted``: every enabled account is limited for Claude, or for Gemini;
- ``some-limited``: at least one enabled account is limited for a family;
- ``ok``.

What "limited for a family" means here (a deliberate, documented simplification of the
plugin's per-model rule, accounts.ts:185-194):

- Claude: an active ``claude`` key (or ``claude:<model>``).
- Gemini: the plugin switches away only when *both* of an account's Gemini quota pools
  are limited. We say so when the account has an active ``gemini-antigravity*`` key **and**
  an active ``gemini-cli*`` key (any model), or an active legacy ``gemini`` key (pool
  versions 1 and 2).
- Either family: the account is cooling down (``coolingDownUntil`` ahead).

Counts follow the plugin's own list (entries de-duplicated by email). Limits, verification
and re-login only count for enabled accounts: the plugin never picks a disabled one.

Messages are English source texts with ``{name}`` fields; the UI translates them with
``QCoreApplication.translate(MESSAGE_CONTEXT, text, None, n)`` (``%n`` is the plural count)
and then fills the fields. ``QT_TRANSLATE_NOOP`` below only marks them for pyside6-lupdate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable, Mapping

from .accounts import FAMILIES, Account, Pool
from .config import Layer

OK, SOME_LIMITED, FAMILY_EXHAUSTED, ATTENTION = "ok", "some-limited", "family-exhausted", "attention"
LEVELS = (OK, SOME_LIMITED, FAMILY_EXHAUSTED, ATTENTION)  # least to most urgent
FAMILY_NAMES = {"claude": "Claude", "gemini": "Gemini"}  # product names, not translated
MESSAGE_CONTEXT = "Status"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@dataclass(frozen=True)
class Moment:
    """A point in time inside a message; the UI shows it in the person's locale."""

    ms: float

    def __str__(self) -> str:
        return datetime.fromtimestamp(self.ms / 1000).strftime("%H:%M")


@dataclass(frozen=True)
class Message:
    text: str  # English source text, as marked for translation
    args: Mapping[str, Any] = field(default_factory=dict)
    n: int = -1  # the count for a plural form (%n), or -1

    def english(self) -> str:
        text = self.text.replace("%n", str(self.n)) if self.n >= 0 else self.text
        return text.format(**{k: str(v) for k, v in self.args.items()})


@dataclass(frozen=True)
class FamilyStatus:
    family: str  # "claude" or "gemini"
    current: str | None  # label of the account the family uses now (last writer's index)
    limited: int  # enabled accounts limited for this family
    exhausted: bool  # every enabled account is limited (and there is at least one)
    next_free_ms: float | None  # earliest moment a limited account is usable again

    @property
    def name(self) -> str:
        return FAMILY_NAMES.get(self.family, self.family.title())


@dataclass(frozen=True)
class Status:
    level: str
    accounts: int  # in the plugin's list
    enabled: int
    families: Mapping[str, FamilyStatus]
    problems: tuple[Message, ...]  # why the level is "attention" (empty otherwise)
    lines: tuple[Message, ...]  # short lines for the tooltip and the menu's status rows
    next_change_ms: float | None  # when a limit or cooldown ends: the summary changes then
    limited_accounts: int = 0  # enabled accounts limited for at least one family


# -- what is limited ------------------------------------------------------------------

def _latest(limits: Mapping[str, float], pattern: str) -> float | None:
    """The last reset among keys matching ``pattern``: ``name`` matches ``name`` and
    ``name:<model>``; ``name*`` matches every key that starts with ``name``."""
    if pattern.endswith("*"):
        times = [until for key, until in limits.items() if key.startswith(pattern[:-1])]
    else:
        times = [until for key, until in limits.items() if key == pattern or key.startswith(pattern + ":")]
    return max(times) if times else None


def limited_until(account: Account, family: str, now_ms: float) -> float | None:
    """When the account is usable again for ``family``, or None if it is usable now."""
    limits = account.active_rate_limits(now_ms)
    if family == "claude":
        until = _latest(limits, "claude")
    else:
        both = (_latest(limits, "gemini-antigravity*"), _latest(limits, "gemini-cli*"))
        until = min(both) if None not in both else None  # type: ignore[type-var]
        legacy = _latest(limits, "gemini")
        if legacy is not None:
            until = max(until or 0, legacy)
    if account.cooling_down(now_ms):
        until = max(until or 0, account.cooling_down_until or 0)
    return until


def _family_status(family: str, current: Account | None, enabled: list[Account], now_ms: float) -> FamilyStatus:
    free_at = [t for t in (limited_until(a, family, now_ms) for a in enabled) if t is not None]
    return FamilyStatus(family, current.label if current else None, len(free_at),
                        bool(enabled) and len(free_at) == len(enabled), min(free_at) if free_at else None)


# -- what needs the person ------------------------------------------------------------

def _problems(pool: Pool | None, pool_error: str | None, layer: Layer | None,
              enabled: list[Account], needs_relogin: set[str]) -> list[Message]:
    problems = []
    if pool is None and pool_error:
        problems.append(Message(QT_TRANSLATE_NOOP("Status", "The accounts file cannot be read")))
    if layer is not None and not layer.missing and not layer.in_force:
        problems.append(Message(QT_TRANSLATE_NOOP("Status", "The plugin ignores antigravity.json (invalid)")))
    if pool is not None and not pool.plugin_accounts():
        problems.append(Message(QT_TRANSLATE_NOOP("Status", "No accounts yet: add one")))
    elif pool is not None and not enabled:
        problems.append(Message(QT_TRANSLATE_NOOP("Status", "Every account is disabled")))
    for account in enabled:
        if account.verification_required:
            problems.append(Message(QT_TRANSLATE_NOOP("Status", "{email} needs verification"),
                                    {"email": account.label}))
    for account in enabled:
        if account.email and account.email.casefold() in needs_relogin:
            problems.append(Message(QT_TRANSLATE_NOOP("Status", "{email} needs a new sign-in"),
                                    {"email": account.label}))
    return problems


# -- the lines ------------------------------------------------------------------------

def _current_line(families: Mapping[str, FamilyStatus]) -> Message | None:
    claude, gemini = families["claude"].current, families["gemini"].current
    if claude is None and gemini is None:
        return None
    if claude == gemini:
        return Message(QT_TRANSLATE_NOOP("Status", "Claude and Gemini: {email}"), {"email": claude})
    return Message(QT_TRANSLATE_NOOP("Status", "Claude: {claude} · Gemini: {gemini}"),
                   {"claude": claude, "gemini": gemini})


def _limit_lines(families: Mapping[str, FamilyStatus], accounts: int, enabled: int) -> list[Message]:
    lines = []
    for family in families.values():
        if family.exhausted:
            lines.append(Message(QT_TRANSLATE_NOOP("Status", "{family}: every account limited until {time}"),
                                 {"family": family.name, "time": Moment(family.next_free_ms or 0)}))
        elif family.limited:  # n >= 2 here: one limited account out of one is "every account"
            lines.append(Message(QT_TRANSLATE_NOOP("Status", "{family}: {limited} of %n accounts limited"),
                                 {"family": family.name, "limited": family.limited}, n=enabled))
    if not lines and enabled:
        lines.append(Message(QT_TRANSLATE_NOOP("Status", "Accounts: %n · no rate limits"), n=enabled))
    if accounts > enabled and enabled:
        lines.append(Message(QT_TRANSLATE_NOOP("Status", "Disabled accounts: %n"), n=accounts - enabled))
    return lines


# -- the summary ----------------------------------------------------------------------

def summarize(pool: Pool | None, pool_error: str | None, config_layer: Layer | None,
              needs_relogin_emails: Iterable[str], now_ms: float) -> Status:
    """The tray's view of the pool file, the user's config layer and our re-login marks."""
    listed = pool.plugin_accounts() if pool is not None else []
    enabled = [a for a in listed if a.enabled]
    current = pool.current_by_family() if pool is not None else {f: None for f in FAMILIES}
    families = {f: _family_status(f, current.get(f), enabled, now_ms) for f in FAMILIES}
    relogin = {email.casefold() for email in needs_relogin_emails}
    problems = _problems(pool, pool_error, config_layer, enabled, relogin)

    if problems:
        level = ATTENTION
    elif any(f.exhausted for f in families.values()):
        level = FAMILY_EXHAUSTED
    elif any(f.limited for f in families.values()):
        level = SOME_LIMITED
    else:
        level = OK

    current_line = _current_line(families)
    lines = ([current_line] if current_line else []) + _limit_lines(families, len(listed), len(enabled)) + problems
    ends = {a.position: [t for t in (limited_until(a, f, now_ms) for f in FAMILIES) if t is not None]
            for a in enabled}
    soonest = min((t for times in ends.values() for t in times), default=None)
    return Status(level, len(listed), len(enabled), families, tuple(problems), tuple(lines), soonest,
                  sum(1 for times in ends.values() if times))
