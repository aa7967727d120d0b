"""Settings: saved through the core's validation, undoable, and they change what is counted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from vision_journal.core import backup
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore, Protection
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    Sphere,
    ToolKind,
    UsePurpose,
    WeekStart,
)
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.pages.settings_page import SettingsPage
from vision_journal.ui.undo import UndoHistory


def test_saving_week_and_day_start_changes_what_the_journal_counts(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    use = seeded.log_use(
        AiUseInput(
            FIXED_NOW.replace(hour=2, minute=30),
            10,
            seeded.tools()[0].id,
            UsePurpose.PLANNING,
            Sphere.PERSONAL,
        )
    )
    assert use.day == FIXED_NOW.date() - dt.timedelta(days=1)
    page = window.settings_page
    page.week_start.setCurrentIndex(page.week_start.findData(WeekStart.SUNDAY.value))
    page.day_start.selectAll()
    qtbot.keyClicks(page.day_start, "0")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settings = seeded.settings()
    assert (settings.week_start, settings.day_start_hour) == (WeekStart.SUNDAY, 0)
    assert seeded.use(use.id).day == FIXED_NOW.date()


def test_levels_that_make_no_sense_are_refused_at_the_field(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    page = window.settings_page
    page.watch.selectAll()
    qtbot.keyClicks(page.watch, "80")  # Watch above Balanced (70)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "below Balanced" in page.errors.message("balanced_threshold")
    assert seeded.settings().watch_threshold == 40


def test_a_settings_change_can_be_undone(qtbot: QtBot, window: MainWindow, seeded: Journal) -> None:
    page = window.settings_page
    page.reminder_day.setCurrentIndex(2)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert seeded.settings().reminder_weekday == 2
    window.undo_action.trigger()
    assert seeded.settings().reminder_weekday == 6
    assert page.reminder_day.currentIndex() == 6


@pytest.fixture
def secured(qtbot: QtBot, journal: Journal, paths: JournalPaths) -> SettingsPage:
    key = KeyStore(paths).key_from_keyring()
    page = SettingsPage(journal, UndoHistory(journal), paths.data_dir, key=key)
    qtbot.addWidget(page)
    return page


def test_protection_moves_from_keyring_to_passphrase_and_back(
    secured: SettingsPage, paths: JournalPaths
) -> None:
    assert "keyring" in secured.protection_label.text()
    key = KeyStore(paths).key_from_keyring()
    secured.change_protection(Protection.PASSPHRASE, "a long and honest passphrase")
    info = KeyStore(paths).info()
    assert info is not None
    assert not info.current.in_keyring
    assert KeyStore(paths).key_from_passphrase("a long and honest passphrase") == key
    assert "passphrase" in secured.protection_label.text()
    secured.change_protection(Protection.KEYRING, "")
    assert KeyStore(paths).key_from_keyring() == key


def test_back_up_now_makes_an_encrypted_backup(
    qtbot: QtBot, secured: SettingsPage, paths: JournalPaths
) -> None:
    assert not secured.bring_back_button.isEnabled()
    qtbot.mouseClick(secured.backup_button, Qt.MouseButton.LeftButton)
    latest = backup.latest_backup(paths)
    assert latest is not None
    assert backup.check_file(latest.path, KeyStore(paths).key_from_keyring()).is_ok
    assert secured.bring_back_button.isEnabled()
    assert "Last backup" in secured.backup_label.text()


def test_restore_asks_for_a_backup_and_hands_it_to_the_window(
    qtbot: QtBot, secured: SettingsPage, paths: JournalPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.mouseClick(secured.backup_button, Qt.MouseButton.LeftButton)
    latest = backup.latest_backup(paths)
    assert latest is not None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(latest.path), ""))
    with qtbot.waitSignal(secured.backup_chosen) as signal:
        qtbot.mouseClick(secured.bring_back_button, Qt.MouseButton.LeftButton)
    assert signal.args == [latest.path]


def test_restoring_replaces_the_journal_and_keeps_the_current_one_as_a_backup(
    journal: Journal, paths: JournalPaths
) -> None:
    from vision_journal.ui.app import _restore

    key = KeyStore(paths).key_from_keyring()
    tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT)).id
    log = AiUseInput(FIXED_NOW, 10, tool, UsePurpose.PLANNING, Sphere.PERSONAL)
    journal.log_use(log)
    saved = backup.create_backup(paths, key, reason=backup.MANUAL)
    journal.log_use(log)
    journal.close()
    _restore(paths, key, saved.path)
    again = Journal.open(paths, key)
    try:
        assert again.count_uses() == 1
    finally:
        again.close()
    assert len(backup.list_backups(paths)) == 2  # the one restored and the one taken before


def test_the_journal_folder_is_shown_from_the_home_folder(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    folder = tmp_path / ".local" / "share" / "vision-journal"
    page = SettingsPage(journal, UndoHistory(journal), folder)
    qtbot.addWidget(page)
    assert page.folder_label.text() == "~/.local/share/vision-journal"
    assert page.folder_label.toolTip() == str(folder)
    elsewhere = SettingsPage(journal, UndoHistory(journal), Path("/media/stick/journal"))
    qtbot.addWidget(elsewhere)
    assert elsewhere.folder_label.text() == "/media/stick/journal"
