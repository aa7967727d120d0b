"""Where a goal stands now: its current period against its target, and this week's days.

Qt-free. The numbers follow the goal logic of `balance.goal_strength`: a measured goal counts what
`balance.measured_amounts` reads from the journal's uses and connections, from the day it
was set; any other goal counts its progress entries; a period's total is its days' sum up
to today. So the Goals page and the dashboard say the same.

For a goal counted per day, the week so far is told day by day ("4 of 5 days kept this
week"): a day before the goal was set is left out, and today only counts once it is
decided, as `goal_strength` decides it (a limit once it is broken, either kind once its
target is reached).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from vision_journal.core.balance import measured_amounts
from vision_journal.core.calendar import journal_day, week_start
from vision_journal.core.records import (
    AiUse,
    Connection,
    Goal,
    GoalKind,
    MeasurePeriod,
    ProgressEntry,
    Settings,
)


@dataclass(frozen=True, slots=True)
class GoalProgress:
    """A goal's current period against its target, and for a daily goal this week's days."""

    goal_id: int
    period: MeasurePeriod
    kind: GoalKind
    target: int
    #: What the current day, week or month holds so far.
    period_total: int
    #: This week's decided days and how many of them were kept (a limit) or met; None for a
    #: goal counted per week or month.
    week_days: int | None = None
    week_kept: int | None = None

    @property
    def fraction(self) -> float:
        """The current period's total as a share of the target (may pass 1)."""
        if self.target <= 0:
            return 1.0 if self.kind is GoalKind.ACHIEVE else float(self.period_total > 0)
        return self.period_total / self.target

    @property
    def is_over(self) -> bool:
        """True for a limit that the current period already broke."""
        return self.kind is GoalKind.LIMIT and self.period_total > self.target


def period_first_day(period: MeasurePeriod, today: dt.date, settings: Settings) -> dt.date:
    """The first day of the period `today` falls in; a daily goal's week starts the week."""
    if period is MeasurePeriod.MONTH:
        return today.replace(day=1)
    return week_start(today, settings.week_start)


def goal_progress(
    goal: Goal,
    entries: Iterable[ProgressEntry],
    today: dt.date,
    settings: Settings,
    uses: Iterable[AiUse] = (),
    connections: Iterable[Connection] = (),
) -> GoalProgress | None:
    """Where `goal` stands on `today`; None for a goal without a measure period or target.

    Pass the uses and connections from `period_first_day(goal's period, today)` on.
    """
    if goal.measure_period is None or goal.target_value is None:
        return None
    target = goal.target_value
    by_day: dict[dt.date, int] = defaultdict(int)
    # As `goal_strength` counts: a measured goal from the day it was set, entries as dated.
    if goal.is_measured:
        set_on = journal_day(goal.created_at, settings.day_start_hour)
        for day, amount in measured_amounts(goal, uses, connections).items():
            if set_on <= day <= today:
                by_day[day] += amount
    else:
        set_on = None
        for entry in entries:
            if entry.goal_id == goal.id and entry.day <= today:
                by_day[entry.day] += entry.value
    if goal.measure_period is MeasurePeriod.DAY:
        first = today
    else:
        first = period_first_day(goal.measure_period, today, settings)
    total = sum(amount for day, amount in by_day.items() if first <= day <= today)
    progress = GoalProgress(goal.id, goal.measure_period, goal.kind, target, total)
    if goal.measure_period is not MeasurePeriod.DAY:
        return progress
    week_first = week_start(today, settings.week_start)
    if set_on is not None:
        week_first = max(week_first, set_on)
    days = kept = 0
    day = week_first
    while day <= today:
        amount = by_day.get(day, 0)
        is_kept = amount <= target if goal.kind is GoalKind.LIMIT else amount >= target
        is_decided = is_kept if goal.kind is GoalKind.ACHIEVE else not is_kept
        if day < today or is_decided:
            days += 1
            kept += is_kept
        day += dt.timedelta(days=1)
    return GoalProgress(goal.id, goal.measure_period, goal.kind, target, total, days, kept)
