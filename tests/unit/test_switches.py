"""Switch events from successive pool snapshots (core/switches.py)."""

from __future__ import annotations

import copy

from antigravity_tray.core.pool import Pool
from antigravity_tray.core.switches import (
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
    DetectorContext,
    SwitchDetector,
)

from support.helpers import make_account

NOW = 1_800_000_000_000.0
STICKY = DetectorContext(strategy="sticky")
TWO_AGENTS = DetectorContext(strategy="sticky", agents=2)


class Pools:
    """A pool document changed step by step, as the plugin's writes would change it."""

    def __init__(self, count: int = 3):
        self.doc = {
            "version": 4,
            "accounts": [make_account(i) for i in range(count)],
            "activeIndex": 0,
            "activeIndexByFamily": {"claude": 0, "gemini": 0},
        }

    def pool(self) -> Pool:
        return Pool.from_document(copy.deepcopy(self.doc))

    def use(self, family: str, index: int) -> Pools:
        self.doc["activeIndexByFamily"][family] = index
        if family == "claude":
            self.doc["activeIndex"] = index
        return self

    def account(self, index: int) -> dict:
        return self.doc["accounts"][index]

    def limit(self, index: int, key: str, until: float) -> Pools:
        self.account(index).setdefault("rateLimitResetTimes", {})[key] = until
        return self


def email(n: int) -> str:
    return f"user{n}@example.test"


class Detector(SwitchDetector):
    """The detector, with the limits it reports for the history set apart: these tests are about
    switches; ``limits`` keeps the others for the tests about them."""

    def __init__(self):
        super().__init__()
        self.limits: list[AccountEvent] = []

    def update(self, *args, **kwargs) -> list[AccountEvent]:
        events = super().update(*args, **kwargs)
        self.limits += [e for e in events if e.kind == LIMITED]
        return [e for e in events if e.kind != LIMITED]


def started(pools: Pools) -> Detector:
    detector = Detector()
    assert detector.update(pools.pool(), NOW, STICKY) == []  # the first snapshot is the baseline
    return detector


def test_a_rate_limit_and_the_move_in_one_write_make_one_switch():
    pools = Pools()
    detector = started(pools)
    pools.limit(0, "claude", NOW + 60_000).use("claude", 1)
    [event] = detector.update(pools.pool(), NOW + 1000, STICKY)
    assert (event.kind, event.family, event.before, event.after) == (SWITCH, "claude", email(0), email(1))
    assert event.reason == RATE_LIMITED and event.until_ms == NOW + 60_000
    assert detector.update(pools.pool(), NOW + 2000, STICKY) == []  # the same state again: nothing new


def test_the_plugins_wait_before_switching_keeps_the_reason_until_the_index_moves():
    pools = Pools()
    detector = started(pools)
    pools.limit(0, "claude", NOW + 60_000)
    assert detector.update(pools.pool(), NOW + 1000, STICKY) == []  # limited, still on it (sleeping 5 s)
    pools.use("claude", 2)
    [event] = detector.update(pools.pool(), NOW + 7000, STICKY)
    assert (event.before, event.after, event.reason) == (email(0), email(2), RATE_LIMITED)


def test_gemini_counts_as_limited_only_when_both_quota_pools_are():
    pools = Pools()
    detector = started(pools)
    pools.limit(0, "gemini-antigravity:gemini-3-pro", NOW + 60_000)
    assert detector.update(pools.pool(), NOW + 1000, STICKY) == []
    pools.limit(0, "gemini-cli:gemini-3-pro", NOW + 90_000).use("gemini", 1)
    [event] = detector.update(pools.pool(), NOW + 2000, STICKY)
    assert (event.family, event.reason, event.until_ms) == ("gemini", RATE_LIMITED, NOW + 60_000)


def test_cooldown_verification_and_disabling_are_named():
    pools = Pools(4)
    detector = started(pools)
    pools.account(0).update(coolingDownUntil=NOW + 30_000, cooldownReason="network-error")
    pools.use("claude", 1)
    [cooled] = detector.update(pools.pool(), NOW + 1000, STICKY)
    assert (cooled.reason, cooled.detail, cooled.until_ms) == (COOLING_DOWN, "network-error", NOW + 30_000)
    pools.account(1).update(verificationRequired=True, verificationUrl="https://accounts.example/verify")
    pools.use("claude", 2)
    [verify] = detector.update(pools.pool(), NOW + 2000, STICKY)
    assert (verify.before, verify.reason, verify.detail) == (
        email(1),
        NEEDS_VERIFICATION,
        "https://accounts.example/verify",
    )
    pools.account(2)["enabled"] = False
    pools.use("claude", 3)
    [disabled] = detector.update(pools.pool(), NOW + 3000, STICKY)
    assert (disabled.before, disabled.after, disabled.reason) == (email(2), email(3), DISABLED)


