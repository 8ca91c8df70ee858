"""Start the tray app when the person logs in: one interface, one writer per system.

``enable(command, background=True)``, ``disable()``, ``is_enabled()`` act on this system's
writer: an XDG autostart entry on Linux (xdg.py), the current user's Run key on Windows
(windows.py), a LaunchAgent on macOS (macos.py). ``launch_command()`` is how to start this
copy of the app again: the frozen or installed executable, never a temporary path.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Protocol

from .common import BACKGROUND_FLAG
from .macos import MacAutostart
from .windows import WindowsAutostart
from .xdg import XdgAutostart, entry_path, exec_line

_FREEDESKTOP = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")


class Autostart(Protocol):
    name: str

    def location(self) -> str: ...
    def enable(self, command: list[str], background: bool = True) -> str: ...
    def disable(self) -> None: ...
    def is_enabled(self) -> bool: ...


def supported(platform: str | None = None) -> bool:
    platform = platform or sys.platform
    return platform in ("win32", "darwin") or platform.startswith(_FREEDESKTOP)


def unsupported_reason(platform: str | None = None) -> str:
    return (
        f"Start at login is not available on {platform or sys.platform}. Add Antigravity Tray to your "
        f"login items by hand, with the option {BACKGROUND_FLAG}."
    )


def for_platform(platform: str | None = None) -> Autostart:
    platform = platform or sys.platform
    if platform == "win32":
        return WindowsAutostart()
    if platform == "darwin":
        return MacAutostart()
    if platform.startswith(_FREEDESKTOP):
        return XdgAutostart()
    raise NotImplementedError(unsupported_reason(platform))


def enable(command: list[str], *, background: bool = True) -> str:
    """Start ``command`` at login (replacing ours if present); returns where it was written.
    ``background`` adds --background, so the app starts in the tray with no window."""
    return for_platform().enable(command, background)


def disable() -> None:
    """Stop starting at login; nothing happens when it was not on."""
    for_platform().disable()


def is_enabled() -> bool:
    """Whether the system will start the app at login (its own switches included)."""
    return for_platform().is_enabled()


def launch_command(platform: str | None = None, executable: str | None = None, frozen: bool | None = None) -> list[str]:
    """How to start this app again at login, with no console window on Windows."""
    platform = platform or sys.platform
    executable = executable or sys.executable
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if frozen:
        program = Path(executable)
        if platform == "win32" and program.stem.endswith("-cli"):  # the console twin: use the windowed one
            return [str(program.with_name(program.name.replace("-cli", "")))]
        installed = shutil.which("antigravity-tray")  # /usr/bin/antigravity-tray from the .deb
        if installed and Path(installed).resolve() == program.resolve():
            return [installed]
        return [str(program)]
    if platform == "win32":
        windowed = shutil.which("antigravity-tray-gui")
        if windowed:
            return [windowed]
        pythonw = Path(executable).with_name("pythonw.exe")
        return [str(pythonw if pythonw.exists() else executable), "-m", "antigravity_tray"]
    installed = shutil.which("antigravity-tray")
    if installed:
        return [installed]
    return [executable, "-m", "antigravity_tray"]


__all__ = [
    "BACKGROUND_FLAG",
    "Autostart",
    "MacAutostart",
    "WindowsAutostart",
    "XdgAutostart",
    "disable",
    "enable",
    "entry_path",
    "exec_line",
    "for_platform",
    "is_enabled",
    "launch_command",
    "supported",
    "unsupported_reason",
]
