"""capture: found sessions, their source ids, sync state; "capture" as a use source

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 14:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_OLD_SOURCES = ("manual", "chatgpt", "claude", "activitywatch", "json")
_NEW_SOURCES = (*_OLD_SOURCES, "capture")
_TOOL_KINDS = (
    "chat_assistant",
    "writing_assistant",
    "companion",
    "meeting_transcription",
    "coding",
    "search",
    "other",
)


def _source_enum(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name="use_source", native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("ai_use", schema=None) as batch_op:
        batch_op.alter_column(
            "source",
            existing_type=_source_enum(_OLD_SOURCES),
            type_=_source_enum(_NEW_SOURCES),
            existing_nullable=False,
        )

    op.create_table(
        "found_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tool_name", sa.String(length=200), nullable=False),
        sa.Column(
            "tool_kind",
            sa.Enum(
                *_TOOL_KINDS,
                name="tool_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("use_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("minutes BETWEEN 1 AND 1440", name=op.f("ck_found_session_minutes")),
        sa.CheckConstraint("ended_at >= started_at", name=op.f("ck_found_session_span")),
        sa.CheckConstraint(
            "state IN ('waiting', 'dismissed', 'confirmed')", name=op.f("ck_found_session_state")
        ),
        sa.ForeignKeyConstraint(
            ["use_id"],
            ["ai_use.id"],
            name=op.f("fk_found_session_use_id_ai_use"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_found_session")),
    )
    with op.batch_alter_table("found_session", schema=None) as batch_op:
        batch_op.create_index(
            "ix_found_session_tool_started", ["tool_name", "started_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_found_session_state"), ["state"], unique=False)
        batch_op.create_index(batch_op.f("ix_found_session_use_id"), ["use_id"], unique=False)

    op.create_table(
        "found_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("source_id", sa.String(length=200), nullable=False),
        sa.Column("found_session_id", sa.Integer(), nullable=True),
        sa.Column("use_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["found_session_id"],
            ["found_session.id"],
            name=op.f("fk_found_source_found_session_id_found_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["use_id"],
            ["ai_use.id"],
            name=op.f("fk_found_source_use_id_ai_use"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_found_source")),
        sa.UniqueConstraint("source", "source_id", name="source"),
    )
    with op.batch_alter_table("found_source", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_found_source_found_session_id"), ["found_session_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_found_source_use_id"), ["use_id"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("cursor", sa.Float(), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("source", name=op.f("pk_sync_state")),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("sync_state")
    with op.batch_alter_table("found_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_found_source_use_id"))
        batch_op.drop_index(batch_op.f("ix_found_source_found_session_id"))
    op.drop_table("found_source")
    with op.batch_alter_table("found_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_found_session_use_id"))
        batch_op.drop_index(batch_op.f("ix_found_session_state"))
        batch_op.drop_index("ix_found_session_tool_started")
    op.drop_table("found_session")
    with op.batch_alter_table("ai_use", schema=None) as batch_op:
        batch_op.alter_column(
            "source",
            existing_type=_source_enum(_NEW_SOURCES),
            type_=_source_enum(_OLD_SOURCES),
            existing_nullable=False,
        )
