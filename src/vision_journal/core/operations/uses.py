"""Operations on AI uses (with the reasons kept for breaking a firm rule) and connections."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from vision_journal.core import boundaries, circles, goals, usage, validation
from vision_journal.core.operations.step import Label, OpResult
from vision_journal.core.records import (
    AiUse,
    AiUseInput,
    BreachNote,
    Connection,
    ConnectionInput,
)

if TYPE_CHECKING:
    from vision_journal.core.journal import Journal


def _checked_use(journal: Journal, session: Session, value: AiUseInput) -> int:
    return validation.check_use(
        value,
        journal.now().date(),
        circles.tool_ids(session),
        circles.circle_ids(session),
        goals.goal_ids(session),
    )


def _check_reasons(journal: Journal, reasons: Mapping[int, str] | None) -> None:
    check = validation.Checker(journal.now().date())
    for reason in (reasons or {}).values():
        check.text("reason", reason)
    check.raise_if_any()


def _keep_reasons(
    journal: Journal, session: Session, use: AiUse, reasons: Mapping[int, str] | None
) -> None:
    for rule_id, reason in (reasons or {}).items():
        boundaries.add_breach_note(session, rule_id, use.id, use.day, reason, journal.now())


def log_use(
    journal: Journal, value: AiUseInput, reasons: Mapping[int, str] | None = None
) -> OpResult[AiUse]:
    """Log an AI use; `reasons` (rule id to text) go to the breach log with it."""
    day_start = journal.settings().day_start_hour

    def body(session: Session) -> AiUse:
        minutes = _checked_use(journal, session, value)
        _check_reasons(journal, reasons)
        use = usage.add_use(session, value, minutes, day_start, journal.now())
        _keep_reasons(journal, session, use, reasons)
        return use

    return journal.write(Label("Log AI use"), body)


def update_use(
    journal: Journal, use_id: int, value: AiUseInput, reasons: Mapping[int, str] | None = None
) -> OpResult[AiUse]:
    """Change a logged AI use; `reasons` are added to the breach log."""
    day_start = journal.settings().day_start_hour

    def body(session: Session) -> AiUse:
        minutes = _checked_use(journal, session, value)
        _check_reasons(journal, reasons)
        use = usage.change_use(session, use_id, value, minutes, day_start)
        _keep_reasons(journal, session, use, reasons)
        return use

    return journal.write(Label("Edit AI use"), body)


def delete_use(journal: Journal, use_id: int) -> OpResult[AiUse]:
    """Delete an AI use and the reasons kept for its breaches (undo brings both back)."""

    return journal.write(Label("Delete AI use"), lambda session: usage.delete_use(session, use_id))


def add_breach_note(
    journal: Journal, rule_id: int, use_id: int | None, day: dt.date, reason: str
) -> OpResult[BreachNote]:
    """Keep the reason given for breaking a firm rule (with no use, or with a logged one)."""

    def body(session: Session) -> BreachNote:
        _check_reasons(journal, {rule_id: reason})
        return boundaries.add_breach_note(session, rule_id, use_id, day, reason, journal.now())

    return journal.write(Label("Keep a reason"), body)


def _checked_connection(journal: Journal, session: Session, value: ConnectionInput) -> int:
    return validation.check_connection(value, journal.now().date(), circles.circle_ids(session))


def log_connection(journal: Journal, value: ConnectionInput) -> OpResult[Connection]:
    """Log a human connection."""
    day_start = journal.settings().day_start_hour

    def body(session: Session) -> Connection:
        minutes = _checked_connection(journal, session, value)
        return usage.add_connection(session, value, minutes, day_start, journal.now())

    return journal.write(Label("Log connection"), body)


def update_connection(
    journal: Journal, connection_id: int, value: ConnectionInput
) -> OpResult[Connection]:
    """Change a logged connection."""
    day_start = journal.settings().day_start_hour

    def body(session: Session) -> Connection:
        minutes = _checked_connection(journal, session, value)
        return usage.change_connection(session, connection_id, value, minutes, day_start)

    return journal.write(Label("Edit connection"), body)


def delete_connection(journal: Journal, connection_id: int) -> OpResult[Connection]:
    """Delete a connection."""

    return journal.write(
        Label("Delete connection"), lambda session: usage.delete_connection(session, connection_id)
    )
