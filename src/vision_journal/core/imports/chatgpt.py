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

TOOL_NAME = "ChatGPT"

#: The roles whose messages a person wrote or read; the others are the service's own.
COUNTED_ROLES = frozenset({"user", "assistant"})


def parse_chatgpt(
    path: str | Path,
    *,
    tz: dt.tzinfo | None = None,
    gap_minutes: int = DEFAULT_GAP_MINUTES,
    now: dt.datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Sessions from a ChatGPT `conversations.json` or export `.zip` at `path`.

    Times are returned as naive wall-clock time in `tz` (None: the system's zone). Raises
    `ImportFormatError` if the file as a whole is unusable, `ImportCancelled` on cancel.
    """
    check_gap_minutes(gap_minutes)
    data, label = load_export(path, zip_member="conversations.json", max_bytes=max_bytes)
    return parse_chatgpt_data(
        data,
        label=label,
        tz=tz,
        gap_minutes=gap_minutes,
        now=now,
        progress=progress,
        is_cancelled=is_cancelled,
    )


def parse_chatgpt_data(
    data: object,
    *,
    label: str = "conversations.json",
    tz: dt.tzinfo | None = None,
    gap_minutes: int = DEFAULT_GAP_MINUTES,
    now: dt.datetime | None = None,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Sessions from already decoded `conversations.json` content; see `parse_chatgpt`."""
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
        conversation_id = item.get("conversation_id")
        if not isinstance(conversation_id, str) or not conversation_id:
            conversation_id = item.get("id")
        if not isinstance(conversation_id, str) or not conversation_id:
            rejected.append(Rejection(where, "has no 'id' or 'conversation_id'"))
            continue
        where = f"conversation {index} ({short_id(conversation_id)})"
        mapping = item.get("mapping")
        if mapping is None:
            rejected.append(Rejection(where, "'mapping' is missing"))
            continue
        if not isinstance(mapping, dict):
            rejected.append(Rejection(where, f"'mapping' is {kind_of(mapping)}, not an object"))
            continue
        epochs, problems, skipped = _message_times(mapping, bounds)
        ignored += skipped
        rejected.extend(summarise_problems(where, problems, "messages"))
        if not epochs:
            rejected.append(Rejection(where, "has no timed user or assistant messages"))
            continue
        sessions.extend(
            chat_sessions(
                epochs,
                key=conversation_id,
                tool_name=TOOL_NAME,
                source=UseSource.CHATGPT,
                gap_minutes=gap_minutes,
                tz=tz,
            )
        )
    pacer.check(len(conversations))
    return build_report(sessions, rejected, ignored)


def _message_times(
    mapping: dict[str, object], bounds: TimeBounds
) -> tuple[list[float], dict[str, int], int]:
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
