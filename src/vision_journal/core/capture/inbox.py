"""The inbox: AI sessions found by capture wait here until a person confirms or dismisses them.

A found session is not a use. It counts toward no rule, no budget and no index until it is
confirmed; then it becomes an ordinary use (source "capture") labelled by the person.

**One session, one use.** Every session a source yields carries that source's stable id.
`file_batch` decides where each goes (documented in `docs/capture.md`):

1. an id already known changes nothing, except that a still-waiting session found to have
   grown (it was open at the last sync) is extended: re-syncing is idempotent;
2. a use of the same tool overlapping the session (logged by hand, imported, confirmed) keeps
   the id: the time is already in the journal;
3. a found session of the same tool that overlaps it, or lies within `MERGE_SLACK` of it,
   takes it in (start and end widen; the minutes are the larger of the two, because two
   sources seeing the same time must not double it), whatever its state: a dismissed
   session stays dismissed when a second source finds the same time;
4. otherwise a new session waits in the inbox.

Each function taking a `Journal` is one transaction. Confirm and dismiss are operations
(`core/operations`): each returns an `OpResult` whose undo step takes the whole batch back.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right, insort
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from vision_journal.core import boundaries, usage
from vision_journal.core.calendar import journal_day
from vision_journal.core.db.models import AiToolRow, AiUseRow, FoundSessionRow, FoundSourceRow
from vision_journal.core.journal import Journal
from vision_journal.core.operations import Label, OpResult
from vision_journal.core.records import (
    AiUse,
    AiUseInput,
    Disclosure,
    Mediation,
    Sphere,
    ToolKind,
    UsePurpose,
    UseSource,
)
from vision_journal.core.validation import MINUTES_PER_DAY, Checker

WAITING = "waiting"
DISMISSED = "dismissed"
CONFIRMED = "confirmed"

#: Two sessions of one tool this close together are one sitting (see `docs/capture.md`).
MERGE_SLACK = dt.timedelta(minutes=2)

#: The tool id of a session whose tool is not in the journal yet (no rule can name it).
NO_TOOL = 0

#: How many hours around a session's start the suggestions look at in earlier uses.
SUGGESTION_HOURS = 2

#: How many of a tool's latest uses the suggestions read.
SUGGESTION_BASIS = 500

#: What each source is called where a person reads it ("found by ActivityWatch and Firefox").
SOURCE_LABELS: Mapping[str, str] = {
    "activitywatch": "ActivityWatch",
    "firefox": "Firefox",
    "chrome": "Chrome",
    "chromium": "Chromium",
    "brave": "Brave",
    "edge": "Edge",
    "vivaldi": "Vivaldi",
    "chatgpt": "your ChatGPT export",
    "claude": "your Claude export",
    "manual": "your own log",
    "json": "a data file",
}


@dataclass(frozen=True, slots=True)
class FoundCandidate:
    """A session one source yielded: local wall-clock times, active minutes, its stable id."""

    tool_name: str
    tool_kind: ToolKind
    started_at: dt.datetime
    ended_at: dt.datetime
    minutes: int
    source: str
    source_id: str


@dataclass(frozen=True, slots=True)
class FoundSession:
    """A found session as the inbox shows it; `sources` name who found it, in order."""

    id: int
    tool_name: str
    tool_kind: ToolKind
    started_at: dt.datetime
    ended_at: dt.datetime
    minutes: int
    day: dt.date
    state: str
    use_id: int | None
    sources: tuple[str, ...]
    source_ids: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Labels:
    """What a person says about a found session when confirming it."""

    purpose: UsePurpose
    sphere: Sphere
    circle_id: int | None = None
    mediation: Mediation = Mediation.NONE
    disclosed: Disclosure = Disclosure.NOT_APPLICABLE
    minutes: int | None = None
    started_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Labels the person gave most often to earlier uses of the same tool at that time of day.

    `basis` is how many earlier uses it rests on (0: nothing to suggest from, and every
    field is None).
    """

    purpose: UsePurpose | None
    sphere: Sphere | None
    circle_id: int | None
    mediation: Mediation | None
    basis: int


class Outcome:
    """What filing did with one candidate (names for counting)."""

    NEW = "new"
    MERGED = "merged"
    ON_USE = "on_use"
    KNOWN = "known"
    GREW = "grew"


def source_label(source: str) -> str:
    """How a source is named to a person."""
    return SOURCE_LABELS.get(source, source)


