"""Blocking work (a process scan, a keyring call) that a window's next step depends on.

``wait_off_gui_thread(work)`` runs ``work`` on a plain thread and waits in a local event
loop, the way a modal dialog waits: timers, painting and queued signals go on, so the app
never freezes. Clicks and keys are held until the work is done (Qt delivers them then),
so no action starts a second time meanwhile.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

T = TypeVar("T")


class NoAnswer(TimeoutError):
    """The work did not finish in time (it runs on, and its answer is dropped)."""


class _Relay(QObject):
    """Carries "work number N is done" from a worker to the GUI thread. One for the app's
    lifetime, made on the GUI thread: a QObject must never die on a worker thread."""

    finished = Signal(int)


_relay: _Relay | None = None
_numbers = itertools.count()


def wait_off_gui_thread(work: Callable[[], T], *, timeout_ms: int | None = None) -> T:
    """``work()``'s result, or what it raised; NoAnswer after ``timeout_ms``, or when the app
    quits meanwhile. Call it on the GUI thread; ``work`` must not touch (or hold) a Qt object."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    relay, number = _relay, next(_numbers)
    outcome: list[tuple[bool, object]] = []
    loop = QEventLoop()

    def quit_if_mine(finished: int) -> None:
        if finished == number:
            loop.quit()

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # handed to the caller, on its own thread
            outcome.append((False, exc))
        relay.finished.emit(number)  # queued to the GUI thread

    relay.finished.connect(quit_if_mine)
    try:
        threading.Thread(target=run, name="off-gui-thread", daemon=True).start()
        if timeout_ms is not None:
            QTimer.singleShot(timeout_ms, loop, loop.quit)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        relay.finished.disconnect(quit_if_mine)
    if not outcome:
        raise NoAnswer(f"no answer within {timeout_ms / 1000:g} s" if timeout_ms else "the app is quitting")
    finished, value = outcome[0]
    if not finished:
        assert isinstance(value, BaseException)
        raise value
    return value  # type: ignore[return-value]
