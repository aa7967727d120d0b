"""The check of every page, begun early on a thread of its own (as the window's start does
after its first frame): the open takes its result, and refuses a damaged file untouched,
exactly as when it checks by itself."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import FIXED_NOW
from vision_journal.core.db.migrate import CORRUPT_INSIDE_MESSAGE
from vision_journal.core.db.page_check import start_page_check, take_page_check
from vision_journal.core.errors import DamagedJournalError
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore, new_key
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import AiToolInput, AiUseInput, Sphere, ToolKind, UsePurpose

PAGE = 4096


def filled(paths: JournalPaths) -> bytes:
    """A closed journal of a few hundred uses (several pages); returns its key."""
    journal = Journal.open(paths, clock=lambda: FIXED_NOW)
    tool = journal.save_tool(AiToolInput("Claude", ToolKind.CHAT_ASSISTANT))
    for minutes in range(1, 300):
        journal.log_use(
            AiUseInput(
                FIXED_NOW - dt.timedelta(hours=minutes),
                minutes,
                tool.id,
                UsePurpose.PLANNING,
                Sphere.PERSONAL,
                note="a note long enough to fill pages " * 3,
            )
        )
    journal.close()
    return KeyStore(paths).key_from_keyring()


def test_an_early_check_of_a_sound_file_is_taken_by_the_open(paths: JournalPaths) -> None:
    key = filled(paths)
    start_page_check(paths.database, key)
    journal = Journal.open(paths, key)
    journal.close()
    # Taken once: a later open checks by itself.
    assert take_page_check(paths.database, key) is None


def test_an_early_check_finds_a_damaged_page_and_the_open_refuses_untouched(
    paths: JournalPaths,
) -> None:
    key = filled(paths)
    data = bytearray(paths.database.read_bytes())
    assert len(data) > 4 * PAGE
    data[3 * PAGE + 100] ^= 0x40  # one bit in a page of uses, far from the schema
    paths.database.write_bytes(bytes(data))
    start_page_check(paths.database, key)
    with pytest.raises(DamagedJournalError, match="some of its pages"):
        Journal.open(paths, key)
    assert paths.database.read_bytes() == bytes(data)
    assert CORRUPT_INSIDE_MESSAGE.startswith("The journal file is damaged")


def test_a_check_begun_with_another_key_is_not_taken(paths: JournalPaths) -> None:
    key = filled(paths)
    start_page_check(paths.database, new_key())
    assert take_page_check(paths.database, key) is None
    Journal.open(paths, key).close()
