"""The balance index and goal strength at their boundaries.

One behaviour per case, the expectation worked out by hand in the comment; together they
kill the mutants a mutation run (`scripts/mutation.sh`) found surviving in `balance.py`.
As in test_balance: D is Wednesday 2026-11-18, M the smoothing factor 0.5 ** (1 / 13).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.core.test_balance import (
    CIRCLES,
    DAILY_60,
    FAMILY,
    FRIENDS,
    NIGHT,
    D,
    M,
    call,
    check_in,
    connection,
    days_ago,
    english,
    full_scenario,
    goal,
    inputs,
    mediated,
    on,
    progress,
    rule,
    use,
    value_of,
)
from vision_journal.core.balance import (
    BalanceInputs,
    ComponentKey,
    Fact,
    FactKey,
    GoalStrength,
    HistoryPoint,
    Level,
    adherence,
    balance_overview,
    day_balance,
    fact,
    goal_strength,
    index_history,
    latest_check_in,
    overview_first_day,
    render_english,
    week_balance,
)
from vision_journal.core.records import (
    BudgetParams,
    BudgetPeriod,
    CheckIn,
    CheckInStatus,
    Circle,
    CurfewParams,
    Goal,
    GoalKind,
    MeasurePeriod,
    ProgressEntry,
    Settings,
    Sphere,
    UsePurpose,
    WeekStart,
    Weights,
)

SETTINGS_DEFAULT = Settings()
MIDNIGHT_START = Settings(day_start_hour=0)
MONDAY = dt.date(2026, 11, 16)


@pytest.mark.parametrize(
    ("minutes", "budget", "expected"),
    [
        pytest.param(30, 0, 0.0, id="any-use-against-a-zero-baseline-is-0"),
        pytest.param(0, 0, 1.0, id="no-use-against-a-zero-baseline-is-1"),
        pytest.param(60, 60, 1.0, id="exactly-the-budget-is-1"),
        pytest.param(61, 60, 1 - 1 / 60, id="one-minute-over"),
        pytest.param(120, 60, 0.0, id="twice-the-budget-is-0"),
        pytest.param(0.5, 0, 0.0, id="half-a-minute-against-zero-is-use"),
        pytest.param(1, 1, 1.0, id="one-minute-of-one-is-kept"),
        pytest.param(2, 1, 0.0, id="two-minutes-of-one-is-twice"),
    ],
)
def test_adherence(minutes: float, budget: float, expected: float) -> None:
    assert adherence(minutes, budget) == pytest.approx(expected)


def test_index_without_any_component_has_no_number() -> None:
    # Three days of work use: enough data, but no rule, no earlier same weekday, no messages,
    # no companionship or people, no check-in. Nothing to average: no index and no level
    # (not 0 and "Over-reliant").
    result = day_balance(inputs([use(2, 30), use(1, 30), use(0, 30)]), D)
    assert result.is_enough_data
    assert all(not c.has_data for c in result.components)
    assert (result.index, result.score, result.level) == (None, None, None)


def test_index_with_every_weight_zero_has_no_number() -> None:
    weights = Weights(budget=0, authorship=0, boundaries=0, connection=0, self_rating=0)
    result = day_balance(
        inputs([use(2, 30), use(1, 30)], [call(0, 30)], settings=Settings(weights=weights)), D
    )
    assert value_of(result, ComponentKey.CONNECTION) == 1.0
    assert (result.index, result.level) == (None, None)
    assert [c.share for c in result.components] == [0.0] * 5


def test_current_week_asked_on_its_first_day() -> None:
    # Monday is both the week's first day and today: its value is taken on Monday.
    result = week_balance(inputs([use(2, 30)]), MONDAY, MONDAY)
    assert (result.first_day, result.as_of) == (MONDAY, MONDAY)
    assert (result.change.minutes, result.change.previous_minutes) == (30, 0)


@pytest.mark.parametrize(
    ("uses", "connections", "key", "expected"),
    [
        pytest.param(
            [use(7, 20), use(7, 40), use(0, 90)],
            [],
            ComponentKey.BUDGET,
            0.5,  # last Wednesday 20 + 40 = 60 is the usual; 90 of 60: 1 - 30/60, the seed
            id="two-uses-make-the-baseline",
        ),
        pytest.param(
            [
                use(0, 10, purpose=UsePurpose.EMOTIONAL_SUPPORT),
                use(0, 30, purpose=UsePurpose.EMOTIONAL_SUPPORT),
            ],
            [call(0, 40)],
            ComponentKey.CONNECTION,
            0.5,  # 40 with people against 10 + 30 of companionship
            id="two-companionship-uses",
        ),
        pytest.param(
            [use(0, 40, purpose=UsePurpose.EMOTIONAL_SUPPORT)],
            [call(0, 10), call(0, 30)],
            ComponentKey.CONNECTION,
            0.5,  # 10 + 30 with people against 40
            id="two-calls",
        ),
        pytest.param(
            [mediated(0, FRIENDS), mediated(0, FRIENDS)],
            [connection(0), connection(0)],
            ComponentKey.AUTHORSHIP,
            0.5,  # 2 mediated of 4 messages
            id="two-mediated-messages",
        ),
    ],
)
def test_two_on_one_day_add_up(
    uses: list[object], connections: list[object], key: ComponentKey, expected: float
) -> None:
    result = day_balance(inputs(uses, connections), D)  # type: ignore[arg-type]
    assert value_of(result, key) == pytest.approx(expected)


def test_two_uses_on_one_day_add_up_in_the_change() -> None:
    result = day_balance(inputs([use(0, 20), use(0, 40), use(7, 30)]), D)
    assert (result.change.minutes, result.change.previous_minutes) == (60, 30)


# --- Check-ins -------------------------------------------------------------------------------


def reopened(week: str, reliance: int, completed: str) -> CheckIn:
    """A check-in completed once and reopened: a draft that still has its completion time."""
    return check_in(week, reliance, completed, CheckInStatus.DRAFT)


@pytest.mark.parametrize(
    ("check_ins", "expected"),
    [
        pytest.param(
            [
                check_in("2026-11-02", 4, "2026-11-08 18:00"),
                reopened("2026-11-09", 1, "2026-11-15 18:00"),
            ],
            0.25,  # the reopened week is being edited: the week before counts, (5 - 4) / 4
            id="reopened-falls-back-to-the-week-before",
        ),
        pytest.param([reopened("2026-11-09", 1, "2026-11-15 18:00")], None, id="only-reopened"),
    ],
)
def test_reopened_check_in_does_not_rate(check_ins: list[CheckIn], expected: float | None) -> None:
    result = day_balance(inputs(check_ins=check_ins), D)
    assert value_of(result, ComponentKey.SELF_RATING) == pytest.approx(expected)
    chosen = latest_check_in(check_ins, D, SETTINGS_DEFAULT)
    assert (None if chosen is None else chosen.rating_reliance) == (None if expected is None else 4)


# --- A non-default day start -----------------------------------------------------------------


def test_check_in_completed_after_midnight_is_the_next_day_with_a_midnight_start() -> None:
    # Completed Thursday 02:00: with days starting at 00:00 that is Thursday, after D.
    check_ins = [
        check_in("2026-11-09", 4, "2026-11-15 18:00"),
        check_in("2026-11-16", 1, "2026-11-19 02:00"),
    ]
    result = day_balance(inputs(check_ins=check_ins, settings=MIDNIGHT_START), D)
    assert value_of(result, ComponentKey.SELF_RATING) == pytest.approx(0.25)
    chosen = latest_check_in(check_ins, D, MIDNIGHT_START)
    assert chosen is not None
    assert chosen.rating_reliance == 4


def test_goal_created_after_midnight_starts_that_day_with_a_midnight_start() -> None:
    # Created at 02:00 on D: with a midnight start its first day is D, met: strength 1.
    # (With the default 04:00 start D-1 would come first, unmet: 1 - M.)
    target = dataclasses.replace(goal(), created_at=on(0, 2))
    strength = goal_strength(target, [progress(D, 2)], D, MIDNIGHT_START)
    assert strength.strength == pytest.approx(1.0)


def test_rule_created_after_midnight_counts_from_that_day_with_a_midnight_start() -> None:
    # Created Wednesday 02:00 with a midnight start: one rule-day (D) in the 7 days, not two.
    rules = [rule(BudgetParams(60), created_at=on(0, 2))]
    result = day_balance(
        inputs([use(2, 10), use(1, 10), use(0, 10)], rules=rules, settings=MIDNIGHT_START), D
    )
    assert english(result, ComponentKey.BOUNDARIES) == ["0 of 1 rule-day had a breach"]


# --- The same-weekday baseline ---------------------------------------------------------------


def test_baseline_is_the_mean_of_exactly_twelve_earlier_weeks() -> None:
    # Wednesdays 1..11 weeks back: 60 each; 12 weeks back: 180; 13 weeks back: 600.
    # Twelve weeks: (11 * 60 + 180) / 12 = 70. (Eleven would give 60, thirteen 111.)
    uses = [use(7 * k, 60) for k in range(1, 12)] + [use(84, 180), use(91, 600), use(0, 70)]
    result = day_balance(inputs(uses), D)
    assert english(result, ComponentKey.BUDGET)[0] == (
        "You used AI for 70 minutes; your usual for a Wednesday is 70"
    )
    assert result.component(ComponentKey.BUDGET).facts[0].param("weeks") == 12


def test_baseline_counts_only_weeks_since_the_journal_began() -> None:
    # The journal began on the Wednesday 2 weeks back: the usual is (30 + 90) / 2 = 60.
    uses = [use(14, 30), use(7, 90), use(0, 60)]
    result = day_balance(inputs(uses), D)
    assert english(result, ComponentKey.BUDGET)[0] == (
        "You used AI for 60 minutes; your usual for a Wednesday is 60"
    )


def test_day_with_a_budget_rule_ignores_the_baseline() -> None:
    result = day_balance(inputs([use(7, 10), use(0, 60)], rules=[DAILY_60]), D)
    # Last Wednesday's 10 would make 60 six times the usual; the rule allows 60: 1.
    assert value_of(result, ComponentKey.BUDGET) == pytest.approx(1.0)


# --- The overview: day, week and history in one pass, reusing known weeks --------------------


def test_overview_agrees_with_the_separate_functions() -> None:
    scenario = full_scenario()
    overview = balance_overview(scenario, D, weeks=3)
    assert overview.day == day_balance(scenario, D)
    assert overview.week == week_balance(scenario, MONDAY, D)
    assert overview.history == index_history(scenario, D, weeks=3)
    # Data only on D-2..D: the two earlier weeks have no index; this week is D's 85.75.
    assert [(p.first_day.isoformat(), p.as_of.isoformat()) for p in overview.history] == [
        ("2026-11-02", "2026-11-08"),
        ("2026-11-09", "2026-11-15"),
        ("2026-11-16", "2026-11-18"),
    ]
    assert [p.index for p in overview.history[:2]] == [None, None]
    assert overview.history[-1].index == pytest.approx(85.75)
    assert (overview.history[-1].score, overview.history[-1].level) == (86, Level.BALANCED)


def test_overview_reuses_a_known_week_whose_last_day_is_unchanged() -> None:
    # A stand-in for an earlier computation: kept as it is, since its as-of day still holds.
    kept = HistoryPoint(dt.date(2026, 11, 9), dt.date(2026, 11, 15), 50.0, 50, Level.WATCH)
    # The current week was last computed on Tuesday: today is Wednesday, so it is redone.
    stale = HistoryPoint(MONDAY, dt.date(2026, 11, 17), 10.0, 10, Level.OVER_RELIANT)
    known = {kept.first_day: kept, stale.first_day: stale}
    overview = balance_overview(full_scenario(), D, weeks=3, known=known)
    assert overview.history[1] is kept
    assert overview.history[2].as_of == D
    assert overview.history[2].score == 86
    assert overview.history[0].first_day == dt.date(2026, 11, 2)


def test_overview_without_history_weeks() -> None:
    overview = balance_overview(full_scenario(), D, weeks=0)
    assert overview.history == ()
    assert overview.day.score == 86
    assert overview.week.first_day == MONDAY


def test_overview_report_holds_todays_warning_and_the_weeks_breaches() -> None:
    # A 60-minute day budget: 70 on D-2 is a breach, 50 today is a warning (at 80 % or more).
    # The report covers the 7 days ending today: D-6's 65 is in it, D-7's 90 is not.
    uses = [use(7, 90), use(6, 65), use(2, 70), use(1, 10), use(0, 50)]
    report = balance_overview(inputs(uses, rules=[DAILY_60]), D, weeks=1).report
    assert [(b.day, b.amount) for b in report.breaches] == [(days_ago(6), 5), (days_ago(2), 10)]
    assert [(w.day, w.used_minutes) for w in report.warnings] == [(D, 50)]


@pytest.mark.parametrize(
    ("weeks", "known_weeks", "expected"),
    [
        # The oldest of 12 weeks ends 2026-09-06; its index looks back 180 days from there.
        pytest.param(12, 0, dt.date(2026, 9, 6) - dt.timedelta(days=179), id="all-weeks-to-do"),
        pytest.param(1, 0, D - dt.timedelta(days=179), id="only-this-week"),
        pytest.param(0, 0, D - dt.timedelta(days=179), id="no-history"),
        # Every past week known: only today (and this week, as of today) is computed.
        pytest.param(12, 11, D - dt.timedelta(days=179), id="past-weeks-known"),
        # Weeks 2..11 known, the oldest not: it still needs its 180 days.
        pytest.param(
            12, 10, dt.date(2026, 9, 6) - dt.timedelta(days=179), id="oldest-week-unknown"
        ),
    ],
)
def test_overview_first_day(weeks: int, known_weeks: int, expected: dt.date) -> None:
    current = MONDAY
    known = {
        current - dt.timedelta(days=7 * k): HistoryPoint(
            current - dt.timedelta(days=7 * k),
            current - dt.timedelta(days=7 * k - 6),
            None,
            None,
            None,
        )
        for k in range(1, known_weeks + 1)
    }
    assert overview_first_day(D, weeks, SETTINGS_DEFAULT, known) == expected


def test_history_of_no_weeks_is_empty() -> None:
    assert index_history(full_scenario(), D, weeks=0) == ()


def three_busy_weeks() -> BalanceInputs:
    """21 days of use against a 60-minute budget, some nights in the curfew, a check-in."""
    uses = [use(d, 40 + (d * 17) % 50) for d in range(21)]
    uses += [use(d, 20, hour=23) for d in (1, 5, 9, 16)]
    uses += [mediated(d, FRIENDS) for d in (0, 3, 8, 12)]
    return inputs(
        uses,
        [connection(d) for d in (0, 2, 4, 10, 15)] + [call(d, 30) for d in (1, 6, 13)],
        rules=[DAILY_60, rule(CurfewParams((NIGHT,)), rule_id=2, name="Nights")],
        check_ins=[check_in("2026-11-02", 2, "2026-11-08 18:00")],
    )


def test_history_points_equal_each_weeks_own_index() -> None:
    scenario = three_busy_weeks()
    history = index_history(scenario, D, weeks=3)
    assert [p.first_day for p in history] == [MONDAY - dt.timedelta(days=7 * k) for k in (2, 1, 0)]
    for point in history:
        alone = week_balance(scenario, point.first_day, D)
        assert (point.as_of, point.index, point.level) == (alone.as_of, alone.index, alone.level)
    assert all(p.index is not None for p in history)


def test_history_of_one_week_is_the_current_week() -> None:
    (point,) = index_history(full_scenario(), D, weeks=1)
    assert (point.first_day, point.as_of, point.score) == (MONDAY, D, 86)


@pytest.mark.parametrize(
    ("check_ins", "expected_reliance"),
    [
        pytest.param(
            [
                check_in("2026-11-09", 4, "2026-11-15 18:00"),
                check_in("2026-11-02", 1, "2026-11-16 09:00"),  # late, for an older week
            ],
            4,
            id="the-newest-week-wins-over-a-late-check-in",
        ),
        pytest.param(
            [
                check_in("2026-11-09", 4, "2026-11-15 18:00"),
                check_in("2026-11-09", 2, "2026-11-16 09:00"),
            ],
            2,
            id="same-week-the-later-completion-wins",
        ),
        pytest.param(
            [
                check_in("2026-11-09", 4, "2026-11-15 18:00"),
                check_in("2026-11-16", 1, "2026-11-19 09:00"),  # after D
            ],
            4,
            id="completed-after-the-day",
        ),
        pytest.param(
            [
                check_in("2026-11-09", 4, "2026-11-15 18:00"),
                check_in("2026-11-16", 1, "2026-11-19 03:59"),  # before 04:00: still D
            ],
            1,
            id="completed-in-the-days-night",
        ),
        pytest.param(
            [
                check_in("2026-11-09", 4, "2026-11-15 18:00"),
                check_in("2026-11-16", None, "2026-11-18 09:00"),
            ],
            4,
            id="without-a-reliance-rating",
        ),
        pytest.param([check_in("2026-11-09", 3, None)], None, id="without-a-completion-time"),
        pytest.param([], None, id="none"),
    ],
)
def test_latest_check_in(check_ins: list[CheckIn], expected_reliance: int | None) -> None:
    chosen = latest_check_in(check_ins, D, SETTINGS_DEFAULT)
    assert (None if chosen is None else chosen.rating_reliance) == expected_reliance
    rating = value_of(day_balance(inputs(check_ins=check_ins), D), ComponentKey.SELF_RATING)
    assert rating == (None if expected_reliance is None else (5 - expected_reliance) / 4)


# --- Goal strength ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target_goal", "entries", "expected"),
    [
        pytest.param(
            goal(created=dt.date(2025, 1, 1)),
            [progress(days_ago(89), 2)],
            M**89,  # the 90th day back is the seed: met, then 89 unmet days
            id="met-on-the-first-of-the-90-days",
        ),
        pytest.param(
            goal(created=dt.date(2025, 1, 1)),
            [progress(days_ago(90), 2)],
            0.0,  # the day before the 90 days: not seen
            id="met-the-day-before-the-90-days",
        ),
        pytest.param(goal(target=1), [], 0.0, id="achieve-1-without-entries-is-0"),
        pytest.param(goal(target=0), [], 1.0, id="achieve-0-is-always-met"),
        pytest.param(
            goal(GoalKind.LIMIT, MeasurePeriod.DAY, 0), [progress(D, 1)], 0.0, id="limit-0-broken"
        ),
    ],
)
def test_goal_strength_boundaries(
    target_goal: Goal, entries: list[ProgressEntry], expected: float
) -> None:
    assert goal_strength(target_goal, entries, D).strength == pytest.approx(expected)


def test_goal_week_follows_the_week_start_setting() -> None:
    # Sunday the 15th and Wednesday the 18th: one Sunday week with 1 + 2 = 3 of 3, so every
    # day is met. (Monday weeks would split them: 1/3 on Sunday, then 2/3.)
    target = goal(period=MeasurePeriod.WEEK, target=3, created=days_ago(3))
    entries = [progress(days_ago(3), 1), progress(D, 2)]
    strength = goal_strength(target, entries, D, Settings(week_start=WeekStart.SUNDAY))
    assert strength.strength == pytest.approx(1.0)
    assert strength.period_total == 3


def test_goal_month_starts_on_the_first() -> None:
    # October 31st and November 1st are different months: 5 of 10 on the 31st, 2 of 10 since.
    target = goal(period=MeasurePeriod.MONTH, target=10, created=dt.date(2026, 10, 31))
    entries = [progress(dt.date(2026, 10, 31), 5), progress(dt.date(2026, 11, 1), 2)]
    strength = goal_strength(target, entries, D)
    assert strength.period_total == 2


@pytest.mark.parametrize(
    ("target_goal", "expected"),
    [
        pytest.param(goal(), GoalStrength(5, 0.0, 0, 2), id="nothing-this-period-is-0"),
        pytest.param(goal(period=None), GoalStrength(5, None, None, 2), id="without-a-period"),
        pytest.param(goal(target=None), GoalStrength(5, None, None, None), id="without-a-target"),
    ],
)
def test_goal_strength_record(target_goal: Goal, expected: GoalStrength) -> None:
    assert goal_strength(target_goal, [], D) == expected


def test_overview_of_one_week_is_the_current_week() -> None:
    overview = balance_overview(full_scenario(), D, weeks=1)
    assert [(p.first_day, p.as_of, p.score) for p in overview.history] == [(MONDAY, D, 86)]


# --- Facts without data, and their wording ---------------------------------------------------


def test_facts_of_a_day_with_only_a_work_use() -> None:
    result = day_balance(inputs([use(0, 30)]), D)
    assert english(result, ComponentKey.BUDGET) == [
        "No usual amount for a Wednesday yet, and no budget rule",
        "No budget rule and no usual amount to compare with yet",
    ]
    assert english(result, ComponentKey.AUTHORSHIP) == ["No messages to people in the last 7 days"]
    assert english(result, ComponentKey.CONNECTION) == [
        "No time with people and no AI companionship in the last 7 days"
    ]
    assert english(result, ComponentKey.SELF_RATING) == ["No completed check-in yet"]
    assert result.first_day == D


def test_budget_fact_without_any_data() -> None:
    result = day_balance(inputs(), D)
    assert english(result, ComponentKey.BUDGET) == [
        "No budget rule and no usual amount to compare with yet"
    ]


def test_weights_are_reported_as_set() -> None:
    result = day_balance(full_scenario(), D)
    assert [c.weight for c in result.components] == pytest.approx([0.3, 0.25, 0.2, 0.15, 0.1])
    assert result.facts == ()


def test_circles_are_named_in_alphabetical_order_unknown_ones_by_number() -> None:
    # Circle 9 is not in the list (deleted since): it is named "#9" and sorts before letters.
    result = day_balance(inputs([mediated(0, FRIENDS), mediated(0, 9)], [connection(0)]), D)
    assert english(result, ComponentKey.AUTHORSHIP) == [
        "1 of 1 message to #9 was AI-mediated",
        "1 of 2 messages to Friends were AI-mediated",
    ]


def test_every_protected_circle_is_named() -> None:
    partner = Circle(3, "Partner", Sphere.PERSONAL, None, True, dt.datetime(2026, 1, 1))
    scenario = dataclasses.replace(
        inputs([mediated(0, FAMILY), mediated(0, 3)]), circles=(*CIRCLES, partner)
    )
    facts = english(day_balance(scenario, D), ComponentKey.AUTHORSHIP)
    assert facts[-1] == "Messages to protected circles (Family, Partner) count double"


def test_baseline_counts_a_weekday_without_use_as_zero() -> None:
    # Wednesdays 2 weeks back 60, last week nothing: the usual is (60 + 0) / 2 = 30.
    result = day_balance(inputs([use(14, 60), use(0, 30)]), D)
    assert english(result, ComponentKey.BUDGET)[0] == (
        "You used AI for 30 minutes; your usual for a Wednesday is 30"
    )


@pytest.mark.parametrize(
    ("first_use", "usual"),
    [
        # 179 days back is inside the 180 days: the journal began then, so all 12 Wednesdays
        # before D count, 11 of them as 0: the usual is 60 / 12 = 5.
        pytest.param(179, 5, id="journal-start-179-days-back-counts"),
        # 180 days back is outside: the journal began last Wednesday, the usual is 60.
        pytest.param(180, 60, id="journal-start-180-days-back-does-not"),
    ],
)
def test_journal_start_is_looked_for_in_180_days(first_use: int, usual: int) -> None:
    result = day_balance(inputs([use(first_use, 10), use(7, 60), use(0, 60)]), D)
    assert english(result, ComponentKey.BUDGET)[0] == (
        f"You used AI for 60 minutes; your usual for a Wednesday is {usual}"
    )


def test_smoothing_starts_89_days_back() -> None:
    # A rule all along; data from D-100. D-89 went 60 over a 60-minute budget (a = 0), every
    # other day kept it (a = 1): seeded with D-89's 0, H = 1 - M**89.
    uses = [use(100, 30), use(89, 120)]
    result = day_balance(inputs(uses, rules=[DAILY_60]), D)
    assert value_of(result, ComponentKey.BUDGET) == pytest.approx(1 - M**89)


def test_rolling_budget_on_the_first_smoothed_day_sees_its_six_days_before() -> None:
    # The seed day D-89 has a 7-day budget whose window reaches back to D-95: 100 of 60
    # there, a = 1 - 40/60; every later day's window is empty: H = a·M**89 + (1 - M**89).
    rolling = rule(BudgetParams(60, BudgetPeriod.ROLLING_7_DAYS))
    result = day_balance(inputs([use(95, 100)], rules=[rolling]), D)
    a = 1 - 40 / 60
    assert value_of(result, ComponentKey.BUDGET) == pytest.approx(a * M**89 + (1 - M**89))


def test_boundary_keeping_counts_a_breach_six_days_back() -> None:
    result = day_balance(inputs([use(6, 30, hour=23)], rules=[rule(CurfewParams((NIGHT,)))]), D)
    assert english(result, ComponentKey.BOUNDARIES) == ["1 of 7 rule-days had a breach"]


@pytest.mark.parametrize(
    ("minutes", "previous", "percent", "key"),
    [
        pytest.param(1006, 1000, 1, FactKey.CHANGE_SAME, id="0.6-percent-more-is-plus-1"),
        pytest.param(994, 1000, -1, FactKey.CHANGE_SAME, id="0.6-percent-less-is-minus-1"),
        pytest.param(1000, 1000, 0, FactKey.CHANGE_SAME, id="no-change"),
        pytest.param(1050, 1000, 5, FactKey.CHANGE_MORE, id="5-percent-more"),
    ],
)
def test_change_sign_and_wording(minutes: int, previous: int, percent: int, key: FactKey) -> None:
    result = day_balance(inputs([use(0, minutes), use(7, previous)]), D)
    assert (result.change.percent, result.change.fact.key) == (percent, key)


def test_overview_history_defaults_to_twelve_weeks() -> None:
    assert len(balance_overview(full_scenario(), D).history) == 12


def test_overview_caches_days_per_journal_start() -> None:
    # The week of Nov 9 (as of Sunday 15) looks back to May 20, where the journal's first
    # use is; today looks back only to May 23, so for it the journal began on Aug 25. The
    # Wednesday Nov 11 is in both smoothings with different baselines (12 weeks for one,
    # 11 for the other): the overview must not reuse one for the other.
    first, second = D - dt.date(2026, 5, 20), D - dt.date(2026, 8, 25)
    uses = [use(first.days, 30), use(second.days, 30), use(14, 60), use(7, 6)]
    uses += [use(d, 10) for d in (2, 1, 0)]
    scenario = inputs(uses)
    overview = balance_overview(scenario, D, weeks=2)
    assert overview.history == index_history(scenario, D, weeks=2)
    assert overview.day == day_balance(scenario, D)
    assert overview.week == week_balance(scenario, MONDAY, D)


@pytest.mark.parametrize(
    ("item", "text"),
    [
        (
            fact(FactKey.BASELINE_USE, used=1, usual=2, weekday=0, weeks=3),
            "You used AI for 1 minute; your usual for a Monday is 2",
        ),
        (
            fact(FactKey.CONNECTION_MINUTES, direct=2, companionship=1),
            "2 minutes with people and 1 minute of AI for companionship or relationship advice "
            "in the last 7 days",
        ),
    ],
)
def test_english_singular_and_plural(item: Fact, text: str) -> None:
    assert render_english(item) == text


def test_a_fact_without_wording_is_refused() -> None:
    with pytest.raises(ValueError, match="no wording for unknown"):
        render_english(Fact("unknown"))  # type: ignore[arg-type]


def test_goal_week_on_monday_weeks_splits_at_sunday() -> None:
    # The default Monday weeks: Sunday the 15th ends the week before, so this week holds 2.
    target = goal(period=MeasurePeriod.WEEK, target=3, created=days_ago(3))
    strength = goal_strength(target, [progress(days_ago(3), 1), progress(D, 2)], D)
    assert strength.period_total == 2
    # Sunday 1/3 (the seed), then Monday to Wednesday 2/3 each.
    assert strength.strength == pytest.approx(1 / 3 * M**3 + 2 / 3 * (1 - M**3))


def test_overview_week_follows_the_week_start_setting() -> None:
    sunday_weeks = Settings(week_start=WeekStart.SUNDAY)
    overview = balance_overview(full_scenario(settings=sunday_weeks), D, weeks=1)
    assert overview.week.first_day == dt.date(2026, 11, 15)
    assert overview.history[0].first_day == dt.date(2026, 11, 15)
