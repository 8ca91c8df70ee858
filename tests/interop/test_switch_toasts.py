"""Real agents switch accounts; the app's monitor and notifier turn each switch into one toast.

Three Node processes run the plugin's own AccountManager (agent.mts) against the pool in a
test folder; in this process the app's hub, ActivityMonitor and Notifier watch the files, and
toasts go over a private D-Bus session to the fake notification server (tests/support/notifyd.py).
"""

from __future__ import annotations

import itertools
import json
import re
import time
from pathlib import Path

import pytest

from antigravity_tray.core.services import Services
from antigravity_tray.core.toasts import UPDATE_MS
from antigravity_tray.live.hub import AppHub
from antigravity_tray.platform.dbus_notify import DBusNotifier
from antigravity_tray.ui.notifier import Notifier
from interop.plugin_driver import require_plugin

from support.helpers import make_account, run_cli, write_pool

pytestmark = pytest.mark.interop
CLAUDE = "claude-sonnet-4-5"


@pytest.fixture(autouse=True)
def _plugin():
    require_plugin()


@pytest.fixture
def app(plugin_dir, notifyd, qtbot):
    """The app's event pipeline, as the tray runs it, with the desktop's notification server."""
    made = []

    def start(**preferences):
        services = Services()
        for key, value in {"notify_interval_seconds": 0, **preferences}.items():
            services.preferences.set(key, value)
        hub = AppHub(services)
        hub.record_history()  # as the tray app does
        monitor = hub.monitor
        events = []
        monitor.accountEvent.connect(events.append)
        notifier = Notifier(
            hub, lambda _name: None, desktop=lambda: DBusNotifier.connect(app_name="Antigravity Tray", icon="app")
        )
        assert notifier.desktop is not None
        made.append((hub, notifier))
        return hub, monitor, notifier, events

    yield start
    for hub, notifier in made:
        notifier.close()
        hub.shutdown()


def setup_files(plugin_dir: Path, tmp_path: Path, accounts: int, **config) -> Path:
    logs = tmp_path / "logs"
    logs.mkdir()
    write_pool(plugin_dir / "antigravity-accounts.json", [make_account(n) for n in range(accounts)])
    (plugin_dir / "antigravity.json").write_text(json.dumps({"debug": True, "log_dir": str(logs), **config}))
    return logs


def test_three_agents_each_rate_limit_switch_gives_one_toast(plugin_dir, tmp_path, node_agents, app, notifyd, qtbot):
    logs = setup_files(plugin_dir, tmp_path, 6, account_selection_strategy="sticky", pid_offset_enabled=True)
    _hub, monitor, _notifier, events = app()
    agents = node_agents(3, strategy="sticky", pid_offset=True, log_dir=str(logs))
    start_on = {}
    for agent in agents:
        start_on[agent.pid] = agent.send("request", family="claude", model=CLAUDE)["selected"]
        agent.send("flush")
    qtbot.waitUntil(lambda: set(monitor.activity.accounts_by_pid()) >= {a.pid for a in agents}, timeout=5000)
    assert notifyd.calls() == []  # PID offset moves are by design: no toasts by default

    expected = []
    for agent in agents:
        before = agent.send("request", family="claude", model=CLAUDE)["selected"]
        agent.send("429", family="claude", model=CLAUDE, retry_after_ms=600_000, reason="QUOTA_EXHAUSTED")
        after = agent.send("request", family="claude", model=CLAUDE)["selected"]
        assert after != before
        agent.send("flush")
        expected.append((agent.pid, before, after))
        qtbot.waitUntil(lambda: len(notifyd.calls()) == len(expected), timeout=5000)

    qtbot.wait(1500)  # time for late duplicates (a second write of the same switch) to show up
    calls = notifyd.calls()
    assert len(calls) == 3, [c["summary"] for c in calls]
    for count, (call, (pid, before, after)) in enumerate(zip(calls, expected, strict=True), start=1):
        assert call["summary"] == f"Claude: now using {after}"
        run = f"{count} switches in " if count > 1 else ""  # one run: the family's switches in a row
        assert call["body"].startswith(f"{run}") and f"{before} is rate-limited until " in call["body"]
        assert call["body"].endswith(f"(OpenCode process {pid})")
        assert call["hints"]["urgency"] == 1
    switches = [e for e in events if e.kind == "switch" and e.reason == "rate-limited"]
    assert [(e.pid, e.before, e.after) for e in switches] == expected
    assert {pid: seen["claude"] for pid, seen in monitor.activity.accounts_by_pid().items()} == {
        pid: after for pid, _before, after in expected
    }


