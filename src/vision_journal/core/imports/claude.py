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
from typing import Unpack

from vision_journal.core.imports.conversations import (
    ChatExport,
    DataOptions,
    FileOptions,
    MessageTimes,
    parse_chat_data,
    parse_chat_file,
)
from vision_journal.core.imports.sessions import ImportReport, TimeBounds
from vision_journal.core.records import UseSource

TOOL_NAME = "Claude"

#: Senders whose messages a person wrote or read ("user" appears in some newer exports).
COUNTED_SENDERS = frozenset({"human", "user", "assistant"})


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


def _message_times(messages: list[object], bounds: TimeBounds) -> MessageTimes:
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


#: How `conversations` reads a Claude export.
CLAUDE = ChatExport(
    tool_name=TOOL_NAME,
    source=UseSource.CLAUDE,
    id_keys=("uuid",),
    missing_id="has no 'uuid'",
    messages_key="chat_messages",
    messages_are_object=False,
    message_times=_message_times,
    roles="human or assistant",
)


def parse_claude(path: str | Path, **options: Unpack[FileOptions]) -> ImportReport:
    """Sessions from a Claude `conversations.json` or export `.zip` at `path`; the options
    are those of `conversations.parse_chat_file` (tz, gap_minutes, now, max_bytes, progress,
    is_cancelled)."""
    return parse_chat_file(path, CLAUDE, **options)


def parse_claude_data(data: object, **options: Unpack[DataOptions]) -> ImportReport:
    """Sessions from already decoded Claude `conversations.json` content; the options are
    those of `conversations.parse_chat_data`."""
    return parse_chat_data(data, CLAUDE, **options)
