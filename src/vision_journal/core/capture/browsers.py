"""Browser histories: visits to known AI domains in Firefox and the Chromium family.

The histories are looked for in each browser's default profile folders (Linux under
`~/.mozilla/firefox` and `~/.config/<browser>`, macOS under `~/Library/Application Support`,
Windows under `%APPDATA%` for Firefox and `%LOCALAPPDATA%/<browser>/User Data` for the
Chromium family); `docs/capture.md` lists every folder.

Firefox keeps visits in `places.sqlite` (`moz_historyvisits.visit_date`, microseconds since
1970, joined to `moz_places`, whose `rev_host` is the host reversed with a trailing dot:
"moc.tpgtahc."). Only `visit_date` and `rev_host` are read: no URL, no title. The Chromium
family keeps them in `History` (`visits.visit_time`, microseconds since 1601-01-01, joined
to `urls.url`); the URL is cut to its host at once and never kept.

A browser holds its history locked while it runs, so the file (and its `-wal` journal, if
any) is copied to a private temporary folder, read there, and the copy deleted.

Visits are points in time. The visits of one tool are grouped into sessions by
`GAP_MINUTES`; a session lasts from its first to its last visit, plus the chat tail, like an
exported conversation (`core.imports.sessions.chat_minutes`).
"""

from __future__ import annotations

import datetime as dt
import math
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from vision_journal.core.capture.activitywatch_live import CaptureUnavailableError
from vision_journal.core.capture.inbox import FoundCandidate
from vision_journal.core.capture.known_tools import ToolIndex
from vision_journal.core.imports.activitywatch import url_host
from vision_journal.core.imports.sessions import chat_minutes, local_time

#: Visits of one tool at most this many minutes apart are one session.
GAP_MINUTES = 10

#: Microseconds between 1601-01-01 (Chromium's epoch) and 1970-01-01.
CHROMIUM_EPOCH_OFFSET_US = 11_644_473_600_000_000

FIREFOX = "firefox"
CHROMIUM_FAMILY = ("chrome", "chromium", "brave", "edge", "vivaldi")

BROWSER_NAMES = {
    "firefox": "Firefox",
    "chrome": "Chrome",
    "chromium": "Chromium",
    "brave": "Brave",
    "edge": "Edge",
    "vivaldi": "Vivaldi",
}

#: What reading a history takes from it, as the opt-in list says it.
WHAT_IS_READ = "the times of visits to known AI sites and their domains; no addresses, no titles"

_CHROMIUM_FOLDERS = {
    "linux": {
        "chrome": ".config/google-chrome",
        "chromium": ".config/chromium",
        "brave": ".config/BraveSoftware/Brave-Browser",
        "edge": ".config/microsoft-edge",
        "vivaldi": ".config/vivaldi",
    },
    "darwin": {
        "chrome": "Library/Application Support/Google/Chrome",
        "chromium": "Library/Application Support/Chromium",
        "brave": "Library/Application Support/BraveSoftware/Brave-Browser",
        "edge": "Library/Application Support/Microsoft Edge",
        "vivaldi": "Library/Application Support/Vivaldi",
    },
    "win32": {
        "chrome": "Google/Chrome/User Data",
        "chromium": "Chromium/User Data",
        "brave": "BraveSoftware/Brave-Browser/User Data",
        "edge": "Microsoft/Edge/User Data",
        "vivaldi": "Vivaldi/User Data",
    },
}


@dataclass(frozen=True, slots=True)
class BrowserProfile:
    """One browser profile with a history: `key` is stable ("firefox:abcd.default")."""

    browser: str
    profile: str
    path: Path

    @property
    def key(self) -> str:
        """The profile's id in settings and sync state."""
        return f"{self.browser}:{self.profile}"

    @property
    def label(self) -> str:
        """ "Firefox (abcd.default-release)"."""
        return f"{BROWSER_NAMES[self.browser]} ({self.profile})"


def _platform_key(platform: str) -> str:
    if platform.startswith("win"):
        return "win32"
    if platform == "darwin":
        return "darwin"
    return "linux"


def find_profiles(
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
) -> list[BrowserProfile]:
    """Every profile with a history in the default folders, Firefox first, by name."""
    home = Path.home() if home is None else home
    environ = os.environ if environ is None else environ
    system = _platform_key(sys.platform if platform is None else platform)
    found: list[BrowserProfile] = []
    for folder in _firefox_folders(home, environ, system):
        if folder.is_dir():
            for profile in sorted(folder.iterdir()):
                if (profile / "places.sqlite").is_file():
                    found.append(BrowserProfile(FIREFOX, profile.name, profile / "places.sqlite"))
    base = (
        Path(environ.get("LOCALAPPDATA", home / "AppData" / "Local")) if system == "win32" else home
    )
    for browser, relative in _CHROMIUM_FOLDERS[system].items():
        folder = base / relative
        if not folder.is_dir():
            continue
        for profile in sorted(folder.iterdir()):
            if (profile / "History").is_file():
                found.append(BrowserProfile(browser, profile.name, profile / "History"))
    return found


def _firefox_folders(home: Path, environ: Mapping[str, str], system: str) -> list[Path]:
    if system == "win32":
        roaming = Path(environ.get("APPDATA", home / "AppData" / "Roaming"))
        return [roaming / "Mozilla" / "Firefox" / "Profiles"]
    if system == "darwin":
        return [home / "Library" / "Application Support" / "Firefox" / "Profiles"]
    return [
        home / ".mozilla" / "firefox",
        home / "snap" / "firefox" / "common" / ".mozilla" / "firefox",
        home / ".var" / "app" / "org.mozilla.firefox" / ".mozilla" / "firefox",
    ]