def found_by_text(sources: Sequence[str]) -> str:
    """ "ActivityWatch and your ChatGPT export": the sources of one session, each once."""
    names = list(dict.fromkeys(source_label(s) for s in sources))
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


# --- filing what a source found ------------------------------------------------------------


class _Filer:
    """Files many candidates in one session, reading what it compares with once.

    A sync can bring thousands of sessions; asking the database three questions for each
    took most of a sync's time. The source ids already known, and the uses and found
    sessions of the same tools over the candidates' time span, are read up front and kept
    in memory; new sessions are written together at the end.
    """

    def __init__(
        self,
        session: Session,
        candidates: Sequence[FoundCandidate],
        now: dt.datetime,
        day_start_hour: int,
    ) -> None:
        self._session = session
        self._now = now
        self._day_start = day_start_hour
        self._known: dict[tuple[str, str], FoundSourceRow] = {}
        pairs = sorted({(c.source, c.source_id) for c in candidates})
        for start in range(0, len(pairs), 400):
            chunk = pairs[start : start + 400]
            for link in session.scalars(
                select(FoundSourceRow).where(
                    FoundSourceRow.source.in_({p[0] for p in chunk}),
                    FoundSourceRow.source_id.in_({p[1] for p in chunk}),
                )
            ):
                self._known[(link.source, link.source_id)] = link
        self._uses: dict[str, list[tuple[dt.datetime, dt.datetime, int]]] = {}
        self._found: dict[str, list[FoundSessionRow]] = {}
        self._seen: set[tuple[str, str]] = set()
        self._links: list[tuple[FoundCandidate, FoundSessionRow | None, int | None]] = []
        if not candidates:
            return
        reach = dt.timedelta(minutes=MINUTES_PER_DAY) + MERGE_SLACK
        first = min(c.started_at for c in candidates) - reach
        last = max(c.ended_at for c in candidates) + MERGE_SLACK
        tools = {c.tool_name.lower() for c in candidates}
        for use_id, started_at, minutes, name in session.execute(
            select(AiUseRow.id, AiUseRow.started_at, AiUseRow.minutes, AiToolRow.name)
            .join(AiToolRow, AiToolRow.id == AiUseRow.tool_id)
            .where(
                func.lower(AiToolRow.name).in_(tools),
                AiUseRow.started_at.between(first, last),
            )
            .order_by(AiUseRow.started_at)
        ):
            self._uses.setdefault(name.lower(), []).append(
                (started_at, started_at + dt.timedelta(minutes=minutes), int(use_id))
            )
        for row in session.scalars(
            select(FoundSessionRow)
            .where(
                FoundSessionRow.tool_name.in_({c.tool_name for c in candidates}),
                FoundSessionRow.started_at.between(first, last),
            )
            .order_by(FoundSessionRow.started_at)
        ):
            self._found.setdefault(row.tool_name, []).append(row)

    def file(self, candidate: FoundCandidate) -> str:
        """Put one candidate where it belongs (see the module's rules); returns an `Outcome`."""
        key = (candidate.source, candidate.source_id)
        known = self._known.get(key)
        if known is not None:
            return _grow(self._session, known, candidate)
        if key in self._seen:
            return Outcome.KNOWN  # the same id twice in one batch
        self._seen.add(key)
        # Both lists are sorted by start; only entries starting up to a day before the
        # candidate (a use lasts at most a day) and before its end can touch it.
        latest = candidate.ended_at + MERGE_SLACK
        earliest = candidate.started_at - dt.timedelta(minutes=MINUTES_PER_DAY) - MERGE_SLACK
        uses = self._uses.get(candidate.tool_name.lower(), [])
        for index in range(bisect_right(uses, latest, key=lambda u: u[0]) - 1, -1, -1):
            started_at, ended_at, use_id = uses[index]
            if started_at < earliest:
                break
            if _close(started_at, ended_at, candidate.started_at, candidate.ended_at):
                self._links.append((candidate, None, use_id))
                return Outcome.ON_USE
        rows = self._found.setdefault(candidate.tool_name, [])
        for index in range(bisect_right(rows, latest, key=_start) - 1, -1, -1):
            row = rows[index]
            if row.started_at < earliest:
                break
            if _close(row.started_at, row.ended_at, candidate.started_at, candidate.ended_at):
                _widen(row, candidate, self._day_start)
                self._links.append((candidate, row, row.use_id))
                return Outcome.MERGED
        row = FoundSessionRow(
            tool_name=candidate.tool_name,
            tool_kind=candidate.tool_kind,
            started_at=candidate.started_at,
            ended_at=max(candidate.ended_at, candidate.started_at),
            minutes=_minutes(candidate.minutes),
            day=journal_day(candidate.started_at, self._day_start),
            state=WAITING,
            created_at=self._now,
        )
        self._session.add(row)
        insort(rows, row, key=_start)
        self._links.append((candidate, row, None))
        return Outcome.NEW

    def finish(self) -> None:
        """Write the new sessions, then every source id with the session or use it joined."""
        self._session.flush()
        self._session.add_all(
            FoundSourceRow(
                source=candidate.source,
                source_id=candidate.source_id,
                found_session_id=row.id if row is not None else None,
                use_id=use_id,
                created_at=self._now,
            )
            for candidate, row, use_id in self._links
        )
        self._session.flush()


