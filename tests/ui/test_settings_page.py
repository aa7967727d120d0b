"""Settings: saved through the core's validation, undoable, and they change what is counted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from vision_journal.core.journal import Journal
from vision_journal.core.records import AiUseInput, Sphere, UsePurpose, WeekStart
from vision_journal.ui.main_window import MainWindow


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
