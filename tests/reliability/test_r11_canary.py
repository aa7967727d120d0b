"""R11: no plaintext leaks.

A canary goes into every private field, through creating and editing (in the core and in the
real window, with its drafts and settings), backing up, a writer SIGKILLed in the middle of
writing, migrating, and the exports a person can ask for (PDF, Markdown, HTML, JSON through
the export page). Everything the app, SQLite and Qt may write lives under one scanned
folder: the data folder, the temp folder (TMPDIR), the configuration folder
(XDG_CONFIG_HOME, where Qt keeps settings) and the exports. Afterwards the canary appears in
the Markdown, HTML and JSON exports and nowhere else; the PDF (its text is compressed) is
written outside the data folder.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import FIXED_NOW
from tests.reliability.conftest import FIXTURES, key_of, kill, posix_only, spawn
from tests.ui.test_usage_page import save, type_minutes
from vision_journal.core import backup
from vision_journal.core.db.engine import connect_raw
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    CircleInput,
    GoalInput,
    GoalKind,
    Sphere,
    ToolKind,
    UsePurpose,
)
from vision_journal.ui.main_window import MainWindow

CANARY = "CANARY-7f3a-Żółw-🦜"

CRASH_WRITER = """
import datetime as dt, sys
from pathlib import Path
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import AiUseInput, Sphere, UsePurpose
journal = Journal.open(JournalPaths(Path(sys.argv[1])), bytes.fromhex(sys.argv[2]))
canary, tool_id = sys.argv[3], journal.tools()[0].id
for n in range(100000):
    journal.save_draft(f"crash-{n}", canary * 50)
    journal.log_use(AiUseInput(dt.datetime(2026, 11, 17, 8), 5, tool_id,
        UsePurpose.PLANNING, Sphere.PERSONAL, note=f"{canary} {n}"))
    print(n, flush=True)
"""


def _leaks(folder: Path) -> list[str]:
    needles = [CANARY.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")] + [
        CANARY[:12].encode("ascii")
    ]
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and any(n in path.read_bytes() for n in needles):
            found.append(path.relative_to(folder).as_posix())
    return sorted(found)


def _write_in_the_window(qtbot: QtBot, journal: Journal, paths: JournalPaths) -> Path:
    """Type the canary into the vision and a use note, export every format through the
    export page, close the window; returns the folder of the exports."""
    window = MainWindow(journal, paths.settings_file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.vision_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    values = page.forms[Sphere.PERSONAL].values
    values.setFocus()
    values.insertPlainText(f"{CANARY} vision")  # QTest types single UTF-16 units only
    page.flush_draft()  # the draft the timer keeps while typing
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    dialog = window.open_log_dialog()
    dialog.note.insertPlainText(f"{CANARY} use in the window")
    dialog.drafts.flush()
    type_minutes(qtbot, dialog, "15")
    save(qtbot, dialog)

    exports = paths.data_dir.parent / "exports"
    exports.mkdir()
    for key, name in (
        ("pdf", "summary.pdf"),
        ("md", "summary.md"),
        ("html", "summary.html"),
        ("json", "data.json"),
    ):
        window.export_page.set_export_format(key)
        assert window.export_page.export_to(exports / name)
    # A draft left open at closing is kept too, and the window writes its settings.
    values.insertPlainText(" unsaved")
    window.close()
    assert paths.settings_file.exists()
    return exports


@posix_only
def test_canary_reaches_no_file_but_the_exports_asked_for(
    qtbot: QtBot, paths: JournalPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One folder holds everything that could be written; nothing else is written to.
    scanned = tmp_path
    temp = scanned / "tmp"
    temp.mkdir()
    for name in ("TMPDIR", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(scanned / "config"))
    assert paths.data_dir.is_relative_to(scanned)

    journal = Journal.open(paths, clock=lambda: FIXED_NOW)
    tool = journal.save_tool(AiToolInput(f"{CANARY} tool", ToolKind.CHAT_ASSISTANT))
    circle = journal.save_circle(CircleInput(f"{CANARY} circle", Sphere.PERSONAL))
    journal.save_goal(GoalInput(f"{CANARY} goal", Sphere.PERSONAL, GoalKind.ACHIEVE, why=CANARY))
    use = journal.log_use(
        AiUseInput(
            dt.datetime(2026, 11, 17, 9),
            20,
            tool.id,
            UsePurpose.DRAFT_MESSAGE,
            Sphere.PERSONAL,
            circle_id=circle.id,
            note=CANARY,
        )
    )
    journal.update_use(
        use.id,
        AiUseInput(
            dt.datetime(2026, 11, 17, 9),
            25,
            tool.id,
            UsePurpose.DRAFT_MESSAGE,
            Sphere.PERSONAL,
            note=f"{CANARY} edited",
        ),
    )
    journal.save_draft("vision", CANARY * 100)
    exports = _write_in_the_window(qtbot, journal, paths)

    # A reader holds the file open, so the WAL and -shm are scanned as a crash leaves them.
    key = key_of(paths)
    reader = connect_raw(paths.database, key)
    reader.execute("SELECT count(*) FROM sqlite_master").fetchall()
    journal.save_draft("more", CANARY)
    assert paths.wal_file.exists()
    backup.create_backup(paths, key)
    assert _leaks(paths.data_dir) == []
    reader.close()
    journal.close()
    assert _leaks(paths.data_dir) == []

    # A writer killed in the middle of writing leaves only ciphertext behind, and what it
    # committed (canary and all) is there after the restart.
    writer = spawn(CRASH_WRITER, str(paths.data_dir), key.hex(), CANARY)
    assert writer.stdout is not None
    acknowledged = [writer.stdout.readline().strip() for _ in range(5)]
    kill(writer)
    assert acknowledged == ["0", "1", "2", "3", "4"]
    assert _leaks(paths.data_dir) == []
    journal = Journal.open(paths, key)
    try:
        assert journal.draft("crash-4") == CANARY * 50
    finally:
        journal.close()
    assert backup.check(paths, key).is_ok
    assert _leaks(paths.data_dir) == []

    # Migrating a journal from before encryption, the canary already in it, leaves no
    # plaintext behind: not the old file, not its backup, not what is written afterwards.
    legacy = JournalPaths(scanned / "legacy")
    legacy.ensure()
    shutil.copyfile(FIXTURES / "0001.sqlite3", legacy.database)
    with closing(sqlite3.connect(legacy.database)) as plain, plain:
        plain.execute(
            "INSERT INTO draft (key, text, updated_at) VALUES ('old', ?, '2026-01-01 00:00')",
            (CANARY,),
        )
    assert _leaks(legacy.data_dir) == ["journal.sqlite3"]
    old = Journal.open(legacy)
    assert old.draft("old") == CANARY
    old.save_draft("x", CANARY)
    old.close()
    assert _leaks(legacy.data_dir) == []

    # The exports the person asked for hold it, and they are the only place. The PDF's text
    # is compressed, so it may or may not show; it lies outside the data folder either way.
    found = _leaks(scanned)
    assert [f for f in found if f != "exports/summary.pdf"] == [
        "exports/data.json",
        "exports/summary.html",
        "exports/summary.md",
    ]
    pdf = exports / "summary.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not pdf.is_relative_to(paths.data_dir)
