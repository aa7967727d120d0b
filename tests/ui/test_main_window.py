"""The window as a whole: the dashboard follows what is logged anywhere, warnings escalate,
and every control can be reached by a screen reader."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from tests.ui.conftest import visible_dialog
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiUseInput,
    BudgetParams,
    RuleInput,
    Severity,
    Sphere,
    UsePurpose,
)
from vision_journal.ui.dialogs.checkin_wizard import CheckInWizard
from vision_journal.ui.main_window import MainWindow


def log_minutes(qtbot: QtBot, window: MainWindow, minutes: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = visible_dialog(window)
    assert dialog is not None
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, minutes)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_dashboard_is_shown_first_and_follows_a_logged_use(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    assert window.stack.currentWidget() is window.dashboard_page
    before = sum(minutes for _, minutes in window.dashboard_page.bars.days())
    log_minutes(qtbot, window, "35")
    qtbot.waitUntil(
        lambda: sum(m for _, m in window.dashboard_page.bars.days()) == before + 35, timeout=2000
    )


def test_a_budget_at_80_percent_shows_a_banner_once(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    rule = seeded.save_rule(RuleInput("Daily budget", BudgetParams(50), Severity.NUDGE))
    window.refresh_dashboard()
    log_minutes(qtbot, window, "42")
    qtbot.waitUntil(lambda: not window.banner.isHidden(), timeout=2000)
    assert window.banner.rule_id() == rule.id
    window.banner.hide()
    window.refresh_dashboard()  # the same warning again: not repeated
    assert window.banner.isHidden()


def test_the_banner_action_opens_the_rule(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    rule = seeded.save_rule(RuleInput("Daily budget", BudgetParams(50), Severity.NUDGE))
    log_minutes(qtbot, window, "45")
    qtbot.waitUntil(lambda: not window.banner.isHidden(), timeout=2000)
    window.banner.action_requested.emit(rule.id, "open_rule")
    assert window.stack.currentWidget() is window.boundaries_page
    selected = window.boundaries_page.selected_rule()
    assert selected is not None
    assert selected.id == rule.id


INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QAbstractItemView,
)


def _is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own composite widgets (headers, popups, clear buttons)."""
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QLineEdit, QTabBar, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_on_every_page_has_an_accessible_name(window: MainWindow) -> None:
    missing: list[str] = []
    for index in range(window.stack.count()):
        page = window.stack.widget(index)
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, INTERACTIVE) or widget.parent() is None:
                continue
            if _is_qt_internal(widget):
                continue
            name = widget.accessibleName()
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not name and not text.replace("&", "").strip():
                missing.append(
                    f"{type(page).__name__}: {type(widget).__name__} {widget.objectName()}"
                )
    assert missing == [], "\n".join(missing)


def test_every_section_has_a_keyboard_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    for row, action in enumerate(window.section_actions):
        assert action.shortcut().toString() == f"Ctrl+{(row + 1) % 10}"
        action.trigger()
        assert window.sidebar.currentRow() == row


def test_a_missed_check_in_shows_a_card_that_starts_it(
    qtbot: QtBot, seeded: Journal, paths: JournalPaths
) -> None:
    seeded.log_use(
        AiUseInput(
            dt.datetime(2026, 11, 10, 9, 0),
            20,
            seeded.tools()[0].id,
            UsePurpose.PLANNING,
            Sphere.PERSONAL,
        )
    )
    window = MainWindow(seeded, paths.settings_file)
    qtbot.addWidget(window)
    window.show()
    card = window.dashboard_page
    assert not card.checkin_button.isHidden()
    qtbot.mouseClick(card.checkin_button, Qt.MouseButton.LeftButton)
    wizards = [w for w in window.findChildren(CheckInWizard) if w.isVisible()]
    assert wizards
    assert window.stack.currentWidget() is window.checkins_page


class FakeTray:
    """Stands in for a system tray (the offscreen platform has none)."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.tool_tip = ""

    def isVisible(self) -> bool:
        return True

    def setToolTip(self, text: str) -> None:
        self.tool_tip = text

    def showMessage(self, title: str, text: str, *_args: object) -> None:
        self.messages.append(text)


def test_warnings_reach_the_tray_while_the_window_is_hidden(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    tray = FakeTray()
    window.tray = tray  # type: ignore[assignment]
    seeded.save_rule(RuleInput("Daily budget", BudgetParams(50), Severity.NUDGE))
    window.hide()
    seeded.log_use(
        AiUseInput(
            dt.datetime(2026, 11, 18, 9, 0),
            42,
            seeded.tools()[0].id,
            UsePurpose.PLANNING,
            Sphere.PERSONAL,
        )
    )
    window.refresh_dashboard()
    assert len(tray.messages) == 1
    assert "42" in tray.messages[0]
    window.refresh_dashboard()  # the same warning is not repeated
    assert len(tray.messages) == 1


def test_no_tray_message_while_the_window_is_in_front(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    tray = FakeTray()
    window.tray = tray  # type: ignore[assignment]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    seeded.save_rule(RuleInput("Daily budget", BudgetParams(50), Severity.NUDGE))
    log_minutes(qtbot, window, "42")
    qtbot.waitUntil(lambda: not window.banner.isHidden(), timeout=2000)
    assert tray.messages == []


def test_the_check_in_reminder_can_start_the_check_in_or_wait_a_day(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    window.reminder.due.emit()
    assert not window.banner.isHidden()
    assert not window.banner.snooze_button.isHidden()
    qtbot.mouseClick(window.banner.snooze_button, Qt.MouseButton.LeftButton)
    assert window.banner.isHidden()
    assert window.reminder.snoozed_until() == FIXED_NOW + dt.timedelta(days=1)
    assert "comes back" in window.statusBar().currentMessage()

    window.reminder.due.emit()
    qtbot.mouseClick(window.banner.action_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.checkins_page
    assert [w for w in window.findChildren(CheckInWizard) if w.isVisible()]


def test_sections_are_built_when_first_opened(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    # At start only the dashboard has read the journal; the AI-use list has not.
    sections = window.section_titles
    assert window.stack.widget(sections.index("AI use")).findChildren(QTableView) == []
    window.find_action.trigger()  # Ctrl+F opens the AI-use list with its filter
    page = window.stack.currentWidget()
    assert page is window.usage_page
    assert window.stack.indexOf(page) == sections.index("AI use")
    assert page.filter.hasFocus()
    window.sidebar.setCurrentRow(sections.index("Vision"))
    assert window.stack.currentWidget() is window.vision_page
    assert window.vision_page.isVisible()
    assert window.stack.count() == len(sections)


def test_a_daily_backup_that_fails_says_so_and_leaves_the_journal_alone(
    qtbot: QtBot, window: MainWindow, seeded: Journal, paths: JournalPaths
) -> None:
    from vision_journal.core.keys import KeyStore
    from vision_journal.ui.app import BackupTask

    # A file where the backups folder belongs: the backup cannot be written there.
    paths.backups_dir.write_bytes(b"not a folder")
    task = BackupTask(paths, KeyStore(paths).key_from_keyring())
    task.signals.failed.connect(window.say_backup_failed)
    with qtbot.waitSignal(task.signals.failed):
        task.run()  # on this thread: the same code the thread pool runs
    assert "Today's backup failed" in window.statusBar().currentMessage()
    assert len(seeded.tools()) == 2  # the journal reads as before