def test_moves_without_a_reason_in_the_file():
    pools = Pools()
    detector = Detector()
    detector.update(pools.pool(), NOW, DetectorContext(strategy="round-robin"))
    [turn] = detector.update(pools.use("claude", 1).pool(), NOW + 1000, DetectorContext(strategy="round-robin"))
    assert turn.reason == ROTATION
    [offset] = detector.update(
        pools.use("claude", 2).pool(),
        NOW + 2000,
        DetectorContext(strategy="sticky", pid_offset=True, agents=1, started_recently=True),
    )
    assert offset.reason == PID_OFFSET
    [unknown] = detector.update(pools.use("claude", 0).pool(), NOW + 3000, DetectorContext(strategy="sticky", agents=1))
    assert unknown.reason == UNKNOWN
    [hybrid] = detector.update(pools.use("claude", 1).pool(), NOW + 4000, DetectorContext(strategy="hybrid", agents=1))
    assert hybrid.reason == ROTATION


def test_two_agents_overwriting_each_others_index_make_no_events():
    pools = Pools()
    detector = started(pools)  # agent X is on account 0
    for step in range(6):  # agent Y (on 1) and X save in turn
        assert detector.update(pools.use("claude", 1 - step % 2).pool(), NOW + 1000 * step, TWO_AGENTS) == []


def test_with_two_agents_the_limited_one_is_followed_past_the_others_writes():
    pools = Pools(4)
    detector = started(pools)
    detector.update(pools.use("claude", 1).pool(), NOW + 500, TWO_AGENTS)  # Y holds 1
    detector.update(pools.use("claude", 0).pool(), NOW + 600, TWO_AGENTS)  # X holds 0
    pools.limit(0, "claude", NOW + 600_000)
    assert detector.update(pools.pool(), NOW + 1000, TWO_AGENTS) == []  # X limited, waits 5 s
    assert detector.update(pools.use("claude", 1).pool(), NOW + 2000, TWO_AGENTS) == []  # Y's write
    [event] = detector.update(pools.use("claude", 3).pool(), NOW + 7000, TWO_AGENTS)  # X moved on
    assert (event.before, event.after, event.reason) == (email(0), email(3), RATE_LIMITED)


def test_a_pending_reason_expires_into_the_best_guess():
    pools = Pools()
    detector = started(pools)
    detector.update(pools.use("claude", 1).pool(), NOW + 100, TWO_AGENTS)
    detector.update(pools.use("claude", 0).pool(), NOW + 200, TWO_AGENTS)
    detector.update(pools.limit(0, "claude", NOW + 600_000).pool(), NOW + 1000, TWO_AGENTS)
    assert detector.next_deadline() == NOW + 1000 + detector.pending_timeout_ms
    detector.update(pools.use("claude", 1).pool(), NOW + 2000, TWO_AGENTS)  # both agents now on 1
    assert detector.expire(NOW + 5000) == []  # not yet
    [event] = detector.expire(NOW + 1000 + detector.pending_timeout_ms)
    assert (event.before, event.after, event.reason) == (email(0), email(1), RATE_LIMITED)
    assert detector.next_deadline() is None


def test_every_account_limited_is_said_once_with_the_earliest_reset():
    pools = Pools(2)
    detector = started(pools)
    pools.limit(0, "claude", NOW + 90_000).limit(1, "claude", NOW + 30_000)
    events = detector.update(pools.pool(), NOW + 1000, STICKY)
    assert [(e.kind, e.family, e.until_ms) for e in events] == [(ALL_LIMITED, "claude", NOW + 30_000)]
    assert detector.update(pools.pool(), NOW + 2000, STICKY) == []
    assert detector.update(pools.pool(), NOW + 40_000, STICKY) == []  # one is free again
    pools.limit(1, "claude", NOW + 200_000)
    assert [e.kind for e in detector.update(pools.pool(), NOW + 41_000, STICKY)] == [ALL_LIMITED]


def test_vanished_accounts_and_a_deleted_file():
    pools = Pools(3)
    detector = started(pools)
    del pools.doc["accounts"][2]
    [event] = detector.update(pools.pool(), NOW + 1000, STICKY)
    assert event.kind == VANISHED and event.accounts == (email(2),)
    del pools.doc["accounts"][0]  # the account in use goes: the index now points at the next one
    vanished, *moves = detector.update(pools.pool(), NOW + 1500, STICKY)
    assert vanished.accounts == (email(0),)
    assert [(m.family, m.before, m.after, m.reason) for m in moves] == [
        ("claude", email(0), email(1), REMOVED),
        ("gemini", email(0), email(1), REMOVED),
    ]
    [gone] = detector.update(None, NOW + 2000, STICKY)
    assert gone.accounts == (email(1),)


