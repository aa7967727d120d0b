"""What the ChatGPT and Claude exports share: files of conversations, each with an id and
timed messages, turned into sessions the same way.

The file (a loose JSON file, or every `conversations*.json` of an export zip: numbered
shards, several batches) is read as a stream, one conversation at a time, so a 200 MB
export needs a few megabytes of memory (`reading.JsonItems`). A file may hold a list of
conversations, a `{"conversations": [...]}` wrapper, or a single conversation.

Each service's module says what sets its export apart (`ChatExport`): the key that marks one
of its conversations, where the id is, how to derive a stable id when there is none, and how
to read the message times of one conversation (`Reading`). One conversation that cannot be
read is a rejection; the rest still import. A file that breaks off part way gives the
conversations before the break, and the report says the file is incomplete.

Rejections name the conversation by its number and id, never by its title.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from vision_journal.core.imports.errors import ImportFormatError
from vision_journal.core.imports.reading import (
    DEFAULT_MAX_BYTES,
    JsonItems,
    Member,
    StreamDamaged,
    find_members,
    kind_of,
    open_member,
)
from vision_journal.core.imports.sessions import (
    DEFAULT_GAP_MINUTES,
    SKIP_EMPTY,
    SKIP_TWICE,
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
    count,
    short_id,
    summarise_problems,
)
from vision_journal.core.records import UseSource

#: The files of an export zip that hold conversations: `conversations.json`, and numbered
#: shards such as `conversations-000.json` or `conversations_1.json`.
CONVERSATION_FILES = re.compile(r"conversations(?:[-_ .]?\d+)?\.json", re.IGNORECASE)

#: Progress is reported and the cancel request checked every this many characters read.
PROGRESS_CHARS = 1 << 20

#: The longest id kept from a file; a longer one is damage, not an id.
MAX_ID_CHARS = 200


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


@dataclass(slots=True)
class Reading:
    """What one conversation yielded: the counted messages' times in conversation order
    (None where a message has no usable time), problems and skipped items by kind."""

    times: list[float | None] = field(default_factory=list)
    problems: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    #: The conversation's own times (created, updated), when it has them.
    conversation_times: tuple[float | None, ...] = ()
    #: Why the conversation cannot be read at all (its messages are missing or of the wrong
    #: type); it is then rejected.
    unreadable: str | None = None


@dataclass(frozen=True, slots=True)
class ChatExport:
    """What sets one chat service's export apart."""

    tool_name: str
    source: UseSource
    #: How a person calls the export ("a ChatGPT export"), for "This looks like …".
    title: str
    #: The key every conversation of this export has, and no other export's does.
    marker: str
    #: The keys that may hold a conversation's id; the first usable one wins.
    id_keys: tuple[str, ...]
    #: The parts of a conversation a stable id is derived from when it has no id.
    identity: Callable[[dict[str, object]], list[object]]
    read: Callable[[dict[str, object], TimeBounds], Reading]


#: Markers of the other files a person may pick by mistake, and what to call them.
FOREIGN_MARKERS: tuple[tuple[str, str], ...] = (
    ("mapping", "a ChatGPT export"),
    ("chat_messages", "a Claude export"),
    ("buckets", "an ActivityWatch export"),
)


def looks_like(item: object, *, ours: str | None = None) -> str | None:
    """What kind of export `item` (a conversation or a whole file) looks like, if it looks
    like one of the others than the export with the marker `ours`."""
    if not isinstance(item, dict):
        return None
    if ours is not None and ours in item:
        return None
    if item.get("format") == "vision-journal":
        return "a Vision Journal data file"
    for marker, title in FOREIGN_MARKERS:
        if marker != ours and marker in item:
            return title
    return None


def wrong_source(label: str, looks: str, chosen: str) -> ImportFormatError:
    """The error for a file of another kind than the one chosen."""
    return ImportFormatError(
        f"{label}: This looks like {looks}, not {chosen}. Choose the matching source."
    )


def epoch_of(value: object, bounds: TimeBounds) -> tuple[float | None, str | None]:
    """(epoch seconds, None) of a number or ISO-8601 text in range; (None, why) otherwise;
    (None, None) for null, which exports write for unknown times."""
    if value is None:
        return None, None
    if isinstance(value, bool):
        return None, "is not a time"
    if isinstance(value, int | float):
        try:
            epoch = float(value)
        except OverflowError:
            epoch = math.inf  # an integer too large for a float: out of range below
    elif isinstance(value, str):
        parsed = parse_iso_epoch(value)
        if parsed is None:
            return None, "is not an ISO-8601 time"
        epoch = parsed
    else:
        return None, "is not a time"
    why = bounds.problem(epoch)
    return (None, why) if why is not None else (epoch, None)


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


def usable_id(value: object) -> str | None:
    """`value` if it can serve as an id: non-empty text the journal can store."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_ID_CHARS:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return None  # a lone surrogate from a "\ud800" escape cannot be stored
    return value if "\x00" not in value else None


def fill_times(times: Sequence[float | None], fallback: Sequence[float | None]) -> list[float]:
    """Times for every message: a message without one takes its predecessor's (so the order
    holds), the first ones the first known time, and with no known time at all the first of
    the conversation's own times; empty when there is none anywhere."""
    known = next((t for t in times if t is not None), None)
    if known is None:
        known = next((t for t in fallback if t is not None), None)
        if known is None:
            return []
    filled: list[float] = []
    last = known
    for value in times:
        if value is not None:
            last = value
        filled.append(last)
    return filled


