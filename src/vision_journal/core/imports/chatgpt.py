"""ChatGPT data export: `conversations.json`, on its own or inside the export zip.

The file is a list of conversations. Each has an `id` (older exports: `conversation_id`) and a
`mapping` from node id to `{id, message, parent, children}`; `message` is null for the root
node, otherwise it has `author.role` ("user", "assistant", "system", "tool") and `create_time`
in epoch seconds (a float, or null for hidden messages). The mapping holds every branch of the
conversation (regenerated answers, edited questions): all of them count, because the person
spent time on each.

Only user and assistant messages with a `create_time` are used for timing: system and tool
messages are written by the service, not read or typed by the person. Titles and message
content are never read.
"""

from __future__ import annotations

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

TOOL_NAME = "ChatGPT"

#: The roles whose messages a person wrote or read; the others are the service's own.
COUNTED_ROLES = frozenset({"user", "assistant"})


def _message_times(mapping: dict[str, object], bounds: TimeBounds) -> MessageTimes:
    """The usable message times of one mapping, the problems by kind, and the skipped count."""
    epochs: list[float] = []
    problems: dict[str, int] = {}
    skipped = 0

    def problem(why: str) -> None:
        problems[why] = problems.get(why, 0) + 1

    for node in mapping.values():
        if not isinstance(node, dict):
            problem("a node is not an object")
            continue
        message = node.get("message")
        if message is None:
            skipped += 1  # the root node, and nodes the service left empty
            continue
        if not isinstance(message, dict):
            problem("'message' is not an object")
            continue
        author = message.get("author")
        role = author.get("role") if isinstance(author, dict) else None
        if not isinstance(role, str):
            problem("'author.role' is missing")
            continue
        if role not in COUNTED_ROLES:
            skipped += 1
            continue
        create_time = message.get("create_time")
        if create_time is None:
            skipped += 1  # an untimed message cannot be placed in a session
            continue
        if isinstance(create_time, bool) or not isinstance(create_time, int | float):
            problem("'create_time' is not a number")
            continue
        try:
            epoch = float(create_time)
        except OverflowError:
            epoch = float("inf")  # an integer too large for a float: out of range below
        why = bounds.problem(epoch)
        if why is not None:
            problem(f"'create_time' {why}")
            continue
        epochs.append(epoch)
    return epochs, problems, skipped


#: How `conversations` reads a ChatGPT export.
CHATGPT = ChatExport(
    tool_name=TOOL_NAME,
    source=UseSource.CHATGPT,
    id_keys=("conversation_id", "id"),
    missing_id="has no 'id' or 'conversation_id'",
    messages_key="mapping",
    messages_are_object=True,
    message_times=_message_times,
    roles="user or assistant",
)


def parse_chatgpt(path: str | Path, **options: Unpack[FileOptions]) -> ImportReport:
    """Sessions from a ChatGPT `conversations.json` or export `.zip` at `path`; the options
    are those of `conversations.parse_chat_file` (tz, gap_minutes, now, max_bytes, progress,
    is_cancelled)."""
    return parse_chat_file(path, CHATGPT, **options)


def parse_chatgpt_data(data: object, **options: Unpack[DataOptions]) -> ImportReport:
    """Sessions from already decoded ChatGPT `conversations.json` content; the options are
    those of `conversations.parse_chat_data`."""
    return parse_chat_data(data, CHATGPT, **options)
