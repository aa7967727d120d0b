"""R18: ordinary failures read as messages.

Each attack is run the way it was found, through the command line in its own process: the
journal held by another process's write (the wait is bounded, then the holder is named), a
real small tmpfs that fills up during a first start, an import and a backup, the same disk
remounted read-only, a lone surrogate, deep nesting and a 5 000-digit number in input files,
and a key file with absurd Argon2 parameters. Each ends with exit status 1, a sentence that
names the cause, no traceback, and the journal as it was.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.conftest import (
    PASSPHRASE,
    kill,
    passphrase_journal,
    posix_only,
    run_cli,
    snapshot,
    spawn,
)
from vision_journal.core import backup
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore
from vision_journal.core.paths import JournalPaths

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"
CHATGPT = FIXTURES / "chatgpt_conversations.json"

#: Holds the journal's write lock until it is killed.
HOLDER = """
import signal, sys
from pathlib import Path
from vision_journal.core.db.engine import connect_raw
connection = connect_raw(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
connection.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
signal.pause()
"""


def _refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word.lower() in result.stderr.lower(), result.stderr


def _uses(paths: JournalPaths, key: bytes) -> int:
    journal = Journal.open(paths, key)
    try:
        return journal.count_uses()
    finally:
        journal.close()


@posix_only
def test_busy_journal_is_a_bounded_wait_that_names_the_holder(paths: JournalPaths) -> None:
    key = passphrase_journal(paths)
    holder = spawn(HOLDER, str(paths.database), key.hex())
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        result = run_cli("import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir)
    finally:
        kill(holder)
    _refused(result, "the journal is busy", f"(process {holder.pid})", "Nothing was changed")
    assert _uses(paths, key) == 0


# --- a real small disk ----------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs of its own (root only; skipped where mounting is not allowed)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("mounting a small tmpfs is not permitted here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(disk: Path, leave: int = 0) -> Path:
    """Fill `disk` to the last page, then give `leave` bytes back; returns the filler."""
    filler = disk / "filler"
    handle = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        while True:
            try:
                os.write(handle, b"\0" * 65536)
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
                break
    finally:
        os.close(handle)
    os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def _partial_files(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.rglob("*") if p.name.endswith((".part", ".creating", ".encrypting"))
    )


@posix_only
@pytest.mark.parametrize("leave", [0, 48 * 1024, 160 * 1024], ids=["none", "48K", "160K"])
def test_first_start_on_a_full_disk_says_so_and_the_next_start_works(
    small_disk: Path, leave: int
) -> None:
    paths = JournalPaths(small_disk / "journal")
    filler = _fill(small_disk, leave)
    result = run_cli("import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir)
    if result.returncode == 0:
        pytest.fail(f"{leave} bytes were enough for a journal: choose less")
    _refused(result, "the disk is full")
    assert _partial_files(small_disk) == []
    filler.unlink()
    again = run_cli("import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir)
    assert again.returncode == 0, again.stderr
    assert _uses(paths, KeyStore(paths).key_from_passphrase(PASSPHRASE)) == 3


@posix_only
def test_import_and_backup_on_a_full_disk_change_nothing(small_disk: Path) -> None:
    paths = JournalPaths(small_disk / "journal")
    key = passphrase_journal(paths)
    filler = _fill(small_disk)
    before = {p.name: p.read_bytes() for p in (paths.database, paths.key_file)}
    _refused(
        run_cli("import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir), "the disk is full"
    )
    _refused(run_cli("backup", "--data-dir", paths.data_dir), "the disk is full")
    assert _partial_files(small_disk) == []
    assert backup.list_backups(paths) == []
    filler.unlink()
    # The failed opens may leave an empty log and index beside the file; the file is as it was.
    assert {p.name: p.read_bytes() for p in (paths.database, paths.key_file)} == before
    assert _uses(paths, key) == 0


@posix_only
def test_read_only_disk_says_so(small_disk: Path) -> None:
    paths = JournalPaths(small_disk / "journal")
    key = passphrase_journal(paths)
    remounted = subprocess.run(
        ["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, check=False
    )
    if remounted.returncode != 0:
        pytest.skip("remounting read-only is not permitted here")
    result = run_cli("import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir)
    _refused(result, "read-only", "Nothing was changed")
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert _uses(paths, key) == 0


# --- hostile input files ----------------------------------------------------------------------


def _surrogate_ids(tmp_path: Path) -> Path:
    text = CHATGPT.read_text(encoding="utf-8")
    bad = tmp_path / "conversations.json"
    bad.write_text(text.replace("6650a1b2-aaaa", "\\ud800-aaaa"), encoding="utf-8")
    return bad


def _nested(tmp_path: Path) -> Path:
    bad = tmp_path / "nested.json"
    bad.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    return bad


def _long_number(tmp_path: Path) -> Path:
    bad = tmp_path / "number.json"
    bad.write_text('{"format": ' + "9" * 5000 + "}", encoding="utf-8")
    return bad


INPUTS = {
    "lone surrogate in ChatGPT ids": ("chatgpt", _surrogate_ids, "not valid Unicode"),
    "nested arrays, JSON data": ("json", _nested, "nested too deeply"),
    "nested arrays, ActivityWatch": ("activitywatch", _nested, "nested too deeply"),
    "5000-digit integer, JSON data": ("json", _long_number, "number too long"),
    "5000-digit integer, Claude": ("claude", _long_number, "number too long"),
}


@pytest.mark.parametrize("case", INPUTS, ids=list(INPUTS))
def test_hostile_input_file_is_refused_with_a_sentence(
    paths: JournalPaths, tmp_path: Path, case: str
) -> None:
    passphrase_journal(paths)
    source, make, words = INPUTS[case]
    before = snapshot(paths.data_dir)
    result = run_cli("import", source, make(tmp_path), "--data-dir", paths.data_dir)
    _refused(result, words)
    assert snapshot(paths.data_dir) == before


def test_key_file_with_absurd_parameters_is_refused_at_once(paths: JournalPaths) -> None:
    passphrase_journal(paths)
    data = json.loads(paths.key_file.read_text(encoding="utf-8"))
    data["current"]["wrapped"].update(iterations=10**9, memory_cost_kib=2**40, lanes=2**20)
    paths.key_file.write_text(json.dumps(data), encoding="utf-8")
    before = snapshot(paths.data_dir)
    result = run_cli("export", "--format", "md", "--out", paths.data_dir.parent / "x.md",
                     "--data-dir", paths.data_dir)  # fmt: skip
    _refused(result, "journal.key is damaged")
    assert snapshot(paths.data_dir) == before