def derived_id(export: ChatExport, item: dict[str, object]) -> str | None:
    """A stable id for a conversation without one, from what it has; None if it has nothing.

    The parts are chosen to stay the same when a later export of the same conversation has
    more messages (its start, its first message), so a re-import still recognises it.
    """
    parts = export.identity(item)
    if all(part is None or part == [] for part in parts):
        return None
    text = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=True)
    return "derived-" + hashlib.sha256(text.encode("ascii")).hexdigest()[:24]


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
    """Sessions from a conversations file or export `.zip` at `path`, read as a stream.

    Times are returned as naive wall-clock time in `tz` (None: the system's zone). Raises
    `ImportFormatError` if nothing in the file can be used, `ImportCancelled` on cancel.
    """
    check_gap_minutes(gap_minutes)
    members = find_members(path, CONVERSATION_FILES, "conversations.json", max_bytes=max_bytes)
    run = _Run(export, TimeBounds(now, tz), tz, gap_minutes)
    pacer = Pacer(sum(m.size for m in members), progress, is_cancelled, step=PROGRESS_CHARS)
    pacer.check(0)
    done = 0
    for member in members:
        done = _read_member(member, run, pacer, done)
    pacer.check(pacer.total)
    return run.report(members[0].label if len(members) == 1 else Path(path).name)


def _read_member(member: Member, run: _Run, pacer: Pacer, done: int) -> int:
    with open_member(member) as stream:
        items = JsonItems(stream, "conversations")
        before = run.found
        try:
            for item in items:
                pacer.tick(done + items.chars_read)
                run.add(item, member.label, items.shape)
        except StreamDamaged as damage:
            read = run.found - before
            if damage.is_unsafe or (read == 0 and run.found == 0):
                raise ImportFormatError(f"{member.label}: {damage.why}") from None
            run.damaged(member.label, damage.why, read)
    return done + member.size


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
    """Sessions from already decoded conversations content; see `parse_chat_file`."""
    check_gap_minutes(gap_minutes)
    if isinstance(data, list):
        items, shape = data, "list"
    elif isinstance(data, dict) and isinstance(data.get("conversations"), list):
        items, shape = data["conversations"], "wrapper"
    elif isinstance(data, dict):
        items, shape = [data], "object"
    else:
        raise ImportFormatError(f"{label}: expected a list of conversations, found {kind_of(data)}")
    run = _Run(export, TimeBounds(now, tz), tz, gap_minutes)
    pacer = Pacer(len(items), progress, is_cancelled, step=100)
    for index, item in enumerate(items):
        pacer.tick(index)
        run.add(item, label, shape)
    pacer.check(len(items))
    return run.report(label)


class _Run:
    """The conversations read so far, across the files of one export."""

    def __init__(
        self, export: ChatExport, bounds: TimeBounds, tz: dt.tzinfo | None, gap_minutes: int
    ) -> None:
        self.export = export
        self.bounds = bounds
        self.tz = tz
        self.gap_minutes = gap_minutes
        self.found = 0
        self.sessions: list[ImportedSession] = []
        self.rejected: list[Rejection] = []
        self.skipped: dict[str, int] = {}
        self.seen: set[str] = set()
        self.ours = 0  # conversations that carry this export's marker
        self.is_complete = True

    def add(self, item: object, label: str, shape: str | None) -> None:
        self.found += 1
        index = self.found
        export = self.export
        where = f"conversation {index}"
        if not isinstance(item, dict):
            self.rejected.append(Rejection(where, f"is {kind_of(item)}, not an object"))
            return
        if export.marker in item:
            self.ours += 1
        elif self.ours == 0:
            looks = looks_like(item, ours=export.marker)
            if looks is not None:
                raise wrong_source(label, looks, export.title)
        conversation_id = next(
            (found for key in export.id_keys if (found := usable_id(item.get(key)))), None
        )
        if conversation_id is None:
            conversation_id = derived_id(export, item)
            if conversation_id is None:
                self.rejected.append(
                    Rejection(where, f"has no id and nothing to tell it apart ('{export.marker}')")
                )
                return
        if conversation_id in self.seen:
            count(self.skipped, SKIP_TWICE)
            return
        self.seen.add(conversation_id)
        where = f"conversation {index} ({short_id(conversation_id)})"
        reading = export.read(item, self.bounds)
        for why, amount in reading.skipped.items():
            count(self.skipped, why, amount)
        if reading.unreadable is not None:
            self.rejected.append(Rejection(where, reading.unreadable))
            return
        self.rejected.extend(summarise_problems(where, reading.problems, "messages"))
        if not reading.times:
            count(self.skipped, SKIP_EMPTY)
            return
        epochs = fill_times(reading.times, reading.conversation_times)
        if not epochs:
            self.rejected.append(Rejection(where, "has no message or conversation times"))
            return
        self.sessions.extend(
            chat_sessions(
                epochs,
                key=conversation_id,
                tool_name=export.tool_name,
                source=export.source,
                gap_minutes=self.gap_minutes,
                tz=self.tz,
            )
        )

    def damaged(self, label: str, why: str, read: int) -> None:
        self.is_complete = False
        self.rejected.append(
            Rejection(
                label,
                f"{why} after {read} conversations; only those were read"
                if read != 1
                else f"{why} after 1 conversation; only that one was read",
            )
        )

    def report(self, label: str) -> ImportReport:
        if self.ours == 0 and not self.sessions and self.found:
            # Nothing in the file is a conversation of this export: say what it is instead
            # of listing the same missing key for every item.
            raise ImportFormatError(
                f"{label}: does not look like {self.export.title} "
                f"(no conversation has '{self.export.marker}')"
            )
        return build_report(
            self.sessions,
            self.rejected,
            self.skipped,
            found=self.found,
            is_complete=self.is_complete,
        )
