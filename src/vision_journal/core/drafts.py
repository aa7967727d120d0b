"""Drafts of unsaved long text (the vision, a check-in, a note), kept while typing.

Storage: reads and writes the `draft` table through a session it is given.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vision_journal.core.db.models import DraftRow


def keep(session: Session, key: str, text: str, now: dt.datetime) -> None:
    """Keep `text` under `key`, replacing what was kept there."""
    row = session.get(DraftRow, key) or DraftRow(key=key)
    row.text = text
    row.updated_at = now
    session.add(row)


def discard(session: Session, prefix: str) -> None:
    """Forget every draft whose key starts with `prefix`."""
    session.execute(delete(DraftRow).where(DraftRow.key.startswith(prefix)))


def get(session: Session, key: str) -> str | None:
    """The text kept under `key`, if any."""
    row = session.get(DraftRow, key)
    return None if row is None else row.text


def starting_with(session: Session, prefix: str) -> dict[str, str]:
    """Every kept draft whose key starts with `prefix`."""
    rows = session.scalars(select(DraftRow).where(DraftRow.key.startswith(prefix)))
    return {row.key: row.text for row in rows}