def file_batch(
    session: Session, candidates: Sequence[FoundCandidate], now: dt.datetime, day_start: int
) -> Counter[str]:
    """File every candidate (in start order) in `session`; how many ended up where."""
    ordered = sorted(candidates, key=lambda c: (c.started_at, c.source, c.source_id))
    filer = _Filer(session, ordered, now, day_start)
    outcomes: Counter[str] = Counter(filer.file(candidate) for candidate in ordered)
    filer.finish()
    return outcomes


def join_waiting(
    session: Session, candidates: Sequence[FoundCandidate], now: dt.datetime, day_start: int
) -> list[int | None]:
    """For an import of files (a ChatGPT or Claude export): each candidate that a *waiting*
    found session of the same tool overlaps (or lies within `MERGE_SLACK` of) joins it, as
    rule 3 files a second source's session during a sync: the session widens and keeps the
    candidate's id, and no use is written for it, so the time counts once, when the person
    confirms it. Returns, for each candidate in order, the session it joined or None (the
    import writes that one as a use). Ids already known are for the caller to leave out."""
    joined: list[int | None] = [None] * len(candidates)
    if not candidates:
        return joined
    reach = dt.timedelta(minutes=MINUTES_PER_DAY) + MERGE_SLACK
    first = min(c.started_at for c in candidates) - reach
    last = max(c.ended_at for c in candidates) + MERGE_SLACK
    waiting: dict[str, list[FoundSessionRow]] = {}
    for row in session.scalars(
        select(FoundSessionRow)
        .where(
            FoundSessionRow.state == WAITING,
            func.lower(FoundSessionRow.tool_name).in_({c.tool_name.lower() for c in candidates}),
            FoundSessionRow.started_at.between(first, last),
        )
        .order_by(FoundSessionRow.started_at)
    ):
        waiting.setdefault(row.tool_name.lower(), []).append(row)
    links: list[FoundSourceRow] = []
    for index, candidate in enumerate(candidates):
        for row in waiting.get(candidate.tool_name.lower(), ()):
            if _close(row.started_at, row.ended_at, candidate.started_at, candidate.ended_at):
                _widen(row, candidate, day_start)
                joined[index] = row.id
                links.append(
                    FoundSourceRow(
                        source=candidate.source,
                        source_id=candidate.source_id,
                        found_session_id=row.id,
                        use_id=None,
                        created_at=now,
                    )
                )
                break
    session.add_all(links)
    session.flush()
    return joined


def fold_waiting(session: Session, found_ids: Iterable[int], day_start: int) -> int:
    """Each session of `found_ids` (just merged in from a data file) that still waits and
    that a waiting session of the journal's own, of the same tool, overlaps (or lies within
    `MERGE_SLACK` of) joins it, as rule 3 files a second source: the journal's session widens
    and takes its source ids, and the added one goes. Returns how many joined."""
    added = set(found_ids)
    if not added:
        return 0
    rows = list(
        session.scalars(
            select(FoundSessionRow)
            .where(FoundSessionRow.state == WAITING)
            .order_by(FoundSessionRow.started_at)
        )
    )
    own: dict[str, list[FoundSessionRow]] = {}
    for row in rows:
        if row.id not in added:
            own.setdefault(row.tool_name.lower(), []).append(row)
    joined = 0
    for row in rows:
        if row.id not in added:
            continue
        target = next(
            (
                o
                for o in own.get(row.tool_name.lower(), ())
                if _close(o.started_at, o.ended_at, row.started_at, row.ended_at)
            ),
            None,
        )
        if target is None:
            continue
        candidate = FoundCandidate(
            row.tool_name, row.tool_kind, row.started_at, row.ended_at, row.minutes, "", ""
        )
        _widen(target, candidate, day_start)
        session.execute(
            update(FoundSourceRow)
            .where(FoundSourceRow.found_session_id == row.id)
            .values(found_session_id=target.id)
        )
        session.delete(row)
        joined += 1
    session.flush()
    return joined


