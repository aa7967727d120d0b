"""The row log: every row an operation inserts, changes or deletes, as the database saw it.

Storage level (the only operation module that knows tables). Each connection of a journal
gets temporary triggers on every table of `db.models` that copy the old and the new values
of a written row into a temporary log table while an operation records. Because the
database writes the log itself, inside the operation's own transaction, the log holds what
cascades did too: deleting an AI use deletes its breach notes through `ON DELETE CASCADE`,
deleting a goal unlinks its AI uses through `ON DELETE SET NULL`, and both land in the log
without the operation naming them. An undo step is that log; undoing applies it backwards.

The values are copied untouched (the log's columns have no type), so a float, a date text or
a string with any characters comes back exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection
from sqlalchemy import Table as SqlTable

from vision_journal.core.changes import DAY_TABLES, Changes, Table
from vision_journal.core.db.models import Base
from vision_journal.core.errors import StaleUndoError

#: A row's values, in the order of its table's columns.
Values = tuple[Any, ...]

_LOG = "temp.vj_row_log"
_SWITCH = "temp.vj_row_log_on"


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row write: its values before (None: it did not exist) and after (None: deleted)."""

    table: str
    before: Values | None
    after: Values | None

    @property
    def key(self) -> tuple[str, Values]:
        """The table and the primary key values of the row."""
        shape = _shape(self.table)
        values = self.after if self.after is not None else self.before
        assert values is not None
        return self.table, tuple(values[i] for i in shape.key)


@dataclass(frozen=True, slots=True)
class _Shape:
    table: SqlTable
    columns: tuple[str, ...]
    key: tuple[int, ...]

    @property
    def day_index(self) -> int | None:
        return self.columns.index("day") if "day" in self.columns else None


@cache
def _shapes() -> dict[str, _Shape]:
    shapes = {}
    for table in Base.metadata.sorted_tables:
        if table.name == Table.CHANGE_LOG:
            continue  # written at commit, after the step is taken; never undone
        columns = tuple(c.name for c in table.columns)
        key = tuple(columns.index(c.name) for c in table.primary_key.columns)
        shapes[table.name] = _Shape(table, columns, key)
    return shapes


def _shape(table: str) -> _Shape:
    return _shapes()[table]


def _width() -> int:
    return max(len(s.columns) for s in _shapes().values())


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _install(connection: Connection) -> None:
    """Create the log, its switch and the triggers on this connection, unless there."""
    # Asked each time rather than remembered: the triggers are created inside the
    # operation's transaction, and a rollback (of a rejected input, say) removes them again.
    installed = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_temp_master WHERE name = 'vj_row_log_on'"
    ).first()
    if installed is not None:
        return
    width = _width()
    olds = ", ".join(f"o{i}" for i in range(width))
    news = ", ".join(f"n{i}" for i in range(width))
    run = connection.exec_driver_sql
    run(
        f"CREATE TEMP TABLE IF NOT EXISTS vj_row_log "
        f"(seq INTEGER PRIMARY KEY, tbl, had_old, had_new, {olds}, {news})"
    )
    run("CREATE TEMP TABLE IF NOT EXISTS vj_row_log_on (recording)")
    run("INSERT INTO temp.vj_row_log_on SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM vj_row_log_on)")
    for name, shape in _shapes().items():
        for event, had_old, had_new in (
            ("INSERT", 0, 1),
            ("UPDATE", 1, 1),
            ("DELETE", 1, 0),
        ):
            targets = [f"o{i}" for i in range(len(shape.columns)) if had_old]
            targets += [f"n{i}" for i in range(len(shape.columns)) if had_new]
            values = [f"OLD.{_quote(c)}" for c in shape.columns if had_old]
            values += [f"NEW.{_quote(c)}" for c in shape.columns if had_new]
            trigger = _quote(f"vj_log_{event.lower()}_{name}")
            # Inside a trigger a table name takes no schema; temp is searched first.
            run(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {trigger} AFTER {event} ON main.{_quote(name)} "
                f"WHEN (SELECT recording FROM vj_row_log_on) "
                f"BEGIN INSERT INTO vj_row_log (tbl, had_old, had_new, {', '.join(targets)}) "
                f"VALUES ('{name}', {had_old}, {had_new}, {', '.join(values)}); END"
            )


def start(connection: Connection) -> None:
    """Start recording on `connection`, inside its open transaction.

    The switch is part of the transaction: a rollback turns it off again by itself.
    """
    _install(connection)
    connection.exec_driver_sql(f"DELETE FROM {_LOG}")
    connection.exec_driver_sql(f"UPDATE {_SWITCH} SET recording = 1")


