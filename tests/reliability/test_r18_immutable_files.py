"""R18: a journal made immutable (`chattr +i`) reads as a message, and is left as it was.

The immutable flag refuses writes even to root, unlike file modes (which root ignores, so
`test_r08_full_disk.test_read_only_folder_gives_a_clear_message` skips as root). Each case
runs the command line in its own process against a real flagged file or folder. A write ends
with exit status 1, a sentence naming the cause and "Nothing was changed", and the journal
and key file as they were (SQLite may leave an empty log beside an immutable file). An
export still reads an immutable journal file; in an immutable folder SQLite cannot create
the journal's log, so the export refuses with the same message. Once the flag is lifted the
same import succeeds. Skipped where the file system or the user cannot set the flag.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.reliability.conftest import passphrase_journal, posix_only, run_cli, snapshot
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths

CHATGPT = Path(__file__).parent.parent / "fixtures" / "imports" / "chatgpt_conversations.json"


@contextmanager
def immutable(path: Path) -> Iterator[None]:
    """`path` with the immutable flag set, lifted again afterwards whatever happens."""
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("chattr is not installed")
    flagged = subprocess.run([chattr, "+i", str(path)], capture_output=True, check=False)
    if flagged.returncode != 0:
        pytest.skip(f"the immutable flag cannot be set here: {flagged.stderr.strip()!r}")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


def _uses(paths: JournalPaths, key: bytes) -> int:
    journal = Journal.open(paths, key)
    try:
        return journal.count_uses()
    finally:
        journal.close()


def _refused(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert "read-only" in result.stderr, result.stderr
    assert "Nothing was changed" in result.stderr, result.stderr


def _files(paths: JournalPaths) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (paths.database, paths.key_file)}


@posix_only
@pytest.mark.parametrize(
    ("target", "export_reads"), [("journal file", True), ("data folder", False)]
)
def test_an_immutable_journal_refuses_writes_with_a_message_and_is_left_as_it_was(
    paths: JournalPaths, tmp_path: Path, target: str, export_reads: bool
) -> None:
    key = passphrase_journal(paths)
    victim = paths.database if target == "journal file" else paths.data_dir
    out = tmp_path / "out.json"
    before = _files(paths)
    with immutable(victim):
        _refused(run_cli("import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir))
        exported = run_cli("export", "--format", "json", "--out", out, "--data-dir", paths.data_dir)
        assert _files(paths) == before
    if export_reads:
        assert exported.returncode == 0, exported.stderr
        assert '"format"' in out.read_text(encoding="utf-8")
    else:
        _refused(exported)
        assert not out.exists()
    assert _uses(paths, key) == 0
    again = run_cli("import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir)
    assert again.returncode == 0, again.stderr
    assert _uses(paths, key) == 3


@posix_only
def test_an_immutable_data_folder_refuses_a_backup_with_a_message(paths: JournalPaths) -> None:
    passphrase_journal(paths)
    with immutable(paths.data_dir):
        before = snapshot(paths.data_dir)
        result = run_cli("backup", "--data-dir", paths.data_dir)
        assert snapshot(paths.data_dir) == before
    _refused(result)


@posix_only
def test_an_immutable_key_file_is_only_read(paths: JournalPaths) -> None:
    key = passphrase_journal(paths)
    with immutable(paths.key_file):
        result = run_cli("import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir)
    assert result.returncode == 0, result.stderr
    assert _uses(paths, key) == 3
