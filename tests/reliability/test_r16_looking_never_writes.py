"""R16: looking never writes.

`--dry-run`, `check` and a preview leave the folder, its mode and every file in it as they
were, and a folder without a journal gets no key, no database and no new mode. A damaged
journal with a write-ahead log left by a crash is checked without copying the log into it:
`export`, `check` and the window's open all refuse it, and every file is byte-identical
afterwards (the attack that found this: the log was checkpointed into the damaged file, the
log truncated, and the message said "It was not changed").
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.reliability.conftest import (
    kill,
    passphrase_journal,
    posix_only,
    run_cli,
    snapshot,
    spawn,
)
from vision_journal.core.db import migrate
from vision_journal.core.errors import DamagedJournalError
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths

CHATGPT = Path(__file__).parent.parent / "fixtures" / "imports" / "chatgpt_conversations.json"

#: Saves drafts and then waits to be killed: the commits stay in the write-ahead log.
WAL_WRITER = """
import signal, sys
from pathlib import Path
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
journal = Journal.open(JournalPaths(Path(sys.argv[1])), bytes.fromhex(sys.argv[2]))
for number in range(3):
    journal.save_draft(f"late{number}", "written after the last checkpoint")
print("saved", flush=True)
signal.pause()
"""


@pytest.fixture
def damaged_with_log(paths: JournalPaths) -> tuple[JournalPaths, bytes]:
    """A journal whose writer was SIGKILLed (its log waits) and whose file has a bad page."""
    key = passphrase_journal(paths)
    journal = Journal.open(paths, key)
    for number in range(4):  # many pages of text, so there is a data page to damage
        journal.save_draft(f"d{number}", f"private text {number} " * 3000)
    journal.close()
    writer = spawn(WAL_WRITER, str(paths.data_dir), key.hex())
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "saved"
    kill(writer)
    assert paths.wal_file.stat().st_size > 0  # the log waits to be copied in
    data = bytearray(paths.database.read_bytes())
    # A page of the last long draft's text: read by no schema or version lookup, so only
    # the page check can find it (the middle of the file may hold a schema page).
    data[len(data) - 3 * migrate.PAGE_SIZE + 17] ^= 0x01
    paths.database.write_bytes(bytes(data))
    return paths, key


@posix_only
def test_damaged_journal_with_a_waiting_log_is_left_exactly_as_it_was(
    damaged_with_log: tuple[JournalPaths, bytes], tmp_path: Path
) -> None:
    paths, key = damaged_with_log
    before = snapshot(paths.data_dir)
    out = tmp_path / "out.json"

    exported = run_cli("export", "--format", "json", "--out", out, "--data-dir", paths.data_dir)
    assert exported.returncode == 1
    assert migrate.CORRUPT_INSIDE_MESSAGE in exported.stderr
    assert "Traceback" not in exported.stderr
    assert snapshot(paths.data_dir) == before
    assert not out.exists()

    checked = run_cli("check", "--data-dir", paths.data_dir)
    assert checked.returncode == 1
    assert "the journal has problems" in checked.stderr
    assert snapshot(paths.data_dir) == before

    with pytest.raises(DamagedJournalError):  # what the window's open calls
        Journal.open(paths, key)
    assert snapshot(paths.data_dir) == before


def test_dry_run_on_a_folder_without_a_journal_creates_nothing(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # like /tmp: others rely on this mode
    missing = tmp_path / "not-yet"
    for folder in (shared, missing):
        before = snapshot(shared)
        result = run_cli("import", "chatgpt", CHATGPT, "--dry-run", "--data-dir", folder)
        assert result.returncode == 0, result.stderr
        assert "To add:            3 sessions" in result.stdout
        assert "Dry run: nothing was written." in result.stdout
        assert snapshot(shared) == before
    assert not missing.exists()

    data = tmp_path / "data.json"
    data.write_text(json.dumps({"format": "vision-journal", "version": 1}), encoding="utf-8")
    json_run = run_cli("import", "json", data, "--dry-run", "--data-dir", shared)
    assert "Traceback" not in json_run.stderr
    assert snapshot(shared) == before


@posix_only
def test_dry_run_and_check_leave_an_existing_journal_byte_identical(paths: JournalPaths) -> None:
    passphrase_journal(paths)
    os.chmod(paths.data_dir, 0o750)  # a mode the person chose stays theirs
    before = snapshot(paths.data_dir)
    for args in (
        ("import", "chatgpt", CHATGPT, "--dry-run"),
        ("check",),
    ):
        result = run_cli(*args, "--data-dir", paths.data_dir)
        assert result.returncode == 0, result.stderr
        assert snapshot(paths.data_dir) == before
