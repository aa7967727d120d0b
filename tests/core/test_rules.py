"""Boundary-rule evaluation: breaches, warnings, today's status and firm-rule friction.

Every expected value is worked out by hand in the case's comment. Dates: 2026-11-16 is a
Monday; 2026-12-28 is the Monday of ISO week 53, which runs to Sunday 2027-01-03; Europe/Berlin
springs forward on Sunday 2026-03-29 (02:00 -> 03:00) and falls back on Sunday 2026-10-25
(03:00 -> 02:00).
"""

from __future__ import annotations

import datetime as dt

import pytest

from vision_journal.core.calendar import journal_day
from vision_journal.core.records import (
    AiUse,
    BoundaryRule,
    BudgetParams,
    BudgetPeriod,
    Connection,
    ConnectionMode,
    CurfewParams,
    Disclosure,
    DisclosureParams,
    Mediation,
    MediationShareParams,
    NoMediationParams,
    PurposeLimitParams,
    RuleParams,
    Settings,
    Severity,
    Sphere,
    TimeWindow,
    UsePurpose,
    UseSource,
    WeekStart,
)
from vision_journal.core.rules import (
    AmountUnit,
    Breach,
    BudgetWarning,
    RuleReport,
    RuleState,
    breaches_for_new_use,
    curfew_minutes,
    evaluate_rules,
    history_start,
    rule_statuses,
)

SETTINGS = Settings()
SUNDAY_WEEKS = Settings(week_start=WeekStart.SUNDAY)
LONG_AGO = "2026-01-01 09:00"
FAMILY = 7
FRIENDS = 8


# --- Factories -------------------------------------------------------------------------------


def at(text: str) -> dt.datetime:
    """A local wall-clock time from 'YYYY-MM-DD HH:MM'."""
    return dt.datetime.fromisoformat(text)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def use(
    use_id: int,
    started: str,
    minutes: int,
    *,
    tool_id: int = 1,
    purpose: UsePurpose = UsePurpose.WORK_TASK,
    sphere: Sphere = Sphere.PERSONAL,
    circle_id: int | None = None,
    mediation: Mediation = Mediation.NONE,
    disclosed: Disclosure = Disclosure.NOT_APPLICABLE,
    day_start_hour: int = 4,
) -> AiUse:
    """An AI use whose journal day follows from its start, as the journal saves it."""
    started_at = at(started)
    return AiUse(
        id=use_id,
        started_at=started_at,
        day=journal_day(started_at, day_start_hour),
        minutes=minutes,
        tool_id=tool_id,
        purpose=purpose,
        sphere=sphere,
        circle_id=circle_id,
        goal_id=None,
        mediation=mediation,
        disclosed=disclosed,
        planned_minutes=None,
        feeling=None,
        note="",
        source=UseSource.MANUAL,
        source_id=None,
        created_at=started_at,
    )


def connection(
    connection_id: int,
    started: str,
    circle_id: int,
    mode: ConnectionMode = ConnectionMode.MESSAGE,
    minutes: int = 5,
) -> Connection:
    started_at = at(started)
    return Connection(
        id=connection_id,
        started_at=started_at,
        day=journal_day(started_at),
        circle_id=circle_id,
        mode=mode,
        minutes=minutes,
        quality=3,
        note="",
        created_at=started_at,
    )


def rule(
    params: RuleParams,
    *,
    rule_id: int = 1,
    is_active: bool = True,
    created: str = LONG_AGO,
    severity: Severity = Severity.NUDGE,
) -> BoundaryRule:
    return BoundaryRule(
        id=rule_id,
        name=f"rule {rule_id}",
        params=params,
        severity=severity,
        rationale="",
        is_active=is_active,
        created_at=at(created),
    )


def budget(minutes: int, period: BudgetPeriod = BudgetPeriod.DAY, **scope: object) -> RuleParams:
    return BudgetParams(minutes=minutes, period=period, **scope)  # type: ignore[arg-type]


def summary(report: RuleReport) -> list[tuple[str, tuple[int, ...], float]]:
    """Breaches as (day, use ids, amount), easy to write out by hand."""
    return [(b.day.isoformat(), b.use_ids, b.amount) for b in report.breaches]


def evaluate(
    rules: list[BoundaryRule],
    uses: list[AiUse],
    first: str,
    last: str,
    settings: Settings = SETTINGS,
    connections: tuple[Connection, ...] = (),
    now: str | None = None,
) -> RuleReport:
    return evaluate_rules(
        rules,
        uses,
        list(connections),
        day(first),
        day(last),
        settings,
        None if now is None else at(now),
    )


# --- Budgets ---------------------------------------------------------------------------------