def known_source_ids(session: Session, source: str, ids: Sequence[str]) -> set[str]:
    """Those of `ids` (of one source) a found session or a use's link already holds."""
    known: set[str] = set()
    for start in range(0, len(ids), 400):
        known.update(
            session.scalars(
                select(FoundSourceRow.source_id).where(
                    FoundSourceRow.source == source,
                    FoundSourceRow.source_id.in_(ids[start : start + 400]),
                )
            )
        )
    return known


def _start(row: FoundSessionRow) -> dt.datetime:
    return row.started_at


def _minutes(value: int) -> int:
    return max(1, min(MINUTES_PER_DAY, value))


def _grow(session: Session, known: FoundSourceRow, candidate: FoundCandidate) -> str:
    """An id seen before: a waiting session found longer than before takes the new end."""
    if known.found_session_id is None:
        return Outcome.KNOWN
    found = session.get(FoundSessionRow, known.found_session_id)
    if found is None or found.state != WAITING:
        return Outcome.KNOWN
    if candidate.ended_at <= found.ended_at and candidate.minutes <= found.minutes:
        return Outcome.KNOWN
    found.ended_at = max(found.ended_at, candidate.ended_at)
    found.minutes = _minutes(max(found.minutes, candidate.minutes))
    return Outcome.GREW


def _close(
    a_start: dt.datetime, a_end: dt.datetime, b_start: dt.datetime, b_end: dt.datetime
) -> bool:
    return a_start <= b_end + MERGE_SLACK and b_start <= a_end + MERGE_SLACK


def _widen(found: FoundSessionRow, candidate: FoundCandidate, day_start_hour: int) -> None:
    if found.state != WAITING:
        return  # what the person decided stays as they left it
    found.started_at = min(found.started_at, candidate.started_at)
    found.ended_at = max(found.ended_at, candidate.ended_at)
    found.minutes = _minutes(max(found.minutes, candidate.minutes))
    found.day = journal_day(found.started_at, day_start_hour)


def file_sessions(journal: Journal, candidates: Iterable[FoundCandidate]) -> Counter[str]:
    """File every candidate in one transaction; returns how many ended up where (`Outcome`)."""
    with journal.session() as session:
        return file_batch(
            session, list(candidates), journal.now(), journal.settings().day_start_hour
        )


# --- reading --------------------------------------------------------------------------------


def count_waiting(journal: Journal) -> int:
    """How many found sessions wait for review (for the sidebar, tray, dashboard, `status`)."""
    with journal.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(FoundSessionRow)
                .where(FoundSessionRow.state == WAITING)
            )
            or 0
        )


_COLUMNS = (
    FoundSessionRow.id,
    FoundSessionRow.tool_name,
    FoundSessionRow.tool_kind,
    FoundSessionRow.started_at,
    FoundSessionRow.ended_at,
    FoundSessionRow.minutes,
    FoundSessionRow.day,
    FoundSessionRow.state,
    FoundSessionRow.use_id,
)


def _records(session: Session, rows: Sequence[Any]) -> list[FoundSession]:
    """`FoundSession`s from rows of `_COLUMNS` (plain rows: a first sync may leave thousands
    waiting, and the Inbox reads them on the window's thread)."""
    ids = [row.id for row in rows]
    links: dict[int, list[tuple[str, str]]] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        for found_id, source, source_id in session.execute(
            select(FoundSourceRow.found_session_id, FoundSourceRow.source, FoundSourceRow.source_id)
            .where(FoundSourceRow.found_session_id.in_(chunk))
            .order_by(FoundSourceRow.id)
        ):
            if found_id is not None:
                links.setdefault(found_id, []).append((source, source_id))
    return [
        FoundSession(
            id=row.id,
            tool_name=row.tool_name,
            tool_kind=row.tool_kind,
            started_at=row.started_at,
            ended_at=row.ended_at,
            minutes=row.minutes,
            day=row.day,
            state=row.state,
            use_id=row.use_id,
            sources=tuple(dict.fromkeys(s for s, _ in links.get(row.id, ()))),
            source_ids=tuple(links.get(row.id, ())),
        )
        for row in rows
    ]


