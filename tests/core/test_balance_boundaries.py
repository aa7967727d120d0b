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
    DAILY_60,
    FRIENDS,
    D,
    call,
    check_in,
    connection,
    english,
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
    ComponentKey,
    adherence,
    day_balance,
    goal_strength,
    latest_check_in,
    week_balance,
)
from vision_journal.core.records import (
    BudgetParams,
    CheckIn,
    CheckInStatus,
    Settings,
    UsePurpose,
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
