"""What real exports look like: every variation the importers accept, each written here.

The files are built by the tests from the published formats (the ChatGPT and Claude data
exports, ActivityWatch's export), one named builder per variation, so a reader sees exactly
which shape each test feeds in. Every text in them holds "CANARY": no report, rejection or
stored note may contain it. A Hypothesis test then mutates valid exports (keys dropped,
values nulled, wrong types, the file cut short) and checks that each one imports, is
refused with a clear message, or imports in part and says so; and that importing it again
adds nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vision_journal.core.importing import apply_import, preview_import
from vision_journal.core.imports import (
    ImportFormatError,
    ImportReport,
    Skipped,
    parse_activitywatch,
    parse_chatgpt,
    parse_claude,
)
from vision_journal.core.journal import Journal

TZ = dt.UTC
NOW = dt.datetime(2026, 11, 18, 14, 30, tzinfo=dt.UTC)
T0 = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC).timestamp()

Parser = Callable[..., ImportReport]


def at(seconds: float) -> dt.datetime:
    """The naive UTC time `seconds` after T0 (the importers run with tz=UTC here)."""
    return dt.datetime.fromtimestamp(T0 + seconds, dt.UTC).replace(tzinfo=None)


def run(parser: Parser, path: Path) -> ImportReport:
    return parser(path, tz=TZ, now=NOW)


def counted(report: ImportReport) -> list[int]:
    return [s.message_count for s in report.sessions]


# --- ChatGPT, after the published export: a conversation is a tree of nodes -----------------


def gpt_message(
    node_id: str,
    role: str,
    seconds: float | None,
    *,
    content_type: str = "text",
    hidden: bool = False,
) -> dict[str, object]:
    content: dict[str, object] = {"content_type": content_type}
    if content_type in ("text", "multimodal_text"):
        content["parts"] = [f"CANARY {node_id}"]
    elif content_type == "code":
        content.update(language="python", text="print('CANARY')")
    elif content_type == "thoughts":
        content["thoughts"] = [{"summary": "CANARY", "content": "CANARY"}]
    elif content_type == "reasoning_recap":
        content["content"] = "Thought for 4 seconds CANARY"
    else:
        content["text"] = "CANARY"
    metadata: dict[str, object] = {"model_slug": "gpt-4o"}
    if hidden:
        metadata["is_visually_hidden_from_conversation"] = True
    return {
        "id": node_id,
        "author": {"role": role, "name": None, "metadata": {}},
        "create_time": None if seconds is None else T0 + seconds,
        "update_time": None,
        "content": content,
        "status": "finished_successfully",
        "end_turn": None,
        "weight": 1.0,
        "metadata": metadata,
        "recipient": "all",
        "channel": None,
    }


def gpt_conversation(
    conversation_id: str | None,
    chain: list[tuple[str, str, float | None]],
    *,
    branches: dict[str, list[tuple[str, str, float | None]]] | None = None,
    title: object = "CANARY title",
    create_time: object = "first",
    id_key: str = "id",
) -> dict[str, object]:
    """A conversation whose current path is `chain` (node id, role, seconds after T0) under a
    hidden system root; `branches` hangs side branches (edits, regenerations) off a node."""
    mapping: dict[str, dict[str, object]] = {
        "client-created-root": {
            "id": "client-created-root",
            "message": None,
            "parent": None,
            "children": [],
        }
    }

    def attach(parent: str, node_id: str, role: str, seconds: float | None) -> None:
        mapping[node_id] = {
            "id": node_id,
            "message": gpt_message(node_id, role, seconds),
            "parent": parent,
            "children": [],
        }
        children = mapping[parent]["children"]
        assert isinstance(children, list)
        children.append(node_id)

    parent = "client-created-root"
    for node_id, role, seconds in chain:
        attach(parent, node_id, role, seconds)
        parent = node_id
    for fork, nodes in (branches or {}).items():
        below = fork
        for node_id, role, seconds in nodes:
            attach(below, node_id, role, seconds)
            below = node_id
    times = [s for _, _, s in chain if s is not None]
    conversation: dict[str, object] = {
        "title": title,
        "create_time": (T0 + min(times) if times else None)
        if create_time == "first"
        else create_time,
        "update_time": T0 + max(times) if times else None,
        "mapping": mapping,
        "moderation_results": [],
        "current_node": parent,
        "plugin_ids": None,
        "conversation_template_id": None,
        "gizmo_id": None,
        "is_archived": False,
        "safe_urls": [],
        "default_model_slug": "gpt-4o",
    }
    if conversation_id is not None:
        conversation[id_key] = conversation_id
        if id_key == "id":
            conversation["conversation_id"] = conversation_id
    return conversation


def simple_gpt(
    conversation_id: str | None, start: float = 0, **options: object
) -> dict[str, object]:
    """A question and an answer 30 s later, `start` seconds after T0."""
    return gpt_conversation(
        conversation_id,
        [
            (f"{conversation_id}-q", "user", start),
            (f"{conversation_id}-a", "assistant", start + 30),
        ],
        **options,  # type: ignore[arg-type]
    )


def write_json(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def write_zip(path: Path, members: dict[str, object]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, value in members.items():
            archive.writestr(name, value if isinstance(value, str) else json.dumps(value))
    return path


def chatgpt_zip(tmp_path: Path, conversations: object) -> Path:
    """The export zip: conversations.json beside chat.html and the account files."""
    return write_zip(
        tmp_path / "chatgpt-export.zip",
        {
            "conversations.json": conversations,
            "chat.html": "<html>CANARY</html>",
            "user.json": {"id": "user-CANARY", "email": "CANARY@example.org"},
            "message_feedback.json": [],
            "shared_conversations.json": [],
        },
    )


def test_chatgpt_export_zip_and_loose_json_give_the_same_sessions(tmp_path: Path) -> None:
    conversations = [simple_gpt("c1"), simple_gpt("c2", 7200)]

    from_zip = run(parse_chatgpt, chatgpt_zip(tmp_path, conversations))
    loose = run(parse_chatgpt, write_json(tmp_path / "conversations.json", conversations))

    assert [s.source_id for s in from_zip.sessions] == [s.source_id for s in loose.sessions]
    assert [s.started_at for s in loose.sessions] == [at(0), at(7200)]
    assert loose.found == from_zip.found == 2


def test_chatgpt_numbered_shards_in_the_zip_are_all_read(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "shards.zip",
        {
            "conversations-000.json": [simple_gpt("c1")],
            "conversations-001.json": [simple_gpt("c2", 7200)],
            "conversations-002.json": [simple_gpt("c3", 14400)],
            "chat.html": "<html>CANARY</html>",
        },
    )

    report = run(parse_chatgpt, path)

    assert report.found == 3
    assert [s.started_at for s in report.sessions] == [at(0), at(7200), at(14400)]


@pytest.mark.parametrize("shape", ["top_level_list", "conversations_wrapper", "single_object"])
def test_chatgpt_list_wrapper_or_single_conversation(tmp_path: Path, shape: str) -> None:
    one = simple_gpt("c1")
    value: object = {
        "top_level_list": [one],
        "conversations_wrapper": {"account": {"id": "CANARY"}, "conversations": [one]},
        "single_object": one,
    }[shape]

    report = run(parse_chatgpt, write_json(tmp_path / "c.json", value))

    assert [(s.source_id, s.message_count) for s in report.sessions] == [
        (f"chatgpt:c1:{int(T0)}", 2)
    ]


def test_chatgpt_conversation_id_without_id(tmp_path: Path) -> None:
    only_conversation_id = simple_gpt("older-export", id_key="conversation_id")

    report = run(parse_chatgpt, write_json(tmp_path / "c.json", [only_conversation_id]))

    assert report.sessions[0].source_id == f"chatgpt:older-export:{int(T0)}"


def test_chatgpt_without_any_id_derives_a_stable_one(tmp_path: Path) -> None:
    # Several third-party tools write conversations with only title, create_time and mapping.
    conversations = [simple_gpt(None, 3600 * i) for i in range(5)]
    for index, conversation in enumerate(conversations):
        conversation["mapping"] = {
            f"{key}-{index}": dict(node, id=f"{key}-{index}")
            for key, node in _renamed(conversation["mapping"], index).items()
        }

    first = run(parse_chatgpt, write_json(tmp_path / "a.json", conversations))
    again = run(parse_chatgpt, write_json(tmp_path / "b.json", conversations))

    assert len(first.sessions) == 5
    assert first.rejected == ()
    assert [s.source_id for s in first.sessions] == [s.source_id for s in again.sessions]
    assert all(s.source_id.startswith("chatgpt:derived-") for s in first.sessions)
    assert len({s.source_id for s in first.sessions}) == 5


def _renamed(mapping: object, index: int) -> dict[str, dict[str, object]]:
    """A mapping whose node ids and links carry `index`, so each conversation is its own."""
    assert isinstance(mapping, dict)
    renamed: dict[str, dict[str, object]] = {}
    for key, node in mapping.items():
        parent = node["parent"]
        renamed[key] = dict(
            node,
            parent=None if parent is None else f"{parent}-{index}",
            children=[f"{child}-{index}" for child in node["children"]],
        )
    return renamed


def test_chatgpt_derived_id_survives_a_later_export_with_more_messages(tmp_path: Path) -> None:
    short = simple_gpt(None)
    longer = gpt_conversation(
        None, [("None-q", "user", 0), ("None-a", "assistant", 30), ("later", "user", 60)]
    )

    first = run(parse_chatgpt, write_json(tmp_path / "a.json", [short]))
    later = run(parse_chatgpt, write_json(tmp_path / "b.json", [longer]))

    assert first.sessions[0].source_id == later.sessions[0].source_id
    assert later.sessions[0].message_count == 3


@pytest.mark.parametrize("title", ["null_title", "missing_title", "empty_title"])
def test_chatgpt_null_or_missing_titles_do_not_matter(tmp_path: Path, title: str) -> None:
    conversation = simple_gpt("c1", title=None if title == "null_title" else "")
    if title == "missing_title":
        del conversation["title"]

    report = run(parse_chatgpt, write_json(tmp_path / "c.json", [conversation]))

    assert counted(report) == [2]


def test_chatgpt_null_message_times_take_their_neighbours(tmp_path: Path) -> None:
    conversation = gpt_conversation(
        "c1",
        [
            ("m1", "user", None),  # before any time: takes the first known one
            ("m2", "assistant", 60),
            ("m3", "user", None),  # takes m2's
            ("m4", "assistant", 600),
        ],
    )

    report = run(parse_chatgpt, write_json(tmp_path / "c.json", [conversation]))

    assert [(s.started_at, s.minutes, s.message_count) for s in report.sessions] == [
        (at(60), 9 + 2, 4)
    ]
    assert report.rejected == ()


@pytest.mark.parametrize(
    ("create_time", "update_time", "expected"),
    [
        ("create_time_only", None, 100),
        ("update_time_only", None, 200),
        ("neither_time", None, None),
    ],
)
def test_chatgpt_conversation_times_are_the_fallback_for_untimed_messages(
    tmp_path: Path, create_time: str, update_time: None, expected: int | None
) -> None:
    conversation = gpt_conversation("c1", [("m1", "user", None), ("m2", "assistant", None)])
    conversation["create_time"] = T0 + 100 if create_time == "create_time_only" else None
    conversation["update_time"] = T0 + 200 if create_time == "update_time_only" else update_time

    report = run(parse_chatgpt, write_json(tmp_path / "c.json", [conversation, simple_gpt("ok")]))

    if expected is None:
        assert [s.source_id for s in report.sessions] == [f"chatgpt:ok:{int(T0)}"]
        assert [r.why for r in report.rejected] == ["has no message or conversation times"]
    else:
        (session,) = [s for s in report.sessions if s.source_id.startswith("chatgpt:c1:")]
        assert (session.started_at, session.message_count) == (at(expected), 2)


def test_chatgpt_edits_and_regenerations_count_once(tmp_path: Path) -> None:
    # The person asked, edited the question (a new branch from the root's child), and
    # regenerated the answer to the edited question: the current path has 2 messages.
    conversation = gpt_conversation(
        "c1",
        [("q-edited", "user", 60), ("a-regenerated", "assistant", 120)],
        branches={
            "client-created-root": [("q-first", "user", 0), ("a-first", "assistant", 30)],
            "q-edited": [("a-discarded", "assistant", 90)],
        },
    )

    report = run(parse_chatgpt, write_json(tmp_path / "c.json", [conversation]))

    assert [(s.started_at, s.message_count) for s in report.sessions] == [(at(60), 2)]
    assert Skipped("earlier versions of edited or regenerated messages", 3) in report.skipped


def test_chatgpt_missing_children_links_are_not_needed(tmp_path: Path) -> None:
    conversation = simple_gpt("c1")
    mapping = conversation["mapping"]
    assert isinstance(mapping, dict)
    for node in mapping.values():
        del node["children"]

    assert counted(run(parse_chatgpt, write_json(tmp_path / "c.json", [conversation]))) == [2]


def test_chatgpt_missing_parent_links_are_recovered_from_children(tmp_path: Path) -> None:
    conversation = gpt_conversation(
        "c1", [("q", "user", 0), ("a", "assistant", 30)], branches={"q": [("b", "assistant", 20)]}
    )
    mapping = conversation["mapping"]
    assert isinstance(mapping, dict)
    for node in mapping.values():
        node["parent"] = None

    report = run(parse_chatgpt, write_json(tmp_path / "c.json", [conversation]))

    assert counted(report) == [2]
    assert Skipped("earlier versions of edited or regenerated messages", 1) in report.skipped


@pytest.mark.parametrize("current_node", ["points_nowhere", "missing", "null"])
def test_chatgpt_current_node_that_points_nowhere_falls_back_to_the_latest_leaf(
    tmp_path: Path, current_node: str
) -> None:
    conversation = gpt_conversation(
        "c1",
        [("q", "user", 0), ("a-late", "assistant", 90)],
        branches={"q": [("a-early", "assistant", 30)]},
    )
    if current_node == "missing":
        del conversation["current_node"]
    else:
        conversation["current_node"] = "no-such-node" if current_node == "points_nowhere" else None

    report = run(parse_chatgpt, write_json(tmp_path / "c.json", [conversation]))

    assert [(s.minutes, s.message_count) for s in report.sessions] == [(2 + 2, 2)]


def test_chatgpt_cycle_in_the_message_links_ends_the_walk(tmp_path: Path) -> None:
    conversation = gpt_conversation(
        "c1", [("m1", "user", 0), ("m2", "assistant", 30), ("m3", "user", 60)]
    )
    mapping = conversation["mapping"]
    assert isinstance(mapping, dict)
    mapping["m1"]["parent"] = "m3"  # m3 -> m2 -> m1 -> m3 ...

    report = run(parse_chatgpt, write_json(tmp_path / "c.json", [conversation]))

    assert counted(report) == [3]
    assert [r.why for r in report.rejected] == [
        "the message links loop back on themselves; read up to the loop"
    ]


CONTENT_TYPES = [
    "text",
    "code",
    "multimodal_text",
    "thoughts",
    "reasoning_recap",
    "execution_output",
    "tether_browsing_display",
    "a_type_not_seen_before",
]


def test_chatgpt_every_content_type_counts_as_a_message_without_its_text(tmp_path: Path) -> None:
    conversation = gpt_conversation(
        "c1",
        [(kind, "assistant" if i % 2 else "user", 10 * i) for i, kind in enumerate(CONTENT_TYPES)],
    )
    mapping = conversation["mapping"]
    assert isinstance(mapping, dict)
    for kind in CONTENT_TYPES:
        mapping[kind]["message"] = gpt_message(
            kind, "assistant", 10 * CONTENT_TYPES.index(kind), content_type=kind
        )

    report = run(parse_chatgpt, write_json(tmp_path / "c.json", [conversation]))

    assert counted(report) == [len(CONTENT_TYPES)]
    assert "CANARY" not in repr(report)


def test_chatgpt_hidden_system_and_tool_messages_are_skipped_and_reported(
    tmp_path: Path,
) -> None:
    conversation = gpt_conversation(
        "c1",
        [
            ("instructions", "user", 0),
            ("sys", "system", 0),
            ("q", "user", 10),
            ("search", "tool", 20),
            ("a", "assistant", 30),
        ],
    )
    mapping = conversation["mapping"]
    assert isinstance(mapping, dict)
    mapping["instructions"]["message"] = gpt_message(
        "instructions", "user", 0, content_type="user_editable_context"
    )
    mapping["sys"]["message"] = gpt_message("sys", "system", 0, hidden=True)

    report = run(parse_chatgpt, write_json(tmp_path / "c.json", [conversation]))

    assert [(s.started_at, s.message_count) for s in report.sessions] == [(at(10), 2)]
    assert report.skipped == (
        Skipped("hidden messages (custom instructions and context the service added)", 1),
        Skipped("system and tool messages", 2),
    )


# --- Claude, after the published export ---------------------------------------------------


def claude_message(
    uuid: str,
    sender: str,
    seconds: float | None,
    *,
    parent: str | None = None,
    blocks: list[dict[str, object]] | None = None,
    text: str = "CANARY",
) -> dict[str, object]:
    created = (
        None
        if seconds is None
        else dt.datetime.fromtimestamp(T0 + seconds, dt.UTC).isoformat().replace("+00:00", "Z")
    )
    message: dict[str, object] = {
        "uuid": uuid,
        "text": text,
        "content": blocks
        if blocks is not None
        else [
            {
                "start_timestamp": created,
                "stop_timestamp": created,
                "type": "text",
                "text": "CANARY",
                "citations": [],
            }
        ],
        "sender": sender,
        "created_at": created,
        "updated_at": created,
        "attachments": [],
        "files": [],
    }
    if parent is not None:
        message["parent_message_uuid"] = parent
    return message


ROOT = "00000000-0000-4000-8000-000000000000"


def claude_conversation(
    uuid: str | None, messages: list[dict[str, object]], *, name: str = "CANARY name"
) -> dict[str, object]:
    times = [m["created_at"] for m in messages if m["created_at"] is not None]
    conversation: dict[str, object] = {
        "name": name,
        "summary": "",
        "created_at": min(times) if times else None,  # type: ignore[type-var]
        "updated_at": max(times) if times else None,  # type: ignore[type-var]
        "account": {"uuid": "account-CANARY"},
        "chat_messages": messages,
    }
    if uuid is not None:
        conversation["uuid"] = uuid
    return conversation


def simple_claude(uuid: str, start: float = 0) -> dict[str, object]:
    return claude_conversation(
        uuid,
        [
            claude_message(f"{uuid}-h", "human", start),
            claude_message(f"{uuid}-a", "assistant", start + 45),
        ],
    )


def claude_zip(tmp_path: Path, batches: dict[str, object]) -> Path:
    members: dict[str, object] = {}
    for folder, conversations in batches.items():
        prefix = f"{folder}/" if folder else ""
        members[f"{prefix}conversations.json"] = conversations
        members[f"{prefix}projects.json"] = [{"uuid": "p", "name": "CANARY", "docs": []}]
        members[f"{prefix}users.json"] = [{"uuid": "u", "full_name": "CANARY"}]
    return write_zip(tmp_path / "claude-export.zip", members)


def test_claude_export_zip_with_projects_and_users(tmp_path: Path) -> None:
    report = run(parse_claude, claude_zip(tmp_path, {"": [simple_claude("k1")]}))

    assert [(s.source_id, s.minutes, s.message_count) for s in report.sessions] == [
        (f"claude:k1:{int(T0)}", 1 + 2, 2)
    ]


def test_claude_several_batches_count_a_conversation_once(tmp_path: Path) -> None:
    path = claude_zip(
        tmp_path,
        {
            "batch-0000": [simple_claude("k1"), simple_claude("k2", 7200)],
            "batch-0001": [simple_claude("k2", 7200), simple_claude("k3", 14400)],
        },
    )

    report = run(parse_claude, path)

    assert [s.source_id.split(":")[1] for s in report.sessions] == ["k1", "k2", "k3"]
    assert Skipped("conversations that appear twice in the export", 1) in report.skipped


def test_claude_empty_name_and_iso_times_with_and_without_zone(tmp_path: Path) -> None:
    conversation = claude_conversation(
        "k1",
        [claude_message("h", "human", 0), claude_message("a", "assistant", 60)],
        name="",
    )
    messages = conversation["chat_messages"]
    assert isinstance(messages, list)
    messages[0]["created_at"] = "2026-03-10T10:00:00+01:00"  # the same moment as T0
    messages[1]["created_at"] = "2026-03-10T09:01:00.123456"  # no zone: UTC

    report = run(parse_claude, write_json(tmp_path / "c.json", [conversation]))

    assert [(s.started_at, s.minutes) for s in report.sessions] == [(at(0), 2 + 2)]


def test_claude_text_only_in_content_blocks_of_any_type(tmp_path: Path) -> None:
    blocks = [
        {"type": "thinking", "thinking": "CANARY", "summaries": []},
        {"type": "tool_use", "name": "web_search", "input": {"query": "CANARY"}},
        {"type": "tool_result", "content": [{"type": "text", "text": "CANARY"}]},
        {"type": "a_block_not_seen_before", "payload": "CANARY"},
        {"type": "text", "text": "CANARY"},
    ]
    conversation = claude_conversation(
        "k1",
        [
            claude_message("h", "human", 0, text=""),
            claude_message("a", "assistant", 30, blocks=blocks, text=""),
        ],
    )

    report = run(parse_claude, write_json(tmp_path / "c.json", [conversation]))

    assert counted(report) == [2]
    assert "CANARY" not in repr(report)


def test_claude_parent_message_uuid_branches_count_once(tmp_path: Path) -> None:
    # A question, an answer, then the answer retried: the retry is the conversation now.
    conversation = claude_conversation(
        "k1",
        [
            claude_message("h1", "human", 0, parent=ROOT),
            claude_message("a1", "assistant", 30, parent="h1"),
            claude_message("a1-retry", "assistant", 90, parent="h1"),
            claude_message("h2", "human", 120, parent="a1-retry"),
        ],
    )

    report = run(parse_claude, write_json(tmp_path / "c.json", [conversation]))

    assert counted(report) == [3]
    assert Skipped("earlier versions of edited or regenerated messages", 1) in report.skipped


def test_claude_null_message_times_take_their_neighbours(tmp_path: Path) -> None:
    conversation = claude_conversation(
        "k1",
        [
            claude_message("h1", "human", 0),
            claude_message("a1", "assistant", None),
            claude_message("h2", "human", 300),
        ],
    )
    conversation["created_at"] = conversation["updated_at"] = None

    report = run(parse_claude, write_json(tmp_path / "c.json", [conversation]))

    assert [(s.started_at, s.minutes, s.message_count) for s in report.sessions] == [
        (at(0), 5 + 2, 3)
    ]
    assert report.rejected == ()


@pytest.mark.parametrize("empty", ["empty_list", "null_messages", "missing_messages"])
def test_claude_empty_conversations_are_skipped_not_rejected(tmp_path: Path, empty: str) -> None:
    conversation = claude_conversation("k-empty", [])
    if empty == "null_messages":
        conversation["chat_messages"] = None
    elif empty == "missing_messages":
        del conversation["chat_messages"]

    report = run(parse_claude, write_json(tmp_path / "c.json", [conversation, simple_claude("k1")]))

    assert len(report.sessions) == 1
    assert report.rejected == ()
    assert report.skipped == (Skipped("empty conversations", 1),)


# --- ActivityWatch, after its export ------------------------------------------------------


def aw_event(seconds: float, duration: float, data: dict[str, object]) -> dict[str, object]:
    stamp = dt.datetime.fromtimestamp(T0 + seconds, dt.UTC).isoformat()
    return {"timestamp": stamp, "duration": duration, "data": data}


def aw_buckets() -> list[dict[str, object]]:
    def bucket(bucket_id: str, kind: str, events: list[dict[str, object]]) -> dict[str, object]:
        return {
            "id": bucket_id,
            "created": "2026-01-01T00:00:00+00:00",
            "name": None,
            "type": kind,
            "client": bucket_id.split("_")[0],
            "hostname": "laptop",
            "data": {},
            "events": events,
        }

    return [
        bucket(
            "aw-watcher-window_laptop",
            "currentwindow",
            [
                aw_event(0, 120.5, {"app": "ChatGPT", "title": "CANARY"}),
                aw_event(130.25, 59.75, {"app": "Code", "title": "CANARY"}),
            ],
        ),
        bucket(
            "aw-watcher-web-firefox_laptop",
            "web.tab.current",
            [aw_event(600, 90.125, {"url": "https://claude.ai/chat/CANARY", "title": "CANARY"})],
        ),
        bucket(
            "aw-watcher-afk_laptop",
            "afkstatus",
            [aw_event(660, 600.0, {"status": "afk"})],
        ),
    ]


@pytest.mark.parametrize("shape", ["buckets_map", "buckets_list"])
def test_activitywatch_buckets_as_map_or_list_with_float_seconds(
    tmp_path: Path, shape: str
) -> None:
    buckets = aw_buckets()
    value = (
        {"buckets": {b["id"]: b for b in buckets}}
        if shape == "buckets_map"
        else {"buckets": buckets}
    )

    report = run(parse_activitywatch, write_json(tmp_path / "aw.json", value))

    # ChatGPT 120.5 s -> 3 min; Claude 600..690.125 s less the away time from 660 s -> 1 min.
    assert [(s.tool_name, s.started_at, s.minutes) for s in report.sessions] == [
        ("ChatGPT", at(0), 3),
        ("Claude", at(600), 1),
    ]
    assert Skipped("time in other apps and websites", 1) in report.skipped


# --- Honest reports -------------------------------------------------------------------------


def test_one_bad_conversation_never_aborts_the_rest(tmp_path: Path) -> None:
    bad = simple_gpt("bad")
    bad["mapping"] = ["CANARY"]
    conversations = [simple_gpt("c1"), bad, "CANARY", simple_gpt("c2", 7200)]

    report = run(parse_chatgpt, write_json(tmp_path / "c.json", conversations))

    assert [s.source_id.split(":")[1] for s in report.sessions] == ["c1", "c2"]
    assert [(r.where, r.why) for r in report.rejected] == [
        ("conversation 2 (bad)", "'mapping' is a list, not an object"),
        ("conversation 3", "is a string, not an object"),
    ]


@pytest.mark.parametrize(
    ("parser", "make", "looks"),
    [
        (parse_chatgpt, "claude", "This looks like a Claude export, not a ChatGPT export."),
        (parse_claude, "chatgpt", "This looks like a ChatGPT export, not a Claude export."),
        (
            parse_chatgpt,
            "activitywatch",
            "This looks like an ActivityWatch export, not a ChatGPT export.",
        ),
        (
            parse_activitywatch,
            "claude",
            "This looks like a Claude export, not an ActivityWatch export.",
        ),
        (
            parse_claude,
            "journal_data",
            "This looks like a Vision Journal data file, not a Claude export.",
        ),
    ],
)
def test_the_wrong_source_says_what_the_file_looks_like(
    tmp_path: Path, parser: Parser, make: str, looks: str
) -> None:
    value: object = {
        "claude": [simple_claude("k1")],
        "chatgpt": [simple_gpt("c1")],
        "activitywatch": {"buckets": aw_buckets()},
        "journal_data": {"format": "vision-journal", "schema_version": 1},
    }[make]

    with pytest.raises(ImportFormatError) as raised:
        run(parser, write_json(tmp_path / "file.json", value))

    assert looks in str(raised.value)


def test_a_file_cut_short_imports_what_came_before_and_says_so(tmp_path: Path) -> None:
    text = json.dumps([simple_gpt("c1"), simple_gpt("c2", 7200), simple_gpt("c3", 14400)])
    path = tmp_path / "conversations.json"
    path.write_text(text[: len(text) * 3 // 4], encoding="utf-8")

    report = run(parse_chatgpt, path)

    assert [s.source_id.split(":")[1] for s in report.sessions] == ["c1", "c2"]
    assert not report.is_complete
    assert report.rejected[-1].where == "conversations.json"
    assert report.rejected[-1].why == "ends early after 2 conversations; only those were read"


# --- Every variation imports once: a second import adds nothing ----------------------------


def all_variations(tmp_path: Path) -> Iterator[tuple[Parser, Path]]:
    gpt = [
        simple_gpt("c1"),
        simple_gpt(None, 3600),
        gpt_conversation(
            "c3",
            [("q", "user", 7200), ("a", "assistant", 7300)],
            branches={"q": [("old", "assistant", 7250)]},
        ),
    ]
    yield parse_chatgpt, chatgpt_zip(tmp_path, gpt)
    yield parse_chatgpt, write_json(tmp_path / "wrapper.json", {"conversations": gpt})
    yield (
        parse_claude,
        claude_zip(tmp_path, {"b0": [simple_claude("k1")], "b1": [simple_claude("k2", 99)]}),
    )
    yield parse_activitywatch, write_json(tmp_path / "aw.json", {"buckets": aw_buckets()})


def test_reimporting_any_variation_adds_nothing(tmp_path: Path, journal: Journal) -> None:
    for parser, path in all_variations(tmp_path):
        report = run(parser, path)
        before = preview_import(journal, report)
        assert apply_import(journal, report).added == before.new_sessions
        again = preview_import(journal, run(parser, path))
        assert (again.new_sessions, again.duplicates) == (0, len(report.sessions))
    # The wrapper repeats the zip's conversations: recognised, not added twice.
    assert journal.count_uses() == 3 + 2 + 2
    assert all("CANARY" not in use.note for use in journal.list_uses())


# --- Mutations: an import, a clear rejection or a partial import said so; never a traceback


def _valid_exports() -> list[tuple[str, Parser, object]]:
    gpt = [
        simple_gpt("c1"),
        gpt_conversation(
            None,
            [("q", "user", 7200), ("a", "assistant", None)],
            branches={"q": [("old", "assistant", 7250)]},
        ),
    ]
    claude = [
        claude_conversation(
            "k1",
            [
                claude_message("h", "human", 0, parent=ROOT),
                claude_message("a", "assistant", None, parent="h"),
            ],
        ),
        claude_conversation("k2", []),
    ]
    return [
        ("chatgpt", parse_chatgpt, gpt),
        ("claude", parse_claude, claude),
        ("activitywatch", parse_activitywatch, {"buckets": aw_buckets()}),
    ]


VALID = _valid_exports()


def _paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_paths(child, (*prefix, index)))
    return found


def _mutate(value: object, path: tuple[object, ...], how: str, new: object) -> object:
    copy = json.loads(json.dumps(value))
    if not path:
        return new
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "drop" and isinstance(parent, dict):
        del parent[last]
    elif how == "drop" and isinstance(parent, list):
        parent.pop(last)  # type: ignore[call-overload]
    else:
        parent[last] = None if how == "null" else new
    return copy


wrong_types = st.sampled_from([None, True, 0, -1.5, 10**40, "", "CANARY", [], {}, [None], {"": 1}])


@given(data=st.data())
@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_mutated_exports_import_or_are_refused_clearly_and_never_twice(
    tmp_path: Path, journal: Journal, data: st.DataObject
) -> None:
    name, parser, valid = data.draw(st.sampled_from(VALID))
    how = data.draw(st.sampled_from(["drop", "null", "wrong_type", "truncate"]))
    path = tmp_path / f"{name}.json"
    if how == "truncate":
        text = json.dumps(valid)
        path.write_text(text[: data.draw(st.integers(0, len(text) - 1))], encoding="utf-8")
    else:
        where = data.draw(st.sampled_from(_paths(valid)))
        path.write_text(
            json.dumps(_mutate(valid, where, how, data.draw(wrong_types))), encoding="utf-8"
        )
    try:
        report = run(parser, path)
    except ImportFormatError as error:
        refusal = str(error)
    else:
        refusal = None
    if refusal is not None:
        assert refusal.startswith(f"{name}.json: ")  # names the file, says what is wrong
        assert "CANARY" not in refusal
        return
    if how == "truncate" and report.sessions and parser is not parse_activitywatch:
        assert not report.is_complete
        assert "only" in report.rejected[-1].why
    shown = [dataclasses.replace(s, source_id="") for s in report.sessions]
    assert "CANARY" not in repr((shown, report.rejected, report.skipped))
    apply_import(journal, report)
    again = preview_import(journal, run(parser, path))
    assert again.new_sessions == 0
