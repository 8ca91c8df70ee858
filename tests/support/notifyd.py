"""A fake desktop notification server for tests: ``python tests/support/notifyd.py CALLS.jsonl``.

Owns org.freedesktop.Notifications on the session bus in DBUS_SESSION_BUS_ADDRESS and speaks
the real protocol (Desktop Notifications spec 1.2): Notify ``susssasa{sv}i`` returns an id, a
``replaces_id`` that this server issued keeps its id, CloseNotification and clicks emit
NotificationClosed, and ActionInvoked is emitted from /org/freedesktop/Notifications as real
servers do. Each Notify call becomes one JSON line in CALLS.jsonl. It prints
``fake notifyd ready`` once it owns the name. Toasts never expire on their own.

FAKE_NOTIFYD_SIGNALS=targeted (the default) sends those signals only to the connection that
sent the toast, as dunst does; =broadcast sends them to every listener whose match rule
fits, as other servers do. A client has to cope with both.

For tests, ``org.antigravitytray.Test.Click(u id, s action_key)`` on /org/antigravitytray/Test
plays a person clicking an open toast: ActionInvoked(id, key), then NotificationClosed(id, 2).
It answers with an error if the toast is not open or has no such action.
"""

from __future__ import annotations

import json
import os
import sys
import time

from jeepney import DBusAddress, HeaderFields, MessageType, message_bus, new_error, new_method_return, new_signal
from jeepney.io.blocking import open_dbus_connection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
TEST_INTERFACE = "org.antigravitytray.Test"
TEST_PATH = "/org/antigravitytray/Test"
INTROSPECTABLE = "org.freedesktop.DBus.Introspectable"
PEER = "org.freedesktop.DBus.Peer"
CAPABILITIES = ["body", "actions"]  # what this fake really does: no markup, images or sounds
SERVER_INFO = ("fake-notifyd", "antigravity-tray tests", "1.0", "1.2")
# The methods on each object: (interface, {member: the argument signature it takes}).
METHODS = {
    PATH: (
        SERVICE,
        {"Notify": "susssasa{sv}i", "CloseNotification": "u", "GetCapabilities": "", "GetServerInformation": ""},
    ),
    TEST_PATH: (TEST_INTERFACE, {"Click": "us"}),
}
CLOSED_EXPIRED, CLOSED_DISMISSED, CLOSED_BY_CALL = 1, 2, 3  # NotificationClosed reasons

STANDARD_INTERFACES = f"""<interface name="{INTROSPECTABLE}">
<method name="Introspect"><arg name="xml_data" type="s" direction="out"/></method></interface>
<interface name="{PEER}"><method name="Ping"/>
<method name="GetMachineId"><arg name="machine_uuid" type="s" direction="out"/></method></interface>"""
INTERFACE_XML = {
    PATH: f"""<interface name="{SERVICE}">
<method name="Notify"><arg name="app_name" type="s" direction="in"/>
<arg name="replaces_id" type="u" direction="in"/><arg name="app_icon" type="s" direction="in"/>
<arg name="summary" type="s" direction="in"/><arg name="body" type="s" direction="in"/>
<arg name="actions" type="as" direction="in"/><arg name="hints" type="a{{sv}}" direction="in"/>
<arg name="expire_timeout" type="i" direction="in"/><arg name="id" type="u" direction="out"/></method>
<method name="CloseNotification"><arg name="id" type="u" direction="in"/></method>
<method name="GetCapabilities"><arg name="capabilities" type="as" direction="out"/></method>
<method name="GetServerInformation"><arg name="name" type="s" direction="out"/>
<arg name="vendor" type="s" direction="out"/><arg name="version" type="s" direction="out"/>
<arg name="spec_version" type="s" direction="out"/></method>
<signal name="NotificationClosed"><arg name="id" type="u"/><arg name="reason" type="u"/></signal>
<signal name="ActionInvoked"><arg name="id" type="u"/><arg name="action_key" type="s"/></signal>
</interface>""",
    TEST_PATH: f"""<interface name="{TEST_INTERFACE}">
<method name="Click"><arg name="id" type="u" direction="in"/><arg name="action_key" type="s" direction="in"/></method>
</interface>""",
}


def introspect(path: str) -> str:
    """Real introspection XML: the interfaces at ``path`` and the child nodes below it."""
    prefix = path.rstrip("/") + "/"
    children = sorted({p[len(prefix) :].split("/")[0] for p in INTERFACE_XML if p.startswith(prefix)})
    nodes = "".join(f'<node name="{child}"/>' for child in children)
    return f"<node>{STANDARD_INTERFACES}{INTERFACE_XML.get(path, '')}{nodes}</node>"


def plain(value):
    """A hint's value as JSON can hold it (image-data has bytes in it)."""
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, (tuple, list)):
        return [plain(item) for item in value]
    return value