BUDGET_CASES = [
    pytest.param(
        budget(30),
        [use(1, "2026-11-16 10:00", 20), use(2, "2026-11-16 15:00", 10)],
        SETTINGS,
        [],  # 30 of 30: exactly the budget is kept
        id="day-exactly-at-budget",
    ),
    pytest.param(
        budget(30),
        [use(1, "2026-11-16 10:00", 20), use(2, "2026-11-16 15:00", 20)],
        SETTINGS,
        [("2026-11-16", (1, 2), 10)],  # 40 - 30
        id="day-over",
    ),
    pytest.param(
        budget(30),
        [use(1, "2026-11-16 10:00", 40), use(2, "2026-11-17 10:00", 35)],
        SETTINGS,
        [("2026-11-16", (1,), 10), ("2026-11-17", (2,), 5)],  # each day on its own
        id="day-over-on-two-days",
    ),
    pytest.param(
        budget(30),
        [
            use(1, "2026-11-16 23:00", 20),
            use(2, "2026-11-17 01:30", 20),  # before 04:00: still Monday
            use(3, "2026-11-17 05:00", 10),
        ],
        SETTINGS,
        [("2026-11-16", (1, 2), 10)],  # Monday 40 - 30; Tuesday 10 is within
        id="day-04:00-start-counts-late-night-to-day-before",
    ),
    pytest.param(
        budget(30),
        [
            use(1, "2026-11-16 23:00", 20, day_start_hour=0),
            use(2, "2026-11-17 01:30", 20, day_start_hour=0),
        ],
        Settings(day_start_hour=0),
        [],  # with a midnight day start 01:30 is Tuesday: 20 and 20
        id="day-midnight-start",
    ),
    pytest.param(
        budget(60, BudgetPeriod.WEEK),
        [
            use(1, "2026-11-16 10:00", 30),
            use(2, "2026-11-18 10:00", 20),
            use(3, "2026-11-20 10:00", 30),  # week so far 80
            use(4, "2026-11-22 10:00", 10),  # week so far 90
        ],
        SETTINGS,
        [("2026-11-20", (3,), 20), ("2026-11-22", (4,), 10)],  # 80 - 60; min(10, 90 - 60)
        id="week-iso-crossed-mid-week",
    ),
    pytest.param(
        budget(60, BudgetPeriod.WEEK),
        [use(1, "2026-11-22 10:00", 50), use(2, "2026-11-23 10:00", 50)],
        SETTINGS,
        [],  # Sunday ends one ISO week, Monday starts the next
        id="week-iso-resets-on-monday",
    ),
    pytest.param(
        budget(60, BudgetPeriod.WEEK),
        [use(1, "2026-11-22 10:00", 50), use(2, "2026-11-23 10:00", 50)],
        SUNDAY_WEEKS,
        [("2026-11-23", (2,), 40)],  # same Sunday week: 100 - 60
        id="week-sunday-start-joins-sunday-and-monday",
    ),
    pytest.param(
        budget(60, BudgetPeriod.WEEK),
        [use(1, "2026-12-31 10:00", 40), use(2, "2027-01-01 10:00", 40)],
        SETTINGS,
        [("2027-01-01", (2,), 20)],  # ISO week 53 spans the new year: 80 - 60
        id="week-iso-across-new-year",
    ),
    pytest.param(
        budget(60, BudgetPeriod.WEEK),
        [use(1, "2026-12-31 10:00", 40), use(2, "2027-01-01 10:00", 40)],
        SUNDAY_WEEKS,
        [("2027-01-01", (2,), 20)],  # Sunday week 2026-12-27..2027-01-02: 80 - 60
        id="week-sunday-across-new-year",
    ),
    pytest.param(
        budget(60, BudgetPeriod.WEEK),
        [use(1, "2027-01-02 10:00", 40), use(2, "2027-01-03 10:00", 40)],
        SETTINGS,
        [("2027-01-03", (2,), 20)],  # Saturday and Sunday both in ISO week 53
        id="week-iso-saturday-sunday-same-week",
    ),
    pytest.param(
        budget(60, BudgetPeriod.WEEK),
        [use(1, "2027-01-02 10:00", 40), use(2, "2027-01-03 10:00", 40)],
        SUNDAY_WEEKS,
        [],  # Sunday 2027-01-03 starts a new Sunday week
        id="week-sunday-saturday-sunday-split",
    ),
    pytest.param(
        budget(60, BudgetPeriod.ROLLING_7_DAYS),
        [
            use(1, "2026-11-16 10:00", 40),
            use(2, "2026-11-22 10:00", 30),  # 16..22: 70
            use(3, "2026-11-23 10:00", 10),  # 17..23: 40
        ],
        SETTINGS,
        [("2026-11-22", (2,), 10)],
        id="rolling-window-drops-old-days",
    ),
    pytest.param(
        budget(60, BudgetPeriod.ROLLING_7_DAYS),
        [use(1, "2026-11-16 10:00", 100), use(2, "2026-11-17 10:00", 10)],
        SETTINGS,
        [("2026-11-16", (1,), 40), ("2026-11-17", (2,), 10)],  # min(10, 110 - 60)
        id="rolling-amount-is-what-the-day-added",
    ),
    pytest.param(
        budget(60, BudgetPeriod.ROLLING_7_DAYS, has_rollover=True),
        [use(1, "2026-11-09 10:00", 0), use(2, "2026-11-17 10:00", 70)],
        SETTINGS,
        [("2026-11-17", (2,), 10)],  # a rolling window has no periods: no rollover
        id="rolling-ignores-rollover",
    ),
    pytest.param(
        budget(30, tool_id=2),
        [
            use(1, "2026-11-16 10:00", 25, tool_id=2),
            use(2, "2026-11-16 11:00", 25, tool_id=1),
            use(3, "2026-11-16 12:00", 10, tool_id=2),
        ],
        SETTINGS,
        [("2026-11-16", (1, 3), 5)],  # tool 2 only: 35 - 30
        id="scope-tool",
    ),
    pytest.param(
        budget(30, purpose=UsePurpose.EMOTIONAL_SUPPORT),
        [
            use(1, "2026-11-16 10:00", 25, purpose=UsePurpose.EMOTIONAL_SUPPORT),
            use(2, "2026-11-16 11:00", 25, purpose=UsePurpose.PLANNING),
            use(3, "2026-11-16 12:00", 10, purpose=UsePurpose.EMOTIONAL_SUPPORT),
        ],
        SETTINGS,
        [("2026-11-16", (1, 3), 5)],
        id="scope-purpose",
    ),
    pytest.param(
        budget(30, sphere=Sphere.PROFESSIONAL),
        [
            use(1, "2026-11-16 10:00", 25, sphere=Sphere.PROFESSIONAL),
            use(2, "2026-11-16 11:00", 25, sphere=Sphere.PERSONAL),
            use(3, "2026-11-16 12:00", 10, sphere=Sphere.PROFESSIONAL),
        ],
        SETTINGS,
        [("2026-11-16", (1, 3), 5)],
        id="scope-sphere",
    ),
    pytest.param(
        budget(30, circle_id=FAMILY),
        [
            use(1, "2026-11-16 10:00", 25, circle_id=FAMILY),
            use(2, "2026-11-16 11:00", 25, circle_id=FRIENDS),
            use(3, "2026-11-16 12:00", 25),
            use(4, "2026-11-16 13:00", 10, circle_id=FAMILY),
        ],
        SETTINGS,
        [("2026-11-16", (1, 4), 5)],
        id="scope-circle",
    ),
    pytest.param(
        budget(30, tool_id=2, purpose=UsePurpose.DRAFT_MESSAGE),
        [
            use(1, "2026-11-16 10:00", 25, tool_id=2, purpose=UsePurpose.DRAFT_MESSAGE),
            use(2, "2026-11-16 11:00", 25, tool_id=2),
            use(3, "2026-11-16 12:00", 25, purpose=UsePurpose.DRAFT_MESSAGE),
        ],
        SETTINGS,
        [],  # only use 1 matches both scopes: 25
        id="scope-all-must-match",
    ),
    pytest.param(
        budget(30, has_rollover=True),
        [use(1, "2026-11-16 10:00", 10), use(2, "2026-11-17 10:00", 45)],
        SETTINGS,
        [],  # Tuesday's budget 30 + (30 - 10) = 50
        id="rollover-day-carries-unused",
    ),
    pytest.param(
        budget(30, has_rollover=True),
        [use(1, "2026-11-16 10:00", 10), use(2, "2026-11-17 10:00", 55)],
        SETTINGS,
        [("2026-11-17", (2,), 5)],  # 55 - 50
        id="rollover-day-over-the-carried-budget",
    ),
    pytest.param(
        budget(30, has_rollover=True),
        [use(1, "2026-11-18 10:00", 70)],
        SETTINGS,
        [("2026-11-18", (1,), 10)],  # Monday and Tuesday unused, yet only 30 + 30 = 60
        id="rollover-is-one-period-deep",
    ),
    pytest.param(
        budget(30, has_rollover=True),
        [use(1, "2026-11-16 10:00", 70), use(2, "2026-11-17 10:00", 35)],
        SETTINGS,
        # Monday: 70 against 30 + 30 from the unused Sunday; Tuesday: Monday carries nothing.
        [("2026-11-16", (1,), 10), ("2026-11-17", (2,), 5)],
        id="rollover-nothing-after-overspending",
    ),
    pytest.param(
        budget(60, BudgetPeriod.WEEK, has_rollover=True),
        [use(1, "2026-11-10 10:00", 20), use(2, "2026-11-17 10:00", 90)],
        SETTINGS,
        [],  # 60 + (60 - 20) = 100
        id="rollover-week-carries-unused",
    ),
    pytest.param(
        budget(60, BudgetPeriod.WEEK, has_rollover=True),
        [use(1, "2026-11-10 10:00", 20), use(2, "2026-11-17 10:00", 110)],
        SETTINGS,
        [("2026-11-17", (2,), 10)],  # 110 - 100
        id="rollover-week-over-the-carried-budget",
    ),
    pytest.param(
        budget(60, BudgetPeriod.WEEK, has_rollover=True),
        [use(1, "2027-01-02 10:00", 10), use(2, "2027-01-04 10:00", 100)],
        SETTINGS,
        [],  # ISO week 53 used 10: week 1 of 2027 gets 60 + 50 = 110
        id="rollover-week-across-new-year",
    ),
]


