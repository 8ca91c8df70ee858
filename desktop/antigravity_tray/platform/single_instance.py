"""One running app per user and app folder: a QLockFile says who runs, and a QLocalServer
lets a second start hand over its request ("show settings") and exit.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, QStandardPaths, QThread, Signal

if TYPE_CHECKING:  # QtNetwork loads with listen() or send(), after the tray's icon is up
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 2000


def instance_key(app_state_dir: Path) -> str:
    """Distinct per user and per app folder (so tests and portable installs do not meet)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    path = str(app_state_dir.resolve()).encode()
    digest = bytes(QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha256).toHex().data()).decode()[:12]
    return f"antigravity-tray-{user}-{digest}"


class SingleInstance(QObject):
    messageReceived = Signal(str)

    def __init__(self, key: str, parent: QObject | None = None):
        super().__init__(parent)
        self.key = key
        runtime = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.RuntimeLocation
        ) or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
        Path(runtime).mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(Path(runtime) / f"{key}.lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone (Qt checks the pid)
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True if this process is now the one instance; call ``listen()`` next (the tray app
        does once its icon is up: a second start keeps trying to reach it meanwhile)."""
        return self._lock.tryLock(100)

    def listen(self) -> None:
        """Take requests from later starts."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.key)  # a socket left by a crashed run
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._server.listen(self.key)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            message = bytes(socket.readLine()).decode("utf-8", "replace").strip()
            socket.write(b"ok\n")
            socket.flush()
            socket.disconnectFromServer()
            if message:
                self.messageReceived.emit(message)

    def send(self, message: str) -> bool:
        """From a second start: hand ``message`` to the running instance (which may be a few
        hundred milliseconds from listening, if it started just now)."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = time.monotonic() + CONNECT_TIMEOUT_MS / 1000
        while True:
            socket.connectToServer(self.key)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                break
            if time.monotonic() >= deadline:
                return False
            QThread.msleep(50)
        socket.write(message.encode() + b"\n")
        socket.flush()
        answered = socket.waitForReadyRead(CONNECT_TIMEOUT_MS) and bytes(socket.readLine()).strip() == b"ok"
        socket.disconnectFromServer()
        return answered

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