class FakeServer:
    def __init__(self, connection, calls_path: str, targeted: bool):
        self.connection, self.calls_path, self.targeted = connection, calls_path, targeted
        self.signals = DBusAddress(PATH, interface=SERVICE)  # the spec's path and interface for signals
        self.next_id = 1
        self.issued: set[int] = set()  # every id handed out: a replaces_id among them keeps its id
        self.open: dict[int, tuple[str, list[str]]] = {}  # toasts on "screen" → (their sender, action keys)

    def handle(self, message) -> None:
        fields = message.header.fields
        path, interface, member = (
            fields.get(HeaderFields.path),
            fields.get(HeaderFields.interface),
            fields.get(HeaderFields.member),
        )
        if member == "Introspect" and interface in (INTROSPECTABLE, None):
            return self.reply(message, "s", introspect(path))
        if member == "Ping" and interface in (PEER, None):
            return self.reply(message)
        if path not in METHODS:
            return self.fail(message, "org.freedesktop.DBus.Error.UnknownObject", f"no object at {path}")
        own_interface, signatures = METHODS[path]
        if interface not in (own_interface, None) or member not in signatures:
            return self.fail(message, "org.freedesktop.DBus.Error.UnknownMethod", f"no {interface}.{member} here")
        signature = fields.get(HeaderFields.signature, "")
        if signature != signatures[member]:  # as GDBus-based servers do (e.g. QtDBus's sisssava{sv}i)
            return self.fail(
                message,
                "org.freedesktop.DBus.Error.InvalidArgs",
                f"type of message, '({signature})', does not match expected type '({signatures[member]})'",
            )
        getattr(self, f"do_{member}")(message)

    def do_Notify(self, message) -> None:
        app_name, replaces_id, icon, summary, body, actions, hints, expire_timeout = message.body
        toast_id = replaces_id if replaces_id in self.issued else self.new_id()
        self.open[toast_id] = (message.header.fields[HeaderFields.sender], list(actions[0::2]))
        record = {
            "app_name": app_name,
            "replaces_id": replaces_id,
            "app_icon": icon,
            "summary": summary,
            "body": body,
            "actions": list(actions),
            "hints": {k: plain(v[1]) for k, v in hints.items()},
            "hint_types": {k: v[0] for k, v in hints.items()},
            "expire_timeout": expire_timeout,
            "signature": message.header.fields.get(HeaderFields.signature),
            "id": toast_id,
            "sender": message.header.fields.get(HeaderFields.sender),
            "received_at": time.time(),
        }
        with open(self.calls_path, "a", encoding="utf-8") as calls:
            calls.write(json.dumps(record) + "\n")
        self.reply(message, "u", toast_id)

    def do_CloseNotification(self, message) -> None:
        (toast_id,) = message.body
        if toast_id not in self.open:  # the spec: "an empty D-BUS Error message is sent back"
            return self.fail(message, "org.freedesktop.Notifications.Error.NotFound")
        self.closed(toast_id, CLOSED_BY_CALL)
        self.reply(message)

    def do_GetCapabilities(self, message) -> None:
        self.reply(message, "as", CAPABILITIES)

    def do_GetServerInformation(self, message) -> None:
        self.reply(message, "ssss", *SERVER_INFO)

    def do_Click(self, message) -> None:
        toast_id, action_key = message.body
        if action_key not in self.open.get(toast_id, ("", []))[1]:
            return self.fail(
                message,
                "org.antigravitytray.Test.Error.NoSuchAction",
                f"toast {toast_id} is not open or has no action {action_key!r}",
            )
        self.emit(toast_id, "ActionInvoked", "us", (toast_id, action_key))
        self.closed(toast_id, CLOSED_DISMISSED)
        self.reply(message)

    def new_id(self) -> int:
        toast_id, self.next_id = self.next_id, self.next_id + 1
        self.issued.add(toast_id)
        return toast_id

    def closed(self, toast_id: int, reason: int) -> None:
        self.emit(toast_id, "NotificationClosed", "uu", (toast_id, reason))
        del self.open[toast_id]

    def emit(self, toast_id: int, name: str, signature: str, body: tuple) -> None:
        signal = new_signal(self.signals, name, signature, body)
        if self.targeted:
            signal.header.fields[HeaderFields.destination] = self.open[toast_id][0]
        self.connection.send(signal)

    def reply(self, message, signature: str | None = None, *body) -> None:
        self.connection.send(new_method_return(message, signature, body))

    def fail(self, message, error_name: str, text: str | None = None) -> None:
        self.connection.send(new_error(message, error_name, "s" if text else None, (text,) if text else ()))


def main(calls_path: str) -> None:
    connection = open_dbus_connection(bus="SESSION")
    reply = connection.send_and_get_reply(message_bus.RequestName(SERVICE, 4), timeout=5)  # 4: do not queue
    if reply.body != (1,):  # 1: primary owner
        sys.exit(f"fake notifyd: could not own {SERVICE} (RequestName answered {reply.body})")
    mode = os.environ.get("FAKE_NOTIFYD_SIGNALS", "targeted")
    if mode not in ("targeted", "broadcast"):
        sys.exit(f"fake notifyd: FAKE_NOTIFYD_SIGNALS must be targeted or broadcast, not {mode!r}")
    server = FakeServer(connection, calls_path, targeted=mode == "targeted")
    print("fake notifyd ready", flush=True)
    while True:
        try:
            message = connection.receive()
        except (OSError, EOFError):
            return  # the bus went away: the test is over
        if message.header.message_type == MessageType.method_call:
            server.handle(message)


if __name__ == "__main__":
    main(sys.argv[1])
