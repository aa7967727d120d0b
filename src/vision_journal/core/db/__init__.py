"""Storage: SQLAlchemy models, the single engine factory and the Alembic migrations."""
