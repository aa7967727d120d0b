"""The Circles page: circles and AI tools created, edited and deleted, and the starter set."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    AiToolInput,
    CircleInput,
    GoalInput,
    Sphere,
    ToolKind,
)
from vision_journal.ui.dialogs.circle_dialog import CircleDialog, ToolDialog
from vision_journal.ui.pages.circles_page import CirclesPage, CircleTableModel, ToolTableModel
from vision_journal.ui.starter_set import STARTER_CIRCLES, STARTER_TOOLS, missing_circles
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.combo import select_data

D = TypeVar("D", bound=QDialog)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def history(journal: Journal) -> UndoHistory:
    """A fresh undo history."""
    return UndoHistory(journal)


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, history: UndoHistory) -> Iterator[CirclesPage]:
    """The Circles page on the test journal, shown."""
    shown = CirclesPage(journal, history)
    qtbot.addWidget(shown)
    shown.resize(1000, 680)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def visible(page: CirclesPage, kind: type[D]) -> D:
    """The dialog of `kind` the page has open now."""
    shown = [d for d in page.findChildren(kind) if d.isVisible()]
    assert shown, f"no {kind.__name__} is open"
    return shown[-1]


def save(qtbot: QtBot, dialog: CircleDialog | ToolDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)


def select_circle(page: CirclesPage, name: str) -> None:
    model = page.circle_model
    row = next(r for r in range(model.rowCount()) if model.circle_at(r).name == name)
    page.circle_table.selectRow(row)


def test_a_circle_is_created_through_the_dialog(
    qtbot: QtBot, page: CirclesPage, journal: Journal, history: UndoHistory
) -> None:
    assert page.circles_empty.button is not None
    qtbot.mouseClick(page.circles_empty.button, LEFT)
    dialog = visible(page, CircleDialog)
    qtbot.keyClicks(dialog.name, "Family")
    select_data(dialog.sphere, Sphere.PERSONAL)
    dialog.cadence.selectAll()
    qtbot.keyClicks(dialog.cadence, "7")
    qtbot.keyClick(dialog.is_protected, Qt.Key.Key_Space)
    save(qtbot, dialog)

    assert not dialog.isVisible()
    [family] = journal.circles()
    assert (family.name, family.sphere, family.cadence_days, family.is_protected) == (
        "Family",
        Sphere.PERSONAL,
        7,
        True,
    )
    assert page.circle_model.rowCount() == 1
    assert page.circle_stack.currentWidget() is page.circle_table
    history.undo()
    assert journal.circles() == []
    history.redo()
    assert journal.circles() == [family]


def test_an_empty_name_is_refused_at_the_field(
    qtbot: QtBot, page: CirclesPage, journal: Journal
) -> None:
    dialog = page.open_new_circle()
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("name") == "Enter a name."
    assert journal.circles() == []


def test_a_taken_name_is_refused_at_the_field(
    qtbot: QtBot, page: CirclesPage, journal: Journal
) -> None:
    journal.save_circle(CircleInput("Family", Sphere.PERSONAL))
    page.refresh()
    qtbot.mouseClick(page.new_circle_button, LEFT)
    dialog = visible(page, CircleDialog)
    qtbot.keyClicks(dialog.name, "Family")
    save(qtbot, dialog)
    assert "taken" in dialog.errors.message("name")
    assert len(journal.circles()) == 1


def test_a_circle_is_edited_and_the_edit_undone(
    qtbot: QtBot, page: CirclesPage, journal: Journal, history: UndoHistory
) -> None:
    friends = journal.save_circle(CircleInput("Friends", Sphere.PERSONAL, 14))
    page.refresh()
    select_circle(page, "Friends")
    qtbot.mouseClick(page.edit_circle_button, LEFT)
    dialog = visible(page, CircleDialog)
    assert dialog.cadence.value() == 14
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Close friends")
    dialog.cadence.selectAll()
    qtbot.keyClicks(dialog.cadence, "0")  # no reminder
    save(qtbot, dialog)

    [edited] = journal.circles()
    assert (edited.id, edited.name, edited.cadence_days) == (friends.id, "Close friends", None)
    history.undo()
    assert journal.circles() == [friends]


def test_a_circle_is_deleted_and_the_delete_undone(
    qtbot: QtBot, page: CirclesPage, journal: Journal, history: UndoHistory
) -> None:
    family = journal.save_circle(CircleInput("Family", Sphere.PERSONAL, 7, is_protected=True))
    page.refresh()
    select_circle(page, "Family")
    qtbot.mouseClick(page.delete_circle_button, LEFT)
    assert journal.circles() == []
    assert history.undo_text() == "Delete circle “Family”"
    assert page.circle_stack.currentWidget() is page.circles_empty
    history.undo()
    assert journal.circles() == [family]
    assert page.circle_model.rowCount() == 1


def test_delete_selected_deletes_the_selected_tool(
    page: CirclesPage, journal: Journal, history: UndoHistory
) -> None:
    journal.save_circle(CircleInput("Family", Sphere.PERSONAL))
    claude = journal.save_tool(AiToolInput("Claude", ToolKind.CHAT_ASSISTANT))
    page.refresh()
    select_circle(page, "Family")
    page.tool_table.selectRow(0)  # selecting a tool leaves no circle selected
    assert page.selected_circle() is None
    page.delete_selected(history)
    assert journal.tools() == []
    assert len(journal.circles()) == 1
    history.undo()
    assert journal.tools() == [claude]


def test_deleting_a_circle_in_use_shows_why_and_keeps_it(
    qtbot: QtBot, page: CirclesPage, journal: Journal, history: UndoHistory
) -> None:
    family = journal.save_circle(CircleInput("Family", Sphere.PERSONAL))
    journal.save_goal(GoalInput("Call Grandma", Sphere.PERSONAL, circle_id=family.id))
    page.refresh()
    select_circle(page, "Family")
    qtbot.mouseClick(page.delete_circle_button, LEFT)

    assert journal.circles() == [family]
    assert page.message.isVisible()
    assert "“Family” cannot be deleted" in page.message.text()
    assert "goals" in page.message.text()
    assert len(history.core) == 0


def test_a_tool_is_created_with_its_privacy_notes(
    qtbot: QtBot, page: CirclesPage, journal: Journal, history: UndoHistory
) -> None:
    assert page.tools_empty.button is not None
    qtbot.mouseClick(page.tools_empty.button, LEFT)
    dialog = visible(page, ToolDialog)
    qtbot.keyClicks(dialog.name, "Le Chat")
    select_data(dialog.kind, ToolKind.CHAT_ASSISTANT)
    qtbot.keyClicks(dialog.retention, "Kept until I delete it")
    qtbot.keyClicks(dialog.training, "Opted out in settings")
    qtbot.keyClicks(dialog.location, "EU servers")
    save(qtbot, dialog)

    [tool] = journal.tools()
    assert (tool.name, tool.kind) == ("Le Chat", ToolKind.CHAT_ASSISTANT)
    assert (tool.retention_note, tool.training_note, tool.data_location_note) == (
        "Kept until I delete it",
        "Opted out in settings",
        "EU servers",
    )
    page.tool_table.selectRow(0)
    assert "EU servers" in page.privacy.text()
    history.undo()
    assert journal.tools() == []


def test_the_starter_set_is_added_in_one_step_and_one_undo_removes_it(
    qtbot: QtBot, page: CirclesPage, journal: Journal, history: UndoHistory
) -> None:
    assert page.starter_button.isVisible()
    qtbot.mouseClick(page.starter_button, LEFT)

    assert sorted(c.name for c in journal.circles()) == sorted(c.name for c in STARTER_CIRCLES)
    assert sorted(t.name for t in journal.tools()) == sorted(t.name for t in STARTER_TOOLS)
    family = next(c for c in journal.circles() if c.name == "Family")
    assert (family.is_protected, family.cadence_days) == (True, 7)
    assert all(t.training_note for t in journal.tools())
    assert len(history.core) == 1
    assert not page.starter_button.isVisible()
    added = (journal.circles(), journal.tools())

    history.undo()
    assert journal.circles() == []
    assert journal.tools() == []
    assert page.starter_button.isVisible()
    history.redo()
    assert (journal.circles(), journal.tools()) == added


def test_the_starter_set_adds_only_what_is_missing(
    qtbot: QtBot, page: CirclesPage, journal: Journal
) -> None:
    journal.save_circle(CircleInput("family", Sphere.PERSONAL))
    page.refresh()
    qtbot.mouseClick(page.starter_button, LEFT)
    assert len(journal.circles()) == len(STARTER_CIRCLES)
    assert missing_circles(c.name for c in journal.circles()) == []


def test_the_starter_set_matches_the_product(page: CirclesPage) -> None:
    circles = {c.name: c for c in STARTER_CIRCLES}
    assert list(circles) == ["Partner", "Family", "Friends", "Colleagues", "Clients", "Community"]
    assert (circles["Family"].is_protected, circles["Family"].cadence_days) == (True, 7)
    assert circles["Friends"].cadence_days == 14
    assert circles["Clients"].is_protected
    assert circles["Community"].cadence_days == 30
    assert [t.name for t in STARTER_TOOLS] == [
        "ChatGPT",
        "Claude",
        "Gemini",
        "Microsoft Copilot",
        "DeepL Write",
    ]


def test_an_empty_journal_says_what_circles_and_tools_are_for(page: CirclesPage) -> None:
    assert page.circle_stack.currentWidget() is page.circles_empty
    assert page.tool_stack.currentWidget() is page.tools_empty
    assert page.circles_empty.title.text() == "No circles yet"
    assert page.tools_empty.title.text() == "No AI tools yet"
    assert page.starter_button.isVisible()
    assert not page.circle_buttons.isVisible()


def test_circle_and_tool_models_pass_the_model_tester(
    qtmodeltester: ModelTester, journal: Journal
) -> None:
    journal.save_circle(CircleInput("Family", Sphere.PERSONAL, 7, is_protected=True))
    journal.save_circle(CircleInput("Colleagues", Sphere.PROFESSIONAL))
    journal.save_tool(AiToolInput("Claude", ToolKind.CHAT_ASSISTANT, "kept", "", ""))
    circles = CircleTableModel()
    circles.set_circles(journal.circles())
    qtmodeltester.check(circles)
    tools = ToolTableModel()
    tools.set_tools(journal.tools())
    qtmodeltester.check(tools)


@pytest.mark.parametrize("width", [1000, 740])
def test_circle_and_tool_names_keep_room_to_be_read(
    qtbot: QtBot, page: CirclesPage, journal: Journal, width: int
) -> None:
    from vision_journal.core.records import CircleInput, Sphere
    from vision_journal.ui.pages.circles_page import NAME_COLUMN_MIN

    journal.save_circle(CircleInput("Grandparents", Sphere.PERSONAL, cadence_days=14))
    page.refresh()
    page.resize(width, 680)
    # Side by side while both fit, else stacked: never names squeezed to "Gr…".
    qtbot.waitUntil(lambda: page.circle_table.columnWidth(0) >= NAME_COLUMN_MIN)
    assert page.tool_table.columnWidth(0) >= NAME_COLUMN_MIN
    assert page.minimumSizeHint().width() <= 740  # it still fits an 800-pixel window