def waiting_sessions(journal: Journal) -> list[FoundSession]:
    """The sessions waiting in the inbox, newest first."""
    with journal.session() as session:
        rows = list(
            session.execute(
                select(*_COLUMNS)
                .where(FoundSessionRow.state == WAITING)
                .order_by(FoundSessionRow.started_at.desc(), FoundSessionRow.id)
            )
        )
        return _records(session, rows)


def all_found(session: Session) -> list[FoundSession]:
    """Every found session in any state, by id (for the full JSON export)."""
    rows = list(session.execute(select(*_COLUMNS).order_by(FoundSessionRow.id)))
    return _records(session, rows)


def use_sources(journal: Journal, use_id: int) -> tuple[str, ...]:
    """Every source that found a use, its own source first ("found by ... and ...")."""
    with journal.session() as session:
        own = session.scalar(select(AiUseRow.source).where(AiUseRow.id == use_id))
        linked = session.scalars(
            select(FoundSourceRow.source)
            .where(FoundSourceRow.use_id == use_id)
            .order_by(FoundSourceRow.id)
        )
        sources = [] if own is None or own is UseSource.CAPTURE else [own.value]
        sources.extend(linked)
        return tuple(dict.fromkeys(sources))


def suggest(journal: Journal, found: FoundSession) -> Suggestion:
    """Labels from the person's own earlier uses of the same tool around the same hour."""
    return suggest_many(journal, [found])[found.id]


def suggest_many(journal: Journal, sessions: Sequence[FoundSession]) -> dict[int, Suggestion]:
    """`suggest` for many sessions, reading each tool's earlier uses once."""
    history: dict[str, list[tuple[dt.datetime, UsePurpose, Sphere, int | None, Mediation]]] = {}
    with journal.session() as session:
        for tool in {s.tool_name.lower() for s in sessions}:
            history[tool] = [
                (r[0], r[1], r[2], r[3], r[4])
                for r in session.execute(
                    select(
                        AiUseRow.started_at,
                        AiUseRow.purpose,
                        AiUseRow.sphere,
                        AiUseRow.circle_id,
                        AiUseRow.mediation,
                    )
                    .join(AiToolRow, AiToolRow.id == AiUseRow.tool_id)
                    .where(func.lower(AiToolRow.name) == tool)
                    .order_by(AiUseRow.started_at.desc())
                    .limit(SUGGESTION_BASIS)
                )
            ]
    result: dict[int, Suggestion] = {}
    for found in sessions:
        hour = found.started_at.hour
        near = [
            r
            for r in history[found.tool_name.lower()]
            if r[0] < found.started_at and _hour_distance(r[0].hour, hour) <= SUGGESTION_HOURS
        ]
        if not near:
            result[found.id] = Suggestion(None, None, None, None, 0)
            continue
        labels = Counter((r[1], r[2], r[3], r[4]) for r in near)
        (purpose, sphere, circle_id, mediation), _ = labels.most_common(1)[0]
        result[found.id] = Suggestion(purpose, sphere, circle_id, mediation, len(near))
    return result


def _hour_distance(a: int, b: int) -> int:
    distance = abs(a - b) % 24
    return min(distance, 24 - distance)


# --- confirming and dismissing ----------------------------------------------------------------


def _tool_id(session: Session, name: str, kind: ToolKind, now: dt.datetime) -> int:
    found = session.scalar(select(AiToolRow.id).where(func.lower(AiToolRow.name) == name.lower()))
    if found is not None:
        return int(found)
    row = AiToolRow(name=name, kind=kind, created_at=now)
    session.add(row)
    session.flush()
    return row.id


def check_times(started_at: dt.datetime | None, minutes: int | None, now: dt.datetime) -> None:
    """Raise `ValidationError` (fields "started_at", "minutes") for a start or minutes the
    person gave a found session that it cannot have: it happened, so it started and ended by
    `now`; and one sitting lasts from 1 minute to 24 hours."""
    check = Checker(now.date())
    if started_at is not None:
        check.moment("started_at", started_at)
        if started_at > now:
            check.add("started_at", "This start is still to come; choose a time that has passed.")
    if minutes is not None:
        check.minutes("minutes", minutes)
        start = started_at
        if start is not None and start <= now and start + dt.timedelta(minutes=minutes) > now:
            check.add("minutes", "With these minutes the session would end after now.")
    check.raise_if_any()


