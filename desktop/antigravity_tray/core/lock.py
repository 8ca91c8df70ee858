"""A lock that Node's proper-lockfile, as the plugin uses it, understands.

The lock is a directory ``<realpath of the file>.lock``, made with an atomic mkdir.
A holder refreshes its mtime every ``stale / 2`` seconds; anyone may take over a lock
whose mtime is older than ``stale`` (10 s, the plugin's setting). Release removes the
directory, unless someone took it over meanwhile: then it is not ours to remove.
Never use filelock or portalocker on that path: they make a plain file there, which
makes the plugin fail with ENOTDIR.
"""

from __future__ import annotations

import os
import random
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .jsonio import WriteFailed

PLUGIN_STALE_SECONDS = 10.0


class LockError(RuntimeError):
    """The plugin's lock could not be had or kept: nothing was written."""


class LockLost(LockError):
    """Someone took our lock over (we held it past the stale time): do not write."""

    def __init__(self, lock_path: Path):
        super().__init__(
            f"{lock_path} was taken over by another writer while we held it, so nothing was written. Try again."
        )


class LockUnavailable(LockError):
    """The lock stayed held by someone else for the whole wait."""

    def __init__(self, lock_path: Path, waited: float):
        self.lock_path, self.waited = lock_path, waited
        super().__init__(
            f"{lock_path} stayed locked for {waited:.1f} s. OpenCode (or another copy of "
            f"this app) is writing the file; try again in a moment. A lock left by a "
            f"crashed writer frees itself within {PLUGIN_STALE_SECONDS:.0f} s."
        )


class LockUnusable(LockError):
    """Something that is not a lock folder sits where the plugin keeps its lock."""

    def __init__(self, lock_path: Path):
        self.lock_path = lock_path
        super().__init__(
            f"{lock_path} is a plain file where the plugin keeps its lock folder, so neither OpenCode nor "
            f"this app can lock the file next to it. Remove it; the lock folder is made when needed."
        )


class LockWaitCancelled(LockError):
    """The person cancelled while someone else held the lock."""

    def __init__(self, file: Path):
        super().__init__(f"Cancelled while OpenCode was writing {file}; nothing was changed.")


_wait_hooks = threading.local()


@contextmanager
def lock_wait_hooks(cancelled: threading.Event, on_wait: Callable[[], None]) -> Iterator[None]:
    """Around a write on a worker thread: every lock taken in it gives up when ``cancelled``
    is set, and calls ``on_wait`` once when it finds the lock held by someone else."""
    _wait_hooks.hooks = (cancelled, on_wait)
    try:
        yield
    finally:
        _wait_hooks.hooks = None


def lock_path_for(file: Path) -> Path:
    # proper-lockfile resolves the real path (realpath: true), so a symlinked file
    # and its target share one lock.
    return Path(os.path.realpath(file) + ".lock")


class PluginFileLock:
    """Context manager: ``with PluginFileLock(path): ...`` re-read, change, replace."""

    def __init__(self, file: Path, *, stale: float = PLUGIN_STALE_SECONDS, timeout: float = 15.0, clock=time.time):
        self.file = Path(file)
        self.stale = max(stale, 2.0)
        self.update = max(self.stale / 2, 1.0)  # proper-lockfile's clamp
        self.timeout = timeout
        self.clock = clock
        self.path = lock_path_for(self.file)
        self._mtime_ns: int | None = None
        self._stop = threading.Event()
        self._refresher: threading.Thread | None = None
        self.compromised = False

    # -- acquiring -------------------------------------------------------------------
    def acquire(self) -> None:
        started = time.monotonic()
        delay = 0.02
        cancelled, on_wait = getattr(_wait_hooks, "hooks", None) or (threading.Event(), None)
        while not self._try_acquire():
            waited = time.monotonic() - started
            if waited >= self.timeout:
                raise LockUnavailable(self.path, waited)
            if on_wait is not None:
                on_wait()  # once: someone else (OpenCode) holds the lock
                on_wait = None
            # Exponential backoff with jitter, capped so we notice a release quickly.
            if cancelled.wait(min(delay, self.timeout - waited) * random.uniform(0.5, 1.0)):
                raise LockWaitCancelled(self.file)
            delay = min(delay * 2, 0.5)
        self._mark_ours()
        self._stop.clear()
        self._refresher = threading.Thread(target=self._refresh_loop, name="lock-refresh", daemon=True)
        self._refresher.start()

    def _try_acquire(self) -> bool:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            os.mkdir(self.path)
            return True
        except FileExistsError:
            pass
        except OSError as exc:  # a read-only or foreign folder: the file cannot be written either
            raise WriteFailed(self.file, exc) from exc
        try:
            info = os.stat(self.path)
        except FileNotFoundError:
            return self._mkdir_once()  # released between our mkdir and stat
        if not stat.S_ISDIR(info.st_mode):
            raise LockUnusable(self.path)
        if info.st_mtime < self.clock() - self.stale:
            # Stale: its holder died or hung. Take it over as proper-lockfile does.
            try:
                os.rmdir(self.path)
            except FileNotFoundError:
                pass
            except OSError:
                return False  # not an empty directory: not a lock we understand
            return self._mkdir_once()
        return False

    def _mkdir_once(self) -> bool:
        try:
            os.mkdir(self.path)
            return True
        except FileExistsError:
            return False
        except OSError as exc:
            raise WriteFailed(self.file, exc) from exc

    def _mark_ours(self) -> None:
        now = self.clock()
        os.utime(self.path, (now, now))
        self._mtime_ns = os.stat(self.path).st_mtime_ns

    # -- holding -----------------------------------------------------------------------
    def _refresh_loop(self) -> None:
        while not self._stop.wait(self.update):
            if not self._still_ours():
                self.compromised = True
                return
            try:
                self._mark_ours()
            except FileNotFoundError:
                self.compromised = True
                return

    def ensure_held(self) -> None:
        """Raise LockLost unless the lock is still ours: call just before replacing the file."""
        if self.compromised or not self._still_ours():
            self.compromised = True
            raise LockLost(self.path)

    def _still_ours(self) -> bool:
        try:
            return os.stat(self.path).st_mtime_ns == self._mtime_ns
        except FileNotFoundError:
            return False

    # -- releasing ---------------------------------------------------------------------
    def release(self) -> None:
        self._stop.set()
        if self._refresher is not None:
            self._refresher.join()
            self._refresher = None
        if self.compromised or not self._still_ours():
            self.compromised = True
            return  # someone took it over: removing it would break their write
        try:
            os.rmdir(self.path)
        except FileNotFoundError:
            pass

    def __enter__(self) -> PluginFileLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
