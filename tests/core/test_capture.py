"""Capture against a real ActivityWatch server and browser histories built with their schemas.

The week of synthetic activity, counted by hand (times UTC, read with tz=UTC):

* every day 2026-11-09 .. 11-15, 09:00-09:20: the ChatGPT app focused in 1-minute window
  events, away from the keyboard 09:08-09:12 (the AFK cut leaves a 4-minute pause, under the
  5-minute gap: one session of 16 minutes);
* every day 14:00-14:10: Firefox focused on a claude.ai tab (one Claude session of 10
  minutes), 14:30-14:40 an editor (not AI), 20:00-20:05 an unknown app (nothing);
* Monday 09:00-09:20 is also in the journal already, imported from a ChatGPT export: that
  session joins the use instead of waiting;
* Firefox history: claude.ai every day at 14:02, 14:05, 14:09 (the same time ActivityWatch
  saw: merged), perplexity.ai on Monday at 11:00 and 11:04 (one new session), example.org
  (nothing);
* Chrome history: chatgpt.com on Tuesday at 21:00, 21:03 and 22:00 (two sessions: 57 minutes
  apart), gemini.google.com on Wednesday at 08:00 (one session).

Expected in the inbox: 6 ChatGPT + 7 Claude + 1 Perplexity + 2 ChatGPT (Chrome) + 1 Gemini = 17.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.capture_support import (
    ActivityWatchServer,
    event,
    free_port,
    make_chromium_history,
    make_firefox_history,
)
from tests.conftest import FIXED_NOW
from tests.core.test_cli import CHEAP_KDF, PASSPHRASE, run
from vision_journal.core.capture import activitywatch_live, inbox
from vision_journal.core.capture import sync as capture
from vision_journal.core.capture.browsers import BrowserProfile, find_profiles
from vision_journal.core.capture.inbox import Labels
from vision_journal.core.db.models import AiUseRow, FoundSessionRow, FoundSourceRow
from vision_journal.core.export.data_json import dumps_json, export_json, import_json
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore
from vision_journal.core.operations import UndoHistory
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    Sphere,
    ToolKind,
    UsePurpose,
    UseSource,
)

UTC = dt.UTC
MONDAY = dt.datetime(2026, 11, 9, tzinfo=UTC)
DAYS = [MONDAY + dt.timedelta(days=i) for i in range(7)]


def _at(day: dt.datetime, hour: int, minute: int = 0) -> dt.datetime:
    return day.replace(hour=hour, minute=minute)


def week_buckets() -> list[dict[str, object]]:
    window: list[dict[str, object]] = []
    web: list[dict[str, object]] = []
    afk: list[dict[str, object]] = []
    for day in DAYS:
        for minute in range(20):
            window.append(event(_at(day, 9, minute), 60, app="ChatGPT", title="a private chat"))
        for minute in range(10):
            window.append(event(_at(day, 14, minute), 60, app="Firefox", title="Claude"))
            web.append(
                event(_at(day, 14, minute), 60, url="https://claude.ai/chat/1", title="secret")
            )
        for minute in range(10):
            window.append(event(_at(day, 14, 30 + minute), 60, app="Code", title="notes.py"))
        window.append(event(_at(day, 20), 300, app="SomeUnknownAI", title="x"))
        afk.append(event(_at(day, 8, 0), 8 * 3600 - 60, status="not-afk"))
        afk.append(event(_at(day, 9, 8), 240, status="afk"))
        afk.append(event(_at(day, 9, 12), 5 * 3600, status="not-afk"))
    return [
        {"id": "aw-watcher-window_test", "type": "currentwindow", "events": window},
        {"id": "aw-watcher-web-firefox", "type": "web.tab.current", "events": web},
        {"id": "aw-watcher-afk_test", "type": "afkstatus", "events": afk},
    ]


def firefox_visits() -> list[tuple[str, dt.datetime]]:
    visits = []
    for day in DAYS:
        for minute in (2, 5, 9):
            visits.append(("https://claude.ai/chat/private-id", _at(day, 14, minute)))
    visits.append(("https://www.perplexity.ai/search/x", _at(DAYS[0], 11, 0)))
    visits.append(("https://www.perplexity.ai/search/y", _at(DAYS[0], 11, 4)))
    visits.append(("https://example.org/", _at(DAYS[0], 12, 0)))
    return visits


def chrome_visits() -> list[tuple[str, dt.datetime]]:
    return [
        ("https://chatgpt.com/c/1", _at(DAYS[1], 21, 0)),
        ("https://chatgpt.com/c/1", _at(DAYS[1], 21, 3)),
        ("https://chatgpt.com/c/2", _at(DAYS[1], 22, 0)),
        ("https://gemini.google.com/app", _at(DAYS[2], 8, 0)),
    ]


@pytest.fixture(scope="module")
def aw_week(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ActivityWatchServer]:
    """One real aw-server with the week written through aw-client (read only by the tests)."""
    server = ActivityWatchServer(tmp_path_factory.mktemp("aw"))
    try:
        server.write(week_buckets())
        yield server
    finally:
        server.stop()


@pytest.fixture
def profiles(tmp_path: Path) -> list[BrowserProfile]:
    firefox = make_firefox_history(tmp_path / "ff" / "places.sqlite", firefox_visits())
    chrome = make_chromium_history(tmp_path / "chrome" / "History", chrome_visits())
    return [
        BrowserProfile("firefox", "abcd.default-release", firefox),
        BrowserProfile("chrome", "Default", chrome),
    ]


def _turn_on(journal: Journal, url: str, profiles: list[BrowserProfile]) -> None:
    capture.save_config(
        journal,
        capture.CaptureConfig(
            activitywatch_enabled=True,
            activitywatch_url=url,
            browser_profiles=frozenset(p.key for p in profiles),
        ),
    )


def _imported_chatgpt_use(journal: Journal) -> int:
    tool = journal.save_tool(AiToolInput("ChatGPT", ToolKind.CHAT_ASSISTANT))
    use = journal.log_use(
        AiUseInput(
            started_at=dt.datetime(2026, 11, 9, 9, 1),
            minutes=18,
            tool_id=tool.id,
            purpose=UsePurpose.PLANNING,
            sphere=Sphere.PROFESSIONAL,
            source=UseSource.CHATGPT,
            source_id="chatgpt:conv-1:1762678860",
        )
    )
    return use.id


def test_week_of_activity_and_two_histories_wait_as_the_hand_counted_sessions(
    journal: Journal, aw_week: ActivityWatchServer, profiles: list[BrowserProfile]
) -> None:
    use_id = _imported_chatgpt_use(journal)
    _turn_on(journal, aw_week.url, profiles)

    report = capture.sync(journal, profiles=profiles, tz=UTC)

    assert report.errors == ()
    waiting = inbox.waiting_sessions(journal)
    by_tool: dict[str, list[inbox.FoundSession]] = {}
    for found in waiting:
        by_tool.setdefault(found.tool_name, []).append(found)
    assert {tool: len(items) for tool, items in by_tool.items()} == {
        "ChatGPT": 8,
        "Claude": 7,
        "Perplexity": 1,
        "Gemini": 1,
    }
    assert inbox.count_waiting(journal) == 17
    chatgpt_app = [f for f in by_tool["ChatGPT"] if f.sources == ("activitywatch",)]
    assert [f.minutes for f in chatgpt_app] == [16] * 6  # the AFK minutes are left out
    assert {f.started_at.hour for f in chatgpt_app} == {9}
    claude = by_tool["Claude"]
    assert all(f.sources == ("activitywatch", "firefox") for f in claude)
    assert all(f.minutes == 10 for f in claude)  # the same time seen twice counts once
    assert inbox.found_by_text(claude[0].sources) == "ActivityWatch and Firefox"
    chrome = [f for f in by_tool["ChatGPT"] if f.sources == ("chrome",)]
    assert [(f.started_at.hour, f.minutes) for f in sorted(chrome, key=lambda f: f.started_at)] == [
        (21, 5),
        (22, 2),
    ]
    # The Monday morning ChatGPT session was imported already: it joined that use.
    assert inbox.use_sources(journal, use_id) == ("chatgpt", "activitywatch")
    # Nothing counts before it is confirmed.
    assert journal.count_uses() == 1


def test_second_sync_adds_nothing(
    journal: Journal, aw_week: ActivityWatchServer, profiles: list[BrowserProfile]
) -> None:
    _turn_on(journal, aw_week.url, profiles)
    capture.sync(journal, profiles=profiles, tz=UTC)
    with journal.session() as session:
        links = session.scalar(select(func.count()).select_from(FoundSourceRow))

    again = capture.sync(journal, profiles=profiles, tz=UTC)

    assert again.new_sessions == 0
    assert inbox.count_waiting(journal) == 18
    with journal.session() as session:
        assert session.scalar(select(func.count()).select_from(FoundSourceRow)) == links


def test_confirming_makes_uses_with_the_labels_and_dismissed_stay_away(
    journal: Journal, aw_week: ActivityWatchServer, profiles: list[BrowserProfile]
) -> None:
    _turn_on(journal, aw_week.url, profiles)
    capture.sync(journal, profiles=profiles, tz=UTC)
    waiting = inbox.waiting_sessions(journal)
    claude = [f for f in waiting if f.tool_name == "Claude"]
    others = [f for f in waiting if f.tool_name != "Claude"]

    history = UndoHistory(journal)
    uses = history.push(
        inbox.confirm(
            journal,
            {f.id: Labels(UsePurpose.WORK_TASK, Sphere.PROFESSIONAL) for f in claude},
        )
    )
    history.push(inbox.dismiss(journal, [f.id for f in others]))

    assert len(uses) == 7
    assert journal.count_uses() == 7
    stored = journal.list_uses()
    assert {u.purpose for u in stored} == {UsePurpose.WORK_TASK}
    assert {u.source for u in stored} == {UseSource.CAPTURE}
    assert {u.note for u in stored} == {"Found by ActivityWatch and Firefox."}
    assert journal.tools()[0].name == "Claude"
    assert inbox.count_waiting(journal) == 0
    assert capture.sync(journal, profiles=profiles, tz=UTC).new_sessions == 0
    assert inbox.count_waiting(journal) == 0

    assert history.undo_label is not None
    assert history.undo_label.english == "Dismiss found sessions (11)"
    history.undo()
    history.undo()  # each batch is one step
    assert journal.count_uses() == 0
    assert inbox.count_waiting(journal) == 18


def test_suggestions_come_from_earlier_labels_of_the_same_tool_and_hour(
    journal: Journal, aw_week: ActivityWatchServer, profiles: list[BrowserProfile]
) -> None:
    _turn_on(journal, aw_week.url, profiles)
    capture.sync(journal, profiles=profiles, tz=UTC)
    claude = sorted(
        (f for f in inbox.waiting_sessions(journal) if f.tool_name == "Claude"),
        key=lambda f: f.started_at,
    )
    assert inbox.suggest(journal, claude[1]).basis == 0  # nothing labelled yet

    inbox.confirm(journal, {claude[0].id: Labels(UsePurpose.SUMMARISE, Sphere.PROFESSIONAL)})

    suggestion = inbox.suggest(journal, claude[1])
    assert (suggestion.purpose, suggestion.sphere, suggestion.basis) == (
        UsePurpose.SUMMARISE,
        Sphere.PROFESSIONAL,
        1,
    )
    gemini = next(f for f in inbox.waiting_sessions(journal) if f.tool_name == "Gemini")
    assert inbox.suggest(journal, gemini).purpose is None


def test_new_events_after_a_sync_grow_the_open_session(journal: Journal, tmp_path: Path) -> None:
    server = ActivityWatchServer(tmp_path)
    try:
        start = dt.datetime(2026, 11, 17, 10, 0, tzinfo=UTC)
        bucket = {"id": "aw-watcher-window_t", "type": "currentwindow"}
        server.write([{**bucket, "events": [event(start, 300, app="claude.exe")]}])
        _turn_on(journal, server.url, [])
        capture.sync(journal, tz=UTC)
        server.write(
            [{**bucket, "events": [event(start + dt.timedelta(minutes=7), 180, app="Claude")]}]
        )

        capture.sync(journal, tz=UTC)

        [found] = inbox.waiting_sessions(journal)
        assert (found.started_at, found.minutes) == (dt.datetime(2026, 11, 17, 10, 0), 8)
    finally:
        server.stop()


def test_no_server_is_reported_and_nothing_changes(journal: Journal, tmp_path: Path) -> None:
    server = ActivityWatchServer(tmp_path)
    url = server.url
    server.stop()  # the port is free again: nobody answers there
    _turn_on(journal, url, [])

    report = capture.sync(journal, tz=UTC)

    [result] = report.errors
    assert result.error is not None
    assert "No ActivityWatch server answers" in result.error
    assert inbox.count_waiting(journal) == 0
    assert capture.statuses(journal)["activitywatch"].last_error == result.error


def test_sources_are_off_until_turned_on(
    journal: Journal, aw_week: ActivityWatchServer, profiles: list[BrowserProfile]
) -> None:
    report = capture.sync(journal, profiles=profiles, tz=UTC)
    assert report.results == ()
    capture.save_config(
        journal, capture.CaptureConfig(browser_profiles=frozenset({profiles[1].key}))
    )
    report = capture.sync(journal, profiles=profiles, tz=UTC)
    assert [r.key for r in report.results] == ["chrome:Default"]


def test_profiles_are_found_in_the_default_folders(tmp_path: Path) -> None:
    home = tmp_path / "someone"
    make_firefox_history(home / ".mozilla/firefox/ab12.default-release/places.sqlite", [])
    make_chromium_history(home / ".config/google-chrome/Default/History", [])
    make_chromium_history(home / ".config/BraveSoftware/Brave-Browser/Profile 1/History", [])
    (home / ".config/vivaldi/Default").mkdir(parents=True)  # no history: not listed
    linux = find_profiles(home, {}, "linux")
    assert [p.key for p in linux] == [
        "firefox:ab12.default-release",
        "chrome:Default",
        "brave:Profile 1",
    ]
    local = tmp_path / "win" / "Local"
    make_chromium_history(local / "Microsoft/Edge/User Data/Default/History", [])
    roaming = tmp_path / "win" / "Roaming"
    make_firefox_history(roaming / "Mozilla/Firefox/Profiles/x.default/places.sqlite", [])
    windows = find_profiles(
        tmp_path, {"LOCALAPPDATA": str(local), "APPDATA": str(roaming)}, "win32"
    )
    assert [p.key for p in windows] == ["firefox:x.default", "edge:Default"]
    mac = tmp_path / "mac"
    make_chromium_history(mac / "Library/Application Support/Vivaldi/Default/History", [])
    assert [p.key for p in find_profiles(mac, {}, "darwin")] == ["vivaldi:Default"]


def test_a_custom_tool_is_found_and_an_unknown_app_is_not(journal: Journal, tmp_path: Path) -> None:
    history = make_chromium_history(
        tmp_path / "History",
        [
            ("https://my-assistant.example/chat", dt.datetime(2026, 11, 16, 10, tzinfo=UTC)),
            ("https://unknown-ai.example/", dt.datetime(2026, 11, 16, 12, tzinfo=UTC)),
        ],
    )
    profile = BrowserProfile("chrome", "Default", history)
    from vision_journal.core.capture.known_tools import KnownTool

    capture.save_config(
        journal,
        capture.CaptureConfig(
            browser_profiles=frozenset({profile.key}),
            custom_tools=(
                KnownTool(
                    "My Assistant", ToolKind.WRITING_ASSISTANT, domains=("my-assistant.example",)
                ),
            ),
        ),
    )
    capture.sync(journal, profiles=[profile], tz=UTC)
    [found] = inbox.waiting_sessions(journal)
    assert (found.tool_name, found.tool_kind) == ("My Assistant", ToolKind.WRITING_ASSISTANT)


def test_what_is_kept_is_metadata_only(
    journal: Journal, aw_week: ActivityWatchServer, profiles: list[BrowserProfile]
) -> None:
    _turn_on(journal, aw_week.url, profiles)
    capture.sync(journal, profiles=profiles, tz=UTC)
    inbox.confirm(
        journal,
        {
            f.id: Labels(UsePurpose.PLANNING, Sphere.PERSONAL)
            for f in inbox.waiting_sessions(journal)
        },
    )
    with journal.engine.connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        ).scalars()
        dump = "\n".join(
            repr(row)
            for table in list(tables)
            for row in connection.exec_driver_sql(f'SELECT * FROM "{table}"')
        )
    for private in ("private", "secret", "a private chat", "/chat/", "/search/", "notes.py"):
        assert private not in dump
    with journal.session() as session:
        assert session.scalar(select(func.count()).select_from(AiUseRow)) == 18


def test_json_export_holds_waiting_sessions_with_their_sources_and_round_trips(
    journal: Journal, aw_week: ActivityWatchServer, profiles: list[BrowserProfile], tmp_path: Path
) -> None:
    use_id = _imported_chatgpt_use(journal)
    _turn_on(journal, aw_week.url, profiles)
    capture.sync(journal, profiles=profiles, tz=UTC)
    data = export_json(journal)

    found = data["found_sessions"]
    assert isinstance(found, list)
    assert len(found) == 17
    claude = next(f for f in found if f["tool_name"] == "Claude")
    assert [s["source"] for s in claude["sources"]] == ["activitywatch", "firefox"]
    assert data["use_sources"] == [
        {"use_id": use_id, "source": "activitywatch", "source_id": ANY_AW_ID}
    ]

    other = Journal.open(JournalPaths(tmp_path / "other"), clock=lambda: FIXED_NOW)
    try:
        import_json(other, json.loads(dumps_json(data)))
        assert inbox.count_waiting(other) == 17
        again = export_json(other)
        assert again["found_sessions"] == found
        assert again["use_sources"] == data["use_sources"]
    finally:
        other.close()


class _AnyActivityWatchId:
    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and other.startswith("activitywatch:chatgpt:")


ANY_AW_ID = _AnyActivityWatchId()


def test_command_line_sync_finds_sessions_and_a_second_run_adds_nothing(
    aw_week: ActivityWatchServer, tmp_path: Path
) -> None:
    paths = JournalPaths(tmp_path / "journal")
    key = KeyStore(paths).create_with_passphrase(PASSPHRASE, CHEAP_KDF)
    journal = Journal.open(paths, key, clock=lambda: FIXED_NOW)
    _turn_on(journal, aw_week.url, [])
    journal.close()

    first = run("sync", "--data-dir", paths.data_dir)
    second = run("sync", "--source", "activitywatch", "--data-dir", paths.data_dir)

    assert first.returncode == 0, first.stderr
    assert "ActivityWatch: 14 new sessions found." in first.stdout
    assert "14 found sessions wait in the inbox." in first.stdout
    assert second.returncode == 0, second.stderr
    assert "ActivityWatch: 0 new sessions found." in second.stdout


def test_command_line_sync_says_when_no_server_answers(tmp_path: Path) -> None:
    paths = JournalPaths(tmp_path / "journal")
    key = KeyStore(paths).create_with_passphrase(PASSPHRASE, CHEAP_KDF)
    journal = Journal.open(paths, key, clock=lambda: FIXED_NOW)
    _turn_on(journal, f"http://127.0.0.1:{free_port()}", [])
    journal.close()

    done = run("sync", "--data-dir", paths.data_dir)

    assert done.returncode == 1
    assert "ActivityWatch: No ActivityWatch server answers at this address" in done.stderr


def test_an_upgraded_journal_takes_confirmed_capture_uses(tmp_path: Path) -> None:
    fixture = Path(__file__).parent.parent / "fixtures" / "schemas" / "0001.sqlite3"
    paths = JournalPaths(tmp_path / "journal")
    paths.ensure()
    shutil.copyfile(fixture, paths.database)
    journal = Journal.open(paths, clock=lambda: FIXED_NOW)
    try:
        with journal.session() as session:
            session.add(
                FoundSessionRow(
                    tool_name="Claude",
                    tool_kind=ToolKind.CHAT_ASSISTANT,
                    started_at=dt.datetime(2026, 11, 17, 10),
                    ended_at=dt.datetime(2026, 11, 17, 10, 20),
                    minutes=20,
                    day=dt.date(2026, 11, 17),
                    state=inbox.WAITING,
                    created_at=FIXED_NOW,
                )
            )
        [found] = inbox.waiting_sessions(journal)
        [use] = inbox.confirm(
            journal, {found.id: Labels(UsePurpose.PLANNING, Sphere.PERSONAL)}
        ).value
        assert journal.use(use.id).source is UseSource.CAPTURE
    finally:
        journal.close()


def test_events_read_in_small_pages_give_the_same_sessions(
    journal: Journal,
    aw_week: ActivityWatchServer,
    profiles: list[BrowserProfile],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Pages of 7 events: page borders fall inside sessions and on shared timestamps.
    monkeypatch.setattr(activitywatch_live, "PAGE_SIZE", 7)
    _turn_on(journal, aw_week.url, profiles)

    report = capture.sync(journal, profiles=profiles, tz=UTC)

    assert report.results[0].read_count == 7 * (20 + 10 + 10 + 1) + 7 * 10 + 7 * 3
    assert inbox.count_waiting(journal) == 18
