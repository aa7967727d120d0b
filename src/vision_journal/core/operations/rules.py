"""Operations on boundary rules: save, pause or resume, delete (with its breach log)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from vision_journal.core import boundaries, circles, validation
from vision_journal.core.operations.step import Label, OpResult
from vision_journal.core.records import BoundaryRule, RuleInput

if TYPE_CHECKING:
    from vision_journal.core.journal import Journal


def save_rule(
    journal: Journal, value: RuleInput, rule_id: int | None = None
) -> OpResult[BoundaryRule]:
    """Create a boundary rule, or change `rule_id` (its kind included)."""

    def body(session: Session) -> BoundaryRule:
        validation.check_rule(
            value,
            journal.now().date(),
            circles.tool_ids(session),
            circles.circle_ids(session),
        )
        return boundaries.save_rule(session, value, journal.now(), rule_id)

    return journal.write(Label("New rule" if rule_id is None else "Edit rule"), body)


def set_rule_active(journal: Journal, rule_id: int, is_active: bool) -> OpResult[BoundaryRule]:
    """Resume (`is_active`) or pause a rule."""
    return journal.write(
        Label("Resume rule" if is_active else "Pause rule"),
        lambda session: boundaries.set_rule_active(session, rule_id, is_active),
    )


def delete_rule(journal: Journal, rule_id: int) -> OpResult[BoundaryRule]:
    """Delete a rule, its kind's parameters, curfew windows and breach log."""

    def body(session: Session) -> BoundaryRule:
        row = boundaries.get_rule_row(session, rule_id)
        record = boundaries.rule_record(row)
        session.delete(row)
        return record

    return journal.write(Label("Delete rule"), body)
