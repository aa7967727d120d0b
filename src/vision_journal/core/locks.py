"""Locks between processes that share a journal folder, and who holds the journal.

Two kinds of lock, both released by the operating system when their process dies, so a
crash never leaves a lock behind:

- `creation_lock(folder)`: held while a new journal's key file and database are made, so
  two first starts at the same moment (two commands, or the window and a command) make one
  key and one database; the second start sees the first one's journal and opens it.
- `held_while_writing(path)`: a partial file (a backup or a restore being written) is held by
  its writer; `remove_leftovers` deletes only partial files nobody holds, the litter of a
  killed process, never another process's work in progress.

`programs_using(paths)` names the programs that have the journal file open (from `/proc`
on Linux, else from the window's lock file), for the message a person gets when the journal
stays busy longer than the bounded wait.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from vision_journal.core.paths import JournalPaths

if sys.platform != "win32":
    import fcntl

_COMMANDS = frozenset({"export", "import", "backup", "restore", "check"})


@contextlib.contextmanager
def creation_lock(folder: Path) -> Iterator[None]:
    """Hold the folder's creation lock (blocking) for the duration of the block.

    On POSIX the lock is a `flock` on the folder itself, so no lock file is left behind.
    """
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        handle = os.open(folder / ".creating.lock", os.O_CREAT | os.O_RDWR, 0o600)
        try:
            msvcrt.locking(handle, msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(handle)
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the flock


def hold(handle: int) -> None:
    """Mark the open file `handle` as work in progress (see `remove_leftovers`)."""
    if sys.platform != "win32":
        # A file system without flock cannot mark it; its leftovers then simply stay.
        with contextlib.suppress(OSError):
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)


@contextlib.contextmanager
def new_partial_file(path: Path) -> Iterator[None]:
    """Create `path` (0600, it must not exist) and hold it as work in progress meanwhile."""
    handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        hold(handle)
        yield
    finally:
        os.close(handle)


def _is_abandoned(path: Path) -> bool:
    """True when no living process holds the partial file at `path`."""
    if sys.platform == "win32":  # pragma: no cover - no flock: only old leftovers go
        import time

        return time.time() - path.stat().st_mtime > 24 * 3600
    handle = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # held by a living process (or a file system without flock)
    finally:
        os.close(handle)
    return True


def remove_leftovers(folder: Path, patterns: Iterable[str]) -> list[Path]:
    """Delete the partial files in `folder` matching `patterns` that no process holds."""
    removed = []
    for pattern in patterns:
        for path in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if path.is_file() and _is_abandoned(path):
                    path.unlink()
                    removed.append(path)
    return removed


def programs_using(paths: JournalPaths) -> list[str]:
    """The other programs that have the journal open: "vision-journal import … (process 42)".

    Linux tells through `/proc` which processes have the database file open; elsewhere the
    window's lock file names the window's process. Empty when nobody can be named.
    """
    found = _from_proc(paths.database)
    if found is None:
        found = _from_lock_file(paths.lock_file)
    return found


def _from_proc(database: Path) -> list[str] | None:
    proc = Path("/proc")
    if not (proc / "self" / "fd").is_dir():
        return None
    target = str(database.resolve())
    names = []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        with contextlib.suppress(OSError):
            if any(os.readlink(fd) == target for fd in (entry / "fd").iterdir()):
                names.append(_describe(entry))
    return names


def _describe(entry: Path) -> str:
    try:
        words = (entry / "cmdline").read_bytes().rstrip(b"\0").split(b"\0")
    except OSError:
        words = []
    text = [os.fsdecode(w) for w in words if w]
    if len(text) >= 2 and text[1] == "-c":
        text = [text[0]]  # a script given inline: its interpreter is all there is to name
    elif len(text) >= 3 and text[1] == "-m":
        text = [text[2].replace("_", "-"), *text[3:]]
    elif len(text) > 1 and Path(text[0]).name.startswith("python"):
        text = text[1:]  # a console script runs as "python …/bin/vision-journal …"
    if not text:
        return f"a program (process {entry.name})"
    name = Path(text[0]).name
    if name == "vision-journal":
        command = next((word for word in text[1:] if word in _COMMANDS), None)
        program = f"vision-journal {command}" if command else "the Vision Journal window"
    else:
        program = name
    return f"{program} (process {entry.name})"


def _from_lock_file(lock_file: Path) -> list[str]:
    # QLockFile writes the holder's process id on its first line.
    try:
        first = lock_file.read_text(encoding="utf-8", errors="replace").splitlines()[0]
    except (OSError, IndexError):
        return []
    return [f"the Vision Journal window (process {first})"] if first.strip().isdigit() else []
