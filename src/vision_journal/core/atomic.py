"""Writing files atomically: the old file or the whole new one, never half a file.

Every export goes through here. The bytes go to a temporary file in the target's own folder
(so the final rename never crosses file systems), created private (mode 0600); the file is
flushed and fsynced, renamed over the target with `os.replace` (atomic on POSIX and on
Windows), and then the folder is fsynced so the rename itself survives a power cut. If
anything fails or is interrupted before the rename, the temporary file is removed and the old
target is untouched; a KeyboardInterrupt is handled the same way.
"""

from __future__ import annotations

import glob
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

#: Suffix of the temporary files, so a person who finds one after a power cut knows what it is.
TEMP_SUFFIX = ".part"


def _fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; folders cannot be opened like this on Windows."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file to write `path` in pieces; it replaces `path` only when the block ends
    without an error.

    ```
    with atomic_writer(target) as out:
        for chunk in chunks:
            out.write(chunk)
    ```
    """
    from vision_journal.core.locks import hold, remove_leftovers

    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    # What an export killed halfway left here; a file another export is writing is held.
    remove_leftovers(folder, (f".{glob.escape(target.name)}.*{TEMP_SUFFIX}",))
    descriptor, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder
    )
    hold(descriptor)
    temp = Path(temp_name)
    is_replaced = False
    try:
        with os.fdopen(descriptor, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
        is_replaced = True
        _fsync_folder(folder)
    finally:
        if not is_replaced:
            with suppress(FileNotFoundError):
                temp.unlink()


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` atomically: afterwards `path` holds the old bytes or `data`."""
    with atomic_writer(path) as out:
        out.write(data)
