"""One summary of the pool and the config for the tray: a level, counts, and short lines.

Pure and Qt-free, so the tray, the CLI and the tests share one reading of the files.

Levels, most urgent first:

- ``attention``: something needs the person: the pool file cannot be read, the plugin
  ignores ``antigravity.json``, an account needs verification or a new sign-in, there is
  no account, or every account is disabled;
- ``family-exhausted``: every enabled account is limited for Claude, or for Gemini;
- ``some-limited``: at least one enabled account is limited for a family;
- ``ok``.

"Limited for a family" is ``Account.limited_until`` (core/pool.py).

Counts follow the plugin's own list (entries de-duplicated by email). Limits, verification
and re-login only count for enabled accounts: the plugin never picks a disabled one.

Its lines are translatable ``Message``s (core/messages.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .config import Layer
from .messages import QT_TRANSLATE_NOOP, Message, Moment
from .pool import FAMILIES, Account, Pool

OK, SOME_LIMITED, FAMILY_EXHAUSTED, ATTENTION = "ok", "some-limited", "family-exhausted", "attention"
LEVELS = (OK, SOME_LIMITED, FAMILY_EXHAUSTED, ATTENTION)  # least to most urgent
FAMILY_NAMES = {"claude": "Claude", "gemini": "Gemini"}  # product names, not translated


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


def _family_status(family: str, current: Account | None, enabled: list[Account], now_ms: float) -> FamilyStatus:
    free_at = [t for t in (a.limited_until(family, now_ms) for a in enabled) if t is not None]
    return FamilyStatus(
        family,
        current.label if current else None,
        len(free_at),
        bool(enabled) and len(free_at) == len(enabled),
        min(free_at) if free_at else None,
    )


# -- what needs the person ------------------------------------------------------------


def _problems(
    pool: Pool | None, pool_error: str | None, layer: Layer | None, enabled: list[Account], needs_relogin: set[str]
) -> list[Message]:
    problems = []
    if pool is None and pool_error:
        reason = pool_error.split("; ")[0]  # what is wrong, without the advice that follows
        problems.append(
            Message(QT_TRANSLATE_NOOP("Status", "The accounts file cannot be read: {reason}"), {"reason": reason})
        )
    if layer is not None and not layer.missing and not layer.in_force:
        problems.append(Message(QT_TRANSLATE_NOOP("Status", "The plugin ignores antigravity.json (invalid)")))
    if pool is not None and not pool.plugin_accounts():
        problems.append(Message(QT_TRANSLATE_NOOP("Status", "No accounts yet: add one")))
    elif pool is not None and not enabled:
        problems.append(Message(QT_TRANSLATE_NOOP("Status", "Every account is disabled")))
    for account in enabled:
        if account.verification_required:
            problems.append(
                Message(QT_TRANSLATE_NOOP("Status", "{email} needs verification"), {"email": account.label})
            )
    for account in enabled:
        if account.email and account.email.casefold() in needs_relogin:
            problems.append(
                Message(QT_TRANSLATE_NOOP("Status", "{email} needs a new sign-in"), {"email": account.label})
            )
    return problems


# -- the lines ------------------------------------------------------------------------


def _current_line(families: Mapping[str, FamilyStatus]) -> Message | None:
    claude, gemini = families["claude"].current, families["gemini"].current
    if claude is None and gemini is None:
        return None
    if claude == gemini:
        return Message(QT_TRANSLATE_NOOP("Status", "Claude and Gemini: {email}"), {"email": claude})
    return Message(
        QT_TRANSLATE_NOOP("Status", "Claude: {claude} · Gemini: {gemini}"), {"claude": claude, "gemini": gemini}
    )


def _limit_lines(families: Mapping[str, FamilyStatus], accounts: int, enabled: int) -> list[Message]:
    lines = []
    for family in families.values():
        if family.exhausted:
            lines.append(
                Message(
                    QT_TRANSLATE_NOOP("Status", "{family}: every account limited until {time}"),
                    {"family": family.name, "time": Moment(family.next_free_ms or 0)},
                )
            )
        elif family.limited:  # n >= 2 here: one limited account out of one is "every account"
            lines.append(
                Message(
                    QT_TRANSLATE_NOOP("Status", "{family}: {limited} of %n accounts limited"),
                    {"family": family.name, "limited": family.limited},
                    n=enabled,
                )
            )
    if not lines and enabled:
        lines.append(Message(QT_TRANSLATE_NOOP("Status", "Accounts: %n · no rate limits"), n=enabled))
    if accounts > enabled and enabled:
        lines.append(Message(QT_TRANSLATE_NOOP("Status", "Disabled accounts: %n"), n=accounts - enabled))
    return lines


# -- the summary ----------------------------------------------------------------------


def summarize(
    pool: Pool | None,
    pool_error: str | None,
    config_layer: Layer | None,
    needs_relogin_emails: Iterable[str],
    now_ms: float,
) -> Status:
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
    ends = {a.position: [t for t in (a.limited_until(f, now_ms) for f in FAMILIES) if t is not None] for a in enabled}
    soonest = min((t for times in ends.values() for t in times), default=None)
    return Status(
        level,
        len(listed),
        len(enabled),
        families,
        tuple(problems),
        tuple(lines),
        soonest,
        sum(1 for times in ends.values() if times),
    )
