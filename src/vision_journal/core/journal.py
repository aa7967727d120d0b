"""The Journal facade: the one way into a journal for the window and the command line.

One public method is one transaction: it validates, writes, commits, and returns frozen
records, never ORM objects or sessions. When validation fails nothing is written.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TypeVar, cast

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from vision_journal.core import (
    boundaries,
    change_log,
    circles,
    dashboard_snapshot,
    goals,
    settings_store,
    usage,
)
from vision_journal.core import drafts as draft_store
from vision_journal.core import vision as vision_store
from vision_journal.core.calendar import journal_day
from vision_journal.core.change_log import OutsideWatch
from vision_journal.core.changes import ChangeFeed, Changes, ChangeWatch, Table
from vision_journal.core.dashboard_snapshot import Snapshot
from vision_journal.core.db.engine import IMMEDIATE, create_journal_engine, session_factory
from vision_journal.core.db.migrate import prepare_file, upgrade_journal
from vision_journal.core.db.raw import (
    BUSY_TIMEOUT_MS,
    CHANGE_COUNT,
    DBAPIConnection,
    sqlcipher_module,
)
from vision_journal.core.errors import (
    JournalBusyError,
    JournalOpenError,
    JournalUnavailableError,
)
from vision_journal.core.operations import circles as circle_ops
from vision_journal.core.operations import goals as goals_ops
from vision_journal.core.operations import journal_state as state_ops
from vision_journal.core.operations import rowlog
from vision_journal.core.operations import rules as rule_ops
from vision_journal.core.operations import uses as uses_ops
from vision_journal.core.operations.step import Label, OpResult, UndoStep
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiTool,
    AiToolInput,
    AiUse,
    AiUseInput,
    BoundaryRule,
    BreachNote,
    Circle,
    CircleInput,
    Connection,
    ConnectionInput,
    Goal,
    GoalInput,
    ProgressEntry,
    ProgressInput,
    RuleInput,
    Settings,
    UseFilter,
    UseSort,
    Vision,
    VisionRevision,
)

Clock = Callable[[], dt.datetime]
T = TypeVar("T")


def local_now() -> dt.datetime:
    """The local wall-clock time, to the second."""
    return dt.datetime.now().replace(microsecond=0)


class Journal:
    """An open journal. Create it with `Journal.open`; close it when done."""

    def __init__(
        self, engine: Engine, clock: Clock = local_now, paths: JournalPaths | None = None
    ) -> None:
        self._engine = engine
        #: Where the journal lives, to name who holds it when it stays locked (None: unknown).
        self._paths = paths
        self._sessions: sessionmaker[Session] = session_factory(engine)
        self._changes = ChangeFeed(self._sessions)
        change_log.keep(self._sessions, self._changes)
        self._clock = clock
        self._settings: Settings | None = None
        #: The session of the operation running on each thread (`write`), if any.
        self._operation = threading.local()
        self._is_closed = False

    @classmethod
    def open(
        cls, paths: JournalPaths, key: bytes | None = None, clock: Clock = local_now
    ) -> Journal:
        """Open (or create) the encrypted journal at `paths`, migrating its schema first.

        `key` is the journal key the start flow (`ui/unlock.py`) or the command line
        obtained. None takes it from the secure keyring without asking anyone, and gives a
        new journal a new key kept there; that is for scripts and tests, and raises a
        `KeyUnavailableError` when only a passphrase unlocks the journal. A damaged,
        foreign or newer file is refused untouched (`JournalOpenError`).
        """
        try:
            paths.ensure()
            revision, key = prepare_file(paths, key)
            engine = create_journal_engine(paths.database, key)
            try:
                upgrade_journal(paths, engine, key, revision)
            except BaseException:
                engine.dispose()
                raise
        except JournalOpenError:
            raise
        except Exception as error:
            # A full disk, a read-only file, a journal kept busy: said, not a traceback.
            from vision_journal.core.failures import failure_message

            message = failure_message(error, paths)
            if message is None:
                raise
            raise JournalUnavailableError(message[0].upper() + message[1:]) from error
        return cls(engine, clock, paths)

    def close(self) -> None:
        """Release the database (no keyed connection stays open)."""
        self._is_closed = True
        self._engine.dispose()

    @property
    def engine(self) -> Engine:
        """The engine (for the backup and benchmark tools, not for the window)."""
        return self._engine

    def watch(self) -> ChangeWatch:
        """A watch of what is written from now on (for caches of what was read)."""
        return self._changes.watch()

    def watch_outside(self) -> OutsideWatch:
        """A watch of what other processes (and other connections) commit from now on,
        told as precisely as the journal's change log allows (`core/change_log.py`)."""
        return OutsideWatch(self._sessions)

    def outside_version(self) -> tuple[int, int]:
        """A value that changes when another connection commits (another process, such as
        the command line, or a background import): SQLite's `data_version` of the
        connection this thread uses, with that connection's identity, since each connection
        counts on its own. Writes through this journal's sessions are told by `watch`.
        """
        with self._session() as session:
            connection = session.connection()
            version = connection.exec_driver_sql("PRAGMA data_version").scalar_one()
            return id(connection.connection.dbapi_connection), int(version)

    def change_count(self) -> int:
        """The journal's change count (`core.db.raw.change_count`): read before what is
        read for a dashboard snapshot, which is kept only while the count is unchanged."""
        with self._session() as session:
            return int(session.connection().exec_driver_sql(CHANGE_COUNT).scalar_one())

    def keep_snapshot(self, snapshot: Snapshot) -> bool:
        """Keep the dashboard's snapshot for the next start, unless the journal changed
        since it was read (then False). A journal busy with another process's write, or
        one that cannot be written now, keeps none: the next start computes afresh."""
        if self._is_closed:
            return False  # a window's late timer must not open the file again
        connection = self._engine.raw_connection()
        try:
            driver: DBAPIConnection = cast(DBAPIConnection, connection.dbapi_connection)
            return dashboard_snapshot.save(driver, snapshot, BUSY_TIMEOUT_MS)
        except sqlcipher_module().Error:
            return False
        finally:
            connection.close()

    def now(self) -> dt.datetime:
        """The journal's notion of now (injectable for tests)."""
        return self._clock()

    def today(self) -> dt.date:
        """Today's journal day (the day-start setting applied)."""
        return journal_day(self.now(), self.settings().day_start_hour)

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One session in one transaction: committed on success, rolled back on error.

        For the core's feature modules (check-ins, import, export) only: each of their public
        functions opens exactly one of these, like the methods here. Never for the UI.
        `write` takes the write lock at the start (`BEGIN IMMEDIATE`), for a transaction that
        reads and then writes while another process may be writing too (an import).
        Inside an operation (`Journal.write`) on this thread it is the operation's own
        session, which holds the write lock already, so whatever a feature function reads or
        writes joins that one transaction and its row log.
        """
        active: Session | None = getattr(self._operation, "session", None)
        if active is not None:
            yield active
            return
        with self._sessions() as session, session.begin():
            if write:
                session.connection(execution_options={IMMEDIATE: True})
            yield session

    _session = session

    def write(
        self, label: Label | Callable[[T], Label], body: Callable[[Session], T]
    ) -> OpResult[T]:
        """Run one operation's `body` in one transaction, recording every row it writes.

        For the operations in `core/operations/` only. The row log is read inside the same
        transaction, so the returned undo step holds exactly what was committed, cascades
        included. `label` may be worked out from the body's value ("Import 42 sessions").
        """
        active: Session | None = getattr(self._operation, "session", None)
        if active is not None:
            # An operation made of others (the setup plan, an import): the outer one
            # records every row, and its single step takes all of them back.
            return OpResult(body(active), Changes(), None)
        try:
            with self._naming_holders(), self._sessions() as session, session.begin():
                connection = session.connection(execution_options={IMMEDIATE: True})
                rowlog.start(connection)
                self._operation.session = session
                try:
                    value = body(session)
                finally:
                    self._operation.session = None
                session.flush()
                rows = rowlog.stop(connection)
                changes = rowlog.changes_of(rows)
                self._changes.add(session, changes)
        except BaseException:
            self._settings = None  # a settings write inside may have cached what rolled back
            raise
        self._forget_cached(changes)
        name = label(value) if callable(label) else label
        return OpResult(value, changes, UndoStep(name, rows, changes) if rows else None)

    def replay(
        self, rows: Sequence[rowlog.RowChange], changes: Changes, backwards: bool
    ) -> Changes:
        """Write logged rows back as they were (`backwards`) or as they became, in one
        transaction; `StaleUndoError` when one of them changed since (nothing written)."""
        with self._naming_holders(), self._sessions() as session, session.begin():
            rowlog.apply(session.connection(execution_options={IMMEDIATE: True}), rows, backwards)
            self._changes.add(session, changes)
        self._forget_cached(changes)
        return changes

    @contextmanager
    def _naming_holders(self) -> Iterator[None]:
        """Turn a write lock another program kept past the bounded wait into a
        `JournalBusyError` that names the programs holding the journal."""
        try:
            yield
        except OperationalError as error:
            # Loaded only when something failed: nothing of this is on the start-up path.
            from vision_journal.core.failures import is_busy
            from vision_journal.core.locks import programs_using

            if not is_busy(error):
                raise
            holders = programs_using(self._paths) if self._paths is not None else []
            raise JournalBusyError(tuple(holders)) from error

    def _forget_cached(self, changes: Changes) -> None:
        if Table.SETTING in changes.tables:
            self._settings = None

    # --- settings -----------------------------------------------------------------------

    def settings(self) -> Settings:
        """The journal settings (cached; they change only through `save_settings`)."""
        if self._settings is None:
            with self._session() as session:
                self._settings = settings_store.load_settings(session)
        return self._settings

    def save_settings(self, value: Settings) -> Settings:
        """Store the settings; a new day start re-files every use and connection."""
        return state_ops.save_settings(self, value).value

    # --- circles and tools ------------------------------------------------------------------

    def circles(self) -> list[Circle]:
        """All circles."""
        with self._session() as session:
            return circles.list_circles(session)

    def save_circle(self, value: CircleInput, circle_id: int | None = None) -> Circle:
        """Create or update a circle."""
        return circle_ops.save_circle(self, value, circle_id).value

    def delete_circle(self, circle_id: int) -> Circle:
        """Delete a circle; returns what was deleted."""
        return circle_ops.delete_circle(self, circle_id).value

    def tools(self) -> list[AiTool]:
        """All AI tools."""
        with self._session() as session:
            return circles.list_tools(session)

    def save_tool(self, value: AiToolInput, tool_id: int | None = None) -> AiTool:
        """Create or update an AI tool."""
        return circle_ops.save_tool(self, value, tool_id).value

    def delete_tool(self, tool_id: int) -> AiTool:
        """Delete an AI tool no use points at; returns what was deleted."""
        return circle_ops.delete_tool(self, tool_id).value

    # --- vision -----------------------------------------------------------------------------

    def vision(self) -> VisionRevision | None:
        """The current vision (the newest revision), or None before the first save."""
        with self._session() as session:
            return vision_store.current_revision(session)

    def save_vision(self, value: Vision) -> VisionRevision:
        """Save the vision as a new revision."""
        return state_ops.save_vision(self, value).value

    def vision_revisions(self) -> list[tuple[int, dt.datetime]]:
        """Ids and times of every saved revision, newest first."""
        with self._session() as session:
            return vision_store.list_revisions(session)

    def vision_revision(self, revision_id: int) -> VisionRevision:
        """One saved revision."""
        with self._session() as session:
            return vision_store.get_revision(session, revision_id)

    # --- AI use -------------------------------------------------------------------------------

    def log_use(self, value: AiUseInput, reasons: Mapping[int, str] | None = None) -> AiUse:
        """Log an AI use; `reasons` (rule id to text) go to the breach log with it."""
        return uses_ops.log_use(self, value, reasons).value

    def update_use(
        self, use_id: int, value: AiUseInput, reasons: Mapping[int, str] | None = None
    ) -> AiUse:
        """Change a logged AI use; `reasons` are added to the breach log."""
        return uses_ops.update_use(self, use_id, value, reasons).value

    def delete_use(self, use_id: int) -> AiUse:
        """Delete an AI use and its breach reasons."""
        return uses_ops.delete_use(self, use_id).value

    def use(self, use_id: int) -> AiUse:
        """One AI use."""
        with self._session() as session:
            return usage.use_record(usage.get_use_row(session, use_id))

    def count_uses(self, value: UseFilter = UseFilter(), at_most: int | None = None) -> int:
        """How many AI uses match the filter (no more than `at_most`, when given)."""
        with self._session() as session:
            return usage.count_uses(session, value, at_most)

    def list_uses(
        self,
        value: UseFilter = UseFilter(),
        sort: UseSort = UseSort.STARTED_AT,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[AiUse]:
        """One page of AI uses."""
        with self._session() as session:
            return usage.list_uses(session, value, sort, descending, offset, limit)

    def uses_between(self, first_day: dt.date, last_day: dt.date) -> list[AiUse]:
        """The AI uses of a range of journal days."""
        with self._session() as session:
            return usage.uses_between(session, first_day, last_day)

    # --- connections -----------------------------------------------------------------------

    def log_connection(self, value: ConnectionInput) -> Connection:
        """Log a human connection."""
        return uses_ops.log_connection(self, value).value

    def update_connection(self, connection_id: int, value: ConnectionInput) -> Connection:
        """Change a logged connection."""
        return uses_ops.update_connection(self, connection_id, value).value

    def delete_connection(self, connection_id: int) -> Connection:
        """Delete a connection."""
        return uses_ops.delete_connection(self, connection_id).value

    def connections(self, offset: int = 0, limit: int = 200) -> list[Connection]:
        """One page of connections, newest first."""
        with self._session() as session:
            return usage.list_connections(session, offset, limit)

    def count_connections(self) -> int:
        """How many connections there are."""
        with self._session() as session:
            return usage.count_connections(session)

    def connections_between(self, first_day: dt.date, last_day: dt.date) -> list[Connection]:
        """The connections of a range of journal days."""
        with self._session() as session:
            return usage.connections_between(session, first_day, last_day)

    # --- goals ---------------------------------------------------------------------------------

    def goals(self) -> list[Goal]:
        """All goals."""
        with self._session() as session:
            return goals.list_goals(session)

    def save_goal(self, value: GoalInput, goal_id: int | None = None) -> Goal:
        """Create or update a goal."""
        return goals_ops.save_goal(self, value, goal_id).value

    def delete_goal(self, goal_id: int) -> Goal:
        """Delete a goal and its progress."""
        return goals_ops.delete_goal(self, goal_id).value

    def delete_progress(self, entry_id: int) -> ProgressEntry:
        """Delete one progress entry."""
        return goals_ops.delete_progress(self, entry_id).value

    def progress(self, goal_id: int | None = None) -> list[ProgressEntry]:
        """Progress entries of a goal (or of all goals)."""
        with self._session() as session:
            return goals.list_progress(session, goal_id)

    def add_progress(self, goal_id: int, value: ProgressInput) -> ProgressEntry:
        """Add a progress entry."""
        return goals_ops.add_progress(self, goal_id, value).value

    # --- boundary rules --------------------------------------------------------------------------

    def rules(self) -> list[BoundaryRule]:
        """All boundary rules."""
        with self._session() as session:
            return boundaries.list_rules(session)

    def save_rule(self, value: RuleInput, rule_id: int | None = None) -> BoundaryRule:
        """Create or update a boundary rule."""
        return rule_ops.save_rule(self, value, rule_id).value

    def set_rule_active(self, rule_id: int, is_active: bool) -> BoundaryRule:
        """Pause or resume a rule."""
        return rule_ops.set_rule_active(self, rule_id, is_active).value

    def delete_rule(self, rule_id: int) -> BoundaryRule:
        """Delete a rule and its breach log."""
        return rule_ops.delete_rule(self, rule_id).value

    def add_breach_note(
        self, rule_id: int, use_id: int | None, day: dt.date, reason: str
    ) -> BreachNote:
        """Keep the reason given for breaking a firm rule."""
        return uses_ops.add_breach_note(self, rule_id, use_id, day, reason).value

    def breach_notes(self, rule_id: int | None = None) -> list[BreachNote]:
        """The breach log (of one rule, or all), newest first."""
        with self._session() as session:
            return boundaries.list_breach_notes(session, rule_id)

    # --- drafts of long text -------------------------------------------------------------------

    def save_draft(self, key: str, text: str) -> None:
        """Keep unsaved text under `key` until it is saved or discarded."""
        state_ops.keep_draft(self, key, text)

    def draft(self, key: str) -> str | None:
        """Unsaved text kept under `key`, if any."""
        with self._session() as session:
            return draft_store.get(session, key)

    def drafts(self, prefix: str = "") -> dict[str, str]:
        """Every kept draft whose key starts with `prefix`."""
        with self._session() as session:
            return draft_store.starting_with(session, prefix)

    def discard_drafts(self, prefix: str) -> None:
        """Forget every draft whose key starts with `prefix` (after a save)."""
        state_ops.discard_drafts(self, prefix)

    # --- reads for the dashboard and long lists (benchmarks/RESULTS.md) --------------------

    def list_uses_after(
        self, value: UseFilter, after: AiUse, descending: bool = True, limit: int = 200
    ) -> list[AiUse]:
        """The page of AI uses by start time that follows `after` (keyset paging)."""
        with self._session() as session:
            return usage.list_uses_after(session, value, after, descending, limit)
