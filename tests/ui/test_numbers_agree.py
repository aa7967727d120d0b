"""One source of truth: the dashboard card, its explanation, the banner, the tray, the check-in
facts, the Markdown summary, `vision-journal status --json` and the JSON export state the same
numbers for the same moment.

The journal is built by hand so every number can be worked out on paper (weights H 0.3,
A 0.25, B 0.2, C 0.15; no check-in, so the self-rating is left out and the weights sum to 0.9).
The week is Monday 16 to Wednesday 18 November 2026 (today, `FIXED_NOW`); a daily budget of
45 minutes and a limit goal "at most 60 minutes of AI a day" read from the journal have
existed since 1 November.

- Monday: 70 min of AI (25 over: adherence 1 - 25/45 = 0.444), a 40-minute call with Family.
- Tuesday: 40 min + a 20-minute AI-drafted message to Family = 60 min (15 over: 0.667), and a
  30-minute translation marked as not counting (neutral: in no number).
- Wednesday: 20 min (within: 1.0) and a message written by hand to Family.

H = (0.444 + 0.667 + 1) / 3 = 0.704 (70 %); A = 1 - 1/2 = 0.5; B = 1 - 2 breached / 3 rule-days
= 0.333; C = 45 / (45 + 0) = 1. Index = 100 · (0.3·0.704 + 0.25·0.5 + 0.2·0.333 + 0.15·1) / 0.9
= 61.4: **61, Watch**. AI minutes this week: 150 (neutral 30 left out).

Goal: days from 1 November kept except Monday (70 > 60); today (20 so far) is not decided
yet: kept 16 of 17 days. Strength: 1 smoothed with Monday's adherence(70, 60) = 0.833, then
two days of 1: 0.992, "99 % kept".

Then a message written by hand to Family: A = 1 - 1/3 = 0.667, index = 100 · (0.211 + 0.167 +
0.067 + 0.15) / 0.9 = 66.0: **66, Watch**, and the banner follows the card. Then Monday's use
is marked as not counting (a reading aid): Monday counts 0 minutes and no breach.
H = (1 + 0.667 + 1) / 3 = 0.889; B = 1 - 1/3 = 0.667; index = 100 · (0.267 + 0.167 + 0.133 +
0.15) / 0.9 = 79.6: **80, Balanced**, and the level warning is withdrawn everywhere.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from vision_journal import cli
from vision_journal.core import checkins
from vision_journal.core.export.data_json import export_json
from vision_journal.core.export.markdown import render_markdown
from vision_journal.core.export.summary import build_summary
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    BudgetParams,
    CircleInput,
    ConnectionInput,
    ConnectionMode,
    Disclosure,
    GoalInput,
    GoalKind,
    MeasurePeriod,
    MeasureSource,
    MeasureUnit,
    Mediation,
    NeutralReason,
    RuleInput,
    Sphere,
    ToolKind,
    UsePurpose,
)
from vision_journal.core.setup import mark_setup_done
from vision_journal.demo import generate
from vision_journal.ui.main_window import MainWindow

MONDAY = dt.date(2026, 11, 16)
TUESDAY = dt.date(2026, 11, 17)


class Clock:
    """The journal's clock, moved by the test (the rules and goal are created earlier)."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


