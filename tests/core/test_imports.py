"""The AI-use importers: real export shapes in, sessions out, never any message text.

The samples under `tests/fixtures/imports/` are written by hand after the published formats;
every piece of text in them contains "CANARY", so a single search over the reports and error
messages shows that no text leaks.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import tempfile
import time
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vision_journal.core.imports import (
    ImportCancelled,
    ImportedSession,
    ImportFormatError,
    ImportReport,
    Rejection,
    Skipped,
    ToolPattern,
    parse_activitywatch,
    parse_activitywatch_data,
    parse_chatgpt,
    parse_chatgpt_data,
    parse_claude,
    parse_claude_data,
)
from vision_journal.core.imports.activitywatch import url_host
from vision_journal.core.imports.sessions import chat_minutes, chat_sessions, interval_sessions
from vision_journal.core.records import UseSource

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"

#: One hour east of UTC, without daylight saving, so expected local times are plain to read.
TZ = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2026, 11, 18, 14, 30, tzinfo=dt.UTC)

Parser = Callable[..., ImportReport]


def at(year: int, month: int, day: int, hour: int, minute: int, second: int = 0) -> dt.datetime:
    """A naive local time in TZ."""
    return dt.datetime(year, month, day, hour, minute, second)


def parse(parser: Parser, name: str, **options: object) -> ImportReport:
    return parser(FIXTURES / name, tz=TZ, now=NOW, **options)


def summary(report: ImportReport) -> list[tuple[dt.datetime, int, str, int]]:
    return [(s.started_at, s.minutes, s.tool_name, s.message_count) for s in report.sessions]


# ---------------------------------------------------------------------------------------------
# ChatGPT


def test_chatgpt_groups_messages_into_sessions_by_the_gap_rule() -> None:
    report = parse(parse_chatgpt, "chatgpt_conversations.json")

    assert summary(report) == [
        # 09:00:00.25 .. 09:10:30 UTC: span 10.5 min -> 11, plus 2 for the last message.
        (at(2026, 3, 10, 10, 0, 0), 13, "ChatGPT", 4),
        # Two hours later: a new session; 20 s -> 1 min, plus 2.
        (at(2026, 3, 10, 12, 0, 0), 3, "ChatGPT", 2),
        # A question and the answer kept after regenerating (the first answer is a side
        # branch, skipped): 90 s -> 2 min, plus 2.
        (at(2026, 3, 12, 21, 15, 0), 4, "ChatGPT", 2),
    ]
    assert {s.source for s in report.sessions} == {UseSource.CHATGPT}


def test_chatgpt_source_ids_name_conversation_and_first_message() -> None:
    report = parse(parse_chatgpt, "chatgpt_conversations.json")

    assert [s.source_id for s in report.sessions] == [
        "chatgpt:6650a1b2-aaaa-4000-8000-000000000001:1773133200",
        "chatgpt:6650a1b2-aaaa-4000-8000-000000000001:1773140400",
        "chatgpt:6650a1b2-bbbb-4000-8000-000000000002:1773346500",
    ]


def test_chatgpt_skips_a_conversation_without_user_or_assistant_messages() -> None:
    report = parse(parse_chatgpt, "chatgpt_conversations.json")

    assert report.rejected == ()
    assert report.found == 3
    assert Skipped("empty conversations", 1) in report.skipped


def test_chatgpt_skips_system_and_tool_messages_and_side_branches_in_words() -> None:
    report = parse(parse_chatgpt, "chatgpt_conversations.json")

    # Two system messages and one tool message; the answer replaced by a regenerated one.
    assert report.skipped == (
        Skipped("system and tool messages", 3),
        Skipped("earlier versions of edited or regenerated messages", 1),
        Skipped("empty conversations", 1),
    )
    assert report.ignored_count == 5


def test_chatgpt_report_totals() -> None:
    report = parse(parse_chatgpt, "chatgpt_conversations.json")

    assert report.first_day == dt.date(2026, 3, 10)
    assert report.last_day == dt.date(2026, 3, 12)
    assert report.total_minutes == 20


def test_chatgpt_zip_gives_the_same_report_as_the_json() -> None:
    from_zip = parse(parse_chatgpt, "chatgpt_export.zip")
    from_json = parse(parse_chatgpt, "chatgpt_conversations.json")

    assert from_zip == from_json


@pytest.mark.parametrize(
    ("parser", "name"),
    [
        (parse_chatgpt, "chatgpt_conversations.json"),
        (parse_chatgpt, "chatgpt_export.zip"),
        (parse_claude, "claude_conversations.json"),
        (parse_activitywatch, "activitywatch_export.json"),
    ],
)
def test_parsing_twice_gives_identical_ids(parser: Parser, name: str) -> None:
    first = parse(parser, name)
    second = parse(parser, name)

    assert [s.source_id for s in first.sessions] == [s.source_id for s in second.sessions]
    assert first == second
    assert len({s.source_id for s in first.sessions}) == len(first.sessions)


def test_chatgpt_smaller_gap_splits_sessions() -> None:
    report = parse(parse_chatgpt, "chatgpt_conversations.json", gap_minutes=5)

    # The 9 minute 20 second pause inside the first session now splits it.
    assert summary(report)[:2] == [
        (at(2026, 3, 10, 10, 0, 0), 3, "ChatGPT", 2),
        (at(2026, 3, 10, 10, 10, 0), 3, "ChatGPT", 2),
    ]


def test_chatgpt_reports_each_kind_of_broken_item() -> None:
    report = parse(parse_chatgpt, "chatgpt_missing_fields.json")

    assert report.sessions == ()
    assert set(report.rejected) >= {
        Rejection("conversation 1", "is a string, not an object"),
        Rejection("conversation 3 (conv-no-mapping)", "'mapping' is missing"),
        Rejection("conversation 4 (conv-list-mapping)", "'mapping' is a list, not an object"),
    }
    conversation_5 = "conversation 5 (conv-wrong-types)"
    assert set(report.rejected) >= {
        Rejection(conversation_5, "a node is not an object"),
        Rejection(conversation_5, "'author.role' is missing"),
        Rejection(conversation_5, "'message' is not an object"),
        Rejection(conversation_5, "has no message or conversation times"),
    }


def test_chatgpt_rejects_out_of_range_times_and_keeps_the_rest() -> None:
    report = parse(parse_chatgpt, "chatgpt_out_of_range.json")

    # The messages with impossible times count, at their neighbour's time.
    assert summary(report) == [(at(2026, 3, 10, 10, 0, 0), 2, "ChatGPT", 3)]
    neighbour = "; a neighbouring message's time was used"
    assert report.rejected == (
        Rejection("conversation 1 (conv-mixed)", "'create_time' is before 1970-01-01" + neighbour),
        Rejection(
            "conversation 1 (conv-mixed)",
            "'create_time' is more than a year in the future" + neighbour,
        ),
        Rejection(
            "conversation 2 (conv-only-bad)",
            "2 messages: 'create_time' is more than a year in the future" + neighbour,
        ),
        Rejection("conversation 2 (conv-only-bad)", "has no message or conversation times"),
    )


@pytest.mark.parametrize(("local_hour", "accepted"), [(0, False), (1, True)])
def test_a_naive_now_is_read_as_local_time(local_hour: int, accepted: bool) -> None:
    # 2100-01-01 00:00 UTC is exactly a year after 2099-01-01 01:00 in TZ (UTC+1).
    now = dt.datetime(2099, 1, 1, local_hour)
    report = parse_chatgpt(FIXTURES / "chatgpt_out_of_range.json", tz=TZ, now=now)

    in_2100 = [s for s in report.sessions if s.started_at.year == 2100]
    assert bool(in_2100) is accepted


def test_without_tz_times_are_in_the_system_zone() -> None:
    report = parse_chatgpt(FIXTURES / "chatgpt_conversations.json", now=NOW)

    assert report.sessions[0].started_at == dt.datetime.fromtimestamp(1773133200)


# ---------------------------------------------------------------------------------------------
# Claude


def test_claude_groups_messages_into_sessions() -> None:
    report = parse(parse_claude, "claude_conversations.json")

    assert summary(report) == [
        # 18:00:00 .. 18:07:00 UTC: 7 min plus 2.
        (at(2026, 3, 10, 19, 0, 0), 9, "Claude", 3),
        # The next morning: a new session, 10 s -> 1 min, plus 2.
        (at(2026, 3, 11, 8, 45, 0), 3, "Claude", 2),
        # Only one message has a usable time; the other two take it: 2 minutes.
        (at(2026, 3, 13, 13, 0, 0), 2, "Claude", 3),
    ]
    assert report.sessions[0].source_id == "claude:0b6c2e61-1111-4a3e-9d2f-000000000001:1773165600"
    assert {s.source for s in report.sessions} == {UseSource.CLAUDE}


def test_claude_skips_empty_conversations_and_reports_bad_times() -> None:
    report = parse(parse_claude, "claude_conversations.json")

    assert report.skipped == (Skipped("empty conversations", 1),)
    neighbour = "; a neighbouring message's time was used"
    assert report.rejected == (
        Rejection(
            "conversation 3 (0b6c2e61-3333-4a3e-9d2f-000000000003)",
            "'created_at' is not an ISO-8601 time" + neighbour,
        ),
        Rejection(
            "conversation 3 (0b6c2e61-3333-4a3e-9d2f-000000000003)",
            "'created_at' is before 1970-01-01" + neighbour,
        ),
    )


def test_claude_zip_gives_the_same_report_as_the_json() -> None:
    assert parse(parse_claude, "claude_export.zip") == parse(
        parse_claude, "claude_conversations.json"
    )


# ---------------------------------------------------------------------------------------------
# ActivityWatch


def test_activitywatch_sums_ai_tool_time_per_tool() -> None:
    report = parse(parse_activitywatch, "activitywatch_export.json")

    assert summary(report) == [
        # ChatGPT app: 300 s + 120.5 s = 7.01 min -> 8.
        (at(2026, 3, 10, 10, 0, 0), 8, "ChatGPT", 2),
        # A Firefox window titled "... Claude ..." and a claude.ai tab over the same minutes:
        # the overlap counts once, 10 min.
        (at(2026, 3, 10, 10, 10, 0), 10, "Claude", 2),
        # 59.2 s, then 10 minutes of which the last 5 were away from the keyboard: 5.99 -> 6.
        (at(2026, 3, 10, 12, 0, 0), 6, "ChatGPT", 2),
    ]
    assert [s.source_id for s in report.sessions] == [
        "activitywatch:chatgpt:1773133200",
        "activitywatch:claude:1773133800",
        "activitywatch:chatgpt:1773140400",
    ]
    assert {s.source for s in report.sessions} == {UseSource.ACTIVITYWATCH}


def test_activitywatch_counts_other_apps_as_ignored_not_rejected() -> None:
    report = parse(parse_activitywatch, "activitywatch_export.json")

    # VS Code, a weather tab, a zero-length switch, an example.com tab, two editor events.
    assert report.ignored_count == 6
    assert report.rejected == (
        Rejection("bucket aw-watcher-window_laptop", "'timestamp' is not an ISO-8601 time"),
        Rejection(
            "bucket aw-watcher-window_laptop", "'timestamp' is more than a year in the future"
        ),
    )


def test_activitywatch_without_afk_counts_the_away_time() -> None:
    report = parse(parse_activitywatch, "activitywatch_export.json", use_afk=False)

    assert summary(report)[2] == (at(2026, 3, 10, 12, 0, 0), 11, "ChatGPT", 2)


def test_activitywatch_patterns_are_editable() -> None:
    report = parse(
        parse_activitywatch,
        "activitywatch_export.json",
        patterns=[ToolPattern("Claude", host_regex=r"claude\.ai")],
    )

    # Only the tab counts now; the window title alone no longer does.
    assert summary(report) == [(at(2026, 3, 10, 10, 12, 0), 5, "Claude", 1)]


def test_activitywatch_refuses_an_invalid_pattern() -> None:
    with pytest.raises(ValueError, match="Broken"):
        parse(
            parse_activitywatch,
            "activitywatch_export.json",
            patterns=[ToolPattern("Broken", app_regex="(")],
        )


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://claude.ai/chat/1", "claude.ai"),
        ("https://user:pw@Chat.OpenAI.com:443/c/2?x=1", "chat.openai.com"),
        ("https://chatgpt.com", "chatgpt.com"),
        ("https://gemini.google.com?q=1", "gemini.google.com"),
        ("about:blank", None),
        ("file:///home/x", None),
    ],
)
def test_url_host(url: str, host: str | None) -> None:
    assert url_host(url) == host


def test_activitywatch_title_match_only_for_browsers() -> None:
    def window(app: str, title: str) -> dict[str, object]:
        return {
            "timestamp": "2026-03-10T09:00:00Z",
            "duration": 60,
            "data": {"app": app, "title": title},
        }

    data = {
        "buckets": {
            "w": {
                "type": "currentwindow",
                "hostname": "h",
                "events": [
                    window("Google Chrome", "Gemini - Google Chrome"),
                    window("Slack", "Gemini channel"),
                    window("Perplexity.exe", "anything"),
                ],
            }
        }
    }
    report = parse_activitywatch_data(data, tz=TZ, now=NOW)

    assert sorted(s.tool_name for s in report.sessions) == ["Gemini", "Perplexity"]
    assert report.ignored_count == 1


# ---------------------------------------------------------------------------------------------
# The grouping rule and the minutes estimate, written out


@pytest.mark.parametrize(
    ("span_seconds", "minutes"),
    [(0, 2), (1, 3), (59, 3), (60, 3), (61, 4), (600, 12), (629.75, 13)],
)
def test_chat_minutes_are_the_span_rounded_up_plus_two(span_seconds: float, minutes: int) -> None:
    assert chat_minutes(1000.0, 1000.0 + span_seconds) == minutes


@pytest.mark.parametrize(
    ("offsets", "sizes"),
    [
        ([0], [1]),
        ([0, 1800], [2]),  # exactly 30 minutes: still one session
        ([0, 1801], [1, 1]),  # more than 30 minutes: a new session
        ([0, 1000, 2000, 3000], [4]),  # each gap is short, however long the whole
        ([3000, 0, 1801, 5000], [1, 2, 1]),  # unsorted input is sorted first
    ],
)
def test_gap_rule(offsets: list[int], sizes: list[int]) -> None:
    sessions = chat_sessions(
        [1_700_000_000.0 + o for o in offsets],
        key="k",
        tool_name="T",
        source=UseSource.CHATGPT,
        gap_minutes=30,
        tz=TZ,
    )

    assert [s.message_count for s in sessions] == sizes


def test_a_session_across_a_daylight_saving_change_counts_real_minutes() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # 01:50 CET and 03:10 CEST on 2026-03-29 are 20 real minutes apart.
    first = dt.datetime(2026, 3, 29, 0, 50, tzinfo=dt.UTC).timestamp()
    sessions = chat_sessions(
        [first, first + 1200], key="k", tool_name="T", source=UseSource.CLAUDE, gap_minutes=30,
        tz=berlin,
    )  # fmt: skip

    assert [(s.started_at, s.minutes) for s in sessions] == [(at(2026, 3, 29, 1, 50, 0), 22)]


def test_interval_sessions_count_overlaps_once_and_split_on_gaps() -> None:
    sessions = interval_sessions(
        [(0.0, 100.0, 1), (50.0, 130.0, 1), (120.0, 125.0, 1), (2000.0, 2001.0, 1)],
        key="t",
        tool_name="T",
        source=UseSource.ACTIVITYWATCH,
        gap_minutes=30,
        tz=dt.UTC,
    )

    assert [(s.minutes, s.message_count) for s in sessions] == [(3, 3), (1, 1)]


def test_gap_minutes_must_be_positive() -> None:
    with pytest.raises(ValueError, match="gap_minutes"):
        parse(parse_chatgpt, "chatgpt_conversations.json", gap_minutes=0)


# ---------------------------------------------------------------------------------------------
# Files that cannot be imported at all


@pytest.mark.parametrize(
    ("parser", "name", "message"),
    [
        (parse_chatgpt, "not_json.json", "not_json.json: is not valid JSON (Expecting value"),
        (parse_claude, "not_json.json", "not_json.json: is not valid JSON"),
        (parse_activitywatch, "not_json.json", "not_json.json: is not valid JSON"),
        (
            parse_claude,
            "activitywatch_export.json",
            "activitywatch_export.json: This looks like an ActivityWatch export, not a Claude "
            "export. Choose the matching source.",
        ),
        (
            parse_claude,
            "chatgpt_conversations.json",
            "chatgpt_conversations.json: This looks like a ChatGPT export, not a Claude export.",
        ),
        (
            parse_chatgpt,
            "claude_export.zip",
            "claude_export.zip/conversations.json: This looks like a Claude export, not a "
            "ChatGPT export.",
        ),
        (
            parse_chatgpt,
            "chatgpt_truncated.zip",
            "chatgpt_truncated.zip: the zip file is damaged or incomplete",
        ),
        (
            parse_activitywatch,
            "activitywatch_wrong_shape.json",
            "activitywatch_wrong_shape.json: 'buckets' is missing",
        ),
        (
            parse_activitywatch,
            "chatgpt_conversations.json",
            "chatgpt_conversations.json: This looks like a ChatGPT export, not an ActivityWatch "
            "export.",
        ),
        (parse_activitywatch, "chatgpt_export.zip", "chatgpt_export.zip: is a zip file"),
        (parse_chatgpt, "missing.json", "missing.json: cannot be read"),
    ],
)
def test_unusable_files_raise_a_clear_format_error(parser: Parser, name: str, message: str) -> None:
    with pytest.raises(ImportFormatError) as raised:
        parse(parser, name)

    assert str(raised.value).startswith(message)
    assert "CANARY" not in str(raised.value)


def test_files_over_the_size_limit_are_refused_unread() -> None:
    with pytest.raises(ImportFormatError, match=r"is 6\.7 KiB, more than the limit of 1000 bytes"):
        parse(parse_chatgpt, "chatgpt_conversations.json", max_bytes=1000)


def test_a_zip_member_over_the_size_limit_is_refused() -> None:
    size = (FIXTURES / "chatgpt_export.zip").stat().st_size
    with pytest.raises(
        ImportFormatError, match=r"chatgpt_export.zip/conversations.json: is 6\.7 KiB, more than"
    ):
        parse(parse_chatgpt, "chatgpt_export.zip", max_bytes=size)


def test_a_zip_without_conversations_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("chat.html", "<html>CANARY</html>")

    with pytest.raises(ImportFormatError, match=r"other\.zip: the zip file holds no conversations"):
        parse_chatgpt(path)


def test_conversations_inside_a_folder_of_the_zip_are_found(tmp_path: Path) -> None:
    path = tmp_path / "nested.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(FIXTURES / "chatgpt_conversations.json", "export-2026/conversations.json")

    assert len(parse_chatgpt(path, tz=TZ, now=NOW).sessions) == 3


# ---------------------------------------------------------------------------------------------
# Privacy: no message text anywhere


ALL_SAMPLES = [
    (parser, path.name)
    for path in sorted(FIXTURES.iterdir())
    for parser in (parse_chatgpt, parse_claude, parse_activitywatch)
]


@pytest.mark.parametrize(("parser", "name"), ALL_SAMPLES)
def test_no_message_text_in_reports_or_errors(parser: Parser, name: str) -> None:
    try:
        outcome = repr(parse(parser, name))
    except ImportFormatError as error:
        outcome = repr(error) + str(error)

    assert "CANARY" not in outcome


# ---------------------------------------------------------------------------------------------
# Progress and cancel, for the worker thread


@pytest.mark.parametrize(
    ("parser", "name", "total"),
    [
        # Conversations are read as a stream: progress counts the file's bytes.
        (parse_chatgpt, "chatgpt_conversations.json", 6876),
        (parse_claude, "claude_conversations.json", 2963),
        (parse_activitywatch, "activitywatch_export.json", 15),
    ],
)
def test_progress_ends_with_all_items_done(parser: Parser, name: str, total: int) -> None:
    calls: list[tuple[int, int]] = []

    parse(parser, name, progress=lambda done, of: calls.append((done, of)))

    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)


@pytest.mark.parametrize(
    ("parser", "name"),
    [
        (parse_chatgpt, "chatgpt_conversations.json"),
        (parse_claude, "claude_conversations.json"),
        (parse_activitywatch, "activitywatch_export.json"),
    ],
)
def test_cancel_stops_the_import(parser: Parser, name: str) -> None:
    with pytest.raises(ImportCancelled):
        parse(parser, name, is_cancelled=lambda: True)


# ---------------------------------------------------------------------------------------------
# Garbage never escapes as anything but ImportFormatError or rejections

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(
        [
            "",
            "user",
            "assistant",
            "human",
            "system",
            "afk",
            "currentwindow",
            "web.tab.current",
            "afkstatus",
            "ChatGPT",
            "Firefox",
            "https://claude.ai/x",
            "2026-03-10T09:00:00Z",
            "2026-03-10T09:00:00",
            "9999-12-31T23:59:59-23:59",
            "0001-01-01T00:00:00+14:00",
            "CANARY",
        ]
    )
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "uuid",
                    "mapping",
                    "message",
                    "author",
                    "role",
                    "create_time",
                    "chat_messages",
                    "sender",
                    "created_at",
                    "buckets",
                    "type",
                    "hostname",
                    "events",
                    "timestamp",
                    "duration",
                    "data",
                    "app",
                    "title",
                    "url",
                    "status",
                ]
            )
            | st.text(max_size=4),
            children,
            max_size=5,
        )
    ),
    max_leaves=40,
)


def _samples() -> list[tuple[Callable[..., ImportReport], object]]:
    pairs: list[tuple[Callable[..., ImportReport], object]] = []
    for parser, name in [
        (parse_chatgpt_data, "chatgpt_conversations.json"),
        (parse_claude_data, "claude_conversations.json"),
        (parse_activitywatch_data, "activitywatch_export.json"),
    ]:
        pairs.append((parser, json.loads((FIXTURES / name).read_text(encoding="utf-8"))))
    return pairs


SAMPLES = _samples()


def _paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_paths(child, (*prefix, index)))
    return found


def _replace(value: object, path: tuple[object, ...], new: object) -> object:
    if not path:
        return new
    container = copy.deepcopy(value)
    target = container
    for step in path[:-1]:
        target = target[step]  # type: ignore[index]
    target[path[-1]] = new  # type: ignore[index]
    return container


def _check(report: ImportReport) -> None:
    assert isinstance(report, ImportReport)
    for session in report.sessions:
        assert isinstance(session, ImportedSession)
        assert session.minutes >= 1
        assert session.message_count >= 1
        assert session.started_at.tzinfo is None
    # Ids are repeated on purpose: the journal keeps a session's id to know a re-import, and
    # a rejection names the conversation or bucket it means. No other text of the file is.
    shown = [dataclasses.replace(s, source_id="") for s in report.sessions]
    reasons = [r.why for r in report.rejected]
    assert "CANARY" not in repr((shown, reasons))


def _check_outcome(run: Callable[[], ImportReport]) -> None:
    """`run` either returns a sound report or raises ImportFormatError; neither holds text."""
    message = ""
    try:
        report = run()
    except ImportFormatError as error:
        message = str(error)
    else:
        _check(report)
    assert "CANARY" not in message


@given(garbage=json_values)
def test_garbage_json_gives_a_format_error_or_a_report(garbage: object) -> None:
    for parser in (parse_chatgpt_data, parse_claude_data, parse_activitywatch_data):
        _check_outcome(partial(parser, garbage, tz=TZ, now=NOW))


@given(data=st.data(), garbage=json_values)
@settings(max_examples=300)
def test_mutated_samples_give_a_format_error_or_a_report(
    data: st.DataObject, garbage: object
) -> None:
    parser, sample = data.draw(st.sampled_from(SAMPLES))
    path = data.draw(st.sampled_from(_paths(sample)))
    mutated = _replace(sample, path, garbage)
    _check_outcome(lambda: parser(mutated, tz=TZ, now=NOW))


@given(raw=st.binary(max_size=64) | st.text(max_size=64).map(str.encode))
@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60)
def test_garbage_bytes_give_a_format_error_or_a_report(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".json", ".zip"):
            path = Path(folder) / f"garbage{suffix}"
            path.write_bytes(raw)
            for parser in (parse_chatgpt, parse_claude, parse_activitywatch):
                _check_outcome(partial(parser, path, tz=TZ, now=NOW))


# ---------------------------------------------------------------------------------------------
# Speed: reported, not asserted (machines differ)


def synthetic_activitywatch(events: int) -> dict[str, object]:
    """An export with `events` window events: mostly other apps, a few AI tools, some AFK."""
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    apps = [("Code", "file{} - Visual Studio Code"), ("Slack", "channel {}"), ("Terminal", "~{}")]
    window_events: list[dict[str, object]] = []
    for index in range(events):
        moment = start + dt.timedelta(seconds=10 * index)
        if index % 20 == 0:
            data = {"app": "ChatGPT", "title": f"chat {index % 300}"}
        elif index % 33 == 0:
            data = {"app": "Firefox", "title": f"talk {index % 200} - Claude - Mozilla Firefox"}
        else:
            app, title = apps[index % 3]
            data = {"app": app, "title": title.format(index % 700)}
        window_events.append(
            {"id": index, "timestamp": moment.isoformat(), "duration": 9.5, "data": data}
        )
    afk_events = [
        {
            "timestamp": (start + dt.timedelta(hours=hour, minutes=50)).isoformat(),
            "duration": 300.0,
            "data": {"status": "afk"},
        }
        for hour in range(events * 10 // 3600 + 1)
    ]
    return {
        "buckets": {
            "aw-watcher-window_h": {
                "type": "currentwindow",
                "hostname": "h",
                "events": window_events,
            },
            "aw-watcher-afk_h": {"type": "afkstatus", "hostname": "h", "events": afk_events},
        }
    }


def test_speed_of_200k_activitywatch_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "aw.json"
    path.write_text(json.dumps(synthetic_activitywatch(200_000)), encoding="utf-8")

    started = time.perf_counter()
    report = parse_activitywatch(path, tz=TZ, now=NOW)
    elapsed = time.perf_counter() - started

    assert report.sessions
    with capsys.disabled():
        print(f"\n200k ActivityWatch events: {elapsed:.2f} s, {len(report.sessions)} sessions")
