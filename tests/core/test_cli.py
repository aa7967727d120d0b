"""The command line, run as a separate process the way a script runs it: no window, clear
exit codes (0 done, 1 bad input or file, 2 wrong usage) and messages."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXED_NOW
from vision_journal.cli import PASSPHRASE_ENV, is_cli_command
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KdfParams, KeyStore
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import AiToolInput, SphereVision, ToolKind, Vision

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"
PASSPHRASE = "correct horse battery staple"
#: A cheap key derivation: these tests are about the command line, not about Argon2.
CHEAP_KDF = KdfParams(iterations=1, lanes=1, memory_cost_kib=8 * 1024)


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    """A journal locked by a passphrase (a subprocess has no keyring) with a vision."""
    paths = JournalPaths(tmp_path / "journal")
    key = KeyStore(paths).create_with_passphrase(PASSPHRASE, CHEAP_KDF)
    journal = Journal.open(paths, key, clock=lambda: FIXED_NOW)
    journal.save_vision(Vision(personal=SphereVision(values="Presence over productivity.")))
    journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    journal.close()
    return paths.data_dir


def run(*args: str | Path, passphrase: str | None = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    return subprocess_in(None, *args, passphrase=passphrase)


def subprocess_in(
    folder: Path | None, *args: str | Path, passphrase: str | None = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    """The command line run in the working folder `folder` (None: this one)."""
    env = dict(os.environ)
    env.pop(PASSPHRASE_ENV, None)
    if passphrase is not None:
        env[PASSPHRASE_ENV] = passphrase
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "vision_journal.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        cwd=folder,
        timeout=120,
        check=False,
    )


def uses_in(journal_dir: Path) -> int:
    paths = JournalPaths(journal_dir)
    journal = Journal.open(paths, KeyStore(paths).key_from_passphrase(PASSPHRASE))
    try:
        return journal.count_uses()
    finally:
        journal.close()


def test_is_cli_command() -> None:
    assert is_cli_command(["export", "--format", "md"])
    assert is_cli_command(["import", "chatgpt", "x.json"])
    assert not is_cli_command([])
    assert not is_cli_command(["--demo"])


def test_export_markdown(journal_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.md"
    done = run("export", "--format", "md", "--out", out, "--data-dir", journal_dir)
    assert done.returncode == 0, done.stderr
    assert "Wrote the vision summary (Markdown" in done.stdout
    assert "Presence over productivity." in out.read_text(encoding="utf-8")


def test_export_json(journal_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "data.json"
    done = run("export", "--format", "json", "--out", out, "--data-dir", journal_dir)
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["format"], data["schema_version"]) == ("vision-journal", 2)
    assert [t["name"] for t in data["tools"]] == ["ChatGPT"]


def test_import_dry_run_prints_the_preview_and_writes_nothing(journal_dir: Path) -> None:
    done = run(
        "import", "chatgpt", FIXTURES / "chatgpt_export.zip", "--dry-run", "--data-dir", journal_dir
    )
    assert done.returncode == 0, done.stderr
    assert "Sessions found:    3" in done.stdout
    assert "Rejected:          0" in done.stdout
    assert "    1 empty conversations" in done.stdout
    assert "Dry run: nothing was written." in done.stdout
    assert uses_in(journal_dir) == 0


def test_import_writes_and_a_second_run_adds_nothing(journal_dir: Path) -> None:
    first = run("import", "claude", FIXTURES / "claude_export.zip", "--data-dir", journal_dir)
    assert first.returncode == 0, first.stderr
    added = uses_in(journal_dir)
    assert added > 0
    second = run("import", "claude", FIXTURES / "claude_export.zip", "--data-dir", journal_dir)
    assert second.returncode == 0, second.stderr
    assert "Imported 0 sessions" in second.stdout
    assert uses_in(journal_dir) == added


def test_missing_file_exits_1(journal_dir: Path, tmp_path: Path) -> None:
    done = run("import", "chatgpt", tmp_path / "nope.json", "--data-dir", journal_dir)
    assert done.returncode == 1
    assert "nope.json: cannot be read" in done.stderr


@pytest.mark.parametrize(
    ("source", "name", "message"),
    [
        ("chatgpt", "not_json.json", "is not valid JSON"),
        ("chatgpt", "chatgpt_truncated.zip", "damaged or incomplete"),
        ("activitywatch", "activitywatch_wrong_shape.json", "'buckets'"),
        ("json", "not_json.json", "is not valid JSON"),
        ("json", "chatgpt_conversations.json", "not a Vision Journal data export"),
    ],
)
def test_malformed_file_exits_1_and_writes_nothing(
    journal_dir: Path, source: str, name: str, message: str
) -> None:
    done = run("import", source, FIXTURES / name, "--data-dir", journal_dir)
    assert done.returncode == 1
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert uses_in(journal_dir) == 0


def test_usage_errors_exit_2(journal_dir: Path) -> None:
    assert run("import", "myspace", "x.json").returncode == 2
    assert run("export", "--format", "docx", "--out", "x").returncode == 2
    done = run("export", "--format", "md", "--out", "x.md", "--from", "yesterday")
    assert done.returncode == 2
    assert "not a date" in done.stderr


@pytest.mark.parametrize("command", ["export", "import", "backup", "restore", "check"])
def test_help_for_each_command(command: str) -> None:
    done = run(command, "--help")
    assert done.returncode == 0
    assert f"vision-journal {command}" in done.stdout


def test_a_locked_journal_without_a_passphrase_exits_1(journal_dir: Path, tmp_path: Path) -> None:
    done = run(
        "export",
        "--format",
        "md",
        "--out",
        tmp_path / "x.md",
        "--data-dir",
        journal_dir,
        passphrase=None,
    )
    assert done.returncode == 1
    assert "--passphrase-file" in done.stderr
    assert not (tmp_path / "x.md").exists()


def test_passphrase_file(journal_dir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out = tmp_path / "s.html"
    done = run(
        "export",
        "--format",
        "html",
        "--out",
        out,
        "--data-dir",
        journal_dir,
        "--passphrase-file",
        secret,
        passphrase=None,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_export_of_a_folder_without_a_journal_exits_1(tmp_path: Path) -> None:
    done = run(
        "export", "--format", "md", "--out", tmp_path / "x.md", "--data-dir", tmp_path / "empty"
    )
    assert done.returncode == 1
    assert "there is no journal" in done.stderr


def test_pdf_export_runs_without_a_window(journal_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    done = run(
        "export",
        "--format",
        "pdf",
        "--out",
        out,
        "--data-dir",
        journal_dir,
        "--from",
        (FIXED_NOW.date() - dt.timedelta(days=30)).isoformat(),
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_backup_check_and_restore_from_the_command_line(journal_dir: Path) -> None:
    made = run("backup", "--data-dir", journal_dir)
    assert made.returncode == 0, made.stderr
    backup_file = Path(made.stdout.strip().removeprefix("Backup written to "))
    assert backup_file.is_file()
    assert PASSPHRASE.encode() not in backup_file.read_bytes()

    checked = run("check", "--data-dir", journal_dir)
    assert checked.returncode == 0, checked.stderr
    assert "passed" in checked.stdout

    before = uses_in(journal_dir)
    run("import", "chatgpt", FIXTURES / "chatgpt_conversations.json", "--data-dir", journal_dir)
    assert uses_in(journal_dir) > before
    restored = run("restore", backup_file, "--data-dir", journal_dir)
    assert restored.returncode == 0, restored.stderr
    assert uses_in(journal_dir) == before


def test_restore_keeps_a_safety_backup_and_takes_a_relative_path(
    journal_dir: Path, tmp_path: Path
) -> None:
    made = run("backup", "--data-dir", journal_dir)
    backup_file = Path(made.stdout.strip().removeprefix("Backup written to "))
    run("import", "chatgpt", FIXTURES / "chatgpt_conversations.json", "--data-dir", journal_dir)
    imported = uses_in(journal_dir)
    relative = os.path.relpath(backup_file, tmp_path)
    restored = subprocess_in(tmp_path, "restore", relative, "--data-dir", journal_dir)
    assert restored.returncode == 0, restored.stderr
    assert uses_in(journal_dir) < imported
    kept = Path(restored.stdout.splitlines()[0].removeprefix("The journal as it was is kept in "))
    assert kept.is_file()
    assert kept != backup_file
    undo = run("restore", kept, "--data-dir", journal_dir)  # the safety copy brings it back
    assert undo.returncode == 0, undo.stderr
    assert uses_in(journal_dir) == imported


def test_check_reports_a_damaged_journal(journal_dir: Path) -> None:
    database = JournalPaths(journal_dir).database
    data = bytearray(database.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    database.write_bytes(bytes(data))
    checked = run("check", "--data-dir", journal_dir)
    assert checked.returncode == 1


def test_restore_of_a_missing_backup_exits_1(journal_dir: Path, tmp_path: Path) -> None:
    done = run("restore", tmp_path / "nope.vjbackup", "--data-dir", journal_dir)
    assert done.returncode == 1
    assert "no such backup" in done.stderr


def test_status_prints_the_dashboards_numbers_for_a_status_bar(journal_dir: Path) -> None:
    text = run("status", "--data-dir", journal_dir)
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines() == [
        "Today: not enough data yet (day 0 of 3)",
        "This week: not enough data yet (day 0 of 3)",
        "No warnings.",
        "Found sessions waiting for review: 0",
    ]
    as_json = run("status", "--json", "--data-dir", journal_dir)
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert (data["format"], data["week"]["index"], data["week"]["level"]) == (1, None, None)
    assert (data["warnings"], data["sessions_waiting"]) == ([], 0)
    assert is_cli_command(["status", "--json"])
