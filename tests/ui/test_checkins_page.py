"""The Check-ins page and wizard, driven like a person would, and the reminder on a set clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from vision_journal.core import checkins
from vision_journal.core.dashboard import load_dashboard
from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    AiUseInput,
    BudgetParams,
    CheckInStatus,
    GoalStatus,
    RuleInput,
    Sphere,
    UsePurpose,
)
from vision_journal.ui.dialogs.checkin_wizard import CheckInWizard
from vision_journal.ui.dialogs.goal_dialog import GoalDialog
from vision_journal.ui.pages.checkins_page import CheckInsPage
from vision_journal.ui.reminders import CheckInReminder
from vision_journal.ui.undo import UndoHistory

THIS_WEEK = dt.date(2026, 11, 16)


@pytest.fixture
def history(journal: Journal) -> UndoHistory:
    return UndoHistory(journal)


@pytest.fixture
def page(qtbot: QtBot, seeded: Journal, history: UndoHistory) -> Iterator[CheckInsPage]:
    tool = seeded.tools()[0].id
    for day in range(3):
        moment = dt.datetime(2026, 11, 16 + day, 10, 0)
        seeded.log_use(AiUseInput(moment, 20 + day, tool, UsePurpose.PLANNING, Sphere.PERSONAL))
    shown = CheckInsPage(seeded, history)
    qtbot.addWidget(shown)
    shown.resize(900, 650)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    if shown.wizard is not None:
        shown.wizard.close()


def start(qtbot: QtBot, page: CheckInsPage) -> CheckInWizard:
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    wizard = page.wizard
    assert wizard is not None
    assert wizard.isVisible()
    return wizard


def click(qtbot: QtBot, wizard: CheckInWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def rate(qtbot: QtBot, wizard: CheckInWizard, connection: int, reliance: int, align: int) -> None:
    groups = wizard.ratings_page.groups
    for name, value in (("connection", connection), ("reliance", reliance), ("alignment", align)):
        qtbot.mouseClick(groups[name].button(value), Qt.MouseButton.LeftButton)


def test_a_check_in_is_completed_through_the_wizard(
    qtbot: QtBot, page: CheckInsPage, seeded: Journal
) -> None:
    wizard = start(qtbot, page)
    assert wizard.currentId() == CheckInWizard.FACTS
    assert wizard.facts.ai_minutes == 63
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    first_prompt, first_box = next(iter(wizard.prompts_page.boxes.items()))
    qtbot.keyClicks(first_box, "Dinner with Luc")
    first_box.insertPlainText("ía")  # QTest types ASCII only
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # ratings needed
    rate(qtbot, wizard, 4, 2, 5)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == CheckInWizard.ADJUSTMENTS
    with qtbot.waitSignal(page.checkin_completed):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    [done] = checkins.checkins(seeded)
    assert done.status is CheckInStatus.COMPLETED
    assert (done.rating_connection, done.rating_reliance, done.rating_alignment) == (4, 2, 5)
    assert done.answers == (checkins.CheckInAnswer(first_prompt, "Dinner with Lucía"),)
    frozen = checkins.facts_from_json(done.facts_json)
    assert frozen is not None
    assert frozen.ai_minutes == 63
    qtbot.waitUntil(lambda: page.wizard is None)
    assert page.list.topLevelItemCount() == 1
    item = page.list.topLevelItem(0)
    assert item is not None
    assert [item.text(c) for c in (2, 3, 4)] == ["4", "2", "5"]
    assert page.chart.series() == [[4], [2], [5]]
    assert "1 week in a row" in page.streak.text()


def test_the_facts_match_the_dashboard(qtbot: QtBot, page: CheckInsPage, seeded: Journal) -> None:
    wizard = start(qtbot, page)
    dashboard = load_dashboard(seeded)
    assert wizard.facts.ai_minutes == sum(d.minutes for d in dashboard.week_minutes)
    assert wizard.facts.score == dashboard.week.score


def test_a_closed_wizard_resumes_the_draft_exactly(
    qtbot: QtBot, page: CheckInsPage, seeded: Journal
) -> None:
    wizard = start(qtbot, page)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    prompt_id, box = next(iter(wizard.prompts_page.boxes.items()))
    qtbot.keyClicks(box, "Half a thought")
    box.insertPlainText(" 👵\nand more")
    # The debounce writes it without any closing.
    qtbot.waitUntil(lambda: bool(checkins.open_checkin(seeded, THIS_WEEK).answers))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.mouseClick(wizard.ratings_page.groups["reliance"].button(3), Qt.MouseButton.LeftButton)
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)  # "Save and close"
    qtbot.waitUntil(lambda: page.wizard is None)
    assert page.start_button.text().replace("&", "") == "Continue this week's check-in"

    again = start(qtbot, page)
    assert again.prompts_page.boxes[prompt_id].toPlainText() == "Half a thought 👵\nand more"
    assert again.ratings_page.ratings() == checkins.Ratings(reliance=3)


def test_adjustments_are_made_and_recorded_without_leaving_the_wizard(
    qtbot: QtBot, page: CheckInsPage, seeded: Journal, history: UndoHistory
) -> None:
    rule = seeded.save_rule(RuleInput("An hour a day", BudgetParams(60)))
    wizard = start(qtbot, page)
    wizard.setCurrentId(CheckInWizard.ADJUSTMENTS)
    adjust = wizard.adjustments_page
    adjust.rules.setCurrentRow(0)
    qtbot.mouseClick(adjust.pause_rule, Qt.MouseButton.LeftButton)
    assert not seeded.rules()[0].is_active

    qtbot.mouseClick(adjust.new_goal, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in wizard.findChildren(GoalDialog) if d.isVisible()]
    qtbot.keyClicks(dialog.title, "Call Gran on Sundays")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    [goal] = seeded.goals()
    assert goal.status is GoalStatus.ACTIVE

    made = checkins.open_checkin(seeded, THIS_WEEK).adjustments
    assert [(a.target, a.target_id, a.action) for a in made] == [
        ("rule", rule.id, "paused"),
        ("goal", goal.id, "created"),
    ]
    assert adjust.made.count() == 2
    history.undo()  # the record of the new goal
    assert len(checkins.open_checkin(seeded, THIS_WEEK).adjustments) == 1


def test_questions_are_added_moved_and_retired_with_undo(
    qtbot: QtBot, page: CheckInsPage, seeded: Journal, history: UndoHistory
) -> None:
    checkins.ensure_default_prompts(seeded)
    page.refresh()
    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.new_prompt, "Did I call Mum?")
    qtbot.keyClick(page.new_prompt, Qt.Key.Key_Return)
    assert checkins.prompts(seeded)[-1].text == "Did I call Mum?"
    assert page.prompt_list.currentRow() == 5
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert checkins.prompts(seeded)[4].text == "Did I call Mum?"
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert "Did I call Mum?" not in [p.text for p in checkins.prompts(seeded)]
    history.undo()
    assert "Did I call Mum?" in [p.text for p in checkins.prompts(seeded)]


def test_an_empty_question_is_refused_next_to_the_field(qtbot: QtBot, page: CheckInsPage) -> None:
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.prompt_error.isVisible()
    assert page.prompt_error.text()


def test_search_lists_matching_answers(qtbot: QtBot, page: CheckInsPage, seeded: Journal) -> None:
    prompt = checkins.ensure_default_prompts(seeded)[0]
    check_in = checkins.open_checkin(seeded, dt.date(2026, 11, 9))
    checkins.save_answers(seeded, check_in.id, {prompt.id: "Long call with Gran"})
    page.refresh()
    qtbot.keyClicks(page.search, "gran")
    assert page.lists.currentWidget() is page.matches
    assert page.matches.topLevelItemCount() == 1
    page.search.clear()
    qtbot.keyClicks(page.search, "nowhere")
    assert page.lists.currentWidget() is page.empty


def test_catch_up_opens_the_missed_week(qtbot: QtBot, page: CheckInsPage, seeded: Journal) -> None:
    tool = seeded.tools()[0].id
    seeded.log_use(
        AiUseInput(dt.datetime(2026, 11, 3, 9), 10, tool, UsePurpose.PLANNING, Sphere.PERSONAL)
    )
    page.refresh()
    assert page.catch_up_button.isVisible()
    qtbot.mouseClick(page.catch_up_button, Qt.MouseButton.LeftButton)
    assert page.wizard is not None
    assert page.wizard.week_start == dt.date(2026, 11, 9)


# --- the reminder ---------------------------------------------------------------------------------


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "reminder.ini"), QSettings.Format.IniFormat)


def test_the_reminder_fires_at_the_set_time(
    qtbot: QtBot, journal: Journal, qsettings: QSettings
) -> None:
    clock = Clock(FIXED_NOW)
    reminder = CheckInReminder(journal, clock, qsettings)
    assert reminder.arm() == dt.datetime(2026, 11, 22, 18, 0)
    clock.now = dt.datetime(2026, 11, 22, 17, 59)
    assert not reminder.check()
    clock.now = dt.datetime(2026, 11, 22, 18, 0, 5)
    with qtbot.waitSignal(reminder.due):
        assert reminder.check()
    assert reminder.due_week == THIS_WEEK
    assert reminder.due_at == dt.datetime(2026, 11, 29, 18, 0)


def test_a_completed_week_is_not_reminded_and_a_snooze_waits_a_day(
    qtbot: QtBot, journal: Journal, qsettings: QSettings
) -> None:
    clock = Clock(dt.datetime(2026, 11, 22, 18, 1))
    reminder = CheckInReminder(journal, clock, qsettings)
    reminder.due_at = dt.datetime(2026, 11, 22, 18, 0)
    until = reminder.snooze_day()
    assert reminder.due_at == until == dt.datetime(2026, 11, 23, 18, 1)
    # The snooze survives a restart.
    again = CheckInReminder(journal, clock, qsettings)
    assert again.arm() == until
    check_in = checkins.open_checkin(journal, THIS_WEEK)
    checkins.save_answers(journal, check_in.id, {}, checkins.Ratings(3, 3, 3))
    checkins.complete_checkin(journal, check_in.id)
    clock.now = until
    with qtbot.assertNotEmitted(again.due):
        assert not again.check()
    assert again.snoozed_until() is None
    assert again.due_at == dt.datetime(2026, 11, 29, 18, 0)
