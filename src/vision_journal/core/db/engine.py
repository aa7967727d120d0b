"""The one place an engine is made: every connection to a journal file goes through here.

SQLite is set up for durability: WAL with `synchronous=FULL` (NORMAL can lose the last
commits on power loss), foreign keys on, and explicit transactions. Python's sqlite3 driver
otherwise opens transactions implicitly and runs DDL outside them, which would let a
migration half-apply; we turn that off and emit BEGIN ourselves. `hide_parameters=True`
keeps journal text out of exception messages. Encryption at rest plugs in here.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 5000


def ensure_private_file(path: Path) -> None:
    """Create the database file 0600 before SQLite does: -wal and -shm copy its mode."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)


def create_journal_engine(path: Path) -> Engine:
    """An engine for the journal database at `path` (created empty if missing)."""
    ensure_private_file(path)
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        hide_parameters=True,
        # One connection per checkout keeps no file handle open between transactions, so
        # another process (the command line) sees a consistent file.
        poolclass=NullPool,
    )
    _configure(engine)
    return engine


def _configure(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Hand transaction control to us (see module docstring).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit, so records can be built from them."""
    return sessionmaker(engine, expire_on_commit=False)
