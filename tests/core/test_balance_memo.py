"""The balance's memo: kept per-day sums, adherence values and breaches give exactly what a
computation from scratch gives, after any sequence of writes to journal days; and a use
logged today re-derives today, not the 90 days before it."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from vision_journal.core.balance import (
    BalanceInputs,
    BalanceMemo,
    balance_overview,
    overview_first_day,
)
from vision_journal.core.dashboard import HISTORY_WEEKS, load_dashboard
from vision_journal.core.dashboard_cache import DashboardCache, completed_check_ins
from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    AiUseInput,
    BudgetParams,
    BudgetPeriod,
    ConnectionInput,
    ConnectionMode,
    Mediation,
    NeutralReason,
    RuleInput,
    Sphere,
    UsePurpose,
)
from vision_journal.demo import generate


@pytest.fixture
def demo(journal: Journal) -> Journal:
    generate(journal, end=journal.today(), years=0.4, seed=23)
    # Budgets of every period, with and without rollover, next to the demo's other kinds.
    journal.save_rule(RuleInput("week", BudgetParams(300, BudgetPeriod.WEEK, has_rollover=True)))
    journal.save_rule(RuleInput("rolling", BudgetParams(200, BudgetPeriod.ROLLING_7_DAYS)))
    journal.save_rule(RuleInput("day", BudgetParams(30, BudgetPeriod.DAY, has_rollover=True)))
    return journal


def _inputs(journal: Journal, today: dt.date) -> BalanceInputs:
    first = overview_first_day(today, HISTORY_WEEKS, journal.settings())
    return BalanceInputs(
        journal.rules(),
        journal.uses_between(first, today),
        journal.connections_between(first, today),
        journal.circles(),
        completed_check_ins(journal),
        journal.settings(),
    )


def _use(journal: Journal, day: dt.date, rng: random.Random) -> AiUseInput:
    return AiUseInput(
        dt.datetime.combine(day, dt.time(rng.randrange(0, 24), rng.randrange(60))),
        rng.randrange(5, 150),
        rng.choice(journal.tools()).id,
        rng.choice(list(UsePurpose)),
        rng.choice(list(Sphere)),
        circle_id=rng.choice(journal.circles()).id,
        mediation=rng.choice(list(Mediation)),
        neutral=NeutralReason.ACCESSIBILITY if rng.random() < 0.15 else None,
    )


def test_a_memo_told_of_each_write_equals_a_computation_from_scratch(demo: Journal) -> None:
    rng = random.Random(8)
    today = demo.today()
    memo = BalanceMemo()
    found_breaches = False

    def some_day() -> dt.date:
        return today - dt.timedelta(days=rng.choice((0, 0, 0, 1, 2, 6, 13, 40, 95, 170)))

    for step in range(40):
        action = rng.randrange(5)
        if action <= 1:
            logged = demo.log_use(_use(demo, some_day(), rng))
            memo.forget({logged.day})
        elif action == 2:
            # An edit that moves a use to another day changes both days.
            use = rng.choice(demo.uses_between(today - dt.timedelta(days=170), today))
            moved = demo.update_use(use.id, _use(demo, some_day(), rng))
            memo.forget({use.day, moved.day})
        elif action == 3:
            use = rng.choice(demo.uses_between(today - dt.timedelta(days=170), today))
            demo.delete_use(use.id)
            memo.forget({use.day})
        else:
            moment = dt.datetime.combine(some_day(), dt.time(rng.randrange(7, 22)))
            circle = rng.choice(demo.circles()).id
            value = ConnectionInput(moment, circle, ConnectionMode.MESSAGE, 25)
            memo.forget({demo.log_connection(value).day})
        if step % 13 == 12:
            today += dt.timedelta(days=1)  # the journal day moves on while the app runs
        inputs = _inputs(demo, today)
        kept = balance_overview(inputs, today, HISTORY_WEEKS, memo=memo)
        assert kept == balance_overview(inputs, today, HISTORY_WEEKS), step
        found_breaches = found_breaches or bool(kept.report.breaches)
    assert found_breaches  # the breaches compared were not all empty


def test_a_use_logged_today_rederives_only_today(demo: Journal) -> None:
    today = demo.today()
    memo = BalanceMemo()
    balance_overview(_inputs(demo, today), today, HISTORY_WEEKS, memo=memo)
    before = dict(memo.daily)
    assert sum(day < today - dt.timedelta(days=1) for day, _ in before) >= 80

    logged = demo.log_use(_use(demo, today, random.Random(2)))
    memo.forget({logged.day})
    inputs = _inputs(demo, today)
    after = balance_overview(inputs, today, HISTORY_WEEKS, memo=memo)

    assert after == balance_overview(inputs, today, HISTORY_WEEKS)
    for key, value in before.items():
        if key[0] < logged.day:
            assert memo.daily[key] is value
    assert after.day.change.minutes == sum(
        u.minutes for u in inputs.uses if u.day > today - dt.timedelta(days=7) and u.neutral is None
    )


def test_the_dashboard_through_its_cache_stays_equal_over_many_day_writes(
    demo: Journal,
) -> None:
    rng = random.Random(4)
    today = demo.today()
    cache = DashboardCache(demo)
    for step in range(30):
        day = today - dt.timedelta(days=rng.choice((0, 0, 1, 5, 30, 120)))
        if rng.random() < 0.5:
            demo.log_use(_use(demo, day, rng))
        else:
            use = rng.choice(demo.uses_between(today - dt.timedelta(days=120), today))
            if rng.random() < 0.5:
                demo.update_use(use.id, _use(demo, day, rng))
            else:
                demo.delete_use(use.id)
        assert load_dashboard(demo, today, cache) == load_dashboard(demo, today), step
