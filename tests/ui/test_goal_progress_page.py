"""The Goals page shows where each goal stands, drawn from the journal: the list says it in
a line, the chosen goal's details as words, a bar and its week (core/goal_progress.py).

The clock starts on Monday 2026-11-09, when the goals are set, and stands on Wednesday
2026-11-18 (FIXED_NOW) when the page is shown; the week began on Monday the 16th.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    GoalInput,
    GoalKind,
    MeasurePeriod,
    MeasureSource,
    MeasureUnit,
    ProgressInput,
    Sphere,
    ToolKind,
    UsePurpose,
)
from vision_journal.ui.models.goal_model import PROGRESS
from vision_journal.ui.pages.goals_page import GoalsPage
from vision_journal.ui.undo import UndoHistory


@pytest.fixture
def journal_with_goals(paths: JournalPaths) -> Iterator[Journal]:
    """A daily AI limit measured from the journal, and a weekly goal kept by hand.

    AI use: Mon 16: 20 min (kept) · Tue 17: 40 min (missed) · Wed 18: 10 min so far (open).
    Entries of the weekly goal: 2 on Tue 10 (last week), 1 and 2 this week.
    """
    clock = [dt.datetime(2026, 11, 9, 9, 0)]
    journal = Journal.open(paths, clock=lambda: clock[0])
    tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    journal.save_goal(
        GoalInput(
            "Keep AI to half an hour a day",
            Sphere.PERSONAL,
            GoalKind.LIMIT,
            measure_unit=MeasureUnit.MINUTES,
            measure_period=MeasurePeriod.DAY,
            target_value=30,
            measure_source=MeasureSource.AI_USE,
        )
    )
    clock[0] += dt.timedelta(minutes=1)
    calls = journal.save_goal(
        GoalInput(
            "Call my sister",
            Sphere.PERSONAL,
            GoalKind.ACHIEVE,
            measure_unit=MeasureUnit.COUNT,
            measure_period=MeasurePeriod.WEEK,
            target_value=5,
        )
    )
    clock[0] = FIXED_NOW
    for day, minutes in ((16, 20), (17, 40), (18, 10)):
        started = dt.datetime(2026, 11, day, 9, 0)
        journal.log_use(AiUseInput(started, minutes, tool.id, UsePurpose.PLANNING, Sphere.PERSONAL))
    for day, value in ((10, 2), (16, 1), (17, 2)):
        journal.add_progress(calls.id, ProgressInput(dt.date(2026, 11, day), value))
    yield journal
    journal.close()


@pytest.fixture
def page(qtbot: QtBot, journal_with_goals: Journal) -> GoalsPage:
    shown = GoalsPage(journal_with_goals, UndoHistory(journal_with_goals))
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def row_of(page: GoalsPage, title: str) -> int:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == title:
            return row
    raise AssertionError(title)


def test_the_list_says_where_each_goal_stands(page: GoalsPage) -> None:
    progress = {
        page.proxy.index(r, 0).data(): page.proxy.index(r, PROGRESS).data()
        for r in range(page.proxy.rowCount())
    }
    assert progress == {
        "Keep AI to half an hour a day": "1 of 2 days kept this week",
        "Call my sister": "3 of 5 this week",
    }


def test_a_measured_daily_goal_shows_today_as_a_bar_and_its_week(page: GoalsPage) -> None:
    page.table.selectRow(row_of(page, "Keep AI to half an hour a day"))
    assert page.progress_headline.isVisible()
    assert page.progress_headline.text() == "10 of 30 min today"
    assert page.progress_bar.value() == 33
    assert page.progress_week.text() == "1 of 2 days kept this week"
    # Measured from the journal: nothing to enter by hand.
    assert not page.add_progress_button.isEnabled()


def test_a_manual_goal_shows_its_week_so_far_and_its_entries(page: GoalsPage) -> None:
    page.table.selectRow(row_of(page, "Call my sister"))
    assert page.progress_headline.text() == "3 of 5 this week"
    assert page.progress_bar.value() == 60
    assert not page.progress_week.isVisible()
    assert page.progress_model.rowCount() == 3
    assert page.add_progress_button.isEnabled()


def test_going_over_a_limit_colours_the_bar_as_a_warning(
    qtbot: QtBot, page: GoalsPage, journal_with_goals: Journal
) -> None:
    tool = journal_with_goals.tools()[0]
    journal_with_goals.log_use(
        AiUseInput(
            FIXED_NOW - dt.timedelta(hours=1), 25, tool.id, UsePurpose.PLANNING, Sphere.PERSONAL
        )
    )
    page.refresh()
    page.table.selectRow(row_of(page, "Keep AI to half an hour a day"))
    assert page.progress_headline.text() == "35 of 30 min today, over the limit"
    assert page.progress_bar.value() == 100
    assert page.progress_bar.property("level") == "watch"
    assert page.progress_week.text() == "1 of 3 days kept this week"
