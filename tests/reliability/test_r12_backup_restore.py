"""R12: backups restore. An online backup taken while a writer runs is consistent and opens
with the key; restoring it into a fresh profile is atomic; an unencrypted backup cannot be
made."""

from __future__ import annotations

import inspect

import pytest

from tests.reliability.conftest import key_of, kill, posix_only, spawn
from vision_journal.core import backup
from vision_journal.core.db.migrate import SQLITE_HEADER
from vision_journal.core.errors import DamagedJournalError
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore
from vision_journal.core.paths import JournalPaths

WRITER = """
import sys
from pathlib import Path
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
journal = Journal.open(JournalPaths(Path(sys.argv[1])), bytes.fromhex(sys.argv[2]))
print("ready", flush=True)
for n in range(100000):
    journal.save_draft(f"d{n}", "text " * 200)
"""


@posix_only
def test_backup_during_writes_restores_into_a_fresh_profile(
    created: JournalPaths, tmp_path: object
) -> None:
    key = key_of(created)
    writer = spawn(WRITER, str(created.data_dir), key.hex())
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    try:
        taken = [backup.create_backup(created, key, reason=backup.MANUAL) for _ in range(3)]
    finally:
        kill(writer)
    for info in taken:
        assert not info.path.read_bytes().startswith(SQLITE_HEADER)  # encrypted
        assert backup.check_file(info.path, key).is_ok

    fresh = JournalPaths(created.data_dir.parent / "fresh")
    fresh.ensure()
    KeyStore(fresh).adopt(key)
    backup.restore(fresh, key, taken[-1].path)
    journal = Journal.open(fresh, key)
    try:
        drafts = journal.drafts()
    finally:
        journal.close()
    assert all(text == "text " * 200 for text in drafts.values())
    assert backup.check(fresh, key).is_ok
    assert sorted(p.name for p in fresh.data_dir.iterdir() if p.name.endswith(".part")) == []


def test_restore_over_a_live_journal_replaces_its_content(created: JournalPaths) -> None:
    key = key_of(created)
    journal = Journal.open(created, key)
    journal.save_draft("kept", "before")
    journal.close()
    taken = backup.create_backup(created, key)
    journal = Journal.open(created, key)
    journal.save_draft("later", "after the backup")
    journal.close()
    backup.restore(created, key, taken.path)
    journal = Journal.open(created, key)
    try:
        assert journal.drafts() == {"kept": "before"}
    finally:
        journal.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(created: JournalPaths) -> None:
    key = key_of(created)
    taken = backup.create_backup(created, key)
    data = bytearray(taken.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    taken.path.write_bytes(bytes(data))
    before = created.database.read_bytes()
    with pytest.raises(DamagedJournalError, match="cannot be restored"):
        backup.restore(created, key, taken.path)
    assert created.database.read_bytes() == before


def test_every_backup_function_requires_the_key() -> None:
    for function in (backup.create_backup, backup.backup_plain_journal, backup.restore):
        parameter = inspect.signature(function).parameters["key"]
        assert parameter.default is inspect.Parameter.empty
        assert parameter.annotation == "bytes"  # never Optional: no unencrypted backup
