"""Capture settings and one sync: read every source the person opted into, file what it found.

Every source is opt-in (off until the person turns it on): the live ActivityWatch at its
address, and each browser profile on its own. A sync reads a source outside any database
transaction (a slow server must not hold the journal), then files its sessions and moves
its cursor in **one** transaction, so a crash leaves either both or neither. A source that
cannot be read keeps its cursor and records why; the other sources still sync.

The settings live in the journal (encrypted with it) under the setting key "capture".
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import select

from vision_journal.core.capture import browsers, inbox
from vision_journal.core.capture.activitywatch_live import (
    DEFAULT_URL,
    CaptureUnavailableError,
    check_url,
    read_new,
)
from vision_journal.core.capture.activitywatch_live import SOURCE as ACTIVITYWATCH
from vision_journal.core.capture.inbox import FoundCandidate
from vision_journal.core.capture.known_tools import (
    KnownTool,
    KnownToolError,
    ToolIndex,
    effective_tools,
    shipped_tools,
    tool_from_dict,
)
from vision_journal.core.db.models import Setting, SyncStateRow
from vision_journal.core.journal import Journal
from vision_journal.core.jsonio import gc_paused

SETTING_KEY = "capture"

#: How often the window syncs in the background, unless the person chose otherwise.
DEFAULT_SYNC_MINUTES = 5

#: The longest pause between background syncs a person may choose: a day.
MAX_SYNC_MINUTES = 24 * 60

SYNC_MINUTES_MESSAGE = "Enter whole minutes from 1 to 1440 (a day), such as 5."


def parse_sync_minutes(text: str) -> int:
    """The minutes between background syncs as a person typed them ("5", " 15 ");
    ValueError with `SYNC_MINUTES_MESSAGE` for anything else (text, 0, a fraction, too many).
    """
    stripped = text.strip()
    if not stripped.isdigit() or not stripped.isascii():
        raise ValueError(SYNC_MINUTES_MESSAGE)
    minutes = int(stripped)
    if not 1 <= minutes <= MAX_SYNC_MINUTES:
        raise ValueError(SYNC_MINUTES_MESSAGE)
    return minutes


@dataclass(frozen=True, slots=True)
class CaptureConfig:
    """Which sources are on, where ActivityWatch answers, and the person's tool entries."""

    activitywatch_enabled: bool = False
    activitywatch_url: str = DEFAULT_URL
    browser_profiles: frozenset[str] = frozenset()
    custom_tools: tuple[KnownTool, ...] = ()
    sync_minutes: int = DEFAULT_SYNC_MINUTES

    def tool_index(self) -> ToolIndex:
        """The known tools with the person's entries applied."""
        return ToolIndex(effective_tools(shipped_tools(), self.custom_tools))


def load_config(journal: Journal) -> CaptureConfig:
    """The capture settings; defaults (every source off) for anything unset or unreadable."""
    with journal.session() as session:
        row = session.get(Setting, SETTING_KEY)
        raw = row.value_json if row is not None else None
    if raw is None:
        return CaptureConfig()
    try:
        data = json.loads(raw)
        custom = tuple(tool_from_dict(t, is_custom=True) for t in data.get("tools", []))
        return CaptureConfig(
            activitywatch_enabled=bool(data.get("activitywatch_enabled", False)),
            activitywatch_url=str(data.get("activitywatch_url", DEFAULT_URL)),
            browser_profiles=frozenset(str(k) for k in data.get("browser_profiles", [])),
            custom_tools=custom,
            sync_minutes=min(
                MAX_SYNC_MINUTES, max(1, int(data.get("sync_minutes", DEFAULT_SYNC_MINUTES)))
            ),
        )
    except (ValueError, TypeError, AttributeError, KnownToolError):
        return CaptureConfig()


def save_config(journal: Journal, config: CaptureConfig) -> CaptureConfig:
    """Store the capture settings; raises ValueError for an address that is not http(s) or
    minutes between syncs out of range."""
    config = replace(config, activitywatch_url=check_url(config.activitywatch_url))
    if not 1 <= config.sync_minutes <= MAX_SYNC_MINUTES:
        raise ValueError(SYNC_MINUTES_MESSAGE)
    value = json.dumps(
        {
            "activitywatch_enabled": config.activitywatch_enabled,
            "activitywatch_url": config.activitywatch_url,
            "browser_profiles": sorted(config.browser_profiles),
            "tools": [t.as_dict() for t in config.custom_tools],
            "sync_minutes": config.sync_minutes,
        }
    )
    with journal.session() as session:
        row = session.get(Setting, SETTING_KEY) or Setting(key=SETTING_KEY)
        row.value_json = value
        session.add(row)
    return config


