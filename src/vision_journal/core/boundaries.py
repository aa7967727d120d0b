"""Storing boundary rules: each kind's typed parameters in its own table, and the breach log.

Evaluation of the rules lives in `rules.py`; this module only turns records into rows and
back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, with_polymorphic

from vision_journal.core.db.models import (
    BreachNoteRow,
    BudgetRuleRow,
    CurfewRuleRow,
    CurfewWindowRow,
    DisclosureRuleRow,
    MediationShareRuleRow,
    NoMediationRuleRow,
    PurposeLimitRuleRow,
    RuleRow,
)
from vision_journal.core.errors import NotFoundError
from vision_journal.core.records import (
    BoundaryRule,
    BreachNote,
    BudgetParams,
    CurfewParams,
    DisclosureParams,
    Mediation,
    MediationShareParams,
    NoMediationParams,
    PurposeLimitParams,
    RuleInput,
    RuleParams,
    TimeWindow,
)

#: The bit of each mediated kind in `no_mediation_rule.mediation_mask`.
MEDIATION_BITS = {
    Mediation.AI_DRAFTED: 1,
    Mediation.AI_EDITED: 2,
    Mediation.AI_TRANSLATED: 4,
    Mediation.AI_REPLIED: 8,
}


def weekday_mask(weekdays: frozenset[int]) -> int:
    """Weekdays (Monday = 0) as a bit mask."""
    return sum(1 << day for day in weekdays)


def weekdays_of(mask: int) -> frozenset[int]:
    """The weekdays in a bit mask."""
    return frozenset(day for day in range(7) if mask & (1 << day))


def params_of(row: RuleRow) -> RuleParams:
    """The typed parameters stored for a rule row."""
    if isinstance(row, BudgetRuleRow):
        return BudgetParams(
            minutes=row.minutes,
            period=row.period,
            tool_id=row.tool_id,
            purpose=row.purpose,
            sphere=row.sphere,
            circle_id=row.circle_id,
            has_rollover=row.has_rollover,
        )
    if isinstance(row, CurfewRuleRow):
        return CurfewParams(
            windows=tuple(TimeWindow(w.start_minute, w.end_minute) for w in row.windows),
            weekdays=weekdays_of(row.weekday_mask),
        )
    if isinstance(row, NoMediationRuleRow):
        return NoMediationParams(
            circle_id=row.circle_id,
            mediations=frozenset(
                m for m, bit in MEDIATION_BITS.items() if row.mediation_mask & bit
            ),
        )
    if isinstance(row, DisclosureRuleRow):
        return DisclosureParams(circle_id=row.circle_id)
    if isinstance(row, PurposeLimitRuleRow):
        return PurposeLimitParams(purpose=row.purpose, circle_id=row.circle_id)
    if isinstance(row, MediationShareRuleRow):
        return MediationShareParams(circle_id=row.circle_id, max_percent=row.max_percent)
    raise TypeError(f"unknown rule row {type(row).__name__}")


def rule_record(row: RuleRow) -> BoundaryRule:
    """The frozen record of a rule row."""
    return BoundaryRule(
        id=row.id,
        name=row.name,
        params=params_of(row),
        severity=row.severity,
        rationale=row.rationale,
        is_active=row.is_active,
        created_at=row.created_at,
    )


def _new_row(params: RuleParams) -> RuleRow:
    if isinstance(params, BudgetParams):
        return BudgetRuleRow()
    if isinstance(params, CurfewParams):
        return CurfewRuleRow()
    if isinstance(params, NoMediationParams):
        return NoMediationRuleRow()
    if isinstance(params, DisclosureParams):
        return DisclosureRuleRow()
    if isinstance(params, PurposeLimitParams):
        return PurposeLimitRuleRow()
    return MediationShareRuleRow()


def _fill_params(row: RuleRow, params: RuleParams) -> None:
    if isinstance(row, BudgetRuleRow) and isinstance(params, BudgetParams):
        row.minutes = params.minutes
        row.period = params.period
        row.tool_id = params.tool_id
        row.purpose = params.purpose
        row.sphere = params.sphere
        row.circle_id = params.circle_id
        row.has_rollover = params.has_rollover
    elif isinstance(row, CurfewRuleRow) and isinstance(params, CurfewParams):
        row.weekday_mask = weekday_mask(params.weekdays)
        row.windows = [
            CurfewWindowRow(position=i, start_minute=w.start_minute, end_minute=w.end_minute)
            for i, w in enumerate(params.windows)
        ]
    elif isinstance(row, NoMediationRuleRow) and isinstance(params, NoMediationParams):
        row.circle_id = params.circle_id
        row.mediation_mask = sum(MEDIATION_BITS[m] for m in params.mediations)
    elif isinstance(row, DisclosureRuleRow) and isinstance(params, DisclosureParams):
        row.circle_id = params.circle_id
    elif isinstance(row, PurposeLimitRuleRow) and isinstance(params, PurposeLimitParams):
        row.purpose = params.purpose
        row.circle_id = params.circle_id
    elif isinstance(row, MediationShareRuleRow) and isinstance(params, MediationShareParams):
        row.circle_id = params.circle_id
        row.max_percent = params.max_percent
    else:
        raise TypeError("rule kind and parameters do not match")


def get_rule_row(session: Session, rule_id: int) -> RuleRow:
    """The row of a rule, or NotFoundError."""
    row = session.get(RuleRow, rule_id)
    if row is None:
        raise NotFoundError(f"rule {rule_id}")
    return row


def list_rules(session: Session) -> list[BoundaryRule]:
    """All rules, oldest first."""
    # Every kind's columns in one joined query and the curfew windows in a second: loading
    # the base rows alone would fetch each rule's own row (and windows) one query at a time.
    kinds = with_polymorphic(RuleRow, "*")
    statement = (
        select(kinds).options(selectinload(kinds.CurfewRuleRow.windows)).order_by(RuleRow.id)
    )
    return [rule_record(r) for r in session.scalars(statement)]


def save_rule(
    session: Session, value: RuleInput, now: dt.datetime, rule_id: int | None = None
) -> BoundaryRule:
    """Create a rule, or update `rule_id`; changing its kind replaces its parameter row."""
    created_at = now
    if rule_id is not None:
        old = get_rule_row(session, rule_id)
        created_at = old.created_at
        if old.kind is not value.params.kind:
            # A rule that changes kind keeps its id and history; only its parameters move.
            session.delete(old)
            session.flush()
            row = _new_row(value.params)
            row.id = rule_id
        else:
            row = old
    else:
        row = _new_row(value.params)
    row.created_at = created_at
    row.name = value.name.strip()
    row.rationale = value.rationale
    row.severity = value.severity
    row.is_active = value.is_active
    _fill_params(row, value.params)
    session.add(row)
    session.flush()
    return rule_record(row)


def restore_rule(session: Session, record: BoundaryRule, notes: list[BreachNote]) -> BoundaryRule:
    """Insert a deleted rule and its breach notes again with their ids."""
    row = _new_row(record.params)
    row.id = record.id
    row.created_at = record.created_at
    row.name = record.name
    row.rationale = record.rationale
    row.severity = record.severity
    row.is_active = record.is_active
    _fill_params(row, record.params)
    session.add(row)
    session.flush()
    restore_breach_notes(session, notes)
    return rule_record(row)


def restore_breach_notes(session: Session, notes: Iterable[BreachNote]) -> None:
    """Insert deleted breach notes again with their ids."""
    for note in notes:
        session.add(
            BreachNoteRow(
                id=note.id,
                rule_id=note.rule_id,
                use_id=note.use_id,
                day=note.day,
                reason=note.reason,
                created_at=note.created_at,
            )
        )
    session.flush()


def set_rule_active(session: Session, rule_id: int, is_active: bool) -> BoundaryRule:
    """Pause or resume a rule."""
    row = get_rule_row(session, rule_id)
    row.is_active = is_active
    session.flush()
    return rule_record(row)


def breach_record(row: BreachNoteRow) -> BreachNote:
    """The frozen record of a breach note."""
    return BreachNote(
        id=row.id,
        rule_id=row.rule_id,
        use_id=row.use_id,
        day=row.day,
        reason=row.reason,
        created_at=row.created_at,
    )


def add_breach_note(
    session: Session,
    rule_id: int,
    use_id: int | None,
    day: dt.date,
    reason: str,
    now: dt.datetime,
) -> BreachNote:
    """Keep the reason given for breaking a firm rule."""
    get_rule_row(session, rule_id)
    row = BreachNoteRow(rule_id=rule_id, use_id=use_id, day=day, reason=reason, created_at=now)
    session.add(row)
    session.flush()
    return breach_record(row)


def list_breach_notes(session: Session, rule_id: int | None = None) -> list[BreachNote]:
    """The breach log (of one rule, or all), newest first."""
    statement = select(BreachNoteRow).order_by(
        BreachNoteRow.created_at.desc(), BreachNoteRow.id.desc()
    )
    if rule_id is not None:
        statement = statement.where(BreachNoteRow.rule_id == rule_id)
    rows = session.scalars(statement)
    return [breach_record(r) for r in rows]
