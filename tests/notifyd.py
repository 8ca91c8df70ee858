"""A fake desktop notification server for tests: ``python notifyd.py CALLS.jsonl``.

Owns org.freedesktop.Notifications on the session bus in DBUS_SESSION_BUS_ADDRESS and
speaks the real protocol (Notify ``susssasa{sv}i``, ids reused by ``replaces_id``, the
ActionInvoked and NotificationClosed signals). Each Notify call becomes one JSON line.
``org.antigravitytray.Test.Click(u id, s action)`` on /test plays a person clicking a toast.
"""

from __future__ import annotations

import json
import sys
import time

from jeepney import HeaderFields, MessageType, message_bus, new_error, new_method_return, new_signal
from jeepney import DBusAddress
from jeepney.io.blocking import open_dbus_connection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTROSPECTION = """<node><interface name="org.freedesktop.Notifications">
<method name="Notify"><arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
<arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
<arg type="a{sv}" direction="in"/><arg type="i" direction="in"/><arg type="u" direction="out"/></method>
<method name="CloseNotification"><arg type="u" direction="in"/></method>
<method name="GetCapabilities"><arg type="as" direction="out"/></method>
<method name="GetServerInformation"><arg type="s" direction="out"/><arg type="s" direction="out"/>
<arg type="s" direction="out"/><arg type="s" direction="out"/></method>
<signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
<signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
</interface></node>"""


def main(calls_path: str) -> None:
    connection = open_dbus_connection(bus="SESSION")
    reply = connection.send_and_get_reply(message_bus.RequestName(SERVICE, 4))
    assert reply.body[0] == 1, "another notification server owns the name"
    emitter = DBusAddress(PATH, interface=SERVICE)
    next_id, shown = 1, set()
    print("fake notifyd ready", flush=True)
    while True:
        message = connection.receive()
        header = message.header
        if header.message_type != MessageType.method_call:
            continue
        member, interface = header.fields.get(HeaderFields.member), header.fields.get(HeaderFields.interface)
        if member == "Notify":
            app, replaces, icon, summary, body, actions, hints, timeout = message.body
            toast_id = replaces if replaces in shown else next_id
            next_id += toast_id == next_id
            shown.add(toast_id)
            record = {"app_name": app, "replaces_id": replaces, "app_icon": icon, "summary": summary, "body": body,
                      "actions": list(actions), "hints": {k: v[1] for k, v in hints.items()},
                      "expire_timeout": timeout, "signature": header.fields.get(HeaderFields.signature),
                      "id": toast_id, "received_at": time.time()}
            with open(calls_path, "a", encoding="utf-8") as log:
                log.write(json.dumps(record) + "\n")
            connection.send(new_method_return(message, "u", (toast_id,)))
        elif member == "Click" and interface == "org.antigravitytray.Test":
            toast_id, action = message.body
            connection.send(new_signal(emitter, "ActionInvoked", "us", (toast_id, action)))
            connection.send(new_signal(emitter, "NotificationClosed", "uu", (toast_id, 2)))
            connection.send(new_method_return(message))
        elif member == "CloseNotification":
            connection.send(new_signal(emitter, "NotificationClosed", "uu", (message.body[0], 3)))
            connection.send(new_method_return(message))
        elif member == "GetCapabilities":
            connection.send(new_method_return(message, "as", (["body", "actions"],)))
        elif member == "GetServerInformation":
            connection.send(new_method_return(message, "ssss", ("fake-notifyd", "antigravity-tray tests", "1", "1.2")))
        elif member == "Introspect":
            connection.send(new_method_return(message, "s", (INTROSPECTION,)))
        else:
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s", (str(member),)))


if __name__ == "__main__":
    main(sys.argv[1])
