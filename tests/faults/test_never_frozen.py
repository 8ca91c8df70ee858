"""Nothing the app does waits on the GUI thread (issue 14, item 4): settings written while
OpenCode holds the plugin's lock, slow process scans, a slow keyring, and changes applied
once OpenCode exits. Each test measures the event loop's worst lateness while the slow part
runs, and checks that the change the person asked for lands (or, cancelled, does not)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from antigravity_tray.core.agents import Agent
from antigravity_tray.core.services import Services
from antigravity_tray.core.vault import Vault
from antigravity_tray.live.hub import AppHub
from antigravity_tray.ui.accounts import actions as account_actions
from antigravity_tray.ui.accounts.prompts import AgentsChoice
from antigravity_tray.ui.accounts.window import AccountsWindow
from antigravity_tray.ui.settings.window import SettingsWindow
from antigravity_tray.ui.tray.controller import TrayController

from support.faults import WORST_LATENESS_MS, HeldLock, Lateness
from support.helpers import make_account, write_pool

SLOW_S = 0.6  # a process scan or keyring call this slow would show as a frozen window


class SlowScan:
    """A process list that takes SLOW_S to read (psutil on a busy machine can); records
    whether each scan ran on the GUI thread."""

    def __init__(self, agents: list[Agent] | None = None):
        self.agents = agents or []
        self.on_gui_thread: list[bool] = []

    def __call__(self) -> list[Agent]:
        self.on_gui_thread.append(threading.current_thread() is threading.main_thread())
        time.sleep(SLOW_S)
        return list(self.agents)


class Answers:
    """Answers the accounts window's questions and remembers them."""

    def __init__(self, agents: AgentsChoice = AgentsChoice.CANCEL):
        self.agents, self.asked = agents, []

    def agents_running(self, agents, change):
        self.asked.append(("agents", change))
        return self.agents

    def confirm(self, *args, **kwargs):
        self.asked.append(("confirm", args[1]))
        return True

    def problem(self, title, text):
        self.asked.append(("problem", f"{title}: {text}"))


@pytest.fixture
def made(qtbot):
    """Hubs and windows to delete on the GUI thread after the test."""
    objects: list = []
    yield objects
    for obj in reversed(objects):
        if isinstance(obj, AppHub):
            obj.shutdown()
        elif hasattr(obj, "close"):
            obj.close()
        shiboken6.delete(obj)


def settings(plugin_dir: Path) -> dict:
    return json.loads((plugin_dir / "antigravity.json").read_text())


def settings_window(qtbot, made, agents_source=list) -> SettingsWindow:
    hub = AppHub(Services(), agents_source=agents_source)
    window = SettingsWindow(hub)
    made += [hub, window]
    window.show()
    qtbot.waitExposed(window)
    return window


def accounts_window(qtbot, made, agents_source=list, prompts=None) -> AccountsWindow:
    hub = AppHub(Services(), agents_source=agents_source)
    window = AccountsWindow(hub, prompts=prompts or Answers(), open_url=lambda url: True)
    made += [hub, window]
    window.show()
    qtbot.waitExposed(window)
    return window


def report(probe: Lateness, what: str) -> float:
    worst = probe.stop()
    collections = f"; full garbage collections {[round(ms) for ms in probe.gc_pauses]} ms" if probe.gc_pauses else ""
    print(f"\n{what}: worst event-loop lateness {worst:.0f} ms over {len(probe.late)} ticks{collections}")
    return worst


# -- settings writes ---------------------------------------------------------------------------


def test_a_settings_save_waits_for_opencodes_lock_and_the_window_keeps_answering(qtbot, made, plugin_dir):
    (plugin_dir / "antigravity.json").write_text('{"debug": true}')
    window = settings_window(qtbot, made)
    page = window.plugin_page
    page.form.set_value("account_selection_strategy", "round-robin")
    saved: list = []
    page.saved.connect(saved.append)
    lock = HeldLock(plugin_dir / "antigravity.json")
    probe = Lateness()
    try:
        assert page.save()
        qtbot.waitUntil(page.cancel_save_button.isVisible, timeout=2000)
        assert page.status_banner.title.text() == "Waiting for OpenCode"
        assert "retrying to save account_selection_strategy" in page.status_banner.text.text()
        assert not page.form.isEnabled() and not page.save_button.isEnabled()  # what is saved stays what is shown
        qtbot.wait(2500)  # held and refreshed every second
        assert settings(plugin_dir) == {"debug": True} and not saved
    finally:
        lock.release()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    assert report(probe, "Settings Save while the lock was held") <= WORST_LATENESS_MS
    assert settings(plugin_dir) == {"debug": True, "account_selection_strategy": "round-robin"}
    assert page.status_banner.title.text() == "Saved" and page.form.isEnabled()
    assert not page.cancel_save_button.isVisible() and not window.form.has_changes()


