"""What an import produces, and the rules that turn timestamps into AI-use sessions.

Every importer reduces its file to plain epoch seconds per conversation (or per tool, for
ActivityWatch) and hands them to the functions here, so the grouping and the minutes estimate
are written once and documented once (see `docs/importers.md`):

* **Grouping.** The times of one conversation (or one tool) are sorted; a gap of *more than*
  `gap_minutes` (default 30) between one message and the next starts a new session.
* **Chat minutes.** From the first to the last message of the session, rounded up to whole
  minutes, plus `CHAT_TAIL_MINUTES` (2) for reading or writing the last message. A session of a
  single message therefore counts 2 minutes.
* **ActivityWatch minutes.** The time covered by the session's events (overlaps counted once),
  rounded up to whole minutes, at least 1.
* **Stable ids.** `<source>:<conversation id or tool>:<whole epoch second of the first
  message>`, so importing the same file twice yields the same ids and the journal adds nothing.

Nothing here keeps message text: a session is a start time, a length and counts.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from vision_journal.core.imports.errors import ImportCancelled
from vision_journal.core.records import UseSource

#: A gap of more than this many minutes between two messages starts a new session.
DEFAULT_GAP_MINUTES = 30

#: Minutes added to a chat session's span for reading or writing its last message.
CHAT_TAIL_MINUTES = 2

#: How far past "now" a timestamp may lie before it is rejected (clock skew, not typos).
FUTURE_TOLERANCE = dt.timedelta(days=365)

#: Called now and then with (items done, items in total) so a window can show progress.
ProgressCallback = Callable[[int, int], None]

#: Returns True when the person asked to stop; the importer then raises `ImportCancelled`.
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class ImportedSession:
    """One AI-use session found in an export: when, how long, which tool; never any text.

    `started_at` is local wall-clock time without a zone, like every time the journal holds.
    `message_count` counts the user and assistant messages of a chat session, or the
    window/tab events of an ActivityWatch session.
    """

    started_at: dt.datetime
    minutes: int
    tool_name: str
    source: UseSource
    source_id: str
    message_count: int


@dataclass(frozen=True, slots=True)
class Rejection:
    """One item of the file that was left out, and why, e.g. ("conversation 12", "...")."""

    where: str
    why: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """Items left out on purpose, in words a person understands, and how many."""

    why: str
    count: int


# What importers skip on purpose, worded for the preview (ui/core_text.py translates them).
SKIP_SERVICE = "system and tool messages"
SKIP_HIDDEN = "hidden messages (custom instructions and context the service added)"
SKIP_BRANCHES = "earlier versions of edited or regenerated messages"
SKIP_EMPTY = "empty conversations"
SKIP_TWICE = "conversations that appear twice in the export"
SKIP_OTHER_APPS = "time in other apps and websites"
SKIP_AWAY = "time away from the keyboard"
SKIP_SWITCHES = "window switches without time spent"
SKIP_OTHER_BUCKETS = "other kinds of ActivityWatch data (editors, input)"


@dataclass(frozen=True, slots=True)
class ImportReport:
    """Everything one file yielded: the sessions to preview, what was rejected, what was skipped.

    `skipped` lists what was left out on purpose, which is not an error: system and tool
    messages, earlier versions of edited messages, empty conversations, window events of apps
    that are not AI tools, time spent away from the keyboard. `found` counts the items the
    file holds (conversations, or events for ActivityWatch); `is_complete` is False when the
    file broke off or was damaged part way and only the items before that were read (the
    rejections say where).
    """

    sessions: tuple[ImportedSession, ...]
    rejected: tuple[Rejection, ...]
    skipped: tuple[Skipped, ...] = ()
    found: int = 0
    is_complete: bool = True

    @property
    def ignored_count(self) -> int:
        """All items skipped on purpose."""
        return sum(s.count for s in self.skipped)

    @property
    def first_day(self) -> dt.date | None:
        """The calendar date of the earliest session start, or None without sessions."""
        earliest = min((s.started_at for s in self.sessions), default=None)
        return earliest.date() if earliest is not None else None

    @property
    def last_day(self) -> dt.date | None:
        """The calendar date of the latest session start, or None without sessions."""
        latest = max((s.started_at for s in self.sessions), default=None)
        return latest.date() if latest is not None else None

    @property
    def total_minutes(self) -> int:
        """The minutes of all sessions together."""
        return sum(s.minutes for s in self.sessions)


class TimeBounds:
    """The epoch seconds an importer accepts: from 1970-01-01 up to a year after `now`.

    Anything outside is a damaged or foreign value, not a real message time; rejecting it keeps
    a single bad number from stretching a session over decades.
    """

    __slots__ = ("earliest", "latest")

    def __init__(self, now: dt.datetime | None, tz: dt.tzinfo | None) -> None:
        if now is None:
            aware_now = dt.datetime.now(dt.UTC)
        elif now.tzinfo is None:
            # A naive "now" is the journal's own clock: local wall-clock time in `tz`.
            aware_now = now.replace(tzinfo=tz) if tz is not None else now.astimezone()
        else:
            aware_now = now
        self.earliest = 0.0
        self.latest = (aware_now + FUTURE_TOLERANCE).timestamp()

    def problem(self, epoch: float) -> str | None:
        """Why `epoch` is not acceptable, or None when it is."""
        if not math.isfinite(epoch):
            return "is not a finite number"
        if epoch < self.earliest:
            return "is before 1970-01-01"
        if epoch > self.latest:
            return "is more than a year in the future"
        return None


def local_time(epoch: float, tz: dt.tzinfo | None) -> dt.datetime:
    """`epoch` as naive wall-clock time in `tz` (None: the system's local zone), whole seconds.

    Whole seconds, like the source id, so the start a person sees and the id always agree.
    """
    whole = math.floor(epoch)
    if tz is None:
        return dt.datetime.fromtimestamp(whole)
    return dt.datetime.fromtimestamp(whole, tz).replace(tzinfo=None)


def check_gap_minutes(gap_minutes: int) -> None:
    """Refuse a gap that would make the grouping meaningless; a caller's bug, not the file's."""
    if gap_minutes < 1:
        raise ValueError(f"gap_minutes must be at least 1, not {gap_minutes}")


def chat_minutes(first_epoch: float, last_epoch: float) -> int:
    """The documented estimate: span rounded up to minutes, plus the tail, at least 1."""
    span = math.ceil(max(0.0, last_epoch - first_epoch) / 60)
    return max(1, span + CHAT_TAIL_MINUTES)


def make_source_id(source: UseSource, key: str, first_epoch: float) -> str:
    """A stable id: the same file always gives the same ids, so re-imports add nothing."""
    return f"{source.value}:{key}:{math.floor(first_epoch)}"


def chat_sessions(
    epochs: Sequence[float],
    *,
    key: str,
    tool_name: str,
    source: UseSource,
    gap_minutes: int,
    tz: dt.tzinfo | None,
) -> list[ImportedSession]:
    """Group one conversation's message times into sessions by the gap rule."""
    ordered = sorted(epochs)
    if not ordered:
        return []
    gap_seconds = gap_minutes * 60
    sessions: list[ImportedSession] = []
    start = 0
    for index in range(1, len(ordered) + 1):
        if index < len(ordered) and ordered[index] - ordered[index - 1] <= gap_seconds:
            continue
        first, last = ordered[start], ordered[index - 1]
        sessions.append(
            ImportedSession(
                started_at=local_time(first, tz),
                minutes=chat_minutes(first, last),
                tool_name=tool_name,
                source=source,
                source_id=make_source_id(source, key, first),
                message_count=index - start,
            )
        )
        start = index
    return sessions


def interval_sessions(
    intervals: list[tuple[float, float, int]],
    *,
    key: str,
    tool_name: str,
    source: UseSource,
    gap_minutes: int,
    tz: dt.tzinfo | None,
) -> list[ImportedSession]:
    """Group one tool's (start, end, event count) intervals into sessions; overlaps count once.

    A new session starts when an interval begins more than `gap_minutes` after everything
    before it has ended. Minutes are the covered seconds, rounded up, at least 1.
    """
    if not intervals:
        return []
    intervals.sort()
    gap_seconds = gap_minutes * 60
    sessions: list[ImportedSession] = []

    def close(first: float, covered: float, count: int) -> None:
        sessions.append(
            ImportedSession(
                started_at=local_time(first, tz),
                minutes=max(1, math.ceil(covered / 60)),
                tool_name=tool_name,
                source=source,
                source_id=make_source_id(source, key, first),
                message_count=count,
            )
        )

    first, reach, count = intervals[0]
    covered = reach - first
    for start, end, events in intervals[1:]:
        if start - reach > gap_seconds:
            close(first, covered, count)
            first, reach, covered, count = start, end, end - start, events
            continue
        count += events
        if end > reach:
            # Only the part past everything seen so far is new time (window and tab overlap).
            covered += end - max(start, reach)
            reach = end
    close(first, covered, count)
    return sessions


def summarise_problems(where: str, problems: dict[str, int], noun: str) -> list[Rejection]:
    """One rejection per kind of problem, with a count, instead of one per message or event.

    A damaged export can have a million bad events; a million identical lines would hide the
    one line that matters.
    """
    return [
        Rejection(where, why if count == 1 else f"{count} {noun}: {why}")
        for why, count in problems.items()
    ]


def short_id(value: str, limit: int = 40) -> str:
    """An id from the file, cut to a readable length for messages."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


def build_report(
    sessions: list[ImportedSession],
    rejected: list[Rejection],
    skipped: dict[str, int],
    *,
    found: int,
    is_complete: bool = True,
) -> ImportReport:
    """A report with sessions in a fixed order, so two parses of one file compare equal."""
    sessions.sort(key=lambda s: (s.started_at, s.source_id))
    return ImportReport(
        tuple(sessions),
        tuple(rejected),
        tuple(Skipped(why, count) for why, count in skipped.items() if count),
        found,
        is_complete,
    )


def count(tally: dict[str, int], why: str, amount: int = 1) -> None:
    """Add `amount` to `tally[why]`."""
    tally[why] = tally.get(why, 0) + amount


class Pacer:
    """Calls the progress callback and the cancel check every `step` items, not every item.

    Checking per item would cost more than parsing it for a million ActivityWatch events.
    """

    __slots__ = ("_is_cancelled", "_next", "_progress", "step", "total")

    def __init__(
        self,
        total: int,
        progress: ProgressCallback | None,
        is_cancelled: CancelCheck | None,
        step: int,
    ) -> None:
        self.total = total
        self.step = max(1, step)
        self._progress = progress
        self._is_cancelled = is_cancelled
        self._next = 0

    def tick(self, done: int) -> None:
        """Report `done` and honour a cancel request, if `done` reached the next step."""
        if done < self._next:
            return
        self._next = done + self.step
        self.check(done)

    def check(self, done: int) -> None:
        """Report `done` and honour a cancel request now."""
        if self._is_cancelled is not None and self._is_cancelled():
            raise ImportCancelled("the import was cancelled")
        if self._progress is not None:
            self._progress(done, self.total)
