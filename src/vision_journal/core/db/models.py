"""SQLAlchemy models of the journal: one class per table, typed with `Mapped[]`.

Only the core's services touch these; callers get frozen records from `records.py`.
Enum columns are stored as their string values with a CHECK constraint, so a foreign value
cannot get in even through raw SQL. Boundary rules use joined-table inheritance: the common
columns live in `boundary_rule`, each kind's typed parameters in a table of its own.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from vision_journal.core.records import (
    BudgetPeriod,
    CheckInStatus,
    ConnectionMode,
    Disclosure,
    GoalKind,
    GoalStatus,
    MeasurePeriod,
    MeasureSource,
    MeasureUnit,
    Mediation,
    NeutralReason,
    RuleKind,
    Severity,
    Sphere,
    ToolKind,
    UsePurpose,
    UseSource,
)

# Constraint names must be stable for Alembic's batch mode to find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(kind: type[StrEnum], name: str) -> Enum:
    """A string column restricted to the enum's values by a named CHECK constraint."""
    return Enum(
        kind,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    """Declarative base with the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Setting(Base):
    """A journal setting as a JSON value; settings live inside the (encrypted) journal."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


class CircleRow(Base):
    """A group of relationships."""

    __tablename__ = "circle"
    __table_args__ = (
        CheckConstraint("cadence_days IS NULL OR cadence_days BETWEEN 1 AND 3650", name="cadence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    sphere: Mapped[Sphere] = mapped_column(_enum(Sphere, "sphere"))
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    is_protected: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AiToolRow(Base):
    """An AI tool and its privacy notes."""

    __tablename__ = "ai_tool"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[ToolKind] = mapped_column(_enum(ToolKind, "tool_kind"))
    retention_note: Mapped[str] = mapped_column(Text, default="")
    training_note: Mapped[str] = mapped_column(Text, default="")
    data_location_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class VisionRevisionRow(Base):
    """One saved version of the whole vision; the newest is the current one."""

    __tablename__ = "vision_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    spheres: Mapped[list[VisionSphereRow]] = relationship(
        back_populates="revision", cascade="all, delete-orphan"
    )
    stakeholders: Mapped[list[StakeholderRow]] = relationship(
        back_populates="revision", cascade="all, delete-orphan", order_by="StakeholderRow.position"
    )


class VisionSphereRow(Base):
    """The vision of one sphere within a revision."""

    __tablename__ = "vision_sphere"
    __table_args__ = (UniqueConstraint("revision_id", "sphere", name="revision_sphere"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(
        ForeignKey("vision_revision.id", ondelete="CASCADE"), index=True
    )
    sphere: Mapped[Sphere] = mapped_column(_enum(Sphere, "sphere"))
    # Chosen purposes as a comma-separated list of VisionPurpose values, validated on write.
    purposes: Mapped[str] = mapped_column(String(200), default="")
    purpose_statement: Mapped[str] = mapped_column(Text, default="")
    values_text: Mapped[str] = mapped_column(Text, default="")
    horizon: Mapped[str] = mapped_column(Text, default="")
    privacy_commitment: Mapped[str] = mapped_column(Text, default="")
    privacy_note: Mapped[str] = mapped_column(Text, default="")
    security_commitment: Mapped[str] = mapped_column(Text, default="")
    security_note: Mapped[str] = mapped_column(Text, default="")
    bias_commitment: Mapped[str] = mapped_column(Text, default="")
    bias_note: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[VisionRevisionRow] = relationship(back_populates="spheres")


class StakeholderRow(Base):
    """A person or group in the communication plan of one sphere."""

    __tablename__ = "stakeholder"

    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(
        ForeignKey("vision_revision.id", ondelete="CASCADE"), index=True
    )
    sphere: Mapped[Sphere] = mapped_column(_enum(Sphere, "sphere"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    what_to_share: Mapped[str] = mapped_column(Text, default="")
    concerns: Mapped[str] = mapped_column(Text, default="")
    answers: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[VisionRevisionRow] = relationship(back_populates="stakeholders")


class GoalRow(Base):
    """A goal."""

    __tablename__ = "goal"
    __table_args__ = (
        CheckConstraint("target_value IS NULL OR target_value >= 0", name="target_value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    sphere: Mapped[Sphere] = mapped_column(_enum(Sphere, "sphere"))
    kind: Mapped[GoalKind] = mapped_column(_enum(GoalKind, "goal_kind"))
    circle_id: Mapped[int | None] = mapped_column(
        ForeignKey("circle.id", ondelete="SET NULL"), index=True
    )
    why: Mapped[str] = mapped_column(Text, default="")
    measure_unit: Mapped[MeasureUnit | None] = mapped_column(_enum(MeasureUnit, "measure_unit"))
    measure_period: Mapped[MeasurePeriod | None] = mapped_column(
        _enum(MeasurePeriod, "measure_period")
    )
    target_value: Mapped[int | None] = mapped_column(Integer)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(_enum(GoalStatus, "goal_status"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    measure_source: Mapped[MeasureSource | None] = mapped_column(
        _enum(MeasureSource, "measure_source")
    )
    measure_tool_id: Mapped[int | None] = mapped_column(
        ForeignKey("ai_tool.id", ondelete="SET NULL")
    )
    measure_purpose: Mapped[UsePurpose | None] = mapped_column(_enum(UsePurpose, "measure_purpose"))


class ProgressRow(Base):
    """A progress entry of a goal."""

    __tablename__ = "goal_progress"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class AiUseRow(Base):
    """One logged AI session. `day` is the journal day (day-start setting applied)."""

    __tablename__ = "ai_use"
    __table_args__ = (
        CheckConstraint("minutes BETWEEN 1 AND 1440", name="minutes"),
        CheckConstraint("feeling IS NULL OR feeling BETWEEN -2 AND 2", name="feeling"),
        CheckConstraint(
            "planned_minutes IS NULL OR planned_minutes BETWEEN 1 AND 1440", name="planned"
        ),
        UniqueConstraint("source", "source_id", name="source"),
        Index("ix_ai_use_day_tool", "day", "tool_id"),
        Index("ix_ai_use_started_at", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    day: Mapped[dt.date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    tool_id: Mapped[int] = mapped_column(ForeignKey("ai_tool.id", ondelete="RESTRICT"), index=True)
    purpose: Mapped[UsePurpose] = mapped_column(_enum(UsePurpose, "use_purpose"))
    sphere: Mapped[Sphere] = mapped_column(_enum(Sphere, "sphere"))
    circle_id: Mapped[int | None] = mapped_column(
        ForeignKey("circle.id", ondelete="SET NULL"), index=True
    )
    goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL"), index=True
    )
    mediation: Mapped[Mediation] = mapped_column(_enum(Mediation, "mediation"))
    disclosed: Mapped[Disclosure] = mapped_column(_enum(Disclosure, "disclosure"))
    planned_minutes: Mapped[int | None] = mapped_column(Integer)
    feeling: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[UseSource] = mapped_column(_enum(UseSource, "use_source"))
    source_id: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    neutral: Mapped[NeutralReason | None] = mapped_column(_enum(NeutralReason, "neutral_reason"))
    neutral_note: Mapped[str] = mapped_column(Text, default="")


class ConnectionRow(Base):
    """A human moment without AI."""

    __tablename__ = "connection"
    __table_args__ = (
        CheckConstraint("minutes BETWEEN 1 AND 1440", name="minutes"),
        CheckConstraint("quality BETWEEN 1 AND 5", name="quality"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    circle_id: Mapped[int] = mapped_column(ForeignKey("circle.id", ondelete="RESTRICT"), index=True)
    mode: Mapped[ConnectionMode] = mapped_column(_enum(ConnectionMode, "connection_mode"))
    minutes: Mapped[int] = mapped_column(Integer)
    quality: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class RuleRow(Base):
    """The columns every boundary rule has; `kind` selects the table of its parameters."""

    __tablename__ = "boundary_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[RuleKind] = mapped_column(_enum(RuleKind, "rule_kind"))
    name: Mapped[str] = mapped_column(Text)
    rationale: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[Severity] = mapped_column(_enum(Severity, "severity"))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_abstract": True}


class BudgetRuleRow(RuleRow):
    """At most N minutes per period, optionally scoped."""

    __tablename__ = "budget_rule"
    __table_args__ = (CheckConstraint("minutes BETWEEN 1 AND 10080", name="minutes"),)

    id: Mapped[int] = mapped_column(
        ForeignKey("boundary_rule.id", ondelete="CASCADE"), primary_key=True
    )
    minutes: Mapped[int] = mapped_column(Integer)
    period: Mapped[BudgetPeriod] = mapped_column(_enum(BudgetPeriod, "budget_period"))
    tool_id: Mapped[int | None] = mapped_column(ForeignKey("ai_tool.id", ondelete="CASCADE"))
    purpose: Mapped[UsePurpose | None] = mapped_column(_enum(UsePurpose, "use_purpose"))
    sphere: Mapped[Sphere | None] = mapped_column(_enum(Sphere, "sphere"))
    circle_id: Mapped[int | None] = mapped_column(ForeignKey("circle.id", ondelete="CASCADE"))
    has_rollover: Mapped[bool] = mapped_column(Boolean, default=False)

    __mapper_args__ = {"polymorphic_identity": RuleKind.BUDGET}


class CurfewRuleRow(RuleRow):
    """No AI in the windows, on the weekdays in the bit mask (bit 0 = Monday)."""

    __tablename__ = "curfew_rule"
    __table_args__ = (CheckConstraint("weekday_mask BETWEEN 1 AND 127", name="weekdays"),)

    id: Mapped[int] = mapped_column(
        ForeignKey("boundary_rule.id", ondelete="CASCADE"), primary_key=True
    )
    weekday_mask: Mapped[int] = mapped_column(Integer)
    windows: Mapped[list[CurfewWindowRow]] = relationship(
        cascade="all, delete-orphan", order_by="CurfewWindowRow.position", lazy="selectin"
    )

    __mapper_args__ = {"polymorphic_identity": RuleKind.CURFEW}


class CurfewWindowRow(Base):
    """One window of a curfew, in minutes after midnight; end <= start crosses midnight."""

    __tablename__ = "curfew_window"
    __table_args__ = (
        CheckConstraint("start_minute BETWEEN 0 AND 1439", name="start"),
        CheckConstraint("end_minute BETWEEN 0 AND 1439", name="end"),
        CheckConstraint("start_minute <> end_minute", name="nonempty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(
        ForeignKey("curfew_rule.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)


class NoMediationRuleRow(RuleRow):
    """No AI-mediated messages (mediation kinds in the bit mask) to a circle."""

    __tablename__ = "no_mediation_rule"
    __table_args__ = (CheckConstraint("mediation_mask BETWEEN 1 AND 15", name="mediations"),)

    id: Mapped[int] = mapped_column(
        ForeignKey("boundary_rule.id", ondelete="CASCADE"), primary_key=True
    )
    circle_id: Mapped[int] = mapped_column(ForeignKey("circle.id", ondelete="CASCADE"))
    # One bit per mediated kind, in the order of boundaries.MEDIATION_BITS.
    mediation_mask: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"polymorphic_identity": RuleKind.NO_MEDIATION}


class DisclosureRuleRow(RuleRow):
    """AI-mediated messages to a circle must be disclosed."""

    __tablename__ = "disclosure_rule"

    id: Mapped[int] = mapped_column(
        ForeignKey("boundary_rule.id", ondelete="CASCADE"), primary_key=True
    )
    circle_id: Mapped[int] = mapped_column(ForeignKey("circle.id", ondelete="CASCADE"))

    __mapper_args__ = {"polymorphic_identity": RuleKind.DISCLOSURE}


class PurposeLimitRuleRow(RuleRow):
    """No AI for a purpose, optionally within a circle."""

    __tablename__ = "purpose_limit_rule"

    id: Mapped[int] = mapped_column(
        ForeignKey("boundary_rule.id", ondelete="CASCADE"), primary_key=True
    )
    purpose: Mapped[UsePurpose] = mapped_column(_enum(UsePurpose, "use_purpose"))
    circle_id: Mapped[int | None] = mapped_column(ForeignKey("circle.id", ondelete="CASCADE"))

    __mapper_args__ = {"polymorphic_identity": RuleKind.PURPOSE_LIMIT}


class MediationShareRuleRow(RuleRow):
    """AI-mediated messages to a circle stay at or under a share over 7 days."""

    __tablename__ = "mediation_share_rule"
    __table_args__ = (CheckConstraint("max_percent BETWEEN 0 AND 100", name="percent"),)

    id: Mapped[int] = mapped_column(
        ForeignKey("boundary_rule.id", ondelete="CASCADE"), primary_key=True
    )
    circle_id: Mapped[int] = mapped_column(ForeignKey("circle.id", ondelete="CASCADE"))
    max_percent: Mapped[int] = mapped_column(Integer)

    __mapper_args__ = {"polymorphic_identity": RuleKind.MEDIATION_SHARE}


class BreachNoteRow(Base):
    """A reason given for breaking a firm rule (the breach log)."""

    __tablename__ = "breach_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(
        ForeignKey("boundary_rule.id", ondelete="CASCADE"), index=True
    )
    # The reason belongs to the use: deleting the use (or undoing its logging) removes it.
    use_id: Mapped[int | None] = mapped_column(ForeignKey("ai_use.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PromptRow(Base):
    """A check-in prompt; retired prompts are kept so old answers stay readable."""

    __tablename__ = "checkin_prompt"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class CheckInRow(Base):
    """The check-in of one week; `facts_json` is frozen when it is completed."""

    __tablename__ = "checkin"
    __table_args__ = (
        CheckConstraint(
            "rating_connection IS NULL OR rating_connection BETWEEN 1 AND 5", name="r1"
        ),
        CheckConstraint("rating_reliance IS NULL OR rating_reliance BETWEEN 1 AND 5", name="r2"),
        CheckConstraint("rating_alignment IS NULL OR rating_alignment BETWEEN 1 AND 5", name="r3"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    week_start: Mapped[dt.date] = mapped_column(Date, unique=True)
    status: Mapped[CheckInStatus] = mapped_column(_enum(CheckInStatus, "checkin_status"))
    facts_json: Mapped[str] = mapped_column(Text, default="{}")
    rating_connection: Mapped[int | None] = mapped_column(Integer)
    rating_reliance: Mapped[int | None] = mapped_column(Integer)
    rating_alignment: Mapped[int | None] = mapped_column(Integer)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    answers: Mapped[list[CheckInAnswerRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )
    adjustments: Mapped[list[AdjustmentRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="AdjustmentRow.id"
    )


class CheckInAnswerRow(Base):
    """The answer to one prompt in one check-in."""

    __tablename__ = "checkin_answer"
    __table_args__ = (UniqueConstraint("checkin_id", "prompt_id", name="checkin_prompt"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checkin_id: Mapped[int] = mapped_column(ForeignKey("checkin.id", ondelete="CASCADE"))
    prompt_id: Mapped[int] = mapped_column(ForeignKey("checkin_prompt.id", ondelete="RESTRICT"))
    text: Mapped[str] = mapped_column(Text, default="")


class AdjustmentRow(Base):
    """A goal or rule created, changed or paused from within a check-in."""

    __tablename__ = "checkin_adjustment"
    __table_args__ = (
        CheckConstraint("target IN ('goal', 'rule')", name="target"),
        CheckConstraint("action IN ('created', 'changed', 'paused')", name="action"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    checkin_id: Mapped[int] = mapped_column(
        ForeignKey("checkin.id", ondelete="CASCADE"), index=True
    )
    target: Mapped[str] = mapped_column(String(8))
    target_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(8))
    description: Mapped[str] = mapped_column(Text, default="")


class DraftRow(Base):
    """Unsaved long text kept while a person types, offered back after a crash."""

    __tablename__ = "draft"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class FoundSessionRow(Base):
    """An AI session found by capture, waiting in the inbox, dismissed, or confirmed.

    Times are local wall-clock times like `ai_use.started_at`; `day` is the journal day.
    `tool_name` is the known-tools entry's journal tool: the tool row is created only when a
    person confirms. A confirmed session points at the use it became. Dismissed sessions stay
    so that a re-sync does not bring them back.
    """

    __tablename__ = "found_session"
    __table_args__ = (
        CheckConstraint("minutes BETWEEN 1 AND 1440", name="minutes"),
        CheckConstraint("ended_at >= started_at", name="span"),
        CheckConstraint("state IN ('waiting', 'dismissed', 'confirmed')", name="state"),
        Index("ix_found_session_tool_started", "tool_name", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tool_name: Mapped[str] = mapped_column(String(200))
    tool_kind: Mapped[ToolKind] = mapped_column(_enum(ToolKind, "tool_kind"))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ended_at: Mapped[dt.datetime] = mapped_column(DateTime)
    minutes: Mapped[int] = mapped_column(Integer)
    day: Mapped[dt.date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16), index=True)
    use_id: Mapped[int | None] = mapped_column(
        ForeignKey("ai_use.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class FoundSourceRow(Base):
    """One source's id for a found session or a use: what makes every re-sync idempotent.

    `source` names the source ("activitywatch", "firefox", "chrome", ...); `source_id` is
    stable for the same time found again. A row points at a found session, at a use (the
    same time was already logged or imported), or at both once the session is confirmed.
    """

    __tablename__ = "found_source"
    __table_args__ = (UniqueConstraint("source", "source_id", name="source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(64))
    source_id: Mapped[str] = mapped_column(String(200))
    found_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("found_session.id", ondelete="CASCADE"), index=True
    )
    use_id: Mapped[int | None] = mapped_column(
        ForeignKey("ai_use.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SyncStateRow(Base):
    """Where the last sync of one capture source stopped, and how it ended."""

    __tablename__ = "sync_state"

    source: Mapped[str] = mapped_column(String(200), primary_key=True)
    # Epoch seconds from which the next sync reads (an open session is read again whole).
    cursor: Mapped[float | None] = mapped_column(Float)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")


class ChangeLogRow(Base):
    """What one committed write changed, so that other processes can tell precisely.

    Written by the journal in the same transaction as the change (`core/change_log.py`);
    a window reads the rows newer than the last one it saw. Not a record of the journal:
    never exported, never part of an undo step, and only the latest rows are kept.
    `tables`, `bulk_tables` and `days` are comma-separated (ISO dates for the days); `nonce`
    tells a row apart from another with the same `seq` (a restored or replaced file);
    `count` is the journal's change count (`db.raw.CHANGE_COUNT`) its write set.
    """

    __tablename__ = "change_log"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    nonce: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)
    tables: Mapped[str] = mapped_column(Text)
    bulk_tables: Mapped[str] = mapped_column(Text)
    days: Mapped[str] = mapped_column(Text)
