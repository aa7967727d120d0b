"""Everything the dashboard shows, loaded from the journal in one go and computed once.

Qt-free. `load_dashboard` reads the slice of uses and connections the balance history needs
(`HISTORY_WEEKS` weeks plus the balance's `LOOKBACK_DAYS`, which also covers today's index,
the rules' history and the cadence of circles) with one query each, then hands narrower
slices to the computations that need less, so the day and week indexes do not scan the whole
history again.

Choices the product leaves open:

- **Bars** are the AI minutes of each day of the current week that count toward balance
  (neutral uses left out, as budgets leave them out; future days count 0 and are marked),
  against the smallest active daily budget without a scope: the only budget that
  means "minutes per day" for every bar.
- **History** (the sparkline) holds the weeks from the one of the journal's first entry on,
  at most `HISTORY_WEEKS`: no weeks from before the journal existed.
- **Human-authored share** per circle is `1 - mediated / messages` over the 7 days ending
  today (neutral uses left out), with messages as the balance and the mediation-share rule
  define them; circles without messages in those days are left out, and no circle counts
  double here.
- **Overdue circles** have a cadence and more days since their last connection than the
  cadence; a circle never contacted counts from the day it was created. Connections older
  than the loaded slice are not read, so a circle without a connection in the slice that was
  created before it is reported with a lower bound (`is_at_least`).
- **Check-ins**: completed check-ins feed the self-rating component; the streak counts the
  consecutive completed weeks (see `checkins.streak`); `missed_check_in` is the latest recent
  week without one (`checkins.missed_week`).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from vision_journal.core import checkins
from vision_journal.core.balance import (
    LOOKBACK_DAYS,
    WINDOW_DAYS,
    BalanceIndex,
    BalanceInputs,
    GoalStrength,
    HistoryPoint,
    balance_overview,
    goal_strength,
    overview_first_day,
)
from vision_journal.core.calendar import journal_day, week_days, week_start
from vision_journal.core.dashboard_cache import DashboardCache
from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    AiUse,
    BoundaryRule,
    BudgetParams,
    BudgetPeriod,
    Circle,
    Connection,
    ConnectionMode,
    Goal,
    GoalStatus,
    ProgressEntry,
    Settings,
)
from vision_journal.core.rules import Breach, BudgetWarning

#: How many weeks the sparkline shows, the current one included.
HISTORY_WEEKS = 12


@dataclass(frozen=True, slots=True)
class DayMinutes:
    """One bar: the AI minutes of a journal day of the current week."""

    day: dt.date
    minutes: int
    is_future: bool


@dataclass(frozen=True, slots=True)
class CircleShare:
    """Messages to a circle over the last 7 days and how many a person wrote alone."""

    circle: Circle
    messages: int
    mediated: int

    @property
    def human_share(self) -> float:
        """The human-authored share of the messages, 0 to 1."""
        return 1 - self.mediated / self.messages


@dataclass(frozen=True, slots=True)
class OverdueCircle:
    """A circle whose stay-in-touch cadence has run out.

    `last_contact` is None when no connection with the circle was found; `is_at_least` is
    True when `days_since` is only a lower bound (older connections were not read).
    """

    circle: Circle
    days_since: int
    cadence_days: int
    last_contact: dt.date | None
    is_at_least: bool


@dataclass(frozen=True, slots=True)
class GoalStanding:
    """An active goal and its strength."""

    goal: Goal
    strength: GoalStrength


@dataclass(frozen=True, slots=True)
class DashboardData:
    """What the dashboard shows on `today`, computed from the journal at one moment."""

    today: dt.date
    week_first: dt.date
    settings: Settings
    day: BalanceIndex
    week: BalanceIndex
    history: tuple[HistoryPoint, ...]
    warnings: tuple[BudgetWarning, ...]
    breaches: tuple[Breach, ...]
    rules: tuple[BoundaryRule, ...]
    circles: tuple[Circle, ...]
    week_minutes: tuple[DayMinutes, ...]
    daily_budget: int | None
    circle_shares: tuple[CircleShare, ...]
    overdue: tuple[OverdueCircle, ...]
    goals: tuple[GoalStanding, ...]
    check_in_streak: int
    missed_check_in: dt.date | None
    has_entries: bool

    def rule(self, rule_id: int) -> BoundaryRule | None:
        """The rule with `rule_id`, if it exists."""
        return next((r for r in self.rules if r.id == rule_id), None)

    @property
    def has_cadence(self) -> bool:
        """True when some circle has a stay-in-touch cadence."""
        return any(c.cadence_days is not None for c in self.circles)

    @property
    def is_empty(self) -> bool:
        """True for a journal with nothing logged yet (recently): show the welcome."""
        return not self.has_entries


def load_first_day(today: dt.date, settings: Settings) -> dt.date:
    """The first journal day `load_dashboard` reads: what the oldest sparkline week needs."""
    current = week_start(today, settings.week_start)
    oldest_last_day = current - dt.timedelta(days=7 * (HISTORY_WEEKS - 1) - 6)
    return min(
        oldest_last_day - dt.timedelta(days=LOOKBACK_DAYS - 1),
        today - dt.timedelta(days=LOOKBACK_DAYS - 1),
    )


def _from_day(items: Sequence[AiUse], days: list[dt.date], first: dt.date) -> Sequence[AiUse]:
    return items[bisect.bisect_left(days, first) :]


def _connections_from(
    items: Sequence[Connection], days: list[dt.date], first: dt.date
) -> Sequence[Connection]:
    return items[bisect.bisect_left(days, first) :]


def smallest_daily_budget(rules: Sequence[BoundaryRule]) -> int | None:
    """The smallest active daily budget without a scope, the line the bars are drawn against."""
    budgets = [
        rule.params.minutes
        for rule in rules
        if rule.is_active
        and isinstance(rule.params, BudgetParams)
        and rule.params.period is BudgetPeriod.DAY
        and rule.params.tool_id is None
        and rule.params.purpose is None
        and rule.params.sphere is None
        and rule.params.circle_id is None
    ]
    return min(budgets, default=None)


def week_minutes(
    uses: Sequence[AiUse], week_first: dt.date, today: dt.date
) -> tuple[DayMinutes, ...]:
    """The AI minutes of each day of the week starting `week_first`."""
    minutes: dict[dt.date, int] = defaultdict(int)
    for use in uses:
        if not use.is_neutral:  # against the budget line, so what budgets count
            minutes[use.day] += use.minutes
    return tuple(DayMinutes(day, minutes.get(day, 0), day > today) for day in week_days(week_first))


def circle_shares(
    circles: Sequence[Circle],
    uses: Sequence[AiUse],
    connections: Sequence[Connection],
    today: dt.date,
) -> tuple[CircleShare, ...]:
    """Human-authored share per circle over the 7 days ending `today`, by circle name."""
    first = today - dt.timedelta(days=WINDOW_DAYS - 1)
    mediated: dict[int, int] = defaultdict(int)
    total: dict[int, int] = defaultdict(int)
    for use in uses:
        if (
            first <= use.day <= today
            and use.is_mediated_message
            and use.circle_id is not None
            and not use.is_neutral
        ):
            mediated[use.circle_id] += 1
            total[use.circle_id] += 1
    for connection in connections:
        if first <= connection.day <= today and connection.mode is ConnectionMode.MESSAGE:
            total[connection.circle_id] += 1
    shares = [
        CircleShare(circle, total[circle.id], mediated[circle.id])
        for circle in circles
        if total.get(circle.id)
    ]
    shares.sort(key=lambda s: (s.circle.name.casefold(), s.circle.id))
    return tuple(shares)


def overdue_circles(
    circles: Sequence[Circle],
    connections: Sequence[Connection],
    today: dt.date,
    loaded_from: dt.date,
    settings: Settings,
) -> tuple[OverdueCircle, ...]:
    """Circles whose cadence has run out as of `today`, the most overdue first.

    `connections` are those of the days from `loaded_from` to `today`.
    """
    last: dict[int, dt.date] = {}
    for connection in connections:
        if connection.day <= today and connection.day > last.get(connection.circle_id, dt.date.min):
            last[connection.circle_id] = connection.day
    overdue = []
    for circle in circles:
        if circle.cadence_days is None:
            continue
        created = journal_day(circle.created_at, settings.day_start_hour)
        contact = last.get(circle.id)
        if contact is not None:
            since, is_at_least = contact, False
        elif created >= loaded_from:
            since, is_at_least = created, False
        else:
            # Nothing read says when the circle was last seen: at least since the slice began.
            since, is_at_least = loaded_from - dt.timedelta(days=1), True
        days = (today - since).days
        if days > circle.cadence_days:
            overdue.append(OverdueCircle(circle, days, circle.cadence_days, contact, is_at_least))
    overdue.sort(key=lambda o: (-(o.days_since - o.cadence_days), o.circle.name.casefold()))
    return tuple(overdue)


def goal_standings(
    goals: Sequence[Goal],
    progress: Sequence[ProgressEntry],
    today: dt.date,
    settings: Settings,
    uses: Sequence[AiUse] = (),
    connections: Sequence[Connection] = (),
    by_goal: Mapping[int, Sequence[ProgressEntry]] | None = None,
) -> tuple[GoalStanding, ...]:
    """The active goals with their strength, in the order given; measured goals read `uses`
    and `connections` (those of the days the goals' smoothing covers). `by_goal`: `progress`
    already grouped by goal, oldest first, when the caller keeps it."""
    if by_goal is None:
        grouped: dict[int, list[ProgressEntry]] = defaultdict(list)
        for entry in progress:
            grouped[entry.goal_id].append(entry)
        by_goal = grouped
    return tuple(
        GoalStanding(
            goal,
            goal_strength(goal, by_goal.get(goal.id, ()), today, settings, uses, connections),
        )
        for goal in goals
        if goal.status is GoalStatus.ACTIVE
    )


def load_dashboard(
    journal: Journal, today: dt.date | None = None, cache: DashboardCache | None = None
) -> DashboardData:
    """Read what the dashboard needs from `journal` and compute it for `today`.

    `today` defaults to the journal's today. With
    a `cache` kept from an earlier call, only what was written since is read again and only
    the sparkline weeks a write touched are recomputed; the result is the same.
    """
    if cache is None:
        cache = DashboardCache(journal)
    cache.update()
    settings = journal.settings()
    now = journal.now()
    if today is None:
        today = journal_day(now, settings.day_start_hour)
    week_first = week_start(today, settings.week_start)
    small = cache.small_records()
    first = load_first_day(today, settings)
    uses = cache.uses(first, today)
    connections = cache.connections(first, today)
    # Both lists come ordered by day: slices by bisect.
    use_days = [u.day for u in uses]
    connection_days = [c.day for c in connections]
    # Day, week and the weeks of the sparkline not known yet share one context and one rule
    # evaluation, which also gives today's breaches and warnings (it ends today).
    needed = overview_first_day(today, HISTORY_WEEKS, settings, cache.history)
    overview = balance_overview(
        BalanceInputs(
            small.rules,
            _from_day(uses, use_days, needed),
            _connections_from(connections, connection_days, needed),
            small.circles,
            small.check_ins,
            settings,
        ),
        today,
        HISTORY_WEEKS,
        cache.history,
        cache.balance,
    )
    cache.history.update((point.first_day, point) for point in overview.history)
    # The sparkline starts at the journal's first entry: no weeks before the journal existed.
    journal_first = cache.first_day()
    history = tuple(
        p for p in overview.history if journal_first is not None and p.as_of >= journal_first
    )
    window_first = today - dt.timedelta(days=WINDOW_DAYS - 1)
    done = cache.completed_weeks(settings)
    return DashboardData(
        today=today,
        week_first=week_first,
        settings=settings,
        day=overview.day,
        week=overview.week,
        history=history,
        warnings=overview.report.warnings,
        breaches=tuple(b for b in overview.report.breaches if b.day == today),
        rules=small.rules,
        circles=small.circles,
        week_minutes=week_minutes(_from_day(uses, use_days, week_first), week_first, today),
        daily_budget=smallest_daily_budget(small.rules),
        circle_shares=circle_shares(
            small.circles,
            _from_day(uses, use_days, window_first),
            _connections_from(connections, connection_days, window_first),
            today,
        ),
        overdue=overdue_circles(small.circles, connections, today, first, settings),
        goals=goal_standings(
            small.goals,
            small.progress,
            today,
            settings,
            uses,
            connections,
            cache.progress_by_goal(),
        ),
        check_in_streak=checkins.streak_of(done, today, settings),
        missed_check_in=checkins.missed_week_of(done, cache.first_day(), today, settings),
        has_entries=bool(uses or connections),
    )