def test_cancelling_a_waiting_save_keeps_the_file_and_the_edit(qtbot, made, plugin_dir):
    (plugin_dir / "antigravity.json").write_text('{"debug": true}')
    before = (plugin_dir / "antigravity.json").read_bytes()
    window = settings_window(qtbot, made)
    page = window.plugin_page
    page.form.set_value("account_selection_strategy", "sticky")
    lock = HeldLock(plugin_dir / "antigravity.json")
    try:
        assert page.save()
        qtbot.waitUntil(page.cancel_save_button.isVisible, timeout=2000)
        started = time.monotonic()
        qtbot.mouseClick(page.cancel_save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.cancel_save_button.isVisible(), timeout=2000)
        assert time.monotonic() - started < 1.0
    finally:
        lock.release()
    assert page.status_banner.text.text() == "Cancelled: nothing was saved."
    assert (plugin_dir / "antigravity.json").read_bytes() == before
    assert window.form.has_changes() and page.save_button.isEnabled()  # Save again when OpenCode is done


def test_the_tray_says_a_setting_waits_and_offers_to_cancel_it(qtbot, made, plugin_dir):
    (plugin_dir / "antigravity.json").write_text('{"account_selection_strategy": "hybrid"}')
    before = (plugin_dir / "antigravity.json").read_bytes()
    hub = AppHub(Services(), agents_source=list)
    tray = TrayController(hub, lambda name: None, lambda: None, dark_panel=lambda: True)
    made += [hub, tray]
    lock = HeldLock(plugin_dir / "antigravity.json")
    probe = Lateness()
    try:
        tray.actions["strategy:round-robin"].trigger()
        qtbot.waitUntil(lambda: "cancel_write" in tray.actions, timeout=2000)
        rows = [action.text() for action in tray.menu.actions()]
        assert "OpenCode is writing the file; retrying to set the strategy to round-robin…" in rows
        qtbot.wait(1500)
        with qtbot.waitSignal(hub.writeFinished, timeout=2000):
            tray.actions["cancel_write"].trigger()
    finally:
        lock.release()
    assert report(probe, "tray strategy change while the lock was held") <= WORST_LATENESS_MS
    assert (plugin_dir / "antigravity.json").read_bytes() == before
    assert "cancel_write" not in tray.actions and tray.actions["strategy:hybrid"].isChecked()
    with qtbot.waitSignal(hub.writeFinished, timeout=5000):  # and once OpenCode is done, it works
        tray.actions["strategy:round-robin"].trigger()
    assert settings(plugin_dir) == {"account_selection_strategy": "round-robin"}


# -- process scans -------------------------------------------------------------------------------


def test_slow_process_scans_run_off_the_gui_thread(qtbot, made, plugin_dir):
    write_pool(plugin_dir / "antigravity-accounts.json", [make_account(1), make_account(2)])
    scan = SlowScan([Agent(4242, time.time() - 60, str(plugin_dir))])
    answers = Answers(AgentsChoice.CANCEL)
    hub = AppHub(Services(), agents_source=scan)  # its first scan
    accounts = AccountsWindow(hub, prompts=answers, open_url=lambda url: True)
    settings = SettingsWindow(hub)  # built before the probe starts: building a window is not a scan
    made.extend([hub, accounts, settings])
    probe = Lateness()
    accounts.show()  # one look at the process list
    qtbot.waitExposed(accounts)
    assert accounts.select_email("user1@example.test")
    accounts.actions_.toggle.trigger()  # asks whether to wait for OpenCode: needs a fresh list
    assert answers.asked == [("agents", "disable user1@example.test")]
    settings.show()  # its project-file warnings look at the processes
    qtbot.waitExposed(settings)
    qtbot.waitUntil(lambda: len(scan.on_gui_thread) >= 4, timeout=5000)
    qtbot.wait(int(SLOW_S * 1000) + 200)
    assert report(probe, f"{len(scan.on_gui_thread)} process scans of {SLOW_S} s each") <= WORST_LATENESS_MS
    assert scan.on_gui_thread and not any(scan.on_gui_thread)
    assert [agent.pid for agent in hub.agents] == [4242]
    assert "user1@example.test" in (plugin_dir / "antigravity-accounts.json").read_text()


