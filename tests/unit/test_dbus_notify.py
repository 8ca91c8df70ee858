"""Toasts over D-Bus (platform/dbus_notify.py), against a fake server on a private bus."""

from __future__ import annotations

import threading

import pytest

from antigravity_tray.platform.dbus_notify import DBusNotifier


@pytest.fixture
def notifier(notifyd):
    sender = DBusNotifier.connect(app_name="Antigravity Tray", icon="/icons/app.svg")
    assert sender is not None
    yield sender
    sender.close()


def test_a_toast_arrives_with_the_types_and_hints_servers_expect(notifier, notifyd):
    toast_id = notifier.notify("Claude: now using bob@example.com", "alice@example.com is rate-limited until 11:30.",
                               urgency="critical", actions={"default": "Open accounts"}, category="network")
    [call] = notifyd.wait_for(lambda calls: len(calls) == 1)
    assert call["signature"] == "susssasa{sv}i"
    assert (call["app_name"], call["app_icon"], call["id"]) == ("Antigravity Tray", "/icons/app.svg", toast_id)
    assert call["summary"] == "Claude: now using bob@example.com"
    assert call["actions"] == ["default", "Open accounts"]
    assert call["hints"] == {"urgency": 2, "desktop-entry": "antigravity-tray", "category": "network"}
    assert notifier.server_info()[0] == "fake-notifyd" and "actions" in notifier.capabilities()


def test_a_newer_toast_replaces_the_older_one(notifier, notifyd):
    first = notifier.notify("one", "body")
    second = notifier.notify("two", "body", replaces_id=first)
    other = notifier.notify("gemini", "body")
    assert second == first and other != first
    calls = notifyd.wait_for(lambda calls: len(calls) == 3)
    assert [c["replaces_id"] for c in calls] == [0, first, 0]


def test_a_click_on_our_toast_reaches_the_callback_and_others_do_not(notifier, notifyd):
    clicks, arrived = [], threading.Event()
    notifier.on_action(lambda toast_id, key: (clicks.append((toast_id, key)), arrived.set()))
    ours = notifier.notify("ours", "body", actions={"default": "Open"})
    notifyd.click(ours + 100)  # an id we never sent: another app's toast
    notifyd.click(ours)
    assert arrived.wait(5)
    assert clicks == [(ours, "default")]


def test_close_stops_the_listener(notifyd):
    sender = DBusNotifier.connect()
    sender.on_action(lambda *_: None)
    listener = sender._listener
    sender.close()
    assert not listener.is_alive()


def test_no_server_and_no_bus_are_reasons_not_errors(session_bus, monkeypatch):
    notifier, reason = DBusNotifier.probe()
    assert notifier is None and "no notification server" in reason
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    notifier, reason = DBusNotifier.probe()
    assert notifier is None and "no D-Bus session bus" in reason