def test_without_the_debug_log_the_pool_file_alone_gives_the_toast(
    plugin_dir, tmp_path, node_agents, app, notifyd, qtbot
):
    write_pool(plugin_dir / "antigravity-accounts.json", [make_account(n) for n in range(3)])
    (plugin_dir / "antigravity.json").write_text(json.dumps({"account_selection_strategy": "sticky"}))
    _hub, _monitor, _notifier, _events = app()
    [agent] = node_agents(1, strategy="sticky")
    agent.send("request", family="claude", model=CLAUDE)
    agent.send("flush")
    agent.send("429", family="claude", model=CLAUDE, retry_after_ms=600_000, reason="QUOTA_EXHAUSTED")
    after = agent.send("request", family="claude", model=CLAUDE)["selected"]
    agent.send("flush")
    qtbot.waitUntil(lambda: len(notifyd.calls()) >= 1, timeout=5000)  # Qt's loop runs the file watcher
    [call] = notifyd.calls()
    assert call["summary"] == f"Claude: now using {after}"
    assert call["body"].startswith("user0@example.test is rate-limited until ")
    qtbot.wait(1500)
    assert len(notifyd.calls()) == 1


def test_two_switches_seconds_apart_each_show_within_a_second(plugin_dir, tmp_path, node_agents, app, notifyd, qtbot):
    """One OpenCode, sticky with PID offset, three accounts: its account is limited and it moves;
    4.5 s later the new one is limited and it moves again. Each move is on screen within 1 s,
    the second replacing the first, so the desktop never names an account the agent has left."""
    logs = setup_files(plugin_dir, tmp_path, 3, account_selection_strategy="sticky", pid_offset_enabled=True)
    hub, monitor, _notifier, _events = app()
    [agent] = node_agents(1, strategy="sticky", pid_offset=True, log_dir=str(logs))
    agent.send("request", family="claude", model=CLAUDE)
    agent.send("flush")
    qtbot.waitUntil(lambda: agent.pid in monitor.activity.accounts_by_pid(), timeout=5000)
    moves = []
    for step in range(2):
        if step:
            qtbot.wait(4500 - int((time.time() - moves[-1][0]) * 1000))
        before = agent.send("request", family="claude", model=CLAUDE)["selected"]
        agent.send("429", family="claude", model=CLAUDE, retry_after_ms=600_000, reason="QUOTA_EXHAUSTED")
        switched = time.time()  # the notification server stamps calls with the wall clock
        after = agent.send("request", family="claude", model=CLAUDE)["selected"]
        assert after != before
        moves.append((switched, before, after))
        qtbot.waitUntil(lambda: len(notifyd.calls()) == len(moves), timeout=3000)
    calls = notifyd.calls()
    for call, (switched, before, after) in zip(calls, moves, strict=True):
        assert call["summary"] == f"Claude: now using {after}"
        assert f"{before} is rate-limited until " in call["body"]
        assert call["received_at"] - switched < 1.0, (call["received_at"] - switched, call["body"])
    assert calls[1]["replaces_id"] == calls[0]["id"]
    assert re.match(r"2 switches in [45] s; the last: ", calls[1]["body"]), calls[1]["body"]

    # The history kept both switches with their reasons and the process, and the limits behind them
    # (those come with the plugin's save, about a second after each request).
    qtbot.waitUntil(lambda: sum(e.kind == "limited" for e in hub.history.events()) >= 2, timeout=5000)
    recorded = json.loads(run_cli("history", "--json", check=True).stdout)
    limited_moves = [
        (e["before"], e["after"], e["pid"]) for e in recorded if e["kind"] == "switch" and e["reason"] == "rate-limited"
    ]  # (the PID offset's move at the first request is recorded too, as a move by design)
    assert limited_moves == [(before, after, agent.pid) for _t, before, after in moves]
    limited = {e["before"] for e in recorded if e["kind"] == "limited" and e["reason"] == "rate-limited"}
    assert limited == {before for _t, before, _a in moves}
    summary = json.loads(run_cli("history", "--summary", "--json", check=True).stdout)
    rows = {row["account"]: row for row in summary["accounts"]}
    assert all(rows[before]["times_limited"] == 1 for _t, before, _a in moves)


