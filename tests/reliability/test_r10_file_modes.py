"""R10: files are private, even when the first run happens under umask 022."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.reliability.test_r06_keyring_trouble import FAST_KDF
from vision_journal.core import backup
from vision_journal.core.db.engine import connect_raw
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore
from vision_journal.core.paths import JournalPaths
from vision_journal.ui.single_instance import SingleInstance

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask_022")
def test_first_run_makes_everything_private(paths: JournalPaths, qtbot: QtBot) -> None:
    key = KeyStore(paths).create_with_passphrase("a long passphrase", FAST_KDF)
    instance = SingleInstance(paths.lock_file)
    assert instance.acquire()
    journal = Journal.open(paths, key)
    # A reader holding the file open keeps -wal and -shm alive (the engine closes its
    # connections after each transaction, and the last one to close removes them).
    reader = connect_raw(paths.database, key)
    reader.execute("SELECT count(*) FROM sqlite_master").fetchall()
    try:
        journal.save_draft("note", "text")
        wal, shm = paths.wal_file, paths.shm_file
        assert wal.exists()
        assert shm.exists()
        taken = backup.create_backup(paths, key)
        logs = paths.ensure_logs_dir()
        files = [paths.database, wal, shm, paths.key_file, paths.lock_file, taken.path]
        assert {f.name: _mode(f) for f in files} == {f.name: 0o600 for f in files}
        folders = [paths.data_dir, paths.backups_dir, logs]
        assert {d.name: _mode(d) for d in folders} == {d.name: 0o700 for d in folders}
    finally:
        reader.close()
        journal.close()
        instance.release()
