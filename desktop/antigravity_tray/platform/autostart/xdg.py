"""Start at login on Linux and the other freedesktop systems: an XDG autostart entry,
``$XDG_CONFIG_HOME/autostart/antigravity-tray.desktop``."""

from __future__ import annotations

import os
from pathlib import Path

from ... import APP_ID
from .common import BACKGROUND_FLAG, with_background, write_atomically

ENTRY_NAME = "antigravity-tray.desktop"


def entry_path() -> Path:
    """Where the autostart entry lives (XDG_CONFIG_HOME is read at each call)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / ENTRY_NAME


def _quote(argument: str) -> str:
    """One argument of a desktop entry's Exec key (freedesktop Desktop Entry spec)."""
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`%"):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'.replace("%", "%%")


def exec_line(command: list[str], background: bool = True) -> str:
    # The spec wants "\\" for each backslash inside the key's value as well.
    return " ".join(_quote(a) for a in with_background(command, background)).replace("\\", "\\\\")


def entry_text(command: list[str], background: bool) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Antigravity Tray",
            "Comment=Tray companion for the OpenCode plugin opencode-antigravity-auth",
            f"Exec={exec_line(command, background)}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "Categories=Utility;",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


class XdgAutostart:
    name = "XDG autostart"

    def location(self) -> str:
        return str(entry_path())

    def enable(self, command: list[str], background: bool = True) -> str:
        path = entry_path()
        write_atomically(path, entry_text(command, background).encode("utf-8"))
        return str(path)

    def disable(self) -> None:
        entry_path().unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        """Our entry exists and is not switched off (Hidden=true or X-GNOME-Autostart-enabled=false,
        as session managers write when the person turns it off in their own settings)."""
        try:
            text = entry_path().read_text(encoding="utf-8")
        except (FileNotFoundError, UnicodeDecodeError):
            return False
        values = {}
        for line in text.splitlines():
            key, sep, value = line.partition("=")
            if sep:
                values[key.strip()] = value.strip().lower()
        return values.get("Hidden") != "true" and values.get("X-GNOME-Autostart-enabled") != "false"


__all__ = ["BACKGROUND_FLAG", "ENTRY_NAME", "XdgAutostart", "entry_path", "exec_line"]
