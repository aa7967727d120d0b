"""ActivityWatch export: time spent in known AI tools, from window and browser-tab events.

The export (`aw-buckets-export.json` from the web UI, or `GET /api/0/export`) is
`{"buckets": {bucket_id: {"id", "type", "client", "hostname", "created", "events": [...]}}}`
where each event is `{"timestamp": ISO-8601 with zone, "duration": seconds, "data": {...}}`.
Three bucket types are read:

* `currentwindow` (aw-watcher-window): `data.app` and `data.title` of the focused window;
* `web.tab.current` (aw-watcher-web): `data.url` and `data.title` of the active tab;
* `afkstatus` (aw-watcher-afk): `data.status` "afk" or "not-afk"; time marked "afk" is cut
  out of the window and tab events of the same host.

An event belongs to a tool when its app name matches the tool's `app_regex`, when it is a
browser window whose title matches `title_regex`, or when it is a tab whose URL host matches
`host_regex` (a tab without a URL falls back to its title). Everything else is ignored and
counted, not rejected: most of a person's day is not AI use. Titles and URLs are only matched,
never kept.

Speed matters here (a year of events is about a million): each bucket's events are decoded
once, straight into typed records of only the fields read (`activitywatch_events`; a bucket
those do not fit is decoded the general way and read event by event as before), match
results are cached per (app, title) and tab hosts per URL, timestamps are parsed only for
matching events, and the events are held as plain (start, end) floats.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from vision_journal.core.imports import activitywatch_events as typed
from vision_journal.core.imports.conversations import looks_like, wrong_source
from vision_journal.core.imports.errors import ImportFormatError
from vision_journal.core.imports.reading import (
    DEFAULT_MAX_BYTES,
    decode_export,
    expect_object,
    kind_of,
    read_export,
)
from vision_journal.core.imports.sessions import (
    DEFAULT_GAP_MINUTES,
    SKIP_AWAY,
    SKIP_OTHER_APPS,
    SKIP_OTHER_BUCKETS,
    SKIP_SWITCHES,
    CancelCheck,
    ImportedSession,
    ImportReport,
    Pacer,
    ProgressCallback,
    Rejection,
    TimeBounds,
    build_report,
    check_gap_minutes,
    count,
    interval_sessions,
    short_id,
    summarise_problems,
)
from vision_journal.core.jsonio import gc_paused
from vision_journal.core.records import UseSource

WINDOW_BUCKET_TYPE = "currentwindow"
WEB_BUCKET_TYPE = "web.tab.current"
AFK_BUCKET_TYPE = "afkstatus"

#: How many events are parsed between two progress reports and cancel checks.
PROGRESS_STEP = 10_000


@dataclass(frozen=True, slots=True)
class ToolPattern:
    """How to recognise one AI tool in ActivityWatch events; every part is optional.

    `app_regex` must match the whole app name (case-insensitive), e.g. "ChatGPT" or
    "claude.exe". `title_regex` is searched in the titles of browser windows (case-sensitive,
    so "Claude" the product and not "claude" the word). `host_regex` must match the whole host
    of a browser tab's URL (case-insensitive), e.g. "claude.ai".
    """

    tool_name: str
    app_regex: str | None = None
    title_regex: str | None = None
    host_regex: str | None = None


#: The tools recognised unless the caller passes its own list; the first match wins.
DEFAULT_TOOL_PATTERNS: tuple[ToolPattern, ...] = (
    ToolPattern(
        "ChatGPT",
        app_regex=r"chatgpt(\.exe)?|com\.openai\.chat",
        title_regex=r"\bChatGPT\b",
        host_regex=r"(.+\.)?chatgpt\.com|chat\.openai\.com",
    ),
    ToolPattern(
        "Claude",
        app_regex=r"claude(\.exe)?|com\.anthropic\.claudefordesktop",
        title_regex=r"\bClaude\b",
        host_regex=r"claude\.ai",
    ),
    ToolPattern(
        "Gemini",
        app_regex=r"gemini(\.exe)?",
        title_regex=r"\bGemini\b",
        host_regex=r"gemini\.google\.com",
    ),
    ToolPattern(
        "Copilot",
        app_regex=r"(microsoft )?copilot(\.exe)?",
        title_regex=r"\bCopilot\b",
        host_regex=r"copilot\.microsoft\.com|copilot\.cloud\.microsoft",
    ),
    ToolPattern(
        "Perplexity",
        app_regex=r"perplexity(\.exe)?",
        title_regex=r"\bPerplexity\b",
        host_regex=r"(www\.)?perplexity\.ai",
    ),
)

#: App names of web browsers, searched case-insensitively: only their titles are matched.
DEFAULT_BROWSER_APP_REGEX = (
    r"chrom|firefox|safari|edge|brave|opera|vivaldi|\barc\b|librewolf|waterfox|\bzen\b"
)

#: Marks a cache miss; a string so the caches stay typed `str | None`.
_UNSEEN = "\x00unseen"


class _Matcher:
    """Decides which tool an (app, title) or (host, title) belongs to; callers cache results."""

    def __init__(self, patterns: Sequence[ToolPattern], browser_app_regex: str) -> None:
        self._browser = _compile(browser_app_regex, re.IGNORECASE, "the browser app pattern")
        self._apps = [
            (p.tool_name, _compile(p.app_regex, re.IGNORECASE, p.tool_name))
            for p in patterns
            if p.app_regex
        ]
        self._titles = [
            (p.tool_name, _compile(p.title_regex, 0, p.tool_name))
            for p in patterns
            if p.title_regex
        ]
        self._hosts = [
            (p.tool_name, _compile(p.host_regex, re.IGNORECASE, p.tool_name))
            for p in patterns
            if p.host_regex
        ]

    def window(self, app: str, title: str) -> str | None:
        for tool, regex in self._apps:
            if regex.fullmatch(app):
                return tool
        if self._browser.search(app):
            return self._title(title)
        return None

    def tab(self, host: str | None, title: str) -> str | None:
        if host is None:
            return self._title(title)
        for tool, regex in self._hosts:
            if regex.fullmatch(host):
                return tool
        return None

    def _title(self, title: str) -> str | None:
        for tool, regex in self._titles:
            if regex.search(title):
                return tool
        return None


def _compile(pattern: str, flags: int, owner: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as error:
        raise ValueError(
            f"the pattern for {owner} is not a valid regular expression: {error}"
        ) from error


def url_host(url: str) -> str | None:
    """The lower-case host of `url` ("https://user@Claude.ai:443/x" -> "claude.ai"), or None.

    Written out by hand because `urllib.parse` costs several times more per tab event.
    """
    begin = url.find("://")
    if begin < 0:
        return None
    rest = url[begin + 3 :]
    end = len(rest)
    for separator in "/?#":
        found = rest.find(separator, 0, end)
        if found >= 0:
            end = found
    host = rest[:end].rpartition("@")[2].partition(":")[0]
    return host.lower() or None


def parse_activitywatch(
    path: str | Path,
    *,
    tz: dt.tzinfo | None = None,
    gap_minutes: int = DEFAULT_GAP_MINUTES,
    now: dt.datetime | None = None,
    patterns: Sequence[ToolPattern] = DEFAULT_TOOL_PATTERNS,
    browser_app_regex: str = DEFAULT_BROWSER_APP_REGEX,
    use_afk: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Sessions of known AI tools from an ActivityWatch JSON export at `path`.

    Times are returned as naive wall-clock time in `tz` (None: the system's zone). Raises
    `ImportFormatError` if the file as a whole is unusable, `ImportCancelled` on cancel, and
    `ValueError` if a pattern is not a valid regular expression.
    """
    check_gap_minutes(gap_minutes)
    matcher = _Matcher(patterns, browser_app_regex)
    raw, label = read_export(path, zip_member=None, max_bytes=max_bytes)
    # The decoded million events are alive throughout: the collector would walk them again
    # and again while the loop makes its tuples (a third of the time; benchmarks/RESULTS.md).
    with gc_paused():
        data = _decode_typed(raw, label, use_afk=use_afk)
        return _parse(
            decode_export(raw, label) if data is None else data,
            label,
            matcher,
            tz=tz,
            gap_minutes=gap_minutes,
            now=now,
            use_afk=use_afk,
            progress=progress,
            is_cancelled=is_cancelled,
        )


