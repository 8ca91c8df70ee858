"""Desktop notifications on Linux: org.freedesktop.Notifications over the session bus.

Sent with jeepney, not QtDBus: PySide6 marshals Python ints as int32 and empty lists as
``av``, so servers reject its Notify calls (``susssasa{sv}i`` expected). No Qt here, so
the command line can use it as well. Clicks arrive as D-Bus signals on a listener thread.
"""

from __future__ import annotations

import threading
from typing import Callable

from jeepney import DBusAddress, HeaderFields, MatchRule, MessageType, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
NOTIFICATIONS = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
URGENCY = {"low": 0, "normal": 1, "critical": 2}
CALL_TIMEOUT_S = 2.0  # a hung notification server must not freeze the tray


class NotifyError(Exception):
    """A notification could not be sent."""


def _connect() -> DBusConnection:
    try:
        return open_dbus_connection(bus="SESSION")
    except (OSError, KeyError, ValueError) as exc:  # no bus, no address, refused
        raise NotifyError(f"no D-Bus session bus ({type(exc).__name__})") from None


class DBusNotifier:
    def __init__(self, connection: DBusConnection, app_name: str, icon: str):
        self._connection = connection
        self.app_name, self.icon = app_name, icon
        self._sent: set[int] = set()
        self._listener: threading.Thread | None = None
        self._listen_connection: DBusConnection | None = None
        self._stop = threading.Event()

    @classmethod
    def probe(cls, app_name: str = "Antigravity Tray", icon: str = "dialog-information"):
        """(notifier, "") when a notification server is there, else (None, why not)."""
        try:
            connection = _connect()
        except NotifyError as exc:
            return None, str(exc)
        try:
            reply = connection.send_and_get_reply(message_bus.NameHasOwner(SERVICE), timeout=CALL_TIMEOUT_S)
        except Exception as exc:  # noqa: BLE001 - any bus failure means "none"
            connection.close()
            return None, f"the session bus did not answer ({type(exc).__name__})"
        if not reply.body[0]:
            connection.close()
            return None, "no notification server on the session bus"
        return cls(connection, app_name, icon), ""

    @classmethod
    def connect(cls, app_name: str = "Antigravity Tray", icon: str = "dialog-information") -> DBusNotifier | None:
        return cls.probe(app_name, icon)[0]

    def _call(self, method: str, signature: str | None = None, body: tuple = ()):
        message = new_method_call(NOTIFICATIONS, method, signature, body)
        try:
            reply = self._connection.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
        except Exception as exc:  # noqa: BLE001 - timeouts, a closed socket
            raise NotifyError(f"{method} failed ({type(exc).__name__})") from None
        if reply.header.message_type == MessageType.error:
            raise NotifyError(f"{method} refused: {reply.header.fields.get(HeaderFields.error_name)}")
        return reply.body

    def notify(self, summary: str, body: str, *, replaces_id: int = 0, urgency: str = "normal",
               timeout_ms: int = -1, actions: dict[str, str] | None = None, category: str | None = None,
               desktop_entry: str = "antigravity-tray") -> int:
        """Show a toast; returns its id (pass it as ``replaces_id`` to replace the toast)."""
        hints = {"urgency": ("y", URGENCY.get(urgency, 1)), "desktop-entry": ("s", desktop_entry)}
        if category:
            hints["category"] = ("s", category)
        flat_actions = [part for key, label in (actions or {}).items() for part in (key, label)]
        (toast_id,) = self._call("Notify", "susssasa{sv}i", (self.app_name, replaces_id, self.icon, summary, body,
                                                             flat_actions, hints, timeout_ms))
        self._sent.add(toast_id)
        return toast_id

    def server_info(self) -> tuple[str, str, str, str]:
        return tuple(self._call("GetServerInformation"))  # type: ignore[return-value]

    def capabilities(self) -> list[str]:
        return list(self._call("GetCapabilities")[0])

    def on_action(self, callback: Callable[[int, str], None]) -> None:
        """Call ``callback(id, action_key)`` when one of our toasts is clicked. It runs on a
        listener thread: Qt callers must hand it to the GUI thread (a queued signal)."""
        connection = _connect()
        for member in ("ActionInvoked", "NotificationClosed"):
            rule = MatchRule(type="signal", interface=SERVICE, member=member, path=PATH)
            connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)
        self._listen_connection = connection

        def listen() -> None:
            while not self._stop.is_set():
                try:
                    message = connection.receive(timeout=0.5)
                except TimeoutError:
                    continue
                except Exception:  # noqa: BLE001 - the connection closed: stop listening
                    return
                fields = message.header.fields
                if message.header.message_type != MessageType.signal or fields.get(HeaderFields.interface) != SERVICE:
                    continue
                toast_id = message.body[0]
                if toast_id not in self._sent:
                    continue  # another app's toast
                if fields.get(HeaderFields.member) == "ActionInvoked":
                    callback(toast_id, message.body[1])
                else:
                    self._sent.discard(toast_id)

        self._listener = threading.Thread(target=listen, name="notification-clicks", daemon=True)
        self._listener.start()

    def close(self) -> None:
        self._stop.set()
        if self._listener is not None:
            self._listener.join(2)
        for connection in (self._listen_connection, self._connection):
            if connection is not None:
                connection.close()


__all__ = ["DBusNotifier", "NotifyError"]
