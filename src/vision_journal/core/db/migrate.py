"""Bringing a journal's schema up to date, or refusing a file we must not touch.

On every start the schema revision is read with plain SQL from a read-only connection.
When it is the head revision nothing else happens: Alembic is imported only when there is
something to migrate, which keeps it off the start-up path. A revision this version does not
know (a newer app wrote the file) and a SQLite file of another program are refused before
anything is written.
All revisions and the version stamp run in one transaction: a crash leaves the file wholly
old or wholly new.

Encrypted files are probed with the key. Because SQLCipher reports a wrong key and a damaged
first page alike, the key's fingerprint (from the key file) is compared first; each kind of
trouble gets its own message. A journal from before encryption is encrypted on open, after a
backup. A migration of an encrypted journal is preceded by a backup.
"""

from __future__ import annotations

import enum
import hmac
import os
import sqlite3
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError

from vision_journal.core.db.engine import (
    IMMEDIATE,
    connect_raw,
    damaged_pages,
    ensure_private_file,
    raw_key,
)
from vision_journal.core.db.page_check import take_page_check
from vision_journal.core.errors import DamagedJournalError, JournalOpenError, NewerJournalError
from vision_journal.core.keys import fsync_dir
from vision_journal.core.paths import JournalPaths

SQLITE_HEADER = b"SQLite format 3\x00"
#: SQLCipher 4's default page size; every encrypted file is a whole number of pages.
PAGE_SIZE = 4096
_KNOWN_TYPES = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or an office document)"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
)

DAMAGED_MESSAGE = (
    "This file is not a Vision Journal database, or it is damaged. It was not changed."
)
FOREIGN_MESSAGE = (
    "This file is a database of another program, not a Vision Journal. It was not changed."
)

EMPTY_MESSAGE = (
    "The journal file is empty: its content was lost, perhaps by a disk or copy error. "
    "It was not changed."
)
TRUNCATED_MESSAGE = "The journal file is cut short (its end is missing). It was not changed."
UNREADABLE_MESSAGE = (
    "The journal file is damaged: its beginning cannot be read, although the key is right. "
    "It was not changed."
)
CORRUPT_INSIDE_MESSAGE = (
    "The journal file is damaged: some of its pages do not read back as they were written. "
    "It was not changed."
)
FOLDER_MESSAGE = (
    "{name} is a folder, not a Vision Journal database file. Nothing in it was changed."
)
OTHER_TYPE_MESSAGE = "This file is a {kind}, not a Vision Journal database. It was not changed."
NO_KEY_MESSAGE = (
    "This file is not a Vision Journal database, or it is an encrypted journal whose key "
    "file (journal.key) is missing. It was not changed."
)

EMPTY_SQLITE_MESSAGE = (
    "This file is an empty SQLite database, not a Vision Journal. It was not changed."
)

#: The newest schema revision this version writes. A test keeps it equal to Alembic's head.
HEAD_REVISION = "0004"


def current_revision(connection: Connection) -> str | None:
    """The stamped revision, or None for an empty database; refuses foreign files."""
    try:
        tables = set(
            connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            ).scalars()
        )
    except DatabaseError as exc:
        raise DamagedJournalError(DAMAGED_MESSAGE) from exc
    if "alembic_version" not in tables:
        if tables:
            raise DamagedJournalError(FOREIGN_MESSAGE)
        return None
    rows = list(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())
    if len(rows) != 1:
        raise DamagedJournalError(DAMAGED_MESSAGE)
    return str(rows[0])


class FileKind(enum.Enum):
    """What lies at the journal's path, judged from its first bytes without opening it."""

    MISSING = "missing"
    EMPTY = "empty"
    PLAIN_SQLITE = "plain"  # a journal from before encryption, or another program's file
    OTHER = "other"  # an encrypted journal, or something else entirely


def file_kind(path: Path) -> FileKind:
    """Classify the file at `path` by size and header only."""
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return FileKind.MISSING
    except IsADirectoryError:
        raise DamagedJournalError(FOLDER_MESSAGE.format(name=path.name)) from None
    except OSError as exc:
        if path.is_dir():  # Windows says "permission denied" for a folder
            raise DamagedJournalError(FOLDER_MESSAGE.format(name=path.name)) from None
        raise JournalOpenError(f"The journal file cannot be read ({exc.strerror}).") from exc
    if not header:
        return FileKind.EMPTY
    return FileKind.PLAIN_SQLITE if header == SQLITE_HEADER else FileKind.OTHER


