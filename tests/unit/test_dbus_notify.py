"""Toasts over D-Bus (platform/dbus_notify.py), against the fake server (tests/support/notifyd.py) on a
private bus, and once against real dunst when it is installed."""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from jeepney import DBusAddress, MessageType, new_method_call, new_signal
from jeepney.io.blocking import open_dbus_connection

from antigravity_tray.platform.dbus_notify import DBusNotifier, NotifyError

from support.dbus import start_session_bus
from support.helpers import stop_process
from support.notify import FakeNotifyd, require_dbus_daemon, start_notifyd

NOTIFICATIONS = DBusAddress(
    "/org/freedesktop/Notifications",
    bus_name="org.freedesktop.Notifications",
    interface="org.freedesktop.Notifications",
)


@pytest.fixture
def notifier(notifyd):
    sender = DBusNotifier.connect(app_name="Antigravity Tray", icon="/usr/share/icons/antigravity-tray.png")
    assert sender is not None
    yield sender
    sender.close()


class Clicks:
    """Records what the on_action callback receives, and on which thread."""

    def __init__(self):
        self.seen: list[tuple[int, str]] = []
        self.threads: set[str] = set()
        self._changed = threading.Condition()

    def __call__(self, toast_id: int, action_key: str) -> None:
        with self._changed:
            self.seen.append((toast_id, action_key))
            self.threads.add(threading.current_thread().name)
            self._changed.notify_all()

    def wait_for(self, count: int, timeout: float = 5.0) -> list[tuple[int, str]]:
        with self._changed:
            assert self._changed.wait_for(lambda: len(self.seen) >= count, timeout), f"only {self.seen}"
            return list(self.seen)


def another_app_notifies(address: str) -> int:
    """A toast from some other program on the same bus; returns its id."""
    with open_dbus_connection(bus=address) as connection:
        reply = connection.send_and_get_reply(
            new_method_call(
                NOTIFICATIONS,
                "Notify",
                "susssasa{sv}i",
                ("Other App", 0, "", "other", "body", ["default", "Open"], {}, -1),
            ),
            timeout=5,
        )
    return reply.body[0]


# -- what goes over the wire ------------------------------------------------------------


def test_a_toast_arrives_with_the_types_and_hints_servers_expect(notifier, notifyd):
    toast_id = notifier.notify(
        "Claude: now using bob@example.com",
        "alice@example.com is rate-limited until 11:30.",
        urgency="critical",
        actions={"default": "Open accounts"},
        category="network",
        timeout_ms=8000,
    )
    [call] = notifyd.wait_for(lambda calls: len(calls) == 1)
    assert call["signature"] == "susssasa{sv}i"
    assert call["id"] == toast_id and call["replaces_id"] == 0
    assert (call["app_name"], call["app_icon"]) == ("Antigravity Tray", "/usr/share/icons/antigravity-tray.png")
    assert (call["summary"], call["body"]) == (
        "Claude: now using bob@example.com",
        "alice@example.com is rate-limited until 11:30.",
    )
    assert call["actions"] == ["default", "Open accounts"]
    assert call["hints"] == {"urgency": 2, "desktop-entry": "antigravity-tray", "category": "network"}
    assert call["hint_types"] == {"urgency": "y", "desktop-entry": "s", "category": "s"}  # urgency is a byte
    assert call["expire_timeout"] == 8000


def test_urgency_levels_and_defaults(notifier, notifyd):
    for urgency in ("low", "normal", "critical"):
        notifier.notify(urgency, "body", urgency=urgency)
    notifier.notify("defaults", "body")
    calls = notifyd.wait_for(lambda calls: len(calls) == 4)
    assert [c["hints"]["urgency"] for c in calls] == [0, 1, 2, 1]
    defaults = calls[3]
    assert defaults["hints"] == {"urgency": 1, "desktop-entry": "antigravity-tray"}  # no category unless given
    assert defaults["actions"] == [] and defaults["expire_timeout"] == -1
    with pytest.raises(KeyError):
        notifier.notify("x", "y", urgency="urgent")


def test_a_newer_toast_replaces_the_older_one(notifier, notifyd):
    first = notifier.notify("Claude: now using bob", "body")
    second = notifier.notify("Claude: now using carol", "body", replaces_id=first)
    other = notifier.notify("Gemini: now using dan", "body")
    assert second == first and other != first
    calls = notifyd.wait_for(lambda calls: len(calls) == 3)
    assert [(c["replaces_id"], c["id"]) for c in calls] == [(0, first), (first, first), (0, other)]


def test_server_information_and_capabilities(notifier):
    assert notifier.server_info() == ("fake-notifyd", "antigravity-tray tests", "1.0", "1.2")
    assert notifier.capabilities() == ["body", "actions"]


# -- clicks -----------------------------------------------------------------------------


