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

import importlib
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 5000
#: The execution option that makes a transaction begin with the write lock (`BEGIN IMMEDIATE`).
IMMEDIATE = "vision_journal_immediate"
KEY_BYTES = 32


class DBAPIConnection(Protocol):
    """The part of a sqlite3 / sqlcipher3 connection this package uses."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def cursor(self) -> Any: ...

    def close(self) -> None: ...

    def commit(self) -> None: ...

    def backup(self, target: Any, *, pages: int = ..., progress: Any = ...) -> None: ...


def ensure_private_file(path: Path) -> None:
    """Create the database file 0600 before SQLite does: -wal and -shm copy its mode."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)


def raw_key(key: bytes) -> str:
    """The key as SQLCipher's raw-key literal; it goes into a PRAGMA, never into a log."""
    if len(key) != KEY_BYTES:
        raise ValueError("a journal key is 32 bytes")
    return f"x'{key.hex()}'"


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


def _configure(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Hand transaction control to us (see module docstring).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            _quiet_cipher_log(cursor)
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


def _quiet_cipher_log(cursor: Any) -> None:
    # SQLCipher logs every failed page decryption to stderr; the app reports those itself
    # in words a person can act on. Plain SQLite ignores the unknown pragma.
    cursor.execute("PRAGMA cipher_log_level = NONE")


def connect_raw(
    path: Path, key: bytes | None, *, read_only: bool = False, immutable: bool = False
) -> DBAPIConnection:
    """A DB-API connection to `path` through SQLCipher, keyed with `key` (None: plain file).

    `read_only` opens with `mode=ro`, which never writes to the file (used to probe files we
    must not touch). `immutable` also keeps SQLite from creating the `-wal` and `-shm` files
    beside it, which even a read-only look at a WAL journal does; it applies only when no
    log is there (a log means a writer is active or crashed, and its pages must be read),
    and it takes no locks, so a problem it finds must be confirmed by a look with locks.
    The connection runs in autocommit mode; callers issue BEGIN themselves.
    """
    sqlcipher = sqlcipher_module()
    if read_only:
        has_log = path.with_name(path.name + "-wal").exists()
        mode = "immutable=1" if immutable and not has_log else "mode=ro"
        # A URI needs an absolute path (a backup named relative to the working folder).
        uri = path.absolute().as_uri()
        connection = sqlcipher.connect(f"{uri}?{mode}", uri=True, isolation_level=None)
    else:
        ensure_private_file(path)
        connection = sqlcipher.connect(str(path), isolation_level=None)
    try:
        cursor = connection.cursor()
        if key is not None:
            cursor.execute(f'PRAGMA key = "{raw_key(key)}"')
        _quiet_cipher_log(cursor)
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()
    except BaseException:
        connection.close()
        raise
    return connection  # type: ignore[no-any-return]


def damaged_pages(connection: DBAPIConnection, path: Path, key: bytes) -> list[Any]:
    """What `PRAGMA cipher_integrity_check` finds wrong in the file at `path`, through
    `connection` (keyed with `key`); empty when every page is sound.

    The check reads the file's pages, not the write-ahead log. After a crash the log can
    hold pages that supersede the file's, all of them when the crash came right after a
    rekey committed (the file's pages are then under the old key). So when the check finds
    something and a log is there, the file is checked as it will be once the log is copied
    in: on a copy, never on the journal itself, which stays exactly as it was found.
    """
    problems: list[Any] = connection.execute("PRAGMA cipher_integrity_check").fetchall()
    wal = path.with_name(path.name + "-wal")
    if problems and wal.exists() and wal.stat().st_size > 0:
        problems = _damaged_pages_with_log(path, wal, key, problems)
    return problems


def _damaged_pages_with_log(path: Path, wal: Path, key: bytes, found: list[Any]) -> list[Any]:
    # The copy is as encrypted as the journal; the system's temporary folder is private
    # enough for it, and a journal folder that cannot be written to can still be checked.
    try:
        folder = Path(tempfile.mkdtemp(prefix="vision-journal-check-"))
    except OSError:
        return found
    try:
        copy = folder / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, folder / wal.name)
        writer = connect_raw(copy, key)
        try:
            writer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            return list(writer.execute("PRAGMA cipher_integrity_check").fetchall())
        finally:
            writer.close()
    except (OSError, sqlcipher_module().Error):
        return found  # no room for a copy: the file stays reported as it reads now
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def sqlcipher_module() -> Any:
    """The `sqlcipher3.dbapi2` module (it ships no type information, hence Any)."""
    return importlib.import_module("sqlcipher3.dbapi2")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit, so records can be built from them."""
    return sessionmaker(engine, expire_on_commit=False)
