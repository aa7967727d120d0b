"""The first start as a new person meets it: no reminder of a backup that never was."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QThreadPool

from vision_journal.core import backup, keys
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.ui.app import _start_daily_backup
from vision_journal.ui.main_window import MainWindow


def _start(window: MainWindow, paths: JournalPaths) -> str:
    _start_daily_backup(paths, keys.KeyStore(paths).key_from_keyring(), window)
    message = window.statusBar().currentMessage()
    QThreadPool.globalInstance().waitForDone()
    return message


def test_a_new_journal_is_not_told_its_last_backup_is_old(
    window: MainWindow, paths: JournalPaths
) -> None:
    assert "backup" not in _start(window, paths)
    assert len(backup.list_backups(paths)) == 1  # the first one was made meanwhile


def test_a_backup_older_than_a_week_is_mentioned(
    window: MainWindow, journal: Journal, paths: JournalPaths
) -> None:
    key = keys.KeyStore(paths).key_from_keyring()
    backup.create_backup(paths, key, now=dt.datetime.now() - dt.timedelta(days=9))
    assert "more than a week ago" in _start(window, paths)
