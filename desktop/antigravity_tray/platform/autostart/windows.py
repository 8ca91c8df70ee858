"""Start at login on Windows: a value under the current user's Run key.

``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` holds the command line. Task
Manager's Startup tab and Settings ▸ Apps ▸ Startup switch an entry off without removing it:
they write a 12-byte value of the same name under ``...\\Explorer\\StartupApproved\\Run``
whose first byte is odd (03) when off and even (02) when on. ``is_enabled`` honours it, and
``enable`` removes it, so that ticking the box really turns the entry back on. The registry
is injected (``Registry``) so that all of this is tested on any system.
"""

from __future__ import annotations

import subprocess
from typing import Any, Protocol

from .common import with_background

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
VALUE_NAME = "AntigravityTray"  # the installer's optional "Start at login" task writes the same value


class Registry(Protocol):
    """The few operations on HKEY_CURRENT_USER this needs."""

    def get(self, key: str, name: str) -> object | None: ...
    def set_string(self, key: str, name: str, value: str) -> None: ...
    def delete(self, key: str, name: str) -> None: ...


class CurrentUserRegistry:
    """``Registry`` over winreg's HKEY_CURRENT_USER (Windows only)."""

    def __init__(self) -> None:
        import winreg

        self._winreg: Any = winreg  # typeshed hides winreg's names when checking on another system

    def get(self, key: str, name: str) -> object | None:
        try:
            with self._winreg.OpenKey(self._winreg.HKEY_CURRENT_USER, key) as handle:
                return self._winreg.QueryValueEx(handle, name)[0]
        except FileNotFoundError:
            return None

    def set_string(self, key: str, name: str, value: str) -> None:
        access = self._winreg.KEY_SET_VALUE
        with self._winreg.CreateKeyEx(self._winreg.HKEY_CURRENT_USER, key, 0, access) as handle:
            self._winreg.SetValueEx(handle, name, 0, self._winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        try:
            with self._winreg.OpenKey(self._winreg.HKEY_CURRENT_USER, key, 0, self._winreg.KEY_SET_VALUE) as handle:
                self._winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            pass


def command_line(command: list[str], background: bool = True) -> str:
    """The Run value: Windows' own quoting (paths with spaces in double quotes)."""
    return subprocess.list2cmdline(with_background(command, background))


class WindowsAutostart:
    name = "the Run key of the current user"

    def __init__(self, registry: Registry | None = None):
        self.registry = registry if registry is not None else CurrentUserRegistry()

    def location(self) -> str:
        return rf"HKEY_CURRENT_USER\{RUN_KEY}\{VALUE_NAME}"

    def enable(self, command: list[str], background: bool = True) -> str:
        self.registry.set_string(RUN_KEY, VALUE_NAME, command_line(command, background))
        self.registry.delete(APPROVED_KEY, VALUE_NAME)  # an "off" switch from Task Manager would win
        return self.location()

    def disable(self) -> None:
        self.registry.delete(RUN_KEY, VALUE_NAME)
        self.registry.delete(APPROVED_KEY, VALUE_NAME)

    def is_enabled(self) -> bool:
        command = self.registry.get(RUN_KEY, VALUE_NAME)
        if not isinstance(command, str) or not command.strip():
            return False
        approved = self.registry.get(APPROVED_KEY, VALUE_NAME)
        return not (isinstance(approved, bytes) and approved and approved[0] & 1)


__all__ = [
    "APPROVED_KEY",
    "RUN_KEY",
    "VALUE_NAME",
    "CurrentUserRegistry",
    "Registry",
    "WindowsAutostart",
    "command_line",
]