def stop(connection: Connection) -> tuple[RowChange, ...]:
    """Stop recording and return what was written since `start`, in order."""
    connection.exec_driver_sql(f"UPDATE {_SWITCH} SET recording = 0")
    width = _width()
    rows = connection.exec_driver_sql(f"SELECT * FROM {_LOG} ORDER BY seq").fetchall()
    connection.exec_driver_sql(f"DELETE FROM {_LOG}")
    changes = []
    for row in rows:
        table, had_old, had_new = row[1], row[2], row[3]
        count = len(_shape(table).columns)
        olds, news = row[4 : 4 + width], row[4 + width : 4 + 2 * width]
        changes.append(
            RowChange(
                table,
                tuple(olds[:count]) if had_old else None,
                tuple(news[:count]) if had_new else None,
            )
        )
    return tuple(changes)


def _current(connection: Connection, table: str, key: Values) -> Values | None:
    shape = _shape(table)
    where = " AND ".join(f"{_quote(shape.columns[i])} = ?" for i in shape.key)
    columns = ", ".join(_quote(c) for c in shape.columns)
    row = connection.exec_driver_sql(
        f"SELECT {columns} FROM main.{_quote(table)} WHERE {where}", key
    ).fetchone()
    return None if row is None else tuple(row)


#: Columns that only say when a row was last written: a later autosave may move them without
#: making an older step stale (a check-in's answers are kept as they are typed).
BOOKKEEPING = frozenset({"updated_at"})


def _changed(before: Values, after: Values) -> set[int]:
    return {i for i, (old, new) in enumerate(zip(before, after, strict=True)) if old != new}


def _check(connection: Connection, changes: Sequence[RowChange], backwards: bool) -> None:
    """Refuse (`StaleUndoError`) when a row no longer holds what the log says it holds now.

    For a row the step only updated, only the columns it changed are compared, so a later
    write of other columns does not block the undo; a row the step created or deleted is
    compared whole. Bookkeeping columns are never compared.
    """
    chains: dict[tuple[str, Values], list[RowChange]] = {}
    for change in changes:
        chains.setdefault(change.key, []).append(change)
    for (table, key), chain in chains.items():
        expected = chain[-1].after if backwards else chain[0].before
        current = _current(connection, table, key)
        if expected is None or current is None:
            if (expected is None) != (current is None):
                raise StaleUndoError(f"{table} {key} was added or removed since this step")
            continue
        columns = _shape(table).columns
        pairs = [(c.before, c.after) for c in chain]
        compared: set[int] = set()
        for before, after in pairs:
            if before is None or after is None:
                compared = set(range(len(columns)))
                break
            compared |= _changed(before, after)
        if any(current[i] != expected[i] for i in compared if columns[i] not in BOOKKEEPING):
            raise StaleUndoError(f"{table} {key} changed since this step")


def apply(connection: Connection, changes: Sequence[RowChange], backwards: bool) -> None:
    """Undo (`backwards`) or redo the logged writes, inside the connection's transaction.

    Every touched row is compared with what the log says it holds first; a difference
    (another process changed it, say) raises `StaleUndoError` before a single write. An
    update writes back only the columns it changed. Foreign keys are checked at commit,
    since rows come back one by one.
    """
    _check(connection, changes, backwards)
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for change in reversed(changes) if backwards else changes:
        source, target = (
            (change.after, change.before) if backwards else (change.before, change.after)
        )
        _write(connection, change.table, source, target)


def _write(
    connection: Connection, table: str, source: Values | None, target: Values | None
) -> None:
    shape = _shape(table)
    name = _quote(table)
    where = " AND ".join(f"{_quote(shape.columns[i])} = ?" for i in shape.key)
    if target is None:
        assert source is not None
        # A cascade of an earlier write in this replay may have removed the row already.
        connection.exec_driver_sql(
            f"DELETE FROM main.{name} WHERE {where}", tuple(source[i] for i in shape.key)
        )
        return
    if source is None:
        columns = ", ".join(_quote(c) for c in shape.columns)
        marks = ", ".join("?" for _ in shape.columns)
        connection.exec_driver_sql(f"INSERT INTO main.{name} ({columns}) VALUES ({marks})", target)
        return
    changed = sorted(_changed(source, target))
    if not changed:
        return
    sets = ", ".join(f"{_quote(shape.columns[i])} = ?" for i in changed)
    connection.exec_driver_sql(
        f"UPDATE main.{name} SET {sets} WHERE {where}",
        (*(target[i] for i in changed), *(source[i] for i in shape.key)),
    )


def changes_of(rows: Iterable[RowChange]) -> Changes:
    """The tables, row ids and journal days the logged writes touched."""
    tables: set[str] = set()
    ids: set[tuple[str, int | str]] = set()
    days: set[dt.date] = set()
    for change in rows:
        tables.add(change.table)
        table, key = change.key
        if len(key) == 1 and isinstance(key[0], int | str):
            ids.add((table, key[0]))
        index = _shape(table).day_index
        if table in DAY_TABLES and index is not None:
            for values in (change.before, change.after):
                if values is not None and values[index] is not None:
                    days.add(_day(values[index]))
    return Changes(days=frozenset(days), tables=frozenset(tables), ids=frozenset(ids))


def _day(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
