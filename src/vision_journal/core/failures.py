"""Ordinary failures of the environment, told as sentences a person can act on.

A full disk, a read-only file or folder, an I/O error, or a journal another program keeps
busy longer than the bounded wait (`BUSY_TIMEOUT_MS`) reach the core as the database
driver's error (possibly wrapped by SQLAlchemy) or as an `OSError`. In every case the
transaction was rolled back or the file never written, so nothing changed; the sentence says
so. `failure_message` returns None for anything else, which stays a bug to be reported.

Loaded only when something failed: nothing here is on the start-up path.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from vision_journal.core.db.engine import BUSY_TIMEOUT_MS
from vision_journal.core.errors import JournalBusyError
from vision_journal.core.paths import JournalPaths

FULL = (
    "the disk is full: there was no room to write {where}. Nothing was changed; free some "
    "space and try again."
)
READ_ONLY = (
    "{where} cannot be written to: the file or its folder is read-only. Nothing was changed."
)
IO_ERROR = (
    "the disk reported an input/output error while writing {where}. Nothing was changed; "
    "check the disk before trying again."
)
CANNOT_OPEN = "{where} cannot be opened ({detail}). Nothing was changed."
BUSY = (
    "the journal is busy: {holders} is writing to it and did not finish within {seconds} "
    "seconds. Nothing was changed; try again once it has finished."
)

#: Less room than this is a full disk for a journal (a few pages of log and index).
NEARLY_FULL_BYTES = 1 << 20

_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def is_busy(error: BaseException) -> bool:
    """True when `error` is the driver's "database is locked" (or busy) after the wait."""
    cause = getattr(error, "orig", None) or error
    if type(cause).__name__ not in ("OperationalError", "DatabaseError"):
        return False
    text = str(cause).lower()
    return "locked" in text or "busy" in text


def failure_message(error: BaseException, paths: JournalPaths | None) -> str | None:
    """A sentence for `error` when it is an ordinary failure of the environment, else None."""
    if isinstance(error, JournalBusyError):
        holders = " and ".join(error.holders) or "another program"
        return BUSY.format(holders=holders, seconds=BUSY_TIMEOUT_MS // 1000)
    # SQLAlchemy keeps the driver's error (SQLite's own words, never journal text) in `orig`.
    cause = getattr(error, "orig", None) or error
    where = f"the journal in {paths.data_dir}" if paths is not None else "the journal"
    if isinstance(cause, OSError):
        target = cause.filename or (paths.data_dir if paths is not None else None)
        place = str(target) if target is not None else where
        if cause.errno in _FULL_ERRNOS:
            return FULL.format(where=place)
        if cause.errno in _READ_ONLY_ERRNOS:
            return READ_ONLY.format(where=place)
        if cause.errno == errno.EIO:
            if paths is not None and _is_nearly_full(paths.data_dir):
                return FULL.format(where=place)
            return IO_ERROR.format(where=place)
        return CANNOT_OPEN.format(where=place, detail=cause.strerror or cause)
    if type(cause).__name__ not in ("OperationalError", "DatabaseError"):
        return None
    text = str(cause).lower()
    if is_busy(cause):
        return BUSY.format(holders=_holders(paths), seconds=BUSY_TIMEOUT_MS // 1000)
    if "disk is full" in text:
        return FULL.format(where=where)
    if "readonly" in text or "read-only" in text:
        return READ_ONLY.format(where=where)
    if "disk i/o error" in text:
        # SQLite reports a full disk this way when its shared-memory index cannot grow.
        if paths is not None and _is_nearly_full(paths.data_dir):
            return FULL.format(where=where)
        return IO_ERROR.format(where=where)
    if "unable to open" in text:
        # SQLite cannot open a WAL journal whose folder refuses its -wal and -shm files.
        if paths is not None and _is_read_only(paths.data_dir):
            return READ_ONLY.format(where=where)
        return CANNOT_OPEN.format(where=where, detail=str(cause))
    return None


def _is_nearly_full(folder: Path) -> bool:
    """True when the disk of `folder` has less room left than a journal needs to write."""
    try:
        usage = shutil.disk_usage(folder)
    except OSError:
        return False
    return usage.free < NEARLY_FULL_BYTES


def _is_read_only(folder: Path) -> bool:
    """True when nothing can be created in `folder` (a read-only disk, or its mode)."""
    try:
        on_read_only_disk = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        on_read_only_disk = False
    return on_read_only_disk or not os.access(folder, os.W_OK)


def _holders(paths: JournalPaths | None) -> str:
    from vision_journal.core.locks import programs_using

    names = programs_using(paths) if paths is not None else []
    if not names:
        return "another program"
    return " and ".join(names)