def use_inputs(journal: Journal, labels: Mapping[int, Labels]) -> dict[int, AiUseInput]:
    """What confirming would log for each waiting session (by id), as a use about to be
    saved: for finding the firm lines it would cross before confirming (`core.friction`).
    A tool not yet in the journal has no id, so no rule of a tool can name it."""
    with journal.session() as session:
        tools = {
            name.lower(): int(tool_id)
            for tool_id, name in session.execute(select(AiToolRow.id, AiToolRow.name))
        }
        result: dict[int, AiUseInput] = {}
        for found_id, label in labels.items():
            found = session.get(FoundSessionRow, found_id)
            if found is None or found.state != WAITING:
                continue
            result[found_id] = AiUseInput(
                started_at=_use_start(found, label),
                minutes=_minutes(label.minutes if label.minutes is not None else found.minutes),
                tool_id=tools.get(found.tool_name.lower(), NO_TOOL),
                purpose=label.purpose,
                sphere=label.sphere,
                circle_id=label.circle_id,
                mediation=label.mediation,
                disclosed=label.disclosed,
                source=UseSource.CAPTURE,
                source_id=f"found:{found_id}",
            )
        return result


def _use_start(found: FoundSessionRow, label: Labels) -> dt.datetime:
    started_at = label.started_at if label.started_at is not None else found.started_at
    return started_at.replace(second=0, microsecond=0)


def confirm(
    journal: Journal,
    labels: Mapping[int, Labels],
    reasons: Mapping[int, Mapping[int, str]] | None = None,
) -> OpResult[list[AiUse]]:
    """Make each waiting found session (by id) a use with the person's labels: one
    operation, one undo step. Sessions no longer waiting are left alone. Returns the uses.

    `reasons` (found session id to rule id to text) are the reasons given for the firm lines
    a session crosses; each goes to the breach log with the use the session became, as
    when a use is logged by hand, and undoing the step takes them back with it."""
    day_start = journal.settings().day_start_hour
    now = journal.now()
    for label in labels.values():
        check_times(label.started_at, label.minutes, now)
    checker = Checker(now.date())
    for given in (reasons or {}).values():
        for reason in given.values():
            checker.text("reason", reason)
    checker.raise_if_any()

    def body(session: Session) -> list[AiUse]:
        created: list[AiUse] = []
        for found_id, label in labels.items():
            found = session.get(FoundSessionRow, found_id)
            if found is None or found.state != WAITING:
                continue
            sources = list(
                dict.fromkeys(
                    session.scalars(
                        select(FoundSourceRow.source)
                        .where(FoundSourceRow.found_session_id == found_id)
                        .order_by(FoundSourceRow.id)
                    )
                )
            )
            minutes = _minutes(label.minutes if label.minutes is not None else found.minutes)
            started_at = _use_start(found, label)
            row = AiUseRow(
                started_at=started_at,
                day=journal_day(started_at, day_start),
                minutes=minutes,
                tool_id=_tool_id(session, found.tool_name, found.tool_kind, now),
                purpose=label.purpose,
                sphere=label.sphere,
                circle_id=label.circle_id,
                goal_id=None,
                mediation=label.mediation,
                disclosed=label.disclosed,
                note=f"Found by {found_by_text(sources)}.",
                source=UseSource.CAPTURE,
                source_id=f"found:{found_id}",
                created_at=now,
            )
            session.add(row)
            session.flush()
            found.state = CONFIRMED
            found.use_id = row.id
            session.execute(
                update(FoundSourceRow)
                .where(FoundSourceRow.found_session_id == found_id)
                .values(use_id=row.id)
            )
            use = usage.use_record(row)
            for rule_id, reason in (reasons or {}).get(found_id, {}).items():
                boundaries.add_breach_note(session, rule_id, use.id, use.day, reason, now)
            created.append(use)
        return created

    return journal.write(lambda uses: Label("Confirm found sessions (%1)", (len(uses),)), body)


def dismiss(journal: Journal, found_ids: Iterable[int]) -> OpResult[list[int]]:
    """Dismiss waiting sessions (they stay known, so a re-sync does not bring them back):
    one operation, one undo step. Returns the ids that were waiting and are now dismissed."""
    wanted = list(found_ids)

    def body(session: Session) -> list[int]:
        changed: list[int] = []
        for found_id in wanted:
            found = session.get(FoundSessionRow, found_id)
            if found is not None and found.state == WAITING:
                found.state = DISMISSED
                changed.append(found_id)
        return changed

    return journal.write(lambda done: Label("Dismiss found sessions (%1)", (len(done),)), body)
