"""Starting the window: the Qt application, the first-run setup, opening the journal, and
what to say when a journal cannot be opened."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWizard

from vision_journal import APP_ID, APP_NAME, __version__
from vision_journal.core.errors import JournalOpenError
from vision_journal.core.journal import Journal
from vision_journal.core.paths import (
    JournalPaths,
    default_data_dir,
    remember_data_dir,
    remembered_data_dir,
)
from vision_journal.core.setup import SetupPlan, apply_plan
from vision_journal.ui.icons import app_icon
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.setup_wizard import SetupWizard, offer_setup


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
    return app


def known_journal() -> JournalPaths | None:
    """The journal of earlier starts: a remembered folder, or one in the default folder."""
    remembered = remembered_data_dir()
    if remembered is not None:
        return JournalPaths(remembered)
    default = JournalPaths(default_data_dir())
    return default if default.database.exists() else None


def run(
    paths: JournalPaths | None,
    *,
    title_suffix: str = "",
    prepare: Callable[[Journal], None] | None = None,
) -> int:
    """Open the journal in the window and run until it closes.

    `paths` None means the person's own journal: the one of earlier starts, or, on the very
    first start, the setup wizard asks where it should live.
    """
    app = make_application()
    plan: SetupPlan | None = None
    if paths is None:
        paths = known_journal()
        if paths is None:
            wizard = SetupWizard(default_data_dir())
            if wizard.exec() != QWizard.DialogCode.Accepted.value:
                return 0  # nothing was created; the next start asks again
            folder = wizard.location() or default_data_dir()
            paths = JournalPaths(folder)
            plan = wizard.plan()
            remember_data_dir(folder)
    try:
        journal = Journal.open(paths)
    except (JournalOpenError, OSError) as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    try:
        if prepare is not None:
            prepare(journal)
        if plan is not None:
            apply_plan(journal, plan)
        elif not journal.settings().has_completed_setup:
            offer_setup(journal)
        window = MainWindow(journal, paths.settings_file, title_suffix)
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = QSystemTrayIcon(app.windowIcon(), window)
            tray.setToolTip(APP_NAME)
            tray.show()
            window.set_tray(tray)
        window.show()
        return app.exec()
    finally:
        journal.close()
