"""A private D-Bus session bus and a fake notification server (tests/notifyd.py).

The bus is the test's own (dbus-daemon --session); DBUS_SESSION_BUS_ADDRESS points at it
only for the test that asks, so no toast ever reaches the desktop of whoever runs them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import stop_process

HERE = Path(__file__).resolve().parent


@pytest.fixture
def session_bus(monkeypatch):
    if shutil.which("dbus-daemon") is None:
        message = "needs dbus-daemon (apt-get install dbus-daemon)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = daemon.stdout.readline().strip()
    assert address, "dbus-daemon printed no address"
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    stop_process(daemon)


class FakeNotifyd:
    def __init__(self, calls_file: Path, address: str):
        self.calls_file, self.address = calls_file, address

    def calls(self) -> list[dict]:
        text = self.calls_file.read_text(encoding="utf-8") if self.calls_file.exists() else ""
        return [json.loads(line) for line in text.splitlines() if line.strip()]

    def wait_for(self, predicate, timeout: float = 5.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            calls = self.calls()
            if predicate(calls):
                return calls
            time.sleep(0.02)
        raise AssertionError(f"the notification server never saw what was expected; it got {self.calls()}")

    def click(self, toast_id: int, action: str = "default") -> None:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        with open_dbus_connection(bus="SESSION") as connection:
            target = DBusAddress("/test", bus_name="org.freedesktop.Notifications", interface="org.antigravitytray.Test")
            connection.send_and_get_reply(new_method_call(target, "Click", "us", (toast_id, action)), timeout=5)


@pytest.fixture
def notifyd(session_bus, tmp_path):
    calls = tmp_path / "notify-calls.jsonl"
    server = subprocess.Popen([sys.executable, str(HERE / "notifyd.py"), str(calls)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    ready = server.stdout.readline()
    assert ready.startswith("fake notifyd ready"), server.stderr.read()
    yield FakeNotifyd(calls, session_bus)
    stop_process(server)
