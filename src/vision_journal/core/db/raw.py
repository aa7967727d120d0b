"""Connections to a journal file through the SQLCipher driver alone, without SQLAlchemy.

The window's first frame reads the dashboard snapshot through these before SQLAlchemy is
imported (docs/architecture.md, "Start-up"); the backup, the probe and the checks use them
for the backup API and the pragmas SQLAlchemy has no use for. Keyed like the engine's
connections: the random 256-bit key as a raw key (`x'<hex>'`), no passphrase KDF.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Any, Protocol

BUSY_TIMEOUT_MS = 5000
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


def quiet_cipher_log(cursor: Any) -> None:
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
        quiet_cipher_log(cursor)
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()
    except BaseException:
        connection.close()
        raise
    return connection  # type: ignore[no-any-return]


def sqlcipher_module() -> Any:
    """The `sqlcipher3.dbapi2` module (it ships no type information, hence Any)."""
    return importlib.import_module("sqlcipher3.dbapi2")


#: The journal's change count: SQLite's `user_version` field of the file header. Every
#: transaction that writes through the engine adds one (`engine._count_write`), in the same
#: transaction, so it moves exactly when committed data moves, whichever process wrote.
CHANGE_COUNT = "PRAGMA user_version"


def change_count(connection: DBAPIConnection) -> int:
    """The journal's change count as `connection` sees it (see `CHANGE_COUNT`)."""
    return int(connection.execute(CHANGE_COUNT).fetchone()[0])
