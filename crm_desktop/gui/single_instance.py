"""One window per database: a second start on the same file brings the first forward.

The window that holds the database's writer lock listens on a local socket named after
the file (and the user); a second start finds the lock taken, asks over that socket, and
quits once the first window answers. If nobody answers (the file is being written by a
CLI import, say), the second start opens read-only instead and says so.
"""

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

_ASK, _ANSWER = b"show\n", b"shown\n"


def server_name(db_path: Path) -> str:
    """A short name per user and database file (socket paths are limited in length)."""
    key = f"{getpass.getuser()}\0{Path(db_path).resolve()}".encode()
    return "crm-desktop-" + hashlib.sha256(key).hexdigest()[:20]


def bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class InstanceServer(QObject):
    """Answers a second start on the same database by bringing ``window`` forward."""

    def __init__(self, db_path: Path, window: QWidget):
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(db_path)
        # We hold the writer lock, so a socket left under this name is a dead one's.
        QLocalServer.removeServer(name)
        if self.server.listen(name):
            log.info("listening for other starts on %s", db_path)
        else:
            log.warning("cannot listen for other starts: %s", self.server.errorString())
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (sock := self.server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        if sock.canReadLine() and bytes(sock.readLine().data()) == _ASK:
            log.info("another start on this database: bringing the window forward")
            bring_forward(self.window)
            sock.write(_ANSWER)
            sock.flush()
            sock.disconnectFromServer()


def ask_first_instance(db_path: Path, timeout_ms: int = 3000) -> bool | None:
    """Ask the window that has ``db_path`` open to come forward: True if it did, False if
    it did not answer, None if no window is listening."""
    sock = QLocalSocket()
    sock.connectToServer(server_name(db_path))
    if not sock.waitForConnected(timeout_ms):
        return None
    sock.write(_ASK)
    sock.waitForBytesWritten(timeout_ms)
    answered = False
    while sock.waitForReadyRead(timeout_ms):
        if sock.canReadLine():
            answered = bytes(sock.readLine().data()) == _ANSWER
            break
    sock.abort()
    return answered