@pytest.mark.parametrize(("params", "uses", "settings", "expected"), BUDGET_CASES)
def test_budget_breaches(
    params: RuleParams,
    uses: list[AiUse],
    settings: Settings,
    expected: list[tuple[str, tuple[int, ...], float]],
) -> None:
    report = evaluate([rule(params)], uses, "2026-11-16", "2027-01-10", settings)
    assert summary(report) == expected


def test_budget_breach_is_in_minutes_over_budget() -> None:
    report = evaluate(
        [rule(budget(30), rule_id=4)], [use(1, "2026-11-16 10:00", 45)], "2026-11-16", "2026-11-16"
    )
    assert report.breaches == (
        Breach(4, day("2026-11-16"), (1,), 15, AmountUnit.MINUTES_OVER_BUDGET),
    )


@pytest.mark.parametrize(
    ("created", "params", "uses", "expected"),
    [
        pytest.param(
            "2026-11-18 09:00",
            budget(30),
            [use(1, "2026-11-16 10:00", 100), use(2, "2026-11-18 10:00", 40)],
            [("2026-11-18", (2,), 10)],  # Monday is before the rule: not evaluated
            id="day-budget-skips-days-before-creation",
        ),
        pytest.param(
            "2026-11-18 09:00",
            budget(60, BudgetPeriod.WEEK),
            [
                use(1, "2026-11-16 10:00", 50),
                use(2, "2026-11-18 10:00", 30),
                use(3, "2026-11-19 10:00", 20),
            ],
            [],  # counting from Wednesday: 30 + 20 = 50 (with Monday it would be 100)
            id="week-budget-counts-from-creation-day",
        ),
        pytest.param(
            "2026-11-18 02:00",
            budget(30),
            [use(1, "2026-11-17 10:00", 40)],
            [("2026-11-17", (1,), 10)],  # created at 02:00: its journal day is Tuesday
            id="created-before-day-start-belongs-to-day-before",
        ),
        pytest.param(
            "2026-11-17 09:00",
            budget(30, has_rollover=True),
            [use(1, "2026-11-17 10:00", 45)],
            [("2026-11-17", (1,), 15)],  # Monday predates the rule: nothing rolls over
            id="no-rollover-from-before-creation",
        ),
        pytest.param(
            "2026-11-18 09:00",
            CurfewParams(windows=(TimeWindow(22 * 60, 6 * 60),)),
            [use(1, "2026-11-16 23:00", 30), use(2, "2026-11-18 23:00", 30)],
            [("2026-11-18", (2,), 30)],
            id="curfew-skips-days-before-creation",
        ),
    ],
)
def test_rule_created_mid_period(
    created: str,
    params: RuleParams,
    uses: list[AiUse],
    expected: list[tuple[str, tuple[int, ...], float]],
) -> None:
    report = evaluate([rule(params, created=created)], uses, "2026-11-16", "2026-11-22")
    assert summary(report) == expected