def parse_activitywatch_data(
    data: object,
    *,
    label: str = "ActivityWatch export",
    tz: dt.tzinfo | None = None,
    gap_minutes: int = DEFAULT_GAP_MINUTES,
    now: dt.datetime | None = None,
    patterns: Sequence[ToolPattern] = DEFAULT_TOOL_PATTERNS,
    browser_app_regex: str = DEFAULT_BROWSER_APP_REGEX,
    use_afk: bool = True,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Sessions from an already decoded ActivityWatch export; see `parse_activitywatch`."""
    check_gap_minutes(gap_minutes)
    matcher = _Matcher(patterns, browser_app_regex)
    return _parse(
        data,
        label,
        matcher,
        tz=tz,
        gap_minutes=gap_minutes,
        now=now,
        use_afk=use_afk,
        progress=progress,
        is_cancelled=is_cancelled,
    )


def _decode_typed(raw: bytes, label: str, *, use_afk: bool) -> dict[str, object] | None:
    """The export with each bucket's events decoded into typed records, or None when the file
    is not of the usual shape: the general decoding then reads it and says what is wrong."""
    if b"\\ud" in raw or b"\\uD" in raw:
        return None  # a surrogate escape: the general decoding judges it (core/jsonio.py)
    try:
        export = typed.export_decoder.decode(raw)
    except (msgspec.DecodeError, RecursionError):  # a ValidationError is a DecodeError
        return None
    if export.conversations != _NULL:
        return None  # a file of chats as well: the general reading names what it looks like
    buckets: dict[str, object] = {}
    for bucket_id, bucket in export.buckets.items():
        if bucket.type == WINDOW_BUCKET_TYPE:
            decoder: msgspec.json.Decoder[Any] = typed.window_events_decoder
        elif bucket.type == WEB_BUCKET_TYPE:
            decoder = typed.tab_events_decoder
        elif bucket.type == AFK_BUCKET_TYPE and use_afk:
            decoder = typed.afk_events_decoder
        else:
            decoder = typed.counted_events_decoder  # only counted, see `_parse`
        try:
            events: object = decoder.decode(bucket.events)
        except (msgspec.DecodeError, RecursionError):
            # An event of another shape (null for an app, a number for a title): this
            # bucket's events are read the general way, each judged as before.
            events = decode_export(bytes(bucket.events), label)
        buckets[bucket_id] = {
            "type": bucket.type,
            "hostname": bucket.hostname,
            "events": events,
        }
    return {"buckets": buckets}


_NULL = msgspec.Raw(b"null")


def _buckets(value: object, label: str) -> dict[str, object]:
    """The buckets by id: the export writes a map, some tools and versions a list."""
    if isinstance(value, list):
        buckets: dict[str, object] = {}
        for index, bucket in enumerate(value, start=1):
            bucket_id = bucket.get("id") if isinstance(bucket, dict) else None
            key = bucket_id if isinstance(bucket_id, str) and bucket_id else f"#{index}"
            if key in buckets:
                key = f"{key} (#{index})"
            buckets[key] = bucket
        return buckets
    return expect_object(value, label, "'buckets' to be an object or a list")


@dataclass(slots=True)
class _Bucket:
    """One usable bucket: where it is named in messages, its host and its events."""

    where: str
    hostname: str
    events: list[object]


class _Problems:
    """Problems of one bucket, by kind, so a million bad events make one line each."""

    __slots__ = ("by_kind",)

    def __init__(self) -> None:
        self.by_kind: dict[str, int] = {}

    def add(self, why: str) -> None:
        self.by_kind[why] = self.by_kind.get(why, 0) + 1


def _parse(
    data: object,
    label: str,
    matcher: _Matcher,
    *,
    tz: dt.tzinfo | None,
    gap_minutes: int,
    now: dt.datetime | None,
    use_afk: bool,
    progress: ProgressCallback | None,
    is_cancelled: CancelCheck | None,
) -> ImportReport:
    sample = data
    if isinstance(data, dict) and isinstance(data.get("conversations"), list):
        sample = data["conversations"]
    if isinstance(sample, list) and sample:
        sample = sample[0]
    looks = looks_like(sample, ours="buckets")
    if looks is not None:
        raise wrong_source(label, looks, "an ActivityWatch export")
    top = expect_object(data, label, "an object with 'buckets'")
    if "buckets" not in top:
        raise ImportFormatError(
            f"{label}: 'buckets' is missing; this is not an ActivityWatch export"
        )
    buckets = _buckets(top["buckets"], label)
    bounds = TimeBounds(now, tz)
    rejected: list[Rejection] = []
    skipped: dict[str, int] = {}
    afk_buckets: list[_Bucket] = []
    activity: list[tuple[_Bucket, bool]] = []  # (bucket, is a browser-tab bucket)
    total = 0
    for bucket_id, bucket in buckets.items():
        where = f"bucket {short_id(bucket_id)}"
        if not isinstance(bucket, dict):
            rejected.append(Rejection(where, f"is {kind_of(bucket)}, not an object"))
            continue
        events = bucket.get("events")
        if events is None:
            continue  # a bucket exported without events holds no time
        if not isinstance(events, list):
            rejected.append(Rejection(where, f"'events' is {kind_of(events)}, not a list"))
            continue
        bucket_type = bucket.get("type")
        if not isinstance(bucket_type, str):
            rejected.append(Rejection(where, "'type' is missing"))
            continue
        hostname = bucket.get("hostname")
        usable = _Bucket(where, hostname if isinstance(hostname, str) else "", events)
        if bucket_type == AFK_BUCKET_TYPE:
            if use_afk:
                afk_buckets.append(usable)
                total += len(events)
            else:
                count(skipped, SKIP_OTHER_BUCKETS, len(events))
        elif bucket_type in (WINDOW_BUCKET_TYPE, WEB_BUCKET_TYPE):
            activity.append((usable, bucket_type == WEB_BUCKET_TYPE))
            total += len(events)
        else:
            # Editor, input and other watchers say nothing about AI use.
            count(skipped, SKIP_OTHER_BUCKETS, len(events))

    pacer = Pacer(total, progress, is_cancelled, step=PROGRESS_STEP)
    done = 0
    afk_by_host: dict[str, list[tuple[float, float]]] = {}
    for bucket in afk_buckets:
        problems = _Problems()
        periods = afk_by_host.setdefault(bucket.hostname, [])
        read_afk = _typed_afk_periods if _is_typed(bucket.events) else _afk_periods
        for offset in range(0, len(bucket.events), PROGRESS_STEP):
            pacer.tick(done + offset)
            periods.extend(
                read_afk(bucket.events[offset : offset + PROGRESS_STEP], bounds, problems)
            )
        done += len(bucket.events)
        rejected.extend(summarise_problems(bucket.where, problems.by_kind, "events"))
    merged_afk = {host: _merge(periods) for host, periods in afk_by_host.items()}

    by_tool: dict[str, list[tuple[float, float, int]]] = {}
    window_cache: dict[tuple[str, str], str | None] = {}
    tab_cache: dict[tuple[str | None, str], str | None] = {}
    hosts: dict[str, str | None] = {}
    for bucket, is_tab in activity:
        problems = _Problems()
        found: list[tuple[str, float, float]] = []
        is_typed = _is_typed(bucket.events)
        for offset in range(0, len(bucket.events), PROGRESS_STEP):
            pacer.tick(done + offset)
            chunk = bucket.events[offset : offset + PROGRESS_STEP]
            if is_tab and is_typed:
                other, switches = _typed_tab_events(
                    chunk, matcher, tab_cache, hosts, bounds, problems, found
                )
            elif is_tab:
                other, switches = _tab_events(chunk, matcher, tab_cache, bounds, problems, found)
            elif is_typed:
                other, switches = _typed_window_events(
                    chunk, matcher, window_cache, bounds, problems, found
                )
            else:
                other, switches = _window_events(
                    chunk, matcher, window_cache, bounds, problems, found
                )
            count(skipped, SKIP_OTHER_APPS, other)
            count(skipped, SKIP_SWITCHES, switches)
        done += len(bucket.events)
        rejected.extend(summarise_problems(bucket.where, problems.by_kind, "events"))
        _add_intervals(found, _afk_for(bucket.hostname, merged_afk), by_tool, skipped)
    pacer.check(total)

    sessions: list[ImportedSession] = []
    for tool, intervals in by_tool.items():
        sessions.extend(
            interval_sessions(
                intervals,
                key=tool.lower(),
                tool_name=tool,
                source=UseSource.ACTIVITYWATCH,
                gap_minutes=gap_minutes,
                tz=tz,
            )
        )
    return build_report(sessions, rejected, skipped, found=total)


def _add_intervals(
    found: list[tuple[str, float, float]],
    afk: tuple[list[float], list[float]] | None,
    by_tool: dict[str, list[tuple[float, float, int]]],
    skipped: dict[str, int],
) -> None:
    """Add the events `found` to their tools' intervals, with the time away (`afk`) cut out.

    The first piece of an event is marked 1 (it counts as a use), the rest 0. Most events
    meet no away period; they are added without a call.
    """
    starts, ends = afk if afk is not None else ([], [])
    periods = len(starts)
    away = 0
    for tool, start, end in found:
        intervals = by_tool.get(tool)
        if intervals is None:
            intervals = by_tool[tool] = []
        if periods:
            index = bisect.bisect_right(ends, start)
            if index < periods and starts[index] < end:
                pieces = _clip(start, end, (starts, ends))
                if not pieces:
                    away += 1  # the whole event lies in time away from the keyboard
                    continue
                intervals.append((pieces[0][0], pieces[0][1], 1))
                intervals.extend((begin, finish, 0) for begin, finish in pieces[1:])
                continue
        intervals.append((start, end, 1))
    if away:
        count(skipped, SKIP_AWAY, away)


def _is_typed(events: list[object]) -> bool:
    """Whether `events` were decoded into typed records (a bucket's are all, or none)."""
    return bool(events) and isinstance(events[0], msgspec.Struct)


def _typed_window_events(
    events: Iterable[object],
    matcher: _Matcher,
    cache: dict[tuple[str, str], str | None],
    bounds: TimeBounds,
    problems: _Problems,
    found: list[tuple[str, float, float]],
) -> tuple[int, int]:
    """`_window_events` for events decoded into `WindowEvent`s; the same results."""
    skipped = switches = 0
    event: typed.WindowEvent
    for event in events:  # type: ignore[assignment]  # `_is_typed` said so
        data = event.data
        if data is None:
            problems.add("'data' is missing")
            continue
        key = (data.app or "", data.title or "")
        tool = cache.get(key, _UNSEEN)
        if tool is _UNSEEN:
            tool = cache[key] = matcher.window(*key)
        if tool is None:
            skipped += 1
            continue
        switches += _keep(tool, _typed_span(event, bounds, problems), found)
    return skipped, switches


def _typed_tab_events(
    events: Iterable[object],
    matcher: _Matcher,
    cache: dict[tuple[str | None, str], str | None],
    hosts: dict[str, str | None],
    bounds: TimeBounds,
    problems: _Problems,
    found: list[tuple[str, float, float]],
) -> tuple[int, int]:
    """`_tab_events` for events decoded into `TabEvent`s; hosts are cached per URL."""
    skipped = switches = 0
    event: typed.TabEvent
    for event in events:  # type: ignore[assignment]  # `_is_typed` said so
        data = event.data
        if data is None:
            problems.add("'data' is missing")
            continue
        url = data.url
        if url is None:
            host = None
        else:
            host = hosts.get(url, _UNSEEN)
            if host is _UNSEEN:
                host = hosts[url] = url_host(url)
        key = (host, (data.title or "") if host is None else "")
        tool = cache.get(key, _UNSEEN)
        if tool is _UNSEEN:
            tool = cache[key] = matcher.tab(*key)
        if tool is None:
            skipped += 1
            continue
        switches += _keep(tool, _typed_span(event, bounds, problems), found)
    return skipped, switches


def _typed_afk_periods(
    events: Iterable[object], bounds: TimeBounds, problems: _Problems
) -> list[tuple[float, float]]:
    """`_afk_periods` for events decoded into `AfkEvent`s."""
    periods: list[tuple[float, float]] = []
    event: typed.AfkEvent
    for event in events:  # type: ignore[assignment]  # `_is_typed` said so
        data = event.data
        if data is None:
            problems.add("'data' is missing")
            continue
        if data.status != "afk":
            continue
        span = _typed_span(event, bounds, problems)
        if span is not None and span[1] > span[0]:
            periods.append(span)
    return periods


def _typed_span(
    event: typed.TypedEvent, bounds: TimeBounds, problems: _Problems
) -> tuple[float, float] | None:
    """`_span` of a typed event: the decoder has already made sure of the duration's type."""
    start = _start(event.timestamp, problems)
    if start is None:
        return None
    duration = event.duration
    end = start + duration
    if duration >= 0 and bounds.earliest <= start and end <= bounds.latest:
        return start, end  # the common case, without a second call
    return _checked_span(start, duration, bounds, problems)


def _start(stamp: str | None, problems: _Problems) -> float | None:
    """An event's timestamp in epoch seconds, or None after noting why it is unusable."""
    if stamp is None:
        problems.add("'timestamp' is missing")
        return None
    try:
        moment = dt.datetime.fromisoformat(stamp)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)  # ActivityWatch stores UTC
        return moment.timestamp()
    except (ValueError, OverflowError, OSError):
        problems.add("'timestamp' is not an ISO-8601 time")
        return None


def _keep(
    tool: str, span: tuple[float, float] | None, found: list[tuple[str, float, float]]
) -> int:
    """Append a matched event's time to `found`; 1 when it was a zero-length switch.

    Called only for events that matched a tool, so the hot loops pay nothing for the rest.
    """
    if span is None:
        return 0
    if span[1] <= span[0]:
        return 1  # a zero-length event marks a switch, not time spent
    found.append((tool, span[0], span[1]))
    return 0


def _checked_span(
    start: float, duration: float, bounds: TimeBounds, problems: _Problems
) -> tuple[float, float] | None:
    """(start, start + duration), or None after noting why the event is unusable."""
    if not duration >= 0:  # also true for NaN
        problems.add("'duration' is negative or not a number")
        return None
    end = start + duration
    if bounds.earliest <= start and end <= bounds.latest:
        return start, end  # the common case, decided without building a message
    why = bounds.problem(start)
    if why is not None:
        problems.add(f"'timestamp' {why}")
        return None
    why = bounds.problem(end)
    if why is not None:
        problems.add(f"the event's end {why}")
        return None
    return start, end


def _window_events(
    events: Iterable[object],
    matcher: _Matcher,
    cache: dict[tuple[str, str], str | None],
    bounds: TimeBounds,
    problems: _Problems,
    found: list[tuple[str, float, float]],
) -> tuple[int, int]:
    """Append the AI-tool events of a window bucket to `found`; return how many were skipped.

    This is the hot loop: no function call per event until an event matches a tool.
    """
    skipped = switches = 0
    for event in events:
        if type(event) is not dict:
            problems.add("an event is not an object")
            continue
        data = event.get("data")
        if type(data) is not dict:
            problems.add("'data' is missing")
            continue
        app = data.get("app")
        title = data.get("title")
        if type(app) is not str:
            app = ""
        if type(title) is not str:
            title = ""
        key = (app, title)
        tool = cache.get(key, _UNSEEN)
        if tool is _UNSEEN:
            tool = cache[key] = matcher.window(app, title)
        if tool is None:
            skipped += 1
            continue
        switches += _keep(tool, _span(event, bounds, problems), found)
    return skipped, switches


def _tab_events(
    events: Iterable[object],
    matcher: _Matcher,
    cache: dict[tuple[str | None, str], str | None],
    bounds: TimeBounds,
    problems: _Problems,
    found: list[tuple[str, float, float]],
) -> tuple[int, int]:
    """Append the AI-tool events of a browser-tab bucket to `found`; return the skipped count."""
    skipped = switches = 0
    for event in events:
        if type(event) is not dict:
            problems.add("an event is not an object")
            continue
        data = event.get("data")
        if type(data) is not dict:
            problems.add("'data' is missing")
            continue
        url = data.get("url")
        host = url_host(url) if type(url) is str else None
        title = data.get("title") if host is None else ""
        if type(title) is not str:
            title = ""
        key = (host, title)
        tool = cache.get(key, _UNSEEN)
        if tool is _UNSEEN:
            tool = cache[key] = matcher.tab(host, title)
        if tool is None:
            skipped += 1
            continue
        switches += _keep(tool, _span(event, bounds, problems), found)
    return skipped, switches


def _span(
    event: dict[str, object], bounds: TimeBounds, problems: _Problems
) -> tuple[float, float] | None:
    """(start, end) in epoch seconds of one event, or None after noting why it is unusable."""
    stamp = event.get("timestamp")
    start = _start(stamp if isinstance(stamp, str) else None, problems)
    if start is None:
        return None
    raw_duration = event.get("duration", 0)
    if isinstance(raw_duration, bool) or not isinstance(raw_duration, int | float):
        problems.add("'duration' is not a number")
        return None
    try:
        duration = float(raw_duration)
    except OverflowError:
        duration = float("inf")
    return _checked_span(start, duration, bounds, problems)


def _afk_periods(
    events: Iterable[object], bounds: TimeBounds, problems: _Problems
) -> list[tuple[float, float]]:
    """The (start, end) of the "afk" events of an afkstatus bucket."""
    periods: list[tuple[float, float]] = []
    for event in events:
        if type(event) is not dict:
            problems.add("an event is not an object")
            continue
        data = event.get("data")
        if type(data) is not dict:
            problems.add("'data' is missing")
            continue
        if data.get("status") != "afk":
            continue
        span = _span(event, bounds, problems)
        if span is not None and span[1] > span[0]:
            periods.append(span)
    return periods


def _merge(periods: list[tuple[float, float]]) -> tuple[list[float], list[float]]:
    """Sorted, non-overlapping (starts, ends) of `periods`, ready for `bisect`."""
    starts: list[float] = []
    ends: list[float] = []
    for start, end in sorted(periods):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _afk_for(
    hostname: str, merged: dict[str, tuple[list[float], list[float]]]
) -> tuple[list[float], list[float]] | None:
    """The away periods that apply to a bucket of `hostname`.

    aw-watcher-web often reports the host as "unknown"; when the export has away data from a
    single machine only, that data applies to every bucket.
    """
    if hostname in merged:
        return merged[hostname]
    if len(merged) == 1:
        return next(iter(merged.values()))
    return None


def _clip(
    start: float, end: float, afk: tuple[list[float], list[float]]
) -> list[tuple[float, float]]:
    """The parts of [start, end] outside the away periods `afk`."""
    starts, ends = afk
    pieces: list[tuple[float, float]] = []
    index = bisect.bisect_right(ends, start)
    while index < len(starts) and starts[index] < end:
        if starts[index] > start:
            pieces.append((start, starts[index]))
        start = max(start, ends[index])
        index += 1
    if start < end:
        pieces.append((start, end))
    return pieces
