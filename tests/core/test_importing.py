"""Importing AI-use sessions into the journal: the preview, one transaction, no duplicates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from vision_journal.core.importing import (
    CHUNK,
    DEFAULT_PURPOSE,
    DEFAULT_SPHERE,
    apply_import,
    import_note,
    preview_import,
)
from vision_journal.core.imports import (
    ImportCancelled,
    ImportedSession,
    ImportReport,
    Rejection,
    Skipped,
    parse_activitywatch,
    parse_chatgpt,
    parse_claude,
)
from vision_journal.core.journal import Journal
from vision_journal.core.records import AiToolInput, Mediation, ToolKind, UseSource

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"
TZ = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2026, 11, 18, 14, 30, tzinfo=dt.UTC)


def chatgpt_report() -> ImportReport:
    return parse_chatgpt(FIXTURES / "chatgpt_export.zip", tz=TZ, now=NOW)


def synthetic(count: int, minutes: int = 5, tool: str = "Gemini") -> ImportReport:
    start = dt.datetime(2026, 5, 1, 9, 0)
    sessions = tuple(
        ImportedSession(
            started_at=start + dt.timedelta(hours=3 * i),
            minutes=minutes,
            tool_name=tool,
            source=UseSource.ACTIVITYWATCH,
            source_id=f"activitywatch:{tool.lower()}:{1_777_000_000 + i}",
            message_count=3,
        )
        for i in range(count)
    )
    return ImportReport(
        sessions,
        (Rejection("bucket x", "2 events: 'duration' is missing"),),
        (Skipped("time in other apps and websites", 4),),
    )


def test_preview_counts_the_file_and_writes_nothing(journal: Journal) -> None:
    report = chatgpt_report()
    preview = preview_import(journal, report)
    assert preview.sessions == len(report.sessions) == 3
    assert preview.minutes == report.total_minutes
    assert (preview.first_day, preview.last_day) == (report.first_day, report.last_day)
    assert preview.duplicates == 0
    assert preview.new_sessions == 3
    assert preview.new_minutes == report.total_minutes
    assert preview.rejected == report.rejected
    assert preview.ignored_count == report.ignored_count
    assert preview.tools_to_create == ("ChatGPT",)
    assert journal.count_uses() == 0
    assert journal.tools() == []


def test_import_creates_the_tool_and_the_uses(journal: Journal) -> None:
    report = chatgpt_report()
    result = apply_import(journal, report)
    assert result.added == 3
    assert result.tools_created == ("ChatGPT",)
    (tool,) = journal.tools()
    assert (tool.name, tool.kind) == ("ChatGPT", ToolKind.CHAT_ASSISTANT)
    uses = sorted(journal.list_uses(), key=lambda u: u.started_at)
    assert [u.source_id for u in uses] == [s.source_id for s in report.sessions]
    assert [u.minutes for u in uses] == [s.minutes for s in report.sessions]
    assert sum(u.minutes for u in uses) == result.minutes == report.total_minutes
    for use, session in zip(uses, report.sessions, strict=True):
        assert use.source is UseSource.CHATGPT
        assert use.tool_id == tool.id
        assert (use.purpose, use.sphere) == (DEFAULT_PURPOSE, DEFAULT_SPHERE)
        assert (use.circle_id, use.mediation) == (None, Mediation.NONE)
        assert use.started_at == session.started_at.replace(second=0)
        assert use.note == import_note(session)
        assert "CANARY" not in use.note


def test_an_existing_tool_is_found_by_name_ignoring_case(journal: Journal) -> None:
    mine = journal.save_tool(AiToolInput("chatgpt", ToolKind.WRITING_ASSISTANT))
    assert preview_import(journal, chatgpt_report()).tools_to_create == ()
    result = apply_import(journal, chatgpt_report())
    assert result.tools_created == ()
    assert {u.tool_id for u in journal.list_uses()} == {mine.id}


def test_reimporting_the_same_file_adds_nothing(journal: Journal) -> None:
    apply_import(journal, chatgpt_report())
    before = journal.list_uses()
    preview = preview_import(journal, chatgpt_report())
    assert (preview.new_sessions, preview.duplicates) == (0, 3)
    assert not preview.has_anything_to_import
    result = apply_import(journal, chatgpt_report())
    assert (result.added, result.duplicates) == (0, 3)
    assert journal.list_uses() == before
    assert len(journal.tools()) == 1


def test_cancel_leaves_the_journal_unchanged(journal: Journal) -> None:
    report = synthetic(CHUNK * 2 + 10)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))

    with pytest.raises(ImportCancelled):
        apply_import(journal, report, progress=progress, is_cancelled=lambda: len(calls) >= 2)
    assert calls[:2] == [(0, CHUNK * 2 + 10), (CHUNK, CHUNK * 2 + 10)]
    assert journal.count_uses() == 0
    assert journal.tools() == []


def test_a_failure_halfway_leaves_the_journal_unchanged(journal: Journal) -> None:
    def progress(done: int, _total: int) -> None:
        if done >= CHUNK:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        apply_import(journal, synthetic(CHUNK + 1), progress=progress)
    assert journal.count_uses() == 0
    assert journal.tools() == []


def test_progress_reaches_the_total(journal: Journal) -> None:
    calls: list[tuple[int, int]] = []
    apply_import(journal, synthetic(7), progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (7, 7)
    assert journal.count_uses() == 7


def test_a_session_longer_than_a_day_is_refused_with_the_reason(journal: Journal) -> None:
    report = synthetic(2)
    long = ImportReport(
        (
            *report.sessions[:1],
            ImportedSession(
                dt.datetime(2026, 5, 3, 8, 0),
                1500,
                "Gemini",
                UseSource.ACTIVITYWATCH,
                "aw:long:1",
                9,
            ),
        ),
        (),
    )
    preview = preview_import(journal, long)
    assert preview.new_sessions == 1
    assert len(preview.rejected) == 1
    assert "more than the 24 hours" in preview.rejected[0].why
    assert apply_import(journal, long).added == 1


def test_late_night_sessions_count_to_the_day_before(journal: Journal) -> None:
    night = ImportReport(
        (
            ImportedSession(
                dt.datetime(2026, 5, 6, 1, 30, 42), 20, "Claude", UseSource.CLAUDE, "claude:x:1", 4
            ),
        ),
        (),
    )
    apply_import(journal, night)
    (use,) = journal.list_uses()
    assert use.day == dt.date(2026, 5, 5)
    assert use.started_at == dt.datetime(2026, 5, 6, 1, 30)


def test_claude_and_activitywatch_exports_import(journal: Journal) -> None:
    claude = parse_claude(FIXTURES / "claude_conversations.json", tz=TZ, now=NOW)
    watched = parse_activitywatch(FIXTURES / "activitywatch_export.json", tz=TZ, now=NOW)
    first = apply_import(journal, claude)
    second = apply_import(journal, watched)
    assert first.added == len(claude.sessions) > 0
    assert second.added == len(watched.sessions) > 0
    assert journal.count_uses() == first.added + second.added
    names = {t.name for t in journal.tools()}
    assert {s.tool_name for s in (*claude.sessions, *watched.sessions)} == names
    assert all("CANARY" not in u.note for u in journal.list_uses())