def test_period_bounds_report_only_their_days_but_count_history() -> None:
    uses = [
        use(1, "2026-11-16 10:00", 50),
        use(2, "2026-11-17 10:00", 20),  # week so far 70
        use(3, "2026-11-20 10:00", 20),  # after the period
    ]
    report = evaluate([rule(budget(60, BudgetPeriod.WEEK))], uses, "2026-11-17", "2026-11-18")
    assert summary(report) == [("2026-11-17", (2,), 10)]


def test_days_after_now_are_not_evaluated() -> None:
    uses = [use(1, "2026-11-16 10:00", 40), use(2, "2026-11-19 10:00", 40)]
    report = evaluate([rule(budget(30))], uses, "2026-11-16", "2026-11-22", now="2026-11-18 14:30")
    assert summary(report) == [("2026-11-16", (1,), 10)]


@pytest.mark.parametrize(
    "params",
    [
        pytest.param(budget(10), id="budget"),
        pytest.param(CurfewParams(windows=(TimeWindow(0, 0),)), id="curfew"),
        pytest.param(NoMediationParams(circle_id=FAMILY), id="no-mediation"),
        pytest.param(PurposeLimitParams(purpose=UsePurpose.WORK_TASK), id="purpose-limit"),
        pytest.param(MediationShareParams(circle_id=FAMILY, max_percent=0), id="share"),
    ],
)
def test_paused_rule_yields_nothing(params: RuleParams) -> None:
    uses = [use(1, "2026-11-16 10:00", 60, circle_id=FAMILY, mediation=Mediation.AI_DRAFTED)]
    report = evaluate(
        [rule(params, is_active=False)], uses, "2026-11-16", "2026-11-16", now="2026-11-16 12:00"
    )
    assert report == RuleReport()


@pytest.mark.parametrize(
    "rules",
    [
        pytest.param([], id="no-rules"),
        pytest.param(
            [
                rule(budget(30), rule_id=1),
                rule(CurfewParams(windows=(TimeWindow(22 * 60, 6 * 60),)), rule_id=2),
                rule(MediationShareParams(circle_id=FAMILY, max_percent=10), rule_id=3),
                rule(DisclosureParams(circle_id=FAMILY), rule_id=4),
            ],
            id="rules-but-no-uses",
        ),
    ],
)
def test_no_data_gives_an_empty_report(rules: list[BoundaryRule]) -> None:
    report = evaluate(rules, [], "2026-11-16", "2026-11-22", now="2026-11-18 12:00")
    assert report == RuleReport()


# --- Curfews ---------------------------------------------------------------------------------

NIGHT = TimeWindow(22 * 60, 6 * 60)
WEEKEND_NIGHTS = frozenset({4, 5})  # windows starting Friday and Saturday evenings


@pytest.mark.parametrize(
    ("params", "started", "minutes", "expected"),
    [
        pytest.param(CurfewParams((NIGHT,)), "2026-11-16 23:30", 60, 60, id="inside"),
        pytest.param(CurfewParams((NIGHT,)), "2026-11-16 12:00", 60, 0, id="outside"),
        pytest.param(CurfewParams((NIGHT,)), "2026-11-16 21:30", 60, 30, id="runs-into-start"),
        pytest.param(CurfewParams((NIGHT,)), "2026-11-17 05:30", 60, 30, id="runs-past-end"),
        pytest.param(
            CurfewParams((NIGHT,)), "2026-11-16 21:00", 600, 480, id="covers-whole-window"
        ),
        pytest.param(
            CurfewParams((NIGHT,), WEEKEND_NIGHTS),
            "2026-11-21 01:00",
            30,
            30,
            id="saturday-01:00-is-in-friday-window",
        ),
        pytest.param(
            CurfewParams((NIGHT,), WEEKEND_NIGHTS),
            "2026-11-22 01:00",
            30,
            30,
            id="sunday-01:00-is-in-saturday-window",
        ),
        pytest.param(
            CurfewParams((NIGHT,), WEEKEND_NIGHTS),
            "2026-11-23 01:00",
            30,
            0,
            id="monday-01:00-is-in-unchosen-sunday-window",
        ),
        pytest.param(
            CurfewParams((NIGHT,), WEEKEND_NIGHTS),
            "2026-11-20 01:00",
            30,
            0,
            id="friday-01:00-is-in-unchosen-thursday-window",
        ),
        pytest.param(
            CurfewParams((TimeWindow(12 * 60, 13 * 60), NIGHT)),
            "2026-11-16 12:30",
            60,
            30,
            id="several-windows-lunch",
        ),
        pytest.param(
            CurfewParams((TimeWindow(12 * 60, 13 * 60), NIGHT)),
            "2026-11-16 12:30",
            600,
            60,  # to 22:30: 12:30-13:00 and 22:00-22:30
            id="several-windows-one-long-use",
        ),
        pytest.param(
            CurfewParams((TimeWindow(21 * 60, 23 * 60), NIGHT)),
            "2026-11-16 21:30",
            90,
            90,  # 21:30-23:00 once, though 22:00-23:00 is in both windows
            id="overlapping-windows-count-once",
        ),
        pytest.param(
            CurfewParams((TimeWindow(22 * 60, 24 * 60),)),
            "2026-11-16 23:30",
            60,
            30,
            id="window-ending-at-midnight",
        ),
        pytest.param(
            CurfewParams((TimeWindow(0, 0),)), "2026-11-16 10:00", 45, 45, id="all-day-window"
        ),
        pytest.param(
            CurfewParams((NIGHT,)), "2026-03-29 01:30", 90, 90, id="dst-spring-forward-wall-clock"
        ),
        pytest.param(
            CurfewParams((NIGHT,)),
            "2026-03-29 02:30",  # a wall time Berlin skips; taken as logged
            20,
            20,
            id="dst-spring-forward-skipped-hour",
        ),
        pytest.param(
            CurfewParams((TimeWindow(0, 4 * 60),)),
            "2026-10-25 02:30",  # happens twice in Berlin; each logged use counts
            30,
            30,
            id="dst-fall-back-repeated-hour",
        ),
    ],
)
def test_curfew_minutes(params: CurfewParams, started: str, minutes: int, expected: int) -> None:
    assert curfew_minutes(params, use(1, started, minutes)) == expected


