"""The index and goal strength at the edges the mutation run found unpinned.

Which window each fact names (the week so far, or the 7 days ending at a day), the week's
budget over days without a value, the lookback that finds the journal's first day, neutral
uses counted per day, and what a measured goal counts (its circle, tool and purpose; minutes
or moments; several a day; periods kept). D is Wednesday 2026-11-18, its week starts Monday
2026-11-16; every expectation is worked out by hand (docs/balance-index.md).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.core.test_balance import (
    CIRCLES,
    FAMILY,
    FRIENDS,
    LONG_AGO,
    NIGHT,
    SETTINGS,
    call,
    rule,
    use,
)
from tests.core.test_balance_periods import _goal, inputs, neutral
from vision_journal.core.balance import (
    LOOKBACK_DAYS,
    BalanceInputs,
    ComponentKey,
    FactKey,
    balance_overview,
    day_balance,
    goal_strength,
    measured_amounts,
    week_balance,
)
from vision_journal.core.records import (
    AiUse,
    BoundaryRule,
    BudgetParams,
    Connection,
    CurfewParams,
    GoalKind,
    MeasurePeriod,
    MeasureSource,
    MeasureUnit,
    Mediation,
    NoMediationParams,
    UsePurpose,
)
from vision_journal.core.rules import evaluate_rules

D = dt.date(2026, 11, 18)
MONDAY = dt.date(2026, 11, 16)


def periods(result_facts: tuple[object, ...]) -> list[object]:
    return [f.param("period") for f in result_facts]  # type: ignore[attr-defined]


# --- which window a fact names -------------------------------------------------------------


def test_facts_of_the_week_name_the_week_and_facts_of_a_day_the_7_days() -> None:
    rules = [_rule()]
    empty = inputs([use(0, 10)], [], rules)
    week = week_balance(empty, MONDAY, D)
    day = day_balance(empty, D)
    for key, fact_key in [
        (ComponentKey.AUTHORSHIP, FactKey.NO_MESSAGES),
        (ComponentKey.CONNECTION, FactKey.NO_CONNECTION_MINUTES),
        (ComponentKey.BOUNDARIES, FactKey.RULE_DAYS),
    ]:
        assert [f.key for f in week.component(key).facts] == [fact_key]
        assert periods(week.component(key).facts) == ["week"]
        assert periods(day.component(key).facts) == ["7_days"]
    assert week.component(ComponentKey.AUTHORSHIP).facts[0].english == (
        "No messages to people this week"
    )
    assert day.component(ComponentKey.CONNECTION).facts[0].english == (
        "No time with people and no AI companionship in the last 7 days"
    )
    assert week.component(ComponentKey.BOUNDARIES).facts[0].english == (
        "0 of 3 rule-days this week had a breach"
    )


def test_connection_minutes_name_their_window() -> None:
    data = inputs([use(0, 10, purpose=UsePurpose.EMOTIONAL_SUPPORT)], [call(1, 30)])
    (week_fact,) = week_balance(data, MONDAY, D).component(ComponentKey.CONNECTION).facts
    (day_fact,) = day_balance(data, D).component(ComponentKey.CONNECTION).facts
    assert week_fact.english == (
        "30 minutes with people and 10 minutes of AI for companionship or relationship "
        "advice this week"
    )
    assert day_fact.english == (
        "30 minutes with people and 10 minutes of AI for companionship or relationship "
        "advice in the last 7 days"
    )


def test_neutral_uses_of_a_day_are_counted_over_its_7_days() -> None:
    data = inputs([use(0, 10), neutral(use(3, 20)), neutral(use(3, 25))])
    day = day_balance(data, D)
    assert day.neutral_uses == 2
    assert day.facts[-1].english == (
        "2 uses marked as not counting (45 minutes) left out in the last 7 days"
    )


def test_a_neutral_use_listed_first_does_not_hide_the_uses_after_it() -> None:
    # Uses arrive in any order; the neutral one must be skipped, not end the reading.
    counted = [use(0, 30, purpose=UsePurpose.EMOTIONAL_SUPPORT)]
    data = inputs([neutral(use(0, 5)), *counted], [call(0, 30)])
    connection = week_balance(data, MONDAY, D).component(ComponentKey.CONNECTION)
    assert connection.value == pytest.approx(0.5)


def test_on_a_monday_the_day_and_the_week_are_computed_apart() -> None:
    # On the week's first day the week and the day end on the same date: in one overview
    # the week's components (its own days) must not be taken for the day's (the 7 days
    # ending at it), nor the other way round. Saturday's call is in the day's 7 days only.
    data = BalanceInputs([], [use(2, 10)], [call(4, 30)], CIRCLES, (), SETTINGS)
    overview = balance_overview(data, MONDAY, weeks=1)
    assert overview.day.component(ComponentKey.CONNECTION).value == 1.0
    assert overview.week.component(ComponentKey.CONNECTION).value is None
    assert overview.day.components == day_balance(data, MONDAY).components
    assert overview.week.components == week_balance(data, MONDAY, MONDAY).components


# --- the week's budget ---------------------------------------------------------------------


def _rule() -> BoundaryRule:
    return rule(BudgetParams(45))


def test_a_week_without_any_data_has_no_budget_data() -> None:
    week = week_balance(inputs([]), MONDAY, D)
    assert [f.key for f in week.component(ComponentKey.BUDGET).facts] == [FactKey.NO_BUDGET_DATA]


def test_a_week_of_days_without_a_usual_amount_says_there_is_no_budget_data() -> None:
    # The journal starts on Monday: no day of the week has an earlier same weekday.
    week = week_balance(inputs([use(2, 10)]), MONDAY, D)
    budget = week.component(ComponentKey.BUDGET)
    assert budget.value is None
    assert [f.key for f in budget.facts] == [FactKey.NO_BASELINE, FactKey.NO_BUDGET_DATA]


def test_a_day_without_a_usual_amount_is_skipped_not_the_end_of_the_week() -> None:
    # The journal starts last Tuesday: Monday has no earlier Monday, Tuesday and Wednesday
    # compare with last week's (20 and 0 minutes).
    week = week_balance(inputs([use(8, 20), use(1, 20), use(0, 10)]), MONDAY, D)
    budget = week.component(ComponentKey.BUDGET)
    summary, *days = budget.facts
    assert summary.param("days") == 2
    assert [f.param("weekday") for f in days] == [1, 2]
    # Tuesday 20 against 20 (within), Wednesday 10 against 0 (adherence 0).
    assert budget.value == pytest.approx(0.5)


def test_one_minute_over_makes_a_day_over_budget() -> None:
    week = week_balance(inputs([use(2, 46), use(1, 45)], rules=[_rule()]), MONDAY, D)
    summary = week.component(ComponentKey.BUDGET).facts[0]
    assert summary.param("over_days") == 1
    assert summary.english.endswith("; 1 went over budget")


@pytest.mark.parametrize(
    ("first_data", "has_value"),
    [
        # The oldest day the lookback reaches: the journal started then, so Monday and
        # Tuesday compare with earlier weekdays (0 minutes) and the week has a value.
        (LOOKBACK_DAYS - 1, True),
        # One day further back is outside the lookback: the journal seems to start today.
        (LOOKBACK_DAYS, False),
    ],
)
def test_the_lookback_finds_the_journals_first_day_at_its_edge(
    first_data: int, has_value: bool
) -> None:
    week = week_balance(inputs([use(first_data, 5), use(0, 10)]), MONDAY, D)
    budget = week.component(ComponentKey.BUDGET)
    assert (budget.value is not None) is has_value
    if has_value:
        assert budget.facts[0].param("days") == 3


# --- measured goals ------------------------------------------------------------------------


def _use(days_before: int, minutes: int, **fields: object) -> AiUse:
    return dataclasses.replace(use(days_before, minutes), **fields)  # type: ignore[arg-type]


USES = [
    _use(0, 10),  # tool 1, work, no circle
    _use(0, 20, circle_id=FAMILY),
    _use(0, 40, tool_id=2, circle_id=FAMILY),
    _use(1, 80, purpose=UsePurpose.DRAFT_MESSAGE, circle_id=FAMILY),
    neutral(_use(1, 160, circle_id=FAMILY)),
]
TUESDAY, WEDNESDAY = D - dt.timedelta(days=1), D


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, {WEDNESDAY: 70, TUESDAY: 80}),
        ({"measure_unit": MeasureUnit.COUNT}, {WEDNESDAY: 3, TUESDAY: 1}),
        ({"circle_id": FAMILY}, {WEDNESDAY: 60, TUESDAY: 80}),
        ({"measure_tool_id": 1}, {WEDNESDAY: 30, TUESDAY: 80}),
        ({"measure_tool_id": 2, "circle_id": FAMILY}, {WEDNESDAY: 40}),
        ({"measure_purpose": UsePurpose.DRAFT_MESSAGE}, {TUESDAY: 80}),
        ({"measure_purpose": UsePurpose.WORK_TASK, "circle_id": FRIENDS}, {}),
    ],
)
def test_a_measured_ai_goal_counts_its_circle_tool_and_purpose(
    fields: dict[str, object], expected: dict[dt.date, int]
) -> None:
    assert measured_amounts(_goal(**fields), USES, ()) == expected


def _moment(days_before: int, minutes: int, circle_id: int) -> Connection:
    return dataclasses.replace(call(days_before, minutes), circle_id=circle_id)


@pytest.mark.parametrize(
    ("unit", "circle", "expected"),
    [
        (MeasureUnit.MINUTES, None, {WEDNESDAY: 45, TUESDAY: 5}),
        (MeasureUnit.COUNT, None, {WEDNESDAY: 2, TUESDAY: 1}),
        (MeasureUnit.MINUTES, FAMILY, {WEDNESDAY: 30}),
    ],
)
def test_a_measured_connection_goal_counts_minutes_or_moments(
    unit: MeasureUnit, circle: int | None, expected: dict[dt.date, int]
) -> None:
    moments = [_moment(0, 30, FAMILY), _moment(0, 15, FRIENDS), _moment(1, 5, FRIENDS)]
    goal = _goal(measure_source=MeasureSource.CONNECTION, measure_unit=unit, circle_id=circle)
    assert measured_amounts(goal, (), moments) == expected


def test_a_weekly_goal_adds_the_days_of_its_week() -> None:
    goal = _goal(measure_period=MeasurePeriod.WEEK, target_value=100, created_at=LONG_AGO)
    strength = goal_strength(goal, (), D, SETTINGS, [_use(2, 30), _use(1, 45), _use(0, 5)], ())
    assert strength.period_total == 80


@pytest.mark.parametrize(
    ("days_with_a_use", "kept", "periods"),
    [
        # At least one use a day since Sunday (the goal's creation day, 3 days before D):
        # days without a use are missed, today counts only once it is kept.
        ((3, 2, 1, 0), 4, 4),
        ((3, 1), 2, 3),
        ((), 0, 3),
    ],
)
def test_a_daily_achieve_goal_counts_the_days_kept_and_missed(
    days_with_a_use: tuple[int, ...], kept: int, periods: int
) -> None:
    goal = _goal(
        kind=GoalKind.ACHIEVE,
        measure_unit=MeasureUnit.COUNT,
        target_value=1,
        created_at=dt.datetime.combine(D - dt.timedelta(days=3), dt.time(9)),
    )
    uses = [_use(n, 5) for n in days_with_a_use]
    strength = goal_strength(goal, (), D, SETTINGS, uses, ())
    assert (strength.kept, strength.periods) == (kept, periods)


# --- neutral uses and the rules ------------------------------------------------------------


def test_a_neutral_use_breaks_no_rule_of_any_kind() -> None:
    rules = [
        rule(CurfewParams((NIGHT,)), rule_id=1),
        rule(NoMediationParams(FAMILY), rule_id=2),
    ]
    late = use(0, 20, hour=23)
    drafted = use(0, 5, circle_id=FAMILY, mediation=Mediation.AI_DRAFTED)
    counted = evaluate_rules(rules, [late, drafted], [], MONDAY, D, SETTINGS)
    assert [b.rule_id for b in counted.breaches] == [1, 2]
    left_out = evaluate_rules(rules, [neutral(late), neutral(drafted)], [], MONDAY, D, SETTINGS)
    assert left_out.breaches == ()