@dataclass(frozen=True, slots=True)
class SourceResult:
    """How one source's sync went: what it read and found, or why it could not be read."""

    key: str
    label: str
    read_count: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    error: str | None = None

    @property
    def new_sessions(self) -> int:
        """Sessions that now wait in the inbox and did not before."""
        return self.outcomes[inbox.Outcome.NEW]


@dataclass(frozen=True, slots=True)
class SyncReport:
    """Every source's result, and how many sessions wait after the sync."""

    results: tuple[SourceResult, ...]
    waiting: int

    @property
    def new_sessions(self) -> int:
        """New waiting sessions over all sources."""
        return sum(r.new_sessions for r in self.results)

    @property
    def errors(self) -> tuple[SourceResult, ...]:
        """The sources that could not be read."""
        return tuple(r for r in self.results if r.error is not None)


@dataclass(frozen=True, slots=True)
class SourceStatus:
    """What Settings shows about one source: when it last synced and its last error."""

    key: str
    last_sync_at: dt.datetime | None
    last_error: str


def source_matches(key: str, wanted: Sequence[str] | None) -> bool:
    """True when `key` ("activitywatch", "firefox:abcd.default") is one of `wanted`, which
    may name a source kind ("firefox") or a profile key; None wants everything."""
    if wanted is None:
        return True
    kind = key.partition(":")[0]
    return any(w in (key, kind) for w in wanted)


def _state(journal: Journal, key: str) -> float | None:
    with journal.session() as session:
        row = session.get(SyncStateRow, key)
        return row.cursor if row is not None else None


def _record(
    journal: Journal,
    key: str,
    candidates: Sequence[FoundCandidate],
    cursor: float | None,
    error: str,
) -> Counter[str]:
    """File the candidates and move the cursor together, in one transaction."""
    day_start = journal.settings().day_start_hour
    now = journal.now()
    with journal.session() as session:
        outcomes = inbox.file_batch(session, candidates, now, day_start)
        row = session.get(SyncStateRow, key) or SyncStateRow(source=key, last_error="")
        if not error:
            row.cursor = cursor
            row.last_sync_at = now
        row.last_error = error
        session.add(row)
    return outcomes


def sync(
    journal: Journal,
    sources: Sequence[str] | None = None,
    *,
    config: CaptureConfig | None = None,
    profiles: Sequence[browsers.BrowserProfile] | None = None,
    tz: dt.tzinfo | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> SyncReport:
    """Sync every opted-in source (or those named in `sources`) and file what they found.

    `profiles` are the browser profiles on this machine (found in the default folders when
    None); only those the person opted into are read.
    """
    config = load_config(journal) if config is None else config
    # The cyclic collector, run by the many objects a large sync makes, would walk them all
    # while holding Python's lock: the window's thread would wait (`jsonio.gc_paused`).
    with gc_paused():
        return _sync(journal, config, sources, profiles, tz, is_cancelled)


def _sync(
    journal: Journal,
    config: CaptureConfig,
    sources: Sequence[str] | None,
    profiles: Sequence[browsers.BrowserProfile] | None,
    tz: dt.tzinfo | None,
    is_cancelled: Callable[[], bool] | None,
) -> SyncReport:
    tools = config.tool_index()
    results: list[SourceResult] = []
    if config.activitywatch_enabled and source_matches(ACTIVITYWATCH, sources):
        label = "ActivityWatch"
        try:
            live = read_new(
                config.activitywatch_url,
                tools,
                _state(journal, ACTIVITYWATCH),
                tz=tz,
                is_cancelled=is_cancelled,
            )
        except CaptureUnavailableError as error:
            _record(journal, ACTIVITYWATCH, (), None, str(error))
            results.append(SourceResult(ACTIVITYWATCH, label, error=str(error)))
        else:
            outcomes = _record(journal, ACTIVITYWATCH, live.candidates, live.cursor, "")
            results.append(SourceResult(ACTIVITYWATCH, label, live.event_count, outcomes))
    if config.browser_profiles:
        found = browsers.find_profiles() if profiles is None else profiles
        for profile in found:
            if profile.key not in config.browser_profiles or not source_matches(
                profile.key, sources
            ):
                continue
            try:
                history = browsers.read_history(profile, tools, _state(journal, profile.key), tz=tz)
            except CaptureUnavailableError as error:
                _record(journal, profile.key, (), None, str(error))
                results.append(SourceResult(profile.key, profile.label, error=str(error)))
                continue
            outcomes = _record(journal, profile.key, history.candidates, history.cursor, "")
            results.append(SourceResult(profile.key, profile.label, history.visit_count, outcomes))
    return SyncReport(tuple(results), inbox.count_waiting(journal))


def statuses(journal: Journal) -> dict[str, SourceStatus]:
    """The last sync of every source that was ever synced, by key."""
    with journal.session() as session:
        return {
            row.source: SourceStatus(row.source, row.last_sync_at, row.last_error)
            for row in session.scalars(select(SyncStateRow))
        }
