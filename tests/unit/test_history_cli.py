"""``antigravity-tray history``: the recorded events and the per-account figures, as a person
(or a script, with --json) reads them."""

from __future__ import annotations

import json
import time

from antigravity_tray.core.history import History
from antigravity_tray.core.paths import AppPaths
from antigravity_tray.core.switches import ALL_LIMITED, LIMITED, RATE_LIMITED, SWITCH, AccountEvent

from support.helpers import run_cli

HOUR = 3_600_000


def recorded(*events: AccountEvent) -> None:
    history = History.open(AppPaths.default().history_file)
    for event in events:
        history.record(event)
    history.close()


def test_events_print_with_their_reasons_and_filter_by_time_and_family(plugin_dir):
    now = time.time() * 1000
    recorded(
        AccountEvent(SWITCH, now - 3 * 24 * HOUR, "claude", "old@example.com", "x@example.com", RATE_LIMITED),
        AccountEvent(LIMITED, now - HOUR, "claude", "alice@example.com", None, RATE_LIMITED, now + HOUR),
        AccountEvent(
            SWITCH, now - HOUR, "claude", "alice@example.com", "bob@example.com", RATE_LIMITED, now + HOUR, pid=77
        ),
        AccountEvent(ALL_LIMITED, now - HOUR / 2, "gemini", until_ms=now),
    )
    events = json.loads(run_cli("history", "--json", check=True).stdout)
    assert [(e["kind"], e["reason"], e["family"]) for e in events] == [
        ("limited", "rate-limited", "claude"),
        ("switch", "rate-limited", "claude"),
        ("all-limited", None, "gemini"),
    ]
    assert events[1]["before"] == "alice@example.com" and events[1]["after"] == "bob@example.com"
    assert events[1]["pid"] == 77
    week = json.loads(run_cli("history", "--since", "7d", "--family", "claude", "--json", check=True).stdout)
    assert [e["before"] for e in week] == ["old@example.com", "alice@example.com", "alice@example.com"]
    text = run_cli("history", check=True).stdout
    assert "switch (rate-limited): Claude: now using bob@example.com." in text


def test_the_summary_gives_figures_per_account_and_every_all_limited_stretch(plugin_dir):
    now = time.time() * 1000
    recorded(
        AccountEvent(LIMITED, now - 2 * HOUR, "claude", "alice@example.com", None, RATE_LIMITED, now - HOUR),
        AccountEvent(SWITCH, now - 2 * HOUR, "claude", "alice@example.com", "bob@example.com", RATE_LIMITED),
        AccountEvent(ALL_LIMITED, now - HOUR, "claude", until_ms=now - HOUR / 2),
    )
    summary = json.loads(run_cli("history", "--summary", "--json", check=True).stdout)
    alice = summary["accounts"][0]
    assert alice["account"] == "alice@example.com" and alice["times_limited"] == 1
    assert alice["limited_minutes"] == 60
    assert summary["all_limited"]["claude"]["times"] == 1 and summary["all_limited"]["claude"]["minutes"] == 30
    text = run_cli("history", "--summary", check=True).stdout
    assert "alice@example.com: limited 1 time(s), 60.0 min" in text
    assert "claude: every account limited 1 time(s), 30.0 min in total" in text


def test_with_no_history_yet_it_says_so_and_prints_an_empty_list(plugin_dir):
    result = run_cli("history", "--json", check=True)
    assert json.loads(result.stdout) == [] and "no history yet" in result.stderr


def test_a_bad_since_is_refused_with_the_forms_it_takes(plugin_dir):
    result = run_cli("history", "--since", "last tuesday")
    assert result.returncode == 2 and "--since takes 30m, 24h, 7d or a date" in result.stderr
