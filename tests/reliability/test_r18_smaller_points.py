"""R18 and R10, the smaller points of the same adversarial pass.

- Two conversations sharing an id in one file were reported as "Already in journal: 1" in an
  empty journal; the repeat is now reported as what it is.
- The command line accepted a one-character passphrase for a new journal (the window asks
  for 8); it now asks for as many.
- `vision-journal --data-dir D export …` (the option before the command, as the top-level
  help lists it) was refused as wrong usage.
- A text file or a folder in the journal's place was called "cut short" or "cannot be opened
  with this key"; each now gets a message that says what is there.
- `window.ini` was 0644 whatever the umask; it is private (0600) like every journal file.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.reliability.conftest import cli_env, passphrase_journal, run_cli, snapshot
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.ui.main_window import MainWindow

CHATGPT = Path(__file__).parent.parent / "fixtures" / "imports" / "chatgpt_conversations.json"


def test_a_session_repeated_in_one_file_is_not_already_in_the_journal(
    paths: JournalPaths, tmp_path: Path
) -> None:
    conversations = json.loads(CHATGPT.read_text(encoding="utf-8"))
    twice = tmp_path / "conversations.json"
    twice.write_text(json.dumps([conversations[0], *conversations]), encoding="utf-8")
    result = run_cli("import", "chatgpt", twice, "--dry-run", "--data-dir", paths.data_dir)
    assert result.returncode == 0, result.stderr
    assert "Already in journal: 0 (skipped)" in result.stdout
    assert "repeats an earlier session of this file" in result.stdout
    imported = run_cli("import", "chatgpt", twice, "--data-dir", paths.data_dir)
    assert "Imported 3 sessions" in imported.stdout, imported.stderr
    assert "0 were already in the journal" in imported.stdout


def test_a_new_journal_needs_a_passphrase_of_eight_characters(paths: JournalPaths) -> None:
    result = run_cli(
        "import", "chatgpt", CHATGPT, "--data-dir", paths.data_dir,
        env=cli_env(VISION_JOURNAL_PASSPHRASE="x"),
    )  # fmt: skip
    assert result.returncode == 1
    assert "at least 8 characters" in result.stderr
    assert not paths.data_dir.exists() or not any(paths.data_dir.iterdir())


def test_data_dir_before_the_command_is_accepted(paths: JournalPaths, tmp_path: Path) -> None:
    passphrase_journal(paths)
    out = tmp_path / "all.json"
    result = run_cli("--data-dir", paths.data_dir, "export", "--format", "json", "--out", out)
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["uses"] == []


def test_a_text_file_or_a_folder_in_the_journals_place_is_named(paths: JournalPaths) -> None:
    passphrase_journal(paths)
    paths.database.unlink()
    paths.database.write_text("These are my notes, not a journal.\n" * 200, encoding="utf-8")
    before = snapshot(paths.data_dir)
    for command in ("export", "check"):
        args = (
            ("--format", "md", "--out", paths.data_dir.parent / "x.md")
            if command == "export"
            else ()
        )
        result = run_cli(command, *args, "--data-dir", paths.data_dir)
        assert result.returncode == 1
        assert "is a text file" in result.stderr, result.stderr
        assert "cut short" not in result.stderr
    assert snapshot(paths.data_dir) == before
    paths.database.unlink()
    paths.database.mkdir()
    for command in ("export", "check"):
        args = (
            ("--format", "md", "--out", paths.data_dir.parent / "x.md")
            if command == "export"
            else ()
        )
        result = run_cli(command, *args, "--data-dir", paths.data_dir)
        assert result.returncode == 1
        assert "is a folder" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr


def test_window_settings_are_private(journal: Journal, paths: JournalPaths, qtbot: QtBot) -> None:
    previous = os.umask(0o022)
    try:
        window = MainWindow(journal, paths.settings_file)
        qtbot.addWidget(window)
        window.show()
        window.close()  # writes the geometry
    finally:
        os.umask(previous)
    assert paths.settings_file.stat().st_size > 0
    assert stat.S_IMODE(paths.settings_file.stat().st_mode) == 0o600
