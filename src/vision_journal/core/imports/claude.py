"""Claude data export: `conversations.json`, on its own or inside the export zip.

The file is a list of conversations, each with `uuid`, `name`, `created_at`, `updated_at`
(ISO-8601 strings) and `chat_messages`: a list of messages with `uuid`, `sender` ("human" or
"assistant"), `created_at`, `text` and `content`. Only `uuid`, `sender` and `created_at` are
read; names and text never are.

Human and assistant messages are used for timing; any other sender is skipped. A `created_at`
without a zone is taken as UTC, which is what the export writes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from vision_journal.core.imports.reading import DEFAULT_MAX_BYTES, expect_list, kind_of, load_export
from vision_journal.core.imports.sessions import (
    DEFAULT_GAP_MINUTES,
    CancelCheck,
    ImportedSession,
    ImportReport,
    Pacer,
    ProgressCallback,
    Rejection,
    TimeBounds,
    build_report,
    chat_sessions,
    check_gap_minutes,
    short_id,
    summarise_problems,
)
from vision_journal.core.records import UseSource

TOOL_NAME = "Claude"

#: Senders whose messages a person wrote or read ("user" appears in some newer exports).
COUNTED_SENDERS = frozenset({"human", "user", "assistant"})


def parse_claude(
    path: str | Path,
    *,
    tz: dt.tzinfo | None = None,
    gap_minutes: int = DEFAULT_GAP_MINUTES,
    now: dt.datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Sessions from a Claude `conversations.json` or export `.zip` at `path`.

    Times are returned as naive wall-clock time in `tz` (None: the system's zone). Raises
    `ImportFormatError` if the file as a whole is unusable, `ImportCancelled` on cancel.
    """
    check_gap_minutes(gap_minutes)
    data, label = load_export(path, zip_member="conversations.json", max_bytes=max_bytes)
    return parse_claude_data(
        data,
        label=label,
        tz=tz,
        gap_minutes=gap_minutes,
        now=now,
        progress=progress,
        is_cancelled=is_cancelled,
    )


def parse_claude_data(
    data: object,
    *,
    label: str = "conversations.json",
    tz: dt.tzinfo | None = None,
    gap_minutes: int = DEFAULT_GAP_MINUTES,
    now: dt.datetime | None = None,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Sessions from already decoded Claude `conversations.json` content; see `parse_claude`."""
    check_gap_minutes(gap_minutes)
    conversations = expect_list(data, label, "conversations")
    bounds = TimeBounds(now, tz)
    pacer = Pacer(len(conversations), progress, is_cancelled, step=100)
    sessions: list[ImportedSession] = []
    rejected: list[Rejection] = []
    ignored = 0
    for index, item in enumerate(conversations, start=1):
        pacer.tick(index - 1)
        where = f"conversation {index}"
        if not isinstance(item, dict):
            rejected.append(Rejection(where, f"is {kind_of(item)}, not an object"))
            continue
        uuid = item.get("uuid")
        if not isinstance(uuid, str) or not uuid:
            rejected.append(Rejection(where, "has no 'uuid'"))
            continue
        where = f"conversation {index} ({short_id(uuid)})"
        messages = item.get("chat_messages")
        if messages is None:
            rejected.append(Rejection(where, "'chat_messages' is missing"))
            continue
        if not isinstance(messages, list):
            rejected.append(Rejection(where, f"'chat_messages' is {kind_of(messages)}, not a list"))
            continue
        epochs, problems, skipped = _message_times(messages, bounds)
        ignored += skipped
        rejected.extend(summarise_problems(where, problems, "messages"))
        if not epochs:
            rejected.append(Rejection(where, "has no timed human or assistant messages"))
            continue
        sessions.extend(
            chat_sessions(
                epochs,
                key=uuid,
                tool_name=TOOL_NAME,
                source=UseSource.CLAUDE,
                gap_minutes=gap_minutes,
                tz=tz,
            )
        )
    pacer.check(len(conversations))
    return build_report(sessions, rejected, ignored)


def parse_iso_epoch(value: str) -> float | None:
    """Epoch seconds of an ISO-8601 time (no zone: UTC), or None if it is not one."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    try:
        return moment.timestamp()
    except (OverflowError, ValueError, OSError):
        return None


def _message_times(
    messages: list[object], bounds: TimeBounds
) -> tuple[list[float], dict[str, int], int]:
    """The usable message times of one conversation, the problems by kind, the skipped count."""
    epochs: list[float] = []
    problems: dict[str, int] = {}
    skipped = 0

    def problem(why: str) -> None:
        problems[why] = problems.get(why, 0) + 1

    for message in messages:
        if not isinstance(message, dict):
            problem("a message is not an object")
            continue
        sender = message.get("sender")
        if not isinstance(sender, str):
            problem("'sender' is missing")
            continue
        if sender not in COUNTED_SENDERS:
            skipped += 1
            continue
        created_at = message.get("created_at")
        if not isinstance(created_at, str):
            problem("'created_at' is missing")
            continue
        epoch = parse_iso_epoch(created_at)
        if epoch is None:
            problem("'created_at' is not an ISO-8601 time")
            continue
        why = bounds.problem(epoch)
        if why is not None:
            problem(f"'created_at' {why}")
            continue
        epochs.append(epoch)
    return epochs, problems, skipped