class FakeTray:
    """Stands in for a system tray (the offscreen platform has none)."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.tool_tip = ""

    def isVisible(self) -> bool:
        return True

    def setToolTip(self, text: str) -> None:
        self.tool_tip = text

    def showMessage(self, title: str, text: str, *_args: object) -> None:
        self.messages.append(text)


@pytest.fixture
def week(paths: JournalPaths) -> Iterator[Journal]:
    """The hand-computed week of the module docstring."""
    clock = Clock(dt.datetime(2026, 11, 1, 10, 0))
    journal = Journal.open(paths, clock=clock)
    tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    family = journal.save_circle(CircleInput("Family", Sphere.PERSONAL))
    journal.save_rule(RuleInput("Daily AI budget", BudgetParams(45)))
    journal.save_goal(
        GoalInput(
            "At most an hour of AI a day",
            Sphere.PERSONAL,
            GoalKind.LIMIT,
            measure_unit=MeasureUnit.MINUTES,
            measure_period=MeasurePeriod.DAY,
            target_value=60,
            measure_source=MeasureSource.AI_USE,
        )
    )
    clock.now = FIXED_NOW

    def use(day: dt.date, hour: int, minutes: int, **extra: object) -> None:
        fields: dict[str, object] = {"purpose": UsePurpose.WORK_TASK, "sphere": Sphere.PERSONAL}
        fields.update(extra)
        journal.log_use(
            AiUseInput(
                dt.datetime.combine(day, dt.time(hour)),
                minutes,
                tool.id,
                **fields,  # type: ignore[arg-type]
            )
        )

    use(MONDAY, 9, 70)
    use(TUESDAY, 9, 40)
    use(
        TUESDAY,
        12,
        20,
        purpose=UsePurpose.DRAFT_MESSAGE,
        circle_id=family.id,
        mediation=Mediation.AI_DRAFTED,
        disclosed=Disclosure.YES,
    )
    use(
        TUESDAY,
        15,
        30,
        purpose=UsePurpose.TRANSLATE,
        neutral=NeutralReason.TRANSLATION,
        neutral_note="Reading a letter from the council",
    )
    use(FIXED_NOW.date(), 9, 20)
    journal.log_connection(
        ConnectionInput(dt.datetime(2026, 11, 16, 18, 0), family.id, ConnectionMode.CALL, 40)
    )
    journal.log_connection(
        ConnectionInput(dt.datetime(2026, 11, 18, 12, 0), family.id, ConnectionMode.MESSAGE, 5)
    )
    yield journal
    journal.close()


def _labels(window: MainWindow) -> list[str]:
    return [label.text() for label in window.dashboard_page.explanation.findChildren(QLabel)]


def _status(paths: JournalPaths) -> dict[str, object]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(
        ["status", "--json", "--data-dir", str(paths.data_dir)], out, err, clock=lambda: FIXED_NOW
    )
    assert code == 0, err.getvalue()
    result: dict[str, object] = json.loads(out.getvalue())
    return result


def _counted_week_minutes(journal: Journal) -> tuple[int, int]:
    """From the JSON export: the week's minutes that count, and the neutral uses."""
    uses = export_json(journal)["uses"]
    assert isinstance(uses, list)
    in_week = [u for u in uses if str(MONDAY) <= u["day"] <= str(FIXED_NOW.date())]
    counted = sum(u["minutes"] for u in in_week if u["neutral"] is None)
    return counted, sum(1 for u in in_week if u["neutral"] is not None)


