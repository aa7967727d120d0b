"""What the dashboard loads and computes, on a real journal with a fixed clock.

Today is FIXED_NOW's journal day, Wednesday 2026-11-18; its week starts Monday 2026-11-16.
Circles, rules and goals are created at FIXED_NOW (the journal's clock stands still), so
"since its creation" counts from 2026-11-18.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import FIXED_NOW
from vision_journal.core.balance import BalanceInputs, day_balance, week_balance
from vision_journal.core.dashboard import (
    HISTORY_WEEKS,
    load_dashboard,
    load_first_day,
    overdue_circles,
)
from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    BudgetParams,
    BudgetPeriod,
    Circle,
    CircleInput,
    ConnectionInput,
    ConnectionMode,
    Disclosure,
    GoalInput,
    GoalKind,
    GoalStatus,
    MeasurePeriod,
    MeasureUnit,
    Mediation,
    ProgressInput,
    RuleInput,
    Settings,
    Severity,
    Sphere,
    ToolKind,
    UsePurpose,
)
from vision_journal.core.rules import AmountUnit

TODAY = FIXED_NOW.date()
MONDAY = dt.date(2026, 11, 16)


def at(day: dt.date, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


class Book:
    """A journal with one tool and a few circles, and short ways to log into it."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT)).id
        self.family = journal.save_circle(CircleInput("Family", Sphere.PERSONAL, 7, True)).id
        self.friends = journal.save_circle(CircleInput("Friends", Sphere.PERSONAL, 14)).id
        self.colleagues = journal.save_circle(CircleInput("Colleagues", Sphere.PROFESSIONAL)).id

    def use(
        self,
        when: dt.datetime,
        minutes: int,
        circle: int | None = None,
        mediation: Mediation = Mediation.NONE,
        purpose: UsePurpose = UsePurpose.WORK_TASK,
    ) -> None:
        self.journal.log_use(
            AiUseInput(
                when,
                minutes,
                self.tool,
                purpose,
                Sphere.PERSONAL,
                circle_id=circle,
                mediation=mediation,
                disclosed=Disclosure.YES
                if mediation is not Mediation.NONE
                else (Disclosure.NOT_APPLICABLE),
            )
        )

    def connect(
        self, when: dt.datetime, circle: int, mode: ConnectionMode, minutes: int = 10
    ) -> None:
        self.journal.log_connection(ConnectionInput(when, circle, mode, minutes))

    def budget(
        self, minutes: int, period: BudgetPeriod = BudgetPeriod.DAY, tool_id: int | None = None
    ) -> int:
        params = BudgetParams(minutes, period, tool_id=tool_id)
        return self.journal.save_rule(RuleInput(f"Budget {minutes}", params, Severity.FIRM)).id


@pytest.fixture
def book(journal: Journal) -> Book:
    return Book(journal)


def test_empty_journal(journal: Journal) -> None:
    data = load_dashboard(journal)
    assert data.today == TODAY
    assert data.week_first == MONDAY
    assert data.is_empty
    assert data.day.score is None
    assert data.week.score is None
    assert not data.week.is_enough_data
    assert [(d.day, d.minutes) for d in data.week_minutes] == [
        (MONDAY + dt.timedelta(days=i), 0) for i in range(7)
    ]
    # No weeks from before the journal existed: an empty journal has no history yet.
    assert data.history == ()
    assert data.daily_budget is None
    assert data.warnings == data.breaches == ()
    assert data.circle_shares == data.overdue == data.goals == ()
    assert data.check_in_streak == 0


def test_bars_are_this_weeks_minutes_per_journal_day(book: Book) -> None:
    book.use(at(days_ago(3)), 40)  # Sunday of last week: not a bar
    book.use(at(MONDAY), 30)
    book.use(at(days_ago(1), 9), 20)
    book.use(at(days_ago(1), 21), 15)
    book.use(at(TODAY, 2, 30), 25)  # before 04:00: still Tuesday's journal day
    book.use(at(TODAY, 9), 10)
    data = load_dashboard(book.journal)
    assert [d.minutes for d in data.week_minutes] == [30, 60, 10, 0, 0, 0, 0]
    assert [d.is_future for d in data.week_minutes] == [False] * 3 + [True] * 4


