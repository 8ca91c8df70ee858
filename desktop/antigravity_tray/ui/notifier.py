"""Desktop toasts for account events.

They go to the system's notifications (platform/notifications.py): the notification server
over D-Bus on Linux, the notification center on macOS. Each family keeps one toast that newer
ones replace, and a click opens the accounts window. On Windows, or with no server, the tray
icon's own message shows them (Windows draws it as a toast, and a click on it opens the
accounts window too). Which events become toasts is core/toasts.py's call.

The calls to the notification server go out on a thread of their own, in order: a server
that hangs (each call gets 2 s) delays only the toasts, never the app.
"""

from __future__ import annotations

import functools
import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from ..core.switches import AccountEvent
from ..core.toasts import CRITICAL, Toast, ToastPolicy
from ..live.hub import AppHub
from ..live.monitor import run_at
from ..live.off_thread import gui_poster
from ..platform import notifications
from .common.icons import app_icon_png
from .common.text import APP_NAME, render, translate

log = logging.getLogger("antigravity_tray")

SHOW_FOR_MS = 10_000
CLOSE_WAIT_S = 3.0  # a last toast still on its way gets this long at quit


def connect_desktop_notifications(icon_folder: Path):
    """This system's notifier, or None (the reason is logged) when the tray icon shows toasts."""
    icon = app_icon_png(icon_folder)
    notifier, reason = notifications.connect(APP_NAME, str(icon) if icon else None)
    if notifier is None:
        log.info("desktop notifications: %s; the tray icon shows toasts instead", reason)
    return notifier


class Notifier(QObject):
    clicked = Signal()  # a toast was clicked (queued from the notifier's own thread)

    def __init__(
        self,
        hub: AppHub,
        show_window: Callable[[str], None],
        tray: QSystemTrayIcon | None = None,
        *,
        desktop: Callable[[], object] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent if parent is not None else hub)
        self.hub = hub
        self.tray = tray
        self.policy = ToastPolicy(hub.services.preferences.get)
        self.shown: list[Toast] = []  # what was shown, newest last (for tests and the log)
        self._ids: dict[str, int] = {}  # a toast's key → the server's id, so the next replaces it (sender thread)
        self._outbox: queue.Queue[tuple[str, str, str, str, str] | None] = queue.Queue()
        self._sender: threading.Thread | None = None  # started with the first toast
        self._post = gui_poster()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._release_held)
        self.clicked.connect(lambda: show_window("accounts"))
        self.desktop = desktop() if desktop is not None else connect_desktop_notifications(hub.services.app.state_dir)
        if self.desktop is not None:
            self.desktop.on_action(lambda _id, _key: self.clicked.emit())
        if tray is not None:
            tray.messageClicked.connect(self.clicked.emit)
        hub.monitor.accountEvent.connect(self.offer)

    def offer(self, event: AccountEvent) -> None:
        toast = self.policy.offer(event, self.hub.now_ms())
        if toast is not None:
            self.show(toast)
        self._schedule()

    def show(self, toast: Toast) -> None:
        now = self.hub.now_ms()
        summary, body = render(toast.summary, now, elide=False), render(toast.body, now, elide=False)
        self.shown.append(toast)
        del self.shown[:-50]
        if self.desktop is None:
            self._balloon(summary, body, toast.urgency)
            return
        if self._sender is None:
            self._sender = threading.Thread(target=self._send_all, name="notifications-sender", daemon=True)
            self._sender.start()
        self._outbox.put((toast.key, summary, body, toast.urgency, translate("Notifier", "Open accounts")))

    def _send_all(self) -> None:
        """The sender thread: each toast to the server, in order; the balloon when it fails."""
        while (item := self._outbox.get()) is not None:
            key, summary, body, urgency, open_accounts = item
            desktop = self.desktop
            if desktop is None:
                return  # closed meanwhile
            try:
                self._ids[key] = desktop.notify(
                    summary,
                    body,
                    replaces_id=self._ids.get(key, 0),
                    urgency=urgency,
                    actions={"default": open_accounts},
                    category="network",
                )
            except Exception as exc:
                log.warning("desktop notification failed (%s); using the tray icon", type(exc).__name__)
                self._post(functools.partial(self._balloon, summary, body, urgency))

    def _balloon(self, summary: str, body: str, urgency: str) -> None:
        if self.tray is not None and self.tray.isVisible():
            icon = (
                QSystemTrayIcon.MessageIcon.Warning if urgency == CRITICAL else QSystemTrayIcon.MessageIcon.Information
            )
            self.tray.showMessage(summary, body, icon, SHOW_FOR_MS)

    def _schedule(self) -> None:
        run_at(self._timer, self.policy.next_deadline(), self.hub.now_ms())

    def _release_held(self) -> None:
        for toast in self.policy.due(self.hub.now_ms()):
            self.show(toast)
        self._schedule()

    def close(self) -> None:
        if self._sender is not None:
            self._outbox.put(None)  # after what is queued
            self._sender.join(CLOSE_WAIT_S)
            self._sender = None
        if self.desktop is not None:
            self.desktop.close()
            self.desktop = None


__all__ = ["Notifier", "connect_desktop_notifications"]