def _sniff_other_type(path: Path) -> str | None:
    with path.open("rb") as file:
        head = file.read(512)
    found = next((name for magic, name in _KNOWN_TYPES if head.startswith(magic)), None)
    if found is None and _is_text(head):
        found = "text file"
    return found


def _is_text(head: bytes) -> bool:
    # An encrypted journal begins with 16 random bytes: they are never all printable text.
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return len(head) >= 16 and all(c.isprintable() or c in "\t\r\n" for c in text)


def refuse_keyless(paths: JournalPaths) -> NoReturn:
    """Refuse a database that has no key file: a file that plainly is something else is
    named as such; anything else may be an encrypted journal whose key file is gone."""
    from vision_journal.core.keys import MissingKeyFileError, missing_key_message

    what = not_a_journal(paths.database)
    if what is not None:
        raise DamagedJournalError(what)
    raise MissingKeyFileError(missing_key_message(paths))


def not_a_journal(path: Path) -> str | None:
    """Why the thing at `path` plainly is no journal file (a folder, a text file, a PDF…);
    None when it may be one. For the messages of `check` and of opening."""
    if path.is_dir():
        return FOLDER_MESSAGE.format(name=path.name)
    try:
        kind = _sniff_other_type(path)
    except OSError:
        return None
    return OTHER_TYPE_MESSAGE.format(kind=kind) if kind is not None else None


def probe_file(
    path: Path, key: bytes | None = None, expected_fingerprint: str | None = None
) -> str | None:
    """Read a journal file's revision without writing to it; refuses what we must not open.

    Runs before the engine sets WAL mode (which writes), so a foreign, damaged or newer
    file is refused byte-identical. An encrypted file needs `key`; `expected_fingerprint`
    (from the key file) lets a wrong key be told from a damaged file. Returns None for a
    file without a schema yet (missing, empty, or freshly created).
    """
    kind = file_kind(path)
    if kind in (FileKind.MISSING, FileKind.EMPTY):
        return None
    if kind is FileKind.PLAIN_SQLITE:
        revision = _probe_plain(path)
    else:
        revision = _probe_encrypted(path, key, expected_fingerprint)
    if revision is not None and revision != HEAD_REVISION and revision not in known_revisions():
        raise NewerJournalError(newer_message(revision))
    return revision


def _probe_plain(path: Path) -> str | None:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return _read_revision(connection, DAMAGED_MESSAGE)
    except sqlite3.DatabaseError as exc:
        raise DamagedJournalError(DAMAGED_MESSAGE) from exc
    finally:
        connection.close()


def _probe_encrypted(path: Path, key: bytes | None, expected: str | None) -> str | None:
    from vision_journal.core.keys import WRONG_KEY_MESSAGE, WrongKeyError, fingerprint

    def refuse(message: str, error: type[JournalOpenError] = DamagedJournalError) -> NoReturn:
        # Name a recognisable file type, but only once the file failed as a journal: an
        # encrypted journal starts with a random salt, which may look like any magic number.
        other_type = _sniff_other_type(path)
        if other_type is not None:
            raise DamagedJournalError(OTHER_TYPE_MESSAGE.format(kind=other_type))
        raise error(message)

    if key is None:
        refuse(NO_KEY_MESSAGE)
    is_known_key = expected is not None
    if expected is not None and not hmac.compare_digest(fingerprint(key), expected):
        refuse(WRONG_KEY_MESSAGE, WrongKeyError)
    if path.stat().st_size % PAGE_SIZE:
        # SQLCipher files are whole pages; a partial one means the end was cut off.
        refuse(TRUNCATED_MESSAGE)
    unreadable = UNREADABLE_MESSAGE if is_known_key else DAMAGED_MESSAGE
    try:
        return _probe_keyed(path, key, unreadable, refuse, immutable=True)
    except DamagedJournalError:
        if not path.with_name(path.name + "-wal").exists():
            # Looked at without locks (so nothing was created beside it): another process
            # may have been writing at that moment. Only a second look with SQLite's locks
            # can call the file damaged.
            return _probe_keyed(path, key, unreadable, refuse, immutable=False)
        raise


