"""The Inbox in the window, against a real ActivityWatch server and browser histories in the
default profile folders of the test's home.

Counted by hand (times UTC): Monday 2026-11-16 and Tuesday 11-17, 10:00-10:15 the Claude app
(15 minutes each), 10:00-10:14 claude.ai visits in Firefox (the same time: merged), and on
Tuesday 20:00-20:06 chatgpt.com in Chrome (visits at 20:00 and 20:04: 6 minutes): 3 sessions,
43 minutes, all in the week of the fixed "now" (Wednesday 11-18).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.capture_support import (
    ActivityWatchServer,
    event,
    free_port,
    make_chromium_history,
    make_firefox_history,
)
from vision_journal.core.capture import inbox
from vision_journal.core.capture import sync as capture
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    Sphere,
    ToolKind,
    UsePurpose,
    UseSource,
)
from vision_journal.ui.main_window import MainWindow

UTC = dt.UTC
MONDAY = dt.datetime(2026, 11, 16, 10, 0, tzinfo=UTC)
TUESDAY = MONDAY + dt.timedelta(days=1)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ActivityWatchServer]:
    running = ActivityWatchServer(tmp_path / "aw")
    window = [
        event(day + dt.timedelta(minutes=m), 60, app="Claude", title="private")
        for day in (MONDAY, TUESDAY)
        for m in range(15)
    ]
    running.write([{"id": "aw-watcher-window_t", "type": "currentwindow", "events": window}])
    yield running
    running.stop()


@pytest.fixture
def histories() -> None:
    home = Path.home()  # the test's own home (see tests/conftest.py)
    make_firefox_history(
        home / ".mozilla/firefox/ab12.default-release/places.sqlite",
        [
            ("https://claude.ai/chat/x", day + dt.timedelta(minutes=m))
            for day in (MONDAY, TUESDAY)
            for m in (0, 7, 12)
        ],
    )
    make_chromium_history(
        home / ".config/google-chrome/Default/History",
        [
            ("https://chatgpt.com/c/1", TUESDAY.replace(hour=20)),
            ("https://chatgpt.com/c/1", TUESDAY.replace(hour=20, minute=4)),
        ],
    )


def _turn_on(journal: Journal, url: str) -> None:
    capture.save_config(
        journal,
        capture.CaptureConfig(
            activitywatch_enabled=True,
            activitywatch_url=url,
            browser_profiles=frozenset({"firefox:ab12.default-release", "chrome:Default"}),
        ),
    )


def _open(qtbot: QtBot, journal: Journal, paths: JournalPaths) -> MainWindow:
    window = MainWindow(journal, paths.settings_file)
    qtbot.addWidget(window)
    return window


def test_found_sessions_wait_then_confirming_updates_the_dashboard_in_one_undo_step(
    qtbot: QtBot,
    journal: Journal,
    paths: JournalPaths,
    server: ActivityWatchServer,
    histories: None,
) -> None:
    _turn_on(journal, server.url)
    window = _open(qtbot, journal, paths)
    with qtbot.waitSignal(window.capture_sync.finished, timeout=30_000):
        window.show()  # the first sync starts once the window is up, on a pool thread
    qtbot.waitExposed(window)

    assert window.sidebar.item(1).text() == "Inbox (3)"
    assert window.dashboard_page.inbox_notice.isVisible()
    assert "wait in the Inbox: 3." in window.dashboard_page.inbox_notice.text()
    before = sum(minutes for _, minutes in window.dashboard_page.bars.days())
    assert before == 0  # found sessions count nowhere yet

    page = window.open_inbox()
    assert page.count() == 3
    assert [page.model.sessions[r].tool_name for r in range(3)] == ["ChatGPT", "Claude", "Claude"]
    claude = page.model.sessions[1]
    assert claude.sources == ("activitywatch", "firefox")
    # Keyboard only: select everything, 9 = "Work task", Enter confirms.
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_9)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    assert journal.count_uses() == 3
    assert {u.purpose for u in journal.list_uses()} == {UsePurpose.WORK_TASK}
    assert {u.source for u in journal.list_uses()} == {UseSource.CAPTURE}
    assert window.sidebar.item(1).text() == "Inbox"
    qtbot.waitUntil(
        lambda: sum(m for _, m in window.dashboard_page.bars.days()) == 15 + 15 + 6,
        timeout=3000,
    )
    assert not window.dashboard_page.inbox_notice.isVisible()

    window.undo_action.trigger()  # one step takes all three back
    assert journal.count_uses() == 0
    assert page.count() == 3
    assert window.sidebar.item(1).text() == "Inbox (3)"

    with qtbot.waitSignal(window.capture_sync.finished, timeout=30_000) as done:
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert done.args[0].new_sessions == 0  # a second sync adds nothing
    assert page.count() == 3
    window.close()


def test_a_session_without_a_purpose_is_not_confirmed_by_a_guess(
    qtbot: QtBot,
    journal: Journal,
    paths: JournalPaths,
    server: ActivityWatchServer,
) -> None:
    _turn_on(journal, server.url)
    capture.sync(journal)
    window = _open(qtbot, journal, paths)
    window.show()
    page = window.open_inbox()
    assert page.model.data(page.model.index(0, 2)) == "Choose (keys 1–0)"

    qtbot.keyClick(page.table, Qt.Key.Key_Return)

    assert journal.count_uses() == 0
    assert "Choose a purpose first" in page.status.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # the window's Delete dismisses
    assert inbox.count_waiting(journal) == 1
    window.close()


def test_settings_say_plainly_when_no_activitywatch_answers(
    qtbot: QtBot, journal: Journal, paths: JournalPaths
) -> None:
    window = _open(qtbot, journal, paths)
    window.show()
    box = window.settings_page.capture
    window.sidebar.setCurrentRow(window.stack.indexOf(window.settings_page))
    box.activitywatch.click()
    box.address.setText(f"http://127.0.0.1:{free_port()}")
    box.address.editingFinished.emit()

    with qtbot.waitSignal(window.capture_sync.finished, timeout=30_000):
        qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)

    assert box.activitywatch_status.text() == (
        "No ActivityWatch server answers at this address. Is ActivityWatch running?"
    )
    assert capture.load_config(journal).activitywatch_enabled
    assert inbox.count_waiting(journal) == 0
    assert window.sidebar.item(1).text() == "Inbox"
    window.close()


def test_the_tray_says_how_many_wait(
    qtbot: QtBot, journal: Journal, paths: JournalPaths, server: ActivityWatchServer
) -> None:
    from tests.ui.test_main_window import FakeTray

    _turn_on(journal, server.url)
    capture.sync(journal)
    window = _open(qtbot, journal, paths)
    tray = FakeTray()
    window.tray = tray  # type: ignore[assignment]
    window.show_waiting()
    assert tray.tool_tip == "Found AI sessions waiting in the Inbox: 2"
    window.close()


def test_a_use_found_by_two_sources_says_so(
    qtbot: QtBot, journal: Journal, paths: JournalPaths, server: ActivityWatchServer
) -> None:
    tool = journal.save_tool(AiToolInput("Claude", ToolKind.CHAT_ASSISTANT))
    imported = journal.log_use(
        AiUseInput(
            started_at=dt.datetime(2026, 11, 16, 10, 2),
            minutes=12,
            tool_id=tool.id,
            purpose=UsePurpose.PLANNING,
            sphere=Sphere.PERSONAL,
            source=UseSource.CLAUDE,
            source_id="claude:conv:1",
        )
    )
    _turn_on(journal, server.url)
    capture.sync(journal)
    assert inbox.count_waiting(journal) == 1  # Tuesday; Monday joined the imported use
    window = _open(qtbot, journal, paths)
    window.show()

    dialog = window._open_use_dialog(journal.use(imported.id))

    assert dialog.found_by.text() == "Found by your Claude export and ActivityWatch."
    assert dialog.found_by.isVisibleTo(dialog)
    dialog.reject()
    window.close()


def test_known_tools_can_be_added_and_switched_off_in_the_window(
    qtbot: QtBot, journal: Journal, paths: JournalPaths
) -> None:
    from PySide6.QtWidgets import QTableWidgetItem

    window = _open(qtbot, journal, paths)
    window.show()
    dialog = window.settings_page.capture.edit_tools()
    table = dialog.table
    chatgpt = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "ChatGPT")
    table.item(chatgpt, 0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    row = table.rowCount() - 1
    table.item(row, 0).setText("Family Helper")  # the new row is ticked, being edited
    table.setItem(row, 3, QTableWidgetItem("helper.example, www.helper.example"))

    assert dialog.save()

    tools = capture.load_config(journal).tool_index()
    assert tools.for_host("chatgpt.com") is None  # switched off
    helper = tools.for_host("app.helper.example")
    assert helper is not None
    assert helper.tool == "Family Helper"
    assert tools.for_host("claude.ai") is not None  # the rest of the list is untouched
    window.close()


def test_a_bad_domain_is_named_and_nothing_is_saved(
    qtbot: QtBot, journal: Journal, paths: JournalPaths
) -> None:
    from PySide6.QtWidgets import QTableWidgetItem

    window = _open(qtbot, journal, paths)
    window.show()
    dialog = window.settings_page.capture.edit_tools()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    row = dialog.table.rowCount() - 1
    dialog.table.item(row, 0).setText("Odd")
    dialog.table.setItem(row, 3, QTableWidgetItem("https://odd.example/path"))

    assert not dialog.save()

    assert "is not a domain" in dialog.error.text()
    assert capture.load_config(journal).custom_tools == ()
    dialog.reject()
    window.close()
