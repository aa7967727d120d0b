"""A rule's last seven days: kept, broken or no data, from the core's rule evaluation.

2026-11-16 is a Monday; "now" is Friday 2026-11-20 at 15:00 (journal day 2026-11-20), so the
strip runs from Saturday 2026-11-14 to Friday 2026-11-20.
"""

from __future__ import annotations

import datetime as dt

from tests.core.test_rules import at, budget, connection, rule, use
from vision_journal.core.records import BudgetPeriod, CurfewParams, Settings, TimeWindow
from vision_journal.core.rule_days import DayMark, rule_days, strip_history_start

NOW = at("2026-11-20 15:00")
SETTINGS = Settings()


def marks(days: object) -> list[str]:
    assert isinstance(days, tuple)
    return [f"{d.day.day}:{d.mark.value}" for d in days]


def test_a_budget_is_broken_on_days_over_kept_on_days_with_entries_else_no_data() -> None:
    rules = [rule(budget(45))]
    uses = [
        use(1, "2026-11-14 10:00", 30),  # Sat: 30 of 45, kept
        use(2, "2026-11-16 10:00", 50),  # Mon: 50 of 45, broken (5 over)
        use(3, "2026-11-18 09:00", 45),  # Wed: exactly the budget, kept
        use(4, "2026-11-20 09:00", 60),  # Fri (today so far): broken (15 over)
    ]
    # Thursday has only a connection: nothing over budget, and the day has an entry.
    connections = [connection(1, "2026-11-19 18:00", circle_id=1)]
    days = rule_days(rules, uses, connections, SETTINGS, NOW)[1]
    assert marks(days) == [
        "14:kept",
        "15:no_data",  # Sunday: nothing logged at all
        "16:broken",
        "17:no_data",
        "18:kept",
        "19:kept",
        "20:broken",
    ]
    assert days[2].breach is not None
    assert days[2].breach.amount == 5
    assert days[6].breach is not None
    assert days[6].breach.amount == 15


def test_days_before_the_rule_existed_and_a_paused_rule_have_no_data() -> None:
    uses = [use(i, f"2026-11-{d} 23:00", 20) for i, d in enumerate(range(14, 21), start=1)]
    curfew = CurfewParams((TimeWindow(22 * 60, 6 * 60),))
    new = rule(curfew, rule_id=1, created="2026-11-18 12:00")
    paused = rule(curfew, rule_id=2, is_active=False)
    found = rule_days([new, paused], uses, [], SETTINGS, NOW)
    assert marks(found[1]) == [
        "14:no_data",
        "15:no_data",
        "16:no_data",
        "17:no_data",
        "18:broken",
        "19:broken",
        "20:broken",
    ]
    assert {d.mark for d in found[2]} == {DayMark.NO_DATA}


def test_the_history_needed_reaches_back_for_a_week_budget() -> None:
    # A week budget on Saturday the 14th counts from Monday the 9th.
    rules = [rule(budget(120, period=BudgetPeriod.WEEK))]
    today = NOW.date()
    assert strip_history_start(rules, today, SETTINGS) == dt.date(2026, 11, 9)
