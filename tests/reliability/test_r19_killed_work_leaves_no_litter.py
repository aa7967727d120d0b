"""R19: killed work leaves no litter.

The attack that found it: nine SIGKILLs of `backup` and `restore` left 530 MB of partial
`.backup-*.part` and `.restore-*.part` files that nothing ever removed. Here a real backup,
restore and export are SIGKILLed while their partial file exists; the partial file is never
listed as a backup, and the next start (or the next backup, restore or export) removes it. A
partial file whose writer is still alive is work in progress and stays.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.reliability.conftest import kill, passphrase_journal, posix_only, run_cli, spawn
from vision_journal.core import backup
from vision_journal.core.db.migrate import remove_partial_files
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import AiToolInput, AiUseInput, Sphere, ToolKind, UsePurpose

#: Runs one piece of work in a thread; prints "partial" once its partial file exists, then
#: waits to be killed. The work stops at its first fsync once the partial file exists (the
#: partial file complete, its rename or removal not yet done): a small export or a fast
#: machine would otherwise finish before the kill, and the test would race it.
KILLED_WORK = """
import os, sys, threading, signal
from pathlib import Path
from vision_journal.core import backup
from vision_journal.core.export.data_json import write_json_file
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths

paths = JournalPaths(Path(sys.argv[1]))
key = bytes.fromhex(sys.argv[2])
what, folder, pattern = sys.argv[3], Path(sys.argv[4]), sys.argv[5]


def work():
    if what == "backup":
        backup.create_backup(paths, key)
    elif what == "restore":
        backup.restore(paths, key, Path(sys.argv[6]))
    else:
        journal = Journal.open(paths, key)
        write_json_file(journal, Path(sys.argv[6]))
        journal.close()


# A partial file left by the previous kill is not this work's: the work removes it first.
earlier = set(folder.glob(pattern))
real_fsync = os.fsync


def has_own_partial():
    return any(path not in earlier for path in folder.glob(pattern))


def fsync_then_hold(fd):
    real_fsync(fd)
    if has_own_partial():
        threading.Event().wait()


os.fsync = fsync_then_hold
worker = threading.Thread(target=work, daemon=True)
worker.start()
while not has_own_partial():
    if not worker.is_alive():
        print("finished without a partial file", flush=True)
        sys.exit(1)
print("partial", flush=True)
signal.pause()
"""

#: Holds a partial file the way a backup does, and waits.
HOLDER = """
import signal, sys
from pathlib import Path
from vision_journal.core.locks import new_partial_file
with new_partial_file(Path(sys.argv[1])):
    print("holding", flush=True)
    signal.pause()
"""


def _big_journal(paths: JournalPaths) -> bytes:
    key = passphrase_journal(paths)
    journal = Journal.open(paths, key)
    for number in range(60):
        journal.save_draft(f"d{number}", f"text {number} " * 40_000)
    journal.close()
    return key


def _kill_during(paths: JournalPaths, key: bytes, what: str, folder: Path, pattern: str,
                 extra: str = "") -> list[Path]:  # fmt: skip
    child = spawn(KILLED_WORK, str(paths.data_dir), key.hex(), what, str(folder), pattern, extra)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "partial", child.stderr
    kill(child)
    return sorted(folder.glob(pattern))


@posix_only
def test_killed_backup_and_restore_leave_nothing_the_next_start_keeps(paths: JournalPaths) -> None:
    key = _big_journal(paths)
    made = backup.create_backup(paths, key)
    for _ in range(3):
        left = _kill_during(paths, key, "backup", paths.backups_dir, backup.PARTIAL_BACKUPS)
        assert left, "the kill came after the backup finished"
        assert [b.path for b in backup.list_backups(paths)] == [made.path]
    left = _kill_during(
        paths, key, "restore", paths.data_dir, backup.PARTIAL_RESTORES, str(made.path)
    )
    assert left
    Journal.open(paths, key).close()  # the next start
    assert list(paths.backups_dir.glob(backup.PARTIAL_BACKUPS)) == []
    assert list(paths.data_dir.glob(backup.PARTIAL_RESTORES)) == []
    assert [b.path for b in backup.list_backups(paths)] == [made.path]


@posix_only
def test_killed_backup_is_removed_by_the_next_backup_command(paths: JournalPaths) -> None:
    key = _big_journal(paths)
    assert _kill_during(paths, key, "backup", paths.backups_dir, backup.PARTIAL_BACKUPS)
    result = run_cli("backup", "--data-dir", paths.data_dir)
    assert result.returncode == 0, result.stderr
    assert list(paths.backups_dir.glob(backup.PARTIAL_BACKUPS)) == []
    assert len(backup.list_backups(paths)) == 1


def _big_export(paths: JournalPaths) -> bytes:
    """A journal whose JSON export is ~20 MB (drafts are not exported; long notes are), so
    the export's partial file lives long enough to be seen and killed."""
    key = _big_journal(paths)
    journal = Journal.open(paths, key)
    tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT)).id
    started = dt.datetime(2026, 11, 2, 9, 0)
    for number in range(200):
        note = f"note {number} " * 9_000
        use = AiUseInput(started, 5, tool, UsePurpose.PLANNING, Sphere.PERSONAL, note=note)
        journal.log_use(use)
    journal.close()
    return key


@posix_only
def test_killed_export_is_removed_by_the_next_export(paths: JournalPaths, tmp_path: Path) -> None:
    key = _big_export(paths)
    out = tmp_path / "all.json"
    assert _kill_during(paths, key, "export", tmp_path, ".all.json.*.part", str(out))
    result = run_cli("export", "--format", "json", "--out", out, "--data-dir", paths.data_dir)
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.glob(".all.json.*.part")) == []
    assert out.exists()


@posix_only
def test_partial_file_of_a_living_writer_stays(paths: JournalPaths) -> None:
    passphrase_journal(paths)
    paths.ensure_backups_dir()
    partial = paths.backups_dir / ".backup-0000abcd.part"
    holder = spawn(HOLDER, str(partial))
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    try:
        assert remove_partial_files(paths) == []
        assert partial.exists()
    finally:
        kill(holder)
    assert remove_partial_files(paths) == [partial]