def test_curfew_breaches_group_by_journal_day() -> None:
    uses = [
        use(1, "2026-11-16 23:30", 60),  # Monday 60
        use(2, "2026-11-17 01:00", 15),  # before 04:00: Monday again
        use(3, "2026-11-17 05:30", 60),  # Tuesday, 30 inside
        use(4, "2026-11-17 12:00", 60),  # outside
    ]
    report = evaluate([rule(CurfewParams((NIGHT,)))], uses, "2026-11-16", "2026-11-22")
    assert summary(report) == [("2026-11-16", (1, 2), 75), ("2026-11-17", (3,), 30)]
    assert {b.unit for b in report.breaches} == {AmountUnit.MINUTES_IN_CURFEW}


def test_dst_fall_back_night_counts_both_passes_of_the_repeated_hour() -> None:
    uses = [use(1, "2026-10-25 02:30", 30), use(2, "2026-10-25 02:30", 30)]
    report = evaluate(
        [rule(CurfewParams((TimeWindow(0, 4 * 60),)), rule_id=1), rule(budget(45), rule_id=2)],
        uses,
        "2026-10-24",
        "2026-10-25",
    )
    # Both uses belong to Saturday's journal day: 60 minutes in the curfew, 60 - 45 over budget.
    assert [(b.rule_id, b.day.isoformat(), b.amount) for b in report.breaches] == [
        (1, "2026-10-24", 60),
        (2, "2026-10-24", 15),
    ]


def test_dst_spring_forward_day_evaluates_a_budget() -> None:
    uses = [
        use(1, "2026-03-29 01:30", 20),  # Saturday's journal day
        use(2, "2026-03-29 10:00", 40),
        use(3, "2026-03-29 23:00", 30),
        use(4, "2026-03-30 03:30", 10),  # before 04:00: still Sunday
    ]
    report = evaluate([rule(budget(60))], uses, "2026-03-28", "2026-03-30")
    assert summary(report) == [("2026-03-29", (2, 3, 4), 20)]  # 80 - 60


# --- Mediation, disclosure and purpose rules --------------------------------------------------

DRAFTED = Mediation.AI_DRAFTED


