"""The Boundaries page shows each rule as a card: today's status and number, and a strip of
the last seven days whose marks, words and colours come from the core's rule evaluation.

The journal's clock starts on Tuesday 2026-11-10, when the rules are made, and stands on
Wednesday 2026-11-18 (FIXED_NOW) when the page is shown: the strip runs Thu 12 – Wed 18.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    BudgetParams,
    CurfewParams,
    RuleInput,
    Sphere,
    TimeWindow,
    ToolKind,
    UsePurpose,
)
from vision_journal.core.rule_days import DayMark
from vision_journal.ui.formatting import format_date
from vision_journal.ui.pages.boundaries_page import BoundariesPage, week_days
from vision_journal.ui.style import current_tokens
from vision_journal.ui.undo import UndoHistory
from vision_journal.ui.widgets.rule_card import RuleCard

MADE = dt.datetime(2026, 11, 10, 9, 0)


@pytest.fixture(autouse=True)
def _british_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def journal_with_week(paths: JournalPaths) -> Iterator[Journal]:
    """A 45-minute daily budget and a curfew from 22:00, made on the 10th, and a week of use.

    Thu 12: 30 min (kept) · Fri 13: 60 min (15 over) · Sat 14: nothing at all (no data) ·
    Sun 15: 20 min at 22:30 (curfew broken) · Mon 16 and Tue 17: 10 min · Wed 18: 40 min so
    far (close to the budget).
    """
    clock = [MADE]
    journal = Journal.open(paths, clock=lambda: clock[0])
    tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    journal.save_rule(RuleInput("Daily budget", BudgetParams(45)))
    journal.save_rule(RuleInput("Evenings off", CurfewParams((TimeWindow(22 * 60, 6 * 60),))))
    clock[0] = FIXED_NOW
    for day, hour, minutes in (
        (12, 9, 30),
        (13, 9, 60),
        (15, 22, 20),
        (16, 9, 10),
        (17, 9, 10),
        (18, 9, 40),
    ):
        started = dt.datetime(2026, 11, day, hour, 30)
        journal.log_use(AiUseInput(started, minutes, tool.id, UsePurpose.PLANNING, Sphere.PERSONAL))
    yield journal
    journal.close()


@pytest.fixture
def page(qtbot: QtBot, journal_with_week: Journal) -> BoundariesPage:
    shown = BoundariesPage(journal_with_week, UndoHistory(journal_with_week))
    qtbot.addWidget(shown)
    shown.resize(900, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def card(page: BoundariesPage, name: str) -> RuleCard:
    found = [c for c in page.cards if c.name.text() == name]
    assert len(found) == 1
    return found[0]


def test_each_rule_is_a_card_with_todays_status_and_number(page: BoundariesPage) -> None:
    assert [c.name.text() for c in page.cards] == ["Daily budget", "Evenings off"]
    budget = card(page, "Daily budget")
    assert budget.isVisible()
    assert budget.state.text() == "Close"
    assert budget.amount.text() == "40 of 45 min today"
    assert budget.sentence.text() == "At most 45 minutes of AI a day · Nudge"
    curfew = card(page, "Evenings off")
    assert curfew.state.text() == "Kept"
    assert curfew.amount.text() == "Nothing against it today"


def test_the_strip_marks_the_last_seven_days_as_the_core_evaluates_them(
    page: BoundariesPage, journal_with_week: Journal
) -> None:
    budget = card(page, "Daily budget")
    shown = [(cell.day.day.day, cell.day.mark) for cell in budget.cells]
    kept, broken, none = DayMark.KEPT, DayMark.BROKEN, DayMark.NO_DATA
    assert shown == [
        (12, kept),
        (13, broken),
        (14, none),
        (15, kept),
        (16, kept),
        (17, kept),
        (18, kept),
    ]
    curfew = card(page, "Evenings off")
    assert [cell.day.mark for cell in curfew.cells][2:4] == [none, broken]
    # The same marks the core gives, not a second reckoning.
    rules = journal_with_week.rules()
    core = week_days(journal_with_week, rules)
    for rule in rules:
        assert [c.day for c in card(page, rule.name).cells] == list(core[rule.id])

    # Each day says its date and mark, in the tooltip and to a screen reader.
    friday = budget.cells[1]
    expected = f"{format_date(dt.date(2026, 11, 13), weekday=True)}: broken, 15 min over the budget"
    assert friday.toolTip() == expected
    assert friday.accessibleName() == expected
    assert budget.cells[2].toolTip().endswith(": no entries")
    assert budget.cells[0].toolTip().endswith(": kept")
    assert curfew.cells[3].toolTip().endswith(": broken, 20 min in the curfew")


def test_the_marks_are_drawn_in_the_schemes_colours(page: BoundariesPage) -> None:
    budget = card(page, "Daily budget")
    tokens = current_tokens()
    # Just inside the top edge of each mark, clear of the tick and the cross.
    kept = budget.cells[0].mark.grab().toImage().pixelColor(8, 2)
    broken = budget.cells[1].mark.grab().toImage().pixelColor(8, 2)
    empty = budget.cells[2].mark.grab().toImage().pixelColor(8, 8)
    assert kept.name() == tokens.good
    assert broken.name() == tokens.warning
    assert empty.name() not in {tokens.good, tokens.warning}


def test_a_card_is_chosen_by_click_and_by_keys(qtbot: QtBot, page: BoundariesPage) -> None:
    assert page.selected_rule() is None
    assert not page.edit_button.isEnabled()
    budget = card(page, "Daily budget")
    qtbot.mouseClick(budget, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert page.selected_rule() is not None
    assert page.selected_rule().name == "Daily budget"  # type: ignore[union-attr]
    assert budget.is_selected()
    assert page.edit_button.isEnabled()
    assert page.details.isVisible()
    qtbot.keyClick(budget, Qt.Key.Key_Down)
    QApplication.processEvents()
    assert page.selected_rule().name == "Evenings off"  # type: ignore[union-attr]
    assert not budget.is_selected()
    assert card(page, "Evenings off").is_selected()


def test_a_paused_rule_says_so_and_its_days_have_no_data(
    qtbot: QtBot, page: BoundariesPage
) -> None:
    page.select_rule(card(page, "Daily budget").rule.id)
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    budget = card(page, "Daily budget")
    assert budget.state.text() == "Paused"
    assert budget.amount.text() == ""
    assert {cell.day.mark for cell in budget.cells} == {DayMark.NO_DATA}
    # The choice survives the refresh the change caused.
    assert page.selected_rule() is not None
    assert budget.is_selected()
