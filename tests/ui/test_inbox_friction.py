"""Confirming found sessions: a firm line asks for a reason, as logging by hand does, and a
found start or minutes can be corrected first, checked next to the field.

The reason goes to the breach log with the use the session became; going back confirms
nothing and the sessions keep waiting; undo takes the uses and their reasons back together.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from vision_journal.core.capture import inbox
from vision_journal.core.capture.inbox import FoundCandidate
from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    BudgetParams,
    CurfewParams,
    RuleInput,
    Severity,
    TimeWindow,
    ToolKind,
)
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.pages.inbox_page import InboxPage

#: The day of the fixed "now" (14:30): a rule is evaluated from the day it was made on.
TODAY = dt.datetime(2026, 11, 18, 8, 0)


def _found(journal: Journal, *starts: dt.datetime) -> None:
    inbox.file_sessions(
        journal,
        [
            FoundCandidate(
                "Claude",
                ToolKind.CHAT_ASSISTANT,
                start,
                start + dt.timedelta(minutes=15),
                15,
                "activitywatch",
                f"aw:{start.isoformat()}",
            )
            for start in starts
        ],
    )


def _inbox(window: MainWindow) -> InboxPage:
    page = window.open_inbox()
    page.refresh()
    return page


def test_confirming_many_past_a_firm_budget_asks_one_reason_and_keeps_it_with_the_use(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    rule = seeded.save_rule(RuleInput("Twenty minutes a day", BudgetParams(20), Severity.FIRM))
    _found(seeded, TODAY, TODAY.replace(hour=11))
    page = _inbox(window)
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_9)

    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    assert page.friction.isVisible()
    assert page.friction.captions()[-1] == "Twenty minutes a day — 10 min over the budget"
    assert page.confirm_button.text() == "&Confirm with reason"
    assert seeded.count_uses() == 0  # nothing confirmed yet
    field = page.friction.fields[rule.id]
    assert field.hasFocus()

    qtbot.keyClick(field, Qt.Key.Key_Return)  # no reason typed
    assert page.friction.error.isVisible()
    assert seeded.count_uses() == 0

    qtbot.keyClicks(field, "Deadline at work")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert seeded.count_uses() == 2
    assert inbox.count_waiting(seeded) == 0
    assert page.friction.isHidden()
    later = max(seeded.list_uses(), key=lambda u: u.started_at)
    [note] = seeded.breach_notes(rule.id)
    # Only the session that went past the line carries the reason, as a hand-logged one would.
    assert (note.use_id, note.day, note.reason) == (later.id, later.day, "Deadline at work")

    window.undo_action.trigger()  # one step: both uses and the reason
    assert seeded.count_uses() == 0
    assert seeded.breach_notes(rule.id) == []
    assert inbox.count_waiting(seeded) == 2
    window.redo_action.trigger()
    assert seeded.count_uses() == 2
    assert [n.reason for n in seeded.breach_notes(rule.id)] == ["Deadline at work"]
    window.undo_action.trigger()

    # Waiting again, the sessions ask again: the reason went with the undone step.
    page = _inbox(window)
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_9)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.friction.isVisible()
    assert seeded.count_uses() == 0


def test_going_back_from_the_reason_leaves_the_session_waiting(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    curfew = CurfewParams((TimeWindow(12 * 60, 14 * 60),))
    rule = seeded.save_rule(RuleInput("No AI at lunch", curfew, Severity.FIRM))
    seeded.save_rule(RuleInput("Ten minutes a day", BudgetParams(10), Severity.NUDGE))
    _found(seeded, TODAY.replace(hour=12))
    page = _inbox(window)
    qtbot.keyClick(page.table, Qt.Key.Key_2)

    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.friction.isVisible()
    assert page.friction.rule_ids() == {rule.id}  # a nudge asks for nothing
    qtbot.keyClicks(page.friction.fields[rule.id], "half typed")

    qtbot.keyClick(page.friction.fields[rule.id], Qt.Key.Key_Escape)

    assert page.friction.isHidden()
    assert not page.friction_back.isVisible()
    assert page.status.text() == "Nothing confirmed: the sessions still wait."
    assert page.confirm_button.text() == "&Confirm"
    assert seeded.count_uses() == 0
    assert seeded.breach_notes() == []
    assert inbox.count_waiting(seeded) == 1

    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)  # asks again
    assert page.friction.isVisible()
    assert page.friction.fields[rule.id].text() == ""
    qtbot.mouseClick(page.friction_back, Qt.MouseButton.LeftButton)
    assert page.friction.isHidden()
    assert inbox.count_waiting(seeded) == 1

    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.friction.fields[rule.id], "Lunch meeting")
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    [use] = seeded.list_uses()
    assert [(n.use_id, n.reason) for n in seeded.breach_notes(rule.id)] == [
        (use.id, "Lunch meeting")
    ]


def test_a_found_start_and_minutes_are_corrected_before_confirming_and_checked_in_place(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    _found(seeded, TODAY)
    page = _inbox(window)
    qtbot.keyClick(page.table, Qt.Key.Key_2)
    assert page.started_at.isEnabled()
    assert page.started_at.dateTime().toPython() == TODAY

    # 15:00 is after the fixed "now" (14:30): said next to the field, nothing confirmed.
    page.started_at.setFocus()
    page.started_at.setDateTime(QDateTime(TODAY.replace(hour=15)))
    assert page.errors.message("started_at") == (
        "This start is still to come; choose a time that has passed."
    )
    assert page.started_at.hasFocus()  # checking as one types leaves the focus there
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert seeded.count_uses() == 0
    assert page.status.text() == "Correct the marked field first."

    page.started_at.setDateTime(QDateTime(TODAY.replace(hour=14)))
    assert page.errors.message("started_at") == ""
    page.minutes.setValue(45)  # 14:00 + 45 min ends after 14:30
    assert page.errors.message("minutes") == "With these minutes the session would end after now."
    page.minutes.setValue(0)
    assert page.errors.message("minutes") == "Minutes must be more than 0."
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert seeded.count_uses() == 0
    assert page.minutes.hasFocus()

    page.minutes.setValue(25)
    assert page.errors.message("minutes") == ""
    assert page.model.data(page.model.index(0, 0)).endswith("14:00")
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)

    [use] = seeded.list_uses()
    assert (use.started_at, use.minutes) == (TODAY.replace(hour=14), 25)
    assert inbox.count_waiting(seeded) == 0


def test_many_selected_keep_their_own_starts(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    _found(seeded, TODAY, TODAY.replace(hour=11))
    page = _inbox(window)
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert not page.started_at.isEnabled()
    assert not page.minutes.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_2)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert sorted(u.started_at.hour for u in seeded.list_uses()) == [8, 11]
