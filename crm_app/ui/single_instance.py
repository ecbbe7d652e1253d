"""Single running instance per database, and the screen pop channel (QLocalServer/QLocalSocket).

`crm-app lookup --show PHONE` connects to the running window's server and sends a JSON line;
the window comes to the front with that customer open (or a prefilled new-customer form).
"""
from __future__ import annotations

import hashlib
import json
import os

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def server_name(db_url: str) -> str:
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
    digest = hashlib.sha1(f"{user}|{db_url}".encode()).hexdigest()[:12]
    return f"retain-crm-{digest}"


def send(db_url: str, message: dict, timeout_ms: int = 1500) -> bool:
    """Deliver `message` to the running instance; False when none is running."""
    if QCoreApplication.instance() is None:  # from the CLI: sockets need an application object
        send.app = QCoreApplication([])  # type: ignore[attr-defined]
    sock = QLocalSocket()
    sock.connectToServer(server_name(db_url))
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write((json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8"))
    sock.flush()
    sock.waitForBytesWritten(timeout_ms)
    sock.waitForReadyRead(timeout_ms)  # the server answers "ok" once it has the message
    sock.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for messages from later `crm-app` invocations (runs on the GUI thread)."""

    message = Signal(dict)

    def __init__(self, db_url: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(db_url)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # a stale socket left by a crashed instance
        return self.server.listen(self.name)

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        while sock.canReadLine():
            line = bytes(sock.readLine()).decode("utf-8", "replace").strip()
            try:
                data = json.loads(line)
            except ValueError:
                continue
            if isinstance(data, dict):
                sock.write(b"ok\n")
                self.message.emit(data)
