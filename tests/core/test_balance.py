"""The balance index, its components and explanation, and goal strength.

Expected values are worked out by hand; smoothed values are written as the formula they come
from, with M = 0.5 ** (1 / 13), the 13-day half-life. D, the day evaluated, is Wednesday
2026-11-18; its week starts on Monday 2026-11-16.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vision_journal.core.balance import (
    BalanceIndex,
    BalanceInputs,
    ComponentKey,
    Fact,
    FactKey,
    FactValue,
    Level,
    day_balance,
    fact,
    goal_strength,
    index_history,
    level_of,
    render_english,
    week_balance,
)
from vision_journal.core.calendar import journal_day
from vision_journal.core.records import (
    AiUse,
    BoundaryRule,
    BudgetParams,
    BudgetPeriod,
    CheckIn,
    CheckInStatus,
    Circle,
    Connection,
    ConnectionMode,
    CurfewParams,
    Disclosure,
    Goal,
    GoalKind,
    GoalStatus,
    MeasurePeriod,
    MeasureUnit,
    Mediation,
    ProgressEntry,
    RuleParams,
    Settings,
    Severity,
    Sphere,
    TimeWindow,
    UsePurpose,
    UseSource,
    WeekStart,
    Weights,
)

M = 0.5 ** (1 / 13)
D = dt.date(2026, 11, 18)
SETTINGS = Settings()
FAMILY, FRIENDS = 1, 2
CIRCLES = (
    Circle(FAMILY, "Family", Sphere.PERSONAL, None, True, dt.datetime(2026, 1, 1)),
    Circle(FRIENDS, "Friends", Sphere.PERSONAL, None, False, dt.datetime(2026, 1, 1)),
)
LONG_AGO = dt.datetime(2026, 1, 1, 9, 0)
NIGHT = TimeWindow(22 * 60, 6 * 60)


# --- Factories -------------------------------------------------------------------------------

_ids = iter(range(1, 1_000_000))


def on(days_before: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    """A wall-clock moment `days_before` days before D."""
    return dt.datetime.combine(D - dt.timedelta(days=days_before), dt.time(hour, minute))


def use(
    days_before: int,
    minutes: int,
    *,
    purpose: UsePurpose = UsePurpose.WORK_TASK,
    circle_id: int | None = None,
    mediation: Mediation = Mediation.NONE,
    hour: int = 10,
    minute: int = 0,
) -> AiUse:
    started_at = on(days_before, hour, minute)
    return AiUse(
        id=next(_ids),
        started_at=started_at,
        day=journal_day(started_at),
        minutes=minutes,
        tool_id=1,
        purpose=purpose,
        sphere=Sphere.PERSONAL,
        circle_id=circle_id,
        goal_id=None,
        mediation=mediation,
        disclosed=Disclosure.NOT_APPLICABLE,
        planned_minutes=None,
        feeling=None,
        note="",
        source=UseSource.MANUAL,
        source_id=None,
        created_at=started_at,
    )


def mediated(days_before: int, circle_id: int) -> AiUse:
    return use(
        days_before,
        5,
        purpose=UsePurpose.DRAFT_MESSAGE,
        circle_id=circle_id,
        mediation=Mediation.AI_DRAFTED,
    )


def connection(
    days_before: int,
    circle_id: int = FRIENDS,
    mode: ConnectionMode = ConnectionMode.MESSAGE,
    minutes: int = 5,
) -> Connection:
    started_at = on(days_before, 12)
    return Connection(
        id=next(_ids),
        started_at=started_at,
        day=journal_day(started_at),
        circle_id=circle_id,
        mode=mode,
        minutes=minutes,
        quality=3,
        note="",
        created_at=started_at,
    )


def call(days_before: int, minutes: int) -> Connection:
    return connection(days_before, FRIENDS, ConnectionMode.CALL, minutes)


def rule(
    params: RuleParams,
    *,
    rule_id: int = 1,
    name: str = "Daily limit",
    created_at: dt.datetime = LONG_AGO,
    is_active: bool = True,
) -> BoundaryRule:
    return BoundaryRule(rule_id, name, params, Severity.NUDGE, "", is_active, created_at)


def check_in(
    week: str,
    reliance: int | None,
    completed: str | None,
    status: CheckInStatus = CheckInStatus.COMPLETED,
) -> CheckIn:
    completed_at = None if completed is None else dt.datetime.fromisoformat(completed)
    return CheckIn(
        id=next(_ids),
        week_start=dt.date.fromisoformat(week),
        status=status,
        facts_json="{}",
        rating_connection=3,
        rating_reliance=reliance,
        rating_alignment=3,
        answers=(),
        adjustments=(),
        completed_at=completed_at,
        updated_at=completed_at or LONG_AGO,
    )


def inputs(
    uses: list[AiUse] | tuple[AiUse, ...] = (),
    connections: list[Connection] | tuple[Connection, ...] = (),
    rules: list[BoundaryRule] | tuple[BoundaryRule, ...] = (),
    check_ins: list[CheckIn] | tuple[CheckIn, ...] = (),
    settings: Settings = SETTINGS,
) -> BalanceInputs:
    return BalanceInputs(
        rules=tuple(rules),
        uses=tuple(uses),
        connections=tuple(connections),
        circles=CIRCLES,
        check_ins=tuple(check_ins),
        settings=settings,
    )


def value_of(result: BalanceIndex, key: ComponentKey) -> float | None:
    return result.component(key).value


def english(result: BalanceIndex, key: ComponentKey) -> list[str]:
    return [f.english for f in result.component(key).facts]


# --- H: budget adherence ---------------------------------------------------------------------

DAILY_60 = rule(BudgetParams(60))


@pytest.mark.parametrize(
    ("rules", "uses", "expected"),
    [
        pytest.param([DAILY_60], [use(0, 30)], 1.0, id="within-budget-is-1"),
        pytest.param([DAILY_60], [use(0, 90)], 0.5, id="half-over"),  # 1 - 30/60
        pytest.param([DAILY_60], [use(0, 150)], 0.0, id="clamped-at-0"),  # 1 - 90/60 < 0
        pytest.param(
            [DAILY_60], [use(1, 30), use(0, 90)], M * 1 + (1 - M) * 0.5, id="smoothed-two-days"
        ),
        pytest.param(
            [DAILY_60],
            [use(2, 90)],  # then two days without use: a = 1 each
            (0.5 * M + (1 - M)) * M + (1 - M),
            id="days-without-use-count-as-zero-minutes",
        ),
        pytest.param(
            [DAILY_60],
            [use(0, 20, hour=23), use(-1, 70, hour=1)],  # 01:00 on the 19th is D's night
            0.5,  # only D has data, so it is the seed: 90 of 60
            id="late-night-use-counts-to-the-day-before",
        ),
        pytest.param(
            [DAILY_60, rule(BudgetParams(10, purpose=UsePurpose.EMOTIONAL_SUPPORT), rule_id=2)],
            [use(0, 30), use(0, 15, purpose=UsePurpose.EMOTIONAL_SUPPORT)],
            (1.0 + 0.5) / 2,  # 45 of 60 -> 1; 15 of 10 -> 0.5; the mean
            id="mean-over-the-days-budget-rules",
        ),
        pytest.param(
            [rule(BudgetParams(100, BudgetPeriod.WEEK))],
            [use(2, 60), use(0, 90)],  # Monday 60 of 100, Tuesday 60, Wednesday 150
            M + 0.5 * (1 - M),  # 1, 1, then 1 - 50/100
            id="week-budget-counts-the-week-so-far",
        ),
        pytest.param(
            [rule(BudgetParams(60), created_at=on(1, 9))],
            [use(2, 100), use(0, 90)],  # Monday has no rule and no earlier Monday: skipped
            M + 0.5 * (1 - M),  # Tuesday 1 (seed), Wednesday 0.5
            id="days-before-a-rule-use-the-baseline",
        ),
        pytest.param(
            [rule(BudgetParams(60), is_active=False)],
            [use(2, 100), use(1, 10), use(0, 90)],
            None,  # paused rule: baseline, and no earlier same weekday exists
            id="paused-rule-is-no-budget",
        ),
        pytest.param(
            [],
            [use(14, 30), use(7, 60), use(0, 90)],
            # D-7: baseline 30 (D-14), 60 -> 0, the seed; D-6..D-1: baseline 0, used 0 -> 1;
            # D: baseline (60 + 30) / 2 = 45, used 90 -> 0.
            (1 - M**6) * M,
            id="baseline-same-weekday",
        ),
        pytest.param(
            [],
            [use(2, 30), use(1, 30), use(0, 30)],
            None,
            id="no-baseline-yet",
        ),
    ],
)
def test_budget_adherence(
    rules: list[BoundaryRule], uses: list[AiUse], expected: float | None
) -> None:
    result = day_balance(inputs(uses, rules=rules), D)
    assert value_of(result, ComponentKey.BUDGET) == pytest.approx(expected)


def test_budget_facts() -> None:
    result = day_balance(inputs([use(0, 52)], rules=[rule(BudgetParams(45))]), D)
    # 1 - 7/45 = 0.844
    assert english(result, ComponentKey.BUDGET) == [
        "Daily limit: you used AI for 52 minutes that day against a budget of 45",
        "84 % adherence on this day, 84 % over recent days (recent days weigh more)",
    ]
    budget_fact = result.component(ComponentKey.BUDGET).facts[0]
    assert budget_fact.key is FactKey.BUDGET_USE
    assert (budget_fact.param("used"), budget_fact.param("budget")) == (52, 45)


def test_baseline_facts() -> None:
    result = day_balance(inputs([use(14, 30), use(7, 60), use(0, 90)]), D)
    assert english(result, ComponentKey.BUDGET)[0] == (
        "You used AI for 90 minutes; your usual for a Wednesday is 45"
    )


# --- A: human authorship ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("uses", "connections", "expected"),
    [
        pytest.param(
            [mediated(0, FRIENDS), mediated(1, FRIENDS)],
            [connection(0), connection(2)],
            0.5,  # 1 - 2/4
            id="half-mediated",
        ),
        pytest.param(
            [mediated(0, FAMILY)],
            [connection(0, FAMILY), connection(0), connection(1)],
            1 - 2 / 6,  # Family counts double: mediated 2, messages 2*2 + 2
            id="protected-circle-counts-double",
        ),
        pytest.param(
            [mediated(0, FRIENDS)],
            [connection(0, FRIENDS)],
            0.5,  # the same with an unprotected circle: 1 - 1/2
            id="unprotected-counts-once",
        ),
        pytest.param(
            [
                mediated(0, FRIENDS),
                use(0, 5, circle_id=FRIENDS),  # not mediated: not a message
                use(0, 5, mediation=Mediation.AI_DRAFTED),  # no circle: not a message
                mediated(7, FRIENDS),  # outside the 7 days
            ],
            [connection(0), call(0, 30), connection(7)],
            0.5,  # 1 mediated of 2 messages
            id="only-messages-to-people-in-the-window",
        ),
        pytest.param([use(0, 30)], [call(0, 30)], None, id="no-messages"),
    ],
)
def test_authorship(
    uses: list[AiUse], connections: list[Connection], expected: float | None
) -> None:
    result = day_balance(inputs(uses, connections), D)
    assert value_of(result, ComponentKey.AUTHORSHIP) == pytest.approx(expected)


def test_authorship_facts_name_each_circle() -> None:
    uses = [mediated(i, FAMILY) for i in range(4)] + [mediated(0, FRIENDS)]
    connections = [connection(i % 7, FAMILY) for i in range(5)]
    result = day_balance(inputs(uses, connections), D)
    assert english(result, ComponentKey.AUTHORSHIP) == [
        "4 of 9 messages to Family were AI-mediated",
        "1 of 1 message to Friends was AI-mediated",
        "Messages to protected circles (Family) count double",
    ]
    # Family: 4 mediated of 9, doubled; Friends 1 of 1: 1 - (8 + 1) / (18 + 1)
    assert value_of(result, ComponentKey.AUTHORSHIP) == pytest.approx(1 - 9 / 19)


# --- B: boundary keeping ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rules", "uses", "expected", "text"),
    [
        pytest.param(
            [
                rule(CurfewParams((NIGHT,)), rule_id=1),
                rule(CurfewParams((TimeWindow(23 * 60, 5 * 60),)), rule_id=2),
            ],
            [use(1, 10, hour=22, minute=30), use(0, 10, hour=23, minute=30)],
            11 / 14,  # rule 1 on D-1 and D, rule 2 on D
            "3 of 14 rule-days had a breach",
            id="two-rules-three-breached-days",
        ),
        pytest.param(
            [rule(BudgetParams(30), created_at=on(2, 9))],
            [use(5, 100), use(1, 40)],  # D-5 predates the rule
            2 / 3,
            "1 of 3 rule-days had a breach",
            id="rule-created-mid-window",
        ),
        pytest.param(
            [rule(CurfewParams((NIGHT,)))],
            [use(7, 30, hour=23)],  # D-7 is outside the window
            1.0,
            "0 of 7 rule-days had a breach",
            id="breach-outside-window",
        ),
        pytest.param(
            [rule(CurfewParams((NIGHT,)), is_active=False)],
            [use(0, 30, hour=23)],
            None,
            "No active boundary rules",
            id="paused-rules-do-not-count",
        ),
        pytest.param([], [use(0, 30)], None, "No active boundary rules", id="no-rules"),
    ],
)
def test_boundary_keeping(
    rules: list[BoundaryRule], uses: list[AiUse], expected: float | None, text: str
) -> None:
    result = day_balance(inputs(uses, rules=rules), D)
    assert value_of(result, ComponentKey.BOUNDARIES) == pytest.approx(expected)
    assert english(result, ComponentKey.BOUNDARIES) == [text]


# --- C: connection balance -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("uses", "connections", "expected"),
    [
        pytest.param(
            [
                use(0, 30, purpose=UsePurpose.EMOTIONAL_SUPPORT),
                use(1, 10, purpose=UsePurpose.RELATIONSHIP_ADVICE),
                use(1, 50),  # work: not companionship
                use(7, 100, purpose=UsePurpose.EMOTIONAL_SUPPORT),  # outside the window
            ],
            [call(0, 100), connection(3, minutes=20), call(7, 500)],
            120 / 160,
            id="direct-against-companionship",
        ),
        pytest.param(
            [use(0, 30, purpose=UsePurpose.EMOTIONAL_SUPPORT)], [], 0.0, id="only-companionship"
        ),
        pytest.param([use(0, 30)], [call(0, 30)], 1.0, id="only-people"),
        pytest.param([use(0, 30)], [], None, id="neither"),
    ],
)
def test_connection_balance(
    uses: list[AiUse], connections: list[Connection], expected: float | None
) -> None:
    result = day_balance(inputs(uses, connections), D)
    assert value_of(result, ComponentKey.CONNECTION) == pytest.approx(expected)


def test_connection_facts() -> None:
    uses = [use(0, 30, purpose=UsePurpose.EMOTIONAL_SUPPORT)]
    result = day_balance(inputs(uses, [call(0, 1)]), D)
    assert english(result, ComponentKey.CONNECTION) == [
        "1 minute with people and 30 minutes of AI for companionship or relationship advice "
        "in the last 7 days"
    ]


# --- R: self-rating --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("check_ins", "expected"),
    [
        pytest.param(
            [
                check_in("2026-11-02", 2, "2026-11-08 18:00"),
                check_in("2026-11-09", 4, "2026-11-15 18:00"),
                check_in("2026-11-16", 1, None, CheckInStatus.DRAFT),
            ],
            0.25,  # the latest completed week: (5 - 4) / 4
            id="latest-completed-week",
        ),
        pytest.param(
            [
                check_in("2026-11-09", 4, "2026-11-15 18:00"),
                check_in("2026-11-16", 5, "2026-11-19 18:00"),  # after D
            ],
            0.25,
            id="completed-after-the-day-is-ignored",
        ),
        pytest.param(
            [check_in("2026-11-16", 5, "2026-11-19 02:00")],  # 02:00: still D's journal day
            0.0,
            id="completed-in-the-days-night",
        ),
        pytest.param([check_in("2026-11-09", None, "2026-11-15 18:00")], None, id="without-rating"),
        pytest.param([check_in("2026-11-09", 1, "2026-11-15 18:00")], 1.0, id="reliance-1"),
        pytest.param([], None, id="no-check-in"),
    ],
)
def test_self_rating(check_ins: list[CheckIn], expected: float | None) -> None:
    result = day_balance(inputs(check_ins=check_ins), D)
    assert value_of(result, ComponentKey.SELF_RATING) == pytest.approx(expected)


def test_self_rating_fact() -> None:
    result = day_balance(inputs(check_ins=[check_in("2026-11-09", 4, "2026-11-15 18:00")]), D)
    assert english(result, ComponentKey.SELF_RATING) == [
        "You rated your reliance on AI 4 of 5 in the check-in of the week of 2026-11-09"
    ]


# --- The index -------------------------------------------------------------------------------


def full_scenario(
    with_rule: bool = True, with_check_in: bool = True, settings: Settings = SETTINGS
) -> BalanceInputs:
    """H = 1, A = 0.75, B = 1, C = 0.8, R = 0.5 on D, with data on D-2, D-1 and D."""
    return inputs(
        uses=[
            use(2, 30),
            use(
                1,
                20,
                purpose=UsePurpose.DRAFT_MESSAGE,
                circle_id=FRIENDS,
                mediation=Mediation.AI_DRAFTED,
            ),
            use(0, 10, purpose=UsePurpose.EMOTIONAL_SUPPORT),
        ],
        connections=[connection(1), connection(0), connection(0), call(0, 25)],
        rules=[DAILY_60] if with_rule else [],
        check_ins=[check_in("2026-11-09", 3, "2026-11-15 18:00")] if with_check_in else [],
        settings=settings,
    )


def test_index_with_every_component() -> None:
    result = day_balance(full_scenario(), D)
    values = {c.key: c.value for c in result.components}
    assert values == pytest.approx(
        {
            ComponentKey.BUDGET: 1.0,
            ComponentKey.AUTHORSHIP: 0.75,  # 1 mediated of 4 messages to Friends
            ComponentKey.BOUNDARIES: 1.0,
            ComponentKey.CONNECTION: 0.8,  # 40 of 40 + 10
            ComponentKey.SELF_RATING: 0.5,
        }
    )
    # 100 * (0.3 + 0.25*0.75 + 0.2 + 0.15*0.8 + 0.1*0.5) = 85.75
    assert result.index == pytest.approx(85.75)
    assert (result.score, result.level) == (86, Level.BALANCED)
    assert [c.points for c in result.components] == pytest.approx([30, 18.75, 20, 12, 5])
    assert [c.share for c in result.components] == pytest.approx([0.3, 0.25, 0.2, 0.15, 0.1])
    assert result.data_days == 3


def test_missing_component_is_left_out_and_weights_renormalised() -> None:
    result = day_balance(full_scenario(with_check_in=False), D)
    assert not result.component(ComponentKey.SELF_RATING).has_data
    assert result.component(ComponentKey.SELF_RATING).share == 0
    # (30 + 18.75 + 20 + 12) / 0.9
    assert result.index == pytest.approx(80.75 / 0.9)
    assert result.score == 90
    assert result.component(ComponentKey.BUDGET).share == pytest.approx(0.3 / 0.9)


def test_only_authorship_and_connection() -> None:
    result = day_balance(full_scenario(with_rule=False, with_check_in=False), D)
    present = [c.key for c in result.components if c.has_data]
    assert present == [ComponentKey.AUTHORSHIP, ComponentKey.CONNECTION]
    # (0.25 * 0.75 + 0.15 * 0.8) / 0.4 = 0.76875
    assert result.index == pytest.approx(76.875)
    assert [c.share for c in result.components] == pytest.approx([0, 0.625, 0, 0.375, 0])


def test_custom_weights() -> None:
    weights = Weights(budget=0, authorship=1, boundaries=0, connection=1, self_rating=0)
    result = day_balance(full_scenario(settings=Settings(weights=weights)), D)
    assert result.index == pytest.approx(100 * (0.75 + 0.8) / 2)


@pytest.mark.parametrize(
    ("days", "enough"),
    [
        pytest.param([], False, id="no-data"),
        pytest.param([0], False, id="one-day"),
        pytest.param([0, 0, 1], False, id="two-distinct-days"),
        pytest.param([0, 1, 2], True, id="three-days"),
        pytest.param([0, 1, 90], False, id="day-91-back-does-not-count"),
        pytest.param([0, 1, 89], True, id="day-90-back-counts"),
    ],
)
def test_not_enough_data(days: list[int], enough: bool) -> None:
    # Connections are data too: every day gets one call and a companionship use half as long.
    uses = [use(d, 10, purpose=UsePurpose.EMOTIONAL_SUPPORT) for d in days[::2]]
    connections = [call(d, 20) for d in days[1::2]]
    result = day_balance(inputs(uses, connections), D)
    assert result.is_enough_data is enough
    assert (result.index is not None) is enough
    assert (result.level is not None) is enough
    if not enough:
        assert [f.english for f in result.facts] == [
            f"Not enough data yet: {len(set(d for d in days if d < 90))} "
            f"{'day' if len(set(d for d in days if d < 90)) == 1 else 'days'} with entries, "
            "3 needed"
        ]


def test_no_data_at_all() -> None:
    result = day_balance(inputs(), D)
    assert result.index is None
    assert result.data_days == 0
    assert all(not c.has_data for c in result.components)
    assert [f.key for f in result.facts] == [FactKey.NOT_ENOUGH_DATA]
    assert result.change.fact.english == "No AI time in these 7 days or the 7 days before"


def c_only(direct: int, companionship: int, settings: Settings = SETTINGS) -> BalanceIndex:
    """An index made of C alone: three days of calls and companionship, nothing else."""
    uses = [use(0, companionship, purpose=UsePurpose.EMOTIONAL_SUPPORT)]
    connections = [call(2, direct - 2), call(1, 1), call(0, 1)]
    return day_balance(inputs(uses, connections, settings=settings), D)


@pytest.mark.parametrize(
    ("direct", "companionship", "settings", "score", "level"),
    [
        pytest.param(80, 20, SETTINGS, 80, Level.BALANCED, id="balanced"),
        pytest.param(70, 30, SETTINGS, 70, Level.BALANCED, id="balanced-at-70"),
        pytest.param(69, 31, SETTINGS, 69, Level.WATCH, id="watch-at-69"),
        pytest.param(40, 60, SETTINGS, 40, Level.WATCH, id="watch-at-40"),
        pytest.param(39, 61, SETTINGS, 39, Level.OVER_RELIANT, id="over-reliant-at-39"),
        pytest.param(
            75,
            25,
            Settings(balanced_threshold=80, watch_threshold=50),
            75,
            Level.WATCH,
            id="custom-thresholds-watch",
        ),
        pytest.param(
            45,
            55,
            Settings(balanced_threshold=80, watch_threshold=50),
            45,
            Level.OVER_RELIANT,
            id="custom-thresholds-over-reliant",
        ),
    ],
)
def test_levels(
    direct: int, companionship: int, settings: Settings, score: int, level: Level
) -> None:
    result = c_only(direct, companionship, settings)
    assert [c.key for c in result.components if c.has_data] == [ComponentKey.CONNECTION]
    assert (result.score, result.level) == (score, level)


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (100, Level.BALANCED),
        (70, Level.BALANCED),
        (69, Level.WATCH),
        (40, Level.WATCH),
        (39, Level.OVER_RELIANT),
        (0, Level.OVER_RELIANT),
    ],
)
def test_level_of(score: int, expected: Level) -> None:
    assert level_of(score, SETTINGS) is expected


# --- Change, week and history ----------------------------------------------------------------


SAME_DAYS = "the same days last week"


@pytest.mark.parametrize(
    ("this_week", "last_week", "percent", "text"),
    [
        pytest.param(112, 100, 12, f"12 % more AI time than {SAME_DAYS}", id="more"),
        pytest.param(88, 100, -12, f"12 % less AI time than {SAME_DAYS}", id="less"),
        pytest.param(103, 100, 3, f"About the same AI time as {SAME_DAYS}", id="same-up"),
        pytest.param(96, 100, -4, f"About the same AI time as {SAME_DAYS}", id="same-down"),
        pytest.param(95, 100, -5, f"5 % less AI time than {SAME_DAYS}", id="5-percent-is-a-change"),
        pytest.param(250, 100, 150, f"150 % more AI time than {SAME_DAYS}", id="more-than-double"),
        pytest.param(50, 0, None, f"50 minutes of AI time, none on {SAME_DAYS}", id="none-before"),
        pytest.param(0, 40, -100, f"100 % less AI time than {SAME_DAYS}", id="none-now"),
        pytest.param(
            0, 0, None, f"No AI time so far this week or on {SAME_DAYS}", id="none-at-all"
        ),
    ],
)
def test_week_over_week_change(
    this_week: int, last_week: int, percent: int | None, text: str
) -> None:
    # The week of Monday 2026-11-09 is complete on D; the week before starts 2026-11-02.
    uses = [use(d, m) for d, m in ((8, this_week), (15, last_week)) if m]
    result = week_balance(inputs(uses), dt.date(2026, 11, 9), D)
    assert (result.change.minutes, result.change.previous_minutes) == (this_week, last_week)
    assert result.change.percent == percent
    assert result.change.fact.english == text


def test_current_week_compares_the_same_days_of_last_week() -> None:
    uses = [
        use(2, 30),  # Monday 16
        use(0, 30),  # Wednesday 18
        use(9, 50),  # Monday 9
        use(6, 100),  # Thursday 12: after "the same days" of last week
    ]
    result = week_balance(inputs(uses), dt.date(2026, 11, 16), D)
    assert result.as_of == D
    assert (result.change.minutes, result.change.previous_minutes) == (60, 50)
    assert result.change.fact.english == f"20 % more AI time than {SAME_DAYS}"


def test_day_change_compares_with_the_seven_days_before() -> None:
    result = day_balance(inputs([use(6, 60), use(7, 50), use(13, 0)]), D)
    assert result.change.fact.english == "20 % more AI time than the 7 days before"
    assert result.change.fact == fact(
        FactKey.CHANGE_MORE, percent=20, minutes=60, compared_to="previous_7_days"
    )


@pytest.mark.parametrize(
    ("first_day", "expected_as_of"),
    [
        pytest.param(dt.date(2026, 11, 9), dt.date(2026, 11, 15), id="past-week-its-last-day"),
        pytest.param(dt.date(2026, 11, 16), D, id="current-week-today"),
    ],
)
def test_week_value_is_taken_at(first_day: dt.date, expected_as_of: dt.date) -> None:
    result = week_balance(full_scenario(), first_day, D)
    assert (result.first_day, result.as_of) == (first_day, expected_as_of)


def test_week_balance_equals_the_day_balance_of_its_last_day() -> None:
    week = week_balance(full_scenario(), dt.date(2026, 11, 16), D)
    assert week.index == pytest.approx(day_balance(full_scenario(), D).index)


def test_week_not_begun_is_refused() -> None:
    with pytest.raises(ValueError, match="has not begun"):
        week_balance(full_scenario(), dt.date(2026, 11, 23), D)


def test_index_history() -> None:
    history = index_history(full_scenario(), D)
    assert len(history) == 12
    assert history[-1].first_day == dt.date(2026, 11, 16)
    assert history[-1].as_of == D
    assert history[0].first_day == dt.date(2026, 8, 31)  # 11 weeks earlier
    assert history[0].as_of == dt.date(2026, 9, 6)
    assert all(p.index is None for p in history[:-1])  # data only on D-2..D
    assert history[-1].score == day_balance(full_scenario(), D).score == 86


def test_index_history_with_sunday_weeks() -> None:
    history = index_history(inputs(settings=Settings(week_start=WeekStart.SUNDAY)), D, weeks=3)
    assert [p.first_day.isoformat() for p in history] == ["2026-11-01", "2026-11-08", "2026-11-15"]
    assert [p.index for p in history] == [None, None, None]


# --- Goal strength ---------------------------------------------------------------------------


def goal(
    kind: GoalKind = GoalKind.ACHIEVE,
    period: MeasurePeriod | None = MeasurePeriod.DAY,
    target: int | None = 2,
    created: dt.date = D,
) -> Goal:
    return Goal(
        id=5,
        title="Call Mum",
        sphere=Sphere.PERSONAL,
        kind=kind,
        circle_id=FAMILY,
        why="",
        measure_unit=MeasureUnit.COUNT,
        measure_period=period,
        target_value=target,
        target_date=None,
        status=GoalStatus.ACTIVE,
        created_at=dt.datetime.combine(created, dt.time(9)),
    )


def progress(when: dt.date, value: int, goal_id: int = 5) -> ProgressEntry:
    return ProgressEntry(next(_ids), goal_id, when, value, "")


def days_ago(n: int) -> dt.date:
    return D - dt.timedelta(days=n)


@pytest.mark.parametrize(
    ("target_goal", "entries", "expected"),
    [
        pytest.param(goal(), [progress(D, 1)], 0.5, id="achieve-half-on-the-first-day"),
        pytest.param(goal(), [progress(D, 3)], 1.0, id="achieve-capped-at-1"),
        pytest.param(
            goal(created=days_ago(1)),
            [progress(days_ago(1), 2)],
            M * 1 + (1 - M) * 0,  # yesterday met, today not yet
            id="achieve-smoothed",
        ),
        pytest.param(
            goal(period=MeasurePeriod.WEEK, target=3, created=days_ago(2)),
            [progress(days_ago(2), 1), progress(D, 2)],
            1.0,  # the week holds 3 of 3, so each of its days is 1
            id="achieve-weekly",
        ),
        pytest.param(
            goal(period=MeasurePeriod.MONTH, target=10, created=dt.date(2026, 10, 31)),
            [progress(dt.date(2026, 10, 31), 5), progress(dt.date(2026, 11, 1), 2)],
            # Oct 31: 5 of 10; Nov 1..18: 2 of 10 each day (18 days)
            0.5 * M**18 + 0.2 * (1 - M**18),
            id="achieve-monthly",
        ),
        pytest.param(
            goal(GoalKind.LIMIT, MeasurePeriod.WEEK, 60, created=days_ago(2)),
            [progress(days_ago(2), 50), progress(D, 40)],
            0.5,  # 90 of at most 60: 1 - 30/60 on each day of the week
            id="limit-weekly-over",
        ),
        pytest.param(
            goal(GoalKind.LIMIT, MeasurePeriod.DAY, 60), [], 1.0, id="limit-without-entries"
        ),
        pytest.param(
            goal(created=days_ago(1)),
            [progress(days_ago(1), 2, goal_id=6), progress(D + dt.timedelta(days=1), 2)],
            0.0,  # another goal's entry and a future entry do not count
            id="other-goals-and-future-entries-ignored",
        ),
        pytest.param(
            goal(created=dt.date(2025, 1, 1)),
            [progress(days_ago(100), 2)],
            0.0,  # met 100 days ago, outside the 90 days the smoothing looks at
            id="smoothing-looks-back-90-days",
        ),
        pytest.param(goal(period=None), [progress(D, 1)], None, id="no-measure"),
        pytest.param(goal(target=None), [progress(D, 1)], None, id="no-target"),
    ],
)
def test_goal_strength(
    target_goal: Goal, entries: list[ProgressEntry], expected: float | None
) -> None:
    strength = goal_strength(target_goal, entries, D)
    assert strength.strength == pytest.approx(expected)


def test_goal_strength_reports_the_current_period() -> None:
    strength = goal_strength(
        goal(period=MeasurePeriod.WEEK, target=3), [progress(days_ago(2), 1), progress(D, 1)], D
    )
    assert (strength.goal_id, strength.period_total, strength.target) == (5, 2, 3)


# --- English wording -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "text"),
    [
        (
            fact(FactKey.BUDGET_USE, rule="Evenings", used=1, budget=45, period="week"),
            "Evenings: you used AI for 1 minute so far that week against a budget of 45",
        ),
        (
            fact(FactKey.BUDGET_USE, rule="Rolling", used=80, budget=60, period="rolling_7_days"),
            "Rolling: you used AI for 80 minutes over 7 days against a budget of 60",
        ),
        (
            fact(FactKey.NO_BASELINE, weekday=6),
            "No usual amount for a Sunday yet, and no budget rule",
        ),
        (fact(FactKey.NO_BUDGET_DATA), "No budget rule and no usual amount to compare with yet"),
        (fact(FactKey.NO_MESSAGES), "No messages to people in the last 7 days"),
        (fact(FactKey.RULE_DAYS, breached=0, rule_days=1), "0 of 1 rule-day had a breach"),
        (
            fact(FactKey.NO_CONNECTION_MINUTES),
            "No time with people and no AI companionship in the last 7 days",
        ),
        (fact(FactKey.NO_CHECK_IN), "No completed check-in yet"),
        (
            fact(FactKey.NOT_ENOUGH_DATA, days=1, needed=3),
            "Not enough data yet: 1 day with entries, 3 needed",
        ),
        (
            fact(FactKey.CHANGE_LESS, percent=30, minutes=70, compared_to="previous_7_days"),
            "30 % less AI time than the 7 days before",
        ),
        (
            fact(FactKey.CHANGE_SAME, percent=1, minutes=70, compared_to="previous_7_days"),
            "About the same AI time as the 7 days before",
        ),
        (
            fact(FactKey.CHANGE_NEW, minutes=1, compared_to="previous_7_days"),
            "1 minute of AI time, none in the 7 days before",
        ),
    ],
)
def test_render_english(item: Fact, text: str) -> None:
    assert render_english(item) == text == item.english


def test_every_fact_key_has_english() -> None:
    for key in FactKey:
        params: dict[str, FactValue] = {
            "rule": "R",
            "used": 1,
            "budget": 2,
            "period": "day",
            "weekday": 0,
            "usual": 1,
            "weeks": 1,
            "day": 50,
            "smoothed": 60,
            "circle": "C",
            "mediated": 1,
            "messages": 2,
            "circles": "C",
            "breached": 1,
            "rule_days": 2,
            "direct": 1,
            "companionship": 1,
            "reliance": 3,
            "week": "2026-11-16",
            "days": 1,
            "needed": 3,
            "percent": 10,
            "minutes": 5,
            "compared_to": "last_week",
            "over": 1,
            "over_days": 1,
            "uses": 1,
        }
        assert render_english(fact(key, **params))