@dataclass(frozen=True, slots=True)
class HistoryResult:
    """What one read of a history found, and where the next read starts (epoch seconds)."""

    candidates: tuple[FoundCandidate, ...]
    visit_count: int
    cursor: float | None


def read_history(
    profile: BrowserProfile,
    tools: ToolIndex,
    cursor: float | None,
    *,
    tz: dt.tzinfo | None = None,
) -> HistoryResult:
    """Sessions of known AI tools in the visits after `cursor` (None: every visit)."""
    if not profile.path.is_file():
        raise CaptureUnavailableError(f"{profile.label}: the history file is gone.")
    with tempfile.TemporaryDirectory(prefix="vj-history-") as folder:
        copy = Path(folder) / profile.path.name
        try:
            shutil.copyfile(profile.path, copy)
            wal = profile.path.with_name(profile.path.name + "-wal")
            if wal.is_file():
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        except OSError as error:
            raise CaptureUnavailableError(
                f"{profile.label}: the history could not be copied ({error.strerror})."
            ) from error
        try:
            visits = (
                _firefox_visits(copy, tools, cursor)
                if profile.browser == FIREFOX
                else _chromium_visits(copy, tools, cursor)
            )
        except sqlite3.DatabaseError as error:
            raise CaptureUnavailableError(
                f"{profile.label}: the history cannot be read ({error})."
            ) from error
    return _sessions(profile, visits, tools, cursor, tz)


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def _firefox_visits(path: Path, tools: ToolIndex, cursor: float | None) -> list[tuple[float, str]]:
    after = -1 if cursor is None else math.floor(cursor * 1_000_000)
    visits: list[tuple[float, str]] = []
    cache: dict[str, str | None] = {}
    connection = _connect(path)
    try:
        rows = connection.execute(
            "SELECT v.visit_date, p.rev_host FROM moz_historyvisits AS v "
            "JOIN moz_places AS p ON p.id = v.place_id "
            "WHERE v.visit_date > ? AND p.rev_host IS NOT NULL ORDER BY v.visit_date",
            (after,),
        )
        for visit_date, rev_host in rows:
            if rev_host not in cache:
                entry = tools.for_host(str(rev_host)[::-1].lstrip("."))
                cache[rev_host] = entry.tool if entry is not None else None
            tool = cache[rev_host]
            if tool is not None:
                visits.append((int(visit_date) / 1_000_000, tool))
    finally:
        connection.close()
    return visits


def _chromium_visits(path: Path, tools: ToolIndex, cursor: float | None) -> list[tuple[float, str]]:
    after = -1 if cursor is None else math.floor(cursor * 1_000_000) + CHROMIUM_EPOCH_OFFSET_US
    visits: list[tuple[float, str]] = []
    by_url: dict[int, str | None] = {}
    connection = _connect(path)
    try:
        rows = connection.execute(
            "SELECT v.visit_time, u.id, u.url FROM visits AS v JOIN urls AS u ON u.id = v.url "
            "WHERE v.visit_time > ? ORDER BY v.visit_time",
            (after,),
        )
        for visit_time, url_id, url in rows:
            if url_id not in by_url:
                host = url_host(str(url))
                entry = tools.for_host(host) if host else None
                by_url[url_id] = entry.tool if entry is not None else None
            tool = by_url[url_id]
            if tool is not None:
                visits.append(((int(visit_time) - CHROMIUM_EPOCH_OFFSET_US) / 1_000_000, tool))
    finally:
        connection.close()
    return visits


def _sessions(
    profile: BrowserProfile,
    visits: Sequence[tuple[float, str]],
    tools: ToolIndex,
    cursor: float | None,
    tz: dt.tzinfo | None,
) -> HistoryResult:
    kinds = {tool.tool: tool.kind for tool in tools.tools}
    by_tool: dict[str, list[float]] = {}
    for moment, tool in visits:
        by_tool.setdefault(tool, []).append(moment)
    gap = GAP_MINUTES * 60
    candidates: list[FoundCandidate] = []
    newest = max((moment for moment, _ in visits), default=None)
    open_starts: list[float] = []
    for tool, moments in by_tool.items():
        moments.sort()
        start = 0
        for index in range(1, len(moments) + 1):
            if index < len(moments) and moments[index] - moments[index - 1] <= gap:
                continue
            first, last = moments[start], moments[index - 1]
            minutes = chat_minutes(first, last)
            started_at = local_time(first, tz)
            candidates.append(
                FoundCandidate(
                    tool_name=tool,
                    tool_kind=kinds[tool],
                    started_at=started_at,
                    ended_at=started_at + dt.timedelta(minutes=minutes),
                    minutes=minutes,
                    source=profile.browser,
                    source_id=f"{profile.key}:{tool.lower()}:{math.floor(first)}",
                )
            )
            if newest is not None and newest - last < gap:
                open_starts.append(first)
            start = index
    next_cursor = cursor
    if open_starts:
        # The last session may still be going on: read it again whole next time.
        next_cursor = min(open_starts) - 1e-6
    elif newest is not None:
        next_cursor = newest
    return HistoryResult(tuple(candidates), len(visits), next_cursor)