def _probe_keyed(
    path: Path, key: bytes, unreadable: str, refuse: Any, *, immutable: bool
) -> str | None:
    try:
        connection = connect_raw(path, key, read_only=True, immutable=immutable)
    except Exception:
        refuse(unreadable)
    try:
        try:
            revision = _read_revision(connection, unreadable)
        except DamagedJournalError:
            raise
        except Exception:
            refuse(unreadable)
        try:
            # Every page's HMAC: finds a flipped bit anywhere, not only where the schema is.
            # The start may have begun this check already, beside its imports (page_check).
            early = take_page_check(path, key) if immutable else None
            problems = early.result() if early is not None else damaged_pages(connection, path, key)
        except Exception as exc:
            raise DamagedJournalError(CORRUPT_INSIDE_MESSAGE) from exc
        if problems:
            raise DamagedJournalError(CORRUPT_INSIDE_MESSAGE)
        return revision
    finally:
        connection.close()


def _read_revision(connection: Any, damaged: str) -> str | None:
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if "alembic_version" not in tables:
        if tables:
            raise DamagedJournalError(FOREIGN_MESSAGE)
        return None
    rows = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    if len(rows) != 1:
        raise DamagedJournalError(damaged)
    return str(rows[0])


def prepare_file(paths: JournalPaths, key: bytes | None) -> tuple[str | None, bytes]:
    """Make the file at `paths` ready for the engine; returns its revision and the key.

    Refuses (untouched) what must not be opened; creates a new encrypted file; encrypts a
    journal from before encryption (after a backup). `key` None takes the key from the
    keyring without asking (see `KeyStore.unattended_key`).
    """
    from vision_journal.core.keys import KeyStore, read_key_info
    from vision_journal.core.locks import creation_lock

    database = paths.database
    remove_partial_files(paths)
    kind = file_kind(database)
    info = read_key_info(paths)
    store = KeyStore(paths)
    if kind is FileKind.EMPTY:
        raise DamagedJournalError(EMPTY_MESSAGE)
    if kind is FileKind.PLAIN_SQLITE:
        revision = probe_file(database)
        if revision is None:
            # An empty SQLite file is nobody's journal: not ours to turn into one.
            raise DamagedJournalError(EMPTY_SQLITE_MESSAGE)
        key = _checked_key(store, key)
        with creation_lock(paths.data_dir):
            encrypt_plain_journal(paths, key)
        return revision, key
    if kind is FileKind.OTHER:
        if info is None and key is None:
            refuse_keyless(paths)
        if info is None:
            revision = probe_file(database, key)  # refuses when there is no key
            assert key is not None
            store.adopt(key)
            return revision, key
        key = _checked_key(store, key)
        return probe_file(database, key, info.fingerprint), key
    key = _checked_key(store, key)
    with creation_lock(paths.data_dir):
        # Checked again under the lock: another first start may have made it meanwhile.
        if not database.exists():
            create_database(database, key)
            return None, key
    info = read_key_info(paths)
    return probe_file(database, key, info.fingerprint if info else None), key


def remove_partial_files(paths: JournalPaths) -> list[Path]:
    """Delete what killed work left behind: partial backups, restores and key files.

    Only files no living process holds (see `core.locks`), so a backup the window is
    writing right now stays.
    """
    from vision_journal.core.backup import PARTIAL_BACKUPS, PARTIAL_RESTORES
    from vision_journal.core.keys import PARTIAL_KEY_FILES
    from vision_journal.core.locks import remove_leftovers

    removed = remove_leftovers(paths.data_dir, (PARTIAL_RESTORES, PARTIAL_KEY_FILES))
    removed += remove_leftovers(paths.backups_dir, (PARTIAL_BACKUPS,))
    return removed


def _checked_key(store: Any, key: bytes | None) -> bytes:
    """`key`, or the unattended one; checked against the key file's fingerprint."""
    from vision_journal.core.keys import WRONG_KEY_MESSAGE, WrongKeyError, fingerprint

    if key is None:
        return bytes(store.unattended_key())
    info = store.info()
    if info is None:
        store.adopt(key)
    elif not hmac.compare_digest(fingerprint(key), info.fingerprint):
        raise WrongKeyError(WRONG_KEY_MESSAGE)
    return key


