"""The change log: what each committed write changed, for the other processes on a journal.

Storage level. Every transaction of a journal's sessions that wrote something other than
drafts adds one row to `change_log`, in the same transaction, naming the tables and journal
days it changed (what the journal's `ChangeFeed` knows of it: an operation's row log, or a
session's flushes and statements), with the journal's change count that transaction set
(`db.raw.CHANGE_COUNT`: every transaction that writes anything but drafts adds one to it,
whoever writes). A window open on the journal notices another process's commit through
SQLite's `data_version` and reads the rows newer than the last one it saw (`OutsideWatch`),
so it refreshes only what the other process changed.

The rows are believed only when they account for every write: their counts must run
without a gap from the count last seen to the count now. Otherwise the watch says
`Changes.everything()`: a write that left no row (a raw write, a journal from before the
log), a row it saw last that is gone (pruned: only the latest `KEEP_ROWS` are kept) or is
another row now (a restored file: each row carries a random `nonce`). When the count did
not move, only drafts were written. The rows, the count and `data_version` are read in one
read transaction, so they agree.

The window's own writes are in the log too; a watch that reads past them reports them again
with the next outside change, which costs a refresh and nothing else.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Final, NamedTuple

from sqlalchemy import Connection, delete, event, insert, literal_column, select, text
from sqlalchemy.orm import Session, sessionmaker

from vision_journal.core.changes import DAY_TABLES, ChangeFeed, Changes, Table
from vision_journal.core.db.engine import COUNT_WRAP
from vision_journal.core.db.models import ChangeLogRow
from vision_journal.core.db.raw import CHANGE_COUNT

#: How many rows are kept; a watch that fell further behind gets `Changes.everything()`.
KEEP_ROWS: Final = 512
#: More days than this are stored as "any day" of the day tables (a long import).
MOST_DAYS: Final = 400
#: Writes of these alone leave the change count alone, and no row (drafts, kept as typed).
UNCOUNTED: Final = frozenset({Table.DRAFT})
#: What a change of drafts alone is told as.
DRAFTS_ONLY: Final = Changes(tables=frozenset({Table.DRAFT}))


class LogMark(NamedTuple):
    """Where a watch stopped reading: the last row (0 and 0: none) and the change count."""

    seq: int
    nonce: int
    change_count: int


def keep(sessions: sessionmaker[Session], feed: ChangeFeed) -> None:
    """Add a log row to every transaction of `sessions` that wrote, as it commits."""

    def before_commit(session: Session) -> None:
        session.flush()  # the commit's own flush would come after this; its writes count
        changes = feed.pending(session)
        if changes is not None and not changes.tables <= UNCOUNTED:
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
            # Read as the row is written: the insert itself counts the transaction's write
            # when nothing did before it (`db.engine`), so the count is this write's.
            count=select(literal_column("user_version"))
            .select_from(text("pragma_user_version"))
            .scalar_subquery(),
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


def _count(connection: Connection) -> int:
    return int(connection.exec_driver_sql(CHANGE_COUNT).scalar_one())


def _mark(connection: Connection) -> LogMark:
    row = ChangeLogRow
    last = connection.execute(select(row.seq, row.nonce).order_by(row.seq.desc()).limit(1)).first()
    count = _count(connection)
    return LogMark(0, 0, count) if last is None else LogMark(last.seq, last.nonce, count)


def _split(text: str) -> frozenset[str]:
    return frozenset(part for part in text.split(",") if part)


def changes_since(connection: Connection, mark: LogMark, now: LogMark) -> Changes:
    """What was committed between `mark` and `now`, or everything when the rows cannot say."""
    row = ChangeLogRow
    if mark.seq:
        seen = connection.execute(select(row.nonce).where(row.seq == mark.seq)).scalar()
        if seen is None or int(seen) != mark.nonce:
            return Changes.everything()  # pruned, or another file's log (a restore)
    if now.change_count == mark.change_count:
        return DRAFTS_ONLY if now.seq == mark.seq else Changes.everything()
    rows = connection.execute(
        select(row.count, row.tables, row.bulk_tables, row.days)
        .where(row.seq > mark.seq)
        .order_by(row.seq)
    ).all()
    expected = [(mark.change_count + step) % COUNT_WRAP for step in range(1, len(rows) + 1)]
    counts = [int(found_count) for found_count, *_ in rows]
    if not rows or counts != expected or expected[-1] != now.change_count:
        return Changes.everything()  # a write left no row: what it did is unknown
    found = Changes()
    for _, tables, bulk_tables, day_text in rows:
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
            now = _mark(connection)  # first, so data_version belongs to the same snapshot
            version = connection.exec_driver_sql("PRAGMA data_version").scalar_one()
            # Each connection counts on its own: a different connection is a different count.
            current = (id(connection.connection.dbapi_connection), int(version))
            if current == self._version:
                return Changes()
            self._version = current
            mark, self._mark = self._mark, now
            if mark is None:
                return Changes()  # the first look
            return changes_since(connection, mark, now)
