"""AI uses and connections: logging, editing, and the filtered, sorted lists of them.

Filtering and sorting happen in SQL so the lists stay fast with 100 000 rows; the window
asks for one page at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import fields
from typing import Any, TypeVar

from sqlalchemy import Date, DateTime, Enum, Select, String, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from vision_journal.core.calendar import journal_day
from vision_journal.core.db.models import AiToolRow, AiUseRow, CircleRow, ConnectionRow
from vision_journal.core.errors import NotFoundError
from vision_journal.core.records import (
    AiUse,
    AiUseInput,
    Connection,
    ConnectionInput,
    Disclosure,
    Mediation,
    NeutralReason,
    Sphere,
    UseFilter,
    UsePurpose,
    UseSort,
    UseSource,
)

_T = TypeVar("_T")

#: The columns of an AI use in the order of `AiUse`'s fields, for record-building selects.
_USE_COLUMNS = tuple(getattr(AiUseRow, field.name) for field in fields(AiUse))
#: The same for connections.
_CONNECTION_COLUMNS = tuple(getattr(ConnectionRow, field.name) for field in fields(Connection))


def use_record(row: AiUseRow) -> AiUse:
    """The frozen record of an AI-use row."""
    return AiUse(
        id=row.id,
        started_at=row.started_at,
        day=row.day,
        minutes=row.minutes,
        tool_id=row.tool_id,
        purpose=row.purpose,
        sphere=row.sphere,
        circle_id=row.circle_id,
        goal_id=row.goal_id,
        mediation=row.mediation,
        disclosed=row.disclosed,
        planned_minutes=row.planned_minutes,
        feeling=row.feeling,
        note=row.note,
        source=row.source,
        source_id=row.source_id,
        created_at=row.created_at,
        neutral=row.neutral,
        neutral_note=row.neutral_note,
    )


def connection_record(row: ConnectionRow) -> Connection:
    """The frozen record of a connection row."""
    return Connection(
        id=row.id,
        started_at=row.started_at,
        day=row.day,
        circle_id=row.circle_id,
        mode=row.mode,
        minutes=row.minutes,
        quality=row.quality,
        note=row.note,
        created_at=row.created_at,
    )


def fill_use(row: AiUseRow, value: AiUseInput, minutes: int, day_start_hour: int) -> AiUseRow:
    """Copy a validated input onto a row."""
    row.started_at = value.started_at.replace(second=0, microsecond=0)
    row.day = journal_day(row.started_at, day_start_hour)
    row.minutes = minutes
    row.tool_id = value.tool_id
    row.purpose = value.purpose
    row.sphere = value.sphere
    row.circle_id = value.circle_id
    row.goal_id = value.goal_id
    row.mediation = value.mediation
    row.disclosed = value.disclosed
    row.planned_minutes = value.planned_minutes
    row.feeling = value.feeling
    row.note = value.note
    row.source = value.source
    row.source_id = value.source_id
    row.neutral = value.neutral
    # A note only means something on a neutral use: it says why it does not count.
    row.neutral_note = value.neutral_note.strip() if value.neutral is not None else ""
    return row


def fill_connection(
    row: ConnectionRow, value: ConnectionInput, minutes: int, day_start_hour: int
) -> ConnectionRow:
    """Copy a validated input onto a row."""
    row.started_at = value.started_at.replace(second=0, microsecond=0)
    row.day = journal_day(row.started_at, day_start_hour)
    row.circle_id = value.circle_id
    row.mode = value.mode
    row.minutes = minutes
    row.quality = value.quality
    row.note = value.note
    return row


def add_use(
    session: Session, value: AiUseInput, minutes: int, day_start_hour: int, now: dt.datetime
) -> AiUse:
    """Insert a validated use; returns its record (with its id)."""
    row = fill_use(AiUseRow(created_at=now), value, minutes, day_start_hour)
    session.add(row)
    session.flush()
    return use_record(row)


def change_use(
    session: Session, use_id: int, value: AiUseInput, minutes: int, day_start_hour: int
) -> AiUse:
    """Update a use with a validated input."""
    row = get_use_row(session, use_id)
    fill_use(row, value, minutes, day_start_hour)
    session.flush()
    return use_record(row)


def delete_use(session: Session, use_id: int) -> AiUse:
    """Delete a use (its breach notes go with it, by the database's cascade)."""
    row = get_use_row(session, use_id)
    record = use_record(row)
    session.delete(row)
    return record


def add_connection(
    session: Session, value: ConnectionInput, minutes: int, day_start_hour: int, now: dt.datetime
) -> Connection:
    """Insert a validated connection."""
    row = fill_connection(ConnectionRow(created_at=now), value, minutes, day_start_hour)
    session.add(row)
    session.flush()
    return connection_record(row)


def change_connection(
    session: Session, connection_id: int, value: ConnectionInput, minutes: int, day_start: int
) -> Connection:
    """Update a connection with a validated input."""
    row = get_connection_row(session, connection_id)
    fill_connection(row, value, minutes, day_start)
    session.flush()
    return connection_record(row)


def delete_connection(session: Session, connection_id: int) -> Connection:
    """Delete a connection."""
    row = get_connection_row(session, connection_id)
    record = connection_record(row)
    session.delete(row)
    return record


def refile_days(session: Session, day_start_hour: int) -> None:
    """File every use and connection under its journal day for a new day start."""
    for use in session.scalars(select(AiUseRow)):
        use.day = journal_day(use.started_at, day_start_hour)
    for moment in session.scalars(select(ConnectionRow)):
        moment.day = journal_day(moment.started_at, day_start_hour)


def get_use_row(session: Session, use_id: int) -> AiUseRow:
    """The row of an AI use, or NotFoundError."""
    row = session.get(AiUseRow, use_id)
    if row is None:
        raise NotFoundError(f"AI use {use_id}")
    return row


def get_connection_row(session: Session, connection_id: int) -> ConnectionRow:
    """The row of a connection, or NotFoundError."""
    row = session.get(ConnectionRow, connection_id)
    if row is None:
        raise NotFoundError(f"connection {connection_id}")
    return row


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(statement: Select[_T], value: UseFilter) -> Select[_T]:
    if value.from_day is not None:
        statement = statement.where(AiUseRow.day >= value.from_day)
    if value.to_day is not None:
        statement = statement.where(AiUseRow.day <= value.to_day)
    if value.tool_id is not None:
        statement = statement.where(AiUseRow.tool_id == value.tool_id)
    if value.circle_id is not None:
        statement = statement.where(AiUseRow.circle_id == value.circle_id)
    text = value.text.strip()
    if text:
        pattern = f"%{_escape_like(text)}%"
        tools = select(AiToolRow.id).where(AiToolRow.name.ilike(pattern, escape="\\"))
        circles = select(CircleRow.id).where(CircleRow.name.ilike(pattern, escape="\\"))
        matches = [
            AiUseRow.tool_id.in_(tools),
            AiUseRow.circle_id.in_(circles),
            AiUseRow.note.ilike(pattern, escape="\\"),
        ]
        if value.text_purposes:
            matches.append(AiUseRow.purpose.in_(value.text_purposes))
        statement = statement.where(or_(*matches))
    return statement


def count_uses(session: Session, value: UseFilter, at_most: int | None = None) -> int:
    """How many AI uses the filter lets through; no more than `at_most` when given.

    Counting every match of a text filter reads the whole table; with `at_most` SQLite stops
    at that many matches, which for a common word is a few pages.
    """
    if at_most is None:
        statement = _filtered(select(func.count()).select_from(AiUseRow), value)
    else:
        matches = _filtered(select(AiUseRow.id), value).limit(at_most).subquery()
        statement = select(func.count()).select_from(matches)
    return int(session.scalar(statement) or 0)


def list_uses(
    session: Session,
    value: UseFilter,
    sort: UseSort = UseSort.STARTED_AT,
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[AiUse]:
    """One page of the AI-use list, filtered and sorted in SQL."""
    statement = _filtered(select(*_USE_COLUMNS), value)
    key = {
        UseSort.STARTED_AT: AiUseRow.started_at,
        UseSort.MINUTES: AiUseRow.minutes,
        UseSort.PURPOSE: AiUseRow.purpose,
        UseSort.MEDIATION: AiUseRow.mediation,
        UseSort.TOOL: select(AiToolRow.name)
        .where(AiToolRow.id == AiUseRow.tool_id)
        .scalar_subquery(),
        UseSort.CIRCLE: select(CircleRow.name)
        .where(CircleRow.id == AiUseRow.circle_id)
        .scalar_subquery(),
    }[sort]
    order = key.desc() if descending else key.asc()
    tie = AiUseRow.id.desc() if descending else AiUseRow.id.asc()
    statement = statement.order_by(order, tie).offset(offset).limit(limit)
    return [AiUse(*row) for row in session.execute(statement)]


def list_uses_after(
    session: Session, value: UseFilter, after: AiUse, descending: bool = True, limit: int = 200
) -> list[AiUse]:
    """The page of the AI-use list (by start time) that follows the use `after`.

    Keyset paging: the database seeks to `after` in the start-time index instead of
    skipping `offset` rows, so the last page of 100 000 costs what the first one does.
    """
    statement = _filtered(select(*_USE_COLUMNS), value)
    if descending:
        statement = statement.where(
            or_(
                AiUseRow.started_at < after.started_at,
                (AiUseRow.started_at == after.started_at) & (AiUseRow.id < after.id),
            )
        ).order_by(AiUseRow.started_at.desc(), AiUseRow.id.desc())
    else:
        statement = statement.where(
            or_(
                AiUseRow.started_at > after.started_at,
                (AiUseRow.started_at == after.started_at) & (AiUseRow.id > after.id),
            )
        ).order_by(AiUseRow.started_at.asc(), AiUseRow.id.asc())
    return [AiUse(*row) for row in session.execute(statement.limit(limit))]


def uses_between(session: Session, first_day: dt.date, last_day: dt.date) -> list[AiUse]:
    """Every AI use of the journal days from `first_day` to `last_day`, oldest first.

    A Core select of the columns straight into records: the dashboard reads thousands of uses
    and building ORM objects first cost more than the query (benchmarks/RESULTS.md).
    """
    # A journal day lies on the calendar day of its start or the day before, so these
    # bounds hold every use of the days; they let SQLite read the start-time index in order
    # instead of sorting thousands of rows in memory.
    statement = (
        select(*_RAW_USE_COLUMNS)
        .where(
            AiUseRow.started_at >= dt.datetime.combine(first_day, dt.time()),
            AiUseRow.started_at < dt.datetime.combine(last_day + dt.timedelta(days=2), dt.time()),
            AiUseRow.day >= first_day,
            AiUseRow.day <= last_day,
        )
        .order_by(AiUseRow.started_at, AiUseRow.id)
    )
    return [_use_from_raw(row) for row in session.execute(statement)]


#: The AI-use columns with dates, times and enums read as the stored text: SQLAlchemy's
#: per-value processors (the enums' above all) cost more than the query for thousands of rows.
_RAW_USE_COLUMNS = tuple(
    type_coerce(column, String) if isinstance(column.type, Date | DateTime | Enum) else column
    for column in _USE_COLUMNS
)
_PURPOSES = {m.value: m for m in UsePurpose}
_SPHERES = {m.value: m for m in Sphere}
_MEDIATIONS = {m.value: m for m in Mediation}
_DISCLOSURES = {m.value: m for m in Disclosure}
_SOURCES = {m.value: m for m in UseSource}
_NEUTRALS = {m.value: m for m in NeutralReason}


def _use_from_raw(row: Sequence[Any]) -> AiUse:
    """The record of a row of `_RAW_USE_COLUMNS` (text as SQLAlchemy stores it in SQLite)."""
    return AiUse(
        id=row[0],
        started_at=dt.datetime.fromisoformat(row[1]),
        day=dt.date.fromisoformat(row[2]),
        minutes=row[3],
        tool_id=row[4],
        purpose=_PURPOSES[row[5]],
        sphere=_SPHERES[row[6]],
        circle_id=row[7],
        goal_id=row[8],
        mediation=_MEDIATIONS[row[9]],
        disclosed=_DISCLOSURES[row[10]],
        planned_minutes=row[11],
        feeling=row[12],
        note=row[13],
        source=_SOURCES[row[14]],
        source_id=row[15],
        created_at=dt.datetime.fromisoformat(row[16]),
        neutral=_NEUTRALS[row[17]] if row[17] is not None else None,
        neutral_note=row[18],
    )


def connections_between(
    session: Session, first_day: dt.date, last_day: dt.date
) -> list[Connection]:
    """Every connection of the journal days from `first_day` to `last_day`, oldest first."""
    statement = (
        select(*_CONNECTION_COLUMNS)
        .where(ConnectionRow.day >= first_day, ConnectionRow.day <= last_day)
        .order_by(ConnectionRow.started_at, ConnectionRow.id)
    )
    return [Connection(*row) for row in session.execute(statement)]


def list_connections(session: Session, offset: int = 0, limit: int = 200) -> list[Connection]:
    """One page of connections, newest first."""
    statement = (
        select(ConnectionRow)
        .order_by(ConnectionRow.started_at.desc(), ConnectionRow.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [connection_record(r) for r in session.scalars(statement)]


def count_connections(session: Session) -> int:
    """How many connections there are."""
    return int(session.scalar(select(func.count()).select_from(ConnectionRow)) or 0)
