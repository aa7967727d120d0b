"""Encrypted backups: taken with SQLite's online backup API, rotated, checked and restored.

A backup is a copy of the journal encrypted with the journal's own key, made page by page
through `sqlite3_backup` on SQLCipher connections, so it is consistent even while the app
writes. There is no way to make an unencrypted one: every function here needs the key.
Backups are written under a temporary name (0600), fsynced, and renamed into place.

Kept: one backup a day for the last `KEEP_DAILY` days that have one, one a week for the
`KEEP_WEEKLY` weeks before those, and the last `KEEP_PRE_MIGRATION` taken before a migration.

Restore is atomic. Into a journal that still opens with the key, the backup API writes the
whole backup into it in one write transaction (the WAL makes that all-or-nothing). A journal
that is missing or unreadable is moved aside (never deleted) and the verified copy renamed in.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vision_journal.core.db.engine import connect_raw, damaged_pages, raw_key
from vision_journal.core.errors import DamagedJournalError
from vision_journal.core.keys import fsync_dir
from vision_journal.core.locks import new_partial_file, remove_leftovers
from vision_journal.core.paths import JournalPaths

DAILY = "daily"
PRE_MIGRATION = "pre-migration"
MANUAL = "manual"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_PRE_MIGRATION = 3
#: After this long without a backup the window reminds the person.
REMINDER_AGE = dt.timedelta(days=7)

_NAME = re.compile(r"^journal-(\d{8}-\d{6})(?:-(\d+))?-(daily|pre-migration|manual)\.vjbackup$")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: where it is, when it was taken, and why."""

    path: Path
    taken_at: dt.datetime
    reason: str


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The result of `check`: ok, or the problems found (never journal text)."""

    problems: tuple[str, ...]

    @property
    def is_ok(self) -> bool:
        """True when every check passed."""
        return not self.problems


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def list_backups(paths: JournalPaths) -> list[BackupInfo]:
    """Every backup of this journal, newest first."""
    try:
        names = os.listdir(paths.backups_dir)
    except FileNotFoundError:
        return []
    found = []
    for name in names:
        match = _NAME.match(name)
        if match is None:
            continue
        taken_at = dt.datetime.strptime(match.group(1), _STAMP)
        found.append(
            (
                taken_at,
                int(match.group(2) or 0),
                BackupInfo(paths.backups_dir / name, taken_at, match.group(3)),
            )
        )
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _, _, info in found]


def latest_backup(paths: JournalPaths) -> BackupInfo | None:
    """The newest backup, the one to offer when the journal cannot be opened."""
    backups = list_backups(paths)
    return backups[0] if backups else None


def last_backup_age(paths: JournalPaths, now: dt.datetime | None = None) -> dt.timedelta | None:
    """How long ago the newest backup was taken; None when there is none."""
    latest = latest_backup(paths)
    if latest is None:
        return None
    return max((now or _now()) - latest.taken_at, dt.timedelta(0))


def needs_reminder(paths: JournalPaths, now: dt.datetime | None = None) -> bool:
    """True when the newest backup is older than a week.

    A journal without any backup is not "overdue": it is new (or its backups were removed),
    and the daily backup that runs at start makes its first one at once.
    """
    age = last_backup_age(paths, now)
    return age is not None and age > REMINDER_AGE


def _target(paths: JournalPaths, reason: str, taken_at: dt.datetime) -> Path:
    folder = paths.ensure_backups_dir()
    stamp = taken_at.strftime(_STAMP)
    target = folder / f"journal-{stamp}-{reason}.vjbackup"
    counter = 1
    while target.exists():  # two backups within one second (a migration right after a daily)
        target = folder / f"journal-{stamp}-{counter}-{reason}.vjbackup"
        counter += 1
    return target


#: The partial files of a backup and of a restore being written (never backups themselves).
PARTIAL_BACKUPS = ".backup-*.part"
PARTIAL_RESTORES = ".restore-*.part"


def _temporary(folder: Path) -> Path:
    return folder / f".backup-{secrets.token_hex(4)}.part"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _finish(temporary: Path, target: Path) -> None:
    _fsync(temporary)
    os.replace(temporary, target)
    fsync_dir(target.parent)


def _copy_pages(source: Any, destination: Any) -> None:
    source.backup(destination)
    # A backup is one self-contained file: no -wal beside it.
    destination.execute("PRAGMA journal_mode = DELETE").fetchall()


def create_backup(
    paths: JournalPaths, key: bytes, *, reason: str = DAILY, now: dt.datetime | None = None
) -> BackupInfo:
    """Back the journal up now through the online backup API; returns the new backup."""
    if not paths.database.exists():
        raise FileNotFoundError(paths.database)
    taken_at = now or _now()
    target = _target(paths, reason, taken_at)
    remove_leftovers(target.parent, (PARTIAL_BACKUPS,))
    temporary = _temporary(target.parent)
    with new_partial_file(temporary):
        try:
            source = connect_raw(paths.database, key)
            try:
                destination = connect_raw(temporary, key)
                try:
                    _copy_pages(source, destination)
                finally:
                    destination.close()
            finally:
                source.close()
            _finish(temporary, target)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    return BackupInfo(target, taken_at, reason)


def backup_plain_journal(paths: JournalPaths, key: bytes) -> BackupInfo:
    """Back up a journal from before encryption, encrypting the copy with `key`."""
    taken_at = _now()
    target = _target(paths, PRE_MIGRATION, taken_at)
    temporary = _temporary(target.parent)
    with new_partial_file(temporary):
        try:
            source = connect_raw(paths.database, None)
            try:
                source.execute(
                    f'ATTACH DATABASE ? AS encrypted KEY "{raw_key(key)}"', (str(temporary),)
                )
                source.execute("SELECT sqlcipher_export('encrypted')").fetchall()
                source.execute("DETACH DATABASE encrypted")
            finally:
                source.close()
            _finish(temporary, target)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    return BackupInfo(target, taken_at, PRE_MIGRATION)


def rotate(paths: JournalPaths) -> list[Path]:
    """Delete backups beyond the kept ones; returns what was deleted."""
    keep: set[Path] = set()
    daily_days: list[dt.date] = []
    weekly: list[tuple[int, int]] = []
    migrations = 0
    for info in list_backups(paths):  # newest first, so the first of a day/week is kept
        if info.reason == PRE_MIGRATION:
            if migrations < KEEP_PRE_MIGRATION:
                keep.add(info.path)
                migrations += 1
            continue
        day = info.taken_at.date()
        if day in daily_days:
            continue
        if len(daily_days) < KEEP_DAILY:
            daily_days.append(day)
            keep.add(info.path)
            continue
        week = day.isocalendar()[:2]
        if week not in weekly and len(weekly) < KEEP_WEEKLY:
            weekly.append(week)
            keep.add(info.path)
        daily_days.append(day)
    removed = []
    for info in list_backups(paths):
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def backup_if_due(
    paths: JournalPaths, key: bytes, now: dt.datetime | None = None
) -> BackupInfo | None:
    """The daily backup: taken when none was taken today, then old ones rotated."""
    moment = now or _now()
    if any(b.taken_at.date() == moment.date() for b in list_backups(paths)):
        return None
    info = create_backup(paths, key, reason=DAILY, now=moment)
    rotate(paths)
    return info


def _checks(connection: Any, path: Path, key: bytes) -> list[str]:
    problems: list[str] = []
    rows = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        problems.append(f"integrity_check found {len(rows)} problem(s)")
    cipher = damaged_pages(connection, path, key)
    if cipher:
        problems.append(f"cipher_integrity_check found {len(cipher)} damaged page(s)")
    foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
    if foreign:
        problems.append(f"foreign_key_check found {len(foreign)} broken reference(s)")
    return problems


def check_file(path: Path, key: bytes) -> CheckReport:
    """Run SQLite's and SQLCipher's integrity checks on `path` (read only: nothing is
    created or changed beside it either)."""
    from vision_journal.core.db.migrate import not_a_journal

    if not path.exists():
        return CheckReport(("the file does not exist",))
    if path.is_dir():
        return CheckReport((str(not_a_journal(path)),))
    report = _check_once(path, key, immutable=True)
    if not report.is_ok:
        # The first look took no locks (see connect_raw); a problem is confirmed with them.
        report = _check_once(path, key, immutable=False)
    if not report.is_ok:
        # Named only once it failed as a journal: an encrypted journal begins with random
        # bytes, which may look like any file type's mark.
        what = not_a_journal(path)
        if what is not None:
            return CheckReport((what,))
    return report


def _check_once(path: Path, key: bytes, *, immutable: bool) -> CheckReport:
    try:
        connection = connect_raw(path, key, read_only=True, immutable=immutable)
    except Exception:
        return CheckReport(("the file cannot be opened with this key",))
    try:
        return CheckReport(tuple(_checks(connection, path, key)))
    except Exception as exc:
        # The driver's message names the failure (e.g. "file is not a database"), no data.
        return CheckReport((f"the file cannot be read: {exc}",))
    finally:
        connection.close()


def check(paths: JournalPaths, key: bytes) -> CheckReport:
    """`vision-journal check`: the journal's integrity checks."""
    return check_file(paths.database, key)


