"""R17: a missing key file is not a new journal.

The attack that found it: with `journal.key` deleted, the window offered to create a new key,
wrote a new key file beside the existing encrypted journal, and only then said the journal
was damaged. Now the window and the command line both say the key is missing and where it
was expected, write no key file, and leave the journal byte-identical. An empty plain
SQLite file in the journal's place is refused as well, not turned into a new journal.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.reliability.conftest import passphrase_journal, run_cli, snapshot
from vision_journal.core.db import migrate
from vision_journal.core.errors import JournalOpenError
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.ui.dialogs.unlock_dialog import ProtectionDialog
from vision_journal.ui.unlock import KeyFlow, open_journal

CHATGPT = Path(__file__).parent.parent / "fixtures" / "imports" / "chatgpt_conversations.json"


@pytest.fixture
def keyless(paths: JournalPaths, tmp_path: Path) -> JournalPaths:
    """A journal whose key file was moved away (the database stays)."""
    passphrase_journal(paths)
    paths.key_file.rename(tmp_path / "journal.key.moved")
    return paths


def test_command_line_says_the_key_is_missing_and_writes_no_key(
    keyless: JournalPaths, tmp_path: Path
) -> None:
    before = snapshot(keyless.data_dir)
    for args in (
        ("import", "chatgpt", CHATGPT),
        ("export", "--format", "json", "--out", tmp_path / "out.json"),
        ("backup",),
        ("check",),
    ):
        result = run_cli(*args, "--data-dir", keyless.data_dir)
        assert result.returncode == 1, args
        assert "Traceback" not in result.stderr
        assert "key is missing" in result.stderr or "key file is missing" in result.stderr, (
            args,
            result.stderr,
        )
        assert str(keyless.key_file) in result.stderr
        assert snapshot(keyless.data_dir) == before
    assert not keyless.key_file.exists()


def test_window_says_the_key_is_missing_and_offers_no_new_key(
    keyless: JournalPaths, qtbot: QtBot
) -> None:
    before = snapshot(keyless.data_dir)
    offered: list[bool] = []
    told: list[str] = []

    def protection_dialog(*_: object) -> ProtectionDialog:
        offered.append(True)
        raise AssertionError("offered to make a new key")

    def read_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            told.append(box.text())
            box.reject()
        else:
            QTimer.singleShot(10, read_message)

    QTimer.singleShot(10, read_message)
    flow = KeyFlow(keyless, protection_dialog=protection_dialog)
    assert open_journal(keyless, flow=flow) is None
    assert not offered
    assert len(told) == 1
    assert "key is missing" in told[0]
    assert str(keyless.key_file) in told[0]
    assert snapshot(keyless.data_dir) == before


def test_empty_plain_sqlite_file_is_refused_untouched(paths: JournalPaths) -> None:
    paths.ensure()
    sqlite3.connect(paths.database).execute("VACUUM").connection.close()
    assert paths.database.stat().st_size > 0  # a real SQLite file, with no tables
    before = snapshot(paths.data_dir)
    with pytest.raises(JournalOpenError) as raised:
        Journal.open(paths)
    assert str(raised.value) == migrate.EMPTY_SQLITE_MESSAGE
    assert snapshot(paths.data_dir) == before
