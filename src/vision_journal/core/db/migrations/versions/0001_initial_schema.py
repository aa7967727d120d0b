"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 08:49:24.199331
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "ai_tool",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "chat_assistant",
                "writing_assistant",
                "companion",
                "meeting_transcription",
                "coding",
                "search",
                "other",
                name="tool_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("retention_note", sa.Text(), nullable=False),
        sa.Column("training_note", sa.Text(), nullable=False),
        sa.Column("data_location_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ai_tool")),
        sa.UniqueConstraint("name", name=op.f("uq_ai_tool_name")),
    )
    op.create_table(
        "boundary_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "budget",
                "curfew",
                "no_mediation",
                "disclosure",
                "purpose_limit",
                "mediation_share",
                name="rule_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column(
            "severity",
            sa.Enum(
                "nudge",
                "firm",
                name="severity",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_boundary_rule")),
    )
    op.create_table(
        "checkin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "completed",
                name="checkin_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("facts_json", sa.Text(), nullable=False),
        sa.Column("rating_connection", sa.Integer(), nullable=True),
        sa.Column("rating_reliance", sa.Integer(), nullable=True),
        sa.Column("rating_alignment", sa.Integer(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "rating_alignment IS NULL OR rating_alignment BETWEEN 1 AND 5",
            name=op.f("ck_checkin_r3"),
        ),
        sa.CheckConstraint(
            "rating_connection IS NULL OR rating_connection BETWEEN 1 AND 5",
            name=op.f("ck_checkin_r1"),
        ),
        sa.CheckConstraint(
            "rating_reliance IS NULL OR rating_reliance BETWEEN 1 AND 5", name=op.f("ck_checkin_r2")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin")),
        sa.UniqueConstraint("week_start", name=op.f("uq_checkin_week_start")),
    )
    op.create_table(
        "checkin_prompt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_prompt")),
    )
    op.create_table(
        "circle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "sphere",
            sa.Enum(
                "personal",
                "professional",
                name="sphere",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("cadence_days", sa.Integer(), nullable=True),
        sa.Column("is_protected", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "cadence_days IS NULL OR cadence_days BETWEEN 1 AND 3650",
            name=op.f("ck_circle_cadence"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_circle")),
        sa.UniqueConstraint("name", name=op.f("uq_circle_name")),
    )
    op.create_table(
        "draft",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_draft")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "vision_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vision_revision")),
    )
    with op.batch_alter_table("vision_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vision_revision_saved_at"), ["saved_at"], unique=False)

    op.create_table(
        "budget_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column(
            "period",
            sa.Enum(
                "day",
                "week",
                "rolling_7_days",
                name="budget_period",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("tool_id", sa.Integer(), nullable=True),
        sa.Column(
            "purpose",
            sa.Enum(
                "draft_message",
                "edit_polish",
                "translate",
                "summarise",
                "relationship_advice",
                "emotional_support",
                "planning",
                "research_learning",
                "work_task",
                "creative",
                name="use_purpose",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "sphere",
            sa.Enum(
                "personal",
                "professional",
                name="sphere",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("circle_id", sa.Integer(), nullable=True),
        sa.Column("has_rollover", sa.Boolean(), nullable=False),
        sa.CheckConstraint("minutes BETWEEN 1 AND 10080", name=op.f("ck_budget_rule_minutes")),
        sa.ForeignKeyConstraint(
            ["circle_id"],
            ["circle.id"],
            name=op.f("fk_budget_rule_circle_id_circle"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["id"],
            ["boundary_rule.id"],
            name=op.f("fk_budget_rule_id_boundary_rule"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tool_id"],
            ["ai_tool.id"],
            name=op.f("fk_budget_rule_tool_id_ai_tool"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_rule")),
    )
    op.create_table(
        "checkin_adjustment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(length=8), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "action IN ('created', 'changed', 'paused')", name=op.f("ck_checkin_adjustment_action")
        ),
        sa.CheckConstraint("target IN ('goal', 'rule')", name=op.f("ck_checkin_adjustment_target")),
        sa.ForeignKeyConstraint(
            ["checkin_id"],
            ["checkin.id"],
            name=op.f("fk_checkin_adjustment_checkin_id_checkin"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_adjustment")),
    )
    with op.batch_alter_table("checkin_adjustment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checkin_adjustment_checkin_id"), ["checkin_id"], unique=False
        )

    op.create_table(
        "checkin_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=False),
        sa.Column("prompt_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkin_id"],
            ["checkin.id"],
            name=op.f("fk_checkin_answer_checkin_id_checkin"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["prompt_id"],
            ["checkin_prompt.id"],
            name=op.f("fk_checkin_answer_prompt_id_checkin_prompt"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_answer")),
        sa.UniqueConstraint("checkin_id", "prompt_id", name="checkin_prompt"),
    )
    op.create_table(
        "connection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("circle_id", sa.Integer(), nullable=False),
        sa.Column(
            "mode",
            sa.Enum(
                "in_person",
                "call",
                "video",
                "message",
                name="connection_mode",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("quality", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("minutes BETWEEN 1 AND 1440", name=op.f("ck_connection_minutes")),
        sa.CheckConstraint("quality BETWEEN 1 AND 5", name=op.f("ck_connection_quality")),
        sa.ForeignKeyConstraint(
            ["circle_id"],
            ["circle.id"],
            name=op.f("fk_connection_circle_id_circle"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_connection")),
    )
    with op.batch_alter_table("connection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_connection_circle_id"), ["circle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_connection_day"), ["day"], unique=False)

    op.create_table(
        "curfew_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("weekday_mask", sa.Integer(), nullable=False),
        sa.CheckConstraint("weekday_mask BETWEEN 1 AND 127", name=op.f("ck_curfew_rule_weekdays")),
        sa.ForeignKeyConstraint(
            ["id"],
            ["boundary_rule.id"],
            name=op.f("fk_curfew_rule_id_boundary_rule"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_curfew_rule")),
    )
    op.create_table(
        "disclosure_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("circle_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["circle_id"],
            ["circle.id"],
            name=op.f("fk_disclosure_rule_circle_id_circle"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["id"],
            ["boundary_rule.id"],
            name=op.f("fk_disclosure_rule_id_boundary_rule"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure_rule")),
    )
    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column(
            "sphere",
            sa.Enum(
                "personal",
                "professional",
                name="sphere",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "achieve",
                "limit",
                name="goal_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("circle_id", sa.Integer(), nullable=True),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column(
            "measure_unit",
            sa.Enum(
                "count",
                "minutes",
                name="measure_unit",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "measure_period",
            sa.Enum(
                "day",
                "week",
                "month",
                name="measure_period",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("target_value", sa.Integer(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "paused",
                "achieved",
                "dropped",
                name="goal_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "target_value IS NULL OR target_value >= 0", name=op.f("ck_goal_target_value")
        ),
        sa.ForeignKeyConstraint(
            ["circle_id"], ["circle.id"], name=op.f("fk_goal_circle_id_circle"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_circle_id"), ["circle_id"], unique=False)

    op.create_table(
        "mediation_share_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("circle_id", sa.Integer(), nullable=False),
        sa.Column("max_percent", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "max_percent BETWEEN 0 AND 100", name=op.f("ck_mediation_share_rule_percent")
        ),
        sa.ForeignKeyConstraint(
            ["circle_id"],
            ["circle.id"],
            name=op.f("fk_mediation_share_rule_circle_id_circle"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["id"],
            ["boundary_rule.id"],
            name=op.f("fk_mediation_share_rule_id_boundary_rule"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediation_share_rule")),
    )
    op.create_table(
        "no_mediation_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("circle_id", sa.Integer(), nullable=False),
        sa.Column("mediation_mask", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "mediation_mask BETWEEN 1 AND 15", name=op.f("ck_no_mediation_rule_mediations")
        ),
        sa.ForeignKeyConstraint(
            ["circle_id"],
            ["circle.id"],
            name=op.f("fk_no_mediation_rule_circle_id_circle"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["id"],
            ["boundary_rule.id"],
            name=op.f("fk_no_mediation_rule_id_boundary_rule"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_no_mediation_rule")),
    )
    op.create_table(
        "purpose_limit_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "draft_message",
                "edit_polish",
                "translate",
                "summarise",
                "relationship_advice",
                "emotional_support",
                "planning",
                "research_learning",
                "work_task",
                "creative",
                name="use_purpose",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("circle_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["circle_id"],
            ["circle.id"],
            name=op.f("fk_purpose_limit_rule_circle_id_circle"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["id"],
            ["boundary_rule.id"],
            name=op.f("fk_purpose_limit_rule_id_boundary_rule"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purpose_limit_rule")),
    )
    op.create_table(
        "stakeholder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column(
            "sphere",
            sa.Enum(
                "personal",
                "professional",
                name="sphere",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("what_to_share", sa.Text(), nullable=False),
        sa.Column("concerns", sa.Text(), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["vision_revision.id"],
            name=op.f("fk_stakeholder_revision_id_vision_revision"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder")),
    )
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stakeholder_revision_id"), ["revision_id"], unique=False
        )

    op.create_table(
        "vision_sphere",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column(
            "sphere",
            sa.Enum(
                "personal",
                "professional",
                name="sphere",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("purposes", sa.String(length=200), nullable=False),
        sa.Column("purpose_statement", sa.Text(), nullable=False),
        sa.Column("values_text", sa.Text(), nullable=False),
        sa.Column("horizon", sa.Text(), nullable=False),
        sa.Column("privacy_commitment", sa.Text(), nullable=False),
        sa.Column("privacy_note", sa.Text(), nullable=False),
        sa.Column("security_commitment", sa.Text(), nullable=False),
        sa.Column("security_note", sa.Text(), nullable=False),
        sa.Column("bias_commitment", sa.Text(), nullable=False),
        sa.Column("bias_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["vision_revision.id"],
            name=op.f("fk_vision_sphere_revision_id_vision_revision"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vision_sphere")),
        sa.UniqueConstraint("revision_id", "sphere", name="revision_sphere"),
    )
    with op.batch_alter_table("vision_sphere", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vision_sphere_revision_id"), ["revision_id"], unique=False
        )

    op.create_table(
        "ai_use",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("tool_id", sa.Integer(), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "draft_message",
                "edit_polish",
                "translate",
                "summarise",
                "relationship_advice",
                "emotional_support",
                "planning",
                "research_learning",
                "work_task",
                "creative",
                name="use_purpose",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "sphere",
            sa.Enum(
                "personal",
                "professional",
                name="sphere",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("circle_id", sa.Integer(), nullable=True),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column(
            "mediation",
            sa.Enum(
                "none",
                "ai_drafted",
                "ai_edited",
                "ai_translated",
                "ai_replied",
                name="mediation",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "disclosed",
            sa.Enum(
                "yes",
                "no",
                "not_applicable",
                name="disclosure",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("planned_minutes", sa.Integer(), nullable=True),
        sa.Column("feeling", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "manual",
                "chatgpt",
                "claude",
                "activitywatch",
                "json",
                name="use_source",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("source_id", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "feeling IS NULL OR feeling BETWEEN -2 AND 2", name=op.f("ck_ai_use_feeling")
        ),
        sa.CheckConstraint("minutes BETWEEN 1 AND 1440", name=op.f("ck_ai_use_minutes")),
        sa.CheckConstraint(
            "planned_minutes IS NULL OR planned_minutes BETWEEN 1 AND 1440",
            name=op.f("ck_ai_use_planned"),
        ),
        sa.ForeignKeyConstraint(
            ["circle_id"],
            ["circle.id"],
            name=op.f("fk_ai_use_circle_id_circle"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_ai_use_goal_id_goal"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["tool_id"], ["ai_tool.id"], name=op.f("fk_ai_use_tool_id_ai_tool"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ai_use")),
        sa.UniqueConstraint("source", "source_id", name="source"),
    )
    with op.batch_alter_table("ai_use", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ai_use_circle_id"), ["circle_id"], unique=False)
        batch_op.create_index("ix_ai_use_day_tool", ["day", "tool_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ai_use_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index("ix_ai_use_started_at", ["started_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_ai_use_tool_id"), ["tool_id"], unique=False)

    op.create_table(
        "curfew_window",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.CheckConstraint("end_minute BETWEEN 0 AND 1439", name=op.f("ck_curfew_window_end")),
        sa.CheckConstraint("start_minute <> end_minute", name=op.f("ck_curfew_window_nonempty")),
        sa.CheckConstraint("start_minute BETWEEN 0 AND 1439", name=op.f("ck_curfew_window_start")),
        sa.ForeignKeyConstraint(
            ["rule_id"],
            ["curfew_rule.id"],
            name=op.f("fk_curfew_window_rule_id_curfew_rule"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_curfew_window")),
    )
    with op.batch_alter_table("curfew_window", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_curfew_window_rule_id"), ["rule_id"], unique=False)

    op.create_table(
        "goal_progress",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_goal_progress_goal_id_goal"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_progress")),
    )
    with op.batch_alter_table("goal_progress", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_progress_goal_id"), ["goal_id"], unique=False)

    op.create_table(
        "breach_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("use_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rule_id"],
            ["boundary_rule.id"],
            name=op.f("fk_breach_note_rule_id_boundary_rule"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["use_id"],
            ["ai_use.id"],
            name=op.f("fk_breach_note_use_id_ai_use"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach_note")),
    )
    with op.batch_alter_table("breach_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_breach_note_rule_id"), ["rule_id"], unique=False)


def downgrade() -> None:
    """Downgrades are not supported: restore the backup taken before the migration."""
    raise NotImplementedError