def restore(paths: JournalPaths, key: bytes, source: Path) -> None:
    """Replace the journal by the backup `source`, atomically; the journal must be closed.

    The backup is verified first (it opens with the key and passes the checks); nothing is
    changed otherwise.
    """
    report = check_file(source, key)
    if not report.is_ok:
        raise DamagedJournalError(
            f"The backup {source.name} cannot be restored: {'; '.join(report.problems)}. "
            "Nothing was changed."
        )
    paths.ensure()
    remove_leftovers(paths.data_dir, (PARTIAL_RESTORES,))
    staged = paths.data_dir / f".restore-{secrets.token_hex(4)}.part"
    with new_partial_file(staged):
        _restore_staged(paths, key, source, staged)


def _restore_staged(paths: JournalPaths, key: bytes, source: Path, staged: Path) -> None:
    try:
        origin = connect_raw(source, key, read_only=True)
        try:
            copy = connect_raw(staged, key)
            try:
                _copy_pages(origin, copy)
            finally:
                copy.close()
        finally:
            origin.close()
        _fsync(staged)
        if not _restore_in_place(paths, key, staged):
            _move_aside(paths)
            os.replace(staged, paths.database)
            fsync_dir(paths.data_dir)
    finally:
        staged.unlink(missing_ok=True)


def _restore_in_place(paths: JournalPaths, key: bytes, staged: Path) -> bool:
    """Copy `staged` into the live journal in one transaction; False if it cannot be opened."""
    if not paths.database.exists() or paths.database.stat().st_size == 0:
        return False
    try:
        live = connect_raw(paths.database, key)
    except Exception:
        return False
    try:
        try:
            live.execute("SELECT count(*) FROM sqlite_master").fetchall()
            if live.execute("PRAGMA cipher_integrity_check").fetchall():
                return False
        except Exception:
            return False
        origin = connect_raw(staged, key, read_only=True)
        try:
            origin.backup(live)
        finally:
            origin.close()
        live.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return True
    finally:
        live.close()


def _move_aside(paths: JournalPaths) -> None:
    # A damaged journal is kept, not deleted: someone may still recover something from it.
    stamp = _now().strftime(_STAMP)
    for path in (paths.database, paths.wal_file, paths.shm_file):
        if path.exists():
            os.replace(path, path.with_name(f"{path.name}.damaged-{stamp}"))
