"""Where a goal stands now: the current period against its target, and a daily goal's week.

Wednesday 2026-11-18 is "today"; the week (Monday weeks) began on Monday the 16th. Every
goal was set on Monday the 9th unless a case says otherwise.
"""

from __future__ import annotations

import datetime as dt

from tests.core.test_rules import at, connection, use
from vision_journal.core.goal_progress import goal_progress
from vision_journal.core.records import (
    Goal,
    GoalKind,
    GoalStatus,
    MeasurePeriod,
    MeasureSource,
    MeasureUnit,
    ProgressEntry,
    Settings,
    Sphere,
)

TODAY = dt.date(2026, 11, 18)
SETTINGS = Settings()


def goal(
    kind: GoalKind,
    period: MeasurePeriod,
    target: int,
    *,
    source: MeasureSource | None,
    unit: MeasureUnit = MeasureUnit.MINUTES,
    created: str = "2026-11-09 09:00",
) -> Goal:
    return Goal(
        id=1,
        title="goal",
        sphere=Sphere.PERSONAL,
        kind=kind,
        circle_id=None,
        why="",
        measure_unit=unit,
        measure_period=period,
        target_value=target,
        target_date=None,
        status=GoalStatus.ACTIVE,
        created_at=at(created),
        measure_source=source,
    )


def test_a_daily_limit_counts_the_weeks_decided_days() -> None:
    limit = goal(GoalKind.LIMIT, MeasurePeriod.DAY, 30, source=MeasureSource.AI_USE)
    uses = [
        use(1, "2026-11-15 10:00", 90),  # Sunday: last week, not counted
        use(2, "2026-11-16 10:00", 20),  # Monday: kept
        use(3, "2026-11-17 10:00", 40),  # Tuesday: 10 over, missed
        use(4, "2026-11-18 10:00", 10),  # today so far: still open, left out
    ]
    found = goal_progress(limit, [], TODAY, SETTINGS, uses)
    assert found is not None
    assert (found.week_days, found.week_kept) == (2, 1)
    assert found.period_total == 10
    assert found.fraction == 10 / 30
    assert not found.is_over
    # Over the limit today: today is decided (missed) and counts.
    over = goal_progress(limit, [], TODAY, SETTINGS, [*uses, use(5, "2026-11-18 11:00", 25)])
    assert over is not None
    assert (over.week_days, over.week_kept, over.period_total) == (3, 1, 35)
    assert over.is_over


def test_a_daily_goal_set_this_week_counts_from_the_day_it_was_set() -> None:
    achieve = goal(
        GoalKind.ACHIEVE,
        MeasurePeriod.DAY,
        1,
        source=MeasureSource.CONNECTION,
        unit=MeasureUnit.COUNT,
        created="2026-11-17 08:00",
    )
    connections = [connection(1, "2026-11-16 12:00", 1), connection(2, "2026-11-18 12:00", 1)]
    found = goal_progress(achieve, [], TODAY, SETTINGS, (), connections)
    assert found is not None
    # Tuesday (no connection) missed; today met, so decided; Monday was before the goal.
    assert (found.week_days, found.week_kept, found.period_total) == (2, 1, 1)


def test_a_weekly_goal_sums_the_week_so_far_and_has_no_days() -> None:
    weekly = goal(
        GoalKind.ACHIEVE,
        MeasurePeriod.WEEK,
        3,
        source=MeasureSource.CONNECTION,
        unit=MeasureUnit.COUNT,
    )
    connections = [connection(i, f"2026-11-{d} 12:00", 1) for i, d in enumerate((15, 16, 18))]
    found = goal_progress(weekly, [], TODAY, SETTINGS, (), connections)
    assert found is not None
    assert (found.period_total, found.week_days, found.week_kept) == (2, None, None)
    assert found.fraction == 2 / 3


def test_a_goal_without_a_measure_reads_its_entries_or_has_no_progress() -> None:
    manual = goal(GoalKind.ACHIEVE, MeasurePeriod.MONTH, 10, source=None, unit=MeasureUnit.COUNT)
    entries = [
        ProgressEntry(1, 1, dt.date(2026, 10, 30), 4, ""),  # last month
        ProgressEntry(2, 1, dt.date(2026, 11, 2), 3, ""),
        ProgressEntry(3, 1, dt.date(2026, 11, 17), 2, ""),
        ProgressEntry(4, 2, dt.date(2026, 11, 17), 9, "another goal's"),
    ]
    found = goal_progress(manual, entries, TODAY, SETTINGS)
    assert found is not None
    assert found.period_total == 5
    no_target = Goal(
        id=1,
        title="goal",
        sphere=Sphere.PERSONAL,
        kind=GoalKind.ACHIEVE,
        circle_id=None,
        why="",
        measure_unit=None,
        measure_period=None,
        target_value=None,
        target_date=None,
        status=GoalStatus.ACTIVE,
        created_at=manual.created_at,
    )
    assert goal_progress(no_target, entries, TODAY, SETTINGS) is None
