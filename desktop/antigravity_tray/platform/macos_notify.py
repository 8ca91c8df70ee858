"""Toasts in macOS's notification center, through desktop-notifier, with the same methods as
the D-Bus notifier: ``notify`` (an int id; ``replaces_id`` takes the old toast away),
``on_action`` and ``close``.

desktop-notifier's API is asyncio; its click callbacks arrive through its event loop, which
Qt's loop does not run. So the notifier gets a loop of its own on a thread: calls wait for
their result there, and clicks are reported from that thread (Qt code emits a signal, which
Qt queues to the GUI thread, as with D-Bus).
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import Callable, Coroutine
from typing import Any

CALL_TIMEOUT = 10.0  # seconds; the first toast may wait for the person to allow notifications


class MacNotifier:
    def __init__(self, notifier: Any, urgencies: dict[str, Any] | None = None):
        """``notifier``: a ``desktop_notifier.DesktopNotifier`` (or an object with its async
        ``send(title, message, urgency=, on_clicked=)`` and ``clear(identifier)``)."""
        self._notifier = notifier
        self._urgencies = urgencies or {}
        self._ids = itertools.count(1)
        self._identifiers: dict[int, str] = {}  # our id → desktop-notifier's identifier
        self._callback: Callable[[int, str], None] | None = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="mac-notifications", daemon=True)
        self._thread.start()

    @classmethod
    def probe(cls, app_name: str, icon_path: str | None) -> tuple[MacNotifier | None, str]:
        try:
            from desktop_notifier import DesktopNotifier, Icon, Urgency
        except ImportError as exc:
            return None, f"desktop-notifier is not installed ({exc})"
        icon = Icon(path=icon_path) if icon_path else None
        urgencies = {"low": Urgency.Low, "normal": Urgency.Normal, "critical": Urgency.Critical}
        return cls(DesktopNotifier(app_name=app_name, app_icon=icon), urgencies), ""

    def _run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(CALL_TIMEOUT)

    def notify(
        self,
        summary: str,
        body: str,
        *,
        replaces_id: int = 0,
        urgency: str = "normal",
        actions: dict[str, str] | None = None,
        category: str | None = None,
    ) -> int:
        """Show a toast; returns its id. The notification center keeps no "replace" of its own:
        the toast ``replaces_id`` is cleared first, so one toast per family stays."""
        old = self._identifiers.pop(replaces_id, None)
        if old is not None:
            self._run(self._notifier.clear(old))
        toast_id = next(self._ids)
        identifier = self._run(
            self._notifier.send(
                title=summary,
                message=body,
                urgency=self._urgencies.get(urgency, urgency),
                on_clicked=lambda: self._clicked(toast_id),
            )
        )
        self._identifiers[toast_id] = str(getattr(identifier, "identifier", identifier))
        return toast_id

    def _clicked(self, toast_id: int) -> None:
        if self._callback is not None:
            self._callback(toast_id, "default")

    def on_action(self, callback: Callable[[int, str], None]) -> None:
        """``callback(id, "default")`` when a toast is clicked, called on the notifier's thread."""
        self._callback = callback

    def close(self) -> None:
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)


__all__ = ["MacNotifier"]
