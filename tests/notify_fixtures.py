"""A private D-Bus session bus and a fake notification server (tests/notifyd.py).

``session_bus``  (function)  a private ``dbus-daemon``; yields its address, which is also
                             DBUS_SESSION_BUS_ADDRESS for this test only (monkeypatch).
``notifyd``      (function)  tests/notifyd.py on that bus; yields a ``FakeNotifyd`` with
                             ``.calls()``, ``.wait_for(predicate, timeout)``, ``.click(id, action)``,
                             ``.stop()`` and ``.address``. Its signals go only to the toast's
                             sender, as dunst's do; ``@pytest.mark.parametrize("notifyd",
                             ["broadcast"], indirect=True)`` makes them broadcast, as other servers' are.

The bus is hermetic: it has no service directories, so nothing installed on the machine (dunst,
gnome-keyring...) can be started on it by D-Bus activation, and no toast ever reaches the desktop
of whoever runs the tests. Without ``dbus-daemon`` the tests are skipped, except when ``CI`` is
set: there they fail, because CI must install it (``apt-get install dbus-daemon``).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from helpers import stop_process

HERE = Path(__file__).resolve().parent
START_TIMEOUT = 10.0  # seconds; both come up in well under one here

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def require_dbus_daemon() -> None:
    if shutil.which("dbus-daemon") is None:
        message = "needs dbus-daemon (apt-get install dbus-daemon)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI installs it; a missing install must not pass as a skip
        pytest.skip(message)


def first_line(process: subprocess.Popen, what: str, timeout: float = START_TIMEOUT) -> str:
    """The first line a helper prints on stdout; fails if none comes in time."""
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    line = process.stdout.readline() if ready else ""
    if not line.strip():
        stop_process(process)
        raise AssertionError(f"{what} printed nothing within {timeout:g} s (exit code {process.poll()})")
    return line.strip()


def start_session_bus(folder: Path, address: str | None = None) -> tuple[subprocess.Popen, str]:
    """A dbus-daemon whose socket is in ``folder`` (or at ``address``); returns it and its address."""
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=folder))
    command = ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"]
    if address:
        command.append(f"--address={address}")
    daemon = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return daemon, first_line(daemon, "dbus-daemon")


def start_notifyd(address: str, calls_file: Path, signals: str = "targeted") -> subprocess.Popen:
    """tests/notifyd.py on the bus at ``address``, once it owns org.freedesktop.Notifications.
    ``signals``: "targeted" (to the toast's sender only, like dunst) or "broadcast" (to all).
    Its error output goes to ``calls_file`` + ``.stderr``."""
    errors = calls_file.with_name(calls_file.name + ".stderr")
    with open(errors, "w") as stderr:
        server = subprocess.Popen([sys.executable, str(HERE / "notifyd.py"), str(calls_file)], text=True,
                                  stdout=subprocess.PIPE, stderr=stderr, stdin=subprocess.DEVNULL,
                                  env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address,
                                       "FAKE_NOTIFYD_SIGNALS": signals})
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
        """Every Notify call so far, oldest first (see tests/notifyd.py for the keys)."""
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

        control = DBusAddress("/org/antigravitytray/Test", bus_name="org.freedesktop.Notifications",
                              interface="org.antigravitytray.Test")
        with open_dbus_connection(bus=self.address) as connection:
            reply = connection.send_and_get_reply(new_method_call(control, "Click", "us", (toast_id, action)),
                                                  timeout=5)
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
