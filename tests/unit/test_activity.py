"""One stream of account events from the pool file and the debug log (core/activity.py)."""

from __future__ import annotations

import copy

from antigravity_tray.core.activity import LIMIT_MEMORY_MS, SAME_SWITCH_MS, Activity
from antigravity_tray.core.debuglog import LogEvent
from antigravity_tray.core.pool import Pool
from antigravity_tray.core.switches import (
    COOLING_DOWN,
    LIMITED,
    PID_OFFSET,
    RATE_LIMITED,
    ROTATION,
    SWITCH,
    UNKNOWN,
    DetectorContext,
)

from support.helpers import make_account

NOW = 1_800_000_000_000.0
STICKY = DetectorContext(strategy="sticky")
EMAILS = [f"user{n}@example.test" for n in range(3)]


def document(claude: int = 0, **changes) -> dict:
    doc = {
        "version": 4,
        "accounts": [make_account(n) for n in range(3)],
        "activeIndex": claude,
        "activeIndexByFamily": {"claude": claude, "gemini": 0},
    }
    for index, fields in changes.items():
        doc["accounts"][int(index.removeprefix("a"))].update(fields)
    return doc


def pool(doc: dict) -> Pool:
    return Pool.from_document(copy.deepcopy(doc))


def selected(at: float, label: str, pid: int | None = 100, family: str = "claude", file: str = "log-a") -> LogEvent:
    return LogEvent("selected", at, family=family, label=label, pid=pid, file=file)


def limited(at: float, label: str, retry_ms: float, reason: str | None = None, pid: int = 100) -> LogEvent:
    return LogEvent(
        "rate-limit", at, family="claude", label=label, retry_after_ms=retry_ms, pid=pid, reason=reason, file="log-a"
    )


def started(doc: dict | None = None) -> Activity:
    activity = Activity()
    assert activity.on_pool(pool(doc or document()), NOW, STICKY) == []  # the baseline
    return activity


def test_a_429_then_a_new_account_in_the_log_is_one_rate_limited_switch_with_its_reason():
    activity = started()
    assert activity.on_log([selected(NOW, EMAILS[0])], STICKY) == []  # the first request seen: no move
    events = activity.on_log(
        [limited(NOW + 1_000, EMAILS[0], 60_000, "QUOTA_EXHAUSTED"), selected(NOW + 1_200, EMAILS[1])], STICKY
    )
    assert [(e.kind, e.before, e.after, e.reason, e.until_ms, e.detail, e.pid) for e in events] == [
        (SWITCH, EMAILS[0], EMAILS[1], RATE_LIMITED, NOW + 61_000, "QUOTA_EXHAUSTED", 100)
    ]


def test_the_same_switch_arriving_later_from_the_file_is_dropped():
    activity = started()
    activity.on_log(
        [selected(NOW, EMAILS[0]), limited(NOW + 1_000, EMAILS[0], 60_000), selected(NOW + 1_200, EMAILS[1])], STICKY
    )
    later = document(claude=1, a0={"rateLimitResetTimes": {"claude": NOW + 61_000}})
    assert [e.kind for e in activity.on_pool(pool(later), NOW + 2_500, STICKY)] == [LIMITED]  # for the history


def test_a_file_switch_long_after_the_log_one_is_its_own_event():
    activity = started()
    activity.on_log([selected(NOW, EMAILS[0]), selected(NOW + 1_000, EMAILS[1])], STICKY)
    much_later = NOW + 1_000 + SAME_SWITCH_MS + 1
    events = activity.on_pool(pool(document(claude=1)), much_later, DetectorContext(strategy="sticky", agents=1))
    assert [(e.kind, e.after) for e in events] == [(SWITCH, EMAILS[1])]


def test_without_a_429_the_file_says_why_the_account_was_left():
    activity = started(document(a0={"coolingDownUntil": NOW + 90_000, "cooldownReason": "network-error"}))
    events = activity.on_log([selected(NOW, EMAILS[0]), selected(NOW + 500, EMAILS[1])], STICKY)
    assert [(e.reason, e.until_ms, e.detail) for e in events] == [(COOLING_DOWN, NOW + 90_000, "network-error")]


def test_with_no_reason_anywhere_the_strategy_decides_rotation_or_unknown():
    for context, reason in ((DetectorContext(strategy="round-robin"), ROTATION), (STICKY, UNKNOWN)):
        activity = started()
        events = activity.on_log([selected(NOW, EMAILS[0]), selected(NOW + 500, EMAILS[1])], context)
        assert [e.reason for e in events] == [reason]


def test_an_old_429_no_longer_explains_a_switch():
    activity = started()
    activity.on_log([selected(NOW, EMAILS[0]), limited(NOW + 1_000, EMAILS[0], 5_000)], STICKY)
    activity.on_pool(pool(document()), NOW + 1_000 + LIMIT_MEMORY_MS + 1, STICKY)  # time passes
    events = activity.on_log([selected(NOW + 1_000 + LIMIT_MEMORY_MS + 2, EMAILS[2])], STICKY)
    assert [(e.before, e.after, e.reason) for e in events] == [(EMAILS[0], EMAILS[2], UNKNOWN)]


def test_a_pid_offset_move_names_the_accounts_at_both_indexes():
    activity = started()
    line = LogEvent("pid-offset", NOW, family="claude", pid=100, offset=2, from_index=0, to_index=2, file="log-a")
    [event] = activity.on_log([line], STICKY)
    assert (event.before, event.after, event.reason, event.pid) == (EMAILS[0], EMAILS[2], PID_OFFSET, 100)
    assert activity.offset_targets("claude") == {100: 2} and activity.offset_targets("gemini") == {}
    same = LogEvent("pid-offset", NOW, family="claude", pid=101, offset=0, from_index=1, to_index=1, file="log-b")
    assert activity.on_log([same], STICKY) == []  # no move, no event


def test_each_process_keeps_its_own_accounts_and_the_dead_ones_are_forgotten():
    activity = started()
    activity.on_log(
        [
            selected(NOW, EMAILS[0], pid=100),
            selected(NOW, EMAILS[1], pid=200, file="log-b"),
            selected(NOW, EMAILS[2], pid=200, family="gemini", file="log-b"),
        ],
        STICKY,
    )
    assert activity.accounts_by_pid() == {100: {"claude": EMAILS[0]}, 200: {"claude": EMAILS[1], "gemini": EMAILS[2]}}
    activity.forget_processes_except([200])
    assert activity.accounts_by_pid() == {200: {"claude": EMAILS[1], "gemini": EMAILS[2]}}


def test_lines_before_the_pid_is_known_join_that_process_once_it_is():
    activity = started()
    activity.on_log([selected(NOW, EMAILS[0], pid=None)], STICKY)
    assert activity.accounts_by_pid() == {}  # known only by its file so far
    events = activity.on_log(
        [LogEvent("pid", NOW + 10, pid=300, file="log-a"), selected(NOW + 20, EMAILS[1], pid=300)], STICKY
    )
    assert [(e.before, e.after, e.pid) for e in events] == [(EMAILS[0], EMAILS[1], 300)]
    assert activity.accounts_by_pid() == {300: {"claude": EMAILS[1]}}
    activity.forget_processes_except([])
    assert activity.accounts_by_pid() == {}
