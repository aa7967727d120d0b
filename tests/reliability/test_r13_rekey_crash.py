"""R13: changing the passphrase is crash-safe.

A process re-wraps the key under a new passphrase, or re-encrypts the database under a new
key, and is SIGKILLed at a random moment; afterwards exactly one of the old and the new
passphrase opens the database, and the key file says which.
"""

from __future__ import annotations

import random
import time

import pytest

from tests.reliability.conftest import CRASH_ITERATIONS, kill, posix_only, spawn
from vision_journal.core import backup
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KdfParams, KeyStore, WrongPassphraseError
from vision_journal.core.paths import JournalPaths

OLD, NEW = "old passphrase here", "new passphrase there"
FAST = KdfParams(iterations=1, lanes=1, memory_cost_kib=8 * 1024)

CHANGER = """
import sys
from pathlib import Path
from vision_journal.core.keys import KdfParams, KeyStore
from vision_journal.core.paths import JournalPaths
store = KeyStore(JournalPaths(Path(sys.argv[1])))
fast = KdfParams(iterations=1, lanes=1, memory_cost_kib=8 * 1024)
key = store.key_from_passphrase(sys.argv[2])
# Loaded before "ready", so the random kill falls in the rekey itself, not in an import.
import vision_journal.core.db.engine
print("ready", flush=True)
if sys.argv[4] == "rekey":
    store.rekey(key, sys.argv[3], fast)
else:
    store.set_passphrase(key, sys.argv[3], fast)
print("done", flush=True)
"""


def _opens(paths: JournalPaths, passphrase: str) -> bool:
    try:
        key = KeyStore(paths).key_from_passphrase(passphrase)
    except WrongPassphraseError:
        return False
    return backup.check(paths, key).is_ok


@posix_only
@pytest.mark.parametrize("mode", ["rewrap", "rekey"])
def test_exactly_one_credential_opens_after_a_crash(tmp_path: object, mode: str) -> None:
    from pathlib import Path

    rng = random.Random(mode)
    root = Path(str(tmp_path))
    for iteration in range(CRASH_ITERATIONS):
        paths = JournalPaths(root / f"{mode}{iteration}")
        key = KeyStore(paths).create_with_passphrase(OLD, FAST)
        journal = Journal.open(paths, key)
        journal.save_draft("note", "keep me " * 1000)
        journal.close()
        changer = spawn(CHANGER, str(paths.data_dir), OLD, NEW, mode)
        assert changer.stdout is not None
        assert changer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.08))
        lines, err = kill(changer)

        old_opens, new_opens = _opens(paths, OLD), _opens(paths, NEW)
        assert old_opens != new_opens, (iteration, lines, err[-1500:])
        if "done" in lines:
            assert new_opens
        info = KeyStore(paths).info()
        assert info is not None
        assert info.pending is None
        winner = NEW if new_opens else OLD
        journal = Journal.open(paths, KeyStore(paths).key_from_passphrase(winner))
        try:
            assert journal.drafts() == {"note": "keep me " * 1000}
        finally:
            journal.close()


def test_a_rekey_still_in_the_write_ahead_log_opens_with_the_new_key(tmp_path: object) -> None:
    """The moment right after `PRAGMA rekey` commits: the re-encrypted pages are in the WAL
    (a reader kept SQLite from copying them into the file), the main file still holds the
    old key's pages. A crash here must leave a journal the new key opens, not "damaged"."""
    import shutil
    from pathlib import Path

    from vision_journal.core.db.engine import connect_raw, raw_key
    from vision_journal.core.db.migrate import HEAD_REVISION, probe_file
    from vision_journal.core.keys import new_key

    root = Path(str(tmp_path))
    paths = JournalPaths(root / "live")
    old = KeyStore(paths).create_with_passphrase(OLD, FAST)
    journal = Journal.open(paths, old)
    journal.save_draft("note", "keep me " * 1000)
    journal.close()
    reader = connect_raw(paths.database, old)
    writer = connect_raw(paths.database, old)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM draft").fetchall()  # holds the WAL open
        new = new_key()
        writer.execute(f'PRAGMA rekey = "{raw_key(new)}"')
        crashed = JournalPaths(root / "crashed")
        crashed.data_dir.mkdir()
        for source in paths.data_dir.iterdir():
            shutil.copy2(source, crashed.data_dir / source.name)
    finally:
        reader.close()
        writer.close()
    assert crashed.wal_file.exists()
    assert crashed.wal_file.stat().st_size > 0
    assert probe_file(crashed.database, new) == HEAD_REVISION  # not "damaged"
    assert backup.check(crashed, new).is_ok
    opened = connect_raw(crashed.database, new)
    try:
        [(text,)] = opened.execute("SELECT text FROM draft WHERE key = 'note'").fetchall()
    finally:
        opened.close()
    assert text == "keep me " * 1000
