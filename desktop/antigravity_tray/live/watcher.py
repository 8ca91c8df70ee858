"""Live view of the plugin's files without polling.

One ``QFileSystemWatcher`` watches the plugin folder and each file in it we care about.
Atomic renames (how the plugin and we write) drop the file from the watch, so the file is
added again after every event. A file replaced by a rename (a new inode) is complete, so it
is read at once: that is how a switch reaches a toast in a few milliseconds. Writes in place
(an editor, truncate-and-write) may come in pieces, so those are coalesced by a short
single-shot timer, which runs only after an event: nothing ticks while nothing changes.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QFileSystemWatcher, QObject, QTimer, Signal

from ..core.jsonio import read_snapshot

DEBOUNCE_MS = 60


def _existing_ancestor(folder: Path) -> Path:
    while not folder.is_dir() and folder.parent != folder:
        folder = folder.parent
    return folder


def inode(path: Path) -> int | None:
    try:
        return path.stat().st_ino
    except OSError:
        return None


def fingerprint(path: Path) -> bytes | None:
    """A digest of the file's bytes; None when it is missing. A file we refuse to read (a FIFO,
    a device, a huge file) or cannot read gets its error as its fingerprint, so a change to or
    from that state is still news. Qt's own hash: Python's hashlib would load OpenSSL (about
    4 MB) into the app for this alone."""
    try:
        data = read_snapshot(path).data
    except OSError as exc:
        return f"unreadable: {exc}".encode()
    if data is None:
        return None
    return bytes(QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Blake2b_160).data())


class FileWatcher(QObject):
    """Emits ``changed(path)`` once per burst of writes that really changed a file's bytes."""

    changed = Signal(Path)

    def __init__(self, files: list[Path], parent: QObject | None = None):
        super().__init__(parent)
        self.files = [Path(f) for f in files]
        self._known = {f: fingerprint(f) for f in self.files}
        self._inodes = {f: inode(f) for f in self.files}
        self._own_writes = 0  # our writes under way on other threads (a login's save)
        self._lock = threading.Lock()  # guards the three above: own_write runs off the GUI thread
        self._watcher = QFileSystemWatcher(self)
        self._closed = False
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._settle)
        self._watcher.directoryChanged.connect(self._poke)
        self._watcher.fileChanged.connect(self._poke)
        self._rewatch()

    def close(self) -> None:
        """Stop watching for good: no more ``changed``, and the system's watch handle is freed
        (Linux allows 128 inotify instances per user, and each watcher takes one)."""
        self._timer.stop()
        if not self._closed:
            self._closed = True
            self._watcher.blockSignals(True)
            self._watcher.deleteLater()

    def accept_own_write(self, path: Path) -> None:
        """We just wrote ``path`` and already reloaded it: do not report it as outside news."""
        with self._lock:
            self._known[Path(path)] = fingerprint(Path(path))
            self._inodes[Path(path)] = inode(Path(path))

    @contextmanager
    def own_write(self, path: Path) -> Iterator[None]:
        """Around a write of ours on another thread: while it runs, events wait for the
        debounce instead of being read at once, and its result is not outside news."""
        with self._lock:
            self._own_writes += 1
        try:
            yield
        finally:
            with self._lock:
                self._own_writes -= 1
                self._known[Path(path)] = fingerprint(Path(path))
                self._inodes[Path(path)] = inode(Path(path))

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
        replaced = False
        with self._lock:
            if not self._own_writes:
                for path in self.files:
                    now = inode(path)
                    if now is not None and now != self._inodes.get(path):
                        self._inodes[path] = now
                        replaced = True
        if replaced:  # renamed into place: the whole file is there now
            self._timer.stop()
            self._settle()
        else:
            self._timer.start()  # restart: one settle per burst of writes in place

    def _settle(self) -> None:
        self._rewatch()
        changed = []
        with self._lock:
            if self._own_writes:
                self._timer.start()  # look again once our own write is done
                return
            for path in self.files:
                now = fingerprint(path)
                if now != self._known.get(path):
                    self._known[path] = now
                    changed.append(path)
        for path in changed:
            self.changed.emit(path)

    @property
    def idle(self) -> bool:
        """True when no timer is pending (for tests of the no-polling promise)."""
        return not self._timer.isActive()
