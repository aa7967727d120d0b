"""R2: a crash during migration is harmless.

Each old fixture (today: 0001, the unencrypted format, whose upgrade is the encryption) is
opened by a process that is SIGKILLed at a random moment of the upgrade; then it starts again.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from tests.reliability.conftest import CRASH_ITERATIONS, FIXTURES, key_of, kill, posix_only, spawn
from vision_journal.core import backup
from vision_journal.core.db.migrate import HEAD_REVISION, FileKind, file_kind
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore
from vision_journal.core.paths import JournalPaths

OPENER = """
import sys
from pathlib import Path
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
key = bytes.fromhex(sys.argv[2])
print("ready", flush=True)
Journal.open(JournalPaths(Path(sys.argv[1])), key).close()
print("done", flush=True)
import time
from pathlib import Path
time.sleep(600)
"""


def _plain_revision(paths: JournalPaths) -> str:
    # Read-write: a process killed mid-transaction leaves a hot journal or WAL that only a
    # writable connection may roll back (read-only fails with "readonly database").
    connection = sqlite3.connect(paths.database)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


@posix_only
@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite3")), ids=lambda p: p.stem)
def test_sigkill_during_upgrade_leaves_old_or_new(fixture: Path, tmp_path: Path) -> None:
    rng = random.Random(fixture.stem)
    for iteration in range(CRASH_ITERATIONS):
        paths = JournalPaths(tmp_path / f"run{iteration}")
        paths.ensure()
        shutil.copyfile(fixture, paths.database)
        key = KeyStore(paths).create_with_keyring()
        opener = spawn(OPENER, str(paths.data_dir), key.hex())
        assert opener.stdout is not None
        assert opener.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.12))
        kill(opener)

        kind = file_kind(paths.database)
        if kind is FileKind.PLAIN_SQLITE:  # wholly old: still the fixture's revision
            assert _plain_revision(paths) == fixture.stem
        else:  # wholly new: encrypted, and its checks pass
            assert kind is FileKind.OTHER
            assert backup.check(paths, key).is_ok
        journal = Journal.open(paths, key)  # the restart finishes the upgrade
        journal.close()
        assert file_kind(paths.database) is FileKind.OTHER
        assert backup.check(paths, key).is_ok
        for taken in backup.list_backups(paths):  # the pre-migration backup opens
            assert backup.check_file(taken.path, key_of(paths)).is_ok
        assert backup.list_backups(paths), "no pre-migration backup was kept"
    assert HEAD_REVISION
