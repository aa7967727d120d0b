"""The Qt application and the journal a start opens: light to import (Qt and the theme),
so the first frame (`ui/start.py`) needs nothing of the journal's code to make them."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from vision_journal import APP_ID, APP_NAME, __version__
from vision_journal.core.paths import JournalPaths, default_data_dir, remembered_data_dir
from vision_journal.ui.icons import app_icon
from vision_journal.ui.style import install_theme
from vision_journal.ui.translations import install_translations


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
    app.setWindowIcon(app_icon())
    install_translations(app)
    install_theme(app)
    return app


def known_journal() -> JournalPaths | None:
    """The journal of earlier starts: a remembered folder, or one in the default folder."""
    remembered = remembered_data_dir()
    if remembered is not None:
        return JournalPaths(remembered)
    default = JournalPaths(default_data_dir())
    return default if default.database.exists() else None
