"""The dashboard's shared computation agrees with the separate balance functions."""

from __future__ import annotations

import datetime as dt

from benchmarks.heavy_journal import HEAVY

from vision_journal.core import dashboard, dashboard_cache
from vision_journal.core.balance import (
    LOOKBACK_DAYS,
    BalanceInputs,
    balance_overview,
    day_balance,
    index_history,
    week_balance,
)
from vision_journal.core.calendar import week_start
from vision_journal.core.journal import Journal
from vision_journal.core.rules import evaluate_rules, history_start
from vision_journal.demo import generate


def test_overview_matches_day_week_history_and_todays_rules(journal: Journal) -> None:
    # The last generated day, so "today" has uses, breaches and warnings to compare.
    today = journal.today() - dt.timedelta(days=1)
    generate(journal, end=today, years=0.5, scale=HEAVY, seed=3)
    settings = journal.settings()
    first = dashboard.load_first_day(today, settings)
    rules = journal.rules()
    uses = journal.uses_between(first, today)
    connections = journal.connections_between(first, today)
    circles = journal.circles()
    check_ins = dashboard_cache.completed_check_ins(journal)

    def inputs(since: dt.date) -> BalanceInputs:
        return BalanceInputs(
            rules,
            [u for u in uses if u.day >= since],
            [c for c in connections if c.day >= since],
            circles,
            check_ins,
            settings,
        )

    recent = inputs(today - dt.timedelta(days=LOOKBACK_DAYS - 1))
    overview = balance_overview(inputs(first), today, 12)
    assert overview.day == day_balance(recent, today)
    assert overview.week == week_balance(recent, week_start(today, settings.week_start), today)
    assert overview.history == index_history(inputs(first), today, 12)
    assert overview.day.index is not None

    rules_first = history_start(rules, today, settings)
    alone = evaluate_rules(
        rules,
        [u for u in uses if u.day >= rules_first],
        [c for c in connections if c.day >= rules_first],
        today,
        today,
        settings,
        dt.datetime.combine(today, dt.time(12)),
    )
    loaded = dashboard.load_dashboard(journal, today)
    assert loaded.breaches == alone.breaches
    assert loaded.breaches or loaded.warnings
    assert loaded.warnings == alone.warnings
    assert (loaded.day, loaded.week, loaded.history) == (
        overview.day,
        overview.week,
        overview.history,
    )
