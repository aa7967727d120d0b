"""One window per journal: a `QLockFile` says who runs, a `QLocalServer` hears the others.

The first start takes the lock and listens; a second start fails to take the lock, tells
the first over a local socket to come to the front, and exits without ever opening the
database. `QLockFile` records the holder's PID, so a lock left by a crashed process is
recognised as stale and taken over.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

ACTIVATE = b"activate\n"
TIMEOUT_MS = 1000


def server_name(lock_path: Path) -> str:
    """A local-socket name unique to this journal folder and user."""
    digest = hashlib.sha256(str(lock_path.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"vision-journal-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}"


class SingleInstance(QObject):
    """Holds the lock of one journal folder; emits `activation_requested` for later starts."""

    activation_requested = Signal()

    def __init__(self, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock_path = lock_path
        self._lock = QLockFile(str(lock_path))
        # 0: never call a lock stale because of its age, only because its process is gone.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._name = server_name(lock_path)

    def acquire(self, *, listen: bool = True) -> bool:
        """True when this is the first instance; otherwise the first one is activated.

        `listen` False defers hearing later starts to `listen()`: the first frame
        (`ui/start.py`) is drawn before Qt's network module is loaded for it.
        """
        self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        if not self._lock.tryLock(100):
            self._activate_other()
            return False
        os.chmod(self._lock_path, 0o600)  # QLockFile creates it with the umask's mode
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Hear later starts (each asks this one to come to the front)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self._name)  # a socket left by a crashed first instance
        if server.listen(self._name):
            server.newConnection.connect(self._on_server_new_connection)
            self._server = server

    def release(self) -> None:
        """Give the lock up (at exit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _activate_other(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if socket.waitForConnected(TIMEOUT_MS):
            socket.write(ACTIVATE)
            socket.waitForBytesWritten(TIMEOUT_MS)
            socket.disconnectFromServer()

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # The other start writes at once and exits; waiting for its few bytes here keeps
            # the socket's lifetime simple (no callbacks on a socket Qt may have deleted).
            has_data = socket.bytesAvailable() > 0 or socket.waitForReadyRead(TIMEOUT_MS)
            if has_data and bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
                self.activation_requested.emit()
            socket.close()
            socket.deleteLater()


def bring_to_front(window: QObject) -> None:
    """Raise and activate `window` (a QWidget), un-minimising it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    if isinstance(window, QWidget):
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