def test_a_new_relogin_mark_is_an_event_once():
    pools = Pools()
    detector = started(pools)
    [event] = detector.update(pools.pool(), NOW + 1000, STICKY, needs_relogin=[email(1)])
    assert event.kind == NEEDS_RELOGIN and event.accounts == (email(1),)
    assert detector.update(pools.pool(), NOW + 2000, STICKY, needs_relogin=[email(1)]) == []


def test_our_own_write_is_a_new_baseline():
    pools = Pools()
    detector = started(pools)
    pools.account(0)["enabled"] = False
    detector.rebase(pools.use("claude", 1).pool(), NOW + 1000)
    assert detector.update(pools.pool(), NOW + 2000, STICKY) == []


def test_events_print_as_documented_json():
    pools = Pools()
    detector = started(pools)
    [event] = detector.update(pools.limit(0, "claude", NOW + 60_000).use("claude", 1).pool(), NOW + 1000, STICKY)
    assert event.as_dict() == {
        "kind": "switch",
        "at": "2027-01-15T08:00:01Z",
        "family": "claude",
        "before": email(0),
        "after": email(1),
        "reason": "rate-limited",
        "until": "2027-01-15T08:01:00Z",
        "detail": None,
        "pid": None,
        "accounts": [],
    }


def test_two_agents_limited_on_one_account_make_two_switches():
    pools = Pools(4)
    detector = started(pools)
    detector.update(pools.use("claude", 1).pool(), NOW + 100, TWO_AGENTS)  # Y on 1, X on 0 (the baseline)
    detector.update(pools.use("claude", 0).pool(), NOW + 200, TWO_AGENTS)
    pools.limit(0, "claude", NOW + 600_000).use("claude", 1)  # X limited on 0, the file shows Y's index
    assert detector.update(pools.pool(), NOW + 1000, TWO_AGENTS) == []
    pools.limit(0, "claude", NOW + 604_000)  # Z, also on 0, limited a few seconds later
    [first] = detector.update(pools.pool(), NOW + 4000, TWO_AGENTS)
    assert (first.before, first.after, first.until_ms) == (email(0), email(1), NOW + 600_000)
    [second] = detector.expire(NOW + 4000 + detector.pending_timeout_ms)
    assert (second.before, second.after, second.until_ms) == (email(0), email(1), NOW + 604_000)


def test_logging_in_again_the_account_in_use_is_no_event():
    """A new login replaces the token of the entry with that email, in place (README: login)."""
    pools = Pools()
    detector = started(pools)
    pools.account(0).update(refreshToken="1//a-fresh-token-from-a-new-login", lastUsed=NOW + 500)
    assert detector.update(pools.pool(), NOW + 1000, STICKY) == []
    assert detector.update(pools.pool(), NOW + 1000, TWO_AGENTS) == []
    pools.limit(0, "claude", NOW + 60_000).use("claude", 1)  # the account is still followed as itself
    [event] = detector.update(pools.pool(), NOW + 2000, STICKY)
    assert (event.before, event.after, event.reason) == (email(0), email(1), RATE_LIMITED)


def test_an_entry_without_email_whose_token_changes_is_a_new_entry():
    pools = Pools()
    pools.account(2).pop("email")
    detector = started(pools)
    pools.account(2)["refreshToken"] = "1//another-token"
    [event] = detector.update(pools.pool(), NOW + 1000, STICKY)
    assert event.kind == VANISHED and event.accounts == ("Account 3",)


def test_every_new_limit_is_reported_for_the_history_in_use_or_not():
    pools = Pools()
    detector = started(pools)
    pools.limit(2, "claude", NOW + 60_000)  # an account nobody is on
    pools.account(1).update(coolingDownUntil=NOW + 30_000, cooldownReason="network-error")
    assert detector.update(pools.pool(), NOW + 1000, STICKY) == []
    assert sorted((e.family, e.before, e.reason, e.until_ms, e.detail) for e in detector.limits) == [
        ("claude", email(1), COOLING_DOWN, NOW + 30_000, "network-error"),
        ("claude", email(2), RATE_LIMITED, NOW + 60_000, None),
        ("gemini", email(1), COOLING_DOWN, NOW + 30_000, "network-error"),
    ]
    detector.update(pools.pool(), NOW + 2000, STICKY)
    assert len(detector.limits) == 3  # the same limits again are not new