def create_database(path: Path, key: bytes) -> None:
    """Create an empty encrypted journal file at `path`, appearing there whole or not at all.

    Built under a temporary name and renamed, so a crash never leaves an empty file at
    `path` (which a later start would rightly refuse as damaged).
    """
    temporary = path.with_name(path.name + ".creating")
    temporary.unlink(missing_ok=True)  # a crash's leftover (the caller holds the lock)
    ensure_private_file(temporary)
    try:
        connection = connect_raw(temporary, key)
        try:
            # Writes page 1 (the salt and the WAL flag), so the file is never zero bytes.
            connection.execute("PRAGMA journal_mode = WAL").fetchall()
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            connection.close()
        _fsync_file(temporary)
        _publish(temporary, path)
    finally:
        for leftover in (temporary, *_sidecars(temporary)):
            leftover.unlink(missing_ok=True)
    fsync_dir(path.parent)


def _publish(temporary: Path, path: Path) -> None:
    """Put `temporary` at `path` without ever replacing a file that is there."""
    try:
        # A link never replaces: should a journal be there after all, it stays.
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:
        # A file system without hard links: the caller's lock makes the check and rename safe.
        if path.exists():
            raise FileExistsError(path) from None
        os.replace(temporary, path)


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def encrypt_plain_journal(paths: JournalPaths, key: bytes) -> None:
    """Turn a journal from before encryption into an encrypted one, with a backup first.

    The plain file is first made self-contained (its WAL checkpointed), then copied by
    `sqlcipher_export` into a new encrypted file beside it, which replaces it in one rename.
    A crash leaves the old plain journal or the new encrypted one.
    """
    from vision_journal.core import backup

    database = paths.database
    backup.backup_plain_journal(paths, key)
    temporary = database.with_name(database.name + ".encrypting")
    temporary.unlink(missing_ok=True)  # a crash's leftover (the caller holds the lock)
    ensure_private_file(temporary)
    connection = connect_raw(database, None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        connection.execute("PRAGMA journal_mode = DELETE").fetchall()
        connection.execute(
            f'ATTACH DATABASE ? AS encrypted KEY "{raw_key(key)}"', (str(temporary),)
        )
        connection.execute("SELECT sqlcipher_export('encrypted')").fetchall()
        connection.execute("PRAGMA encrypted.journal_mode = WAL").fetchall()
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
    _fsync_file(temporary)
    paths.wal_file.unlink(missing_ok=True)
    paths.shm_file.unlink(missing_ok=True)
    os.replace(temporary, database)
    fsync_dir(database.parent)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def upgrade_journal(paths: JournalPaths, engine: Engine, key: bytes, revision: str | None) -> bool:
    """Bring the journal at `paths` to head, backing it up first when it holds data."""
    if revision == HEAD_REVISION:
        return False
    if revision is not None:
        from vision_journal.core import backup

        backup.create_backup(paths, key, reason=backup.PRE_MIGRATION)
    return upgrade_to_head(engine)


def newer_message(revision: str) -> str:
    """What to tell a person whose journal is newer than this app."""
    return (
        "This journal was written by a newer version of Vision Journal "
        f"(schema {revision}). Update the app to open it; the file was not changed."
    )


def known_revisions() -> set[str]:
    """Every revision this version ships (imports Alembic)."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(_script_location()).walk_revisions()}


def upgrade_to_head(engine: Engine) -> bool:
    """Migrate the journal to the head revision; True when anything was migrated."""
    with engine.connect() as connection:
        # Two first starts may both get here; the second waits, then finds the schema made.
        connection.execution_options(**{IMMEDIATE: True})
        with connection.begin():
            return _upgrade(connection)


def _upgrade(connection: Connection) -> bool:
    revision = current_revision(connection)
    if revision == HEAD_REVISION:
        return False
    if revision is not None and revision not in known_revisions():
        raise NewerJournalError(newer_message(revision))
    _run_alembic(connection)
    return True


def _script_location() -> str:
    return str(resources.files("vision_journal.core.db") / "migrations")


def _run_alembic(connection: Connection) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", _script_location())
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
