"""Desktop notifications on Linux: org.freedesktop.Notifications over the session bus.

Sent with jeepney, not QtDBus: PySide6 marshals Python ints as int32 and empty lists as
``av``, so servers reject its Notify calls (``susssasa{sv}i`` expected). No Qt here, so
the command line can use it as well.

Sending and listening share one connection, read by a background thread: dunst sends
ActionInvoked only to the connection that sent the toast (seen with dbus-monitor), so a
second connection would never see a click. Servers that broadcast it instead reach the
same connection through the AddMatch rules.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, MessageType, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

log = logging.getLogger("antigravity_tray")

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
NOTIFICATIONS = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
URGENCY = {"low": 0, "normal": 1, "critical": 2}
SIGNAL_TYPES = {"ActionInvoked": "us", "NotificationClosed": "uu"}  # the signals we listen to
CALL_TIMEOUT_S = 2.0  # a hung notification server must not freeze the tray
# What jeepney raises when there is no usable bus: no variable (KeyError), a malformed address or
# failed authentication (ValueError), an unsupported transport (RuntimeError), a refused,
# missing or broken socket (OSError).
BUS_ERRORS = (OSError, ValueError, KeyError, RuntimeError)


class NotifyError(Exception):
    """A notification could not be sent (or the server could not be asked)."""


class BusLost(NotifyError):
    """The connection to the session bus broke; the next call opens a new one."""


def _open_session_bus() -> DBusConnection:
    try:
        return open_dbus_connection(bus="SESSION")
    except BUS_ERRORS as exc:
        raise NotifyError(f"no D-Bus session bus ({type(exc).__name__})") from None


def _body(reply: Message, what: str) -> tuple:
    if reply.header.message_type == MessageType.error:
        raise NotifyError(f"{what} refused: {reply.header.fields.get(HeaderFields.error_name)}")
    return reply.body


def _ask_directly(connection: DBusConnection, message: Message, what: str) -> tuple:
    """A call on a connection that no thread reads yet; every failure becomes a NotifyError."""
    try:
        return _body(connection.send_and_get_reply(message, timeout=CALL_TIMEOUT_S), what)
    except BUS_ERRORS as exc:  # TimeoutError is an OSError too
        raise NotifyError(f"{what} failed ({type(exc).__name__})") from None


class _Link:
    """One session-bus connection and the thread reading it: replies go to the waiting call,
    the notification server's signals to ``on_signal`` (on that thread)."""

    def __init__(self, connection: DBusConnection, on_signal: Callable[[Message], None]):
        self.connection, self._on_signal = connection, on_signal
        self.lost = False
        self._pending: dict[int, Future] = {}  # serial of a call → its reply, once read
        self._lock = threading.Lock()
        for member in SIGNAL_TYPES:  # for servers that broadcast them
            # sender= leaves out look-alike signals that any other client could emit
            rule = MatchRule(type="signal", sender=SERVICE, interface=SERVICE, member=member, path=PATH)
            _ask_directly(connection, message_bus.AddMatch(rule), "AddMatch")
        self.reader = threading.Thread(target=self._read, name="notifications-listener", daemon=True)
        self.reader.start()

    def ask(self, message: Message, what: str) -> tuple:
        serial, reply = next(self.connection.outgoing_serial), Future()
        with self._lock:
            if self.lost:
                raise BusLost(f"{what}: lost the session bus")
            self._pending[serial] = reply
        try:
            self.connection.send(message, serial=serial)
            return _body(reply.result(CALL_TIMEOUT_S), what)
        except FutureTimeout:
            raise NotifyError(f"{what}: no answer within {CALL_TIMEOUT_S:g} s") from None
        except BUS_ERRORS as exc:
            self.lost = True
            raise BusLost(f"{what}: lost the session bus ({type(exc).__name__})") from None
        finally:
            with self._lock:
                self._pending.pop(serial, None)

    def close(self) -> None:
        try:  # wakes the reader from its blocking receive
            self.connection.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        if self.reader is not threading.current_thread():
            self.reader.join(2)
        self.connection.close()

    def _read(self) -> None:
        try:
            while True:
                message = self.connection.receive()
                answers = message.header.fields.get(HeaderFields.reply_serial)
                if answers is not None:
                    with self._lock:
                        reply = self._pending.get(answers)
                    if reply is not None:  # else the caller gave up waiting
                        reply.set_result(message)
                elif message.header.message_type == MessageType.signal:
                    self._on_signal(message)
        except BUS_ERRORS:
            pass  # close() shut the socket, or the bus went away
        finally:
            with self._lock:
                self.lost = True
                for reply in self._pending.values():  # only this thread resolves them
                    reply.set_exception(ConnectionResetError("the bus connection closed"))


