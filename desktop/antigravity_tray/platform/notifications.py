"""Which desktop notifications this system gets.

Linux: the notification server on the session bus (dbus_notify.py). macOS: the notification
center (macos_notify.py, desktop-notifier). Windows: none here, on purpose: Qt's tray icon
shows its messages as the system's own toasts there (summary, body, a click opens the
accounts window), so the notifier uses ``QSystemTrayIcon.showMessage``, as it does wherever
no server answers. Every backend has ``notify``, ``on_action`` and ``close``.
"""

from __future__ import annotations

import sys
from typing import Any


def connect(app_name: str, icon_path: str | None, platform: str | None = None) -> tuple[Any | None, str]:
    """``(notifier, "")``, or ``(None, why the tray icon's toasts are used instead)``."""
    platform = platform or sys.platform
    if platform.startswith("linux"):
        from .dbus_notify import DBusNotifier

        return DBusNotifier.probe(app_name=app_name, icon=icon_path or "dialog-information")
    if platform == "darwin":
        from .macos_notify import MacNotifier

        return MacNotifier.probe(app_name, icon_path)
    return None, "Windows shows the tray icon's messages as its own toasts"


__all__ = ["connect"]
