"""Rule evaluation at its boundaries: the minute, the percent and the day where a verdict flips.

Each case is one behaviour with its expectation worked out by hand in the comment; together
they kill the mutants a mutation run (`scripts/mutation.sh`) found surviving in `rules.py`.
Dates as in test_rules: 2026-11-16 is a Monday, so the 20th is a Friday and the 23rd the
next Monday.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.core.test_rules import (
    FAMILY,
    FRIENDS,
    LONG_AGO,
    NIGHT,
    SETTINGS,
    WEEKEND_NIGHTS,
    at,
    budget,
    connection,
    day,
    evaluate,
    mediated,
    rule,
    summary,
    use,
)
from vision_journal.core.records import (
    AiUse,
    BoundaryRule,
    BudgetParams,
    BudgetPeriod,
    Connection,
    CurfewParams,
    MediationShareParams,
    PurposeLimitParams,
    RuleParams,
    Settings,
    Severity,
    Sphere,
    TimeWindow,
    UsePurpose,
)
from vision_journal.core.rules import (
    BudgetUsage,
    RuleState,
    breaches_for_new_use,
    budget_minutes_by_day,
    budget_usage,
    curfew_minutes,
    rule_start_day,
    rule_statuses,
)

MIDNIGHT_START = Settings(day_start_hour=0)
SUNDAY_NIGHTS = frozenset({6})

# --- Budgets: the minute over, the rollover's first period -----------------------------------


@pytest.mark.parametrize(
    ("target", "uses", "last", "expected"),
    [
        pytest.param(
            rule(budget(60)),
            [use(1, "2026-11-16 10:00", 61)],
            "2026-11-16",
            [("2026-11-16", (1,), 1)],  # 61 - 60: one minute over is a breach of 1
            id="day-60-with-61",
        ),
        pytest.param(
            rule(budget(60, BudgetPeriod.WEEK)),
            [use(1, "2026-11-16 10:00", 30), use(2, "2026-11-17 10:00", 31)],
            "2026-11-17",
            [("2026-11-17", (2,), 1)],  # week so far 61: min(31, 61 - 60)
            id="week-60-with-61",
        ),
        pytest.param(
            rule(budget(60, BudgetPeriod.ROLLING_7_DAYS)),
            [use(1, "2026-11-16 10:00", 30), use(2, "2026-11-22 10:00", 31)],
            "2026-11-22",
            [("2026-11-22", (2,), 1)],  # the 16th is the 7th day back: 30 + 31 - 60
            id="rolling-first-day-still-in-the-window",
        ),
        pytest.param(
            rule(budget(60, BudgetPeriod.ROLLING_7_DAYS)),
            [use(1, "2026-11-16 10:00", 30), use(2, "2026-11-23 10:00", 31)],
            "2026-11-23",
            [],  # the 16th is the 8th day back: 31 alone
            id="rolling-eighth-day-has-left",
        ),
        pytest.param(
            rule(budget(30, has_rollover=True), created="2026-11-17 09:00"),
            [use(1, "2026-11-17 10:00", 20), use(2, "2026-11-18 10:00", 45)],
            "2026-11-18",
            [("2026-11-18", (2,), 5)],  # Tuesday is the creation day: 30 + (30 - 20) = 40
            id="day-rollover-from-the-creation-day",
        ),
        pytest.param(
            rule(budget(30, has_rollover=True), created="2026-11-18 09:00"),
            [use(1, "2026-11-17 10:00", 20), use(2, "2026-11-18 10:00", 45)],
            "2026-11-18",
            [("2026-11-18", (2,), 15)],  # Tuesday predates the rule: 45 - 30
            id="day-rollover-not-from-the-day-before-creation",
        ),
        pytest.param(
            rule(budget(60, BudgetPeriod.WEEK, has_rollover=True), created="2026-11-16 09:00"),
            [use(1, "2026-11-16 10:00", 40), use(2, "2026-11-23 10:00", 70)],
            "2026-11-23",
            [],  # the first week began on the creation day: 60 + 20 = 80 allows 70
            id="week-rollover-from-a-week-starting-on-the-creation-day",
        ),
        pytest.param(
            rule(budget(60, BudgetPeriod.WEEK, has_rollover=True), created="2026-11-17 09:00"),
            [use(1, "2026-11-17 10:00", 40), use(2, "2026-11-23 10:00", 70)],
            "2026-11-23",
            [("2026-11-23", (2,), 10)],  # the first week began before the rule: 70 - 60
            id="week-rollover-not-from-a-partial-week",
        ),
        pytest.param(
            rule(budget(30, has_rollover=True)),
            [use(1, "2026-11-16 10:00", 50), use(2, "2026-11-17 10:00", 35)],
            "2026-11-17",
            # Monday: Sunday's 30 unused carry, 50 of 60. Tuesday: Monday used 50 of 30, so
            # nothing carries (not minus 20): 35 - 30.
            [("2026-11-17", (2,), 5)],
            id="day-rollover-after-an-overspent-day-carries-nothing",
        ),
    ],
)
def test_budget_boundaries(
    target: BoundaryRule,
    uses: list[AiUse],
    last: str,
    expected: list[tuple[str, tuple[int, ...], float]],
) -> None:
    assert summary(evaluate([target], uses, "2026-11-16", last)) == expected


@pytest.mark.parametrize(
    ("params", "minutes", "expected"),
    [
        pytest.param(budget(100), 79, [], id="79-of-100-is-under-80-percent"),
        pytest.param(budget(100), 80, [(80, 100)], id="80-of-100-warns"),
        pytest.param(budget(100), 100, [(100, 100)], id="100-of-100-still-warns"),
        pytest.param(budget(100), 101, [], id="101-of-100-is-a-breach-not-a-warning"),
        pytest.param(budget(1), 1, [(1, 1)], id="1-of-1-warns"),
        pytest.param(budget(0), 0, [], id="zero-budget-without-use"),
    ],
)
def test_warning_boundaries(
    params: RuleParams, minutes: int, expected: list[tuple[int, int]]
) -> None:
    uses = [use(1, "2026-11-18 10:00", minutes)] if minutes else []
    report = evaluate([rule(params)], uses, "2026-11-16", "2026-11-22", now="2026-11-18 20:00")
    assert [(w.used_minutes, w.budget_minutes) for w in report.warnings] == expected


NOW = at("2026-11-18 20:00")


@pytest.mark.parametrize(
    ("target", "uses", "connections", "expected"),
    [
        pytest.param(
            rule(budget(100)),
            [use(1, "2026-11-18 10:00", 79)],
            [],
            (RuleState.OK, 79, 100),
            id="budget-79-of-100-ok",
        ),
        pytest.param(
            rule(budget(100)),
            [use(1, "2026-11-18 10:00", 80)],
            [],
            (RuleState.WARNING, 80, 100),
            id="budget-80-of-100-warning",
        ),
        pytest.param(
            rule(budget(60)),
            [use(1, "2026-11-18 10:00", 60)],
            [],
            (RuleState.WARNING, 60, 60),
            id="budget-exactly-used-is-a-warning",
        ),
        pytest.param(
            rule(budget(60)),
            [use(1, "2026-11-18 10:00", 61)],
            [],
            (RuleState.BREACHED, 61, 60),
            id="budget-one-minute-over-is-breached",
        ),
        pytest.param(
            rule(budget(0)),
            [],
            [],
            (RuleState.OK, 0, 0),
            id="zero-budget-unused-is-ok",
        ),
        pytest.param(
            rule(budget(1)),
            [use(1, "2026-11-18 10:00", 1)],
            [],
            (RuleState.WARNING, 1, 1),
            id="budget-1-of-1-warning",
        ),
        pytest.param(
            rule(MediationShareParams(FAMILY, 50)),
            [mediated(1, "2026-11-18 10:00")],
            [connection(1, "2026-11-18 11:00", FAMILY)],
            (RuleState.OK, 50, 50),  # 1 of 2 = 50 %: at the maximum, not above
            id="share-exactly-at-maximum-ok",
        ),
        pytest.param(
            rule(MediationShareParams(FAMILY, 50)),
            [mediated(1, "2026-11-12 10:00")],
            [connection(1, "2026-11-18 11:00", FAMILY)],
            (RuleState.OK, 50, 50),  # the 12th is the 7th day back: 1 of 2
            id="share-window-includes-the-seventh-day-back",
        ),
        pytest.param(
            rule(MediationShareParams(FAMILY, 50), created="2026-11-18 09:00"),
            [mediated(1, "2026-11-18 10:00")],
            [connection(1, "2026-11-17 11:00", FAMILY)],
            (RuleState.BREACHED, 100, 50),  # Tuesday's message predates the rule: 1 of 1
            id="share-counts-from-the-creation-day",
        ),
    ],
)
def test_status_boundaries(
    target: BoundaryRule,
    uses: list[AiUse],
    connections: list[Connection],
    expected: tuple[RuleState, float | None, float | None],
) -> None:
    (status,) = rule_statuses([target], uses, connections, SETTINGS, NOW)
    assert (status.state, status.used, status.limit) == expected


def test_share_exactly_at_maximum_is_not_a_breach() -> None:
    # 1 mediated of 2 messages = 50 % against a maximum of 50: kept; a third mediated
    # message on Tuesday makes 2 of 3 = 66.7 %, 16.7 points above.
    report = evaluate(
        [rule(MediationShareParams(FAMILY, 50))],
        [mediated(1, "2026-11-16 10:00"), mediated(2, "2026-11-17 10:00")],
        "2026-11-16",
        "2026-11-17",
        connections=(connection(1, "2026-11-16 11:00", FAMILY),),
    )
    assert [(b.day.isoformat(), round(b.amount, 1)) for b in report.breaches] == [
        ("2026-11-17", 16.7)
    ]


def test_paused_rule_does_not_hide_the_rules_after_it() -> None:
    rules = [
        rule(budget(10), rule_id=1, is_active=False),
        rule(budget(30), rule_id=2),
        rule(CurfewParams((NIGHT,)), rule_id=3),
    ]
    uses = [use(1, "2026-11-18 10:00", 40)]
    statuses = rule_statuses(rules, uses, [], SETTINGS, NOW)
    assert [(s.rule_id, s.state, s.used) for s in statuses] == [
        (1, RuleState.PAUSED, None),
        (2, RuleState.BREACHED, 40),  # 40 of 30
        (3, RuleState.OK, 0),
    ]


# --- Budget scopes ---------------------------------------------------------------------------

SCOPED_USES = [
    use(1, "2026-11-16 10:00", 10, tool_id=2, sphere=Sphere.PROFESSIONAL, circle_id=FAMILY),
    use(2, "2026-11-16 11:00", 20, tool_id=1, sphere=Sphere.PERSONAL, circle_id=FRIENDS),
    use(3, "2026-11-16 12:00", 40, tool_id=2, sphere=Sphere.PERSONAL, circle_id=None),
    use(
        4,
        "2026-11-17 10:00",
        80,
        tool_id=1,
        sphere=Sphere.PROFESSIONAL,
        circle_id=FAMILY,
        purpose=UsePurpose.PLANNING,
    ),
]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        pytest.param(BudgetParams(60), {"2026-11-16": 70, "2026-11-17": 80}, id="no-scope"),
        pytest.param(BudgetParams(60, tool_id=2), {"2026-11-16": 50}, id="tool"),  # 10 + 40
        pytest.param(
            BudgetParams(60, sphere=Sphere.PROFESSIONAL),
            {"2026-11-16": 10, "2026-11-17": 80},
            id="sphere",
        ),
        pytest.param(
            BudgetParams(60, circle_id=FAMILY), {"2026-11-16": 10, "2026-11-17": 80}, id="circle"
        ),
        pytest.param(
            BudgetParams(60, purpose=UsePurpose.PLANNING), {"2026-11-17": 80}, id="purpose"
        ),
        pytest.param(
            BudgetParams(60, tool_id=2, sphere=Sphere.PERSONAL), {"2026-11-16": 40}, id="two"
        ),
        pytest.param(
            BudgetParams(60, tool_id=1, sphere=Sphere.PROFESSIONAL, circle_id=FRIENDS),
            {},
            id="no-use-matches-every-scope",
        ),
    ],
)
def test_budget_minutes_by_day_scopes(params: BudgetParams, expected: dict[str, int]) -> None:
    found = budget_minutes_by_day(params, SCOPED_USES)
    assert {d.isoformat(): m for d, m in found.items()} == expected


# --- Curfews: minutes at the edges, the week wrap, the general path --------------------------


def precise(started: dt.datetime, minutes: int) -> AiUse:
    """A use starting at a moment with seconds, microseconds or a time zone."""
    return dataclasses.replace(use(1, "2026-11-16 10:00", minutes), started_at=started)


@pytest.mark.parametrize(
    ("params", "started", "minutes", "expected"),
    [
        pytest.param(CurfewParams((NIGHT,)), "2026-11-16 21:59", 1, 0, id="ends-as-it-opens"),
        pytest.param(CurfewParams((NIGHT,)), "2026-11-16 21:59", 2, 1, id="one-minute-in"),
        pytest.param(CurfewParams((NIGHT,)), "2026-11-17 06:00", 30, 0, id="starts-as-it-closes"),
        pytest.param(CurfewParams((NIGHT,)), "2026-11-17 05:59", 30, 1, id="last-minute"),
        pytest.param(
            CurfewParams((NIGHT,)),
            "2026-11-17 05:58:30",
            2,
            2,  # 90 s before yesterday's window closes at 06:00:00: 1.5 rounds to 2
            id="seconds-before-yesterdays-window-closes",
        ),
        pytest.param(
            CurfewParams((NIGHT,)),
            "2026-11-16 21:58:10",
            2,
            0,  # 10 s inside
            id="seconds-10-in",
        ),
        pytest.param(CurfewParams((NIGHT,)), "2026-11-16 21:45", 30, 15, id="starts-at-21:45"),
        pytest.param(CurfewParams((NIGHT,)), "2026-11-17 05:45", 30, 15, id="starts-at-05:45"),
        pytest.param(CurfewParams((NIGHT,)), "2026-11-16 23:45", 30, 30, id="at-23:45-over-0:00"),
        pytest.param(CurfewParams((NIGHT,)), "2026-11-16 23:00", 0, 0, id="zero-minutes"),
        pytest.param(CurfewParams((NIGHT,)), "2026-11-16 23:00", 1, 1, id="one-minute-inside"),
        pytest.param(
            CurfewParams((TimeWindow(22 * 60 + 45, 23 * 60 + 45),)),
            "2026-11-16 22:30",
            30,
            15,  # 22:45-23:00
            id="window-opening-at-22:45",
        ),
        pytest.param(
            CurfewParams((NIGHT,), SUNDAY_NIGHTS),
            "2026-11-23 01:00",
            30,
            30,  # Monday 01:00 is inside the window that opened on Sunday 22:00
            id="monday-01:00-in-sunday-night-across-the-week-wrap",
        ),
        pytest.param(
            CurfewParams((NIGHT,), frozenset({0})),
            "2026-11-23 01:00",
            30,
            0,  # Monday's own window opens at 22:00; Sunday's is not chosen
            id="monday-01:00-monday-only",
        ),
        pytest.param(
            CurfewParams((NIGHT,), WEEKEND_NIGHTS),
            "2026-11-20 21:30",
            60,
            30,  # the Friday window opens at 22:00
            id="friday-21:30-weekend-curfew",
        ),
        pytest.param(
            CurfewParams((NIGHT,), WEEKEND_NIGHTS),
            "2026-11-19 21:30",
            60,
            0,  # Thursday is not a weekend night
            id="thursday-21:30-weekend-curfew",
        ),
        pytest.param(
            CurfewParams((NIGHT,), frozenset({5, 6})),
            "2026-11-20 21:30",
            25 * 60,
            30,  # to Saturday 22:30: Friday is not chosen, Saturday's window adds 30
            id="friday-21:30-into-saturday-night",
        ),
        pytest.param(
            CurfewParams((NIGHT,), WEEKEND_NIGHTS),
            "2026-11-20 21:30",
            25 * 60,
            480 + 30,  # all of Friday's night and the first half hour of Saturday's
            id="friday-21:30-through-two-nights",
        ),
    ],
)
def test_curfew_edges(params: CurfewParams, started: str, minutes: int, expected: int) -> None:
    assert curfew_minutes(params, use(1, started, minutes)) == expected


BERLIN_WINTER = dt.timezone(dt.timedelta(hours=1))


@pytest.mark.parametrize(
    ("params", "started", "minutes", "expected"),
    [
        pytest.param(
            CurfewParams((NIGHT,)), dt.datetime(2026, 11, 16, 21, 58, 40), 2, 1, id="seconds-40-in"
        ),
        pytest.param(
            CurfewParams((NIGHT,)), dt.datetime(2026, 11, 16, 21, 58, 20), 2, 0, id="seconds-20-in"
        ),
        pytest.param(
            CurfewParams((NIGHT,)),
            dt.datetime(2026, 11, 16, 21, 58, 40, 1),
            2,
            1,  # 40.000001 s inside: rounds to 1 minute
            id="microseconds-40-in",
        ),
        pytest.param(
            CurfewParams((NIGHT,)),
            dt.datetime(2026, 11, 16, 21, 58, 20, 500_000),
            2,
            0,  # 20.5 s inside: rounds to 0
            id="microseconds-20-in",
        ),
        pytest.param(
            CurfewParams((NIGHT,)),
            dt.datetime(2026, 11, 16, 21, 58, 30, 500_000),
            2,
            1,  # 30.5 s inside rounds to 1 (the whole seconds alone, 30 s, round to 0)
            id="microseconds-tip-the-rounding",
        ),
        pytest.param(
            CurfewParams((NIGHT,)),
            dt.datetime(2026, 11, 16, 21, 58, 30, 1),
            2,
            1,  # 30.000001 s: just over half a minute
            id="one-microsecond-tips-the-rounding",
        ),
        pytest.param(
            CurfewParams((NIGHT,)),
            dt.datetime(2026, 11, 17, 5, 59, 0, 500_000),
            2,
            1,  # 59.5 s before 06:00: 1 minute
            id="microseconds-in-yesterdays-window",
        ),
        pytest.param(
            CurfewParams((NIGHT,), SUNDAY_NIGHTS),
            dt.datetime(2026, 11, 23, 1, 0, 0, 1),
            30,
            30,
            id="microseconds-monday-01:00-in-sunday-night",
        ),
        pytest.param(
            CurfewParams((NIGHT,), frozenset({0})),
            dt.datetime(2026, 11, 23, 1, 0, 0, 1),
            30,
            0,
            id="microseconds-monday-01:00-monday-only",
        ),
        pytest.param(
            CurfewParams((TimeWindow(21 * 60, 23 * 60), NIGHT)),
            dt.datetime(2026, 11, 16, 21, 30, 0, 1),
            90,
            90,  # 21:30-23:00 once, though 22:00-23:00 is in both windows
            id="microseconds-overlapping-windows-count-once",
        ),
        pytest.param(
            CurfewParams((TimeWindow(21 * 60, 22 * 60), TimeWindow(23 * 60, 24 * 60))),
            dt.datetime(2026, 11, 16, 20, 30, 0, 1),
            240,
            120,  # 21:00-22:00 and 23:00-24:00: a gap between windows is not counted
            id="microseconds-two-separate-windows",
        ),
        pytest.param(
            CurfewParams((NIGHT,)),
            dt.datetime(2026, 11, 16, 21, 45, 0, 1),
            0,
            0,
            id="microseconds-zero-minutes",
        ),
        pytest.param(
            CurfewParams((NIGHT,)),
            dt.datetime(2026, 11, 16, 21, 45, tzinfo=BERLIN_WINTER),
            30,
            15,  # an aware start takes the general path: 22:00-22:15
            id="aware-start-at-21:45",
        ),
        pytest.param(
            CurfewParams((NIGHT,), frozenset({4})),
            dt.datetime(2026, 11, 20, 21, 30, 0, 1),
            25 * 60,
            480,  # Friday's night only; Saturday's window is not chosen
            id="microseconds-friday-21:30-friday-only",
        ),
    ],
)
def test_curfew_general_path(
    params: CurfewParams, started: dt.datetime, minutes: int, expected: int
) -> None:
    assert curfew_minutes(params, precise(started, minutes)) == expected


# --- A non-default day start -----------------------------------------------------------------


def at_midnight_start(use_id: int, started: str, minutes: int) -> AiUse:
    return use(use_id, started, minutes, day_start_hour=0)


def test_rule_created_after_midnight_starts_that_day_with_a_midnight_day_start() -> None:
    # Created Wednesday 02:00: with days starting at 00:00 that is Wednesday, so Tuesday's
    # 40 minutes are not judged (with the default 04:00 start it would be Tuesday's rule).
    report = evaluate(
        [rule(budget(30), created="2026-11-18 02:00")],
        [
            at_midnight_start(1, "2026-11-17 10:00", 40),
            at_midnight_start(2, "2026-11-18 10:00", 35),
        ],
        "2026-11-16",
        "2026-11-22",
        MIDNIGHT_START,
    )
    assert summary(report) == [("2026-11-18", (2,), 5)]


def test_today_follows_the_day_start_when_evaluating() -> None:
    # At Wednesday 02:00 with a midnight day start it is Wednesday: the use at 01:00 is today's.
    report = evaluate(
        [rule(budget(30))],
        [at_midnight_start(1, "2026-11-18 01:00", 40)],
        "2026-11-16",
        "2026-11-22",
        MIDNIGHT_START,
        now="2026-11-18 02:00",
    )
    assert summary(report) == [("2026-11-18", (1,), 10)]


def test_todays_status_follows_the_day_start() -> None:
    (status,) = rule_statuses(
        [rule(budget(30))],
        [at_midnight_start(1, "2026-11-18 01:00", 40)],
        [],
        MIDNIGHT_START,
        at("2026-11-18 02:00"),
    )
    assert (status.state, status.used) == (RuleState.BREACHED, 40)


def test_warning_follows_the_day_start() -> None:
    report = evaluate(
        [rule(budget(50))],
        [at_midnight_start(1, "2026-11-18 01:00", 45)],
        "2026-11-16",
        "2026-11-22",
        MIDNIGHT_START,
        now="2026-11-18 02:00",
    )
    assert [(w.day, w.used_minutes) for w in report.warnings] == [(day("2026-11-18"), 45)]


def test_todays_status_lists_todays_breaches_of_a_week_budget() -> None:
    # 50 on Monday, 30 today against 60 a week: 80, today's 30 added 20 over.
    uses = [use(1, "2026-11-16 10:00", 50), use(2, "2026-11-18 10:00", 30)]
    (status,) = rule_statuses([rule(budget(60, BudgetPeriod.WEEK))], uses, [], SETTINGS, NOW)
    assert (status.state, status.used) == (RuleState.BREACHED, 80)
    assert [(b.day, b.use_ids, b.amount) for b in status.breaches] == [
        (day("2026-11-18"), (2,), 20)
    ]


def test_paused_status_has_no_breaches() -> None:
    (status,) = rule_statuses(
        [rule(budget(10), rule_id=4, is_active=False)],
        [use(1, "2026-11-18 10:00", 40)],
        [],
        SETTINGS,
        NOW,
    )
    assert (status.rule_id, status.breaches) == (4, ())


def test_share_breaches_only_inside_the_period() -> None:
    # The 16th is history for a period of the 17th: its 100 % is not reported again.
    report = evaluate(
        [rule(MediationShareParams(FAMILY, 30), rule_id=6)],
        [mediated(1, "2026-11-16 10:00"), mediated(2, "2026-11-17 10:00")],
        "2026-11-17",
        "2026-11-17",
    )
    assert [(b.rule_id, b.day.isoformat(), b.use_ids, b.amount) for b in report.breaches] == [
        (6, "2026-11-17", (2,), 70)  # 2 of 2 = 100 %, 70 points above 30
    ]


def test_new_message_keeping_a_share_at_100_percent_is_no_new_breach() -> None:
    # 1 of 1 is 100 %; a second mediated message makes 2 of 2, still 100 %: the breach does
    # not grow, so logging it asks for no reason.
    found = breaches_for_new_use(
        [rule(MediationShareParams(FAMILY, 30), severity=Severity.FIRM)],
        [mediated(1, "2026-11-18 09:00")],
        [],
        mediated(0, "2026-11-18 10:00"),
        SETTINGS,
    )
    assert found == ()


# --- Days at the edges of the evaluated period -----------------------------------------------


def test_budget_breach_only_inside_the_period() -> None:
    # Monday is history for a period of Tuesday: its 40 of 30 is not reported again.
    report = evaluate(
        [rule(budget(30))],
        [use(1, "2026-11-16 10:00", 40), use(2, "2026-11-17 10:00", 35)],
        "2026-11-17",
        "2026-11-17",
    )
    assert summary(report) == [("2026-11-17", (2,), 5)]


def test_one_minute_against_a_zero_budget_is_a_breach() -> None:
    report = evaluate(
        [rule(budget(0))], [use(1, "2026-11-16 10:00", 1)], "2026-11-16", "2026-11-16"
    )
    assert summary(report) == [("2026-11-16", (1,), 1)]


def test_one_minute_in_the_curfew_is_a_breach() -> None:
    report = evaluate(
        [rule(CurfewParams((NIGHT,)))],
        [use(1, "2026-11-16 21:59", 2), use(2, "2026-11-16 23:00", 1)],
        "2026-11-16",
        "2026-11-16",
    )
    assert summary(report) == [("2026-11-16", (1, 2), 2)]  # 22:00-22:01 and 23:00-23:01


def test_use_before_a_purpose_limit_was_created_is_not_counted() -> None:
    # Created Wednesday: Monday's use in the same period is before it, Wednesday's counts.
    report = evaluate(
        [rule(PurposeLimitParams(UsePurpose.PLANNING), created="2026-11-18 09:00")],
        [
            use(1, "2026-11-16 10:00", 5, purpose=UsePurpose.PLANNING),
            use(2, "2026-11-18 10:00", 5, purpose=UsePurpose.PLANNING),
        ],
        "2026-11-16",
        "2026-11-22",
    )
    assert summary(report) == [("2026-11-18", (2,), 1)]


def test_share_counts_a_message_on_the_first_day_of_its_history() -> None:
    # For Wednesday the 18th the 7 days start on the 12th: its message makes 1 of 2 = 50 %.
    report = evaluate(
        [rule(MediationShareParams(FAMILY, 30))],
        [mediated(1, "2026-11-18 10:00")],
        "2026-11-18",
        "2026-11-18",
        connections=(connection(1, "2026-11-12 10:00", FAMILY),),
    )
    assert summary(report) == [("2026-11-18", (1,), 20)]


@pytest.mark.parametrize(
    ("first", "last"),
    [
        pytest.param("2026-11-18", "2026-11-18", id="today-is-the-whole-period"),
        pytest.param("2026-11-18", "2026-11-22", id="today-starts-the-period"),
        pytest.param("2026-11-12", "2026-11-18", id="today-ends-the-period"),
    ],
)
def test_warning_when_today_is_at_either_end_of_the_period(first: str, last: str) -> None:
    report = evaluate(
        [rule(budget(50))], [use(1, "2026-11-18 10:00", 45)], first, last, now="2026-11-18 20:00"
    )
    assert [(w.day, w.used_minutes) for w in report.warnings] == [(day("2026-11-18"), 45)]


def test_rule_created_today_warns_today() -> None:
    report = evaluate(
        [rule(budget(50), created="2026-11-18 09:00")],
        [use(1, "2026-11-18 10:00", 45)],
        "2026-11-16",
        "2026-11-22",
        now="2026-11-18 20:00",
    )
    assert [w.used_minutes for w in report.warnings] == [45]


@pytest.mark.parametrize(
    ("params", "created", "on", "expected"),
    [
        pytest.param(budget(60), LONG_AGO, "2026-11-18", ("2026-11-18", "2026-11-18", 30, 60)),
        pytest.param(
            budget(60, BudgetPeriod.WEEK),
            LONG_AGO,
            "2026-11-18",
            ("2026-11-16", "2026-11-18", 80, 60),  # Monday 50 + Wednesday 30
        ),
        pytest.param(
            budget(60, BudgetPeriod.WEEK),
            "2026-11-17 09:00",
            "2026-11-18",
            ("2026-11-17", "2026-11-18", 30, 60),  # counted from the creation day
        ),
        pytest.param(
            budget(60, BudgetPeriod.ROLLING_7_DAYS),
            LONG_AGO,
            "2026-11-22",
            ("2026-11-16", "2026-11-22", 80, 60),
        ),
        pytest.param(
            budget(60, has_rollover=True),
            LONG_AGO,
            "2026-11-17",
            ("2026-11-17", "2026-11-17", 0, 70),  # Monday used 50: 10 carried
        ),
    ],
)
def test_budget_usage(
    params: BudgetParams, created: str, on: str, expected: tuple[str, str, int, int]
) -> None:
    uses = [use(1, "2026-11-16 10:00", 50), use(2, "2026-11-18 10:00", 30)]
    target = rule(params, created=created)
    usage = budget_usage(
        params,
        budget_minutes_by_day(params, uses),
        day(on),
        rule_start_day(target, SETTINGS),
        SETTINGS,
    )
    first, last, used, allowed = expected
    assert usage == BudgetUsage(day(first), day(last), used, allowed)


def test_a_use_of_a_month_counts_every_nights_window() -> None:
    # From 00:00:31 for 32 days against a window 00:00-00:01 every night: 29 s the first
    # night, 60 s on each of the 31 nights after, 31 s on the 33rd: 1920 s = 32 minutes.
    found = curfew_minutes(
        CurfewParams((TimeWindow(0, 1),)), use(1, "2026-11-16 00:00:31", 32 * 24 * 60)
    )
    assert found == 32


def test_week_budget_breach_only_inside_the_period() -> None:
    # Monday's 70 is history for a period of Tuesday: only Tuesday's 10 (80 - 60 so far, at
    # most its own 10 minutes) is reported.
    report = evaluate(
        [rule(budget(60, BudgetPeriod.WEEK))],
        [use(1, "2026-11-16 10:00", 70), use(2, "2026-11-17 10:00", 10)],
        "2026-11-17",
        "2026-11-17",
    )
    assert summary(report) == [("2026-11-17", (2,), 10)]


@pytest.mark.parametrize(
    "started",
    [
        pytest.param(dt.datetime(2026, 11, 17, 5, 59, 30), id="naive"),
        pytest.param(dt.datetime(2026, 11, 17, 5, 59, 30, tzinfo=BERLIN_WINTER), id="aware"),
    ],
)
def test_half_a_minute_before_the_window_closes_rounds_to_nothing(started: dt.datetime) -> None:
    # 05:59:30 to 06:00:30 against a window closing at 06:00:00: 30 s inside, 0.5 minutes,
    # which rounds to the even 0.
    assert curfew_minutes(CurfewParams((NIGHT,)), precise(started, 1)) == 0