@pytest.mark.parametrize("notifyd", ["targeted", "broadcast"], indirect=True)  # dunst's way / others' way
def test_a_click_on_our_toast_reaches_the_callback_on_the_listener_thread(notifier, notifyd):
    clicks = Clicks()
    notifier.on_action(clicks)
    first = notifier.notify("first", "body", actions={"default": "Open"})
    notifyd.click(first)
    assert clicks.wait_for(1) == [(first, "default")]
    second = notifier.notify("second", "body", actions={"default": "Open", "snooze": "Snooze"})
    notifyd.click(second, "snooze")
    # Signals from one sender arrive in order: a doubled first click would show up before this one.
    assert clicks.wait_for(2) == [(first, "default"), (second, "snooze")]
    assert clicks.threads == {notifier.listener.name} and notifier.listener is not threading.current_thread()


@pytest.mark.parametrize("notifyd", ["broadcast"], indirect=True)  # targeted ones would not reach us at all
def test_clicks_on_other_apps_toasts_are_ignored(notifier, notifyd):
    clicks = Clicks()
    notifier.on_action(clicks)
    theirs = another_app_notifies(notifyd.address)
    ours = notifier.notify("ours", "body", actions={"default": "Open"})
    assert theirs != ours
    notifyd.click(theirs)
    notifyd.click(ours)
    assert clicks.wait_for(1) == [(ours, "default")]
    closed_too = notifier.notify("after", "body", actions={"default": "Open"})
    notifyd.click(closed_too)
    assert clicks.wait_for(2) == [(ours, "default"), (closed_too, "default")]


@pytest.mark.parametrize("notifyd", ["broadcast"], indirect=True)
def test_after_a_server_restart_its_new_ids_are_not_taken_for_our_old_ones(notifier, notifyd, tmp_path):
    clicks = Clicks()
    notifier.on_action(clicks)
    ours = notifier.notify("ours", "body", actions={"default": "Open"})
    notifyd.click(ours)  # closed by the click: no longer ours to watch
    assert clicks.wait_for(1) == [(ours, "default")]
    notifyd.stop()  # the desktop's notification daemon restarts and numbers from 1 again
    restarted = FakeNotifyd(
        tmp_path / "restarted.jsonl",
        notifyd.address,
        "broadcast",
        start_notifyd(notifyd.address, tmp_path / "restarted.jsonl", "broadcast"),
    )
    try:
        theirs = another_app_notifies(notifyd.address)
        assert theirs == ours
        restarted.click(theirs)
        later = notifier.notify("later", "body", actions={"default": "Open"})
        restarted.click(later)
        assert clicks.wait_for(2) == [(ours, "default"), (later, "default")]
    finally:
        restarted.stop()


def test_look_alike_signals_from_other_clients_are_ignored(notifier, notifyd):
    clicks = Clicks()
    notifier.on_action(clicks)
    ours = notifier.notify("ours", "body", actions={"default": "Open"})
    with open_dbus_connection(bus=notifyd.address) as impostor:
        impostor.send(new_signal(NOTIFICATIONS, "ActionInvoked", "us", (ours, "impostor")))
        impostor.send_and_get_reply(
            new_method_call(  # the bus has routed the signal once this returns
                DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus"), "GetId"
            ),
            timeout=5,
        )
    notifyd.click(ours)
    assert clicks.wait_for(1) == [(ours, "default")]


def test_a_failing_callback_does_not_end_click_handling(notifier, notifyd):
    clicks = Clicks()

    def broken_then_working(toast_id, key):
        clicks(toast_id, key)
        if len(clicks.seen) == 1:
            raise RuntimeError("a bug in the handler")

    notifier.on_action(broken_then_working)
    ids = [notifier.notify(f"toast {n}", "body", actions={"default": "Open"}) for n in range(2)]
    for toast_id in ids:
        notifyd.click(toast_id)
    assert clicks.wait_for(2) == [(ids[0], "default"), (ids[1], "default")]


def test_close_stops_the_listener_thread(notifyd):
    sender = DBusNotifier.connect()
    sender.on_action(lambda *_: None)
    listener = sender.listener
    assert listener.is_alive()
    sender.close()
    assert not listener.is_alive()
    sender.close()  # twice is fine
    with pytest.raises(NotifyError, match="closed"):
        sender.notify("after close", "body")


# -- no server, no bus, lost bus --------------------------------------------------------


def test_no_notification_server_is_a_reason_not_an_error(session_bus):
    notifier, reason = DBusNotifier.probe()
    assert notifier is None and reason == "no notification server on the session bus"
    assert DBusNotifier.connect() is None


@pytest.mark.parametrize(
    "address",
    [
        None,
        "unix:path=/nonexistent/bus",
        "not an address",
        "tcp:host=localhost,port=1",
        "unix:abstract=/agt/nobody-listens",
    ],
)
def test_no_session_bus_is_a_reason_not_an_error(monkeypatch, address):
    if address is None:
        monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    else:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    notifier, reason = DBusNotifier.probe()
    assert notifier is None and reason.startswith("no D-Bus session bus (")
    assert DBusNotifier.connect() is None


