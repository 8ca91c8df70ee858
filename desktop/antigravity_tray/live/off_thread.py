"""Work off the GUI thread, and its answer back on it.

``gui_poster()`` (called on the GUI thread) returns ``post``: a worker thread calls
``post(fn)`` and ``fn()`` runs soon after on the GUI thread. The worker never touches a Qt
object of ours itself, so one that ends while its window or hub is being deleted cannot
crash the app.

``wait_off_gui_thread(work)`` runs blocking work that a window's next step depends on (a
process scan, a keyring call) on a plain thread, and waits in a local event loop, the way a
modal dialog waits: timers, painting and queued signals go on, so the app never freezes.
Clicks and keys are held until the work is done (Qt delivers them then), so no action
starts a second time meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QTimer, Signal

T = TypeVar("T")
Post = Callable[[Callable[[], object]], None]


class NoAnswer(TimeoutError):
    """The work did not finish in time (it runs on, and its answer is dropped)."""


class _Relay(QObject):
    """Carries callables from worker threads to the GUI thread. One for the app's lifetime:
    a QObject a worker emits on must never be deleted under it."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run)  # queued when emitted on another thread

    @staticmethod
    def _run(fn: Callable[[], object]) -> None:
        fn()


_relay: _Relay | None = None


def gui_poster() -> Post:
    """``post(fn)`` for worker threads. Call this on the GUI thread, once the app exists."""
    global _relay
    if _relay is None:
        app = QCoreApplication.instance()
        assert app is not None and app.thread() == QThread.currentThread(), "call gui_poster() on the GUI thread"
        _relay = _Relay()
    return _relay.call.emit


def wait_off_gui_thread(work: Callable[[], T], *, timeout_ms: int | None = None) -> T:
    """``work()``'s result, or what it raised; NoAnswer after ``timeout_ms``, or when the app
    quits meanwhile. Call it on the GUI thread; ``work`` must not touch a Qt object."""
    post = gui_poster()
    outcome: list[tuple[bool, object]] = []
    waiting = [QEventLoop()]

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # handed to the caller, on its own thread
            outcome.append((False, exc))
        post(wake)

    def wake() -> None:
        if waiting:  # none left once the wait gave up
            waiting[0].quit()

    threading.Thread(target=run, name="off-gui-thread", daemon=True).start()
    loop = waiting[0]
    if timeout_ms is not None:
        QTimer.singleShot(timeout_ms, loop, loop.quit)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    waiting.clear()
    if not outcome:
        raise NoAnswer(f"no answer within {timeout_ms / 1000:g} s" if timeout_ms else "the app is quitting")
    finished, value = outcome[0]
    if not finished:
        assert isinstance(value, BaseException)
        raise value
    return value  # type: ignore[return-value]
