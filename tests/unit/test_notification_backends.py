"""The notifier picked per system, and the macOS adapter over desktop-notifier's async API
(driven here by a stand-in with the same methods: the notification center exists only on macOS)."""

from __future__ import annotations

import asyncio
import threading

from antigravity_tray.platform import notifications
from antigravity_tray.platform.macos_notify import MacNotifier


class NotificationCenter:
    """desktop-notifier's DesktopNotifier as far as MacNotifier uses it, recording calls."""

    def __init__(self) -> None:
        self.shown: dict[str, dict] = {}
        self.cleared: list[str] = []
        self.threads: set[str] = set()
        self.sent = 0

    async def send(self, title, message, urgency=None, on_clicked=None):
        await asyncio.sleep(0)
        self.threads.add(threading.current_thread().name)
        self.sent += 1
        identifier = f"n{self.sent}"
        self.shown[identifier] = {"title": title, "message": message, "urgency": urgency, "on_clicked": on_clicked}
        return identifier

    async def clear(self, identifier):
        self.cleared.append(identifier)
        self.shown.pop(identifier, None)

    def click(self, identifier: str) -> None:
        self.shown[identifier]["on_clicked"]()


def test_a_replacing_toast_takes_the_old_one_away_and_a_click_reports_its_id():
    center = NotificationCenter()
    notifier = MacNotifier(center, {"critical": "CRIT"})
    clicks: list[tuple[int, str, str]] = []
    notifier.on_action(lambda toast, key: clicks.append((toast, key, threading.current_thread().name)))
    try:
        first = notifier.notify("Claude: now using bob", "alice is rate-limited", urgency="critical")
        second = notifier.notify("Claude: now using carol", "bob is rate-limited", replaces_id=first)
        other = notifier.notify("Gemini: now using dan", "")
        assert len({first, second, other}) == 3
        assert center.cleared == ["n1"] and sorted(center.shown) == ["n2", "n3"]
        assert center.shown["n2"]["title"] == "Claude: now using carol"
        assert center.threads == {"mac-notifications"}  # the async API runs on its own loop's thread
        center.click("n2")
        assert clicks == [(second, "default", "MainThread")]  # the stand-in clicks from here
    finally:
        notifier.close()
    assert not notifier._thread.is_alive()


def test_each_system_gets_its_notifier_or_a_reason_for_the_tray_icon():
    notifier, reason = notifications.connect("Antigravity Tray", None, platform="win32")
    assert notifier is None and "toasts" in reason
    mac, why = notifications.connect("Antigravity Tray", None, platform="darwin")
    # desktop-notifier is a macOS-only dependency: here it is missing, and that is said.
    assert (mac is None and "desktop-notifier" in why) or mac is not None
