"""R8: a full or read-only disk loses nothing.

A writer limited by RLIMIT_FSIZE runs into the limit; the error it gets is clear and holds no
journal text, and every commit before it is intact. In the real window a save that meets a
full disk (SQLite's own "database or disk is full", raised by the driver at commit) shows a
clear message and leaves the typed text in the editor, and the database still holds what
was committed before; a dialog stays open with its fields filled. An export that fills the
disk halfway says so and leaves the old file as it was, with no partial file beside it.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection, event

from tests.reliability.conftest import key_of, spawn
from tests.ui.conftest import visible_dialog
from tests.ui.test_usage_page import open_dialog, save, type_minutes
from vision_journal.core import atomic, backup
from vision_journal.core.errors import JournalOpenError
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import AiToolInput, CircleInput, Sphere, ToolKind
from vision_journal.ui.main_window import MainWindow
from vision_journal.ui.widgets.combo import select_data
from vision_journal.ui.write_failure import install_write_failure_hook

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


# --- In the window: a full disk at the moment of saving --------------------------------------

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@contextmanager
def full_disk(journal: Journal) -> Iterator[None]:
    """While active, every transaction that wrote something fails at its commit the way
    SQLite fails when the disk is full (SQLITE_FULL, "database or disk is full"), raised by
    the database driver itself and rolled back; reading still works, as on a full disk."""
    engine = journal.engine
    dialect = engine.dialect
    # The driver's own error class, so SQLAlchemy wraps it exactly as a real one.
    driver_error = dialect.loaded_dbapi.OperationalError
    dirty: set[int] = set()  # the pooled connections whose transaction wrote something

    def note_writes(conn: Connection, cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith(WRITES):
            dirty.add(id(conn.connection))

    def commit(dbapi_connection: object) -> None:
        if id(dbapi_connection) in dirty:
            dirty.discard(id(dbapi_connection))
            raise driver_error("database or disk is full")
        type(dialect).do_commit(dialect, dbapi_connection)

    def rollback(dbapi_connection: object) -> None:
        dirty.discard(id(dbapi_connection))
        type(dialect).do_rollback(dialect, dbapi_connection)

    event.listen(engine, "before_cursor_execute", note_writes)
    dialect.do_commit = commit  # type: ignore[method-assign]
    dialect.do_rollback = rollback  # type: ignore[method-assign]
    try:
        yield
    finally:
        del dialect.do_commit, dialect.do_rollback
        event.remove(engine, "before_cursor_execute", note_writes)


@pytest.fixture
def window(qtbot: QtBot, journal: Journal, paths: JournalPaths) -> Iterator[MainWindow]:
    """The real main window on a journal with one AI tool, shown."""
    journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    main = MainWindow(journal, paths.settings_file)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def committed_vision(paths: JournalPaths) -> tuple[int, str | None]:
    """How many vision revisions the file holds and the personal values of the newest, read
    through a journal of its own (not the window's)."""
    reader = Journal.open(paths, key_of(paths))
    try:
        current = reader.vision()
        count = len(reader.vision_revisions())
    finally:
        reader.close()
    return count, None if current is None else current.vision.personal.values


def test_a_full_disk_keeps_the_unsaved_vision_in_the_editor(
    qtbot: QtBot, window: MainWindow, journal: Journal, paths: JournalPaths
) -> None:
    page = window.vision_page
    window.sidebar.setCurrentRow(window.stack.indexOf(page))
    values = page.forms[Sphere.PERSONAL].values
    qtbot.keyClicks(values, "Presence first.")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert committed_vision(paths) == (1, "Presence first.")

    qtbot.keyClicks(values, " Then honesty.")
    with full_disk(journal):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert page.error.isVisible()
        assert "disk is full" in page.error.text()
        assert values.toPlainText() == "Presence first. Then honesty."
        assert page.has_unsaved_changes()
        assert len(window.history.core) == 1  # the failed save is no step to undo
        assert committed_vision(paths) == (1, "Presence first.")

    # With space again the same Save keeps the text, and the message goes.
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.error.isHidden()
    assert committed_vision(paths) == (2, "Presence first. Then honesty.")


def test_a_full_disk_keeps_the_use_dialog_open_and_filled(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.note, "Asked how to apologise to Sam")
    type_minutes(qtbot, dialog, "25")
    with full_disk(journal):
        save(qtbot, dialog)
        assert visible_dialog(window) is dialog
        assert dialog.general_error.isVisible()
        assert "disk is full" in dialog.general_error.text()
        assert dialog.note.toPlainText() == "Asked how to apologise to Sam"
        assert dialog.minutes.value() == 25
        assert journal.count_uses() == 0

    save(qtbot, dialog)
    assert visible_dialog(window) is None
    [use] = journal.list_uses()
    assert (use.note, use.minutes) == ("Asked how to apologise to Sam", 25)


def test_drafts_that_meet_a_full_disk_leave_the_text_and_raise_nothing(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    # Drafts are written by timers while the person types: an error there would reach no
    # one who could act on it, so it is skipped, and the next Save tells the person.
    values = window.vision_page.forms[Sphere.PERSONAL].values
    qtbot.keyClicks(values, "typed while the disk is full")
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.note, "a note")
    with full_disk(journal):
        window.vision_page.flush_draft()
        dialog.drafts.flush()
        assert values.toPlainText() == "typed while the disk is full"
        assert dialog.note.toPlainText() == "a note"
    assert journal.drafts() == {}
    dialog.drafts.flush()  # with space again, the draft is kept as usual
    assert journal.drafts() == {"use:new": '{"note": "a note"}'}
    with full_disk(journal):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        assert visible_dialog(window) is None  # Cancel closes, even when the draft stays
    assert journal.drafts() == {"use:new": '{"note": "a note"}'}


class FillingFile:
    """A file on a disk that fills up halfway through the first write."""

    def __init__(self, real: BinaryIO) -> None:
        self._real = real

    def write(self, data: bytes) -> int:
        self._real.write(data[: len(data) // 2])
        self._real.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)

    def __enter__(self) -> FillingFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._real.close()


def test_an_export_to_a_full_disk_says_so_and_keeps_the_old_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # R9 proves the atomic writer at each of its steps; this is what the person sees when
    # the real exports hit a full disk in the middle of writing.
    page = window.export_page
    folder = tmp_path / "exports"
    folder.mkdir()
    real_fdopen = os.fdopen
    for key in ("pdf", "md", "html", "json"):
        target = folder / f"export.{key}"
        target.write_bytes(b"the export from last week\n")
        page.set_export_format(key)
        with monkeypatch.context() as patch:
            patch.setattr(
                atomic.os, "fdopen", lambda fd, *a, **k: FillingFile(real_fdopen(fd, *a, **k))
            )
            assert not page.export_to(target)
        assert page.export_status.text() == f"Could not write export.{key}: No space left on device"
        assert target.read_bytes() == b"the export from last week\n"
    assert sorted(p.name for p in folder.iterdir()) == [
        "export.html",
        "export.json",
        "export.md",
        "export.pdf",
    ]


def test_any_other_save_on_a_full_disk_says_so_and_keeps_the_dialog(
    qtbot: QtBot, window: MainWindow, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The connection dialog does not catch write failures itself: the app-wide hook does.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_write_failure_hook()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_rest: shown.append(text)
    )
    family = journal.save_circle(CircleInput("Family", Sphere.PERSONAL))
    dialog = window.open_connection_dialog()
    select_data(dialog.circle, family.id)
    dialog.minutes.setValue(30)
    qtbot.keyClicks(dialog.note, "Dinner with my parents")
    with full_disk(journal):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert len(shown) == 1
    assert "disk is full" in shown[0]
    assert dialog.isVisible()
    assert dialog.note.toPlainText() == "Dinner with my parents"
    assert journal.connections() == []