@pytest.mark.parametrize(
    ("params", "uses", "expected", "unit"),
    [
        pytest.param(
            NoMediationParams(FAMILY, frozenset({DRAFTED, Mediation.AI_REPLIED})),
            [
                use(1, "2026-11-16 10:00", 5, circle_id=FAMILY, mediation=DRAFTED),
                use(2, "2026-11-16 11:00", 5, circle_id=FAMILY, mediation=Mediation.AI_EDITED),
                use(3, "2026-11-16 12:00", 5, circle_id=FRIENDS, mediation=DRAFTED),
                use(4, "2026-11-16 13:00", 5, circle_id=FAMILY, mediation=Mediation.AI_REPLIED),
                use(5, "2026-11-16 14:00", 5, circle_id=FAMILY),
                use(6, "2026-11-18 14:00", 5, circle_id=FAMILY, mediation=DRAFTED),
            ],
            [("2026-11-16", (1, 4), 2), ("2026-11-18", (6,), 1)],
            AmountUnit.MESSAGES,
            id="no-mediation-chosen-kinds",
        ),
        pytest.param(
            NoMediationParams(FAMILY),
            [
                use(1, "2026-11-16 10:00", 5, circle_id=FAMILY, mediation=Mediation.AI_EDITED),
                use(2, "2026-11-16 11:00", 5, circle_id=FAMILY, mediation=Mediation.AI_TRANSLATED),
                use(3, "2026-11-16 12:00", 5, circle_id=FAMILY),
            ],
            [("2026-11-16", (1, 2), 2)],
            AmountUnit.MESSAGES,
            id="no-mediation-default-all-mediated-kinds",
        ),
        pytest.param(
            DisclosureParams(FAMILY),
            [
                use(
                    1,
                    "2026-11-16 10:00",
                    5,
                    circle_id=FAMILY,
                    mediation=DRAFTED,
                    disclosed=Disclosure.NO,
                ),
                use(
                    2,
                    "2026-11-16 11:00",
                    5,
                    circle_id=FAMILY,
                    mediation=DRAFTED,
                    disclosed=Disclosure.YES,
                ),
                use(3, "2026-11-16 12:00", 5, circle_id=FAMILY, disclosed=Disclosure.NO),
                use(
                    4,
                    "2026-11-16 13:00",
                    5,
                    circle_id=FRIENDS,
                    mediation=DRAFTED,
                    disclosed=Disclosure.NO,
                ),
                use(
                    5,
                    "2026-11-16 14:00",
                    5,
                    circle_id=FAMILY,
                    mediation=Mediation.AI_REPLIED,
                    disclosed=Disclosure.NO,
                ),
            ],
            [("2026-11-16", (1, 5), 2)],  # unmediated 3 and other circle 4 do not count
            AmountUnit.MESSAGES,
            id="disclosure",
        ),
        pytest.param(
            PurposeLimitParams(UsePurpose.EMOTIONAL_SUPPORT),
            [
                use(1, "2026-11-16 10:00", 5, purpose=UsePurpose.EMOTIONAL_SUPPORT),
                use(
                    2,
                    "2026-11-16 11:00",
                    5,
                    purpose=UsePurpose.EMOTIONAL_SUPPORT,
                    circle_id=FRIENDS,
                ),
                use(3, "2026-11-16 12:00", 5, purpose=UsePurpose.RELATIONSHIP_ADVICE),
            ],
            [("2026-11-16", (1, 2), 2)],
            AmountUnit.USES,
            id="purpose-limit-any-circle",
        ),
        pytest.param(
            PurposeLimitParams(UsePurpose.EMOTIONAL_SUPPORT, circle_id=FAMILY),
            [
                use(1, "2026-11-16 10:00", 5, purpose=UsePurpose.EMOTIONAL_SUPPORT),
                use(
                    2, "2026-11-16 11:00", 5, purpose=UsePurpose.EMOTIONAL_SUPPORT, circle_id=FAMILY
                ),
                use(3, "2026-11-16 12:00", 5, purpose=UsePurpose.PLANNING, circle_id=FAMILY),
            ],
            [("2026-11-16", (2,), 1)],
            AmountUnit.USES,
            id="purpose-limit-within-circle",
        ),
    ],
)
def test_counted_rules(
    params: RuleParams,
    uses: list[AiUse],
    expected: list[tuple[str, tuple[int, ...], float]],
    unit: AmountUnit,
) -> None:
    report = evaluate([rule(params)], uses, "2026-11-16", "2026-11-22")
    assert summary(report) == expected
    assert {b.unit for b in report.breaches} == {unit}


def mediated(use_id: int, started: str, circle_id: int = FAMILY) -> AiUse:
    return use(use_id, started, 5, circle_id=circle_id, mediation=DRAFTED)


@pytest.mark.parametrize(
    ("created", "uses", "connections", "expected"),
    [
        pytest.param(
            LONG_AGO,
            [mediated(1, "2026-11-16 10:00")],
            [connection(1, "2026-11-16 11:00", FAMILY)],
            [("2026-11-16", (1,), 20)],  # 1 of 2 = 50 %, 20 points over 30
            id="half-mediated",
        ),
        pytest.param(
            LONG_AGO,
            [mediated(1, "2026-11-16 10:00")],
            [connection(i, "2026-11-16 11:00", FAMILY) for i in (1, 2, 3)],
            [],  # 1 of 4 = 25 %
            id="under-the-share",
        ),
        pytest.param(
            LONG_AGO,
            [mediated(1, "2026-11-16 10:00"), mediated(2, "2026-11-17 10:00")],
            [connection(i, "2026-11-16 11:00", FAMILY) for i in (1, 2, 3)],
            [("2026-11-17", (2,), 10)],  # Monday 1 of 4 = 25 %; Tuesday 2 of 5 = 40 %
            id="crossed-on-the-second-day",
        ),
        pytest.param(
            LONG_AGO,
            [
                mediated(1, "2026-11-16 10:00"),
                mediated(2, "2026-11-22 10:00"),
                mediated(3, "2026-11-23 10:00"),
            ],
            [connection(i, "2026-11-22 11:00", FAMILY) for i in (1, 2, 3)]
            + [connection(i, "2026-11-23 11:00", FAMILY) for i in (4, 5, 6)],
            # Mon 16: 1/1 = 100 % (70 over); Sun 22: 16..22 holds 2 of 5 = 40 % (10 over);
            # Mon 23: 17..23 holds 2 of 8 = 25 %: the 16th has left the window.
            [("2026-11-16", (1,), 70), ("2026-11-22", (2,), 10)],
            id="seven-day-window",
        ),
        pytest.param(
            LONG_AGO,
            [mediated(1, "2026-11-16 10:00"), use(2, "2026-11-16 10:30", 5, circle_id=FAMILY)],
            [
                connection(1, "2026-11-16 11:00", FAMILY, ConnectionMode.CALL),
                connection(2, "2026-11-16 12:00", FRIENDS),
            ],
            # An unmediated AI use, a call, a message to another circle: none are messages
            # to Family, so 1 of 1 = 100 %.
            [("2026-11-16", (1,), 70)],
            id="what-counts-as-a-message",
        ),
        pytest.param(
            "2026-11-18 09:00",
            [mediated(1, "2026-11-18 10:00")],
            [connection(i, "2026-11-16 11:00", FAMILY) for i in (1, 2, 3)],
            [("2026-11-18", (1,), 70)],  # Monday's messages predate the rule: 1 of 1
            id="counts-from-creation-day",
        ),
    ],
)
def test_mediation_share(
    created: str,
    uses: list[AiUse],
    connections: list[Connection],
    expected: list[tuple[str, tuple[int, ...], float]],
) -> None:
    params = MediationShareParams(circle_id=FAMILY, max_percent=30)
    report = evaluate(
        [rule(params, created=created)],
        uses,
        "2026-11-16",
        "2026-11-23",
        connections=tuple(connections),
    )
    found = summary(report)
    assert [(d, ids) for d, ids, _ in found] == [(d, ids) for d, ids, _ in expected]
    assert [a for _, _, a in found] == pytest.approx([a for _, _, a in expected])


