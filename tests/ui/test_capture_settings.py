"""Settings, Capture: the pause between background syncs is typed, checked and used at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from vision_journal.core.capture import sync as capture
from vision_journal.core.journal import Journal
from vision_journal.ui.main_window import MainWindow


def _type(qtbot: QtBot, window: MainWindow, text: str) -> None:
    field = window.settings_page.capture.sync_minutes
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # editing finished: saved at once


def test_a_new_sync_interval_takes_effect_without_a_restart(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    box = window.settings_page.capture
    window.sidebar.setCurrentRow(window.stack.indexOf(window.settings_page))
    assert box.sync_minutes.text() == "5"
    assert window.capture_sync.is_running()
    assert window.capture_sync.interval_minutes() == 5

    _type(qtbot, window, "15")

    assert capture.load_config(seeded).sync_minutes == 15
    assert window.capture_sync.interval_minutes() == 15
    assert window.capture_sync.is_running()
    assert box.sync_minutes_error.isHidden()


def test_bad_minutes_are_explained_next_to_the_field_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    box = window.settings_page.capture
    window.sidebar.setCurrentRow(window.stack.indexOf(window.settings_page))
    for bad in ("soon", "0", "2.5", "1441", "-3", ""):
        _type(qtbot, window, bad)
        assert box.sync_minutes_error.isVisible(), bad
        assert box.sync_minutes_error.text() == (
            "Enter whole minutes from 1 to 1440 (a day), such as 5."
        )
        assert capture.load_config(seeded).sync_minutes == 5
        assert window.capture_sync.interval_minutes() == 5

    _type(qtbot, window, " 1440 ")
    assert box.sync_minutes_error.isHidden()
    assert capture.load_config(seeded).sync_minutes == 1440
    assert window.capture_sync.interval_minutes() == 1440
