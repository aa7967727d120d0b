"""The week's index speaks of the week's days, neutral uses count nowhere, measured goals read
the journal (docs/balance-index.md). Values worked out by hand; D is Wednesday 2026-11-18, its
week starts Monday 2026-11-16 (2 days before D)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.core.test_balance import (
    CIRCLES,
    FAMILY,
    LONG_AGO,
    SETTINGS,
    call,
    mediated,
    rule,
    use,
)
from vision_journal.core.balance import (
    SMOOTHING,
    BalanceInputs,
    ComponentKey,
    FactKey,
    day_balance,
    goal_strength,
    week_balance,
)
from vision_journal.core.records import (
    AiUse,
    BoundaryRule,
    BudgetParams,
    Connection,
    Goal,
    GoalKind,
    GoalStatus,
    MeasurePeriod,
    MeasureSource,
    MeasureUnit,
    NeutralReason,
    Sphere,
    UsePurpose,
)
from vision_journal.core.rules import evaluate_rules

D = dt.date(2026, 11, 18)
MONDAY = dt.date(2026, 11, 16)


def inputs(
    uses: list[AiUse],
    connections: list[Connection] = (),
    rules: list[BoundaryRule] = (),  # type: ignore[assignment]
) -> BalanceInputs:
    return BalanceInputs(rules, uses, connections, CIRCLES, (), SETTINGS)


def neutral(item: AiUse) -> AiUse:
    return dataclasses.replace(item, neutral=NeutralReason.ACCESSIBILITY)


def test_the_week_budget_is_the_mean_of_its_days_and_names_the_days_over() -> None:
    budget = [rule(BudgetParams(45))]
    week = week_balance(inputs([use(2, 192), use(1, 129), use(0, 0 + 20)], rules=budget), MONDAY, D)
    h = week.component(ComponentKey.BUDGET)
    # Monday a = clamp(1 - 147/45) = 0, Tuesday 1 - 84/45 < 0 -> 0, Wednesday 1.
    assert h.value == pytest.approx(1 / 3)
    summary, *days = h.facts
    assert summary.english == (
        "This week: 33 % adherence, the mean of its 3 days so far; 2 went over budget"
    )
    assert [f.param("used") for f in days] == [192, 129, 20]
    assert [f.param("over") for f in days] == [147, 84, 0]
    # The day's index of today still speaks of today, smoothed.
    today = day_balance(inputs([use(2, 192), use(1, 129), use(0, 20)], rules=budget), D)
    assert today.component(ComponentKey.BUDGET).facts[-1].key is FactKey.BUDGET_SMOOTHED


def test_authorship_boundaries_and_connection_of_the_week_leave_out_last_week() -> None:
    # Last Friday's messages and call are in the 7 days, not in the week.
    uses = [mediated(5, FAMILY), use(0, 10)]
    connections = [call(5, 60), call(1, 30)]
    week = week_balance(inputs(uses, connections), MONDAY, D)
    assert week.component(ComponentKey.AUTHORSHIP).value is None
    assert week.component(ComponentKey.CONNECTION).value == 1.0
    day = day_balance(inputs(uses, connections), D)
    assert day.component(ComponentKey.AUTHORSHIP).value == 0.0


def test_a_neutral_use_counts_in_no_number_but_is_counted_as_left_out() -> None:
    budget = [rule(BudgetParams(45))]
    plain = [use(2, 40), use(1, 40), use(0, 40)]
    with_neutral = [*plain, neutral(use(0, 90, purpose=UsePurpose.EMOTIONAL_SUPPORT))]
    before = week_balance(inputs(plain, [call(1, 30)], budget), MONDAY, D)
    after = week_balance(inputs(with_neutral, [call(1, 30)], budget), MONDAY, D)
    assert after.components == before.components
    assert after.change == before.change
    assert (before.neutral_uses, after.neutral_uses) == (0, 1)
    assert after.facts[-1].english == (
        "1 use marked as not counting (90 minutes) left out this week"
    )
    report = evaluate_rules(budget, with_neutral, [], MONDAY, D, SETTINGS)
    assert report.breaches == ()


def _goal(**fields: object) -> Goal:
    values: dict[str, object] = {
        "id": 1,
        "title": "At most an hour of AI a day",
        "sphere": Sphere.PERSONAL,
        "kind": GoalKind.LIMIT,
        "circle_id": None,
        "why": "",
        "measure_unit": MeasureUnit.MINUTES,
        "measure_period": MeasurePeriod.DAY,
        "target_value": 60,
        "target_date": None,
        "status": GoalStatus.ACTIVE,
        "created_at": dt.datetime.combine(MONDAY, dt.time(9)),
        "measure_source": MeasureSource.AI_USE,
    }
    values.update(fields)
    return Goal(**values)  # type: ignore[arg-type]


def test_a_measured_limit_goal_reads_the_logged_minutes() -> None:
    # Monday 70 (broken: adherence 1 - 10/60), Tuesday 60 (kept), today 22 so far.
    uses = [use(2, 70), use(1, 60), use(0, 22), neutral(use(0, 300))]
    strength = goal_strength(_goal(), (), D, SETTINGS, uses, ())
    first = 1 - 10 / 60
    assert strength.strength == pytest.approx(
        (first * SMOOTHING + (1 - SMOOTHING)) * SMOOTHING + (1 - SMOOTHING)
    )
    assert strength.period_total == 22
    # Today can still go either way: Monday missed, Tuesday kept.
    assert (strength.kept, strength.periods) == (1, 2)
    # Hand-entered progress does not count for a measured goal.
    assert goal_strength(_goal(measure_source=None), (), D, SETTINGS, uses, ()).strength == 1.0


def test_a_measured_connection_goal_counts_moments_with_its_circle() -> None:
    goal = _goal(
        kind=GoalKind.ACHIEVE,
        measure_source=MeasureSource.CONNECTION,
        measure_unit=MeasureUnit.COUNT,
        measure_period=MeasurePeriod.WEEK,
        target_value=2,
        circle_id=FAMILY,
        created_at=LONG_AGO,
    )
    other = dataclasses.replace(call(1, 20), circle_id=FAMILY)
    strength = goal_strength(goal, (), D, SETTINGS, (), [call(1, 30), other, other])
    assert strength.period_total == 2
    assert strength.kept >= 1