def test_mediation_share_amount_is_fractional_percentage_points() -> None:
    report = evaluate(
        [rule(MediationShareParams(circle_id=FAMILY, max_percent=30))],
        [mediated(1, "2026-11-16 10:00")],
        "2026-11-16",
        "2026-11-16",
        connections=(
            connection(1, "2026-11-16 11:00", FAMILY),
            connection(2, "2026-11-16 12:00", FAMILY),
        ),
    )
    (breach,) = report.breaches
    assert breach.amount == pytest.approx(100 / 3 - 30)  # 1 of 3 = 33.3 %
    assert breach.unit is AmountUnit.PERCENTAGE_POINTS


# --- Warnings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "uses", "expected"),
    [
        pytest.param(budget(50), [use(1, "2026-11-18 10:00", 39)], [], id="under-80-percent"),
        pytest.param(budget(50), [use(1, "2026-11-18 10:00", 40)], [(40, 50)], id="at-80-percent"),
        pytest.param(budget(50), [use(1, "2026-11-18 10:00", 50)], [(50, 50)], id="at-budget"),
        pytest.param(budget(50), [use(1, "2026-11-18 10:00", 51)], [], id="over-is-a-breach"),
        pytest.param(
            budget(50), [use(1, "2026-11-17 10:00", 50)], [], id="yesterday-does-not-warn"
        ),
        pytest.param(
            budget(50, BudgetPeriod.WEEK),
            [use(1, "2026-11-16 10:00", 25), use(2, "2026-11-18 10:00", 20)],
            [(45, 50)],
            id="week-so-far",
        ),
        pytest.param(
            budget(50, BudgetPeriod.ROLLING_7_DAYS),
            [
                use(1, "2026-11-11 10:00", 25),
                use(2, "2026-11-12 10:00", 25),
                use(3, "2026-11-18 10:00", 15),
            ],
            [(40, 50)],  # the 11th has left the 7 days ending the 18th: 25 + 15
            id="rolling-window",
        ),
        pytest.param(
            budget(30, has_rollover=True),
            [use(1, "2026-11-18 10:00", 50)],
            [(50, 60)],  # Tuesday unused: 30 + 30
            id="rollover-raises-the-budget",
        ),
        pytest.param(budget(0), [], [], id="zero-budget-never-warns"),
    ],
)
def test_budget_warnings(
    params: RuleParams, uses: list[AiUse], expected: list[tuple[int, int]]
) -> None:
    report = evaluate(
        [rule(params, rule_id=3)], uses, "2026-11-16", "2026-11-22", now="2026-11-18 20:00"
    )
    assert [(w.used_minutes, w.budget_minutes) for w in report.warnings] == expected
    assert all(
        w == BudgetWarning(3, day("2026-11-18"), *e)
        for w, e in zip(report.warnings, expected, strict=True)
    )


def test_no_warning_when_today_is_outside_the_period() -> None:
    report = evaluate(
        [rule(budget(50))],
        [use(1, "2026-11-18 10:00", 45)],
        "2026-11-09",
        "2026-11-15",
        now="2026-11-18 20:00",
    )
    assert report.warnings == ()


def test_late_night_warning_belongs_to_the_journal_day() -> None:
    # At 02:00 on Thursday it is still Wednesday's journal day.
    report = evaluate(
        [rule(budget(50))],
        [use(1, "2026-11-18 22:00", 45)],
        "2026-11-16",
        "2026-11-22",
        now="2026-11-19 02:00",
    )
    assert [(w.day.isoformat(), w.used_minutes) for w in report.warnings] == [("2026-11-18", 45)]


# --- Today's status --------------------------------------------------------------------------

NOW = at("2026-11-18 20:00")


@pytest.mark.parametrize(
    ("target", "uses", "connections", "expected"),
    [
        pytest.param(
            rule(budget(50)),
            [use(1, "2026-11-18 10:00", 10)],
            [],
            (RuleState.OK, 10, 50),
            id="budget-ok",
        ),
        pytest.param(
            rule(budget(50)),
            [use(1, "2026-11-18 10:00", 40)],
            [],
            (RuleState.WARNING, 40, 50),
            id="budget-warning",
        ),
        pytest.param(
            rule(budget(50)),
            [use(1, "2026-11-18 10:00", 60)],
            [],
            (RuleState.BREACHED, 60, 50),
            id="budget-breached",
        ),
        pytest.param(
            rule(budget(50, BudgetPeriod.WEEK)),
            [use(1, "2026-11-16 10:00", 60)],
            [],
            (RuleState.BREACHED, 60, 50),
            id="week-budget-breached-earlier-in-the-week",
        ),
        pytest.param(
            rule(budget(50), is_active=False),
            [use(1, "2026-11-18 10:00", 60)],
            [],
            (RuleState.PAUSED, None, None),
            id="paused",
        ),
        pytest.param(
            rule(CurfewParams((NIGHT,))),
            [use(1, "2026-11-18 21:30", 60)],
            [],
            (RuleState.BREACHED, 30, None),
            id="curfew-breached-today",
        ),
        pytest.param(
            rule(CurfewParams((NIGHT,))),
            [use(1, "2026-11-17 23:00", 60)],
            [],
            (RuleState.OK, 0, None),
            id="curfew-breached-yesterday-only",
        ),
        pytest.param(
            rule(MediationShareParams(FAMILY, 30)),
            [mediated(1, "2026-11-17 10:00")],
            [connection(1, "2026-11-18 10:00", FAMILY)],
            (RuleState.BREACHED, 50, 30),
            id="share-over",
        ),
        pytest.param(
            rule(MediationShareParams(FAMILY, 30)),
            [],
            [],
            (RuleState.OK, None, 30),
            id="share-without-messages",
        ),
    ],
)
def test_rule_statuses(
    target: BoundaryRule,
    uses: list[AiUse],
    connections: list[Connection],
    expected: tuple[RuleState, float | None, float | None],
) -> None:
    (status,) = rule_statuses([target], uses, connections, SETTINGS, NOW)
    assert (status.state, status.used, status.limit) == expected


