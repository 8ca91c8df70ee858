"""Start the tray app when the person logs in.

One interface for every OS: ``enable(command)``, ``disable()``, ``is_enabled()``.
Linux (and the other freedesktop systems) use an XDG autostart entry,
``$XDG_CONFIG_HOME/autostart/antigravity-tray.desktop``; the other systems are not done
yet and raise NotImplementedError with a sentence the settings window can show.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ENTRY_NAME = "antigravity-tray.desktop"
BACKGROUND_FLAG = "--background"
_FREEDESKTOP = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")


def supported(platform: str | None = None) -> bool:
    return (platform or sys.platform).startswith(_FREEDESKTOP)


def unsupported_reason(platform: str | None = None) -> str:
    name = {"darwin": "macOS", "win32": "Windows"}.get(platform or sys.platform, platform or sys.platform)
    return (
        f"Start at login is not available on {name} yet. Add Antigravity Tray to your "
        f"login items by hand, with the option {BACKGROUND_FLAG}."
    )


def _require_support() -> None:
    if not supported():
        raise NotImplementedError(unsupported_reason())


def entry_path() -> Path:
    """Where the autostart entry lives (XDG_CONFIG_HOME is read at each call)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / ENTRY_NAME


def launch_command() -> list[str]:
    """How to start this app again: the frozen executable, the installed command, or
    this Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    installed = shutil.which("antigravity-tray")
    if installed:
        return [installed]
    return [sys.executable, "-m", "antigravity_tray"]


def _quote(argument: str) -> str:
    """One argument of a desktop entry's Exec key (freedesktop Desktop Entry spec)."""
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`%"):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'.replace("%", "%%")


def exec_line(command: list[str], background: bool = True) -> str:
    if not command:
        raise ValueError("the command to start at login is empty")
    arguments = list(command)
    if background and BACKGROUND_FLAG not in arguments:
        arguments.append(BACKGROUND_FLAG)
    # The spec wants "\\" for each backslash inside the key's value as well.
    return " ".join(_quote(a) for a in arguments).replace("\\", "\\\\")


def _entry_text(command: list[str], background: bool) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Antigravity Tray",
            "Comment=Tray companion for the OpenCode plugin opencode-antigravity-auth",
            f"Exec={exec_line(command, background)}",
            "Icon=antigravity-tray",
            "Terminal=false",
            "Categories=Utility;Development;",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def enable(command: list[str], *, background: bool = True) -> Path:
    """Write the autostart entry (replacing ours if present); returns its path.
    ``background`` adds --background, so the app starts in the tray with no window."""
    _require_support()
    path = entry_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(_entry_text(command, background), encoding="utf-8")
    os.replace(temporary, path)
    return path


def disable() -> None:
    """Remove the autostart entry; nothing happens when there is none."""
    _require_support()
    try:
        entry_path().unlink()
    except FileNotFoundError:
        pass


def is_enabled() -> bool:
    """Whether the desktop will start the app at login: our entry exists and is not
    switched off (Hidden=true or X-GNOME-Autostart-enabled=false, as session managers
    write when the person turns it off in their own settings)."""
    _require_support()
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
