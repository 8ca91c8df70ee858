"""What the fault tests share: a lock held the way OpenCode holds it, and a probe of the
event loop's lateness."""

from __future__ import annotations

import gc
import os
import threading
import time
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
    """A 10 ms timer; how late each tick came, in ms.

    The objects that exist when it starts are frozen out of garbage collection until it stops:
    after a few hundred tests this process holds far more of them than the app ever does, and
    a full collection over them stalls the loop (48 ms in a small run already), which would be
    the test's weight, not the app's. Collections that still happen are noted in ``gc_pauses``
    (ms)."""

    def __init__(self):
        self.late: list[float] = []
        self.gc_pauses: list[float] = []
        self._gc_started = 0.0
        gc.freeze()
        gc.callbacks.append(self._on_gc)
        self._clock = QElapsedTimer()
        self._timer = QTimer(interval=10)
        self._timer.timeout.connect(lambda: self.late.append(max(0.0, self._clock.restart() - 10)))
        self._clock.start()
        self._timer.start()

    def _on_gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif info.get("generation") == 2:
            self.gc_pauses.append((time.perf_counter() - self._gc_started) * 1000)

    def stop(self) -> float:
        self._timer.stop()
        gc.callbacks.remove(self._on_gc)
        gc.unfreeze()
        return max(self.late)
