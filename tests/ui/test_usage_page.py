"""Logging AI use through the real dialog, the list that filters as you type, and restarts."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from tests.ui.conftest import visible_dialog
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiUseInput,
    CircleInput,
    Mediation,
    Sphere,
    UseFilter,
    UsePurpose,
)
from vision_journal.ui.dialogs.use_dialog import UseDialog
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.models import lazy_model, use_table_model
from vision_journal.ui.models.use_table_model import UseTableModel
from vision_journal.ui.widgets.combo import select_data


def open_dialog(qtbot: QtBot, window: MainWindow) -> UseDialog:
    """Press Ctrl+L in the window and return the dialog that opened."""
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = visible_dialog(window)
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def type_minutes(qtbot: QtBot, dialog: UseDialog, text: str) -> None:
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, text)


def save(qtbot: QtBot, dialog: UseDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_ctrl_l_logs_a_use_with_only_tool_purpose_and_minutes(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    dialog = open_dialog(qtbot, window)
    select_data(dialog.tool, seeded.tools()[1].id)  # Claude
    select_data(dialog.purpose, UsePurpose.TRANSLATE)
    type_minutes(qtbot, dialog, "25")
    with qtbot.waitSignal(window.history.changed):
        save(qtbot, dialog)
    [logged] = seeded.list_uses()
    assert (logged.tool_id, logged.purpose, logged.minutes) == (
        seeded.tools()[1].id,
        UsePurpose.TRANSLATE,
        25,
    )
    assert logged.started_at == FIXED_NOW.replace(second=0)
    assert logged.mediation is Mediation.NONE
    # Logged from the dashboard, the AI-use list shows it once it is opened.
    window.sidebar.setCurrentRow(window.stack.indexOf(window.usage_page))
    assert window.usage_page.model.rowCount() == 1


def test_logged_use_survives_a_restart(
    qtbot: QtBot, window: MainWindow, seeded: Journal, paths: JournalPaths
) -> None:
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.note, "Thank-you note to Grandma")
    dialog.note.insertPlainText(" 👵")  # QTest types single UTF-16 units only
    save(qtbot, dialog)
    window.close()
    seeded.close()
    reopened = Journal.open(paths)
    try:
        again = MainWindow(reopened, paths.settings_file)
        qtbot.addWidget(again)
        assert again.usage_page.model.rowCount() == 1
        assert again.usage_page.model.use_at(0).note == "Thank-you note to Grandma 👵"
    finally:
        reopened.close()


def _set_start(dialog: UseDialog, moment: dt.datetime) -> None:
    dialog.started_at.setDateTime(QDateTime(moment))


@pytest.mark.parametrize(
    ("make_bad", "field"),
    [
        pytest.param(lambda q, d: type_minutes(q, d, "0"), "minutes", id="zero-minutes"),
        pytest.param(lambda q, d: type_minutes(q, d, "1500"), "minutes", id="over-24-hours"),
        pytest.param(
            lambda q, d: (
                d.has_end.setChecked(True),
                d.ended_at.setDateTime(QDateTime(FIXED_NOW - dt.timedelta(hours=1))),
            ),
            "ended_at",
            id="end-before-start",
        ),
        pytest.param(
            lambda q, d: d.note.setPlainText("x" * 100_001), "note", id="note-over-100000"
        ),
        pytest.param(
            lambda q, d: _set_start(d, dt.datetime(1969, 7, 20, 20, 17)),
            "started_at",
            id="before-1970",
        ),
        pytest.param(
            lambda q, d: _set_start(d, dt.datetime(2030, 1, 1, 9, 0)),
            "started_at",
            id="too-far-ahead",
        ),
    ],
)
def test_bad_input_shows_a_message_at_its_field_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, seeded: Journal, make_bad: object, field: str
) -> None:
    dialog = open_dialog(qtbot, window)
    make_bad(qtbot, dialog)  # type: ignore[operator]
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.message(field) != ""
    assert seeded.count_uses() == 0


def test_tool_deleted_while_the_dialog_is_open_is_reported_at_the_tool(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    dialog = open_dialog(qtbot, window)
    seeded.delete_tool(int(dialog.tool.currentData()))
    save(qtbot, dialog)
    assert "does not exist" in dialog.errors.message("tool_id")
    assert seeded.count_uses() == 0


def test_circle_deleted_while_the_dialog_is_open_is_reported_at_the_circle(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    dialog = open_dialog(qtbot, window)
    family = seeded.circles()[0]
    select_data(dialog.circle, family.id)
    seeded.delete_circle(family.id)
    save(qtbot, dialog)
    assert "does not exist" in dialog.errors.message("circle_id")
    assert seeded.count_uses() == 0


def test_fixing_the_input_after_an_error_saves(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    dialog = open_dialog(qtbot, window)
    type_minutes(qtbot, dialog, "0")
    save(qtbot, dialog)
    type_minutes(qtbot, dialog, "12")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert [u.minutes for u in seeded.list_uses()] == [12]


def test_choosing_a_circle_sets_its_sphere_and_mediation_enables_disclosure(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    dialog = open_dialog(qtbot, window)
    colleagues = next(c for c in seeded.circles() if c.name == "Colleagues")
    select_data(dialog.circle, colleagues.id)
    assert dialog.sphere.currentData() == Sphere.PROFESSIONAL.value
    assert not dialog.disclosed.isEnabled()
    select_data(dialog.mediation, Mediation.AI_EDITED)
    assert dialog.disclosed.isEnabled()
    save(qtbot, dialog)
    [logged] = seeded.list_uses()
    assert logged.circle_id == colleagues.id
    assert logged.sphere is Sphere.PROFESSIONAL
    assert logged.mediation is Mediation.AI_EDITED


def _log(journal: Journal, minutes: int, purpose: UsePurpose, note: str = "") -> None:
    journal.log_use(
        AiUseInput(
            started_at=FIXED_NOW - dt.timedelta(hours=minutes),
            minutes=minutes,
            tool_id=journal.tools()[0].id,
            purpose=purpose,
            sphere=Sphere.PERSONAL,
            note=note,
        )
    )


def test_list_filters_as_you_type(qtbot: QtBot, window: MainWindow, seeded: Journal) -> None:
    _log(seeded, 10, UsePurpose.TRANSLATE, "letter to Oma")
    _log(seeded, 20, UsePurpose.PLANNING, "holiday")
    _log(seeded, 30, UsePurpose.EMOTIONAL_SUPPORT)
    page = window.usage_page
    page.refresh()
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.filter, "oma")
    assert [page.model.use_at(r).minutes for r in range(page.model.rowCount())] == [10]
    page.filter.clear()
    qtbot.keyClicks(page.filter, "emotional")  # matches the purpose's label
    assert [page.model.use_at(r).minutes for r in range(page.model.rowCount())] == [30]
    qtbot.keyClicks(page.filter, "zzz")
    assert page.stack.currentWidget() is page.empty
    assert "Nothing matches" in page.empty.title.text()


def test_a_common_word_is_counted_only_as_far_as_needed(
    qtbot: QtBot, window: MainWindow, seeded: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small pages and limit, so a handful of uses behaves like thousands.
    monkeypatch.setattr(lazy_model, "PAGE_SIZE", 2)
    monkeypatch.setattr(use_table_model, "TEXT_COUNT_LIMIT", 3)
    for minutes in range(1, 6):
        _log(seeded, minutes, UsePurpose.PLANNING, "walk")
    _log(seeded, 9, UsePurpose.PLANNING, "run")
    page = window.usage_page
    page.refresh()
    assert page.count.text() == "6 AI uses"  # no text: counted exactly
    qtbot.keyClicks(page.filter, "walk")
    assert page.count.text() == "More than 3 AI uses"
    assert page.model.rowCount() == 2
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 5
    assert page.model.total() == 5
    assert page.model.is_total_exact()
    page.filter.clear()
    qtbot.keyClicks(page.filter, "run")  # a short first page is the whole answer
    assert page.count.text() == "1 AI use"


def test_empty_journal_shows_what_to_do_next(qtbot: QtBot, window: MainWindow) -> None:
    page = window.usage_page
    assert page.stack.currentWidget() is page.empty
    assert page.empty.button is not None
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    assert visible_dialog(window) is not None


def test_header_click_sorts_by_minutes(qtbot: QtBot, window: MainWindow, seeded: Journal) -> None:
    for minutes in (15, 5, 45):
        _log(seeded, minutes, UsePurpose.PLANNING)
    page = window.usage_page
    page.refresh()
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert [page.model.use_at(r).minutes for r in range(3)] == [5, 15, 45]


def test_model_passes_the_model_tester_and_holds_a_window_of_rows(
    qtmodeltester: ModelTester, seeded: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small blocks, so 41 uses behave like 100 000.
    monkeypatch.setattr(lazy_model, "PAGE_SIZE", 4)
    monkeypatch.setattr(lazy_model, "KEPT_BLOCKS", 3)
    for index in range(41):
        _log(seeded, 1 + index % 7, UsePurpose.PLANNING)  # many share a start time
    expected = seeded.list_uses(limit=1000)
    model = UseTableModel(seeded)
    assert model.rowCount() == 41  # every row is counted at once: the scroll bar is true
    assert not model.canFetchMore()
    assert model.held_rows() == 4
    assert model.use_at(40) == expected[40]  # the end, without reading what lies between
    assert model.held_rows() == 4 + 1
    jumbled = random.Random(7).sample(range(41), 41)
    for row in [*range(41), *reversed(range(41)), *jumbled]:
        assert model.use_at(row) == expected[row]
        assert model.held_rows() <= 3 * 4
    qtmodeltester.check(model)


@pytest.mark.parametrize("column", range(6))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_every_order_shows_the_same_rows_however_they_are_reached(
    seeded: Journal, monkeypatch: pytest.MonkeyPatch, column: int, order: Qt.SortOrder
) -> None:
    monkeypatch.setattr(lazy_model, "PAGE_SIZE", 3)
    monkeypatch.setattr(lazy_model, "KEPT_BLOCKS", 2)
    circle = seeded.save_circle(CircleInput("Neighbours", Sphere.PERSONAL)).id
    for index in range(20):
        seeded.log_use(
            AiUseInput(
                started_at=FIXED_NOW - dt.timedelta(hours=index % 4),
                minutes=1 + index % 5,
                tool_id=seeded.tools()[0].id,
                purpose=list(UsePurpose)[index % 3],
                sphere=Sphere.PERSONAL,
                circle_id=circle if index % 2 else None,  # empty circles sort too
                mediation=Mediation.AI_DRAFTED if index % 3 else Mediation.NONE,
            )
        )
    model = UseTableModel(seeded)
    model.sort(column, order)
    sort = use_table_model.COLUMNS[column]
    assert sort is not None
    expected = seeded.list_uses(UseFilter(), sort, order == Qt.SortOrder.DescendingOrder, 0, 1000)
    jumbled = random.Random(column).sample(range(20), 20)
    for row in [19, *reversed(range(20)), *jumbled, *range(20)]:
        assert model.use_at(row) == expected[row], row
        assert model.held_rows() <= 2 * 3


def test_double_click_edits_a_use(qtbot: QtBot, window: MainWindow, seeded: Journal) -> None:
    _log(seeded, 10, UsePurpose.PLANNING)
    page = window.usage_page
    page.refresh()
    page.table.selectRow(0)
    page.table.doubleClicked.emit(page.model.index(0, 0))
    dialog = visible_dialog(window)
    assert dialog is not None
    assert dialog.minutes.value() == 10
    type_minutes(qtbot, dialog, "11")
    save(qtbot, dialog)
    assert [u.minutes for u in seeded.list_uses()] == [11]


def test_a_use_marked_as_not_counting_is_listed_but_left_out_of_the_bars(
    qtbot: QtBot, window: MainWindow, seeded: Journal
) -> None:
    dialog = open_dialog(qtbot, window)
    select_data(dialog.purpose, UsePurpose.TRANSLATE)
    type_minutes(qtbot, dialog, "40")
    assert not dialog.neutral_note.isEnabled()
    select_data(dialog.neutral, "other")
    assert dialog.neutral_note.isEnabled()
    save(qtbot, dialog)
    # Another reason must be written down: nothing is saved without it.
    assert dialog.isVisible()
    assert seeded.list_uses() == []
    qtbot.keyClicks(dialog.neutral_note, "Reading aid for a letter")
    with qtbot.waitSignal(window.history.changed):
        save(qtbot, dialog)
    [logged] = seeded.list_uses()
    assert logged.is_neutral
    assert logged.neutral_note == "Reading aid for a letter"
    window.refresh_dashboard()
    data = window.dashboard_page.data()
    assert data is not None
    assert sum(d.minutes for d in data.week_minutes) == 0
    assert data.week.neutral_uses == 1
    window.sidebar.setCurrentRow(window.stack.indexOf(window.usage_page))
    model = window.usage_page.model
    assert model.data(model.index(0, 3)) == "40 · doesn't count"
