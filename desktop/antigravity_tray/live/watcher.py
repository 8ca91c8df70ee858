"""Live view of the plugin's files without polling.

One ``QFileSystemWatcher`` watches the plugin folder and each file in it we care about.
Atomic renames (how the plugin and we write) drop the file from the watch, so the file is
added again after every event. Events are coalesced by a short single-shot timer, which
runs only after an event: nothing ticks while nothing changes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

DEBOUNCE_MS = 60


def _existing_ancestor(folder: Path) -> Path:
    while not folder.is_dir() and folder.parent != folder:
        folder = folder.parent
    return folder


def fingerprint(path: Path) -> bytes | None:
    """A digest of the file's bytes, or None when it is missing or unreadable."""
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=16).digest()
    except OSError:
        return None


class FileWatcher(QObject):
    """Emits ``changed(path)`` once per burst of writes that really changed a file's bytes."""

    changed = Signal(Path)

    def __init__(self, files: list[Path], parent: QObject | None = None):
        super().__init__(parent)
        self.files = [Path(f) for f in files]
        self._known = {f: fingerprint(f) for f in self.files}
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._settle)
        self._watcher.directoryChanged.connect(self._poke)
        self._watcher.fileChanged.connect(self._poke)
        self._rewatch()

    def accept_own_write(self, path: Path) -> None:
        """We just wrote ``path`` and already reloaded it: do not report it as outside news."""
        self._known[Path(path)] = fingerprint(Path(path))

    def _rewatch(self) -> None:
        # A folder that does not exist yet is watched through its nearest existing parent.
        folders = {str(_existing_ancestor(f.parent)) for f in self.files}
        missing = folders - set(self._watcher.directories())
        if missing:
            self._watcher.addPaths(sorted(missing))
        files = {str(f) for f in self.files if f.exists()} - set(self._watcher.files())
        if files:
            self._watcher.addPaths(sorted(files))

    def _poke(self, _path: str) -> None:
        self._timer.start()  # restart: one settle per burst

    def _settle(self) -> None:
        self._rewatch()
        for path in self.files:
            now = fingerprint(path)
            if now != self._known.get(path):
                self._known[path] = now
                self.changed.emit(path)

    @property
    def idle(self) -> bool:
        """True when no timer is pending (for tests of the no-polling promise)."""
        return not self._timer.isActive()
