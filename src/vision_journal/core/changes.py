"""What changed in a journal since someone last looked: the journal days of AI uses and
connections written, and the other tables written.

Qt-free. The `Journal` watches its own sessions: after each commit the days and tables its
flushes touched are handed to every open `ChangeWatch`, which keeps them until its owner
takes them. Caches (the dashboard's) use this to re-read only what a write touched.

Only writes through the journal's sessions are seen. A bulk ORM statement
(`session.execute(insert(...))`) reports its table with no days, which a reader must treat
as "any day". Writes that bypass the sessions (the demo generator writes the file before a
window opens it; restore swaps the file and reopens the journal) need no watching.
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from vision_journal.core.db.models import AiUseRow, ConnectionRow


class Table(StrEnum):
    """The journal's tables, as a change names them (a test keeps this in step with
    `db.models`). Pages declare with these what they show, without knowing the storage."""

    SETTING = "setting"
    CIRCLE = "circle"
    AI_TOOL = "ai_tool"
    VISION_REVISION = "vision_revision"
    VISION_SPHERE = "vision_sphere"
    STAKEHOLDER = "stakeholder"
    GOAL = "goal"
    GOAL_PROGRESS = "goal_progress"
    AI_USE = "ai_use"
    CONNECTION = "connection"
    BOUNDARY_RULE = "boundary_rule"
    BUDGET_RULE = "budget_rule"
    CURFEW_RULE = "curfew_rule"
    CURFEW_WINDOW = "curfew_window"
    NO_MEDIATION_RULE = "no_mediation_rule"
    DISCLOSURE_RULE = "disclosure_rule"
    PURPOSE_LIMIT_RULE = "purpose_limit_rule"
    MEDIATION_SHARE_RULE = "mediation_share_rule"
    BREACH_NOTE = "breach_note"
    CHECKIN_PROMPT = "checkin_prompt"
    CHECKIN = "checkin"
    CHECKIN_ANSWER = "checkin_answer"
    CHECKIN_ADJUSTMENT = "checkin_adjustment"
    DRAFT = "draft"
    FOUND_SESSION = "found_session"
    FOUND_SOURCE = "found_source"
    SYNC_STATE = "sync_state"
    CHANGE_LOG = "change_log"  # the log of changes itself (`core/change_log.py`), never told


#: A boundary rule lives in its common table and the table of its kind (and windows).
RULE_TABLES: frozenset[str] = frozenset(
    {
        Table.BOUNDARY_RULE,
        Table.BUDGET_RULE,
        Table.CURFEW_RULE,
        Table.CURFEW_WINDOW,
        Table.NO_MEDIATION_RULE,
        Table.DISCLOSURE_RULE,
        Table.PURPOSE_LIMIT_RULE,
        Table.MEDIATION_SHARE_RULE,
    }
)

#: The tables whose rows carry a journal day that a change is reported by.
DAY_TABLES = frozenset({AiUseRow.__tablename__, ConnectionRow.__tablename__})

#: What `Changes.everything` names: any table may have been written.
ANY_TABLE = "*"


@dataclass(frozen=True, slots=True)
class Changes:
    """Writes since the last `ChangeWatch.take`.

    `days` are the journal days of written AI uses and connections (both the old and the
    new day of a moved one); `tables` every table written; `ids` the (table, primary key)
    of every row written, when known (an operation's changes always know them). A table in
    `bulk_tables` was written by a statement whose rows are not known: any day may have
    changed.
    """

    days: frozenset[dt.date] = frozenset()
    tables: frozenset[str] = frozenset()
    bulk_tables: frozenset[str] = frozenset()
    ids: frozenset[tuple[str, int | str]] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.days | other.days,
            self.tables | other.tables,
            self.bulk_tables | other.bulk_tables,
            self.ids | other.ids,
        )

    def ids_of(self, table: str) -> frozenset[int | str]:
        """The primary keys of the rows written in `table`."""
        return frozenset(key for name, key in self.ids if name == table)

    def touches(self, tables: frozenset[str], days: frozenset[dt.date] | None = None) -> bool:
        """True when one of `tables` was written and, given `days`, on one of those days
        (a day table written in bulk, or a table without days, counts for every day)."""
        if ANY_TABLE in self.tables:
            return True
        written = self.tables & tables
        if not written:
            return False
        if days is None or written - DAY_TABLES or written & self.bulk_tables:
            return True
        return bool(self.days & days)

    @classmethod
    def everything(cls) -> Changes:
        """Anything may have changed (another process wrote; what is not known)."""
        return cls(tables=frozenset({ANY_TABLE}), bulk_tables=DAY_TABLES)

    @property
    def is_empty(self) -> bool:
        """True when nothing was written."""
        return not self.tables

    def touches_other_than(self, tables: frozenset[str]) -> bool:
        """True when a table outside `tables` was written."""
        return not self.tables <= tables


@dataclass(slots=True)
class _Pending:
    days: set[dt.date] = field(default_factory=set)
    tables: set[str] = field(default_factory=set)
    bulk_tables: set[str] = field(default_factory=set)

    ids: set[tuple[str, int | str]] = field(default_factory=set)

    def add(self, other: _Pending) -> None:
        self.days |= other.days
        self.tables |= other.tables
        self.bulk_tables |= other.bulk_tables
        self.ids |= other.ids

    def add_changes(self, other: Changes) -> None:
        self.days |= other.days
        self.tables |= other.tables
        self.bulk_tables |= other.bulk_tables
        self.ids |= other.ids


class ChangeWatch:
    """Collects the changes committed after it was opened, until they are taken."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending = _Pending()

    def _record(self, pending: _Pending) -> None:
        with self._lock:
            self._pending.add(pending)

    def take(self) -> Changes:
        """The changes since the last call (or since the watch was opened), and forget them."""
        with self._lock:
            pending, self._pending = self._pending, _Pending()
        return Changes(
            frozenset(pending.days),
            frozenset(pending.tables),
            frozenset(pending.bulk_tables),
            frozenset(pending.ids),
        )


def _touched_days(instance: object) -> set[dt.date]:
    state = inspect(instance)
    history = state.attrs.day.history
    days = {d for d in (*history.added, *history.deleted, *history.unchanged) if d is not None}
    return days


class ChangeFeed:
    """Turns the flushes of a journal's sessions into `Changes` for its watches."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._watches: weakref.WeakSet[ChangeWatch] = weakref.WeakSet()
        self._lock = threading.Lock()
        # What each open transaction wrote, published only when it commits: a reader that
        # re-reads before the commit would otherwise cache the old rows as fresh.
        self._open: weakref.WeakKeyDictionary[Session, _Pending] = weakref.WeakKeyDictionary()
        event.listen(sessions, "after_flush", self._after_flush)
        event.listen(sessions, "do_orm_execute", self._on_execute)
        event.listen(sessions, "after_commit", self._after_commit)
        event.listen(sessions, "after_rollback", self._after_rollback)

    def watch(self) -> ChangeWatch:
        """A new watch that sees every change committed from now on."""
        watch = ChangeWatch()
        with self._lock:
            self._watches.add(watch)
        return watch

    def _pending(self, session: Session) -> _Pending:
        with self._lock:
            return self._open.setdefault(session, _Pending())

    def pending(self, session: Session) -> Changes | None:
        """What `session`'s open transaction wrote so far (None: nothing known)."""
        with self._lock:
            found = self._open.get(session)
        if found is None:
            return None
        return Changes(
            frozenset(found.days),
            frozenset(found.tables),
            frozenset(found.bulk_tables),
            frozenset(found.ids),
        )

    def add(self, session: Session, changes: Changes) -> None:
        """Report `changes` written in `session`'s open transaction (writes the session's
        flushes do not show: the cascades of the database, an undo applied row by row)."""
        self._pending(session).add_changes(changes)

    def _after_flush(self, session: Session, _context: object) -> None:
        pending = self._pending(session)
        for instance in (*session.new, *session.dirty, *session.deleted):
            table = getattr(type(instance), "__tablename__", None)
            if table is None:
                continue
            pending.tables.add(table)
            if table in DAY_TABLES:
                pending.days |= _touched_days(instance)

    def _on_execute(self, state: ORMExecuteState) -> None:
        if not (state.is_insert or state.is_update or state.is_delete):
            return
        pending = self._pending(state.session)
        for mapper in state.all_mappers:
            for table in mapper.tables:
                pending.tables.add(table.name)
                pending.bulk_tables.add(table.name)
        if not state.all_mappers:
            # A statement on a bare table: say that every table may have changed.
            pending.bulk_tables |= DAY_TABLES
            pending.tables |= {*DAY_TABLES, ANY_TABLE}

    def _after_commit(self, session: Session) -> None:
        with self._lock:
            pending = self._open.pop(session, None)
            watches = list(self._watches)
        if pending is None or not pending.tables:
            return
        for watch in watches:
            watch._record(pending)

    def _after_rollback(self, session: Session) -> None:
        with self._lock:
            self._open.pop(session, None)
