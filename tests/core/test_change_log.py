"""The change log: a window learns precisely what another process changed, and falls back
to "anything may have changed" whenever the log cannot say it (docs/architecture.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from tests.conftest import FIXED_NOW
from vision_journal.core import change_log
from vision_journal.core.changes import Changes, Table
from vision_journal.core.errors import ValidationError
from vision_journal.core.journal import Journal
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    CircleInput,
    ConnectionInput,
    ConnectionMode,
    GoalInput,
    Sphere,
)

DAY = FIXED_NOW.date()


@pytest.fixture
def other(journal: Journal, paths: JournalPaths) -> Iterator[Journal]:
    """The same journal opened a second time: its own engine and connections, as another
    process (the command line, say) has."""
    second = Journal.open(paths, clock=journal.now)
    yield second
    second.close()


@pytest.fixture
def family(journal: Journal) -> int:
    return journal.save_circle(CircleInput("Family", Sphere.PERSONAL)).id


def _log_call(journal: Journal, circle_id: int, day: dt.date = DAY) -> None:
    started = dt.datetime.combine(day, dt.time(19, 0))
    journal.log_connection(ConnectionInput(started, circle_id, ConnectionMode.CALL, 20))


def _rows(journal: Journal) -> int:
    with journal.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM change_log")).scalar_one())


def test_another_process_s_write_is_told_by_table_and_day(
    journal: Journal, other: Journal, family: int
) -> None:
    watch = journal.watch_outside()
    yesterday = DAY - dt.timedelta(days=1)
    _log_call(other, family, yesterday)

    changes = watch.take()

    assert changes == Changes(days=frozenset({yesterday}), tables=frozenset({Table.CONNECTION}))
    assert not changes.touches(frozenset({Table.AI_USE, Table.GOAL}))
    assert changes.touches(frozenset({Table.CONNECTION}), frozenset({yesterday}))
    assert not changes.touches(frozenset({Table.CONNECTION}), frozenset({DAY}))
    assert watch.take() == Changes()  # nothing new since


def test_several_writes_and_an_undo_are_told_together(
    journal: Journal, other: Journal, family: int
) -> None:
    watch = journal.watch_outside()
    _log_call(other, family)
    other.save_goal(GoalInput("See Dad", Sphere.PERSONAL))
    other.delete_circle(other.save_circle(CircleInput("Choir", Sphere.PERSONAL)).id)

    changes = watch.take()

    assert changes.tables == {Table.CONNECTION, Table.GOAL, Table.CIRCLE}
    assert changes.days == {DAY}
    assert changes.bulk_tables == frozenset()


def test_the_window_s_own_writes_are_not_told_as_outside(journal: Journal, family: int) -> None:
    watch = journal.watch_outside()
    _log_call(journal, family)
    assert watch.take() == Changes()


def test_a_write_past_the_sessions_is_told_as_everything(
    journal: Journal, other: Journal, family: int
) -> None:
    watch = journal.watch_outside()
    with other.engine.begin() as connection:  # no log row: what it did is unknown
        connection.execute(text("UPDATE circle SET name = 'Kin'"))
    assert watch.take() == Changes.everything()


def test_a_write_past_the_sessions_among_logged_ones_is_told_as_everything(
    journal: Journal, other: Journal, family: int
) -> None:
    watch = journal.watch_outside()
    _log_call(other, family)
    with other.engine.begin() as connection:  # counted, but left no row
        connection.execute(text("UPDATE circle SET name = 'Kin'"))
    _log_call(other, family)
    assert watch.take() == Changes.everything()


def test_drafts_alone_are_told_as_drafts(journal: Journal, other: Journal, family: int) -> None:
    watch = journal.watch_outside()
    other.save_draft("goal:new", "Call Dad on Sundays")
    assert watch.take() == change_log.DRAFTS_ONLY
    assert not change_log.DRAFTS_ONLY.touches(frozenset({Table.AI_USE, Table.GOAL}))


def test_a_watch_behind_the_kept_rows_gets_everything(
    journal: Journal, other: Journal, family: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(change_log, "KEEP_ROWS", 3)
    watch = journal.watch_outside()
    for _ in range(4):
        _log_call(other, family)
    assert _rows(journal) == 3
    assert watch.take() == Changes.everything()


def test_a_log_from_another_file_is_not_trusted(
    journal: Journal, other: Journal, family: int
) -> None:
    watch = journal.watch_outside()
    # As after a restore: the row last seen holds another write now, and newer rows follow.
    with other.engine.begin() as connection:
        last = "SELECT max(seq) FROM change_log"
        connection.execute(text(f"UPDATE change_log SET nonce = nonce + 1 WHERE seq = ({last})"))
    _log_call(other, family)
    assert watch.take() == Changes.everything()


def test_a_rejected_change_leaves_no_row(journal: Journal, family: int) -> None:
    before = _rows(journal)
    with pytest.raises(ValidationError):
        journal.save_circle(CircleInput("", Sphere.PERSONAL))
    journal.circles()  # a read writes nothing either
    assert _rows(journal) == before


def test_a_long_import_is_stored_as_any_day(journal: Journal, other: Journal, family: int) -> None:
    watch = journal.watch_outside()
    days = frozenset(DAY - dt.timedelta(days=n) for n in range(change_log.MOST_DAYS + 1))
    with other.engine.begin() as connection:
        change_log.record(connection, Changes(days, frozenset({Table.AI_USE, Table.AI_TOOL})))
    changes = watch.take()
    assert changes.days == frozenset()
    assert changes.bulk_tables == {Table.AI_USE}
    assert changes.touches(frozenset({Table.AI_USE}), frozenset({DAY}))
