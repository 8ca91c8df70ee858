"""Start at login on macOS: a LaunchAgent, ``~/Library/LaunchAgents/<app id>.plist``.

launchd reads it at the next login and runs the program (``RunAtLoad``) in the person's GUI
session. macOS 13 and later list it under System Settings ▸ General ▸ Login Items ▸ Allow in
the Background; switching it off there is kept by the system, not in the file, so this app
cannot see that switch. The home folder is injected so that this is tested on any system.
"""

from __future__ import annotations

import plistlib
from pathlib import Path

from ... import APP_ID
from .common import with_background, write_atomically


def agent_plist(command: list[str], background: bool = True) -> bytes:
    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": with_background(command, background),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",  # the graphical session, where the menu bar is
        }
    )


class MacAutostart:
    name = "a LaunchAgent"

    def __init__(self, home: Path | None = None):
        self.home = home if home is not None else Path.home()

    @property
    def path(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def location(self) -> str:
        return str(self.path)

    def enable(self, command: list[str], background: bool = True) -> str:
        write_atomically(self.path, agent_plist(command, background))
        return str(self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        try:
            agent = plistlib.loads(self.path.read_bytes())
        except (FileNotFoundError, plistlib.InvalidFileException, ValueError):
            return False
        return (
            isinstance(agent, dict)
            and agent.get("RunAtLoad") is True
            and agent.get("Disabled") is not True
            and bool(agent.get("ProgramArguments"))
        )


__all__ = ["MacAutostart", "agent_plist"]
