"""The one place an engine is made: every connection to a journal file goes through here.

SQLite is set up for durability: WAL with `synchronous=FULL` (NORMAL can lose the last
commits on power loss), foreign keys on, and explicit transactions. Python's sqlite3 driver
otherwise opens transactions implicitly and runs DDL outside them, which would let a
migration half-apply; we turn that off and emit BEGIN ourselves. `hide_parameters=True`
keeps journal text out of exception messages.

Encryption at rest: given a key, the engine uses SQLCipher (the `sqlcipher3` wheel through
SQLAlchemy's `sqlite+pysqlcipher` dialect) with the random 256-bit key passed as a raw key
(`x'<hex>'`), which skips SQLCipher's passphrase KDF and opens in about a millisecond. Without
a key the engine is plain SQLite; only the migration of journals written before encryption
and schema tests use that. `connect_raw` gives the DB-API connection the backup API, the probe
and the checks need, keyed the same way.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from vision_journal.core.db.page_check import damaged_pages
from vision_journal.core.db.raw import (
    BUSY_TIMEOUT_MS,
    CHANGE_COUNT,
    KEY_BYTES,
    DBAPIConnection,
    connect_raw,
    ensure_private_file,
    quiet_cipher_log,
    raw_key,
    sqlcipher_module,
)

__all__ = [
    "BUSY_TIMEOUT_MS",
    "IMMEDIATE",
    "KEY_BYTES",
    "DBAPIConnection",
    "connect_raw",
    "create_journal_engine",
    "damaged_pages",
    "ensure_private_file",
    "raw_key",
    "session_factory",
    "sqlcipher_module",
]

#: The execution option that makes a transaction begin with the write lock (`BEGIN IMMEDIATE`).
IMMEDIATE = "vision_journal_immediate"


def create_journal_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine for the journal database at `path` (created empty if missing).

    With `key` the file is encrypted by SQLCipher; without, it is plain SQLite.
    """
    ensure_private_file(path)
    if key is None:
        url = URL.create("sqlite+pysqlite", database=str(path))
    else:
        # The dialect sends `PRAGMA key="<password>"` on every new connection; the URL masks
        # the password in its repr, so the key shows up in no message.
        url = URL.create("sqlite+pysqlcipher", password=raw_key(key), database=str(path))
    engine = create_engine(
        url,
        hide_parameters=True,
        # One connection stays open between transactions: a new one would key SQLCipher
        # again and start with a cold page cache, decrypting every page it reads (a
        # dashboard refresh read ten times slower that way). WAL keeps the file consistent
        # for another process (the command line) all the same, and `Journal.close` closes
        # it. Background work (backups, imports) checks out a second connection of its own;
        # the pool hands each to one thread at a time, so sharing across threads is safe.
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=4,
        connect_args={"check_same_thread": False},
    )
    _configure(engine)
    return engine


#: Marks a connection whose open transaction has counted its write already.
_COUNTED = "vision_journal_counted"
#: `user_version` is a signed 32-bit field; the count wraps below its maximum.
COUNT_WRAP = 2**31 - 1
_WRITES = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.IGNORECASE)
#: Writes that change nothing a snapshot shows, so they leave the count alone: drafts of
#: unsaved text (kept while typing), and the connection's own temporary tables (the row log
#: of an operation), which never reach the file.
_UNCOUNTED = re.compile(
    r"\s*(?:(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+"
    r'(?:"?draft"?[\s(]|"?temp"?\.)|(?:CREATE|DROP)\s+(?:TEMP|\w+\s+(?:IF\s+EXISTS\s+)?temp\.))',
    re.IGNORECASE,
)


def _counts(statement: str) -> bool:
    """True for a statement that writes something other than drafts."""
    return _WRITES.match(statement) is not None and _UNCOUNTED.match(statement) is None


def _configure(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Hand transaction control to us (see module docstring).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            quiet_cipher_log(cursor)
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A transaction that will write takes the write lock first: a deferred one that read
        # before another process committed could not write at all (SQLITE_BUSY at once,
        # without waiting); an immediate one waits up to the busy timeout.
        immediate = connection.get_execution_options().get(IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
        connection.info.pop(_COUNTED, None)

    @event.listens_for(engine, "before_cursor_execute")
    def _count_write(
        connection: Any, _cursor: Any, statement: str, *_args: Any, **_kwargs: Any
    ) -> None:
        # The first write of a transaction adds one to the change count, in that same
        # transaction: a snapshot of what the journal held (the dashboard's, read at start
        # before SQLAlchemy is imported) is current exactly while the count is unchanged.
        if _COUNTED in connection.info or not _counts(statement):
            return
        connection.info[_COUNTED] = True
        dbapi = connection.connection.dbapi_connection
        count = int(dbapi.execute(CHANGE_COUNT).fetchone()[0])
        dbapi.execute(f"{CHANGE_COUNT} = {(count + 1) % COUNT_WRAP}")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit, so records can be built from them."""
    return sessionmaker(engine, expire_on_commit=False)
