"""While OpenCode holds the plugin's lock, the accounts window keeps answering: the write waits
on a worker thread, the window says so and offers Cancel, and the change lands once the lock
is free. The event loop's lateness is measured the whole time."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from antigravity_tray.core.services import Services
from antigravity_tray.live.hub import AppHub
from antigravity_tray.ui.accounts.window import AccountsWindow

from support.faults import WORST_LATENESS_MS, HeldLock, Lateness
from support.helpers import make_account, write_pool


class Prompts:
    """No OpenCode runs, so nothing is asked; a problem would fail the test."""

    def agents_running(self, agents, change):
        raise AssertionError("no OpenCode runs here")

    def confirm(self, *args, **kwargs):
        return True

    def problem(self, title, text):
        raise AssertionError(f"{title}: {text}")


@pytest.fixture
def window(qtbot, plugin_dir):
    write_pool(plugin_dir / "antigravity-accounts.json", [make_account(1), make_account(2)])
    hub = AppHub(Services(), agents_source=list)
    shown = AccountsWindow(hub, prompts=Prompts(), open_url=lambda url: True)
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.select_email("user2@example.test")
    yield shown
    shown.close()
    hub.shutdown()
    shiboken6.delete(shown)
    shiboken6.delete(hub)


def enabled(plugin_dir: Path) -> bool:
    return json.loads((plugin_dir / "antigravity-accounts.json").read_text())["accounts"][1].get("enabled", True)


def test_a_held_lock_never_freezes_the_window_and_the_change_lands_when_it_frees(window, plugin_dir, qtbot):
    lock = HeldLock(plugin_dir / "antigravity-accounts.json")
    probe = Lateness()
    try:
        window.actions_.toggle.trigger()  # Disable user2
        qtbot.waitUntil(lambda: window.cancel_write.isVisible(), timeout=2000)
        assert "OpenCode is writing the pool file; retrying to disable user2@example.test" in window.status_text
        assert not window.actions_.toggle.isEnabled()  # one change at a time
        qtbot.wait(2500)  # the lock stays held, refreshed every second; the window keeps answering
        assert enabled(plugin_dir) is True and window.hub.writing_pool
    finally:
        lock.release()
    qtbot.waitUntil(lambda: not window.hub.writing_pool, timeout=5000)
    worst = probe.stop()
    print(f"\nworst event-loop lateness while the lock was held: {worst:.0f} ms over {len(probe.late)} ticks")
    assert worst <= WORST_LATENESS_MS
    assert enabled(plugin_dir) is False
    assert "is disabled" in window.status_text and not window.cancel_write.isVisible()
    assert window.actions_.toggle.isEnabled() and window.actions_.toggle.text() == "Enable"


def test_cancel_gives_up_at_once_and_changes_nothing(window, plugin_dir, qtbot):
    before = (plugin_dir / "antigravity-accounts.json").read_bytes()
    lock = HeldLock(plugin_dir / "antigravity-accounts.json")
    try:
        window.actions_.toggle.trigger()
        qtbot.waitUntil(lambda: window.cancel_write.isVisible(), timeout=2000)
        started = time.monotonic()
        qtbot.mouseClick(window.cancel_write, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.hub.writing_pool, timeout=2000)
        assert time.monotonic() - started < 1.0
        assert window.status_text == "Cancelled: nothing was changed." and not window.cancel_write.isVisible()
    finally:
        lock.release()
    assert (plugin_dir / "antigravity-accounts.json").read_bytes() == before
    assert not lock.path.exists()