# --- Friction for a new use ------------------------------------------------------------------

FIRM_BUDGET = rule(budget(30), rule_id=1, severity=Severity.FIRM)
FIRM_CURFEW = rule(CurfewParams((NIGHT,)), rule_id=2, severity=Severity.FIRM)
FIRM_NO_MEDIATION = rule(NoMediationParams(FAMILY), rule_id=3, severity=Severity.FIRM)
FIRM_SHARE = rule(MediationShareParams(FAMILY, 30), rule_id=4, severity=Severity.FIRM)


@pytest.mark.parametrize(
    ("rules", "existing", "new", "expected"),
    [
        pytest.param(
            [FIRM_BUDGET],
            [use(1, "2026-11-18 10:00", 20)],
            use(0, "2026-11-18 12:00", 15),
            [(1, (1, 0), 5)],
            id="budget-crossed-by-new-use",
        ),
        pytest.param(
            [FIRM_BUDGET],
            [use(1, "2026-11-18 10:00", 20)],
            use(0, "2026-11-18 12:00", 10),
            [],
            id="budget-reached-not-crossed",
        ),
        pytest.param(
            [FIRM_BUDGET],
            [use(1, "2026-11-18 10:00", 40)],
            use(0, "2026-11-18 12:00", 5),
            [(1, (1, 0), 15)],
            id="budget-already-over-grows",
        ),
        pytest.param(
            [FIRM_BUDGET],
            [use(1, "2026-11-17 10:00", 40)],
            use(0, "2026-11-18 12:00", 5),
            [],
            id="yesterdays-breach-is-not-new",
        ),
        pytest.param(
            [FIRM_CURFEW],
            [use(1, "2026-11-18 23:00", 30)],
            use(0, "2026-11-18 12:00", 30),
            [],
            id="curfew-breach-already-there-new-use-outside",
        ),
        pytest.param(
            [FIRM_CURFEW],
            [],
            use(0, "2026-11-19 01:00", 30),
            [(2, (0,), 30)],
            id="curfew-new-use-inside",
        ),
        pytest.param(
            [FIRM_NO_MEDIATION],
            [],
            mediated(0, "2026-11-18 10:00"),
            [(3, (0,), 1)],
            id="no-mediation",
        ),
        pytest.param(
            [FIRM_NO_MEDIATION],
            [],
            use(0, "2026-11-18 10:00", 5, circle_id=FAMILY),
            [],
            id="no-mediation-unmediated-use",
        ),
        pytest.param(
            [FIRM_SHARE],
            [mediated(1, "2026-11-18 09:00")],
            use(0, "2026-11-18 10:00", 5),
            [],
            id="share-already-over-new-use-not-a-message",
        ),
        pytest.param(
            [rule(budget(30), is_active=False)],
            [],
            use(0, "2026-11-18 12:00", 60),
            [],
            id="paused-rule",
        ),
    ],
)
def test_breaches_for_new_use(
    rules: list[BoundaryRule],
    existing: list[AiUse],
    new: AiUse,
    expected: list[tuple[int, tuple[int, ...], float]],
) -> None:
    found = breaches_for_new_use(rules, existing, [], new, SETTINGS)
    assert [(b.rule_id, b.use_ids, b.amount) for b in found] == expected


def test_new_mediated_message_raising_a_breached_share_is_reported() -> None:
    existing = [mediated(1, "2026-11-18 09:00")]
    connections = [connection(1, "2026-11-18 08:00", FAMILY)]
    found = breaches_for_new_use(
        [FIRM_SHARE], existing, connections, mediated(0, "2026-11-18 10:00"), SETTINGS
    )
    # Before: 1 of 2 = 50 %; after: 2 of 3 = 66.7 %, 36.7 points over 30.
    assert [(b.use_ids, round(b.amount, 1)) for b in found] == [((1, 0), 36.7)]


# --- History needed --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        pytest.param(budget(30), "2026-11-18", id="day"),
        pytest.param(budget(30, has_rollover=True), "2026-11-17", id="day-rollover"),
        pytest.param(budget(30, BudgetPeriod.WEEK), "2026-11-16", id="week"),
        pytest.param(
            budget(30, BudgetPeriod.WEEK, has_rollover=True), "2026-11-09", id="week-rollover"
        ),
        pytest.param(budget(30, BudgetPeriod.ROLLING_7_DAYS), "2026-11-12", id="rolling"),
        pytest.param(MediationShareParams(FAMILY, 30), "2026-11-12", id="share"),
        pytest.param(CurfewParams((NIGHT,)), "2026-11-18", id="curfew"),
    ],
)
def test_history_start(params: RuleParams, expected: str) -> None:
    assert history_start([rule(params)], day("2026-11-18"), SETTINGS) == day(expected)
