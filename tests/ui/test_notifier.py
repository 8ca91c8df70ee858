"""The app's notifier: D-Bus toasts replace each other per family and a click opens the
accounts window; with no notification server, the tray's own balloon is used."""

from __future__ import annotations

import time

from antigravity_tray.core.services import Services
from antigravity_tray.core.switches import ALL_LIMITED, RATE_LIMITED, SWITCH, AccountEvent
from antigravity_tray.core.toasts import UPDATE_MS
from antigravity_tray.live.hub import AppHub
from antigravity_tray.platform.dbus_notify import DBusNotifier
from antigravity_tray.ui.notifier import Notifier

NOW = 1_800_000_000_000.0


def switch(after: str, family: str = "claude") -> AccountEvent:
    return AccountEvent(SWITCH, NOW, family, "alice@example.com", after, RATE_LIMITED, NOW + 600_000)


def make(plugin_dir, desktop, tray=None):
    services = Services()
    services.preferences.set("notify_interval_seconds", 0)
    hub = AppHub(services, agents_source=list)
    opened = []
    notifier = Notifier(hub, opened.append, tray, desktop=desktop)
    return hub, notifier, opened


def test_toasts_replace_per_family_and_a_click_opens_accounts(plugin_dir, notifyd, qtbot):
    hub, notifier, opened = make(plugin_dir, lambda: DBusNotifier.connect(icon="app"))
    try:
        notifier.offer(switch("bob@example.com"))
        notifier.offer(switch("dan@example.com", family="gemini"))
        notifier.offer(AccountEvent(ALL_LIMITED, NOW, "claude", until_ms=NOW + 60_000))
        calls = notifyd.wait_for(lambda calls: len(calls) == 3)
        claude_id = calls[0]["id"]
        assert [c["replaces_id"] for c in calls] == [0, 0, claude_id]
        assert calls[1]["id"] != claude_id
        assert calls[2]["summary"] == "Claude: every account is limited" and calls[2]["hints"]["urgency"] == 2
        notifyd.click(claude_id)
        qtbot.waitUntil(lambda: opened == ["accounts"], timeout=3000)
    finally:
        notifier.close()
        hub.shutdown()


def test_a_switch_right_after_another_replaces_it_when_the_short_window_ends(plugin_dir, notifyd, qtbot):
    hub, notifier, _opened = make(plugin_dir, lambda: DBusNotifier.connect(icon="app"))
    try:
        notifier.offer(switch("bob@example.com"))
        notifier.offer(switch("carol@example.com"))
        first = notifyd.wait_for(lambda calls: len(calls) == 1)[0]
        started = time.monotonic()
        qtbot.waitUntil(lambda: len(notifyd.calls()) == 2, timeout=UPDATE_MS + 2000)  # the notifier's timer
        assert time.monotonic() - started < UPDATE_MS / 1000 + 1
        second = notifyd.calls()[1]
        assert second["replaces_id"] == first["id"]
        assert second["summary"] == "Claude: now using carol@example.com"
        assert second["body"].startswith("2 switches in ")
        qtbot.wait(UPDATE_MS + 500)
        assert len(notifyd.calls()) == 2  # nothing more was waiting
    finally:
        notifier.close()
        hub.shutdown()


class Balloons:
    """Stands in for the QSystemTrayIcon: offscreen Qt has no tray to show balloons in."""

    def __init__(self):
        self.shown = []
        from PySide6.QtCore import QObject, Signal

        class _Signals(QObject):
            messageClicked = Signal()

        self._signals = _Signals()
        self.messageClicked = self._signals.messageClicked

    def isVisible(self) -> bool:
        return True

    def showMessage(self, title, body, icon, msecs) -> None:
        self.shown.append((title, body))


def test_without_a_notification_server_the_tray_balloon_shows_the_toast(plugin_dir, qtbot):
    tray = Balloons()
    hub, notifier, opened = make(plugin_dir, lambda: None, tray)
    notifier.offer(switch("bob@example.com"))
    assert tray.shown == [("Claude: now using bob@example.com", tray.shown[0][1])] and tray.shown[0][1].startswith(
        "alice@example.com is rate-limited until "
    )
    tray.messageClicked.emit()
    assert opened == ["accounts"]
    hub.shutdown()


def test_a_broken_server_falls_back_to_the_balloon(plugin_dir, qtbot):
    class Broken:
        def on_action(self, _callback):
            pass

        def notify(self, *args, **kwargs):
            raise RuntimeError("gone")

        def close(self):
            pass

    tray = Balloons()
    hub, notifier, _opened = make(plugin_dir, Broken, tray)
    notifier.offer(switch("bob@example.com"))
    qtbot.waitUntil(lambda: len(tray.shown) == 1, timeout=2000)  # once the sender thread's call failed
    notifier.close()
    hub.shutdown()


def test_when_the_notification_server_quits_the_balloon_shows_and_its_return_is_used(
    plugin_dir, notifyd, qtbot, tmp_path
):
    from support.notify import FakeNotifyd, start_notifyd

    tray = Balloons()
    hub, notifier, _opened = make(plugin_dir, lambda: DBusNotifier.connect(icon="app"), tray)
    try:
        notifier.offer(switch("bob@example.com"))
        notifyd.wait_for(lambda calls: len(calls) == 1)
        notifyd.stop()  # the desktop's notification daemon quits
        notifier.offer(switch("carol@example.com", family="gemini"))
        qtbot.waitUntil(lambda: bool(tray.shown), timeout=3000)
        assert [title for title, _body in tray.shown] == ["Gemini: now using carol@example.com"]
        back = FakeNotifyd(
            tmp_path / "back.jsonl",
            notifyd.address,
            "targeted",
            start_notifyd(notifyd.address, tmp_path / "back.jsonl"),
        )
        try:
            notifier.offer(AccountEvent(ALL_LIMITED, NOW, "claude", until_ms=NOW + 60_000))
            calls = back.wait_for(lambda calls: len(calls) == 1)
            assert calls[0]["summary"] == "Claude: every account is limited" and len(tray.shown) == 1
        finally:
            back.stop()
    finally:
        notifier.close()
        hub.shutdown()
