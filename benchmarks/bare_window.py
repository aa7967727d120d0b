"""The start-up floor: a bare PySide6 window (QApplication + QMainWindow shown, then quit).

Started by `run.py` exactly like the app (a fresh interpreter, same environment), it shows an
empty window of the app's default size and quits on the first idle turn of the event loop,
after the window's first layout and paint: the same moment the app quits at under
`VISION_JOURNAL_EXIT_AFTER_START=1`.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    """Show the bare window and quit once the event loop idles."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
