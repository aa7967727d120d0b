"""Honest friction: a firm line asks for a reason before saving; a nudge only informs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import visible_dialog
from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    BudgetParams,
    Mediation,
    NoMediationParams,
    RuleInput,
    Severity,
)
from vision_journal.ui.dialogs.use_dialog import UseDialog
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.widgets.combo import select_data


def family_id(journal: Journal) -> int:
    return next(c.id for c in journal.circles() if c.name == "Family")


def drafted_message_to_family(qtbot: QtBot, window: MainWindow, journal: Journal) -> UseDialog:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = visible_dialog(window)
    assert dialog is not None
    select_data(dialog.circle, family_id(journal))
    select_data(dialog.mediation, Mediation.AI_DRAFTED)
    return dialog


def save(qtbot: QtBot, dialog: UseDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_firm_rule_asks_for_a_reason_and_the_breach_log_keeps_it(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    rule = seeded.save_rule(
        RuleInput("Own words to Family", NoMediationParams(family_id(seeded)), Severity.FIRM)
    )
    dialog = drafted_message_to_family(qtbot, window, seeded)
    save(qtbot, dialog)
    assert not dialog.friction.isHidden()
    assert (
        "Own words to Family" in dialog.friction.findChildren(type(dialog.friction.title))[2].text()
    )
    assert seeded.count_uses() == 0  # nothing saved yet

    save(qtbot, dialog)  # no reason typed
    assert not dialog.friction.error.isHidden()
    assert seeded.count_uses() == 0

    qtbot.keyClicks(dialog.friction.fields[rule.id], "Condolence card, words failed me")
    save(qtbot, dialog)
    [logged] = seeded.list_uses()
    [note] = seeded.breach_notes(rule.id)
    assert (note.use_id, note.reason) == (logged.id, "Condolence card, words failed me")


def test_undo_takes_the_use_and_its_reason_back_and_redo_restores_both(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    rule = seeded.save_rule(
        RuleInput("Own words to Family", NoMediationParams(family_id(seeded)), Severity.FIRM)
    )
    dialog = drafted_message_to_family(qtbot, window, seeded)
    save(qtbot, dialog)
    qtbot.keyClicks(dialog.friction.fields[rule.id], "Just once")
    save(qtbot, dialog)
    notes = seeded.breach_notes(rule.id)
    window.undo_action.trigger()
    assert seeded.count_uses() == 0
    assert seeded.breach_notes(rule.id) == []
    window.redo_action.trigger()
    assert seeded.breach_notes(rule.id) == notes


def test_a_nudge_only_informs(qtbot: QtBot, window: MainWindow, seeded: Journal) -> None:
    seeded.save_rule(RuleInput("Short days", BudgetParams(10), Severity.NUDGE))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = visible_dialog(window)
    assert dialog is not None
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "25")
    save(qtbot, dialog)
    assert dialog.friction.isHidden()
    assert seeded.count_uses() == 1
    assert "Short days" in window.statusBar().currentMessage()


def test_a_use_that_keeps_the_rules_saves_without_friction(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    seeded.save_rule(
        RuleInput("Own words to Family", NoMediationParams(family_id(seeded)), Severity.FIRM)
    )
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = visible_dialog(window)
    assert dialog is not None
    save(qtbot, dialog)
    assert seeded.count_uses() == 1
    assert seeded.breach_notes() == []
