"""A running ActivityWatch, read over its local REST API: new window, web and AFK events.

The server (default `http://localhost:5600`) lists its buckets at `GET /api/0/buckets/` and
serves each bucket's events at `GET /api/0/buckets/<id>/events?start=<ISO time>&limit=N`
(newest first, in pages); events that end after `start` are returned. The events are shaped
like those of an export file, so they go through the same reader as an imported export
(`core.imports.activitywatch.parse_activitywatch_data`): time away from the keyboard is cut
out, only apps and tab hosts of known AI tools count, and the rest is ignored. Titles are not
even decoded; URLs are matched in memory and never kept.

The sync runs on a worker thread while the window stays responsive: see "Keeping the window
free" in `docs/capture.md` for what keeps this module from holding Python's lock for long.

Sessions follow the capture gap rule (`GAP_MINUTES`, documented in `docs/capture.md`). A
sync reads from a cursor: the start of the last session when it may still be going on (it
ended less than a gap before the newest event), else the end of the newest event. Re-reading
an open session whole gives it the same id again, so it grows instead of being doubled.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypedDict

import msgspec

from vision_journal.core.capture.inbox import FoundCandidate
from vision_journal.core.capture.known_tools import ToolIndex
from vision_journal.core.imports.activitywatch import (
    AFK_BUCKET_TYPE,
    WEB_BUCKET_TYPE,
    WINDOW_BUCKET_TYPE,
    parse_activitywatch_data,
)
from vision_journal.core.imports.errors import ImportFormatError
from vision_journal.core.imports.sessions import CancelCheck, ProgressCallback
from vision_journal.core.jsonio import gc_paused

DEFAULT_URL = "http://localhost:5600"
SOURCE = "activitywatch"

#: Active time in one tool with pauses of at most this many minutes is one session.
GAP_MINUTES = 5

#: Events asked for at once: small answers decode quickly (see `_bucket_events`).
PAGE_SIZE = 5000

#: A session that started this long before the newest event may still be going on.
OPEN_WINDOW = dt.timedelta(hours=12)

#: Seconds to wait for the server's next bytes before saying it does not answer. Generous:
#: the Python aw-server takes half a minute to serve 100 000 events on a slow machine, and
#: a sync runs in the background. A server that is not running is refused at once.
TIMEOUT_SECONDS = 180.0

_BUCKET_TYPES = (WINDOW_BUCKET_TYPE, WEB_BUCKET_TYPE, AFK_BUCKET_TYPE)


class CaptureUnavailableError(Exception):
    """The source cannot be read now; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class LiveResult:
    """What one read of the server found: the sessions, events read, and the next cursor."""

    candidates: tuple[FoundCandidate, ...]
    event_count: int
    ignored_count: int
    cursor: float | None


def check_url(url: str) -> str:
    """The address without a trailing slash; raises ValueError for anything but http(s)."""
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ValueError("Enter an address such as http://localhost:5600.")
    return url.strip().rstrip("/")


def _get(url: str) -> object:
    return _decoded(_fetch(url), json.loads)


def _fetch(url: str) -> bytes:
    """The body of the server's answer to `GET url`."""
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            body: bytes = response.read()
            return body
    except urllib.error.HTTPError as error:
        raise CaptureUnavailableError(
            f"ActivityWatch answered with an error ({error.code} {error.reason})."
        ) from error
    except (urllib.error.URLError, OSError) as error:
        raise CaptureUnavailableError(
            "No ActivityWatch server answers at this address. Is ActivityWatch running?"
        ) from error


def _decoded(body: bytes, decode: Callable[[bytes], object]) -> object:
    try:
        return decode(body)
    except ValueError as error:
        raise CaptureUnavailableError(
            "Something answers at this address, but it is not ActivityWatch."
        ) from error


class _EventData(TypedDict, total=False):
    """What of an event's data capture reads: never the title (nor anything else)."""

    app: str
    url: str
    status: str


