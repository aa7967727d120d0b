"""Claude data export: `conversations.json` on its own, or the export zip.

The zip holds `conversations.json` beside `projects.json` and `users.json`; a large account
may come as several batches, each with its own `conversations.json` (all are read, and a
conversation found twice counts once). The file is a list of conversations, each with
`uuid`, `name` (possibly empty), `created_at`, `updated_at` (ISO-8601, either may be null)
and `chat_messages`: messages with `uuid`, `sender` ("human" or "assistant"), `created_at`,
`text`, `content` (a list of blocks: text, thinking, tool use and result, and types not
seen before) and, in newer exports, `parent_message_uuid`.

Only ids, senders, times and the parent links are read; names, text and content never are,
so a message whose text lives only in its `content` blocks counts like any other.

**Branches.** When messages carry `parent_message_uuid`, editing or retrying a message leaves
the earlier version as a side branch: the conversation a person saw is the path from the
last message (or `current_leaf_message_uuid`) back through the parent links, and the other
versions are skipped and counted. Without parent links the messages count in list order.

Human and assistant messages are used for timing; any other sender is skipped. A
`created_at` without a zone is taken as UTC, which is what the export writes; a message
without a time takes its predecessor's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Unpack

from vision_journal.core.imports.conversations import (
    ChatExport,
    DataOptions,
    FileOptions,
    Reading,
    epoch_of,
    parse_chat_data,
    parse_chat_file,
    parse_iso_epoch,
)
from vision_journal.core.imports.reading import kind_of
from vision_journal.core.imports.sessions import (
    SKIP_BRANCHES,
    SKIP_SERVICE,
    ImportReport,
    TimeBounds,
    count,
)
from vision_journal.core.records import UseSource

__all__ = ["CLAUDE", "parse_claude", "parse_claude_data", "parse_iso_epoch"]

TOOL_NAME = "Claude"

#: Senders whose messages a person wrote or read ("user" appears in some newer exports).
COUNTED_SENDERS = frozenset({"human", "user", "assistant"})


def _path(messages: list[object], leaf: object) -> list[object] | None:
    """The messages from the first to the leaf along the parent links, or None when the
    messages are not linked (older exports): then every message counts, in list order."""
    by_id: dict[str, dict[str, object]] = {}
    for message in messages:
        if not isinstance(message, dict) or not isinstance(message.get("uuid"), str):
            return None
        by_id[str(message["uuid"])] = message
    parents = {
        uuid: parent
        for uuid, message in by_id.items()
        if isinstance(parent := message.get("parent_message_uuid"), str)
        and parent in by_id
        and parent != uuid
    }
    if not parents:
        return None
    start = leaf if isinstance(leaf, str) and leaf in by_id else None
    if start is None:
        last = messages[-1]
        assert isinstance(last, dict)
        start = str(last["uuid"])
    path: list[object] = []
    seen: set[str] = set()
    node: str | None = start
    while node is not None and node not in seen:
        seen.add(node)
        path.append(by_id[node])
        node = parents.get(node)
    path.reverse()
    return path


def _read(conversation: dict[str, object], bounds: TimeBounds) -> Reading:
    reading = Reading()
    created, _ = epoch_of(conversation.get("created_at"), bounds)
    updated, _ = epoch_of(conversation.get("updated_at"), bounds)
    reading.conversation_times = (created, updated)
    messages = conversation.get("chat_messages")
    if messages is None:
        return reading  # an empty conversation: exports leave the list out or write null
    if not isinstance(messages, list):
        reading.unreadable = f"'chat_messages' is {kind_of(messages)}, not a list"
        return reading
    problems = reading.problems
    path = _path(messages, conversation.get("current_leaf_message_uuid"))
    if path is None:
        path = messages
    else:
        on_path = {id(message) for message in path}
        for message in messages:
            sender = message.get("sender") if isinstance(message, dict) else None
            if id(message) not in on_path and isinstance(sender, str) and sender in COUNTED_SENDERS:
                count(reading.skipped, SKIP_BRANCHES)
    for message in path:
        if not isinstance(message, dict):
            count(problems, "a message is not an object")
            continue
        sender = message.get("sender")
        if not isinstance(sender, str):
            count(problems, "'sender' is missing")
            continue
        if sender not in COUNTED_SENDERS:
            count(reading.skipped, SKIP_SERVICE)
            continue
        epoch, why = epoch_of(message.get("created_at"), bounds)
        if why is not None:
            count(problems, f"'created_at' {why}; a neighbouring message's time was used")
        reading.times.append(epoch)
    return reading


def _identity(conversation: dict[str, object]) -> list[object]:
    """Its start and its first message; the name only if there is nothing else."""
    messages = conversation.get("chat_messages")
    first = None
    if isinstance(messages, list) and messages and isinstance(messages[0], dict):
        first = messages[0].get("uuid")
    start = conversation.get("created_at")
    parts: list[object] = [
        start if isinstance(start, str) else None,
        first if isinstance(first, str) else None,
    ]
    if parts == [None, None]:
        name = conversation.get("name")
        parts.append(name if isinstance(name, str) and name else None)
    return parts


#: How `conversations` reads a Claude export.
CLAUDE = ChatExport(
    tool_name=TOOL_NAME,
    source=UseSource.CLAUDE,
    title="a Claude export",
    marker="chat_messages",
    id_keys=("uuid",),
    identity=_identity,
    read=_read,
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
