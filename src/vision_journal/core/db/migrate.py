"""Bringing a journal's schema up to date, or refusing a file we must not touch.

On every start the schema revision is read with plain SQL. When it is the head revision
nothing else happens: Alembic is imported only when there is something to migrate, which
keeps it off the start-up path. A revision this version does not know (a newer app wrote
the file) and a SQLite file of another program are refused before anything is written.
All revisions and the version stamp run in one transaction: a crash leaves the file wholly
old or wholly new.
"""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError

from vision_journal.core.errors import DamagedJournalError, NewerJournalError

DAMAGED_MESSAGE = (
    "This file is not a Vision Journal database, or it is damaged. It was not changed."
)
FOREIGN_MESSAGE = (
    "This file is a database of another program, not a Vision Journal. It was not changed."
)

#: The newest schema revision this version writes. A test keeps it equal to Alembic's head.
HEAD_REVISION = "0001"


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


def probe_file(path: Path) -> str | None:
    """Read a journal file's revision without writing to it; refuses what we must not open.

    Runs before the engine sets WAL mode (which writes), so a foreign, damaged or newer
    file is refused byte-identical.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise DamagedJournalError(FOREIGN_MESSAGE)
            return None
        rows = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.DatabaseError as exc:
        raise DamagedJournalError(DAMAGED_MESSAGE) from exc
    finally:
        connection.close()
    if len(rows) != 1:
        raise DamagedJournalError(DAMAGED_MESSAGE)
    revision = str(rows[0])
    if revision != HEAD_REVISION and revision not in known_revisions():
        raise NewerJournalError(newer_message(revision))
    return revision


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
    with engine.connect() as connection, connection.begin():
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
