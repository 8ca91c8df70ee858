"""One login attempt off the GUI thread: wait for the code, finish, save.

The blocking calls run in a plain Python thread; results come back through Qt signals on
a QObject that lives in the GUI thread, so they are delivered there as queued calls.
Every signal carries the worker itself, so a dialog can ignore a worker it has already
replaced ("Try again"). Nothing is saved once ``cancel()`` was called.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ...core.login_errors import LoginCancelled, NotSaved
from ...core.login_save import SavedLogin
from ...core.oauth import LoginFlow, LoginResult

SaveLogin = Callable[[LoginResult], SavedLogin]


class LoginWorker(QObject):
    finishing = Signal(object)  # (worker): a code arrived, finish() runs now
    succeeded = Signal(object, object, object)  # (worker, LoginResult, SavedLogin)
    failed = Signal(object, object)  # (worker, exception): a LoginError, or a save failure

    def __init__(self, flow: LoginFlow, save: SaveLogin):
        super().__init__()
        self.flow = flow
        self._save = save
        self._cancelled = threading.Event()
        self._pasted: str | None = None
        self._thread = threading.Thread(target=self._run, name="login-worker", daemon=True)

    # -- called from the GUI thread ---------------------------------------------------
    def start(self) -> None:
        """Start waiting for the browser. ``flow.start_receiver()`` must have succeeded."""
        self._thread.start()

    def use_code(self, code: str) -> None:
        """Finish with a code that came another way (pasted); stop waiting for the browser."""
        self._pasted = code
        self.flow.stop_listening()

    def cancel(self) -> None:
        """Abandon the attempt; the thread ends soon and nothing is written."""
        self._cancelled.set()
        self.flow.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the thread (at most ``timeout`` seconds); True when it has ended."""
        if self._thread.ident is not None:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    # -- the thread ---------------------------------------------------------------------
    def _run(self) -> None:
        try:
            code = self._wait_for_code()
            self._report(self.finishing, self)
            result = self.flow.finish(code)
            if self._cancelled.is_set():  # cancelled while the last call was in flight
                raise LoginCancelled()
            try:
                saved = self._save(result)
            except Exception as exc:
                raise NotSaved(exc) from exc
        except Exception as exc:
            self._report(self.failed, self, exc)
        else:
            self._report(self.succeeded, self, result, saved)

    @staticmethod
    def _report(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the app is shutting down and took this QObject with it
            pass

    def _wait_for_code(self) -> str:
        try:
            return self.flow.wait_for_code()
        except LoginCancelled:
            if self._pasted is None or self._cancelled.is_set():
                raise
            return self._pasted

    def __repr__(self) -> str:  # the pasted code stays out of logs
        return f"<LoginWorker running={self.is_running()} cancelled={self.cancelled}>"
