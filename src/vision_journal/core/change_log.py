"""The change log: what each committed write changed, for the other processes on a journal.

Storage level. Every transaction of a journal's sessions that wrote something adds one row
to `change_log`, in the same transaction, naming the tables and journal days it changed
(what the journal's `ChangeFeed` knows of it: an operation's row log, or a session's
flushes and statements). A window open on the journal notices another process's commit
through SQLite's `data_version` and reads the rows newer than the last one it saw
(`OutsideWatch`), so it refreshes only what the other process changed.

When the rows cannot say it, the watch says `Changes.everything()`: a commit that left no
row (a raw write such as a key change or a restore, or a journal from before the log), a
row it saw last that is gone (pruned: only the latest `KEEP_ROWS` are kept) or is another
row now (a restored file: each row carries a random `nonce`). Reading the rows and
`data_version` in one read transaction keeps the two in step.

The window's own writes are in the log too; a watch that reads past them reports them again
with the next outside change, which costs a refresh and nothing else.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Final

from sqlalchemy import Connection, delete, event, insert, select
from sqlalchemy.orm import Session, sessionmaker

from vision_journal.core.changes import DAY_TABLES, ChangeFeed, Changes
from vision_journal.core.db.models import ChangeLogRow

#: How many rows are kept; a watch that fell further behind gets `Changes.everything()`.
KEEP_ROWS: Final = 512
#: More days than this are stored as "any day" of the day tables (a long import).
MOST_DAYS: Final = 400

#: The last row a watch saw: its `seq` and its `nonce`.
LogMark = tuple[int, int]


def keep(sessions: sessionmaker[Session], feed: ChangeFeed) -> None:
    """Add a log row to every transaction of `sessions` that wrote, as it commits."""

    def before_commit(session: Session) -> None:
        session.flush()  # the commit's own flush would come after this; its writes count
        changes = feed.pending(session)
        if changes is not None and not changes.is_empty:
            record(session.connection(), changes)

    event.listen(sessions, "before_commit", before_commit)


def record(connection: Connection, changes: Changes) -> None:
    """Add the row of one write, inside the connection's open transaction, and forget rows
    older than the latest `KEEP_ROWS`."""
    days = changes.days
    bulk = set(changes.bulk_tables)
    if len(days) > MOST_DAYS:
        bulk |= changes.tables & DAY_TABLES
        days = frozenset()
    seq = connection.execute(
        insert(ChangeLogRow)
        .values(
            nonce=secrets.randbits(62),
            tables=",".join(sorted(changes.tables)),
            bulk_tables=",".join(sorted(bulk)),
            days=",".join(sorted(day.isoformat() for day in days)),
        )
        .returning(ChangeLogRow.seq)
    ).scalar_one()
    connection.execute(delete(ChangeLogRow).where(ChangeLogRow.seq <= seq - KEEP_ROWS))


def record_everything(connection: Connection) -> None:
    """Log a write whose changes are not known (rows written past the sessions)."""
    record(connection, Changes.everything())


def _last(connection: Connection) -> LogMark | None:
    row = connection.execute(
        select(ChangeLogRow.seq, ChangeLogRow.nonce).order_by(ChangeLogRow.seq.desc()).limit(1)
    ).first()
    return None if row is None else (int(row.seq), int(row.nonce))


def _split(text: str) -> frozenset[str]:
    return frozenset(part for part in text.split(",") if part)


def changes_since(connection: Connection, mark: LogMark | None) -> Changes:
    """What the rows after `mark` changed, or everything when they cannot say."""
    if mark is None:
        return Changes.everything()
    seen = connection.execute(
        select(ChangeLogRow.nonce).where(ChangeLogRow.seq == mark[0])
    ).scalar()
    if seen is None or int(seen) != mark[1]:
        return Changes.everything()  # pruned, or another file's log (a restore)
    rows = connection.execute(
        select(ChangeLogRow.tables, ChangeLogRow.bulk_tables, ChangeLogRow.days).where(
            ChangeLogRow.seq > mark[0]
        )
    ).all()
    if not rows:
        return Changes.everything()  # a commit that wrote no row: what it did is unknown
    found = Changes()
    for tables, bulk_tables, day_text in rows:
        days = frozenset(dt.date.fromisoformat(day) for day in _split(day_text))
        found |= Changes(days, _split(tables), _split(bulk_tables))
    return found


class OutsideWatch:
    """What other processes (and other connections) committed since the last `take`."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._version: tuple[int, int] | None = None
        self._mark: LogMark | None = None
        self.take()

    def take(self) -> Changes:
        """The changes committed elsewhere since the last call; empty when there were none."""
        with self._sessions() as session, session.begin():
            connection = session.connection()
            last = _last(connection)  # first, so data_version belongs to the same snapshot
            version = connection.exec_driver_sql("PRAGMA data_version").scalar_one()
            # Each connection counts on its own: a different connection is a different count.
            current = (id(connection.connection.dbapi_connection), int(version))
            if current == self._version:
                return Changes()
            first_look = self._version is None
            self._version = current
            changes = Changes() if first_look else changes_since(connection, self._mark)
            self._mark = last
            return changes
