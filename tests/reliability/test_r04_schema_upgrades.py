"""R4: every released schema upgrades to head, with its awkward data intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from tests.fixtures.schemas.make_fixture import DRAFTS, LONG_TEXT
from tests.reliability.conftest import FIXTURES
from vision_journal.core import backup
from vision_journal.core.db.models import Base
from vision_journal.core.errors import NewerJournalError
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths

FIXTURE_FILES = sorted(FIXTURES.glob("*.sqlite3"))


def _counts(connection: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
        )
    ]
    return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _copy(fixture: Path, tmp_path: Path) -> JournalPaths:
    paths = JournalPaths(tmp_path / "journal")
    paths.ensure()
    shutil.copyfile(fixture, paths.database)
    return paths


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_fixture_upgrades_to_head_with_its_data(fixture: Path, tmp_path: Path) -> None:
    with sqlite3.connect(f"{fixture.as_uri()}?mode=ro", uri=True) as old:
        expected = _counts(old)
    old.close()
    paths = _copy(fixture, tmp_path)
    journal = Journal.open(paths)
    try:
        with journal.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            raw = connection.connection.dbapi_connection
            assert raw is not None
            counts = _counts(raw)  # type: ignore[arg-type]
            # Tables added since the fixture's schema start empty; the old ones keep every row.
            assert {t: n for t, n in counts.items() if t in expected} == expected
            assert all(n == 0 for t, n in counts.items() if t not in expected)
        assert journal.drafts() == DRAFTS
        uses = journal.list_uses()
        assert sorted(u.started_at.year for u in uses) == [1900, 9999]
        assert {u.note for u in uses} == {LONG_TEXT}
        assert {c.name for c in journal.circles()} == {"عائلة 👪", "צוות"}
    finally:
        journal.close()
    backups_after_first = backup.list_backups(paths)
    assert backups_after_first  # taken before migrating
    Journal.open(paths).close()  # a second upgrade is a no-op: no new pre-migration backup
    assert backup.list_backups(paths) == backups_after_first


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_newer_revision_is_refused_untouched(fixture: Path, tmp_path: Path) -> None:
    paths = _copy(fixture, tmp_path)
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = paths.database.read_bytes()
    with pytest.raises(NewerJournalError):
        Journal.open(paths)
    assert paths.database.read_bytes() == before
    assert not paths.key_file.exists() or backup.list_backups(paths) == []
