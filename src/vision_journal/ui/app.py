"""Starting the window: the Qt application, opening the journal, and what to say if we can't."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMessageBox

from vision_journal import APP_ID, APP_NAME, __version__
from vision_journal.core.errors import JournalOpenError
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    """The Qt application with the product's names set (once per process)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Vision Journal")
    app.setDesktopFileName(APP_ID)
    return app


def run(
    paths: JournalPaths,
    *,
    title_suffix: str = "",
    prepare: Callable[[Journal], None] | None = None,
) -> int:
    """Open the journal at `paths` in the window and run until it closes."""
    app = make_application()
    try:
        journal = Journal.open(paths)
    except JournalOpenError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    try:
        if prepare is not None:
            prepare(journal)
        window = MainWindow(journal, paths.settings_file, title_suffix)
        window.show()
        return app.exec()
    finally:
        journal.close()