def test_the_monitor_rescans_a_stale_process_list_off_the_gui_thread_and_keeps_events_in_order(qtbot, made, plugin_dir):
    pool = plugin_dir / "antigravity-accounts.json"
    accounts = [make_account(n, email=f"{name}@example.test") for n, name in enumerate(["alice", "bob", "carol"])]

    def plugin_moves_to(index: int) -> None:  # as the plugin writes: a temp file renamed over the pool
        write_pool(pool.with_name("pool.tmp"), accounts, activeIndexByFamily={"claude": index, "gemini": 0})
        with qtbot.waitSignal(hub.poolChanged, timeout=2000):
            pool.with_name("pool.tmp").replace(pool)

    write_pool(pool, accounts, activeIndexByFamily={"claude": 0, "gemini": 0})
    (plugin_dir / "antigravity.json").write_text('{"account_selection_strategy": "sticky"}')
    offset = [0.0]
    gate = threading.Event()
    scan = SlowScan()
    hub = AppHub(Services(), agents_source=lambda: gate.wait(10) and scan(), clock=lambda: time.time() + offset[0])
    made.append(hub)
    events: list = []
    hub.monitor.accountEvent.connect(events.append)
    gate.set()
    qtbot.waitUntil(lambda: not hub.scanning, timeout=5000)  # the hub's first scan
    gate.clear()
    offset[0] = 10.0  # the process list the monitor holds is now 10 s old: the next input rescans
    probe = Lateness()
    plugin_moves_to(1)
    plugin_moves_to(2)  # arrives while the rescan runs: it waits its turn
    qtbot.wait(300)
    assert events == [] and hub.scanning  # both wait for the process list
    gate.set()
    qtbot.waitUntil(lambda: len(events) >= 2, timeout=5000)
    worst = report(probe, "monitor rescan")
    assert worst <= WORST_LATENESS_MS, (worst, probe.late, probe.gc_pauses)
    assert scan.on_gui_thread == [False, False]  # the hub's first scan, and the monitor's rescan
    moves = [(event.before, event.after) for event in events]
    assert moves == [("alice@example.test", "bob@example.test"), ("bob@example.test", "carol@example.test")]


# -- the keyring ----------------------------------------------------------------------------------


def test_a_slow_keyring_never_freezes_restore_or_remove(qtbot, made, plugin_dir, memory_keyring):
    pool = plugin_dir / "antigravity-accounts.json"
    write_pool(pool, [make_account(1), make_account(2)])
    Vault().sync_from_pool(Services().pool_store().read().accounts)
    write_pool(pool, [make_account(2)])  # user1 lost from the pool; the vault still has it
    answers = Answers()
    window = accounts_window(qtbot, made, prompts=answers)
    memory_keyring.delay = SLOW_S
    probe = Lateness()
    window.actions_.restore.trigger()
    qtbot.waitUntil(lambda: not window.hub.writing_pool, timeout=5000)
    qtbot.waitUntil(lambda: "Restored 1 account from the vault" in window.status_text, timeout=5000)
    assert window.select_email("user2@example.test")
    window.actions_.remove.trigger()  # confirms, then asks the vault whether it holds user2
    qtbot.waitUntil(lambda: "forgotten in the vault" in window.status_text, timeout=10_000)
    assert report(probe, f"restore and remove with a keyring taking {SLOW_S} s a call") <= WORST_LATENESS_MS
    assert [kind for kind, _ in answers.asked] == ["confirm", "confirm"]  # remove? forget in the vault too?
    assert {e.email for e in Vault().entries()} == {"user1@example.test"}
    assert "user2@example.test" not in pool.read_text() and "user1@example.test" in pool.read_text()


def test_a_keyring_that_never_answers_is_given_up_and_explained(qtbot, made, plugin_dir, memory_keyring, monkeypatch):
    write_pool(plugin_dir / "antigravity-accounts.json", [make_account(1)])
    monkeypatch.setattr(account_actions, "KEYRING_TIMEOUT_MS", 500)
    memory_keyring.delay = 5.0  # an unlock prompt nobody answers
    answers = Answers()
    window = accounts_window(qtbot, made, prompts=answers)
    probe = Lateness()
    started = time.monotonic()
    window.actions_.restore.trigger()
    assert time.monotonic() - started < 2.0
    assert report(probe, "restore with a keyring that never answers") <= WORST_LATENESS_MS
    [(kind, text)] = answers.asked
    assert kind == "problem" and "The vault is not available" in text
    assert "the system keyring did not answer (no answer within 0.5 s)" in text
    assert window.actions_.restore.isEnabled()  # the app goes on; Restore can be tried again


