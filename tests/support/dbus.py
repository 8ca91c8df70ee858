"""A private D-Bus session bus: hermetic (no service directories, so nothing installed on the
machine is D-Bus-activated on it) and eavesdroppable, for the keyring and notification tests."""

from __future__ import annotations

import select
import subprocess
from pathlib import Path

from support.helpers import stop_process

START_TIMEOUT = 10.0  # seconds; a bus and a daemon on it come up in well under one here

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


def first_line(process: subprocess.Popen, what: str, timeout: float = START_TIMEOUT) -> str:
    """The first line a helper prints on stdout; fails if none comes in time."""
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    line = process.stdout.readline() if ready else ""
    if not line.strip():
        stop_process(process)
        raise AssertionError(f"{what} printed nothing within {timeout:g} s (exit code {process.poll()})")
    return line.strip()


def start_session_bus(
    folder: Path, env: dict[str, str] | None = None, address: str | None = None
) -> tuple[subprocess.Popen, str]:
    """A dbus-daemon whose socket is in ``folder`` (a short path: sockets have at most 107
    bytes), or at ``address``; returns it and its address once it listens."""
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=folder))
    command = ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"]
    if address:
        command.append(f"--address={address}")
    daemon = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    return daemon, first_line(daemon, "dbus-daemon")


def name_has_owner(address: str, name: str) -> bool:
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus=address) as connection:
        reply = connection.send_and_get_reply(message_bus.NameHasOwner(name), timeout=2)
    return bool(reply.body[0])
