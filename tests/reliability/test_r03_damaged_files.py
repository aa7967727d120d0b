"""R3: a damaged or foreign file is never overwritten.

Each kind of bad file is opened; the file must stay byte-identical, the message must name
what is wrong (a different message per kind), and the latest backup is there to offer.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.reliability.conftest import key_of
from vision_journal.core import backup
from vision_journal.core.db import migrate
from vision_journal.core.errors import JournalOpenError
from vision_journal.core.journal import Journal
from vision_journal.core.keys import WRONG_KEY_MESSAGE, new_key
from vision_journal.core.paths import JournalPaths


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _random(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:5000])


def _flip(offset: Callable[[int], int]) -> Callable[[Path], None]:
    def flip(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[offset(len(data))] ^= 0x01
        path.write_bytes(bytes(data))

    return flip


def _plain_sqlite(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    connection.close()


def _pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(8000))


CASES = {
    "empty": (_empty, migrate.EMPTY_MESSAGE),
    "random bytes": (_random, migrate.UNREADABLE_MESSAGE),
    "truncated": (_truncated, migrate.TRUNCATED_MESSAGE),
    "flipped byte, first page": (_flip(lambda n: 100), migrate.UNREADABLE_MESSAGE),
    # A page of the last long draft's text, which no schema or version lookup reads (the
    # middle of the file may hold a page of the schema, which reads as an unreadable file).
    "flipped byte, data page": (
        _flip(lambda n: n - 3 * migrate.PAGE_SIZE + 17),
        migrate.CORRUPT_INSIDE_MESSAGE,
    ),
    "plain SQLite file": (_plain_sqlite, migrate.FOREIGN_MESSAGE),
    "PDF renamed .db": (_pdf, migrate.OTHER_TYPE_MESSAGE.format(kind="PDF document")),
}


@pytest.fixture
def journal_with_backup(paths: JournalPaths) -> JournalPaths:
    journal = Journal.open(paths)
    for number in range(4):  # many pages of text, so there is a data page to damage
        journal.save_draft(f"d{number}", f"private text {number} " * 3000)
    journal.close()
    backup.create_backup(paths, key_of(paths))
    return paths


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_file_is_refused_untouched_with_its_own_message(
    journal_with_backup: JournalPaths, case: str
) -> None:
    paths = journal_with_backup
    damage, message = CASES[case]
    damage(paths.database)
    before = paths.database.read_bytes()
    with pytest.raises(JournalOpenError) as raised:
        Journal.open(paths, key_of(paths))
    assert str(raised.value) == message
    assert paths.database.read_bytes() == before
    assert not paths.wal_file.exists() or paths.wal_file.stat().st_size == 0
    assert backup.latest_backup(paths) is not None  # what the window offers


def test_wrong_key_is_told_apart_from_damage(journal_with_backup: JournalPaths) -> None:
    paths = journal_with_backup
    before = paths.database.read_bytes()
    with pytest.raises(JournalOpenError) as raised:
        Journal.open(paths, new_key())
    assert str(raised.value) == WRONG_KEY_MESSAGE
    assert paths.database.read_bytes() == before


def test_every_kind_has_a_distinct_message() -> None:
    messages = {message for _, message in CASES.values()} | {WRONG_KEY_MESSAGE}
    # Random bytes and a flipped first-page byte are indistinguishable by design (both
    # make page 1 fail its HMAC); every other kind reads differently.
    assert len(messages) == len(CASES) + 1 - 1
