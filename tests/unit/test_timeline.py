"""What the history says over a stretch of time (core/timeline.py)."""

from __future__ import annotations

from antigravity_tray.core.switches import ALL_LIMITED, COOLING_DOWN, LIMITED, RATE_LIMITED, SWITCH, AccountEvent
from antigravity_tray.core.timeline import build

START = 1_800_000_000_000.0
MINUTE = 60_000
END = START + 60 * MINUTE


def at(minutes: float) -> float:
    return START + minutes * MINUTE


EVENTS = [
    AccountEvent(LIMITED, at(10), "claude", "alice", None, RATE_LIMITED, at(40)),
    AccountEvent(SWITCH, at(10), "claude", "alice", "bob", RATE_LIMITED, at(40)),
    AccountEvent(LIMITED, at(20), "gemini", "alice", None, COOLING_DOWN, at(50)),  # overlaps alice's claude limit
    AccountEvent(LIMITED, at(30), "claude", "bob", None, RATE_LIMITED, at(90)),  # ends after the window
    AccountEvent(SWITCH, at(30), "claude", "bob", "carol", RATE_LIMITED, at(90)),
    AccountEvent(ALL_LIMITED, at(45), "claude", until_ms=at(55)),
]


def test_each_family_lane_says_which_account_was_in_use_when():
    timeline = build(EVENTS, START, END)
    lane = [(s.account, (s.start_ms - START) / MINUTE, (s.end_ms - START) / MINUTE) for s in timeline.use["claude"]]
    assert lane == [("alice", 0, 10), ("bob", 10, 30), ("carol", 30, 60)]
    assert timeline.use["gemini"] == []  # no switch seen: nothing is claimed
    assert [e.after for e in timeline.switches] == ["bob", "carol"]


def test_figures_per_account_count_limits_once_and_clip_to_the_window():
    summary = build(EVENTS, START, END).summary()
    rows = {row["account"]: row for row in summary["accounts"]}
    assert rows["alice"]["times_limited"] == 2
    assert rows["alice"]["limited_by_reason"] == {"cooling-down": 1, "rate-limited": 1}
    assert rows["alice"]["limited_minutes"] == 40  # 10-40 and 20-50 overlap: 10-50
    assert rows["bob"]["limited_minutes"] == 30  # 30-90, clipped at the window's end
    assert rows["alice"]["in_use_minutes"] == 10 and rows["carol"]["in_use_minutes"] == 30
    assert rows["bob"]["share_of_use"] == round(20 / 60, 3)
    assert [row["account"] for row in summary["accounts"]] == ["alice", "bob", "carol"]  # most limited first
    claude = summary["all_limited"]["claude"]
    assert claude["times"] == 1 and claude["minutes"] == 10
    assert summary["all_limited"]["gemini"] == {"times": 0, "minutes": 0, "periods": []}


def test_an_empty_history_gives_empty_figures():
    summary = build([], START, END).summary()
    assert summary["accounts"] == [] and summary["all_limited"]["claude"]["times"] == 0
