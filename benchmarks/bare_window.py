"""The start-up floor: a bare PySide6 window (QApplication + QMainWindow shown, painted, then
quit).

Started by `run.py` exactly like the app (a fresh interpreter, same environment), it shows an
empty window of the app's default size and quits on the first idle turn after the window's
first paint, as the app's first-frame start does (`VISION_JOURNAL_EXIT_AFTER_FIRST_FRAME=1`).
Quitting on the first idle turn after `show()` alone would measure less than a frame: neither
the offscreen nor the xcb platform has painted the window by then.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow


class BareWindow(QMainWindow):
    """An empty main window that quits once it has been painted."""

    def __init__(self) -> None:
        super().__init__()
        self._has_painted = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (a Qt override)
        super().paintEvent(event)
        if not self._has_painted:
            self._has_painted = True
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    """Show the bare window and quit once it is painted."""
    app = QApplication(sys.argv)
    window = BareWindow()
    window.resize(1100, 720)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
