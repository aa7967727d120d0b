"""The check of every page of a journal file (`PRAGMA cipher_integrity_check`), and that
check started early, on a thread of its own, for the open that follows.

SQLAlchemy-free. The window's start (`ui/start.py`) starts the check as soon as its first
frame is drawn; SQLite leaves Python's lock while it reads and verifies the pages, so the
check runs beside the imports of SQLAlchemy and the pages instead of after them. The open
(`db.migrate.probe_file`) then takes its result where it would have run it, and refuses a
damaged file exactly as before, before anything is written (docs/architecture.md,
"Start-up").
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

from vision_journal.core.db.raw import DBAPIConnection, connect_raw, sqlcipher_module


def damaged_pages(connection: DBAPIConnection, path: Path, key: bytes) -> list[Any]:
    """What `PRAGMA cipher_integrity_check` finds wrong in the file at `path`, through
    `connection` (keyed with `key`); empty when every page is sound.

    The check reads the file's pages, not the write-ahead log. After a crash the log can
    hold pages that supersede the file's, all of them when the crash came right after a
    rekey committed (the file's pages are then under the old key). So when the check finds
    something and a log is there, the file is checked as it will be once the log is copied
    in: on a copy, never on the journal itself, which stays exactly as it was found.
    """
    problems: list[Any] = connection.execute("PRAGMA cipher_integrity_check").fetchall()
    wal = path.with_name(path.name + "-wal")
    if problems and wal.exists() and wal.stat().st_size > 0:
        problems = _damaged_pages_with_log(path, wal, key, problems)
    return problems


def _damaged_pages_with_log(path: Path, wal: Path, key: bytes, found: list[Any]) -> list[Any]:
    # The copy is as encrypted as the journal; the system's temporary folder is private
    # enough for it, and a journal folder that cannot be written to can still be checked.
    try:
        folder = Path(tempfile.mkdtemp(prefix="vision-journal-check-"))
    except OSError:
        return found
    try:
        copy = folder / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, folder / wal.name)
        writer = connect_raw(copy, key)
        try:
            writer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            return list(writer.execute("PRAGMA cipher_integrity_check").fetchall())
        finally:
            writer.close()
    except (OSError, sqlcipher_module().Error):
        return found  # no room for a copy: the file stays reported as it reads now
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class PageCheck:
    """`damaged_pages` of one file, run on a thread of its own; `result` waits for it."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self.key = key
        self._problems: list[Any] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="page-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            # As the open's own look: read-only, and without locks when no log is there.
            connection = connect_raw(self.path, self.key, read_only=True, immutable=True)
            try:
                self._problems = damaged_pages(connection, self.path, self.key)
            finally:
                connection.close()
        except BaseException as error:  # handed to the open, which decides what it means
            self._error = error

    def result(self) -> list[Any]:
        """The damaged pages found (empty when every page is sound); raises what the check
        raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._problems


_lock = threading.Lock()
_started: dict[Path, PageCheck] = {}


def start_page_check(path: Path, key: bytes) -> PageCheck:
    """Start checking the file at `path` now, for the next open of it with `key`."""
    check = PageCheck(path, key)
    with _lock:
        _started[path.absolute()] = check
    return check


def take_page_check(path: Path, key: bytes) -> PageCheck | None:
    """The check started for the file at `path` with `key`, once (None when there is none):
    the open uses it instead of checking again."""
    with _lock:
        check = _started.pop(path.absolute(), None)
    return check if check is not None and check.key == key else None
