"""One session, one use across file imports: an imported chat that overlaps a session capture
found and that waits in the inbox joins it, and importing the file again adds nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.conftest import FIXED_NOW
from vision_journal.core.capture import inbox
from vision_journal.core.capture.inbox import FoundCandidate, Labels
from vision_journal.core.export.data_json import export_json
from vision_journal.core.export.data_merge import apply_data_import, plan_data_import
from vision_journal.core.importing import apply_import, preview_import
from vision_journal.core.imports.chatgpt import parse_chatgpt
from vision_journal.core.imports.claude import parse_claude
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import Sphere, ToolKind, UsePurpose, UseSource

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


def _found(journal: Journal, tool: str, start: dt.datetime, minutes: int, key: str) -> None:
    inbox.file_sessions(
        journal,
        [
            FoundCandidate(
                tool,
                ToolKind.CHAT_ASSISTANT,
                start,
                start + dt.timedelta(minutes=minutes),
                minutes,
                "activitywatch",
                key,
            )
        ],
    )


def test_an_imported_chat_joins_the_waiting_session_it_overlaps_and_a_reimport_adds_nothing(
    journal: Journal,
) -> None:
    report = parse_chatgpt(FIXTURES / "chatgpt_conversations.json")
    first = report.sessions[0]  # 09:00, 13 minutes
    # ActivityWatch saw the same sitting from 08:58 for 20 minutes.
    _found(journal, "ChatGPT", first.started_at - dt.timedelta(minutes=2), 20, "aw:1")

    result = apply_import(journal, report)

    assert (result.added, result.joined_inbox) == (2, 1)
    assert journal.count_uses() == 2  # the joined one waits to be confirmed
    [waiting] = inbox.waiting_sessions(journal)
    assert waiting.sources == ("activitywatch", "chatgpt")
    assert waiting.source_ids[1] == ("chatgpt", first.source_id)
    assert waiting.minutes == 20  # the larger, never the sum
    assert inbox.found_by_text(waiting.sources) == "ActivityWatch and your ChatGPT export"

    again = preview_import(journal, report)
    assert (again.new_sessions, again.duplicates) == (0, 3)
    assert apply_import(journal, report).added == 0
    assert journal.count_uses() == 2
    assert inbox.count_waiting(journal) == 1

    inbox.confirm(journal, {waiting.id: Labels(UsePurpose.WORK_TASK, Sphere.PERSONAL)})
    assert apply_import(journal, report).added == 0  # confirmed, still one use
    assert journal.count_uses() == 3
    assert inbox.use_sources(journal, max(u.id for u in journal.list_uses())) == (
        "activitywatch",
        "chatgpt",
    )


def test_a_claude_export_joins_only_its_own_tool_and_a_dismissed_session_takes_nothing(
    journal: Journal,
) -> None:
    report = parse_claude(FIXTURES / "claude_conversations.json")
    evening, morning = report.sessions[0], report.sessions[1]
    _found(journal, "ChatGPT", evening.started_at, 9, "aw:chatgpt")  # another tool
    _found(journal, "Claude", morning.started_at, 3, "aw:claude")
    dismissed = next(s for s in inbox.waiting_sessions(journal) if s.tool_name == "Claude")
    inbox.dismiss(journal, [dismissed.id])

    result = apply_import(journal, report)

    assert (result.added, result.joined_inbox) == (3, 0)
    assert {u.source for u in journal.list_uses()} == {UseSource.CLAUDE}
    [chatgpt] = inbox.waiting_sessions(journal)
    assert chatgpt.sources == ("activitywatch",)


def test_merging_a_data_export_carries_found_sessions_once(
    journal: Journal, tmp_path: Path
) -> None:
    start = dt.datetime(2026, 11, 16, 10, 0)
    _found(journal, "Claude", start, 15, "aw:monday")
    _found(journal, "Claude", start + dt.timedelta(days=1), 15, "aw:tuesday")
    dismissed = inbox.waiting_sessions(journal)[0]  # Tuesday, the newest
    inbox.dismiss(journal, [dismissed.id])
    data = export_json(journal)

    other = Journal.open(JournalPaths(tmp_path / "other"), clock=lambda: FIXED_NOW)
    try:
        _found(other, "ChatGPT", start, 5, "aw:other")  # the journal is not empty
        plan = plan_data_import(other, data)
        assert not plan.is_restore
        assert plan.new.get("found_sessions") == 2

        apply_data_import(other, plan)

        waiting = inbox.waiting_sessions(other)
        assert sorted(s.tool_name for s in waiting) == ["ChatGPT", "Claude"]
        claude = next(s for s in waiting if s.tool_name == "Claude")
        assert claude.source_ids == (("activitywatch", "aw:monday"),)
        exported = export_json(other)["found_sessions"]
        assert isinstance(exported, list)
        assert sorted((f["tool_name"], f["state"]) for f in exported) == [
            ("ChatGPT", "waiting"),
            ("Claude", "dismissed"),
            ("Claude", "waiting"),
        ]

        again = plan_data_import(other, data)  # the same file again: nothing new
        assert again.new.get("found_sessions") is None
        assert again.present.get("found_sessions") == 2
        apply_data_import(other, again)
        assert len(export_json(other)["found_sessions"]) == 3  # type: ignore[arg-type]
    finally:
        other.close()


def test_a_confirmed_session_of_another_journal_is_not_taken_for_ones_own(
    journal: Journal, tmp_path: Path
) -> None:
    # Both journals confirm their first found session: each use is "found:1" of its own.
    _found(journal, "Claude", dt.datetime(2026, 11, 16, 10, 0), 15, "aw:mine")
    [mine] = inbox.waiting_sessions(journal)
    inbox.confirm(journal, {mine.id: Labels(UsePurpose.WORK_TASK, Sphere.PERSONAL)})
    other = Journal.open(JournalPaths(tmp_path / "other"), clock=lambda: FIXED_NOW)
    try:
        _found(other, "Claude", dt.datetime(2026, 11, 17, 20, 0), 30, "aw:theirs")
        [theirs] = inbox.waiting_sessions(other)
        inbox.confirm(other, {theirs.id: Labels(UsePurpose.PLANNING, Sphere.PERSONAL)})
        data = export_json(other)
    finally:
        other.close()
    assert [u.source_id for u in journal.list_uses()] == ["found:1"]

    plan = plan_data_import(journal, data)
    assert plan.new.get("uses") == 1
    assert plan.new.get("found_sessions") == 1
    apply_data_import(journal, plan)

    assert sorted(u.minutes for u in journal.list_uses()) == [15, 30]
    again = plan_data_import(journal, data)  # the same file again adds nothing
    assert (again.new.get("uses"), again.new.get("found_sessions")) == (None, None)
    assert again.conflicts == ()


def test_a_waiting_session_of_the_file_joins_the_one_the_journal_found_for_that_time(
    journal: Journal, tmp_path: Path
) -> None:
    start = dt.datetime(2026, 11, 16, 10, 0)
    _found(journal, "Claude", start, 15, "aw:laptop")
    other = Journal.open(JournalPaths(tmp_path / "other"), clock=lambda: FIXED_NOW)
    try:
        # The other computer saw the same sitting from 10:05 to 10:25.
        _found(other, "Claude", start + dt.timedelta(minutes=5), 20, "aw:desktop")
        _found(other, "Claude", start + dt.timedelta(days=1), 5, "aw:desktop-tuesday")
        data = export_json(other)
    finally:
        other.close()

    apply_data_import(journal, plan_data_import(journal, data))

    monday, tuesday = sorted(inbox.waiting_sessions(journal), key=lambda s: s.started_at)
    assert monday.source_ids == (("activitywatch", "aw:laptop"), ("activitywatch", "aw:desktop"))
    assert (monday.started_at, monday.ended_at) == (start, start + dt.timedelta(minutes=25))
    assert monday.minutes == 20  # the larger, never the sum
    assert tuesday.source_ids == (("activitywatch", "aw:desktop-tuesday"),)
    again = plan_data_import(journal, data)
    assert again.new.get("found_sessions") is None  # known by its sources: nothing new
