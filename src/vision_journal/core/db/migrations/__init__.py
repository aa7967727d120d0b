"""Alembic migrations of the journal schema (one module per revision in `versions/`)."""