def test_round_robin_under_load_gives_at_most_one_toast_per_interval(
    plugin_dir, tmp_path, node_agents, app, notifyd, qtbot
):
    setup_files(plugin_dir, tmp_path, 4, account_selection_strategy="round-robin")
    _hub, _monitor, _notifier, events = app(notify_rotation=True, notify_interval_seconds=2)
    agents = node_agents(3, strategy="round-robin")
    started = time.monotonic()
    for step in range(30):  # ~4 s of requests from three agents, saves landing about once a second
        agents[step % 3].send("request", family="claude", model=CLAUDE)
        qtbot.wait(130)
    for agent in agents:
        agent.send("flush")
    qtbot.wait(2500)  # the last interval ends and releases its summary
    elapsed = time.monotonic() - started
    rotations = [e for e in events if e.kind == "switch" and e.reason == "rotation"]
    assert len(rotations) >= 3, "the file's index moved many times"
    calls = notifyd.calls()
    assert 1 <= len(calls) <= int(elapsed / 2) + 1
    times = [c["received_at"] for c in calls]
    assert all(b - a >= 1.9 for a, b in itertools.pairwise(times)), times
    assert all(c["hints"]["urgency"] == 0 for c in calls)  # summaries of rotation are low urgency


def test_three_agents_without_the_debug_log_still_give_one_toast_per_switch(
    plugin_dir, node_agents, app, notifyd, qtbot
):
    """Without the log the file does not say who wrote it, and the agents' indices overwrite
    each other; a switch whose move another agent's write hides is reported when its wait ends."""
    write_pool(plugin_dir / "antigravity-accounts.json", [make_account(n) for n in range(6)])
    (plugin_dir / "antigravity.json").write_text(
        json.dumps({"account_selection_strategy": "sticky", "pid_offset_enabled": True})
    )
    _hub, _monitor, _notifier, events = app()
    agents = node_agents(3, strategy="sticky", pid_offset=True)
    for agent in agents:
        agent.send("request", family="claude", model=CLAUDE)
        agent.send("flush")
    qtbot.wait(1500)
    expected = []
    for agent in agents:
        before = agent.send("request", family="claude", model=CLAUDE)["selected"]
        agent.send("429", family="claude", model=CLAUDE, retry_after_ms=600_000, reason="QUOTA_EXHAUSTED")
        after = agent.send("request", family="claude", model=CLAUDE)["selected"]
        agent.send("flush")
        expected.append((before, after))
        qtbot.wait(1500)
    # Switches 1.5 s apart are a burst: the toast changes at most every few seconds and ends on
    # the latest state, counting all three.
    switches = lambda: [e for e in events if e.kind == "switch" and e.reason == "rate-limited"]  # noqa: E731
    qtbot.waitUntil(lambda: len(switches()) >= len(expected), timeout=15000)
    qtbot.wait(UPDATE_MS + 1000)
    calls = notifyd.calls()
    told = [c["summary"] + " | " + c["body"] for c in calls]
    assert sorted((e.before, e.after) for e in switches()) == sorted(expected), told
    last = switches()[-1]
    assert calls[-1]["summary"] == f"Claude: now using {last.after}", told
    seen = [(e.kind, e.reason, e.before, e.after) for e in events]  # what the monitor reported, if this fails
    assert calls[-1]["body"].startswith("3 switches in "), (told, seen)
    assert f"{last.before} is rate-limited" in calls[-1]["body"], (told, seen)
    times = [c["received_at"] for c in calls]
    assert all(b - a >= UPDATE_MS / 1000 - 0.2 for a, b in itertools.pairwise(times)), times
