"""The dashboard as last shown, kept inside the encrypted journal for the next start's first
frame (docs/architecture.md, "Start-up").

Qt-free and SQLAlchemy-free: the start reads it through the SQLCipher driver alone, before
SQLAlchemy, the ORM and the pages are imported. It holds what the top of the dashboard
showed (the words in the person's language, the numbers in them, the week's bars and the
twelve weeks' points), the journal day it was shown for, and the journal's change count at
the moment the dashboard read the journal. It is shown only while that count is still the
journal's, on the same journal day and in the same language: any write since (the window's,
or the command line's in another process) moves the count, and the start computes afresh.

It lives in the `setting` table under its own key (a value of JSON, like the capture
configuration beside it); the settings loader and the JSON export read only the keys they
know, so it never leaves the journal.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from vision_journal.core.db.raw import DBAPIConnection, change_count, connect_raw

#: The key of the snapshot's row in the `setting` table.
SETTING_KEY = "dashboard_snapshot"
#: The layout of the stored value; a snapshot of another layout is not shown.
FORMAT = 2
#: How long saving waits for another process's write lock before giving up (milliseconds):
#: a snapshot not saved only makes the next start compute afresh.
_SAVE_BUSY_MS = 50


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the dashboard's first screen showed, and when it was current."""

    #: The journal's change count when the dashboard read it (`core.db.raw.change_count`).
    count: int
    #: The journal day it was shown for (a new day moves the week and its bars), and the
    #: hour journal days start at (a setting: changing it changes the count too).
    day: dt.date
    day_start_hour: int
    #: The language its words are in (`QLocale.name()` of the window).
    language: str
    date_text: str
    #: The index, worded ("" while there is none).
    score_text: str
    level_text: str
    #: True when the level reads as a warning (Watch, Over-reliant).
    level_warning: bool
    change_text: str
    hint_text: str
    #: The week's days: the day's short name and its AI minutes.
    bars: tuple[tuple[str, int], ...]
    #: Days of the week still to come (drawn dimmed).
    bars_dimmed: tuple[bool, ...]
    #: The daily minutes budget drawn as a line, if any.
    budget: int | None
    bars_note: str
    #: The twelve weeks' index (None: not enough data that week), oldest first, with the
    #: first day of each worded, the Watch and Balanced thresholds, and the card's words.
    points: tuple[float | None, ...]
    point_labels: tuple[str, ...]
    thresholds: tuple[int, int]
    points_from: str
    points_note: str
    #: The Inbox notice ("" when nothing waits).
    inbox_text: str
    #: The index's parts as one stacked bar: (colour's place, name, points, tooltip), and
    #: its legend: (colour's place, name as worded there). Empty while there is no index.
    parts: tuple[tuple[int, str, float, str], ...] = ()
    legend: tuple[tuple[int, str], ...] = ()


def encode(snapshot: Snapshot) -> str:
    """The snapshot as the JSON text stored."""
    value = asdict(snapshot)
    value["day"] = snapshot.day.isoformat()
    value["format"] = FORMAT
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def decode(text: str) -> Snapshot | None:
    """The snapshot in `text`; None when it is of another layout or unreadable."""
    try:
        value: dict[str, Any] = json.loads(text)
        if value.pop("format", None) != FORMAT:
            return None
        names = {f.name for f in fields(Snapshot)}
        if set(value) != names:
            return None
        value["day"] = dt.date.fromisoformat(value["day"])
        for name in ("count", "day_start_hour"):
            value[name] = int(value[name])
        value["budget"] = None if value["budget"] is None else int(value["budget"])
        value["bars"] = tuple((str(name), int(minutes)) for name, minutes in value["bars"])
        value["bars_dimmed"] = tuple(bool(d) for d in value["bars_dimmed"])
        value["points"] = tuple(None if p is None else float(p) for p in value["points"])
        value["point_labels"] = tuple(str(label) for label in value["point_labels"])
        value["parts"] = tuple(
            (int(place), str(name), float(points), str(tip))
            for place, name, points, tip in value["parts"]
        )
        value["legend"] = tuple((int(place), str(name)) for place, name in value["legend"])
        watch, balanced = value["thresholds"]
        value["thresholds"] = (int(watch), int(balanced))
        snapshot = Snapshot(**value)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return snapshot


def read_current(database: Path, key: bytes, now: dt.datetime, language: str) -> Snapshot | None:
    """The snapshot of the journal at `database`, if it is still what the dashboard would
    show at `now` in `language`; None otherwise, or when the file cannot be read this way.

    Reads without writing anything (read-only, and without SQLite's locks when no log is
    there). A file this cannot read is left to the full open, which says what is wrong.
    """
    from vision_journal.core.db.raw import sqlcipher_module

    try:
        connection = connect_raw(database, key, read_only=True, immutable=True)
    except (OSError, sqlcipher_module().Error):
        return None
    try:
        # One read transaction: the count and the row are of the same moment.
        connection.execute("BEGIN")
        count = change_count(connection)
        row = connection.execute(
            "SELECT value_json FROM setting WHERE key = ?", (SETTING_KEY,)
        ).fetchone()
        connection.execute("COMMIT")
    except sqlcipher_module().Error:
        return None
    finally:
        connection.close()
    snapshot = decode(row[0]) if row is not None and isinstance(row[0], str) else None
    if snapshot is None or snapshot.count != count:
        return None
    # The journal day of `now`, as `core.calendar.journal_day` reckons it (not imported:
    # it brings the records module, which the first frame has no use for).
    day = (now - dt.timedelta(hours=snapshot.day_start_hour)).date()
    if snapshot.day != day or snapshot.language != language:
        return None
    return snapshot


def save(connection: DBAPIConnection, snapshot: Snapshot, busy_ms: int) -> bool:
    """Keep `snapshot` in the journal through `connection` (a raw DB-API one), if the
    journal's change count is still the one it was read at; True when kept.

    Written through the driver, not the engine, so keeping it does not count as a change
    (it changes nothing it shows). `busy_ms` is the connection's own busy timeout, set back
    afterwards: while another process writes, this gives up at once rather than wait.
    """
    connection.execute(f"PRAGMA busy_timeout = {_SAVE_BUSY_MS}")
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            if change_count(connection) != snapshot.count:
                connection.execute("ROLLBACK")
                return False
            connection.execute(
                "INSERT INTO setting (key, value_json) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json",
                (SETTING_KEY, encode(snapshot)),
            )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    finally:
        connection.execute(f"PRAGMA busy_timeout = {busy_ms}")
    return True
