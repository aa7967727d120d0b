"""Starting the window: the Qt application, the first-run setup, opening the journal, and
what to say when a journal cannot be opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon, QWizard

from vision_journal import APP_NAME
from vision_journal.core import backup
from vision_journal.core.errors import JournalOpenError
from vision_journal.core.journal import Journal
from vision_journal.core.paths import (
    JournalPaths,
    default_data_dir,
    remember_data_dir,
)
from vision_journal.core.setup import SetupPlan, apply_plan
from vision_journal.core.write_errors import WRITE_ERRORS
from vision_journal.ui.application import known_journal, make_application
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.setup_wizard import SetupWizard, offer_setup
from vision_journal.ui.single_instance import SingleInstance
from vision_journal.ui.unlock import KeyFlow, open_journal
from vision_journal.ui.write_failure import install_write_failure_hook

if TYPE_CHECKING:
    from vision_journal.ui.start_window import StartWindow


def run(
    paths: JournalPaths | None,
    *,
    title_suffix: str = "",
    prepare: Callable[[Journal], None] | None = None,
    key: bytes | None = None,
    start: StartWindow | None = None,
    instance: SingleInstance | None = None,
    keyring_key: bytes | None = None,
) -> int:
    """Open the journal in the window and run until it closes.

    `paths` None means the person's own journal: the one of earlier starts, or, on the very
    first start, the setup wizard asks where it should live. `key` None means the journal's
    own key (keyring or passphrase); a throwaway journal (the demo) passes one.

    From `ui/start.py`: `start` is the first frame drawn from the dashboard's snapshot (it
    gives way to the window once the journal is open), `keyring_key` the key the keyring
    gave it (the journal opens with it as with any other: damage is found and a backup
    offered), and `instance` the single-instance lock it holds already.
    """
    app = make_application()
    install_write_failure_hook()
    plan: SetupPlan | None = None
    if paths is None:
        paths = known_journal()
        if paths is None:
            wizard = SetupWizard(default_data_dir())
            if wizard.exec() != QWizard.DialogCode.Accepted.value:
                return 0  # nothing was created; the next start asks again
            if wizard.explore_requested:
                return run_demo()  # nothing of the person's is created; the next start asks
            folder = wizard.location() or default_data_dir()
            paths = JournalPaths(folder)
            plan = wizard.plan()
            remember_data_dir(folder)
    try:
        paths.ensure()
    except OSError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    owns_instance = instance is None
    if instance is None:
        instance = SingleInstance(paths.lock_file)
        if not instance.acquire():
            return 0  # the running window was brought to the front; this file was never opened
    #: The backup the window was closed to restore, said once it opens again.
    restored: Path | None = None
    try:
        while True:
            journal, key = _open(paths, key, keyring_key)
            keyring_key = None
            if journal is None or key is None:
                if start is not None:
                    start.close()
                return 1
            try:
                if prepare is not None:
                    prepare(journal)
                    prepare = None
                if plan is not None:
                    apply_plan(journal, plan)
                    plan = None
                elif not journal.settings().has_completed_setup:
                    offer_setup(journal)
                window = MainWindow(journal, paths.settings_file, title_suffix, key=key)
                instance.activation_requested.connect(window.show_in_front)
                if QSystemTrayIcon.isSystemTrayAvailable():
                    tray = QSystemTrayIcon(app.windowIcon(), window)
                    tray.setToolTip(APP_NAME)
                    tray.show()
                    window.set_tray(tray)
                window.show()
                if start is not None:
                    # The whole window is drawn in the first frame's place: it gives way.
                    start.close()
                    start.deleteLater()
                    start = None
                if restored is not None:
                    window.say_restored(restored)
                _start_daily_backup(paths, key, window)
                code = app.exec()
                window.keep_snapshot()  # quit without closing the window (a signal, a test)
            finally:
                journal.close()
            if window.pending_restore is None:
                return code
            _restore(paths, key, window.pending_restore)
            restored = window.pending_restore
            window.deleteLater()
    finally:
        if owns_instance:
            instance.release()


def run_demo() -> int:
    """A throwaway journal filled with a year of sample data, deleted when the window closes."""
    import datetime as dt
    import shutil
    import tempfile

    from vision_journal.core.keys import new_key
    from vision_journal.core.setup import mark_setup_done
    from vision_journal.demo import generate

    folder = Path(tempfile.mkdtemp(prefix="vision-journal-demo-"))

    def fill(journal: Journal) -> None:
        # Up to yesterday, so no sample lies later than now; the demo needs no setup.
        generate(journal, end=journal.today() - dt.timedelta(days=1), years=1.0)
        mark_setup_done(journal)

    try:
        # A throwaway journal gets a throwaway key: nothing goes to the keyring.
        return run(JournalPaths(folder), title_suffix=" — demo", prepare=fill, key=new_key())
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _open(
    paths: JournalPaths, key: bytes | None, keyring_key: bytes | None = None
) -> tuple[Journal | None, bytes | None]:
    """The open journal and its key; asks, explains and offers a backup where needed.

    `key` is a throwaway journal's; `keyring_key` the one the keyring gave already."""
    if key is not None:
        try:
            return Journal.open(paths, key), key
        except (JournalOpenError, OSError) as error:
            QMessageBox.critical(None, APP_NAME, str(error))
            return None, None
    flow = KeyFlow(paths, known_key=keyring_key)
    journal = open_journal(paths, flow=flow)
    return journal, flow.key


def _restore(paths: JournalPaths, key: bytes, source: Path) -> None:
    """Restore `source` over the closed journal, after backing the journal up as it is."""
    QThreadPool.globalInstance().waitForDone()  # no backup may be running meanwhile
    try:
        backup.create_backup(paths, key, reason=backup.MANUAL)
        backup.restore(paths, key, source)
    except (JournalOpenError, OSError) as error:
        QMessageBox.critical(None, APP_NAME, str(error))


#: What makes a backup fail without a fault of ours: the disk, the folder, the file.
BACKUP_FAILURES: tuple[type[Exception], ...] = (OSError, JournalOpenError, *WRITE_ERRORS)


class BackupSignals(QObject):
    """What the daily backup tells the window (it runs off the GUI thread)."""

    failed = Signal(str)


class BackupTask(QRunnable):
    """The daily backup, off the GUI thread: it reads the journal through its own connection.

    A failure (a full disk, a folder that cannot be written) is reported on
    `signals.failed` with the reason, for the window to say; the journal itself is untouched.
    """

    def __init__(self, paths: JournalPaths, key: bytes) -> None:
        super().__init__()
        self._paths = paths
        self._key = key
        self.signals = BackupSignals()

    def run(self) -> None:
        try:
            backup.backup_if_due(self._paths, self._key)
        except BACKUP_FAILURES as error:
            self.signals.failed.emit(str(getattr(error, "orig", None) or error))


def _start_daily_backup(paths: JournalPaths, key: bytes, window: MainWindow) -> None:
    if backup.needs_reminder(paths):
        # Said before today's backup runs: the person learns it had been a while.
        window.statusBar().showMessage(
            window.tr("Your last backup was more than a week ago; one is being made now."),
            15_000,
        )
    task = BackupTask(paths, key)
    task.signals.failed.connect(window.say_backup_failed)
    QThreadPool.globalInstance().start(task)
