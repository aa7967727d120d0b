"""R18 in the window: a save that meets a journal another program keeps locked names it.

The attack as a person meets it: another process (here a Python child that takes the
journal's write lock with `BEGIN IMMEDIATE` and holds it until the test closes its stdin)
writes to the journal while the person saves an AI use in the window's real dialog. The
save waits the bounded time, then the dialog says which program holds the journal, stays
open with everything typed, and nothing is saved; once the other program has finished, the
same Save saves what was typed.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.reliability.conftest import key_of, posix_only
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import AiToolInput, ToolKind
from vision_journal.ui.dialogs.use_dialog import UseDialog
from vision_journal.ui.main_window import MainWindow

#: Takes the write lock, says so, and holds it until its stdin is closed (no sleeps).
HOLDER = """
import sys
from pathlib import Path
from vision_journal.core.db.engine import connect_raw
connection = connect_raw(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
connection.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
connection.close()
print("released", flush=True)
"""

NOTE = "Asked about the Lisbon trip, wrote the mail myself"


@pytest.fixture
def window(qtbot: QtBot, paths: JournalPaths) -> Iterator[MainWindow]:
    """The main window on a journal with one tool, shown."""
    journal = Journal.open(paths)
    journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    main = MainWindow(journal, paths.settings_file)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    journal.close()


@pytest.fixture
def holder(paths: JournalPaths, window: MainWindow) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the journal's write lock until its stdin is closed."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(paths.database), key_of(paths).hex()],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    try:
        assert process.stdout.readline().strip() == "holding", process.stderr
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def _release(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.close()
    assert process.stdout.readline().strip() == "released"
    process.wait(timeout=30)


def _open_use_dialog(qtbot: QtBot, window: MainWindow) -> UseDialog:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    shown = [d for d in window.findChildren(UseDialog) if d.isVisible()]
    assert shown
    return shown[-1]


def _save(qtbot: QtBot, dialog: UseDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@posix_only
def test_a_save_into_a_locked_journal_names_the_holder_and_keeps_the_input(
    qtbot: QtBot, window: MainWindow, holder: subprocess.Popen[str], paths: JournalPaths
) -> None:
    journal = Journal.open(paths)  # a second look, as another window would take it
    try:
        dialog = _open_use_dialog(qtbot, window)
        dialog.more_button.setChecked(True)
        dialog.minutes.setValue(25)
        qtbot.keyClicks(dialog.note, NOTE)

        _save(qtbot, dialog)  # waits the bounded time, then gives up

        message = dialog.general_error.text()
        assert dialog.isVisible()
        assert not dialog.general_error.isHidden()
        assert "in use by another program" in message
        assert f"(process {holder.pid})" in message, message
        assert "what you typed is still here" in message
        assert dialog.note.toPlainText() == NOTE
        assert dialog.minutes.value() == 25
        assert journal.count_uses() == 0
        assert window.history.undo_text() == ""

        _release(holder)
        _save(qtbot, dialog)  # the same input, now that the other program has finished

        assert not dialog.isVisible()
        saved = journal.list_uses()
        assert [(use.minutes, use.note) for use in saved] == [(25, NOTE)]
    finally:
        journal.close()
