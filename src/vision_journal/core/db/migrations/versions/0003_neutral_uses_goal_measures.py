"""neutral AI uses and goals measured from the journal

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 14:30:00

An AI use may be marked as not counting toward balance (`neutral`, with a note); a goal may
take its progress from the logged AI uses or connections (`measure_source`, optionally
scoped to a tool and a purpose). Existing uses count and existing goals keep hand-entered
progress: the new columns start empty.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_PURPOSES = (
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
)


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("ai_use") as batch:
        batch.add_column(
            sa.Column(
                "neutral",
                _enum("neutral_reason", "accessibility", "translation", "other"),
                nullable=True,
            )
        )
        batch.add_column(sa.Column("neutral_note", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("goal") as batch:
        batch.add_column(
            sa.Column(
                "measure_source",
                _enum("measure_source", "ai_use", "connection"),
                nullable=True,
            )
        )
        batch.add_column(sa.Column("measure_tool_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("measure_purpose", _enum("measure_purpose", *_PURPOSES), nullable=True)
        )
        batch.create_foreign_key(
            batch.f("fk_goal_measure_tool_id_ai_tool"),
            "ai_tool",
            ["measure_tool_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("goal") as batch:
        batch.drop_constraint("fk_goal_measure_tool_id_ai_tool", type_="foreignkey")
        batch.drop_column("measure_purpose")
        batch.drop_column("measure_tool_id")
        batch.drop_column("measure_source")
    with op.batch_alter_table("ai_use") as batch:
        batch.drop_column("neutral_note")
        batch.drop_column("neutral")
