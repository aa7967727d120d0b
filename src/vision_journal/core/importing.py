"""Bringing imported AI-use sessions into the journal: the preview, then one transaction.

The parsers in `core.imports` turn a file into an `ImportReport` without touching the journal.
`preview_import` compares that report with the journal and says what an import would do:
how many sessions the file holds, over which days and minutes, which are already in the
journal (same source and source id) and are skipped, which the file rejected and why, and
which tools would be created. Nothing is written. `apply_import` then writes the new
sessions in **one** transaction: a cancel or an error rolls everything back, so the journal
is either unchanged or holds the whole import; importing the same file again adds nothing.

Choices for what a file cannot say:

- **Purpose and sphere.** An export records when a person used a tool, not what for.
  Imported sessions get `research_learning` ("research and learning", the neutral "asking
  an assistant" purpose) in the `personal` sphere, with no circle, no goal, no mediation
  and disclosure "not applicable"; the person re-files the ones that were something else.
  Callers may pass other defaults.
- **Tools** are matched by name, ignoring case ("chatgpt" finds "ChatGPT"); a tool the
  journal does not have yet is created with the kind `chat_assistant`.
- **Notes** say only where the session came from and how many messages or events it had
  ("Imported from a ChatGPT export: 12 messages."): never any text of the file.
- **Found sessions.** A session overlapping one that capture found and that waits in the
  inbox joins it instead of becoming a use (one session, one use: `docs/capture.md`); its id
  is kept there, so importing the file again adds nothing.
- **Times.** The journal keeps minutes, not seconds: a start is cut to the minute, and its
  journal day follows the day-start setting. A session over 24 hours (the journal's limit
  for one sitting) is not imported; the preview lists it with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from vision_journal.core.calendar import journal_day
from vision_journal.core.capture import inbox
from vision_journal.core.db.models import AiToolRow, AiUseRow
from vision_journal.core.imports import (
    CancelCheck,
    ImportCancelled,
    ImportedSession,
    ImportReport,
    ProgressCallback,
    Rejection,
    Skipped,
)
from vision_journal.core.journal import Journal
from vision_journal.core.records import (
    Disclosure,
    Mediation,
    Sphere,
    ToolKind,
    UsePurpose,
    UseSource,
)
from vision_journal.core.validation import MINUTES_PER_DAY

DEFAULT_PURPOSE = UsePurpose.RESEARCH_LEARNING
DEFAULT_SPHERE = Sphere.PERSONAL
NEW_TOOL_KIND = ToolKind.CHAT_ASSISTANT

#: Sessions written between two progress reports and cancel checks.
CHUNK = 500

SOURCE_NAMES = {
    UseSource.CHATGPT: "a ChatGPT export",
    UseSource.CLAUDE: "a Claude export",
    UseSource.ACTIVITYWATCH: "an ActivityWatch export",
    UseSource.JSON: "a data file",
    UseSource.MANUAL: "by hand",
}


@dataclass(frozen=True, slots=True)
class ToolSessions:
    """The sessions of one tool in the preview; `is_new` when the tool will be created."""

    name: str
    sessions: int
    minutes: int
    is_new: bool


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing a report would do; nothing has been written.

    `sessions` and `minutes` count everything the file yielded; `new_sessions` and
    `new_minutes` what would be added; `duplicates` the sessions already in the journal.
    `rejected` holds the file's rejected items and the sessions the journal cannot take;
    `skipped` what the file holds that was left out on purpose, and why; `found` the items
    the file holds; `is_complete` is False when only part of a damaged file could be read.
    """

    sessions: int
    minutes: int
    first_day: dt.date | None
    last_day: dt.date | None
    new_sessions: int
    new_minutes: int
    duplicates: int
    rejected: tuple[Rejection, ...]
    skipped: tuple[Skipped, ...]
    tools: tuple[ToolSessions, ...]
    found: int = 0
    is_complete: bool = True

    @property
    def ignored_count(self) -> int:
        """Everything skipped on purpose."""
        return sum(s.count for s in self.skipped)

    @property
    def tools_to_create(self) -> tuple[str, ...]:
        """Names of the tools the import would create."""
        return tuple(t.name for t in self.tools if t.is_new)

    @property
    def has_anything_to_import(self) -> bool:
        """True when at least one new session would be written."""
        return self.new_sessions > 0


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import wrote."""

    added: int
    minutes: int
    duplicates: int
    rejected: int
    tools_created: tuple[str, ...]
    first_day: dt.date | None
    last_day: dt.date | None
    #: Sessions that joined a found session waiting in the inbox instead of becoming uses.
    joined_inbox: int = 0


def _too_long(session: ImportedSession) -> Rejection | None:
    if session.minutes > MINUTES_PER_DAY:
        return Rejection(
            f"session from {session.started_at:%Y-%m-%d %H:%M} ({session.tool_name})",
            f"lasts {session.minutes} minutes, more than the 24 hours one sitting may have",
        )
    return None


def _existing_ids(session: Session, items: Sequence[ImportedSession]) -> set[tuple[str, str]]:
    """The (source, source id) pairs of `items` the journal already holds."""
    found: set[tuple[str, str]] = set()
    by_source: dict[UseSource, list[str]] = {}
    for item in items:
        by_source.setdefault(item.source, []).append(item.source_id)
    for source, ids in by_source.items():
        for start in range(0, len(ids), CHUNK):
            rows = session.scalars(
                select(AiUseRow.source_id).where(
                    AiUseRow.source == source, AiUseRow.source_id.in_(ids[start : start + CHUNK])
                )
            )
            found.update((source.value, row) for row in rows if row is not None)
        # A session that joined one found by capture is in the journal too (`inbox`).
        found.update((source.value, i) for i in inbox.known_source_ids(session, source.value, ids))
    return found


def _tool_ids(session: Session) -> dict[str, int]:
    """Tool ids by case-folded name."""
    return {
        name.casefold(): tool_id
        for tool_id, name in session.execute(select(AiToolRow.id, AiToolRow.name))
    }


@dataclass(frozen=True, slots=True)
class _Plan:
    """The sessions to write, the duplicates and the sessions the journal cannot take."""

    new: tuple[ImportedSession, ...]
    duplicates: int
    refused: tuple[Rejection, ...]


def _plan(session: Session, report: ImportReport) -> _Plan:
    return _plan_against(_existing_ids(session, report.sessions), report)


def _plan_against(existing: set[tuple[str, str]], report: ImportReport) -> _Plan:
    seen: set[tuple[str, str]] = set()
    new: list[ImportedSession] = []
    refused: list[Rejection] = []
    duplicates = 0
    for item in report.sessions:
        key = (item.source.value, item.source_id)
        if key in existing:
            duplicates += 1
            continue
        if key in seen:
            # Not "already in the journal": the file itself holds this session twice.
            refused.append(
                Rejection(
                    f"session from {item.started_at:%Y-%m-%d %H:%M} ({item.tool_name})",
                    f"repeats an earlier session of this file (same id {item.source_id}); "
                    "it is imported once",
                )
            )
            continue
        seen.add(key)
        problem = _too_long(item)
        if problem is not None:
            refused.append(problem)
            continue
        new.append(item)
    return _Plan(tuple(new), duplicates, tuple(refused))


def _tool_sessions(
    items: Iterable[ImportedSession], known: dict[str, int]
) -> tuple[ToolSessions, ...]:
    sessions: dict[str, int] = {}
    minutes: dict[str, int] = {}
    names: dict[str, str] = {}
    for item in items:
        key = item.tool_name.casefold()
        names.setdefault(key, item.tool_name)
        sessions[key] = sessions.get(key, 0) + 1
        minutes[key] = minutes.get(key, 0) + item.minutes
    return tuple(
        ToolSessions(names[key], sessions[key], minutes[key], key not in known)
        for key in sorted(names)
    )


def preview_import(journal: Journal | None, report: ImportReport) -> ImportPreview:
    """What importing `report` would do to the journal; writes nothing.

    `journal` None stands for a journal that does not exist yet (a dry run on an empty
    folder), so looking creates nothing.
    """
    if journal is None:
        plan, known = _plan_against(set(), report), {}
    else:
        with journal.session() as session:
            plan = _plan(session, report)
            known = _tool_ids(session)
    return ImportPreview(
        sessions=len(report.sessions),
        minutes=report.total_minutes,
        first_day=report.first_day,
        last_day=report.last_day,
        new_sessions=len(plan.new),
        new_minutes=sum(s.minutes for s in plan.new),
        duplicates=plan.duplicates,
        rejected=report.rejected + plan.refused,
        skipped=report.skipped,
        tools=_tool_sessions(plan.new, known),
        found=report.found,
        is_complete=report.is_complete,
    )


def import_note(item: ImportedSession) -> str:
    """The note of an imported session: where it came from and its count, never any text."""
    unit = "events" if item.source is UseSource.ACTIVITYWATCH else "messages"
    if item.message_count == 1:
        unit = unit[:-1]
    where = SOURCE_NAMES.get(item.source, "an export")
    return f"Imported from {where}: {item.message_count} {unit}."


def apply_import(
    journal: Journal,
    report: ImportReport,
    *,
    purpose: UsePurpose = DEFAULT_PURPOSE,
    sphere: Sphere = DEFAULT_SPHERE,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportResult:
    """Write the sessions of `report` the journal does not hold yet, in one transaction.

    Calls `progress(done, total)` as it goes and stops with `ImportCancelled` when
    `is_cancelled()` turns True; a cancel or any error leaves the journal unchanged. The
    import is the operation `operations.imports.import_sessions`; the window keeps its undo
    step, callers without a window take its result.
    """
    from vision_journal.core.operations.imports import import_sessions

    return import_sessions(
        journal,
        report,
        purpose=purpose,
        sphere=sphere,
        progress=progress,
        is_cancelled=is_cancelled,
    ).value


def write_sessions(
    session: Session,
    journal: Journal,
    report: ImportReport,
    *,
    purpose: UsePurpose = DEFAULT_PURPOSE,
    sphere: Sphere = DEFAULT_SPHERE,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportResult:
    """`apply_import` inside the caller's transaction (the operation's)."""
    day_start_hour = journal.settings().day_start_hour
    now = journal.now()
    plan = _plan(session, report)
    tool_ids = _tool_ids(session)
    created: list[str] = []
    # A session that overlaps one capture found and that waits in the inbox joins it: one
    # session, one use (docs/capture.md), confirmed by the person with the rest.
    joined = inbox.join_waiting(
        session,
        [
            inbox.FoundCandidate(
                item.tool_name.strip(),
                NEW_TOOL_KIND,
                item.started_at,
                item.started_at + dt.timedelta(minutes=item.minutes),
                item.minutes,
                item.source.value,
                item.source_id,
            )
            for item in plan.new
        ],
        now,
        day_start_hour,
    )
    merged = sum(1 for found_id in joined if found_id is not None)
    writing = [item for item, found_id in zip(plan.new, joined, strict=True) if found_id is None]
    for item in writing:
        key = item.tool_name.casefold()
        if key not in tool_ids:
            row = AiToolRow(name=item.tool_name.strip(), kind=NEW_TOOL_KIND, created_at=now)
            session.add(row)
            session.flush()
            tool_ids[key] = row.id
            created.append(row.name)
    total = len(writing)
    for start in range(0, total, CHUNK):
        if is_cancelled is not None and is_cancelled():
            raise ImportCancelled("the import was cancelled")
        if progress is not None:
            progress(start, total)
        rows = []
        for item in writing[start : start + CHUNK]:
            started_at = item.started_at.replace(second=0, microsecond=0)
            rows.append(
                {
                    "started_at": started_at,
                    "day": journal_day(started_at, day_start_hour),
                    "minutes": item.minutes,
                    "tool_id": tool_ids[item.tool_name.casefold()],
                    "purpose": purpose,
                    "sphere": sphere,
                    "circle_id": None,
                    "goal_id": None,
                    "mediation": Mediation.NONE,
                    "disclosed": Disclosure.NOT_APPLICABLE,
                    "planned_minutes": None,
                    "feeling": None,
                    "note": import_note(item),
                    "source": item.source,
                    "source_id": item.source_id,
                    "created_at": now,
                }
            )
        session.execute(insert(AiUseRow), rows)
    if is_cancelled is not None and is_cancelled():
        raise ImportCancelled("the import was cancelled")
    if progress is not None:
        progress(total, total)
    days = [s.started_at.date() for s in writing]
    return ImportResult(
        added=total,
        minutes=sum(s.minutes for s in writing),
        duplicates=plan.duplicates,
        rejected=len(report.rejected) + len(plan.refused),
        tools_created=tuple(created),
        first_day=min(days, default=None),
        last_day=max(days, default=None),
        joined_inbox=merged,
    )
