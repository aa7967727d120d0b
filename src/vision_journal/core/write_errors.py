"""What an operation raises when it cannot be done, other than a rejected input.

A full disk, a read-only folder, an I/O error or a damaged file reach the caller as the
database driver's error, wrapped by SQLAlchemy, with no journal text in it (the engine hides
parameters); a write lock another program held longer than the bounded wait as
`JournalBusyError`, which names the programs; a record deleted meanwhile as `NotFoundError`;
an undo whose rows changed since as `StaleUndoError`. In every case the transaction was rolled
back, so nothing of the change was kept; a caller keeps what the person typed and says why
through the window's one failure text (`ui/write_failure.py`).

Kept apart from `errors.py`, which the key store imports at start: this module loads
SQLAlchemy, and only the window needs it.
"""

from __future__ import annotations

from sqlalchemy.exc import DatabaseError

from vision_journal.core.errors import JournalBusyError, NotFoundError, StaleUndoError

WRITE_ERRORS: tuple[type[Exception], ...] = (
    DatabaseError,
    JournalBusyError,
    NotFoundError,
    StaleUndoError,
)
