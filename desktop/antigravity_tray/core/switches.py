"""Account events derived from successive snapshots of the pool file.

OpenCode processes switch accounts in memory and save about a second later (a
debounced save after each request), so a switch shows up in the file as ``activeIndexByFamily`` moving, often in the same
write as the reason: a new rate-limit key, a cooldown, a verification flag. When the plugin
waits before switching ("switching account in 5s"), the reason comes first and the move
later: the reason is kept as *pending* until the index leaves that account.

Several processes overwrite each other's index (the last writer wins), so with two or more
agents running, an index that moves back to an account another agent was using moments
ago is that agent's write, not a switch. Without the debug log (core/debuglog.py) we cannot
tell more than that; with it, ``core/activity.py`` knows each process's account.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .pool import FAMILIES, Account, Pool
from .times import iso

# Why an account was left.
RATE_LIMITED = "rate-limited"
COOLING_DOWN = "cooling-down"
NEEDS_VERIFICATION = "needs-verification"
DISABLED = "disabled"
REMOVED = "removed"
ROTATION = "rotation"
PID_OFFSET = "pid-offset"
UNKNOWN = "unknown"
REASONS = (RATE_LIMITED, COOLING_DOWN, NEEDS_VERIFICATION, DISABLED, REMOVED, ROTATION, PID_OFFSET, UNKNOWN)

# What happened.
SWITCH = "switch"
LIMITED = "limited"  # an account became unusable for a family (rate limit, cooldown, verification): for the history
ALL_LIMITED = "all-limited"
NEEDS_RELOGIN = "needs-relogin"
VANISHED = "vanished"
KINDS = (SWITCH, LIMITED, ALL_LIMITED, NEEDS_RELOGIN, VANISHED)

PENDING_TIMEOUT_MS = 12_000  # the plugin's 5 s wait, its 1 s save debounce, and slack
RECENT_HOLDER_MS = 120_000  # how long an account counts as "another agent's current one"
REASON_GROWTH_MS = 2_000  # a reset time pushed later by more than this is a new limit


@dataclass(frozen=True)
class AccountEvent:
    kind: str
    at_ms: float
    family: str | None = None
    before: str | None = None  # the account left (email, or "Account N")
    after: str | None = None  # the account now in use
    reason: str | None = None
    until_ms: float | None = None  # when the limit or cooldown ends; for all-limited, the earliest reset
    detail: str | None = None  # cooldown reason, verification link
    pid: int | None = None  # the OpenCode process, when the debug log told us
    accounts: tuple[str, ...] = ()  # for vanished and needs-relogin

    def as_dict(self) -> dict:
        """The shape ``antigravity-tray watch --json`` prints (README: "watch")."""
        return {
            "kind": self.kind,
            "at": iso(self.at_ms),
            "family": self.family,
            "before": self.before,
            "after": self.after,
            "reason": self.reason,
            "until": iso(self.until_ms),
            "detail": self.detail,
            "pid": self.pid,
            "accounts": list(self.accounts),
        }


@dataclass
class _Pending:
    """An account that just became unusable for a family, waiting for the index to leave it."""

    label: str
    reason: str
    until_ms: float | None
    detail: str | None
    since_ms: float
    first_after: str | None = None  # the first other account the file named for the family since


@dataclass(frozen=True)
class DetectorContext:
    """What the detector needs to know besides the file, read by the caller when asked."""

    strategy: str = "hybrid"
    pid_offset: bool = False
    agents: int = 0  # OpenCode processes running now
    started_recently: bool = False  # one of them started in the last few seconds


def why_unusable(account: Account, family: str, now_ms: float) -> tuple[str, float | None, str | None] | None:
    """(reason, until, detail) if the plugin would not pick this account for ``family``."""
    if not account.enabled:
        return DISABLED, None, None
    if account.verification_required:
        return NEEDS_VERIFICATION, None, account.verification_url
    if account.cooling_down(now_ms):
        return COOLING_DOWN, account.cooling_down_until, account.cooldown_reason
    until = account.limited_until(family, now_ms)
    if until is not None:
        return RATE_LIMITED, until, None
    return None


def _became_unusable(old: Account | None, new: Account, family: str, now_ms: float):
    """The reason ``new`` turned unusable since ``old``, or None if nothing new happened."""
    reason = why_unusable(new, family, now_ms)
    if reason is None:
        return None
    before = why_unusable(old, family, now_ms) if old is not None else None
    if before is None or before[0] != reason[0]:
        return reason
    if reason[1] is not None and (before[1] is None or reason[1] - before[1] > REASON_GROWTH_MS):
        return reason  # limited again, later than before
    return None


def _by_identity(pool: Pool | None) -> dict[str, Account]:
    return {a.identity: a for a in pool.plugin_accounts()} if pool is not None else {}


@dataclass
class SwitchDetector:
    """Feed it every snapshot of the pool (``update``) and call ``expire`` at ``next_deadline``."""

    pending_timeout_ms: float = PENDING_TIMEOUT_MS
    _previous: Pool | None = None
    _seeded: bool = False
    _pending: dict[tuple[str, str], _Pending] = field(default_factory=dict)  # (family, identity)
    _holders: dict[str, dict[str, float]] = field(default_factory=lambda: {f: {} for f in FAMILIES})
    _limited_families: set[str] = field(default_factory=set)
    _relogin: set[str] = field(default_factory=set)

    def update(
        self,
        pool: Pool | None,
        now_ms: float,
        context: DetectorContext = DetectorContext(),
        needs_relogin: Iterable[str] = (),
    ) -> list[AccountEvent]:
        """Events between the last snapshot and this one. The first snapshot only sets the
        baseline: history is not replayed as news. ``pool`` None means the file is gone."""
        relogin = set(needs_relogin)
        if not self._seeded:
            self._seeded, self._previous, self._relogin = True, pool, relogin
            self._limited_families = self._all_limited_families(pool, now_ms)
            self._remember_holders(pool, now_ms)
            return []
        old, new = _by_identity(self._previous), _by_identity(pool)
        events = self._vanished(old, new, now_ms)
        self._note_new_reasons(old, new, now_ms, events)
        events += self._index_moves(pool, context, now_ms)
        events += self._all_limited(pool, now_ms)
        self._note_first_after(pool)
        fresh = sorted(relogin - self._relogin)
        if fresh:
            events.append(AccountEvent(NEEDS_RELOGIN, now_ms, accounts=tuple(fresh)))
        self._previous, self._relogin = pool, relogin
        self._remember_holders(pool, now_ms)
        return events

    def rebase(self, pool: Pool | None, now_ms: float) -> None:
        """Take ``pool`` as the new baseline without events (after our own write)."""
        self._previous = pool
        self._pending = {k: p for k, p in self._pending.items() if k[1] in _by_identity(pool)}
        self._remember_holders(pool, now_ms)

    def next_deadline(self) -> float | None:
        return min((p.since_ms + self.pending_timeout_ms for p in self._pending.values()), default=None)

    def expire(self, now_ms: float) -> list[AccountEvent]:
        """Pending reasons whose move the file never showed plainly (another agent's index
        was there): the first other account the file named since is the best guess it allows."""
        events = []
        for (family, identity), pending in list(self._pending.items()):
            if now_ms - pending.since_ms < self.pending_timeout_ms:
                continue
            del self._pending[(family, identity)]
            if pending.first_after is not None:
                events.append(self._switch(family, pending, pending.first_after, now_ms))
        return events

    def _note_first_after(self, pool: Pool | None) -> None:
        current = pool.current_by_family() if pool is not None else {}
        for (family, identity), pending in self._pending.items():
            now_on = current.get(family)
            if pending.first_after is None and now_on is not None and now_on.identity != identity:
                pending.first_after = now_on.label

    def drop_pending(self, family: str, label: str) -> None:
        """A switch away from ``label`` was already reported (from the debug log)."""
        for key in [k for k, p in self._pending.items() if k[0] == family and p.label == label]:
            del self._pending[key]

    # -- the parts ------------------------------------------------------------------------
    def _vanished(self, old: dict[str, Account], new: dict[str, Account], now_ms: float) -> list[AccountEvent]:
        gone = sorted({a.label for identity, a in old.items() if identity not in new})
        for key in [k for k in self._pending if k[1] not in new]:
            del self._pending[key]
        return [AccountEvent(VANISHED, now_ms, accounts=tuple(gone))] if gone else []

    def _note_new_reasons(
        self, old: dict[str, Account], new: dict[str, Account], now_ms: float, events: list[AccountEvent]
    ) -> None:
        previous_current = self._previous.current_by_family() if self._previous is not None else {}
        for family in FAMILIES:
            was_on = previous_current.get(family)
            holders = self._holders[family]
            for identity, account in new.items():
                before = old.get(identity)
                if before is account:
                    continue  # the same parsed entry: nothing in it changed
                reason = _became_unusable(before, account, family, now_ms)
                if reason is None:
                    continue
                if reason[0] != DISABLED:
                    why, until, detail = reason
                    events.append(AccountEvent(LIMITED, now_ms, family, account.label, None, why, until, detail))
                # A 429, a cooldown or a verification comes from a request: some agent was on the
                # account, even if its index never won the race to the file. A disable may not be.
                held = (was_on is not None and was_on.identity == identity) or identity in holders
                if held or reason[0] != DISABLED:
                    earlier = self._pending.get((family, identity))
                    if earlier is not None and earlier.first_after is not None:
                        # two agents on one account, both limited: the first has moved on already
                        events.append(self._switch(family, earlier, earlier.first_after, now_ms))
                    why, until, detail = reason
                    self._pending[(family, identity)] = _Pending(account.label, why, until, detail, since_ms=now_ms)

    def _index_moves(self, pool: Pool | None, context: DetectorContext, now_ms: float) -> list[AccountEvent]:
        if pool is None or self._previous is None:
            return []
        before, after = self._previous.current_by_family(), pool.current_by_family()
        present = _by_identity(pool)
        events = []
        for family in FAMILIES:
            left, now_on = before.get(family), after.get(family)
            if left is None or now_on is None or left.identity == now_on.identity:
                continue
            if left.identity not in present:
                events.append(AccountEvent(SWITCH, now_ms, family, left.label, now_on.label, REMOVED))
                continue
            event = self._explain_move(family, left, now_on, context, now_ms)
            if event is not None:
                events.append(event)
        return events

    def _explain_move(
        self, family: str, left: Account, now_on: Account, context: DetectorContext, now_ms: float
    ) -> AccountEvent | None:
        if context.agents >= 2 and self._recently_held(family, now_on.identity, now_ms):
            return None  # another agent's index (the last writer wins); pending reasons wait
        key = (family, left.identity)
        if key not in self._pending:  # the limited agent moved, though another one wrote in between
            waiting = [k for k in self._pending if k[0] == family and k[1] != now_on.identity]
            key = min(waiting, key=lambda k: self._pending[k].since_ms) if waiting else key
        pending = self._pending.pop(key, None)
        if pending is not None:
            return self._switch(family, pending, now_on.label, now_ms)
        if context.strategy == "round-robin":
            reason = ROTATION
        elif context.pid_offset and context.started_recently:
            reason = PID_OFFSET
        elif context.agents >= 2:
            return None  # no reason in the file: most likely another agent's index
        elif context.strategy == "hybrid":
            reason = ROTATION  # hybrid moves to a better-scored account by itself
        else:
            reason = UNKNOWN
        return AccountEvent(SWITCH, now_ms, family, left.label, now_on.label, reason)

    def _switch(self, family: str, pending: _Pending, after: str, now_ms: float) -> AccountEvent:
        return AccountEvent(
            SWITCH, now_ms, family, pending.label, after, pending.reason, pending.until_ms, pending.detail
        )

    def _recently_held(self, family: str, identity: str, now_ms: float) -> bool:
        seen = self._holders[family].get(identity)
        return seen is not None and now_ms - seen <= RECENT_HOLDER_MS

    def _remember_holders(self, pool: Pool | None, now_ms: float) -> None:
        if pool is None:
            return
        for family, account in pool.current_by_family().items():
            holders = self._holders[family]
            if account is not None:
                holders[account.identity] = now_ms
            for identity in [i for i, seen in holders.items() if now_ms - seen > RECENT_HOLDER_MS]:
                del holders[identity]

    def _all_limited_families(self, pool: Pool | None, now_ms: float) -> set[str]:
        if pool is None:
            return set()
        enabled = [a for a in pool.plugin_accounts() if a.enabled]
        return {
            family
            for family in FAMILIES
            if enabled and all(a.limited_until(family, now_ms) is not None for a in enabled)
        }

    def _all_limited(self, pool: Pool | None, now_ms: float) -> list[AccountEvent]:
        families = self._all_limited_families(pool, now_ms)
        fresh, self._limited_families = families - self._limited_families, families
        events = []
        for family in sorted(fresh):
            enabled = [a for a in pool.plugin_accounts() if a.enabled]  # type: ignore[union-attr]
            earliest = min(a.limited_until(family, now_ms) or now_ms for a in enabled)
            events.append(AccountEvent(ALL_LIMITED, now_ms, family, until_ms=earliest))
            for key in [k for k in self._pending if k[0] == family]:
                del self._pending[key]  # "all limited" says it; no switch can follow
        return events


__all__ = [
    "ALL_LIMITED",
    "COOLING_DOWN",
    "DISABLED",
    "KINDS",
    "LIMITED",
    "NEEDS_RELOGIN",
    "NEEDS_VERIFICATION",
    "PID_OFFSET",
    "RATE_LIMITED",
    "REASONS",
    "REMOVED",
    "ROTATION",
    "SWITCH",
    "UNKNOWN",
    "VANISHED",
    "AccountEvent",
    "DetectorContext",
    "SwitchDetector",
    "why_unusable",
]
