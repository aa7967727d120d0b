"""Migrations: a fresh journal equals the models, and files we must not touch stay untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from vision_journal.core.db import migrate
from vision_journal.core.db.engine import connect_raw, create_journal_engine
from vision_journal.core.db.models import Base
from vision_journal.core.errors import DamagedJournalError, NewerJournalError
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore
from vision_journal.core.paths import JournalPaths


def test_head_constant_matches_alembic() -> None:
    script = ScriptDirectory(migrate._script_location())
    assert script.get_current_head() == migrate.HEAD_REVISION


def test_fresh_schema_equals_the_models(tmp_path: Path) -> None:
    engine = create_journal_engine(tmp_path / "j.db")
    assert migrate.upgrade_to_head(engine) is True
    assert migrate.upgrade_to_head(engine) is False  # a second start migrates nothing
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def _journal_file(paths: JournalPaths) -> Path:
    Journal.open(paths).close()
    return paths.database


def test_newer_journal_is_refused_and_left_untouched(paths: JournalPaths) -> None:
    database = _journal_file(paths)
    connection = connect_raw(database, KeyStore(paths).key_from_keyring())
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = database.read_bytes()
    with pytest.raises(NewerJournalError, match="newer version"):
        Journal.open(paths)
    assert database.read_bytes() == before


def test_database_of_another_program_is_refused_untouched(paths: JournalPaths) -> None:
    paths.ensure()
    with sqlite3.connect(paths.database) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('keep me')")
    connection.close()
    before = paths.database.read_bytes()
    with pytest.raises(DamagedJournalError, match="another program"):
        Journal.open(paths)
    assert paths.database.read_bytes() == before


def test_file_that_is_not_a_database_is_refused_untouched(paths: JournalPaths) -> None:
    paths.ensure()
    paths.database.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 64)
    before = paths.database.read_bytes()
    with pytest.raises(DamagedJournalError, match="not a Vision Journal"):
        Journal.open(paths)
    assert paths.database.read_bytes() == before


def test_a_0001_journal_upgrades_with_every_use_counting(paths: JournalPaths) -> None:
    """Release 0001 knew neither neutral uses nor measured goals: after the upgrade its uses
    count toward balance and keep everything else."""
    paths.ensure()
    shutil.copyfile(
        Path(__file__).parent.parent / "fixtures" / "schemas" / "0001.sqlite3", paths.database
    )
    journal = Journal.open(paths)
    uses = journal.list_uses()
    assert len(uses) == 2
    assert {u.neutral for u in uses} == {None}
    assert {u.neutral_note for u in uses} == {""}
    assert {u.minutes for u in uses} == {30, 5}
    journal.close()
