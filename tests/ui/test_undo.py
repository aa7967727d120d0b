"""Undo and redo: every change made in the window can be taken back and made again."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.ui.conftest import visible_dialog
from vision_journal.core.changes import Changes, Table
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import AiUseInput, Sphere, UsePurpose
from vision_journal.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def log_use(qtbot: QtBot, window: MainWindow, minutes: str = "20") -> None:
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    dialog = visible_dialog(window)
    assert dialog is not None
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, minutes)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_ctrl_z_takes_back_a_logged_use_and_ctrl_shift_z_makes_it_again(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    # The AI-use page in front, so its list follows each change as it happens.
    window.sidebar.setCurrentRow(window.stack.indexOf(window.usage_page))
    log_use(qtbot, window)
    [logged] = seeded.list_uses()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert seeded.count_uses() == 0
    assert window.usage_page.model.rowCount() == 0
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert seeded.list_uses() == [logged]
    assert window.usage_page.model.rowCount() == 1


def test_a_mistaken_delete_is_undone(qtbot: QtBot, window: MainWindow, seeded: Journal) -> None:
    log_use(qtbot, window, "33")
    [logged] = seeded.list_uses()
    window.sidebar.setCurrentRow(window.stack.indexOf(window.usage_page))
    window.usage_page.table.selectRow(0)
    window.delete_action.trigger()
    assert seeded.count_uses() == 0
    assert "Delete" in window.undo_action.text()
    window.undo_action.trigger()
    assert seeded.list_uses() == [logged]


def test_undo_of_an_edit_restores_the_old_values(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    log_use(qtbot, window, "10")
    page = window.usage_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    page.table.selectRow(0)
    page.table.doubleClicked.emit(page.model.index(0, 0))
    dialog = visible_dialog(window)
    assert dialog is not None
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "55")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert [u.minutes for u in seeded.list_uses()] == [55]
    window.undo_action.trigger()
    assert [u.minutes for u in seeded.list_uses()] == [10]


def test_a_note_typed_in_the_dialog_survives_closing_the_window(
    qtbot: QtBot, window: MainWindow, seeded: Journal, paths: JournalPaths
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    dialog = visible_dialog(window)
    assert dialog is not None
    qtbot.keyClicks(dialog.note, "half-written thought")
    window.close()
    again = MainWindow(seeded, paths.settings_file)
    qtbot.addWidget(again)
    reopened = again.open_log_dialog()
    assert reopened.note.toPlainText() == "half-written thought"
    qtbot.mouseClick(
        reopened.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert seeded.drafts() == {}


def test_choosing_a_backup_to_restore_clears_the_history_and_says_so(
    qtbot: QtBot, window: MainWindow, seeded: Journal, paths: JournalPaths
) -> None:
    log_use(qtbot, window)
    assert window.undo_action.isEnabled()
    asked: list[str] = []

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer_yes)
    window.settings_page.backup_chosen.emit(paths.data_dir / "backup.vjbackup")
    assert "can no longer be undone" in asked[0]
    assert window.pending_restore == paths.data_dir / "backup.vjbackup"
    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo"
    assert seeded.count_uses() == 1  # clearing the history changes nothing in the journal


def test_a_write_past_the_journal_s_sessions_is_told_as_everything(
    qtbot: QtBot, window: MainWindow, seeded: Journal, paths: JournalPaths
) -> None:
    other = Journal.open(paths, clock=seeded.now)
    try:
        with other.engine.begin() as connection:  # as a raw write would: no change-log row
            connection.execute(text("UPDATE circle SET name = 'Kin' WHERE name = 'Family'"))
    finally:
        other.close()
    with qtbot.waitSignal(window.history.changed) as blocker:
        window.check_outside_changes()
    assert blocker.args == [Changes.everything()]


def test_a_write_by_another_process_reaches_the_pages_on_the_one_signal(
    qtbot: QtBot, window: MainWindow, seeded: Journal, paths: JournalPaths
) -> None:
    window.sidebar.setCurrentRow(window.stack.indexOf(window.usage_page))
    assert window.usage_page.model.rowCount() == 0
    # A second connection of its own, as the command line would open.
    other = Journal.open(paths, clock=seeded.now)
    try:
        tool = other.tools()[0]
        other.log_use(AiUseInput(seeded.now(), 12, tool.id, UsePurpose.TRANSLATE, Sphere.PERSONAL))
    finally:
        other.close()
    with qtbot.waitSignal(window.history.changed) as blocker:
        window.check_outside_changes()
    # Told precisely, from the journal's change log: the table and the day written.
    assert blocker.args == [Changes(frozenset({seeded.today()}), frozenset({Table.AI_USE}))]
    assert window.usage_page.model.rowCount() == 1
    with qtbot.assertNotEmitted(window.history.changed):
        window.check_outside_changes()  # nothing new since