def test_bars_budget_is_the_smallest_active_unscoped_daily_budget(book: Book) -> None:
    book.budget(30, tool_id=book.tool)  # scoped: not a line for every bar
    book.budget(45, period=BudgetPeriod.WEEK)
    book.budget(50, period=BudgetPeriod.ROLLING_7_DAYS)
    book.budget(90)
    paused = book.budget(20)
    book.journal.set_rule_active(paused, False)
    book.budget(120)
    assert load_dashboard(book.journal).daily_budget == 90


def test_not_enough_data_below_three_days(book: Book) -> None:
    book.use(at(days_ago(1)), 20)
    book.use(at(TODAY), 20)
    data = load_dashboard(book.journal)
    assert not data.is_empty
    assert data.week.data_days == 2
    assert (data.day.score, data.week.score, data.week.level) == (None, None, None)

    # On Monday of this week: the week's connection balance has a value.
    book.connect(at(days_ago(2)), book.friends, ConnectionMode.CALL, 30)
    data = load_dashboard(book.journal)
    assert data.week.data_days == 3
    assert data.week.score is not None
    assert data.week.level is not None


def test_indexes_match_the_balance_functions_on_the_same_data(book: Book) -> None:
    for n in range(0, 30, 2):
        book.use(at(days_ago(n)), 30 + n)
        book.connect(at(days_ago(n), 18), book.family, ConnectionMode.MESSAGE)
    book.use(at(days_ago(1)), 5, book.family, Mediation.AI_DRAFTED)
    book.budget(45)
    journal = book.journal
    data = load_dashboard(journal)
    inputs = BalanceInputs(
        journal.rules(),
        journal.uses_between(days_ago(400), TODAY),
        journal.connections_between(days_ago(400), TODAY),
        journal.circles(),
        (),
        journal.settings(),
    )
    expected = day_balance(inputs, TODAY)
    assert data.day == expected
    week = week_balance(inputs, MONDAY, TODAY)
    assert data.week == week
    assert data.history[-1].score == week.score
    assert data.history[-1].first_day == MONDAY


def test_load_first_day_covers_the_oldest_sparkline_week() -> None:
    # The oldest week starts 11 weeks before Monday 16 November: 31 August, ending 6 September;
    # its index needs the 180 days ending there.
    assert load_first_day(TODAY, Settings()) == dt.date(2026, 9, 6) - dt.timedelta(days=179)


def test_human_share_per_circle_over_seven_days(book: Book) -> None:
    book.use(at(days_ago(1)), 5, book.family, Mediation.AI_DRAFTED)
    book.use(at(days_ago(6)), 5, book.family, Mediation.AI_EDITED)
    book.use(at(days_ago(2)), 5, book.family)  # no mediation: not a message
    book.connect(at(TODAY), book.family, ConnectionMode.MESSAGE)
    book.use(at(days_ago(7)), 5, book.colleagues, Mediation.AI_DRAFTED)  # 8th day back
    book.connect(at(days_ago(3)), book.colleagues, ConnectionMode.MESSAGE)
    book.connect(at(days_ago(3)), book.friends, ConnectionMode.CALL)  # a call: not a message
    shares = load_dashboard(book.journal).circle_shares
    assert [(s.circle.name, s.messages, s.mediated) for s in shares] == [
        ("Colleagues", 1, 0),
        ("Family", 3, 2),
    ]
    assert shares[0].human_share == 1.0
    assert shares[1].human_share == pytest.approx(1 / 3)


