"""What the ChatGPT and Claude exports share: a list of conversations, each with an id and
timed messages, turned into sessions the same way.

Each service's module says only what sets its export apart (`ChatExport`): where the id is,
under which key the messages are and of what JSON type, and how to read one conversation's
message times. Rejections name the conversation by its number and id, never by its title.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

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

#: The usable message times of one conversation, the problems by kind, the skipped count.
MessageTimes = tuple[list[float], dict[str, int], int]


class DataOptions(TypedDict, total=False):
    """The keyword options of `parse_chat_data` (and of each service's `parse_*_data`)."""

    label: str
    tz: dt.tzinfo | None
    gap_minutes: int
    now: dt.datetime | None
    progress: ProgressCallback | None
    is_cancelled: CancelCheck | None


class FileOptions(TypedDict, total=False):
    """The keyword options of `parse_chat_file` (and of each service's `parse_*`)."""

    tz: dt.tzinfo | None
    gap_minutes: int
    now: dt.datetime | None
    max_bytes: int
    progress: ProgressCallback | None
    is_cancelled: CancelCheck | None


@dataclass(frozen=True, slots=True)
class ChatExport:
    """What sets one chat service's `conversations.json` apart."""

    tool_name: str
    source: UseSource
    #: The keys that may hold a conversation's id, the first non-empty one wins, and the
    #: rejection of a conversation without any.
    id_keys: tuple[str, ...]
    missing_id: str
    #: The key of the messages, and whether they are a JSON object (else a list).
    messages_key: str
    messages_are_object: bool
    message_times: Callable[[Any, TimeBounds], MessageTimes]
    #: The roles that count, as the "has no timed … messages" rejection names them.
    roles: str


def parse_chat_file(
    path: str | Path,
    export: ChatExport,
    *,
    tz: dt.tzinfo | None = None,
    gap_minutes: int = DEFAULT_GAP_MINUTES,
    now: dt.datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Sessions from a `conversations.json` or export `.zip` at `path`.

    Times are returned as naive wall-clock time in `tz` (None: the system's zone). Raises
    `ImportFormatError` if the file as a whole is unusable, `ImportCancelled` on cancel.
    """
    check_gap_minutes(gap_minutes)
    data, label = load_export(path, zip_member="conversations.json", max_bytes=max_bytes)
    return parse_chat_data(
        data,
        export,
        label=label,
        tz=tz,
        gap_minutes=gap_minutes,
        now=now,
        progress=progress,
        is_cancelled=is_cancelled,
    )


def _conversation_id(item: dict[str, object], export: ChatExport) -> str | None:
    for key in export.id_keys:
        value = item.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def parse_chat_data(
    data: object,
    export: ChatExport,
    *,
    label: str = "conversations.json",
    tz: dt.tzinfo | None = None,
    gap_minutes: int = DEFAULT_GAP_MINUTES,
    now: dt.datetime | None = None,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Sessions from already decoded `conversations.json` content; see `parse_chat_file`."""
    check_gap_minutes(gap_minutes)
    conversations = expect_list(data, label, "conversations")
    bounds = TimeBounds(now, tz)
    pacer = Pacer(len(conversations), progress, is_cancelled, step=100)
    sessions: list[ImportedSession] = []
    rejected: list[Rejection] = []
    ignored = 0
    key = export.messages_key
    wanted, wanted_name = (dict, "an object") if export.messages_are_object else (list, "a list")
    for index, item in enumerate(conversations, start=1):
        pacer.tick(index - 1)
        where = f"conversation {index}"
        if not isinstance(item, dict):
            rejected.append(Rejection(where, f"is {kind_of(item)}, not an object"))
            continue
        conversation_id = _conversation_id(item, export)
        if conversation_id is None:
            rejected.append(Rejection(where, export.missing_id))
            continue
        where = f"conversation {index} ({short_id(conversation_id)})"
        messages = item.get(key)
        if messages is None:
            rejected.append(Rejection(where, f"'{key}' is missing"))
            continue
        if not isinstance(messages, wanted):
            rejected.append(Rejection(where, f"'{key}' is {kind_of(messages)}, not {wanted_name}"))
            continue
        epochs, problems, skipped = export.message_times(messages, bounds)
        ignored += skipped
        rejected.extend(summarise_problems(where, problems, "messages"))
        if not epochs:
            rejected.append(Rejection(where, f"has no timed {export.roles} messages"))
            continue
        sessions.extend(
            chat_sessions(
                epochs,
                key=conversation_id,
                tool_name=export.tool_name,
                source=export.source,
                gap_minutes=gap_minutes,
                tz=tz,
            )
        )
    pacer.check(len(conversations))
    return build_report(sessions, rejected, ignored)
