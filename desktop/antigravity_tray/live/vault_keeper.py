"""Keeping new accounts in the keyring vault from a short-lived child process
(``antigravity-tray accounts backup``).

The keyring stack (keyring, SecretStorage, cryptography, importlib.metadata) weighs about
16 MB once imported and Python never unloads a module, so the tray app would carry it all day
for a few calls a week. A child also keeps a keyring that hangs (a locked collection waiting
for its unlock prompt) away from the app's threads.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..core.app_state import Preferences
from ..core.pool import Account

if TYPE_CHECKING:  # QtCore's QProcess type loads with the first backup, after the icon is up
    from PySide6.QtCore import QProcess

log = logging.getLogger("antigravity_tray")


def own_command() -> list[str]:
    """This very app as a command: the frozen executable, or this Python running our package
    (never another copy found on PATH). On Windows Qt starts a console program from a windowed
    one with no console window."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "antigravity_tray"]


class ChildVaultKeeper(QObject):
    """Called with the accounts that appeared; runs one backup at a time, and one more after it
    when accounts appeared meanwhile (the child reads the whole pool itself). While ``held``
    (the app's first few hundred milliseconds) a call is only remembered; ``release()`` runs it."""

    def __init__(self, preferences: Preferences, parent: QObject | None = None, *, held: bool = False):
        super().__init__(parent)
        self.preferences = preferences
        self.command = own_command()
        self.process: QProcess | None = None
        self.held = held
        self._again = False
        self.runs = 0

    def release(self) -> None:
        self.held = False
        if self._again:
            self._again = False
            self([])

    def __call__(self, accounts: list[Account]) -> None:
        if not self.preferences.get("vault_enabled"):
            return
        if self.process is not None or self.held:
            self._again = True
            return
        from PySide6.QtCore import QProcess

        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._failed_to_start)
        self.runs += 1
        self.process.start(self.command[0], [*self.command[1:], "accounts", "backup"])

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        process, self.process = self.process, None
        if process is not None:
            said = bytes(process.readAll().data()).decode(errors="replace").strip()
            log.info("vault backup exited with %s: %s", code, said.splitlines()[-1] if said else "")
            process.deleteLater()
        self.release()

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        from PySide6.QtCore import QProcess

        if error == QProcess.ProcessError.FailedToStart and self.process is not None:
            log.warning("the vault backup could not start: %s", self.process.errorString())
            self.process.deleteLater()
            self.process = None

    def finish(self, msecs: int = 3_000) -> None:
        """On quit: let a running backup end (a few keyring calls), then stop waiting for it."""
        if self.process is not None and not self.process.waitForFinished(msecs):
            self.process.kill()
            self.process.waitForFinished(1_000)