def test_overdue_circles(book: Book) -> None:
    journal = book.journal
    colleagues_cadence = journal.save_circle(
        CircleInput("Colleagues", Sphere.PROFESSIONAL, 3), book.colleagues
    )
    assert colleagues_cadence.cadence_days == 3
    neighbours = journal.save_circle(CircleInput("Neighbours", Sphere.PERSONAL, 10))
    journal.save_circle(CircleInput("Partner", Sphere.PERSONAL))  # no cadence
    book.connect(at(days_ago(4)), book.family, ConnectionMode.CALL)
    book.connect(at(TODAY), book.family, ConnectionMode.IN_PERSON)
    book.connect(at(days_ago(2)), book.friends, ConnectionMode.VIDEO)
    # Ten days on: Family last seen 10 days ago (> 7), Friends 12 (<= 14), Colleagues never
    # since created 10 days ago (> 3), Neighbours never in 10 days (not more than 10).
    data = load_dashboard(journal, TODAY + dt.timedelta(days=10))
    assert [
        (o.circle.name, o.days_since, o.cadence_days, o.last_contact) for o in data.overdue
    ] == [
        ("Colleagues", 10, 3, None),
        ("Family", 10, 7, TODAY),
    ]
    assert neighbours.id not in {o.circle.id for o in data.overdue}
    assert not any(o.is_at_least for o in data.overdue)


def test_overdue_circle_without_contact_in_the_loaded_days_is_a_lower_bound() -> None:
    old = Circle(1, "School friends", Sphere.PERSONAL, 30, False, dt.datetime(2020, 1, 1, 12))
    recent = Circle(2, "Book club", Sphere.PERSONAL, 30, False, dt.datetime(2026, 11, 1, 12))
    loaded_from = dt.date(2026, 3, 11)
    overdue = overdue_circles([old, recent], [], TODAY, loaded_from, Settings())
    assert [(o.circle.name, o.days_since, o.is_at_least) for o in overdue] == [
        ("School friends", (TODAY - loaded_from).days + 1, True),
    ]


def test_budget_warning_then_breach_today(book: Book) -> None:
    rule_id = book.budget(60)
    book.use(at(TODAY, 9), 50)
    data = load_dashboard(book.journal)
    assert [(w.rule_id, w.used_minutes, w.budget_minutes) for w in data.warnings] == [
        (rule_id, 50, 60)
    ]
    assert data.breaches == ()
    assert data.rule(rule_id) is not None

    book.use(at(TODAY, 11), 20)
    data = load_dashboard(book.journal)
    assert data.warnings == ()
    assert [(b.rule_id, b.day, b.amount, b.unit) for b in data.breaches] == [
        (rule_id, TODAY, 10, AmountUnit.MINUTES_OVER_BUDGET)
    ]


def test_active_goals_with_their_strength(book: Book) -> None:
    journal = book.journal
    weekly = journal.save_goal(
        GoalInput(
            "Call Mum twice a week",
            Sphere.PERSONAL,
            GoalKind.ACHIEVE,
            measure_unit=MeasureUnit.COUNT,
            measure_period=MeasurePeriod.WEEK,
            target_value=2,
        )
    )
    journal.add_progress(weekly.id, ProgressInput(TODAY, 1))
    journal.save_goal(GoalInput("Old goal", Sphere.PERSONAL, status=GoalStatus.PAUSED))
    loose = journal.save_goal(GoalInput("Write my own cards", Sphere.PERSONAL))
    goals = load_dashboard(journal).goals
    # Created today with 1 of 2 this week: one day of smoothing, seeded with 1 / 2.
    assert sorted((g.goal.id, g.strength.strength) for g in goals) == [
        (weekly.id, 0.5),
        (loose.id, None),
    ]


def test_history_starts_at_the_journals_first_entry(book: Book) -> None:
    # First entry on the Friday of three weeks ago: that week and the three after it.
    book.use(at(days_ago(19)), 20)
    data = load_dashboard(book.journal)
    assert len(data.history) == 4 < HISTORY_WEEKS
    assert data.history[0].first_day == MONDAY - dt.timedelta(days=21)