class _Event(TypedDict, total=False):
    id: int
    timestamp: str
    duration: float
    data: _EventData


_page_decoder = msgspec.json.Decoder(list[_Event])


def _decode_page(body: bytes) -> object:
    """A page of events as the generic reader takes them, decoded with only the fields
    capture reads: titles and the rest of each event's data are skipped by the decoder, never
    made into Python strings, and the page decodes about three times faster than with
    `json`. A page with a value of another type than usual (an app that is null) is decoded
    whole the standard way instead, so the reader judges each event as it does in a file."""
    try:
        return _page_decoder.decode(body)
    except msgspec.ValidationError:
        return json.loads(body)


def server_info(url: str) -> dict[str, object]:
    """`GET /api/0/info` (hostname, version); raises `CaptureUnavailableError` when none answers."""
    info = _get(f"{check_url(url)}/api/0/info")
    if not isinstance(info, dict) or "version" not in info:
        raise CaptureUnavailableError(
            "Something answers at this address, but it is not ActivityWatch."
        )
    return info


def read_new(
    url: str,
    tools: ToolIndex,
    cursor: float | None,
    *,
    tz: dt.tzinfo | None = None,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> LiveResult:
    """Sessions of known AI tools in the events since `cursor` (epoch seconds; None: all)."""
    base = check_url(url)
    buckets = _get(f"{base}/api/0/buckets/")
    if not isinstance(buckets, dict):
        raise CaptureUnavailableError(
            "Something answers at this address, but it is not ActivityWatch."
        )
    export: dict[str, dict[str, object]] = {}
    count = 0
    newest_end: float | None = None
    # A hundred thousand events make millions of objects, none of them garbage: the cyclic
    # collector walking them all holds Python's lock (the window's thread waits) for longer
    # than the whole reading takes. Reference counting still frees what is dropped.
    with gc_paused():
        for bucket_id, meta in buckets.items():
            if not isinstance(meta, dict) or meta.get("type") not in _BUCKET_TYPES:
                continue
            events = _bucket_events(base, str(bucket_id), cursor)
            count += len(events)
            if meta.get("type") != AFK_BUCKET_TYPE:
                # Newest first: the newest end is among the newest page's events (one
                # window or tab at a time, so no older event outlasts them all).
                newest_end = _newest_end(events[:PAGE_SIZE], newest_end)
            export[str(bucket_id)] = {**meta, "events": events}
        try:
            return _found_in(export, tools, count, newest_end, cursor, tz, progress, is_cancelled)
        finally:
            _release(export)


def _release(export: dict[str, dict[str, object]]) -> None:
    """Drop the events read a page at a time: freeing a hundred thousand at once is one long
    step that holds Python's lock, and the window's thread would wait for it."""
    for bucket in export.values():
        events = bucket.get("events")
        if isinstance(events, list):
            while events:
                del events[-PAGE_SIZE:]


def _found_in(
    export: dict[str, dict[str, object]],
    tools: ToolIndex,
    count: int,
    newest_end: float | None,
    cursor: float | None,
    tz: dt.tzinfo | None,
    progress: ProgressCallback | None,
    is_cancelled: CancelCheck | None,
) -> LiveResult:
    """The sessions of known tools in the events read, and where the next sync starts."""
    try:
        report = parse_activitywatch_data(
            {"buckets": export},
            label="ActivityWatch",
            tz=tz,
            gap_minutes=GAP_MINUTES,
            patterns=tools.patterns(),
            browser_app_regex=r"(?!)",  # titles are never matched, see ToolIndex.patterns
            progress=progress,
            is_cancelled=is_cancelled,
        )
    except ImportFormatError as error:
        raise CaptureUnavailableError(
            f"ActivityWatch sent data this version cannot read: {error}"
        ) from error
    candidates = []
    for found in report.sessions:
        entry = tools.by_name(found.tool_name)
        if entry is None:
            continue
        candidates.append(
            FoundCandidate(
                tool_name=entry.tool,
                tool_kind=entry.kind,
                started_at=found.started_at,
                ended_at=found.started_at + dt.timedelta(minutes=found.minutes),
                minutes=found.minutes,
                source=SOURCE,
                source_id=found.source_id,
            )
        )
    return LiveResult(
        tuple(candidates),
        count,
        report.ignored_count,
        _next_cursor(candidates, newest_end, cursor, tz),
    )


def _bucket_events(base: str, bucket_id: str, cursor: float | None) -> list[object]:
    """The bucket's events ending after `cursor`, read in pages of `PAGE_SIZE`, newest first.

    Small pages keep each JSON decoding short: decoding holds Python's lock, and one answer
    of a hundred thousand events would stall the window's thread for a second.
    """
    url = f"{base}/api/0/buckets/{urllib.parse.quote(bucket_id, safe='')}/events"
    query = {"limit": str(PAGE_SIZE)}
    if cursor is not None:
        query["start"] = dt.datetime.fromtimestamp(cursor, dt.UTC).isoformat()
    events: list[object] = []
    edge: set[object] = set()  # the keys of the events at the oldest moment of the last page
    while True:
        page = _decoded(_fetch(f"{url}?{urllib.parse.urlencode(query)}"), _decode_page)
        if not isinstance(page, list):
            raise CaptureUnavailableError(f"ActivityWatch sent no event list for {bucket_id}.")
        fresh = page
        if edge:
            # Newest first: the events at the moment the page ends at lead it.
            lead = 0
            while lead < len(page) and _stamp(page[lead]) == query["end"]:
                lead += 1
            fresh = [e for e in page[:lead] if _event_key(e) not in edge] + page[lead:]
        if not fresh:
            return events
        events.extend(fresh)
        oldest = min((str(e.get("timestamp")) for e in fresh if isinstance(e, dict)), default=None)
        if len(page) < PAGE_SIZE or oldest is None:
            return events
        # The next page ends at the oldest event seen; the events at that very moment come
        # again and are recognised by their id.
        edge = {_event_key(e) for e in fresh if _stamp(e) == oldest}
        query["end"] = oldest


def _stamp(event: object) -> object:
    return event.get("timestamp") if isinstance(event, dict) else None


def _event_key(event: object) -> object:
    if isinstance(event, dict):
        return event.get("id", (event.get("timestamp"), event.get("duration")))
    return repr(event)


def _newest_end(events: Sequence[object], newest: float | None) -> float | None:
    for event in events:
        if not isinstance(event, dict):
            continue
        try:
            start = dt.datetime.fromisoformat(str(event.get("timestamp"))).timestamp()
            end = start + float(event.get("duration", 0))
        except (TypeError, ValueError, OverflowError):
            continue
        if math.isfinite(end) and (newest is None or end > newest):
            newest = end
    return newest


def _next_cursor(
    candidates: Sequence[FoundCandidate],
    newest_end: float | None,
    cursor: float | None,
    tz: dt.tzinfo | None,
) -> float | None:
    """Where the next sync starts reading (see the module docstring).

    A session's minutes are its active time, not its span, so its end is not known here:
    the newest session of each tool that started within `OPEN_WINDOW` before the newest
    event counts as possibly still going on.
    """
    if newest_end is None:
        return cursor
    newest_start: dict[str, float] = {}
    for candidate in candidates:
        start = _epoch(candidate.started_at, tz)
        if start >= newest_end - OPEN_WINDOW.total_seconds():
            newest_start[candidate.tool_name] = max(
                start, newest_start.get(candidate.tool_name, start)
            )
    if newest_start:
        return min(newest_start.values())
    return newest_end


def _epoch(moment: dt.datetime, tz: dt.tzinfo | None) -> float:
    if tz is None:
        return moment.timestamp()  # naive: the system's local zone, like `local_time`
    return moment.replace(tzinfo=tz).timestamp()
