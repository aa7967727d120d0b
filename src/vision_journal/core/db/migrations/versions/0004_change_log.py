"""a log of what each write changed, for other processes

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 18:00:00

Each committed write adds a row naming the tables and journal days it changed
(`core/change_log.py`), so a window open on the journal refreshes only what another
process changed. A journal from before starts with an empty log: the first change after the
upgrade is told as "anything may have changed", as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("nonce", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("tables", sa.Text(), nullable=False),
        sa.Column("bulk_tables", sa.Text(), nullable=False),
        sa.Column("days", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("change_log")
