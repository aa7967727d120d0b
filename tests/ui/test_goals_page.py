"""The Goals page: creating and editing goals through the dialog, filters, status, progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    AiToolInput,
    CircleInput,
    Goal,
    GoalInput,
    GoalKind,
    GoalStatus,
    MeasurePeriod,
    MeasureSource,
    MeasureUnit,
    ProgressInput,
    Sphere,
    ToolKind,
)
from vision_journal.ui.dialogs.goal_dialog import GoalDialog, ProgressDialog
from vision_journal.ui.models.goal_model import (
    GoalFilterModel,
    GoalTableModel,
    ProgressTableModel,
)
from vision_journal.ui.pages.goals_page import GoalsPage
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.combo import select_data

D = TypeVar("D", bound=QDialog)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def history(journal: Journal) -> UndoHistory:
    """A fresh undo history."""
    return UndoHistory(journal)


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, history: UndoHistory) -> Iterator[GoalsPage]:
    """The Goals page on the test journal, shown."""
    shown = GoalsPage(journal, history)
    qtbot.addWidget(shown)
    shown.resize(1000, 680)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def visible(page: GoalsPage, kind: type[D]) -> D:
    """The dialog of `kind` the page has open now."""
    shown = [d for d in page.findChildren(kind) if d.isVisible()]
    assert shown, f"no {kind.__name__} is open"
    return shown[-1]


def save(qtbot: QtBot, dialog: GoalDialog | ProgressDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)


def add_goal(journal: Journal, title: str, **fields: object) -> Goal:
    values: dict[str, object] = {"sphere": Sphere.PERSONAL, **fields}
    return journal.save_goal(GoalInput(title=title, **values))  # type: ignore[arg-type]


def titles(page: GoalsPage) -> list[str]:
    proxy = page.proxy
    return [str(proxy.index(row, 0).data()) for row in range(proxy.rowCount())]


def test_new_goal_with_a_measure_and_a_target_date_is_saved(
    qtbot: QtBot, page: GoalsPage, journal: Journal
) -> None:
    family = journal.save_circle(CircleInput("Family", Sphere.PERSONAL))
    page.refresh()
    assert page.empty.button is not None
    qtbot.mouseClick(page.empty.button, LEFT)
    dialog = visible(page, GoalDialog)
    qtbot.keyClicks(dialog.title, "Call Grandma myself")
    select_data(dialog.circle, family.id)
    select_data(dialog.kind, GoalKind.ACHIEVE)
    qtbot.mouseClick(dialog.has_measure, LEFT)
    assert dialog.target.isEnabled()
    qtbot.keyClicks(dialog.target, "2")
    select_data(dialog.unit, MeasureUnit.COUNT)
    select_data(dialog.period, MeasurePeriod.WEEK)
    qtbot.mouseClick(dialog.has_target_date, LEFT)
    dialog.target_date.setDate(QDate(2027, 3, 1))
    qtbot.keyClicks(dialog.why, "She can tell when it is not me writing.")
    save(qtbot, dialog)

    assert not dialog.isVisible()
    [goal] = journal.goals()
    assert (goal.title, goal.circle_id, goal.sphere, goal.kind) == (
        "Call Grandma myself",
        family.id,
        Sphere.PERSONAL,
        GoalKind.ACHIEVE,
    )
    assert (goal.measure_unit, goal.measure_period, goal.target_value) == (
        MeasureUnit.COUNT,
        MeasurePeriod.WEEK,
        2,
    )
    assert goal.target_date == dt.date(2027, 3, 1)
    assert goal.why == "She can tell when it is not me writing."
    assert goal.status is GoalStatus.ACTIVE
    assert page.selected_goal() == goal
    assert page.detail_measure.text() == "At least 2 times per week"


def _empty_title(qtbot: QtBot, dialog: GoalDialog) -> None:
    qtbot.keyClicks(dialog.title, "   ")


def _measure_without_target(qtbot: QtBot, dialog: GoalDialog) -> None:
    qtbot.keyClicks(dialog.title, "Fewer AI-drafted replies")
    qtbot.mouseClick(dialog.has_measure, LEFT)


@pytest.mark.parametrize(
    ("make_bad", "field"),
    [
        pytest.param(_empty_title, "title", id="empty-title"),
        pytest.param(_measure_without_target, "target_value", id="measure-without-target"),
    ],
)
def test_bad_input_shows_a_message_at_its_field_and_writes_nothing(
    qtbot: QtBot, page: GoalsPage, journal: Journal, make_bad: object, field: str
) -> None:
    assert page.empty.button is not None
    qtbot.mouseClick(page.empty.button, LEFT)
    dialog = visible(page, GoalDialog)
    make_bad(qtbot, dialog)  # type: ignore[operator]
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.message(field) != ""
    assert journal.goals() == []


def test_filters_by_sphere_and_status(qtbot: QtBot, page: GoalsPage, journal: Journal) -> None:
    add_goal(journal, "Call Grandma")
    add_goal(journal, "Write reviews myself", sphere=Sphere.PROFESSIONAL)
    add_goal(journal, "No AI for apologies", status=GoalStatus.PAUSED)
    page.refresh()
    assert len(titles(page)) == 3

    select_data(page.sphere_filter, Sphere.PERSONAL)
    assert sorted(titles(page)) == ["Call Grandma", "No AI for apologies"]
    select_data(page.status_filter, GoalStatus.PAUSED)
    assert titles(page) == ["No AI for apologies"]
    selected = page.selected_goal()
    assert selected is not None
    assert selected.title == "No AI for apologies"
    select_data(page.sphere_filter, Sphere.PROFESSIONAL)
    assert titles(page) == []
    assert page.stack.currentWidget() is page.no_match
    assert page.no_match.button is not None
    qtbot.mouseClick(page.no_match.button, LEFT)
    assert len(titles(page)) == 3


def test_filters_by_circle(page: GoalsPage, journal: Journal) -> None:
    family = journal.save_circle(CircleInput("Family", Sphere.PERSONAL))
    add_goal(journal, "Call Grandma", circle_id=family.id)
    add_goal(journal, "Less AI overall")
    page.refresh()
    select_data(page.circle_filter, family.id)
    assert titles(page) == ["Call Grandma"]


def test_status_change_is_saved_and_undone(
    qtbot: QtBot, page: GoalsPage, journal: Journal, history: UndoHistory
) -> None:
    goal = add_goal(journal, "Call Grandma")
    page.refresh()
    assert page.selected_goal() == goal
    page.status.setFocus()
    qtbot.keyClick(page.status, Qt.Key.Key_Down)  # Active -> Paused
    assert journal.goals()[0].status is GoalStatus.PAUSED
    assert "Call Grandma" in history.undo_text()

    history.undo()
    assert journal.goals()[0].status is GoalStatus.ACTIVE
    assert page.status.currentData() == GoalStatus.ACTIVE.value
    history.redo()
    assert journal.goals()[0].status is GoalStatus.PAUSED


def test_adding_progress_is_saved_and_undone(
    qtbot: QtBot, page: GoalsPage, journal: Journal, history: UndoHistory
) -> None:
    goal = add_goal(
        journal,
        "Call Grandma",
        measure_unit=MeasureUnit.COUNT,
        measure_period=MeasurePeriod.WEEK,
        target_value=1,
    )
    page.refresh()
    qtbot.mouseClick(page.add_progress_button, LEFT)
    dialog = visible(page, ProgressDialog)
    dialog.day.setDate(QDate(2026, 11, 15))
    dialog.value_box.selectAll()
    qtbot.keyClicks(dialog.value_box, "2")
    qtbot.keyClicks(dialog.note, "Two calls this time")
    save(qtbot, dialog)

    [entry] = journal.progress(goal.id)
    assert (entry.day, entry.value, entry.note) == (
        dt.date(2026, 11, 15),
        2,
        "Two calls this time",
    )
    assert page.progress_model.rowCount() == 1
    history.undo()
    assert journal.progress(goal.id) == []
    assert page.progress_model.rowCount() == 0
    history.redo()
    assert journal.progress(goal.id) == [entry]


def test_progress_in_the_future_beyond_a_year_is_refused_at_the_date(
    qtbot: QtBot, page: GoalsPage, journal: Journal
) -> None:
    goal = add_goal(journal, "Call Grandma")
    page.refresh()
    dialog = page.open_add_progress()
    assert dialog is not None
    dialog.day.setDate(QDate(2030, 1, 1))
    save(qtbot, dialog)
    assert dialog.errors.message("day") != ""
    assert journal.progress(goal.id) == []


def test_removing_progress_is_undone(
    qtbot: QtBot, page: GoalsPage, journal: Journal, history: UndoHistory
) -> None:
    goal = add_goal(journal, "Call Grandma")
    entry = journal.add_progress(goal.id, ProgressInput(dt.date(2026, 11, 10), 1, "Sunday"))
    page.refresh()
    page.progress_table.selectRow(0)
    qtbot.mouseClick(page.remove_progress_button, LEFT)
    assert journal.progress(goal.id) == []
    history.undo()
    assert journal.progress(goal.id) == [entry]


def test_deleting_a_goal_is_undone_with_its_progress(
    page: GoalsPage, journal: Journal, history: UndoHistory
) -> None:
    goal = add_goal(journal, "Call Grandma", why="She notices")
    entries = [
        journal.add_progress(goal.id, ProgressInput(dt.date(2026, 11, day), 1, f"call {day}"))
        for day in (3, 10)
    ]
    page.refresh()
    page.table.selectRow(0)
    page.delete_selected(history)
    assert journal.goals() == []
    assert journal.progress() == []
    assert history.undo_text() == "Delete goal “Call Grandma”"
    assert page.stack.currentWidget() is page.empty

    history.undo()
    assert journal.goals() == [goal]
    assert journal.progress(goal.id) == entries
    assert page.selected_goal() == goal
    history.redo()
    assert journal.goals() == []


def test_undoing_a_new_goal_removes_it_and_redo_brings_it_back(
    qtbot: QtBot, page: GoalsPage, journal: Journal, history: UndoHistory
) -> None:
    dialog = page.open_new_goal()
    qtbot.keyClicks(dialog.title, "Call Grandma")
    save(qtbot, dialog)
    [goal] = journal.goals()
    history.undo()
    assert journal.goals() == []
    history.redo()
    assert journal.goals() == [goal]


def test_editing_a_goal_is_saved_and_undone(
    qtbot: QtBot, page: GoalsPage, journal: Journal, history: UndoHistory
) -> None:
    goal = add_goal(journal, "Call Grandma")
    page.refresh()
    qtbot.mouseClick(page.edit_button, LEFT)
    dialog = visible(page, GoalDialog)
    assert dialog.title.text() == "Call Grandma"
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Call Grandma every Sunday")
    save(qtbot, dialog)
    assert journal.goals()[0].title == "Call Grandma every Sunday"
    assert page.detail_title.text() == "Call Grandma every Sunday"
    history.undo()
    assert journal.goals() == [goal]


def test_ctrl_n_opens_the_new_goal_dialog(qtbot: QtBot, page: GoalsPage) -> None:
    page.activateWindow()
    qtbot.waitActive(page)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert visible(page, GoalDialog).windowTitle() == "New goal"


def test_the_why_is_kept_as_a_draft_while_typing(
    qtbot: QtBot, page: GoalsPage, journal: Journal
) -> None:
    dialog = page.open_new_goal()
    qtbot.keyClicks(dialog.why, "Because it matters")
    dialog.drafts.flush()
    assert "Because it matters" in (journal.draft("goal:new") or "")


def test_an_empty_journal_says_what_goals_are_for(qtbot: QtBot, page: GoalsPage) -> None:
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "No goals yet"
    assert page.empty.button is not None
    assert page.empty.button.isVisible()
    qtbot.mouseClick(page.empty.button, LEFT)
    assert visible(page, GoalDialog).windowTitle() == "New goal"


def test_goal_models_pass_the_model_tester(qtmodeltester: ModelTester, journal: Journal) -> None:
    goal = add_goal(journal, "Call Grandma", target_date=dt.date(2027, 1, 1))
    add_goal(journal, "Write myself", sphere=Sphere.PROFESSIONAL, status=GoalStatus.DROPPED)
    journal.add_progress(goal.id, ProgressInput(dt.date(2026, 11, 3), 2, "two\ncalls"))
    model = GoalTableModel(journal)
    qtmodeltester.check(model)
    proxy = GoalFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter(Sphere.PERSONAL, None, None)
    qtmodeltester.check(proxy)
    progress = ProgressTableModel()
    progress.set_entries(journal.progress(goal.id))
    qtmodeltester.check(progress)


def test_a_goal_measured_from_the_journal_takes_no_progress_by_hand(
    qtbot: QtBot, page: GoalsPage, journal: Journal
) -> None:
    tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    page.refresh()
    assert page.empty.button is not None
    qtbot.mouseClick(page.empty.button, LEFT)
    dialog = visible(page, GoalDialog)
    qtbot.keyClicks(dialog.title, "At most 20 minutes of AI a day")
    select_data(dialog.kind, GoalKind.LIMIT)
    assert not dialog.source.isEnabled()
    qtbot.mouseClick(dialog.has_measure, LEFT)
    qtbot.keyClicks(dialog.target, "20")
    select_data(dialog.unit, MeasureUnit.MINUTES)
    select_data(dialog.period, MeasurePeriod.DAY)
    assert not dialog.measure_tool.isEnabled()
    select_data(dialog.source, MeasureSource.AI_USE)
    assert dialog.measure_tool.isEnabled()
    select_data(dialog.measure_tool, tool.id)
    save(qtbot, dialog)

    [goal] = journal.goals()
    assert (goal.measure_source, goal.measure_tool_id, goal.measure_purpose) == (
        MeasureSource.AI_USE,
        tool.id,
        None,
    )
    assert page.selected_goal() == goal
    assert not page.add_progress_button.isEnabled()
