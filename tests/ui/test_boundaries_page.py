"""The Boundaries page and the rule dialog, driven through their real widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from vision_journal.core.journal import Journal
from vision_journal.core.operations import rules as rule_ops
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    BudgetParams,
    BudgetPeriod,
    Circle,
    CircleInput,
    CurfewParams,
    Mediation,
    MediationShareParams,
    NoMediationParams,
    RuleInput,
    RuleKind,
    Severity,
    Sphere,
    TimeWindow,
    ToolKind,
    UsePurpose,
)
from vision_journal.core.rules import RuleState, RuleStatus
from vision_journal.ui.dialogs.rule_dialog import RuleDialog
from vision_journal.ui.models.rule_model import RuleModel
from vision_journal.ui.pages.boundaries_page import BoundariesPage
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.combo import select_data


@pytest.fixture(autouse=True)
def _british_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def family(journal: Journal) -> Circle:
    """A protected circle, and an unprotected one after it."""
    circle = journal.save_circle(CircleInput("Family", Sphere.PERSONAL, 7, is_protected=True))
    journal.save_circle(CircleInput("Colleagues", Sphere.PROFESSIONAL))
    return circle


@pytest.fixture
def history(journal: Journal) -> UndoHistory:
    return UndoHistory(journal)


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, history: UndoHistory) -> BoundariesPage:
    shown = BoundariesPage(journal, history)
    qtbot.addWidget(shown)
    shown.resize(900, 600)
    shown.show()
    return shown


def new_dialog(qtbot: QtBot, journal: Journal, history: UndoHistory) -> RuleDialog:
    dialog = RuleDialog(journal, history)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def save(qtbot: QtBot, dialog: RuleDialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def choose_kind(dialog: RuleDialog, kind: RuleKind) -> None:
    select_data(dialog.kind, kind)


# --- the dialog ------------------------------------------------------------------------------


def test_choosing_a_kind_shows_its_form(
    qtbot: QtBot, journal: Journal, history: UndoHistory
) -> None:
    dialog = new_dialog(qtbot, journal, history)
    assert dialog.forms.currentWidget() is dialog.form_pages[RuleKind.BUDGET]
    assert dialog.budget.minutes.isVisible()
    choose_kind(dialog, RuleKind.CURFEW)
    assert dialog.forms.currentWidget() is dialog.form_pages[RuleKind.CURFEW]
    assert dialog.curfew.add_window.isVisible()
    assert not dialog.budget.minutes.isVisible()


def test_a_budget_typed_in_is_previewed_and_saved(
    qtbot: QtBot, journal: Journal, history: UndoHistory
) -> None:
    tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    dialog = new_dialog(qtbot, journal, history)
    type_into(qtbot, dialog.budget.minutes, "180")
    assert dialog.budget.hours.text() == "= 3 hours"
    select_data(dialog.budget.period, BudgetPeriod.WEEK)
    select_data(dialog.budget.tool, tool.id)
    select_data(dialog.budget.purpose, UsePurpose.WORK_TASK)
    click(qtbot, dialog.budget.rollover)
    click(qtbot, dialog.firm)
    assert dialog.preview.text() == (
        "At most 3 hours of ChatGPT for work tasks per week, unused time rolls over — firm line"
    )
    type_into(qtbot, dialog.name, "Work hours")
    qtbot.keyClicks(dialog.rationale, "Evenings are for us.")
    save(qtbot, dialog)
    [rule] = journal.rules()
    assert rule.name == "Work hours"
    assert rule.params == BudgetParams(
        180, BudgetPeriod.WEEK, tool.id, UsePurpose.WORK_TASK, None, None, has_rollover=True
    )
    assert (rule.severity, rule.rationale, rule.is_active) == (
        Severity.FIRM,
        "Evenings are for us.",
        True,
    )
    assert len(history.core) == 1


def test_a_new_rule_is_named_after_its_sentence_until_a_name_is_typed(
    qtbot: QtBot, journal: Journal, history: UndoHistory, family: Circle
) -> None:
    dialog = new_dialog(qtbot, journal, history)
    choose_kind(dialog, RuleKind.DISCLOSURE)
    assert dialog.name.text() == "AI-mediated messages to Family are always disclosed"
    type_into(qtbot, dialog.name, "Honesty")
    choose_kind(dialog, RuleKind.PURPOSE_LIMIT)
    assert dialog.name.text() == "Honesty"


def test_a_curfew_across_midnight_is_hinted_and_saved(
    qtbot: QtBot, journal: Journal, history: UndoHistory
) -> None:
    dialog = new_dialog(qtbot, journal, history)
    choose_kind(dialog, RuleKind.CURFEW)
    [row] = dialog.curfew.window_rows
    row.start.setTime(QTime(22, 0))
    row.end.setTime(QTime(6, 30))
    assert row.hint.isVisible()
    click(qtbot, dialog.curfew.weekdays_button)
    assert dialog.preview.text() == "No AI from 22:00 to 06:30 on weekdays — nudge"
    click(qtbot, dialog.curfew.add_window)
    second = dialog.curfew.window_rows[1]
    second.start.setTime(QTime(12, 0))
    second.end.setTime(QTime(13, 0))
    assert not second.hint.isVisible()
    save(qtbot, dialog)
    [rule] = journal.rules()
    assert rule.params == CurfewParams(
        (TimeWindow(22 * 60, 6 * 60 + 30), TimeWindow(12 * 60, 13 * 60)), frozenset(range(5))
    )


def test_a_no_mediation_rule_keeps_the_chosen_kinds(
    qtbot: QtBot, journal: Journal, history: UndoHistory, family: Circle
) -> None:
    dialog = new_dialog(qtbot, journal, history)
    choose_kind(dialog, RuleKind.NO_MEDIATION)
    assert dialog.no_mediation.circle.currentData() == family.id  # the protected circle
    click(qtbot, dialog.no_mediation.mediation_boxes[Mediation.AI_TRANSLATED])
    click(qtbot, dialog.no_mediation.mediation_boxes[Mediation.AI_REPLIED])
    assert dialog.preview.text() == "No AI-drafted or AI-edited messages to Family — nudge"
    save(qtbot, dialog)
    [rule] = journal.rules()
    assert rule.params == NoMediationParams(
        family.id, frozenset({Mediation.AI_DRAFTED, Mediation.AI_EDITED})
    )


def test_a_mediation_share_is_saved(
    qtbot: QtBot, journal: Journal, history: UndoHistory, family: Circle
) -> None:
    dialog = new_dialog(qtbot, journal, history)
    choose_kind(dialog, RuleKind.MEDIATION_SHARE)
    type_into(qtbot, dialog.share.percent, "10")
    save(qtbot, dialog)
    [rule] = journal.rules()
    assert rule.params == MediationShareParams(family.id, 10)


@pytest.mark.parametrize(
    ("kind", "field", "message"),
    [
        (RuleKind.BUDGET, "params.minutes", "A budget needs more than 0 minutes."),
        (RuleKind.BUDGET, "params.minutes", "A budget can be at most 24 hours."),
        (RuleKind.CURFEW, "params.windows", "Add at least one time window."),
        (RuleKind.CURFEW, "params.windows", "A window must end at another time than it starts."),
        (RuleKind.CURFEW, "params.weekdays", "Choose at least one weekday."),
        (RuleKind.MEDIATION_SHARE, "params.max_percent", "Choose a share from 0 to 100 %."),
        (RuleKind.NO_MEDIATION, "params.mediations", "Choose at least one kind of AI help."),
    ],
)
def test_an_invalid_rule_is_refused_at_its_field(
    qtbot: QtBot,
    journal: Journal,
    history: UndoHistory,
    family: Circle,
    kind: RuleKind,
    field: str,
    message: str,
) -> None:
    dialog = new_dialog(qtbot, journal, history)
    choose_kind(dialog, kind)
    if message.startswith("A budget needs"):
        type_into(qtbot, dialog.budget.minutes, "0")
    elif message.startswith("A budget can"):
        type_into(qtbot, dialog.budget.minutes, "1441")
    elif message.startswith("Add at least"):
        click(qtbot, dialog.curfew.window_rows[0].remove)
        assert dialog.curfew.window_rows == []
    elif message.startswith("A window must"):
        dialog.curfew.window_rows[0].end.setTime(dialog.curfew.window_rows[0].start.time())
    elif message.startswith("Choose at least one weekday"):
        for box in dialog.curfew.weekday_boxes:
            box.setChecked(False)
    elif message.startswith("Choose a share"):
        type_into(qtbot, dialog.share.percent, "150")
    else:
        for box in dialog.no_mediation.mediation_boxes.values():
            click(qtbot, box)
    save(qtbot, dialog)
    assert dialog.message(field) == message
    assert dialog.isVisible()
    assert journal.rules() == []
    assert len(history.core) == 0


def test_an_empty_name_is_refused_at_the_name(
    qtbot: QtBot, journal: Journal, history: UndoHistory
) -> None:
    dialog = new_dialog(qtbot, journal, history)
    type_into(qtbot, dialog.name, "x")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)
    save(qtbot, dialog)
    assert dialog.message("name") == "Enter a name."
    assert journal.rules() == []


def test_editing_a_rule_loads_it_and_undo_puts_it_back(
    qtbot: QtBot, journal: Journal, history: UndoHistory
) -> None:
    params = CurfewParams((TimeWindow(21 * 60, 7 * 60),), frozenset({5, 6}))
    rule = journal.save_rule(RuleInput("Weekend nights", params, Severity.FIRM, "Rest."))
    dialog = RuleDialog(journal, history, rule)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.forms.currentWidget() is dialog.form_pages[RuleKind.CURFEW]
    assert [box.isChecked() for box in dialog.curfew.weekday_boxes] == [False] * 5 + [True] * 2
    assert dialog.firm.isChecked()
    click(qtbot, dialog.curfew.every_day_button)
    save(qtbot, dialog)
    [changed] = journal.rules()
    assert (changed.id, changed.name) == (rule.id, "Weekend nights")
    assert isinstance(changed.params, CurfewParams)
    assert changed.params.weekdays == frozenset(range(7))
    history.undo()
    assert journal.rules()[0].params == params


def test_the_rationale_draft_survives_a_closed_dialog(
    qtbot: QtBot, journal: Journal, history: UndoHistory
) -> None:
    dialog = new_dialog(qtbot, journal, history)
    qtbot.keyClicks(dialog.rationale, "My evenings are for my family.")
    dialog.drafts.flush()
    dialog.close()
    again = new_dialog(qtbot, journal, history)
    assert again.rationale.toPlainText() == "My evenings are for my family."


def test_every_control_of_the_dialog_has_an_accessible_name(
    qtbot: QtBot, journal: Journal, history: UndoHistory, family: Circle
) -> None:
    dialog = new_dialog(qtbot, journal, history)
    controls = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)
    for kind in RuleKind:
        choose_kind(dialog, kind)
        for widget in dialog.findChildren(QWidget):
            if isinstance(widget, controls) and widget.isVisible() and widget.focusPolicy():
                parent = widget.parentWidget()
                is_spin_line = isinstance(widget, QLineEdit) and isinstance(
                    parent, QAbstractSpinBox
                )
                if is_spin_line or (isinstance(widget, QAbstractButton) and widget.text()):
                    continue
                assert widget.accessibleName(), type(widget).__name__


# --- the page --------------------------------------------------------------------------------


def test_the_empty_state_explains_and_suggests_rules(
    qtbot: QtBot, journal: Journal, history: UndoHistory, family: Circle
) -> None:
    page = BoundariesPage(journal, history)
    qtbot.addWidget(page)
    page.show()
    assert page.stack.currentWidget() is page.empty
    assert [s.name for s in page.suggestions] == [
        "At most 45 minutes of AI a day",
        "No AI after 21:00",
        "No AI-drafted messages to Family",
    ]
    click(qtbot, page.suggestion_buttons[2])
    [rule] = journal.rules()
    assert rule.params == NoMediationParams(family.id, frozenset({Mediation.AI_DRAFTED}))
    assert rule.severity is Severity.FIRM
    assert page.stack.currentWidget() is not page.empty
    assert page.model.rowCount() == 1
    history.undo()
    assert journal.rules() == []
    assert page.stack.currentWidget() is page.empty


def test_without_circles_only_the_general_suggestions_show(
    page: BoundariesPage, journal: Journal
) -> None:
    assert [s.name for s in page.suggestions] == [
        "At most 45 minutes of AI a day",
        "No AI after 21:00",
    ]
    assert page.empty.button is not None
    assert page.empty.button.isVisible()


def test_new_rule_from_the_empty_state_opens_the_dialog(qtbot: QtBot, page: BoundariesPage) -> None:
    assert page.empty.button is not None
    click(qtbot, page.empty.button)
    assert page.dialog is not None
    assert page.dialog.isVisible()
    save(qtbot, page.dialog)
    assert page.model.rowCount() == 1
    assert page.selected_rule() is not None


def test_the_list_shows_sentence_severity_state_and_today(
    qtbot: QtBot, journal: Journal, history: UndoHistory
) -> None:
    tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    journal.save_rule(RuleInput("Budget", BudgetParams(45), Severity.NUDGE))
    journal.log_use(
        AiUseInput(
            FIXED_NOW - dt.timedelta(hours=2), 40, tool.id, UsePurpose.PLANNING, Sphere.PERSONAL
        )
    )
    page = BoundariesPage(journal, history)
    qtbot.addWidget(page)
    model = page.model
    row = [model.index(0, column).data() for column in range(4)]
    assert row == [
        "Budget: At most 45 minutes of AI a day",
        "Nudge",
        "Active",
        "Near the limit · 40 of 45 min",
    ]


def test_the_status_column_can_come_from_another_provider(
    qtbot: QtBot, journal: Journal, history: UndoHistory
) -> None:
    rule = journal.save_rule(RuleInput("Budget", BudgetParams(45)))

    def provider(_journal: Journal, rules: object) -> dict[int, RuleStatus]:
        return {rule.id: RuleStatus(rule.id, RuleState.BREACHED, 50, 45, ())}

    page = BoundariesPage(journal, history, statuses=provider)
    qtbot.addWidget(page)
    assert page.model.index(0, 3).data() == "Over · 50 of 45 min"


def test_pause_and_resume_are_undoable(
    qtbot: QtBot, journal: Journal, history: UndoHistory, page: BoundariesPage
) -> None:
    rule = journal.save_rule(RuleInput("Budget", BudgetParams(45)))
    page.refresh()
    page.select_rule(rule.id)
    assert page.pause_button.text() == "&Pause"
    click(qtbot, page.pause_button)
    assert not journal.rules()[0].is_active
    assert page.model.index(0, 2).data() == "Paused"
    assert page.pause_button.text() == "&Resume"
    history.undo()
    assert journal.rules()[0].is_active
    assert page.pause_button.text() == "&Pause"
    history.redo()
    assert not journal.rules()[0].is_active
    click(qtbot, page.pause_button)
    assert journal.rules()[0].is_active


def test_delete_and_undo_restore_the_rule_with_its_breach_log(
    qtbot: QtBot, journal: Journal, history: UndoHistory, page: BoundariesPage, family: Circle
) -> None:
    rule = journal.save_rule(
        RuleInput("Own words", NoMediationParams(family.id), Severity.FIRM, "They matter.")
    )
    journal.add_breach_note(rule.id, None, FIXED_NOW.date(), "A hard birthday message.")
    page.refresh()
    page.select_rule(rule.id)
    assert page.rationale.text() == "They matter."
    assert page.breaches.rowCount() == 1
    assert page.breaches.item(0, 1).text() == "A hard birthday message."
    assert page.breaches.item(0, 0).text() == "18 Nov 2026"
    click(qtbot, page.delete_button)
    assert journal.rules() == []
    assert page.stack.currentWidget() is page.empty
    history.undo()
    assert [r.id for r in journal.rules()] == [rule.id]
    [note] = journal.breach_notes(rule.id)
    assert note.reason == "A hard birthday message."
    history.redo()
    assert journal.rules() == []


def test_edit_opens_the_selected_rule(qtbot: QtBot, journal: Journal, page: BoundariesPage) -> None:
    rule = journal.save_rule(RuleInput("Budget", BudgetParams(45)))
    page.refresh()
    page.select_rule(rule.id)
    click(qtbot, page.edit_button)
    assert page.dialog is not None
    assert page.dialog.budget.minutes.value() == 45
    type_into(qtbot, page.dialog.budget.minutes, "30")
    save(qtbot, page.dialog)
    assert journal.rules()[0].params == BudgetParams(30)
    assert page.model.index(0, 0).data() == "Budget: At most 30 minutes of AI a day"


def test_buttons_need_a_selection(journal: Journal, page: BoundariesPage) -> None:
    journal.save_rule(RuleInput("Budget", BudgetParams(45)))
    page.refresh()
    assert not page.edit_button.isEnabled()
    assert not page.pause_button.isEnabled()
    assert not page.delete_button.isEnabled()


def test_the_rule_model_passes_the_model_tester(
    qtmodeltester: ModelTester, journal: Journal, family: Circle
) -> None:
    rules = [
        journal.save_rule(RuleInput("A", BudgetParams(45))),
        journal.save_rule(RuleInput("B", NoMediationParams(family.id), Severity.FIRM)),
        journal.save_rule(RuleInput("C", MediationShareParams(family.id, 20), is_active=False)),
    ]
    model = RuleModel()
    model.set_rules(rules, {}, {family.id: "Family"}, {})
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.rule_at(0).severity is Severity.NUDGE
    model.sort(2)
    assert model.rule_at(2).name == "C"
    qtmodeltester.check(model)


def test_tab_goes_from_the_top_fields_into_the_kind_form(
    qtbot: QtBot, journal: Journal, history: UndoHistory
) -> None:
    dialog = new_dialog(qtbot, journal, history)
    dialog.kind.setFocus()
    order = []
    for _ in range(3):
        dialog.focusNextChild()
        order.append(dialog.focusWidget())
    assert order == [dialog.name, dialog.budget.minutes, dialog.budget.period]


def test_a_hidden_page_catches_up_when_shown(
    qtbot: QtBot, journal: Journal, history: UndoHistory
) -> None:
    page = BoundariesPage(journal, history)
    qtbot.addWidget(page)
    page.show()
    page.hide()
    history.push(rule_ops.save_rule(journal, RuleInput("At most an hour", BudgetParams(60))))
    # Hidden, the page has not read the journal again yet; shown, it has.
    assert page.model.rowCount() == 0
    page.show()
    assert [page.model.rule_at(0).name] == ["At most an hour"]
