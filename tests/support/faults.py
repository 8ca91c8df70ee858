"""What the fault tests share: a lock held the way OpenCode holds it, and a probe of the
event loop's lateness."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer

WORST_LATENESS_MS = 100  # issue 14: the event loop never stalls longer


class HeldLock:
    """The lock as OpenCode's proper-lockfile keeps it: a fresh ``<file>.lock`` folder whose
    mtime is refreshed every second, so it never goes stale while held."""

    def __init__(self, pool: Path):
        self.path = Path(os.path.realpath(pool) + ".lock")
        self.path.mkdir()
        self._release = threading.Event()
        self._thread = threading.Thread(target=self._refresh, daemon=True)
        self._thread.start()

    def _refresh(self) -> None:
        while not self._release.wait(1.0):
            os.utime(self.path)
        self.path.rmdir()

    def release(self) -> None:
        self._release.set()
        self._thread.join(5)


class Lateness:
    """A 10 ms timer; how late each tick came, in ms."""

    def __init__(self):
        self.late: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer(interval=10)
        self._timer.timeout.connect(lambda: self.late.append(max(0.0, self._clock.restart() - 10)))
        self._clock.start()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return max(self.late)
