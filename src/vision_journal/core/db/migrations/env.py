"""Alembic environment: runs on the connection the journal hands over, in its transaction.

The caller has already begun a transaction (see `core/db/migrate.py`), so every revision
and the version stamp commit together or not at all.
"""

from __future__ import annotations

from alembic import context

from vision_journal.core.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
