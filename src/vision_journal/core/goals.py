"""Goals and their progress entries."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vision_journal.core.db.models import GoalRow, ProgressRow
from vision_journal.core.errors import NotFoundError
from vision_journal.core.records import (
    Goal,
    GoalInput,
    MeasureSource,
    ProgressEntry,
    ProgressInput,
)


def goal_record(row: GoalRow) -> Goal:
    """The frozen record of a goal row."""
    return Goal(
        id=row.id,
        title=row.title,
        sphere=row.sphere,
        kind=row.kind,
        circle_id=row.circle_id,
        why=row.why,
        measure_unit=row.measure_unit,
        measure_period=row.measure_period,
        target_value=row.target_value,
        target_date=row.target_date,
        status=row.status,
        created_at=row.created_at,
        measure_source=row.measure_source,
        measure_tool_id=row.measure_tool_id,
        measure_purpose=row.measure_purpose,
    )


def progress_record(row: ProgressRow) -> ProgressEntry:
    """The frozen record of a progress row."""
    return ProgressEntry(
        id=row.id, goal_id=row.goal_id, day=row.day, value=row.value, note=row.note
    )


def get_goal_row(session: Session, goal_id: int) -> GoalRow:
    """The row of a goal, or NotFoundError."""
    row = session.get(GoalRow, goal_id)
    if row is None:
        raise NotFoundError(f"goal {goal_id}")
    return row


def goal_ids(session: Session) -> set[int]:
    """The ids of every goal."""
    return set(session.scalars(select(GoalRow.id)))


def get_progress_row(session: Session, entry_id: int) -> ProgressRow:
    """The row of a progress entry, or NotFoundError."""
    row = session.get(ProgressRow, entry_id)
    if row is None:
        raise NotFoundError(f"progress entry {entry_id}")
    return row


def list_goals(session: Session) -> list[Goal]:
    """All goals, newest first."""
    rows = session.scalars(select(GoalRow).order_by(GoalRow.created_at.desc(), GoalRow.id.desc()))
    return [goal_record(r) for r in rows]


def save_goal(
    session: Session, value: GoalInput, now: dt.datetime, goal_id: int | None = None
) -> Goal:
    """Create a goal, or update `goal_id`."""
    row = get_goal_row(session, goal_id) if goal_id is not None else GoalRow(created_at=now)
    row.title = value.title.strip()
    row.sphere = value.sphere
    row.kind = value.kind
    row.circle_id = value.circle_id
    row.why = value.why
    row.measure_unit = value.measure_unit
    row.measure_period = value.measure_period
    row.target_value = value.target_value
    row.target_date = value.target_date
    row.status = value.status
    row.measure_source = value.measure_source
    # A tool or purpose scope only applies to AI minutes.
    is_ai = value.measure_source is MeasureSource.AI_USE
    row.measure_tool_id = value.measure_tool_id if is_ai else None
    row.measure_purpose = value.measure_purpose if is_ai else None
    session.add(row)
    session.flush()
    return goal_record(row)


def list_progress(session: Session, goal_id: int | None = None) -> list[ProgressEntry]:
    """Progress entries of one goal (or all), oldest first."""
    statement = select(ProgressRow).order_by(ProgressRow.day, ProgressRow.id)
    if goal_id is not None:
        statement = statement.where(ProgressRow.goal_id == goal_id)
    return [progress_record(r) for r in session.scalars(statement)]


def add_progress(session: Session, goal_id: int, value: ProgressInput) -> ProgressEntry:
    """Add a progress entry to a goal."""
    get_goal_row(session, goal_id)
    row = ProgressRow(goal_id=goal_id, day=value.day, value=value.value, note=value.note)
    session.add(row)
    session.flush()
    return progress_record(row)


def restore_goal(session: Session, record: Goal, progress: list[ProgressEntry]) -> Goal:
    """Insert a deleted goal and its progress entries again with their ids."""
    row = GoalRow(
        id=record.id,
        title=record.title,
        sphere=record.sphere,
        kind=record.kind,
        circle_id=record.circle_id,
        why=record.why,
        measure_unit=record.measure_unit,
        measure_period=record.measure_period,
        target_value=record.target_value,
        target_date=record.target_date,
        status=record.status,
        created_at=record.created_at,
        measure_source=record.measure_source,
        measure_tool_id=record.measure_tool_id,
        measure_purpose=record.measure_purpose,
    )
    session.add(row)
    session.flush()
    for entry in progress:
        restore_progress(session, entry)
    return goal_record(row)


def delete_progress(session: Session, entry_id: int) -> ProgressEntry:
    """Delete one progress entry."""
    row = session.get(ProgressRow, entry_id)
    if row is None:
        raise NotFoundError(f"progress entry {entry_id}")
    record = progress_record(row)
    session.delete(row)
    return record


def restore_progress(session: Session, entry: ProgressEntry) -> ProgressEntry:
    """Insert a deleted progress entry again with its id."""
    row = ProgressRow(
        id=entry.id, goal_id=entry.goal_id, day=entry.day, value=entry.value, note=entry.note
    )
    session.add(row)
    session.flush()
    return progress_record(row)
