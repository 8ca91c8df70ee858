"""Quit cleanly on SIGTERM, SIGINT and SIGHUP (a session logging out, Ctrl+C in a terminal).

Python runs its signal handlers only between bytecodes, and Qt's event loop runs in C++, so a
plain handler would wait for the next Qt callback. ``signal.set_wakeup_fd`` writes a byte to
a socket as the signal lands; a QSocketNotifier on the other end wakes the loop, which quits:
pending writes finish, and the single-instance lock is released.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


class QuitOnSignals(QObject):
    def __init__(self, quit: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._quit = quit
        self._receiver, self._sender = _wakeup_pair()
        self._previous_fd = signal.set_wakeup_fd(self._sender, warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, lambda *_: None) for number in SIGNALS}
        self._notifier = QSocketNotifier(self._receiver, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)

    def _on_signal(self) -> None:
        try:
            _drain(self._receiver)
        except BlockingIOError:
            return
        self._quit()

    def restore(self) -> None:
        """Give the signals back (for tests and a clean shutdown)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        _close(self._receiver)
        _close(self._sender)


# Two non-blocking ends as file descriptors. The socket module loads only on Windows.
if sys.platform == "win32":
    import socket

    _sockets: dict[int, socket.socket] = {}

    def _wakeup_pair() -> tuple[int, int]:
        ends = socket.socketpair()
        for end in ends:
            end.setblocking(False)
            _sockets[end.fileno()] = end
        return ends[0].fileno(), ends[1].fileno()

    def _drain(fd: int) -> None:
        _sockets[fd].recv(64)

    def _close(fd: int) -> None:
        _sockets.pop(fd).close()

else:

    def _wakeup_pair() -> tuple[int, int]:
        receiver, sender = os.pipe()
        for end in (receiver, sender):
            os.set_blocking(end, False)
        return receiver, sender

    def _drain(fd: int) -> None:
        os.read(fd, 64)

    _close = os.close


__all__ = ["QuitOnSignals"]
