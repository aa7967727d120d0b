"""Human connections: the quick-log dialog, the list beside AI use, undo of a delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import ConnectionMode
from vision_journal.ui.dialogs.connection_dialog import ConnectionDialog
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.models.connection_table_model import ConnectionTableModel
from vision_journal.ui.widgets.combo import select_data

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_dialog(qtbot: QtBot, window: MainWindow) -> ConnectionDialog:
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL_SHIFT)
    shown = [d for d in window.findChildren(ConnectionDialog) if d.isVisible()]
    assert shown
    return shown[-1]


def save(qtbot: QtBot, dialog: ConnectionDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_ctrl_shift_l_logs_a_connection(qtbot: QtBot, window: MainWindow, seeded: Journal) -> None:
    dialog = open_dialog(qtbot, window)
    family = next(c for c in seeded.circles() if c.name == "Family")
    select_data(dialog.circle, family.id)
    select_data(dialog.mode, ConnectionMode.CALL)
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "40")
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)  # quality and note
    qtbot.mouseClick(dialog.quality.button(5), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.note, "Long call with Dad")
    save(qtbot, dialog)
    [logged] = seeded.connections()
    assert (logged.circle_id, logged.mode, logged.minutes, logged.quality, logged.note) == (
        family.id,
        ConnectionMode.CALL,
        40,
        5,
        "Long call with Dad",
    )
    window.sidebar.setCurrentRow(window.stack.indexOf(window.usage_page))
    window.usage_page.show_connections()
    assert window.usage_page.connections_model.rowCount() == 1


def test_zero_minutes_is_refused_at_the_field(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "0")
    save(qtbot, dialog)
    assert "more than 0" in dialog.errors.message("minutes")
    assert seeded.connections() == []


def test_without_circles_the_dialog_says_what_to_do(
    qtbot: QtBot, journal: Journal, paths: JournalPaths
) -> None:
    window = MainWindow(journal, paths.settings_file)
    qtbot.addWidget(window)
    dialog = window.open_connection_dialog()
    save(qtbot, dialog)
    assert "Add a circle first" in dialog.errors.message("circle_id")


def test_deleting_a_connection_is_undoable(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    save(qtbot, open_dialog(qtbot, window))
    [logged] = seeded.connections()
    page = window.usage_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    page.show_connections()
    page.connections_table.selectRow(0)
    window.delete_action.trigger()
    assert seeded.connections() == []
    assert page.connections_stack.currentWidget() is page.connections_empty
    window.undo_action.trigger()
    assert seeded.connections() == [logged]


def test_connection_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, seeded: Journal
) -> None:
    save(qtbot, open_dialog(qtbot, window))
    qtmodeltester.check(ConnectionTableModel(seeded))


def test_editing_a_connection_deleted_meanwhile_keeps_the_dialog_and_its_input(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    save(qtbot, open_dialog(qtbot, window))
    [logged] = seeded.connections()
    page = window.usage_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    page.show_connections()
    page.connections_table.selectRow(0)
    page.connections_table.doubleClicked.emit(page.connections_model.index(0, 0))
    [dialog] = [d for d in window.findChildren(ConnectionDialog) if d.isVisible()]
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.note, "Walk by the river")
    seeded.delete_connection(logged.id)  # the command line, say, deleted it meanwhile

    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.general_error.text() == (
        "This was deleted in the meantime; cancel and add it again."
    )
    assert dialog.note.toPlainText() == "Walk by the river"
    assert seeded.connections() == []