class DBusNotifier:
    """Sends toasts to the desktop's notification server and reports clicks on them."""

    def __init__(self, connection: DBusConnection, app_name: str, icon: str):
        self.app_name, self.icon = app_name, icon
        self._call_lock = threading.Lock()  # one call, or reconnection, at a time
        self._sent: set[int] = set()  # ids of our toasts still open: clicks on others are not ours
        self._sent_lock = threading.Lock()  # the listener thread reads and prunes _sent
        self._callback: Callable[[int, str], None] | None = None
        self._closed = False
        self._link: _Link | None = _Link(connection, self._on_signal)

    @classmethod
    def probe(
        cls, app_name: str = "Antigravity Tray", icon: str = "dialog-information"
    ) -> tuple[DBusNotifier | None, str]:
        """``(notifier, "")`` when a notification server is there, else ``(None, why not)``."""
        try:
            connection = _open_session_bus()
        except NotifyError as exc:
            return None, str(exc)
        try:
            (has_server,) = _ask_directly(connection, message_bus.NameHasOwner(SERVICE), "NameHasOwner")
            if has_server:
                return cls(connection, app_name, icon), ""
            reason = "no notification server on the session bus"
        except NotifyError as exc:
            reason = f"the session bus did not answer ({exc})"
        connection.close()
        return None, reason

    @classmethod
    def connect(cls, app_name: str = "Antigravity Tray", icon: str = "dialog-information") -> DBusNotifier | None:
        """A notifier, or None (never an exception) when there is no bus or no server; see ``probe``."""
        return cls.probe(app_name, icon)[0]

    @property
    def listener(self) -> threading.Thread | None:
        """The thread that reads the bus and calls the ``on_action`` callback (for diagnostics)."""
        link = self._link
        return link.reader if link is not None else None

    def notify(
        self,
        summary: str,
        body: str,
        *,
        replaces_id: int = 0,
        urgency: str = "normal",
        timeout_ms: int = -1,
        actions: dict[str, str] | None = None,
        category: str | None = None,
        desktop_entry: str = "antigravity-tray",
    ) -> int:
        """Show a toast and return the server's id for it; pass that id as ``replaces_id`` to make
        the next toast replace this one. ``actions`` maps keys to labels: the key "default" is
        the click on the toast itself. Raises NotifyError."""
        hints = {"urgency": ("y", URGENCY[urgency]), "desktop-entry": ("s", desktop_entry)}
        if category:
            hints["category"] = ("s", category)
        flat_actions = [part for key, label in (actions or {}).items() for part in (key, label)]
        (toast_id,) = self._call(
            "Notify",
            "susssasa{sv}i",
            (self.app_name, replaces_id, self.icon, summary, body, flat_actions, hints, timeout_ms),
        )
        with self._sent_lock:
            self._sent.add(toast_id)
        return toast_id

    def server_info(self) -> tuple[str, str, str, str]:
        """(name, vendor, version, spec version) of the notification server."""
        return tuple(self._call("GetServerInformation"))  # type: ignore[return-value]

    def capabilities(self) -> list[str]:
        return list(self._call("GetCapabilities")[0])

    def on_action(self, callback: Callable[[int, str], None]) -> None:
        """Call ``callback(id, action_key)`` when the user clicks one of this notifier's toasts.

        It is called on the listener thread, never on the caller's thread: Qt code must hand it
        over to the GUI thread (emit a signal, which Qt queues). A second call replaces it."""
        self._callback = callback

    def close(self) -> None:
        """Stop the listener thread and close the connection. Safe to call twice."""
        with self._call_lock:
            self._closed = True
            link, self._link = self._link, None
        if link is not None:
            link.close()

    def _call(self, method: str, signature: str | None = None, body: tuple = ()) -> tuple:
        with self._call_lock:
            if self._closed:
                raise NotifyError("the notifier is closed")
            if self._link is None or self._link.lost:  # the bus went away: one new try per call
                self._reconnect()
            return self._link.ask(new_method_call(NOTIFICATIONS, method, signature, body), method)

    def _reconnect(self) -> None:
        if self._link is not None:
            self._link.close()
            self._link = None
        connection = _open_session_bus()
        try:
            self._link = _Link(connection, self._on_signal)
        except NotifyError:
            connection.close()
            raise
        with self._sent_lock:
            self._sent.clear()  # a new bus means a new server, which numbers its toasts afresh

    def _on_signal(self, message: Message) -> None:
        fields = message.header.fields
        member = fields.get(HeaderFields.member)
        if (fields.get(HeaderFields.interface), fields.get(HeaderFields.path)) != (SERVICE, PATH) or fields.get(
            HeaderFields.signature
        ) != SIGNAL_TYPES.get(member):
            return  # e.g. NameAcquired from the bus itself
        toast_id = message.body[0]
        with self._sent_lock:
            ours = toast_id in self._sent
            if member == "NotificationClosed":
                self._sent.discard(toast_id)
        callback = self._callback
        if ours and member == "ActionInvoked" and callback is not None:
            try:
                callback(toast_id, message.body[1])
            except Exception:  # a bug in the callback must not end click handling
                log.exception("notification click handler failed")


__all__ = ["BusLost", "DBusNotifier", "NotifyError"]
