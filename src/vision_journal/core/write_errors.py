"""What a write raises when the journal file cannot take it.

A full disk, a read-only folder, an I/O error or a lock held too long reach the caller as
the database driver's error, wrapped by SQLAlchemy, with no journal text in it (the engine
hides parameters). The transaction was rolled back, so nothing of the change was kept; a
caller keeps what the person typed and says why (`ui/write_failure.py`).

Kept apart from `errors.py`, which the key store imports at start: this module loads
SQLAlchemy, and only the window needs it.
"""

from __future__ import annotations

from sqlalchemy.exc import OperationalError

WRITE_ERRORS: tuple[type[Exception], ...] = (OperationalError,)
