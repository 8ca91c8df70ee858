"""Which events become toasts, and their words (core/toasts.py)."""

from __future__ import annotations

from antigravity_tray.core.app_state import PREFERENCE_DEFAULTS
from antigravity_tray.core.switches import (
    ALL_LIMITED,
    NEEDS_RELOGIN,
    RATE_LIMITED,
    REMOVED,
    ROTATION,
    SWITCH,
    VANISHED,
    AccountEvent,
)
from antigravity_tray.core.toasts import CRITICAL, LOW, NORMAL, UPDATE_MS, ToastPolicy, describe

NOW = 1_800_000_000_000.0
MINUTE = 60_000


def policy(**prefs) -> ToastPolicy:
    values = {**PREFERENCE_DEFAULTS, **prefs}
    return ToastPolicy(values.__getitem__)


def switch(family="claude", after="bob@example.com", reason=RATE_LIMITED, at=NOW, **more) -> AccountEvent:
    return AccountEvent(
        SWITCH, at, family, "alice@example.com", after, reason, more.pop("until_ms", NOW + 42 * MINUTE), **more
    )


def test_a_rate_limit_switch_names_family_new_account_and_reason():
    toast = policy().offer(switch(), NOW)
    assert toast.key == "claude" and toast.urgency == NORMAL
    assert toast.summary.english() == "Claude: now using bob@example.com"
    assert toast.body.text == "{before} is rate-limited until {until}."
    assert toast.body.args["before"] == "alice@example.com" and toast.body.args["until"].ms == NOW + 42 * MINUTE


def test_the_process_is_named_when_known():
    toast = policy().offer(switch(pid=4242), NOW)
    assert toast.body.english().endswith("(OpenCode process 4242)")


def test_a_second_switch_seconds_later_shows_at_once_with_the_count():
    """The case a new user met: bob limited, the agent moves to alice; 4.5 s later alice is
    limited and it moves to carol. The desktop must say carol now, not a minute later."""
    rules = policy()
    first = rules.offer(switch(after="alice@example.com"), NOW)
    assert first is not None and first.switches == 1
    second = rules.offer(switch(after="carol@example.com", at=NOW + 4500), NOW + 4500)
    assert second is not None and second.key == first.key == "claude"
    assert second.summary.english() == "Claude: now using carol@example.com"
    assert second.body.english().startswith("2 switches in 5 s; the last: alice@example.com is rate-limited until ")
    assert rules.next_deadline() is None


def test_a_burst_updates_the_toast_at_most_every_few_seconds_with_the_latest_state():
    rules = policy()
    assert rules.offer(switch(after="bob@example.com"), NOW) is not None
    another = rules.offer(switch("gemini"), NOW + 100)  # another family has its own toast
    assert another is not None and another.key == "gemini"
    for i, who in enumerate(["carol@example.com", "dan@example.com", "erin@example.com"]):
        at = NOW + 500 + i * 700
        assert rules.offer(switch(after=who, at=at), at) is None
    assert rules.next_deadline() == NOW + UPDATE_MS
    assert rules.due(NOW + UPDATE_MS - 1) == []
    [latest] = rules.due(NOW + UPDATE_MS)
    assert latest.summary.english() == "Claude: now using erin@example.com" and latest.switches == 4
    assert latest.body.english().startswith("4 switches in 2 s; the last: ")
    assert rules.next_deadline() is None
    assert rules.offer(switch(at=NOW + UPDATE_MS + 10), NOW + UPDATE_MS + 10) is None  # it just changed
    assert rules.next_deadline() == NOW + 2 * UPDATE_MS


def test_a_run_of_switches_ends_after_a_quiet_minute():
    rules = policy()
    rules.offer(switch(), NOW)
    later = rules.offer(switch(at=NOW + 2 * MINUTE), NOW + 2 * MINUTE)
    assert later.switches == 1 and later.body.text == "{before} is rate-limited until {until}."


def test_rotation_is_off_by_default_and_only_summarised_when_on():
    assert policy().offer(switch(reason=ROTATION), NOW) is None
    assert policy().due(NOW + 10 * MINUTE) == []
    rules = policy(notify_rotation=True, notify_interval_seconds=60)
    for i in range(50):  # round-robin under load: a switch per request
        assert (
            rules.offer(switch(reason=ROTATION, after=f"a{i % 4}@example.com", at=NOW + i * 100), NOW + i * 100) is None
        )
    assert rules.next_deadline() == NOW + MINUTE
    [summary] = rules.due(NOW + MINUTE)
    assert summary.switches == 50 and summary.urgency == LOW
    assert summary.body.english().startswith("50 switches in 5 s; the last: Rotation")


def test_a_switch_with_a_reason_cancels_an_older_rotation_summary():
    rules = policy(notify_rotation=True)
    assert rules.offer(switch(reason=ROTATION), NOW) is None
    assert rules.offer(switch(after="carol@example.com", at=NOW + 1000), NOW + 1000) is not None
    assert rules.due(NOW + 10 * MINUTE) == [] and rules.next_deadline() is None


def test_a_long_run_counts_in_minutes():
    _summary, body = describe(switch(), 7, span_ms=12 * MINUTE)
    assert body.english().startswith("7 switches in 12 min; the last: ")


def test_urgent_kinds_skip_the_interval():
    rules = policy()
    assert rules.offer(switch(), NOW) is not None
    limited = rules.offer(AccountEvent(ALL_LIMITED, NOW + 10, "claude", until_ms=NOW + 5 * MINUTE), NOW + 10)
    assert limited.urgency == CRITICAL and limited.key == "claude"
    assert limited.summary.english() == "Claude: every account is limited"
    relogin = rules.offer(AccountEvent(NEEDS_RELOGIN, NOW + 20, accounts=("alice@example.com",)), NOW + 20)
    assert relogin.urgency == CRITICAL and "alice@example.com" in relogin.body.english()
    gone = rules.offer(AccountEvent(VANISHED, NOW + 30, accounts=("a@example.com", "b@example.com")), NOW + 30)
    assert gone.summary.english() == "2 accounts left the pool" and gone.key == "accounts"


def test_master_switch_pause_and_per_kind_toggles():
    assert policy(notifications_enabled=False).offer(switch(), NOW) is None
    assert policy(notifications_paused_until=NOW + 1).offer(switch(), NOW) is None
    assert policy(notifications_paused_until=NOW - 1).offer(switch(), NOW) is not None
    assert policy(notify_switches=False).offer(switch(), NOW) is None
    assert policy(notify_all_limited=False).offer(AccountEvent(ALL_LIMITED, NOW, "gemini", until_ms=NOW), NOW) is None
    assert policy(notify_relogin=False).offer(AccountEvent(NEEDS_RELOGIN, NOW, accounts=("x",)), NOW) is None


def test_held_switches_are_dropped_while_paused():
    prefs = dict(PREFERENCE_DEFAULTS)
    rules = ToastPolicy(prefs.__getitem__)
    rules.offer(switch(), NOW)
    rules.offer(switch(at=NOW + 1000), NOW + 1000)
    prefs["notifications_paused_until"] = NOW + 10 * MINUTE
    assert rules.due(NOW + MINUTE) == []
    assert rules.next_deadline() is None


def test_a_move_off_a_removed_account_is_left_to_the_vanished_toast():
    assert policy().offer(switch(reason=REMOVED), NOW) is None
