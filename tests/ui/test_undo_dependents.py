"""Undo brings back what pointed at a deleted record, not only the record.

Two losses a person met before undo moved into the core (docs/architecture.md): a deleted AI
use came back without the reason given for breaking a firm rule, and a deleted goal came
back without the AI uses linked to it. Both are driven here through the window's widgets.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_friction import drafted_message_to_family, family_id, save
from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    AiUseInput,
    GoalInput,
    NoMediationParams,
    RuleInput,
    Severity,
    Sphere,
    UsePurpose,
)
from vision_journal.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def test_undoing_the_delete_of_a_use_brings_its_firm_rule_reason_back(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    rule = seeded.save_rule(
        RuleInput("Own words to Family", NoMediationParams(family_id(seeded)), Severity.FIRM)
    )
    dialog = drafted_message_to_family(qtbot, window, seeded)
    save(qtbot, dialog)
    qtbot.keyClicks(dialog.friction.fields[rule.id], "Condolence card, words failed me")
    save(qtbot, dialog)
    [logged] = seeded.list_uses()
    notes = seeded.breach_notes(rule.id)
    assert [n.reason for n in notes] == ["Condolence card, words failed me"]

    page = window.usage_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    page.table.selectRow(0)
    window.delete_action.trigger()
    assert seeded.count_uses() == 0
    assert seeded.breach_notes() == []  # the reason went with its use

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert seeded.list_uses() == [logged]
    assert seeded.breach_notes(rule.id) == notes  # the breach log is whole again
    assert page.model.rowCount() == 1

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert seeded.count_uses() == 0
    assert seeded.breach_notes() == []


def test_undoing_the_delete_of_a_goal_links_its_uses_again(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    goal = seeded.save_goal(GoalInput("Write the thesis myself", Sphere.PROFESSIONAL))
    tool = seeded.tools()[0]
    linked = [
        seeded.log_use(
            AiUseInput(
                dt.datetime(2026, 11, day, 9),
                15,
                tool.id,
                UsePurpose.DRAFT_MESSAGE,
                Sphere.PROFESSIONAL,
                goal_id=goal.id,
            )
        )
        for day in (16, 17)
    ]
    page = window.goals_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    page.table.selectRow(0)
    assert page.selected_goal() == goal
    window.delete_action.trigger()
    assert seeded.goals() == []
    assert {u.goal_id for u in seeded.list_uses()} == {None}
    assert "Write the thesis myself" in window.undo_action.text()

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert seeded.goals() == [goal]
    assert sorted(seeded.list_uses(), key=lambda u: u.id) == linked  # linked again
    assert page.selected_goal() == goal

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert seeded.goals() == []
    assert {u.goal_id for u in seeded.list_uses()} == {None}
