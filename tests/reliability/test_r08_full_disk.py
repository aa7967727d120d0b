"""R8: a full or read-only disk loses nothing. A writer limited by RLIMIT_FSIZE runs into the
limit; the error it gets is clear and holds no journal text, and every commit before it is
intact."""

from __future__ import annotations

import os
import sys

import pytest

from tests.reliability.conftest import key_of, spawn
from vision_journal.core import backup
from vision_journal.core.errors import JournalOpenError
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")

WRITER = """
import resource, signal, sys
from pathlib import Path
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
journal = Journal.open(JournalPaths(Path(sys.argv[1])), bytes.fromhex(sys.argv[2]))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
limit = Path(sys.argv[1], "journal.sqlite3").stat().st_size + 256 * 1024
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    for n in range(100000):
        journal.save_draft(f"d{n}", f"SECRET-{n} " * 400)
        print(n, flush=True)
except Exception as error:
    print("error", type(error).__name__, str(error).replace(chr(10), " "), flush=True)
"""


def test_writer_hitting_the_size_limit_keeps_every_commit(created: JournalPaths) -> None:
    key = key_of(created)
    writer = spawn(WRITER, str(created.data_dir), key.hex())
    out, err = writer.communicate(timeout=120)
    lines = out.splitlines()
    assert lines, err[-2000:]
    assert lines[-1].startswith("error "), (lines[-3:], err[-2000:])
    message = lines[-1]
    assert "SECRET" not in message  # hide_parameters: journal text stays out of errors
    assert "full" in message or "disk" in message.lower() or "I/O" in message
    acknowledged = [int(x) for x in lines[:-1]]
    assert acknowledged
    assert backup.check(created, key).is_ok
    journal = Journal.open(created, key)
    try:
        drafts = journal.drafts()
    finally:
        journal.close()
    assert all(f"d{n}" in drafts for n in acknowledged)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores modes")
def test_read_only_folder_gives_a_clear_message(created: JournalPaths) -> None:
    os.chmod(created.data_dir, 0o500)
    try:
        with pytest.raises((JournalOpenError, OSError)):
            Journal.open(created, key_of(created)).save_draft("x", "y")
    finally:
        os.chmod(created.data_dir, 0o700)
