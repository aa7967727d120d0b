"""What the dashboard read and computed, kept between refreshes of an open journal.

The window also reads through it where a dialog needs the same records at once: the
firm-rule check before a use is saved (`friction.breaches_of`).

Qt-free. A refresh after a change must take one frame, so it cannot re-read ten thousand
uses or recompute eleven finished weeks. The cache keeps the uses and connections by
journal day, the few small records (rules, circles, goals, progress, completed check-ins)
and the sparkline's points, and learns from the journal's `ChangeWatch` what was written:

- a use or connection written on some days: those days are read again, and the points of
  the weeks ending on or after the earliest of them are dropped (a week's point depends only
  on its own days and the days before), and the balance's memo forgets those days' sums and
  the adherence values and breaches of the days from the earliest of them on;
- anything else the dashboard shows (rules, circles, tools, goals, progress, check-ins,
  settings), or a bulk write: everything is dropped;
- what the dashboard never shows (the vision, drafts, breach notes, check-in answers):
  nothing is dropped, so typing in the vision editor costs the dashboard nothing;
- a write from another process (the command line importing while the window is open), seen
  as a new `data_version` of the connection: everything is dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from sqlalchemy import select

from vision_journal.core import checkins
from vision_journal.core.balance import BalanceMemo, HistoryPoint
from vision_journal.core.changes import DAY_TABLES, Changes
from vision_journal.core.db.models import CheckInRow, ProgressRow
from vision_journal.core.records import (
    AiUse,
    BoundaryRule,
    CheckIn,
    CheckInStatus,
    Circle,
    Connection,
    Goal,
    ProgressEntry,
    Settings,
)

if TYPE_CHECKING:
    from vision_journal.core.journal import Journal

#: Tables the dashboard does not show: writing them keeps everything cached.
UNSHOWN_TABLES = frozenset(
    {
        "vision_revision",
        "vision_sphere",
        "stakeholder",
        "breach_note",
        "checkin_prompt",
        "checkin_answer",
        "checkin_adjustment",
        "draft",
    }
)

#: Above this many changed days one read of their whole span is cheaper than one per day.
_SPAN_READ_DAYS = 7


def completed_check_ins(journal: Journal) -> tuple[CheckIn, ...]:
    """The completed check-ins, newest week first, without their answers and adjustments.

    The balance reads only their week, completion time and ratings; leaving out the two
    related tables (and the ORM) makes this a single small query.
    """
    columns = (
        CheckInRow.id,
        CheckInRow.week_start,
        CheckInRow.status,
        CheckInRow.rating_connection,
        CheckInRow.rating_reliance,
        CheckInRow.rating_alignment,
        CheckInRow.completed_at,
        CheckInRow.updated_at,
    )
    statement = (
        select(*columns)
        .where(CheckInRow.status == CheckInStatus.COMPLETED)
        .order_by(CheckInRow.week_start.desc())
    )
    with journal.session() as session:
        return tuple(
            CheckIn(
                id=row.id,
                week_start=row.week_start,
                status=row.status,
                facts_json="{}",
                rating_connection=row.rating_connection,
                rating_reliance=row.rating_reliance,
                rating_alignment=row.rating_alignment,
                answers=(),
                adjustments=(),
                completed_at=row.completed_at,
                updated_at=row.updated_at,
            )
            for row in session.execute(statement)
        )


def all_progress(journal: Journal) -> tuple[ProgressEntry, ...]:
    """Every goal's progress entries, oldest first, read with one Core select.

    The same records as `Journal.progress()`, without building thousands of ORM objects first.
    """
    columns = (ProgressRow.id, ProgressRow.goal_id, ProgressRow.day, ProgressRow.value)
    statement = select(*columns, ProgressRow.note).order_by(ProgressRow.day, ProgressRow.id)
    with journal.session() as session:
        return tuple(ProgressEntry(*row) for row in session.execute(statement))


@dataclass(frozen=True, slots=True)
class SmallRecords:
    """The records the dashboard reads whole: few, and changed rarely."""

    rules: tuple[BoundaryRule, ...]
    circles: tuple[Circle, ...]
    goals: tuple[Goal, ...]
    progress: tuple[ProgressEntry, ...]
    check_ins: tuple[CheckIn, ...]


#: A day's record: an AI use or a connection.
T = TypeVar("T", AiUse, Connection)


def _by_day(items: Iterable[T]) -> dict[dt.date, list[T]]:
    found: dict[dt.date, list[T]] = {}
    for item in items:
        found.setdefault(item.day, []).append(item)
    return found


class _DayRecords(Generic[T]):
    """Uses or connections of a span of journal days, by day, in the order the journal gives."""

    def __init__(self, read: Callable[[dt.date, dt.date], Sequence[T]]) -> None:
        self._read: Callable[[dt.date, dt.date], Sequence[T]] = read
        self._days: dict[dt.date, list[T]] = {}
        self._span: tuple[dt.date, dt.date] | None = None

    def clear(self) -> None:
        self._days.clear()
        self._span = None

    def forget(self, days: Iterable[dt.date]) -> None:
        """Read these days again when next asked for them."""
        if self._span is None:
            return
        first, last = self._span
        stale = sorted(d for d in days if first <= d <= last)
        if not stale:
            return
        if len(stale) > _SPAN_READ_DAYS:
            self._load(stale[0], stale[-1])
            return
        for day in stale:
            self._load(day, day)

    def _load(self, first: dt.date, last: dt.date) -> None:
        for day in [d for d in self._days if first <= d <= last]:
            del self._days[day]
        self._days.update(_by_day(self._read(first, last)))

    def within(self, first: dt.date, last: dt.date) -> list[T] | None:
        """The records of the days from `first` to `last` when all are kept, else None."""
        if self._span is None or first < self._span[0] or last > self._span[1]:
            return None
        return [
            item for day in sorted(self._days) if first <= day <= last for item in self._days[day]
        ]

    def between(self, first: dt.date, last: dt.date) -> list[T]:
        """Every record of the days from `first` to `last`, by day and start time."""
        if self._span is None or first > self._span[1] or last < self._span[0]:
            self.clear()
            self._load(first, last)
        else:
            old_first, old_last = self._span
            if first < old_first:
                self._load(first, old_first - dt.timedelta(days=1))
            if last > old_last:
                self._load(old_last + dt.timedelta(days=1), last)
            for day in [d for d in self._days if d < first or d > last]:
                del self._days[day]
        self._span = (first, last)
        return [item for day in sorted(self._days) for item in self._days[day]]


class DashboardCache:
    """The dashboard's reads and sparkline points of one open journal, kept while valid.

    `history` maps a week's first day to its point; `load_dashboard` fills it, and this
    class drops the points a write makes stale.
    """

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self._watch = journal.watch()
        self._outside = journal.outside_version()
        self._small: SmallRecords | None = None
        self._uses: _DayRecords[AiUse] = _DayRecords(journal.uses_between)
        self._connections: _DayRecords[Connection] = _DayRecords(journal.connections_between)
        # The journal's first day (None: not read yet; a 1-tuple, as the journal may be empty).
        self._first_day: tuple[dt.date | None] | None = None
        self.history: dict[dt.date, HistoryPoint] = {}
        #: The balance's per-day sums and budget adherence, forgotten as the days are written.
        self.balance = BalanceMemo()
        # Derived from the small records (and the settings): kept while they are.
        self._by_goal: tuple[SmallRecords, dict[int, list[ProgressEntry]]] | None = None
        self._done: tuple[SmallRecords, Settings, set[dt.date]] | None = None

    def update(self) -> None:
        """Drop what was written since the last update."""
        outside = self._journal.outside_version()
        if outside != self._outside:
            # Written by another process (or connection): what changed is not known here.
            self._outside = outside
            self._watch.take()
            self._clear()
            return
        self._apply(self._watch.take())

    def _clear(self) -> None:
        self._small = None
        self._first_day = None
        self._uses.clear()
        self._connections.clear()
        self.history.clear()
        self.balance.clear()

    def _apply(self, changes: Changes) -> None:
        if changes.is_empty:
            return
        if changes.touches_other_than(DAY_TABLES | UNSHOWN_TABLES):
            self._clear()
            return
        if changes.bulk_tables & DAY_TABLES:
            self._first_day = None
            self._uses.clear()
            self._connections.clear()
            self.history.clear()
            self.balance.clear()
            return
        if not changes.days:
            return
        earliest = min(changes.days)
        if self._first_day is not None and (
            self._first_day[0] is None or earliest <= self._first_day[0]
        ):
            # A record on or before the first day was added, moved or deleted.
            self._first_day = None
        self.history = {f: p for f, p in self.history.items() if p.as_of < earliest}
        self._uses.forget(changes.days)
        self._connections.forget(changes.days)
        self.balance.forget(changes.days)

    def small_records(self) -> SmallRecords:
        """The rules, circles, goals, progress and completed check-ins."""
        if self._small is None:
            journal = self._journal
            self._small = SmallRecords(
                rules=tuple(journal.rules()),
                circles=tuple(journal.circles()),
                goals=tuple(journal.goals()),
                progress=all_progress(journal),
                check_ins=completed_check_ins(journal),
            )
        return self._small

    def progress_by_goal(self) -> dict[int, list[ProgressEntry]]:
        """The progress entries of each goal, oldest first."""
        small = self.small_records()
        if self._by_goal is None or self._by_goal[0] is not small:
            by_goal: dict[int, list[ProgressEntry]] = {}
            for entry in small.progress:
                by_goal.setdefault(entry.goal_id, []).append(entry)
            self._by_goal = (small, by_goal)
        return self._by_goal[1]

    def completed_weeks(self, settings: Settings) -> set[dt.date]:
        """`checkins.completed_weeks` of the completed check-ins under `settings`."""
        small = self.small_records()
        if self._done is None or self._done[0] is not small or self._done[1] != settings:
            self._done = (small, settings, checkins.completed_weeks(small.check_ins, settings))
        return self._done[2]

    def uses(self, first: dt.date, last: dt.date) -> list[AiUse]:
        """The AI uses of the journal days from `first` to `last`, by day and start time."""
        return self._uses.between(first, last)

    def connections(self, first: dt.date, last: dt.date) -> list[Connection]:
        """The connections of the journal days from `first` to `last`, by day and start time."""
        return self._connections.between(first, last)

    def uses_between(self, first: dt.date, last: dt.date) -> list[AiUse]:
        """The AI uses of the days from `first` to `last`, from what is kept when it covers
        them, else from the journal. Like every read here: call `update` first."""
        kept = self._uses.within(first, last)
        return kept if kept is not None else self._journal.uses_between(first, last)

    def connections_between(self, first: dt.date, last: dt.date) -> list[Connection]:
        """The connections of the days from `first` to `last`, like `uses_between`."""
        kept = self._connections.within(first, last)
        return kept if kept is not None else self._journal.connections_between(first, last)

    def rules(self) -> tuple[BoundaryRule, ...]:
        """Every boundary rule."""
        return self.small_records().rules

    def first_day(self) -> dt.date | None:
        """The journal's first day with a use, a connection or a check-in week."""
        if self._first_day is None:
            self._first_day = (checkins.journal_first_day(self._journal),)
        return self._first_day[0]
