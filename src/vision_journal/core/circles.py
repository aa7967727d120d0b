"""Circles and AI tools: the people and the tools every other record points at."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from vision_journal.core.db.models import (
    AiToolRow,
    AiUseRow,
    BudgetRuleRow,
    CircleRow,
    ConnectionRow,
    DisclosureRuleRow,
    GoalRow,
    MediationShareRuleRow,
    NoMediationRuleRow,
    PurposeLimitRuleRow,
)
from vision_journal.core.errors import FieldError, NotFoundError, ValidationError
from vision_journal.core.records import AiTool, AiToolInput, Circle, CircleInput


def circle_record(row: CircleRow) -> Circle:
    """The frozen record of a circle row."""
    return Circle(
        id=row.id,
        name=row.name,
        sphere=row.sphere,
        cadence_days=row.cadence_days,
        is_protected=row.is_protected,
        created_at=row.created_at,
    )


def tool_record(row: AiToolRow) -> AiTool:
    """The frozen record of a tool row."""
    return AiTool(
        id=row.id,
        name=row.name,
        kind=row.kind,
        retention_note=row.retention_note,
        training_note=row.training_note,
        data_location_note=row.data_location_note,
        created_at=row.created_at,
    )


def circle_ids(session: Session) -> set[int]:
    """The ids of every circle (to check a reference before it is written)."""
    return set(session.scalars(select(CircleRow.id)))


def tool_ids(session: Session) -> set[int]:
    """The ids of every AI tool."""
    return set(session.scalars(select(AiToolRow.id)))


def list_circles(session: Session) -> list[Circle]:
    """All circles, personal first, then by name."""
    rows = session.scalars(select(CircleRow).order_by(CircleRow.sphere, CircleRow.name))
    return [circle_record(r) for r in rows]


def list_tools(session: Session) -> list[AiTool]:
    """All AI tools by name."""
    return [tool_record(r) for r in session.scalars(select(AiToolRow).order_by(AiToolRow.name))]


def _unique_name(
    session: Session, model: type[CircleRow] | type[AiToolRow], name: str, own_id: int | None
) -> None:
    clash = session.scalar(
        select(model.id).where(model.name == name.strip(), model.id != (own_id or -1))
    )
    if clash is not None:
        raise ValidationError([FieldError("name", "That name is already taken.")])


def save_circle(
    session: Session, value: CircleInput, now: dt.datetime, circle_id: int | None = None
) -> Circle:
    """Create a circle, or update `circle_id`."""
    _unique_name(session, CircleRow, value.name, circle_id)
    row = session.get(CircleRow, circle_id) if circle_id is not None else None
    if circle_id is not None and row is None:
        raise NotFoundError(f"circle {circle_id}")
    if row is None:
        row = CircleRow(created_at=now)
        session.add(row)
    row.name = value.name.strip()
    row.sphere = value.sphere
    row.cadence_days = value.cadence_days
    row.is_protected = value.is_protected
    session.flush()
    return circle_record(row)


def save_tool(
    session: Session, value: AiToolInput, now: dt.datetime, tool_id: int | None = None
) -> AiTool:
    """Create an AI tool, or update `tool_id`."""
    _unique_name(session, AiToolRow, value.name, tool_id)
    row = session.get(AiToolRow, tool_id) if tool_id is not None else None
    if tool_id is not None and row is None:
        raise NotFoundError(f"tool {tool_id}")
    if row is None:
        row = AiToolRow(created_at=now)
        session.add(row)
    row.name = value.name.strip()
    row.kind = value.kind
    row.retention_note = value.retention_note
    row.training_note = value.training_note
    row.data_location_note = value.data_location_note
    session.flush()
    return tool_record(row)


def _circle_users(session: Session, circle_id: int) -> list[str]:
    """What still points at a circle, in words (deleting it would change those records)."""
    checks = (
        (ConnectionRow.circle_id, "connections"),
        (AiUseRow.circle_id, "AI uses"),
        (GoalRow.circle_id, "goals"),
    )
    found = [
        words
        for column, words in checks
        if session.scalar(select(exists().where(column == circle_id)))
    ]
    rule_columns = (
        BudgetRuleRow.circle_id,
        NoMediationRuleRow.circle_id,
        DisclosureRuleRow.circle_id,
        PurposeLimitRuleRow.circle_id,
        MediationShareRuleRow.circle_id,
    )
    if any(session.scalar(select(exists().where(c == circle_id))) for c in rule_columns):
        found.append("boundary rules")
    return found


def delete_circle(session: Session, circle_id: int) -> Circle:
    """Delete a circle nothing points at; a circle in use is kept, with the reason."""
    row = session.get(CircleRow, circle_id)
    if row is None:
        raise NotFoundError(f"circle {circle_id}")
    users = _circle_users(session, circle_id)
    if users:
        raise ValidationError(
            [FieldError("circle_id", f"This circle is used by {', '.join(users)}; keep it.")]
        )
    record = circle_record(row)
    session.delete(row)
    return record


def restore_circle(session: Session, record: Circle) -> Circle:
    """Insert a deleted circle again with its id."""
    row = CircleRow(
        id=record.id,
        name=record.name,
        sphere=record.sphere,
        cadence_days=record.cadence_days,
        is_protected=record.is_protected,
        created_at=record.created_at,
    )
    session.add(row)
    session.flush()
    return circle_record(row)


def restore_tool(session: Session, record: AiTool) -> AiTool:
    """Insert a deleted tool again with its id."""
    row = AiToolRow(
        id=record.id,
        name=record.name,
        kind=record.kind,
        retention_note=record.retention_note,
        training_note=record.training_note,
        data_location_note=record.data_location_note,
        created_at=record.created_at,
    )
    session.add(row)
    session.flush()
    return tool_record(row)


def delete_tool(session: Session, tool_id: int) -> AiTool:
    """Delete a tool that no AI use points at."""
    row = session.get(AiToolRow, tool_id)
    if row is None:
        raise NotFoundError(f"tool {tool_id}")
    if session.scalar(select(exists().where(AiUseRow.tool_id == tool_id))):
        raise ValidationError(
            [FieldError("tool_id", "AI uses are logged with this tool; keep it.")]
        )
    if session.scalar(select(exists().where(BudgetRuleRow.tool_id == tool_id))):
        raise ValidationError([FieldError("tool_id", "A budget rule is about this tool; keep it.")])
    record = tool_record(row)
    session.delete(row)
    return record
