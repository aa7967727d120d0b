"""The export and import page: exports written to a chosen path; imports previewed before
anything is written, run in a worker with progress, and cancellable."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from vision_journal.core.changes import Changes
from vision_journal.core.imports import ImportReport
from vision_journal.core.journal import Journal
from vision_journal.core.records import SphereVision, ToolKind, Vision
from vision_journal.ui.pages import export_page
from vision_journal.ui.pages.export_page import ExportPage
from vision_journal.ui.undo import UndoHistory

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


@pytest.fixture
def page(qtbot: QtBot, journal: Journal) -> Iterator[ExportPage]:
    widget = ExportPage(journal, UndoHistory(journal))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shut_down()


def preview_file(qtbot: QtBot, page: ExportPage, source: str, name: str) -> None:
    page.set_source(source)
    with qtbot.waitSignal(page.preview_ready, timeout=10_000):
        page.load_file(FIXTURES / name)


def cell(page: ExportPage, label: str) -> str:
    table = page.preview_table
    for row in range(table.rowCount()):
        name = table.item(row, 0)
        value = table.item(row, 1)
        if name is not None and value is not None and name.text() == label:
            return value.text()
    raise AssertionError(f"no row {label!r}")


def test_the_preview_is_shown_before_anything_is_written(
    qtbot: QtBot, page: ExportPage, journal: Journal
) -> None:
    preview_file(qtbot, page, "chatgpt", "chatgpt_export.zip")
    assert cell(page, "Sessions found") == "3"
    assert cell(page, "Already in the journal (skipped)") == "0"
    assert cell(page, "Tools to create") == "ChatGPT"
    assert cell(page, "Conversations in the file") == "3"
    # What was skipped, in words, each with its count.
    assert cell(page, "Skipped on purpose") == "5"
    assert cell(page, "    system and tool messages") == "3"
    assert cell(page, "    earlier versions of edited or regenerated messages") == "1"
    assert cell(page, "    empty conversations") == "1"
    assert page.rejected_table.rowCount() == 0
    assert page.import_button.isEnabled()
    assert journal.count_uses() == 0
    assert journal.tools() == []


def test_import_runs_in_a_worker_and_announces_the_change(
    qtbot: QtBot, page: ExportPage, journal: Journal
) -> None:
    preview_file(qtbot, page, "chatgpt", "chatgpt_export.zip")
    changes: list[Changes] = []
    page._history.changed.connect(changes.append)
    with qtbot.waitSignal(page.import_finished, timeout=10_000) as blocker:
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args is not None
    assert blocker.args[0].added == 3
    assert journal.count_uses() == 3
    assert [t.name for t in journal.tools()] == ["ChatGPT"]
    [change] = changes  # one announcement, naming what the import wrote
    assert change.tables == {"ai_use", "ai_tool"}
    assert change.days == {dt.date(2026, 3, 10), dt.date(2026, 3, 12)}
    assert not page.import_button.isEnabled()
    assert "Imported 3 sessions" in page.import_status.text()

    # The whole import is one step: Ctrl+Z takes every session and the new tool back.
    assert page._history.undo_text() == "Import 3 sessions from ChatGPT"
    page._history.undo()
    assert (journal.count_uses(), journal.tools()) == (0, [])
    page._history.redo()
    assert journal.count_uses() == 3

    preview_file(qtbot, page, "chatgpt", "chatgpt_export.zip")
    assert cell(page, "Already in the journal (skipped)") == "3"
    assert not page.import_button.isEnabled()


def test_cancel_leaves_the_journal_unchanged(
    qtbot: QtBot, page: ExportPage, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_apply = export_page.import_sessions
    started = threading.Event()

    def slow_apply(journal: Journal, report: ImportReport, **hooks: object) -> object:
        progress, is_cancelled = hooks["progress"], hooks["is_cancelled"]
        assert callable(progress)
        assert callable(is_cancelled)
        progress(0, len(report.sessions))
        started.set()
        while not is_cancelled():  # the worker waits for the person to press Cancel
            threading.Event().wait(0.01)
        return real_apply(journal, report, **hooks)  # type: ignore[arg-type]

    monkeypatch.setattr(export_page, "import_sessions", slow_apply)
    preview_file(qtbot, page, "claude", "claude_export.zip")
    with qtbot.waitSignal(page.progressed, timeout=10_000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisible()
    assert page.cancel_button.isEnabled()
    with qtbot.waitSignal(page.import_cancelled, timeout=10_000):
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    page.wait_for_workers()
    assert started.is_set()
    assert journal.count_uses() == 0
    assert journal.tools() == []
    assert "Nothing was written" in page.import_status.text()
    assert page.import_button.isEnabled()


def test_a_malformed_file_is_refused_with_its_reason(
    qtbot: QtBot, page: ExportPage, journal: Journal
) -> None:
    page.set_source("chatgpt")
    with qtbot.waitSignal(page.import_failed, timeout=10_000) as blocker:
        page.load_file(FIXTURES / "not_json.json")
    assert blocker.args is not None
    assert "is not valid JSON" in blocker.args[0]
    assert "is not valid JSON" in page.import_status.text()
    assert not page.import_button.isEnabled()
    assert page.preview_table.rowCount() == 0
    assert journal.count_uses() == 0


@pytest.mark.parametrize(("key", "start"), [("md", b"# "), ("html", b"<!DOCTYPE"), ("json", b"{")])
def test_export_to_a_path(
    page: ExportPage, journal: Journal, tmp_path: Path, key: str, start: bytes
) -> None:
    journal.save_vision(Vision(personal=SphereVision(values="Kindness first.")))
    page.set_export_format(key)
    path = tmp_path / f"out.{key}"
    assert page.export_to(path)
    assert path.read_bytes().startswith(start)
    assert b"Kindness first." in path.read_bytes()
    assert "Saved" in page.export_status.text()


def test_export_pdf_to_a_path(page: ExportPage, tmp_path: Path) -> None:
    page.set_export_format("pdf")
    page.charter_only.setChecked(True)
    path = tmp_path / "charter.pdf"
    assert page.export_to(path)
    assert path.read_bytes().startswith(b"%PDF")


def test_json_export_turns_off_the_summary_options(page: ExportPage) -> None:
    page.set_export_format("json")
    assert not page.charter_only.isEnabled()
    assert not page.from_date.isEnabled()
    page.set_export_format("md")
    assert page.charter_only.isEnabled()


def test_a_failed_export_says_why(page: ExportPage, tmp_path: Path) -> None:
    page.set_export_format("md")
    assert not page.export_to(tmp_path / "missing" / "out.md")
    assert "Could not write out.md" in page.export_status.text()


def test_the_wrong_source_says_what_the_file_looks_like(
    qtbot: QtBot, page: ExportPage, journal: Journal
) -> None:
    page.set_source("chatgpt")
    with qtbot.waitSignal(page.import_failed, timeout=10_000):
        page.load_file(FIXTURES / "claude_export.zip")
    assert "This looks like a Claude export, not a ChatGPT export." in page.import_status.text()
    assert not page.import_button.isEnabled()
    assert journal.count_uses() == 0


def test_reading_a_large_chatgpt_export_shows_progress_and_cancel_stops_it(
    qtbot: QtBot,
    page: ExportPage,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.core.test_import_shapes import simple_gpt

    path = tmp_path / "conversations.json"
    path.write_text(json.dumps([simple_gpt(f"c{i}", 60 * i) for i in range(4000)]))
    real_parse = export_page._parser("chatgpt")
    midway = threading.Event()

    def parse(file: Path, **hooks: Any) -> ImportReport:
        progress, is_cancelled = hooks["progress"], hooks["is_cancelled"]

        def report(done: int, total: int) -> None:
            progress(done, total)
            if 0 < done < total and not midway.is_set():
                midway.set()
                while not is_cancelled():  # the worker waits for the person to press Cancel
                    threading.Event().wait(0.01)

        return real_parse(file, progress=report, is_cancelled=is_cancelled)

    monkeypatch.setattr(export_page, "_parser", lambda _source: parse)
    page.set_source("chatgpt")
    page.load_file(path)
    # The bar counts the file's bytes, and stands part way when the reading is halted.
    size = path.stat().st_size
    qtbot.waitUntil(lambda: page.progress.maximum() == size and 0 < page.progress.value() < size)
    assert page.cancel_button.isEnabled()
    with qtbot.waitSignal(page.import_cancelled, timeout=10_000):
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    page.wait_for_workers()
    assert "Stopped. Nothing was written." in page.import_status.text()
    assert page.preview is None
    assert not page.import_button.isEnabled()
    assert journal.count_uses() == 0


def test_an_import_is_one_step_to_undo_and_redo(
    qtbot: QtBot, page: ExportPage, journal: Journal
) -> None:
    preview_file(qtbot, page, "chatgpt", "chatgpt_export.zip")
    with qtbot.waitSignal(page.import_finished, timeout=10_000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page._history.undo_text() == "Import 3 sessions from ChatGPT"

    page._history.undo()
    assert journal.count_uses() == 0
    assert journal.tools() == []  # the tool the import created goes with it
    page._history.redo()
    assert journal.count_uses() == 3
    assert [t.name for t in journal.tools()] == ["ChatGPT"]


def test_an_imported_chat_that_capture_found_too_joins_the_inbox_and_says_so(
    qtbot: QtBot, page: ExportPage, journal: Journal
) -> None:
    from vision_journal.core.capture import inbox
    from vision_journal.core.capture.inbox import FoundCandidate
    from vision_journal.core.imports.chatgpt import parse_chatgpt

    first = parse_chatgpt(FIXTURES / "chatgpt_export.zip").sessions[0]
    inbox.file_sessions(
        journal,
        [
            FoundCandidate(
                "ChatGPT",
                ToolKind.CHAT_ASSISTANT,
                first.started_at,
                first.started_at + dt.timedelta(minutes=first.minutes),
                first.minutes,
                "activitywatch",
                "aw:1",
            )
        ],
    )
    preview_file(qtbot, page, "chatgpt", "chatgpt_export.zip")
    with qtbot.waitSignal(page.import_finished, timeout=10_000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)

    assert page.import_status.text() == (
        "Imported 2 sessions (7 minutes). 1 session of the file joined sessions found on "
        "this computer that wait in the Inbox."
    )
    assert journal.count_uses() == 2
    [waiting] = inbox.waiting_sessions(journal)
    assert waiting.sources == ("activitywatch", "chatgpt")