# -- changes applied when OpenCode exits ------------------------------------------------------------


def test_a_change_applied_when_opencode_exits_waits_for_the_lock_off_the_gui_thread(qtbot, made, plugin_dir):
    pool = plugin_dir / "antigravity-accounts.json"
    write_pool(pool, [make_account(1), make_account(2)])
    opencode = subprocess.Popen(["sleep", "1.5"])
    agents = lambda: [Agent(opencode.pid, time.time(), None)] if opencode.poll() is None else []  # noqa: E731
    window = accounts_window(qtbot, made, agents, Answers(AgentsChoice.WHEN_EXITED))
    try:
        assert window.select_email("user1@example.test")
        window.actions_.toggle.trigger()
        assert window.hub.pending and not window.hub.writing_pool
        lock = HeldLock(pool)  # OpenCode's last write as it exits, say, or another OpenCode's
        probe = Lateness()
        try:
            qtbot.waitUntil(window.cancel_write.isVisible, timeout=5000)  # OpenCode exited; the write waits
            assert "retrying to disable user1@example.test" in window.status_text
            qtbot.wait(1500)
            assert json.loads(pool.read_text())["accounts"][0].get("enabled", True) is True
        finally:
            lock.release()
        qtbot.waitUntil(lambda: "this was applied: disable user1@example.test" in window.status_text, timeout=5000)
        assert report(probe, "a deferred change waiting for the lock") <= WORST_LATENESS_MS
        assert json.loads(pool.read_text())["accounts"][0]["enabled"] is False
        assert not window.hub.pending and not window.cancel_write.isVisible()
    finally:
        opencode.kill()
        opencode.wait()


# -- the notification server -------------------------------------------------------------------------


class Balloons:
    """Stands in for the tray icon's own messages (offscreen Qt has no tray)."""

    def __init__(self):
        from PySide6.QtCore import QObject, Signal

        class _Signals(QObject):
            messageClicked = Signal()

        self._signals = _Signals()
        self.messageClicked = self._signals.messageClicked
        self.shown: list[str] = []

    def isVisible(self) -> bool:
        return True

    def showMessage(self, title, body, icon, msecs) -> None:
        self.shown.append(title)


def test_a_hung_notification_server_delays_toasts_but_never_the_app(qtbot, made, plugin_dir, notifyd):
    """dunst stopped (SIGSTOP) takes every Notify call to its 2 s timeout; the toast then shows
    as the tray's balloon, and once the server runs again the next toast goes to it."""
    from antigravity_tray.core.switches import ALL_LIMITED, RATE_LIMITED, SWITCH, AccountEvent
    from antigravity_tray.platform.dbus_notify import DBusNotifier
    from antigravity_tray.ui.notifier import Notifier

    now = time.time() * 1000
    services = Services()
    services.preferences.set("notify_interval_seconds", 0)
    hub = AppHub(services, agents_source=list)
    balloons = Balloons()
    notifier = Notifier(hub, lambda name: None, balloons, desktop=lambda: DBusNotifier.connect(icon="app"))
    made.append(hub)
    try:
        notifier.offer(AccountEvent(SWITCH, now, "claude", "a@x.test", "b@x.test", RATE_LIMITED, now + 600_000))
        qtbot.waitUntil(lambda: len(notifyd.calls()) == 1, timeout=5000)
        os.kill(notifyd.process.pid, signal.SIGSTOP)
        try:
            probe = Lateness()
            started = time.monotonic()
            notifier.offer(AccountEvent(SWITCH, now, "gemini", "a@x.test", "c@x.test", RATE_LIMITED, now + 600_000))
            qtbot.waitUntil(lambda: bool(balloons.shown), timeout=5000)
            waited = time.monotonic() - started
            assert report(probe, f"a toast to a hung server (balloon after {waited:.1f} s)") <= WORST_LATENESS_MS
            assert balloons.shown == ["Gemini: now using c@x.test"]
        finally:
            os.kill(notifyd.process.pid, signal.SIGCONT)
        notifier.offer(AccountEvent(ALL_LIMITED, now, "claude", until_ms=now + 60_000))
        qtbot.waitUntil(lambda: notifyd.calls()[-1]["summary"] == "Claude: every account is limited", timeout=5000)
        assert balloons.shown == ["Gemini: now using c@x.test"]  # the server took it
    finally:
        notifier.close()
