"""ChatGPT data export: `conversations.json` (or numbered shards), on its own or in the zip.

A conversation has `id` (older exports and third-party tools: `conversation_id`, or neither),
`title`, `create_time` and `update_time` (epoch seconds, either may be null), `current_node`
and `mapping`: node id → `{id, message, parent, children}`. `message` is null for the root
node; otherwise it has `author.role` ("user", "assistant", "system", "tool"), `create_time`
(epoch seconds or null), `content.content_type` and `metadata`.

**The conversation a person saw** is the path from `current_node` back through `parent` to
the root: editing a question or regenerating an answer leaves the earlier version in the
mapping as a side branch, which is skipped (counted once, as "earlier versions"). A missing
`parent` is recovered from the parent's `children`; a `current_node` that points nowhere
falls back to the latest leaf; a loop in the links ends the walk where it closes; a mapping
without any links counts every node, in file order.

User and assistant messages count whatever their content type (text, code, multimodal,
thoughts, reasoning summaries, tool calls: `content_type` is not read); system and tool
messages are the service's own and are skipped, as are messages the service hides
(`metadata.is_visually_hidden_from_conversation`, custom instructions). A message without a
time takes the time of the message before it. Titles and message content are never read.
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
)
from vision_journal.core.imports.reading import kind_of
from vision_journal.core.imports.sessions import (
    SKIP_BRANCHES,
    SKIP_HIDDEN,
    SKIP_SERVICE,
    ImportReport,
    TimeBounds,
    count,
)
from vision_journal.core.records import UseSource

TOOL_NAME = "ChatGPT"

#: The roles whose messages a person wrote or read; the others are the service's own.
COUNTED_ROLES = frozenset({"user", "assistant"})

#: Content the service adds to a conversation and never shows in it (custom instructions,
#: memory).
HIDDEN_CONTENT = frozenset({"user_editable_context", "model_editable_context"})


def _is_hidden(message: dict[str, object]) -> bool:
    metadata = message.get("metadata")
    if isinstance(metadata, dict) and metadata.get("is_visually_hidden_from_conversation") is True:
        return True
    content = message.get("content")
    kind = content.get("content_type") if isinstance(content, dict) else None
    return isinstance(kind, str) and kind in HIDDEN_CONTENT


def _counted_role(message: dict[str, object]) -> str | None:
    author = message.get("author")
    role = author.get("role") if isinstance(author, dict) else None
    return role if isinstance(role, str) else None


def _parents(mapping: dict[str, object]) -> dict[str, str]:
    """Each node's parent, from `parent` or else from the parent's `children`."""
    parents: dict[str, str] = {}
    for node_id, node in mapping.items():
        if not isinstance(node, dict):
            continue
        children = node.get("children")
        if isinstance(children, list):
            for child in children:
                if isinstance(child, str) and child in mapping and child != node_id:
                    parents.setdefault(child, node_id)
    for node_id, node in mapping.items():
        if isinstance(node, dict):
            parent = node.get("parent")
            if isinstance(parent, str) and parent in mapping and parent != node_id:
                parents[node_id] = parent
    return parents


def _node_time(node: object) -> float:
    if isinstance(node, dict):
        message = node.get("message")
        if isinstance(message, dict):
            value = message.get("create_time")
            if isinstance(value, int | float) and not isinstance(value, bool):
                try:
                    return float(value)
                except OverflowError:
                    return 0.0
    return float("-inf")


def _leaf(mapping: dict[str, object], parents: dict[str, str], current: object) -> str | None:
    """Where the walk starts: `current_node`, or else the leaf with the latest message."""
    if isinstance(current, str) and current in mapping:
        return current
    has_child = set(parents.values())
    leaves = [node_id for node_id in mapping if node_id not in has_child]
    candidates = leaves or list(mapping)
    if not candidates:
        return None
    # The latest message; among equal times the last in the file, as the export lists them.
    return max(enumerate(candidates), key=lambda pair: (_node_time(mapping[pair[1]]), pair[0]))[1]


def _path(mapping: dict[str, object], current: object) -> tuple[list[str], bool]:
    """The node ids from the root to the leaf, and whether the walk met a loop."""
    parents = _parents(mapping)
    if not parents:
        # No links at all (a hand-made or flattened export): every node, in file order.
        return list(mapping), False
    node_id = _leaf(mapping, parents, current)
    path: list[str] = []
    seen: set[str] = set()
    while node_id is not None and node_id not in seen:
        seen.add(node_id)
        path.append(node_id)
        node_id = parents.get(node_id)
    path.reverse()
    return path, node_id is not None


def _read(conversation: dict[str, object], bounds: TimeBounds) -> Reading:
    reading = Reading()
    created, _ = epoch_of(conversation.get("create_time"), bounds)
    updated, _ = epoch_of(conversation.get("update_time"), bounds)
    reading.conversation_times = (created, updated)
    mapping = conversation.get("mapping")
    if mapping is None:
        reading.unreadable = "'mapping' is missing"
        return reading
    if not isinstance(mapping, dict):
        reading.unreadable = f"'mapping' is {kind_of(mapping)}, not an object"
        return reading
    problems = reading.problems
    path, has_loop = _path(mapping, conversation.get("current_node"))
    if has_loop:
        count(problems, "the message links loop back on themselves; read up to the loop")
    on_path = set(path)
    for node_id, node in mapping.items():
        if node_id in on_path or not isinstance(node, dict):
            continue
        message = node.get("message")
        if (
            isinstance(message, dict)
            and _counted_role(message) in COUNTED_ROLES
            and not _is_hidden(message)
        ):
            count(reading.skipped, SKIP_BRANCHES)
    for node_id in path:
        node = mapping[node_id]
        if not isinstance(node, dict):
            count(problems, "a node is not an object")
            continue
        message = node.get("message")
        if message is None:
            continue  # the root node, and nodes the service left empty
        if not isinstance(message, dict):
            count(problems, "'message' is not an object")
            continue
        role = _counted_role(message)
        if role is None:
            count(problems, "'author.role' is missing")
            continue
        if role not in COUNTED_ROLES:
            count(reading.skipped, SKIP_SERVICE)
            continue
        if _is_hidden(message):
            count(reading.skipped, SKIP_HIDDEN)
            continue
        epoch, why = epoch_of(message.get("create_time"), bounds)
        if why is not None:
            count(problems, f"'create_time' {why}; a neighbouring message's time was used")
        reading.times.append(epoch)
    return reading


def _identity(conversation: dict[str, object]) -> list[object]:
    """Its start and its root and first nodes; the title only if there is nothing else."""
    mapping = conversation.get("mapping")
    roots: list[str] = []
    if isinstance(mapping, dict):
        parents = _parents(mapping)
        roots = sorted(node_id for node_id in mapping if node_id not in parents)[:3]
    start = conversation.get("create_time")
    parts: list[object] = [start if isinstance(start, int | float) else None, roots]
    if parts == [None, []]:
        title = conversation.get("title")
        parts.append(title if isinstance(title, str) and title else None)
    return parts


#: How `conversations` reads a ChatGPT export.
CHATGPT = ChatExport(
    tool_name=TOOL_NAME,
    source=UseSource.CHATGPT,
    title="a ChatGPT export",
    marker="mapping",
    id_keys=("conversation_id", "id"),
    identity=_identity,
    read=_read,
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
