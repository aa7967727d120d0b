"""The warnings in force and the command line's status, at the boundaries people meet.

Qt-free and without a journal: each case builds the `DashboardData` the dashboard would hold
and checks which warnings hold, how they are keyed (one announcement per crossing) and how
they read in English. The expectations are written out by hand.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from vision_journal.core.balance import BalanceIndex, Change, FactKey, Level, fact
from vision_journal.core.dashboard import DashboardData
from vision_journal.core.records import (
    BoundaryRule,
    BudgetParams,
    BudgetPeriod,
    DisclosureParams,
    Settings,
    Severity,
)
from vision_journal.core.rules import AmountUnit, Breach, BudgetWarning
from vision_journal.core.status import (
    STATUS_FORMAT,
    WarningInForce,
    WarningKind,
    status_json,
    status_lines,
    warning_english,
    warnings_in_force,
)

TODAY = dt.date(2026, 11, 18)  # a Wednesday
MONDAY = dt.date(2026, 11, 16)
YESTERDAY = TODAY - dt.timedelta(days=1)


def index(
    score: int | None, level: Level | None, data_days: int = 7, first: dt.date = MONDAY
) -> BalanceIndex:
    return BalanceIndex(
        first_day=first,
        as_of=TODAY,
        index=None if score is None else float(score),
        score=score,
        level=level,
        data_days=data_days,
        components=(),
        change=Change(0, 0, None, fact(FactKey.CHANGE_NONE)),
        facts=(),
        neutral_uses=0,
    )


def rule(rule_id: int, name: str, params: object, severity: Severity) -> BoundaryRule:
    return BoundaryRule(
        id=rule_id,
        name=name,
        params=params,  # type: ignore[arg-type]
        severity=severity,
        rationale="",
        is_active=True,
        created_at=dt.datetime(2026, 11, 1, 9),
    )


DAY_BUDGET = rule(1, "Daily budget", BudgetParams(45), Severity.FIRM)
WEEK_BUDGET = rule(2, "Week budget", BudgetParams(300, BudgetPeriod.WEEK), Severity.NUDGE)
ROLLING = rule(3, "Rolling", BudgetParams(200, BudgetPeriod.ROLLING_7_DAYS), Severity.NUDGE)
FIRM = rule(4, "Family disclosure", DisclosureParams(circle_id=1), Severity.FIRM)
NUDGE = rule(5, "Gentle disclosure", DisclosureParams(circle_id=1), Severity.NUDGE)


def data(**changes: object) -> DashboardData:
    base = DashboardData(
        today=TODAY,
        week_first=MONDAY,
        settings=Settings(),
        day=index(80, Level.BALANCED, first=TODAY),
        week=index(80, Level.BALANCED),
        history=(),
        warnings=(),
        breaches=(),
        rules=(DAY_BUDGET, WEEK_BUDGET, ROLLING, FIRM, NUDGE),
        circles=(),
        week_minutes=(),
        daily_budget=45,
        circle_shares=(),
        overdue=(),
        goals=(),
        check_in_streak=0,
        missed_check_in=None,
        has_entries=True,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_a_balanced_journal_without_warnings_has_none() -> None:
    assert warnings_in_force(data()) == ()
    assert status_lines(data(), 0)[2] == "No warnings."


@pytest.mark.parametrize(
    ("rule_id", "day", "window_first", "where"),
    [
        # A day budget is announced once a day, a week budget once a week (keyed by the
        # week's first day even on Wednesday), a moving 7-day window once a day.
        (1, TODAY, TODAY, "today"),
        (2, TODAY, MONDAY, "this week"),
        (3, TODAY, TODAY, "in the last 7 days"),
    ],
)
def test_a_budget_warning_is_keyed_per_window_and_worded_for_its_period(
    rule_id: int, day: dt.date, window_first: dt.date, where: str
) -> None:
    (item,) = warnings_in_force(data(warnings=(BudgetWarning(rule_id, day, 36, 45),)))
    assert item.kind is WarningKind.BUDGET
    assert item.slot == f"budget:{rule_id}"
    assert item.key == f"budget:{rule_id}:{window_first.isoformat()}"
    assert (item.day, item.rule_id, item.used_minutes, item.budget_minutes) == (
        day,
        rule_id,
        36,
        45,
    )
    name = {1: "Daily budget", 2: "Week budget", 3: "Rolling"}[rule_id]
    assert item.rule_name == name
    # 36 of 45 is exactly 80 %.
    assert warning_english(item) == f"{name}: 36 of 45 minutes used {where} (80 %)."


def test_a_budget_warning_of_a_rule_no_longer_there_still_reads() -> None:
    (item,) = warnings_in_force(data(warnings=(BudgetWarning(99, TODAY, 40, 45),)))
    assert item.period is None
    assert item.rule_name == ""
    assert item.key == f"budget:99:{TODAY.isoformat()}"
    assert warning_english(item) == "A budget: 40 of 45 minutes used today (89 %)."


def test_a_budget_warning_of_a_rule_that_is_no_budget_counts_as_today() -> None:
    (item,) = warnings_in_force(data(warnings=(BudgetWarning(4, TODAY, 40, 45),)))
    assert item.period is None
    assert warning_english(item) == "Family disclosure: 40 of 45 minutes used today (89 %)."


@pytest.mark.parametrize(
    ("used", "budget", "percent"),
    [(36, 45, 80), (45, 45, 100), (61, 60, 102), (1, 3, 33), (2, 3, 67), (10, 0, 0), (5, -1, 0)],
)
def test_a_budget_warning_rounds_its_percentage(used: int, budget: int, percent: int) -> None:
    item = WarningInForce(
        WarningKind.BUDGET, "s", "k", TODAY, used_minutes=used, budget_minutes=budget
    )
    assert item.percent == percent


def test_only_firm_breaches_of_today_are_in_force() -> None:
    breaches = (
        Breach(4, TODAY, (7, 8), 2, AmountUnit.MESSAGES),  # firm, today: in force
        Breach(4, YESTERDAY, (5,), 1, AmountUnit.MESSAGES),  # firm, yesterday: past
        Breach(5, TODAY, (9,), 1, AmountUnit.MESSAGES),  # a nudge
        Breach(99, TODAY, (9,), 1, AmountUnit.MESSAGES),  # a rule deleted meanwhile
        Breach(1, TODAY, (10,), 16.4, AmountUnit.MINUTES_OVER_BUDGET),  # firm, today
    )
    found = warnings_in_force(data(breaches=breaches))
    assert [(w.kind, w.rule_id) for w in found] == [
        (WarningKind.BREACH, 4),
        (WarningKind.BREACH, 1),
    ]
    first, second = found
    assert (first.slot, first.key) == ("breach:4", f"breach:4:{TODAY.isoformat()}")
    assert (first.day, first.rule_name, first.amount, first.unit) == (
        TODAY,
        "Family disclosure",
        2,
        AmountUnit.MESSAGES,
    )
    assert warning_english(first) == "Family disclosure: broken by 2 messages today."
    assert warning_english(second) == "Daily budget: 16 minutes over the budget today."


@pytest.mark.parametrize(
    ("amount", "unit", "text"),
    [
        (1, AmountUnit.MESSAGES, "R: broken by 1 message today."),
        (3, AmountUnit.MESSAGES, "R: broken by 3 messages today."),
        (1, AmountUnit.USES, "R: broken by 1 AI use today."),
        (2, AmountUnit.USES, "R: broken by 2 AI uses today."),
        (1, AmountUnit.MINUTES_OVER_BUDGET, "R: 1 minute over the budget today."),
        (1.4, AmountUnit.MINUTES_IN_CURFEW, "R: 1 minute of AI use inside the curfew today."),
        (30.5, AmountUnit.MINUTES_IN_CURFEW, "R: 30 minutes of AI use inside the curfew today."),
        (
            12.6,
            AmountUnit.PERCENTAGE_POINTS,
            "R: AI-mediated messages are 13 points above the limit.",
        ),
        (2, None, "R: broken by 2 AI uses today."),
    ],
)
def test_a_breach_reads_in_its_unit(amount: float, unit: AmountUnit | None, text: str) -> None:
    item = WarningInForce(
        WarningKind.BREACH, "s", "k", TODAY, rule_name="R", amount=amount, unit=unit
    )
    assert warning_english(item) == text


def test_a_breach_without_a_rule_name_reads_as_a_rule() -> None:
    item = WarningInForce(WarningKind.BREACH, "s", "k", TODAY, amount=1, unit=AmountUnit.USES)
    assert warning_english(item) == "A rule: broken by 1 AI use today."


@pytest.mark.parametrize(
    ("level", "score", "text"),
    [
        (Level.WATCH, 55, "Your balance index this week is 55, Watch."),
        (Level.OVER_RELIANT, 31, "Your balance index this week is 31, Over-reliant."),
    ],
)
def test_the_week_level_below_balanced_is_a_warning_keyed_per_level_and_day(
    level: Level, score: int, text: str
) -> None:
    (item,) = warnings_in_force(data(week=index(score, level)))
    assert (item.kind, item.slot, item.day, item.level, item.score) == (
        WarningKind.LEVEL,
        "level",
        TODAY,
        level,
        score,
    )
    assert item.key == f"level:{level.value}:{TODAY.isoformat()}"
    assert warning_english(item) == text


@pytest.mark.parametrize("level", [Level.BALANCED, None])
def test_a_balanced_week_or_one_without_a_level_warns_of_nothing(level: Level | None) -> None:
    assert warnings_in_force(data(week=index(None if level is None else 90, level))) == ()


def test_a_level_warning_without_a_level_reads_as_watch() -> None:
    item = WarningInForce(WarningKind.LEVEL, "level", "k", TODAY, score=50)
    assert warning_english(item) == "Your balance index this week is 50, Watch."


def test_warnings_come_in_order_budgets_breaches_level() -> None:
    found = warnings_in_force(
        data(
            week=index(30, Level.OVER_RELIANT),
            breaches=(Breach(4, TODAY, (1,), 1, AmountUnit.MESSAGES),),
            warnings=(BudgetWarning(1, TODAY, 40, 45),),
        )
    )
    assert [w.kind for w in found] == [WarningKind.BUDGET, WarningKind.BREACH, WarningKind.LEVEL]


def test_status_lines_name_both_indexes_every_warning_and_the_inbox() -> None:
    lines = status_lines(
        data(
            day=index(72, Level.BALANCED, first=TODAY),
            week=index(55, Level.WATCH),
            warnings=(BudgetWarning(1, TODAY, 40, 45),),
        ),
        sessions_waiting=3,
    )
    assert lines == [
        "Today: 72 Balanced",
        "This week: 55 Watch",
        "Warning: Daily budget: 40 of 45 minutes used today (89 %).",
        "Warning: Your balance index this week is 55, Watch.",
        "Found sessions waiting for review: 3",
    ]


@pytest.mark.parametrize(
    ("data_days", "text"),
    [
        (0, "not enough data yet (day 0 of 3)"),
        (2, "not enough data yet (day 2 of 3)"),
        # Three days of data but no component with data: nothing to compare with.
        (3, "no index yet (nothing to compare with)"),
    ],
)
def test_status_lines_say_why_there_is_no_index(data_days: int, text: str) -> None:
    empty = index(None, None, data_days=data_days)
    lines = status_lines(data(day=empty, week=empty), 0)
    assert lines[:2] == [f"Today: {text}", f"This week: {text}"]


def test_a_score_without_a_level_is_not_shown_as_a_number() -> None:
    odd = dataclasses.replace(index(None, Level.WATCH, data_days=1), score=None)
    assert status_lines(data(day=odd), 0)[0] == "Today: not enough data yet (day 1 of 3)"
    no_level = dataclasses.replace(index(60, None, data_days=5), level=None)
    assert status_lines(data(day=no_level), 0)[0] == "Today: no index yet (nothing to compare with)"


def test_status_json_holds_the_numbers_and_each_warning_with_its_own_fields() -> None:
    result = status_json(
        data(
            day=index(72, Level.BALANCED, first=TODAY),
            week=dataclasses.replace(index(35, Level.OVER_RELIANT, data_days=2), neutral_uses=4),
            warnings=(BudgetWarning(2, TODAY, 250, 300),),
            breaches=(Breach(4, TODAY, (1,), 2, AmountUnit.MESSAGES),),
        ),
        sessions_waiting=5,
    )
    assert result == {
        "format": STATUS_FORMAT,
        "today": {
            "first_day": "2026-11-18",
            "as_of": "2026-11-18",
            "index": 72,
            "level": "balanced",
            "data_days": 7,
            "days_needed": 3,
            "neutral_uses": 0,
        },
        "week": {
            "first_day": "2026-11-16",
            "as_of": "2026-11-18",
            "index": 35,
            "level": "over_reliant",
            "data_days": 2,
            "days_needed": 3,
            "neutral_uses": 4,
        },
        "warnings": [
            {
                "kind": "budget",
                "rule_id": 2,
                "rule": "Week budget",
                "text": "Week budget: 250 of 300 minutes used this week (83 %).",
                "used_minutes": 250,
                "budget_minutes": 300,
            },
            {
                "kind": "breach",
                "rule_id": 4,
                "rule": "Family disclosure",
                "text": "Family disclosure: broken by 2 messages today.",
                "amount": 2,
                "unit": "messages",
            },
            {
                "kind": "level",
                "rule_id": None,
                "rule": None,
                "text": "Your balance index this week is 35, Over-reliant.",
                "level": "over_reliant",
                "index": 35,
            },
        ],
        "sessions_waiting": 5,
    }
    assert STATUS_FORMAT == 1


def test_status_json_of_an_index_without_a_level_and_an_unnamed_warning() -> None:
    result = status_json(
        data(week=index(None, None, data_days=1), warnings=(BudgetWarning(99, TODAY, 40, 45),)),
        0,
    )
    assert result["week"]["level"] is None
    assert result["week"]["index"] is None
    assert result["warnings"][0]["rule"] is None