def test_a_server_that_quits_gives_a_notify_error(notifier, notifyd):
    notifier.notify("before", "body")
    notifyd.stop()
    with pytest.raises(NotifyError, match=r"Notify refused: org\.freedesktop\.DBus\.Error\.ServiceUnknown"):
        notifier.notify("after", "body")


def test_a_lost_bus_is_a_notify_error_and_a_later_call_reconnects(monkeypatch, tmp_path):
    require_dbus_daemon()
    folder = Path(tempfile.mkdtemp(prefix="agt-bus-"))
    address = f"unix:path={folder}/bus"
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    bus, _ = start_session_bus(folder, address=address)
    server = start_notifyd(address, tmp_path / "first.jsonl")
    notifier = DBusNotifier.connect()
    try:
        clicks = Clicks()
        notifier.on_action(clicks)
        notifier.notify("before", "body", actions={"default": "Open"})
        stop_process(bus)  # the session ends under us (the fake goes with it)
        with pytest.raises(NotifyError, match=r"lost the session bus|no D-Bus session bus"):
            notifier.notify("while the bus is gone", "body")

        bus, _ = start_session_bus(folder, address=address)  # a new session at the same address
        fake = FakeNotifyd(
            tmp_path / "second.jsonl", address, "targeted", start_notifyd(address, tmp_path / "second.jsonl")
        )
        again = notifier.notify("after", "body", actions={"default": "Open"})
        [call] = fake.wait_for(lambda calls: len(calls) == 1)
        assert call["summary"] == "after" and call["id"] == again
        fake.click(again)
        assert clicks.wait_for(1) == [(again, "default")]  # and the new connection hears clicks
        fake.stop()
    finally:
        notifier.close()
        stop_process(server)
        stop_process(bus)
        shutil.rmtree(folder, ignore_errors=True)


# -- the fake itself: it must refuse what real servers refuse ---------------------------


def test_the_fake_refuses_the_types_qtdbus_sends_and_introspects_for_real(notifyd):
    with open_dbus_connection(bus=notifyd.address) as connection:
        wrong = connection.send_and_get_reply(
            new_method_call(NOTIFICATIONS, "Notify", "sisssava{sv}i", ("app", 0, "", "s", "b", [], {}, -1)), timeout=5
        )
        xml = connection.send_and_get_reply(
            new_method_call(
                DBusAddress(
                    "/org/freedesktop/Notifications",
                    "org.freedesktop.Notifications",
                    "org.freedesktop.DBus.Introspectable",
                ),
                "Introspect",
            ),
            timeout=5,
        ).body[0]
    assert wrong.header.message_type == MessageType.error and "InvalidArgs" in str(wrong.header.fields)
    assert notifyd.calls() == []
    notify = ElementTree.fromstring(xml).find("interface[@name='org.freedesktop.Notifications']/method[@name='Notify']")
    assert "".join(arg.get("type") for arg in notify if arg.get("direction") == "in") == "susssasa{sv}i"
    with pytest.raises(AssertionError, match="not open"):
        notifyd.click(42)


# -- a real server ------------------------------------------------------------------------


def test_a_real_toast_reaches_dunst_and_its_click_comes_back(dunst):
    notifier = DBusNotifier.connect(app_name="Antigravity Tray", icon="dialog-information")
    assert notifier is not None
    try:
        clicks = Clicks()
        notifier.on_action(clicks)
        assert notifier.server_info()[0] == "dunst" and "actions" in notifier.capabilities()
        first = notifier.notify(
            "Claude: now using bob@example.com",
            "alice is rate-limited",
            urgency="critical",
            actions={"default": "Open accounts"},
        )
        second = notifier.notify(
            "Claude: now using carol@example.com",
            "bob is rate-limited",
            urgency="critical",
            replaces_id=first,
            actions={"default": "Open accounts"},
        )
        assert second == first
        deadline = time.monotonic() + 5  # dunst shows a toast on its next pass, after answering
        while dunst.ctl("count", "displayed").strip() != "1":
            assert time.monotonic() < deadline, "dunst never showed the toast"
            time.sleep(0.05)
        assert dunst.ctl("count", "waiting").strip() == "0"  # replaced, not queued behind
        dunst.ctl("action", "0")  # dunst sends ActionInvoked to our connection only
        assert clicks.wait_for(1) == [(first, "default")]
        dunst.ctl("close-all")
        history = json.loads(dunst.ctl("history"))["data"][0]
        assert [(t["appname"]["data"], t["summary"]["data"], t["id"]["data"]) for t in history] == [
            ("Antigravity Tray", "Claude: now using carol@example.com", first)
        ]
    finally:
        notifier.close()