def test_every_surface_states_the_same_numbers(
    qtbot: QtBot, week: Journal, paths: JournalPaths
) -> None:
    window = MainWindow(week, paths.settings_file)
    qtbot.addWidget(window)
    tray = FakeTray()
    window.tray = tray  # type: ignore[assignment]
    window.show()
    qtbot.waitExposed(window)
    page = window.dashboard_page

    # The card and its explanation.
    assert page.score_label.text() == "61"
    assert page.level_label.text() == "Watch"
    qtbot.mouseClick(page.why_button, Qt.MouseButton.LeftButton)
    labels = _labels(window)
    assert (
        "This week: 70 % adherence, the mean of its 3 days so far; 2 went over budget"
        in "\n".join(labels)
    )
    explanation = "\n".join(labels)
    assert "Monday: Daily AI budget, 70 min that day against 45 min (25 min over, 44 %)" in (
        explanation
    )
    assert "Tuesday: Daily AI budget, 60 min that day against 45 min (15 min over, 67 %)" in (
        explanation
    )
    assert "Wednesday: Daily AI budget, 20 min that day against 45 min (within, 100 %)" in (
        explanation
    )
    assert "1 of 2 messages to Family were AI-mediated" in explanation
    assert "2 of 3 rule-days this week had a breach" in explanation
    assert "45 min with people and 0 min of AI" in explanation
    assert "1 use marked as not counting (30 min) left out this week" in explanation
    assert "Index: 61.4 points in all, rounded to 61." in explanation
    # The bars: the same minutes the explanation names.
    assert [d.minutes for d in page.data().week_minutes][:3] == [70, 60, 20]  # type: ignore[union-attr]
    # The goal reads the journal.
    goal_texts = [label.text() for label in page.goals_card.findChildren(QLabel) if label.text()]
    assert "99 % kept" in goal_texts
    assert "kept 16 of 17 days" in goal_texts

    # The banner names the card's number.
    assert not window.banner.isHidden()
    assert window.banner.text.text().startswith("Your balance index is 61, down to Watch.")

    # The check-in facts, the summary, the status command and the export.
    facts = checkins.week_facts(week, MONDAY)
    assert (facts.score, facts.level) == (61, "watch")
    assert (facts.ai_minutes, facts.neutral_uses, facts.neutral_minutes) == (150, 1, 30)
    assert facts.budget_percent == 70
    assert facts.days_over_budget == (MONDAY, TUESDAY)
    (goal_fact,) = facts.goals
    assert (goal_fact.week_total, goal_fact.kept, goal_fact.periods) == (150, 16, 17)
    assert round(100 * (goal_fact.strength or 0)) == 99

    summary = build_summary(week, MONDAY, FIXED_NOW.date())
    assert "Latest weekly index: **61** (Watch)" in render_markdown(summary)
    assert summary.balance is not None
    # The chart starts at the journal's first entry: one week, not twelve.
    assert [(w.first_day, w.score, w.ai_minutes) for w in summary.balance.weeks] == [
        (MONDAY, 61, 150)
    ]

    status = _status(paths)
    assert status["week"] == {
        "first_day": "2026-11-16",
        "as_of": "2026-11-18",
        "index": 61,
        "level": "watch",
        "data_days": 3,
        "days_needed": 3,
        "neutral_uses": 1,
    }
    assert [(w["kind"], w["index"]) for w in status["warnings"]] == [("level", 61)]  # type: ignore[union-attr, index]
    assert status["sessions_waiting"] == 0
    assert _counted_week_minutes(week) == (150, 1)

    # A message written by hand: the index moves within Watch, and the banner says so
    # (it never names a number the card no longer shows). A = 1 - 1/3: 66.
    family = week.circles()[0]
    week.log_connection(
        ConnectionInput(dt.datetime(2026, 11, 18, 13, 0), family.id, ConnectionMode.MESSAGE, 5)
    )
    window.refresh_dashboard()
    assert page.score_label.text() == "66"
    assert window.banner.text.text().startswith("Your balance index is 66, down to Watch.")
    assert _status(paths)["week"]["index"] == 66  # type: ignore[index]

    # Monday's use was a reading aid: marked as not counting, the level recovers.
    monday = next(u for u in week.uses_between(MONDAY, MONDAY))
    window.hide()
    week.update_use(
        monday.id,
        dataclasses.replace(
            monday.as_input(),
            neutral=NeutralReason.ACCESSIBILITY,
            neutral_note="Screen reader summary",
        ),
    )
    window.refresh_dashboard()
    assert page.score_label.text() == "80"
    assert page.level_label.text() == "Balanced"
    assert window.banner.isHidden()  # the Watch warning is withdrawn
    assert tray.messages[-1] == "Your balance index is back to 80, Balanced."
    assert window.warnings.in_force() == []
    status = _status(paths)
    assert status["warnings"] == []
    assert status["week"]["index"] == 80  # type: ignore[index]
    assert checkins.week_facts(week, MONDAY).score == 80
    assert "Latest weekly index: **80** (Balanced)" in render_markdown(
        build_summary(week, MONDAY, FIXED_NOW.date())
    )
    assert _counted_week_minutes(week) == (80, 2)
    # Nothing changed: nothing is repeated.
    count = len(tray.messages)
    window.refresh_dashboard()
    assert len(tray.messages) == count


def test_the_demo_week_is_explained_by_its_own_days(
    qtbot: QtBot, journal: Journal, paths: JournalPaths
) -> None:
    """The demo's "Balance this week" once explained one day with 0 minutes while its bars
    showed 192 and 129: every day the bars show is now in the explanation, with its minutes."""
    generate(journal, end=FIXED_NOW.date() - dt.timedelta(days=1), years=0.3)
    mark_setup_done(journal)
    window = MainWindow(journal, paths.settings_file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.dashboard_page
    qtbot.mouseClick(page.why_button, Qt.MouseButton.LeftButton)
    data = page.data()
    assert data is not None
    assert data.daily_budget is not None
    explanation = "\n".join(_labels(window))
    assert "on this day" not in explanation
    for bar in data.week_minutes:
        if bar.is_future:
            continue
        weekday = QLocale().dayName(bar.day.isoweekday())
        over = bar.minutes - data.daily_budget
        within = f"{over} min over" if over > 0 else "within"
        assert (
            f"{weekday}: 45 minutes of AI a day, {bar.minutes} min that day against "
            f"{data.daily_budget} min ({within}"
        ) in explanation
    days_over = sum(1 for bar in data.week_minutes if bar.minutes > data.daily_budget)
    assert f"{days_over} went over budget" in explanation or days_over == 0
