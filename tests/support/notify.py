"""A private D-Bus session bus and a fake notification server (tests/support/notifyd.py).

``session_bus``  (function)  a private ``dbus-daemon``; yields its address, which is also
                             DBUS_SESSION_BUS_ADDRESS for this test only (monkeypatch).
``notifyd``      (function)  tests/support/notifyd.py on that bus; yields a ``FakeNotifyd`` with
                             ``.calls()``, ``.wait_for(predicate, timeout)``, ``.click(id, action)``,
                             ``.stop()`` and ``.address``. Its signals go only to the toast's
                             sender, as dunst's do; ``@pytest.mark.parametrize("notifyd",
                             ["broadcast"], indirect=True)`` makes them broadcast, as other servers' are.
``dunst``        (function)  real dunst on its own Xvfb (with trayer) and that bus; yields a ``Dunst``
                             with ``.screen``, ``.env`` and ``.ctl(*dunstctl_args)``.

The bus is hermetic: it has no service directories, so nothing installed on the machine (dunst,
gnome-keyring...) can be started on it by D-Bus activation, and no toast ever reaches the desktop
of whoever runs the tests. Without ``dbus-daemon`` the tests are skipped, except when ``CI`` is
set: there they fail, because CI must install it (``apt-get install dbus-daemon``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from support.dbus import START_TIMEOUT, first_line, start_session_bus
from support.desktop import Screen, require_x_tools
from support.helpers import require_tools, stop_process

HERE = Path(__file__).resolve().parent


def require_dbus_daemon() -> None:
    require_tools("dbus-daemon", install="dbus-daemon")


def start_notifyd(address: str, calls_file: Path, signals: str = "targeted") -> subprocess.Popen:
    """tests/support/notifyd.py on the bus at ``address``, once it owns org.freedesktop.Notifications.
    ``signals``: "targeted" (to the toast's sender only, like dunst) or "broadcast" (to all).
    Its error output goes to ``calls_file`` + ``.stderr``."""
    errors = calls_file.with_name(calls_file.name + ".stderr")
    with open(errors, "w") as stderr:
        server = subprocess.Popen(
            [sys.executable, str(HERE / "notifyd.py"), str(calls_file)],
            text=True,
            stdout=subprocess.PIPE,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "FAKE_NOTIFYD_SIGNALS": signals},
        )
    try:
        line = first_line(server, "the fake notification server")
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{errors.read_text()}") from None
    assert line == "fake notifyd ready", line
    return server


class FakeNotifyd:
    """What a test sees of the fake notification server."""

    def __init__(self, calls_file: Path, address: str, signals: str, process: subprocess.Popen):
        self.calls_file, self.address, self.signals, self.process = calls_file, address, signals, process

    def calls(self) -> list[dict]:
        """Every Notify call so far, oldest first (see tests/support/notifyd.py for the keys)."""
        text = self.calls_file.read_text(encoding="utf-8") if self.calls_file.exists() else ""
        return [json.loads(line) for line in text.splitlines() if line.strip()]

    def wait_for(self, predicate, timeout: float = 5.0) -> list[dict]:
        """Poll ``calls()`` until ``predicate(calls)`` holds; returns those calls."""
        deadline = time.monotonic() + timeout
        while True:
            calls = self.calls()
            if predicate(calls):
                return calls
            if time.monotonic() > deadline:
                raise AssertionError(f"the notification server never saw what was expected; it got {calls}")
            time.sleep(0.02)

    def click(self, toast_id: int, action: str = "default") -> None:
        """Play a person clicking toast ``toast_id`` (``action`` "default" is the toast's body):
        the server emits ActionInvoked, then NotificationClosed with reason 2."""
        from jeepney import DBusAddress, MessageType, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        control = DBusAddress(
            "/org/antigravitytray/Test", bus_name="org.freedesktop.Notifications", interface="org.antigravitytray.Test"
        )
        with open_dbus_connection(bus=self.address) as connection:
            reply = connection.send_and_get_reply(
                new_method_call(control, "Click", "us", (toast_id, action)), timeout=5
            )
        if reply.header.message_type == MessageType.error:
            raise AssertionError(f"the fake refused the click: {reply.body}")

    def stop(self) -> None:
        """Stop the server, as if the desktop's notification daemon quit."""
        stop_process(self.process)


@pytest.fixture
def session_bus(monkeypatch):
    require_dbus_daemon()
    folder = Path(tempfile.mkdtemp(prefix="agt-bus-"))  # short: a socket path has at most 107 bytes
    daemon, address = start_session_bus(folder)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    try:
        yield address
    finally:
        stop_process(daemon)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def notifyd(session_bus, tmp_path, request):
    calls = tmp_path / "notify-calls.jsonl"
    signals = getattr(request, "param", "targeted")  # parametrize(..., indirect=True) picks the other
    server = start_notifyd(session_bus, calls, signals)
    try:
        yield FakeNotifyd(calls, session_bus, signals, server)
    finally:
        stop_process(server)


# -- a real server --------------------------------------------------------------------------

DUNSTRC = """[global]
    font = DejaVu Sans 10
    width = 420
    origin = top-right
    offset = 12x40
    padding = 12
    horizontal_padding = 14
    frame_width = 1
    frame_color = "#c3c7cf"
    separator_height = 0
    corner_radius = 8
    icon_position = left
    min_icon_size = 48
    max_icon_size = 48
    format = "<b>%s</b>\\n%b"
    markup = full
    show_indicators = no
[urgency_low]
    background = "#ffffff"
    foreground = "#1f2329"
    timeout = 0
[urgency_normal]
    background = "#ffffff"
    foreground = "#1f2329"
    timeout = 0
[urgency_critical]
    background = "#fff4f2"
    foreground = "#1f2329"
    frame_color = "#d9534f"
    timeout = 0
"""


class Dunst:
    """dunst running on ``screen`` (an Xvfb with trayer) and the test's private bus."""

    def __init__(self, screen: Screen, env: dict[str, str], process: subprocess.Popen):
        self.screen, self.env, self.process = screen, env, process

    def ctl(self, *args: str) -> str:
        return subprocess.run(["dunstctl", *args], env=self.env, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def dunst(session_bus, tmp_path):
    """Real dunst, styled for the README's picture, with toasts that stay until closed."""
    require_tools("dunst", "dunstctl", install="dunst")
    require_x_tools()
    screen = Screen()
    config = tmp_path / "dunstrc"
    config.write_text(DUNSTRC)
    env = {**os.environ, "DISPLAY": screen.name}
    process = subprocess.Popen(
        ["dunst", "-config", str(config)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while subprocess.run(["dunstctl", "count"], env=env, capture_output=True).returncode != 0:
            assert time.monotonic() < deadline and process.poll() is None, process.stderr.read()
            time.sleep(0.05)
        yield Dunst(screen, env, process)
    finally:
        stop_process(process)
        screen.close()
