"""The dashboard snapshot for the first frame: the journal's change count moves with every
committed write (the window's or another process's), and a snapshot is read back only while
the count, the day and the language are still its own."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.conftest import FIXED_NOW
from vision_journal.core.dashboard_snapshot import (
    SETTING_KEY,
    Snapshot,
    decode,
    encode,
    read_current,
)
from vision_journal.core.errors import ValidationError
from vision_journal.core.export.data_json import export_json
from vision_journal.core.journal import Journal
from vision_journal.core.keys import KeyStore
from vision_journal.core.paths import JournalPaths
from vision_journal.core.records import (
    AiToolInput,
    AiUseInput,
    Sphere,
    ToolKind,
    UsePurpose,
)

TODAY = FIXED_NOW.date()


def snapshot_of(count: int, **changes: object) -> Snapshot:
    """A snapshot as the window keeps one (the words are the dashboard's)."""
    value = Snapshot(
        count=count,
        day=TODAY,
        day_start_hour=4,
        language="en_US",
        date_text="Monday, 16 Nov 2026",
        score_text="62",
        level_text="Watch",
        level_warning=True,
        change_text="12 % more AI time than the same days last week",
        hint_text="Out of 100. Balanced from 70, Watch from 40.",
        bars=(("Mon", 35), ("Tue", 0), ("Wed", 0), ("Thu", 0), ("Fri", 0), ("Sat", 0), ("Sun", 0)),
        bars_dimmed=(False, True, True, True, True, True, True),
        budget=45,
        bars_note="35 minutes so far; the dashed line is your daily budget of 45.",
        points=(None, 55.5, 62.0),
        point_labels=("2 Nov 2026", "9 Nov 2026", "16 Nov 2026"),
        thresholds=(40, 70),
        points_from="Week of 2 Nov 2026",
        points_note="Shaded bands: Balanced above, Over-reliant below.",
        inbox_text="",
    )
    return dataclasses.replace(value, **changes)  # type: ignore[arg-type]


def use_input(journal: Journal, minutes: int = 20) -> AiUseInput:
    tools = journal.tools() or [journal.save_tool(AiToolInput("Claude", ToolKind.CHAT_ASSISTANT))]
    return AiUseInput(
        started_at=FIXED_NOW - dt.timedelta(hours=1),
        minutes=minutes,
        tool_id=tools[0].id,
        purpose=UsePurpose.RESEARCH_LEARNING,
        sphere=Sphere.PERSONAL,
    )


def key_of(paths: JournalPaths) -> bytes:
    return KeyStore(paths).key_from_keyring()


def test_the_change_count_moves_with_each_committed_write_and_only_then(
    journal: Journal,
) -> None:
    use = use_input(journal)
    before = journal.change_count()
    journal.log_use(use)
    after_use = journal.change_count()
    assert after_use == before + 1  # one transaction, however many rows it wrote
    journal.save_settings(dataclasses.replace(journal.settings(), watch_threshold=35))
    assert journal.change_count() == after_use + 1
    # A draft of unsaved text changes nothing the dashboard shows.
    journal.save_draft("vision/personal", "half a thought")
    assert journal.change_count() == after_use + 1
    # Nothing committed, nothing counted.
    with pytest.raises(ValidationError):
        journal.log_use(dataclasses.replace(use, minutes=-5))
    assert journal.change_count() == after_use + 1
    # Reading counts nothing either.
    journal.uses_between(TODAY, TODAY)
    assert journal.change_count() == after_use + 1


def test_a_kept_snapshot_is_read_back_while_the_journal_is_unchanged(
    journal: Journal, paths: JournalPaths
) -> None:
    journal.log_use(use_input(journal))
    kept = snapshot_of(journal.change_count())
    assert journal.keep_snapshot(kept)
    # Keeping it is no change of what it shows: the count stays, so it is current.
    assert journal.change_count() == kept.count
    assert read_current(paths.database, key_of(paths), FIXED_NOW, "en_US") == kept


def test_a_write_after_the_snapshot_makes_the_start_compute_afresh(
    journal: Journal, paths: JournalPaths
) -> None:
    journal.log_use(use_input(journal))
    assert journal.keep_snapshot(snapshot_of(journal.change_count()))
    journal.log_use(use_input(journal, minutes=5))
    assert read_current(paths.database, key_of(paths), FIXED_NOW, "en_US") is None


def test_a_write_by_another_process_makes_the_snapshot_stale(
    journal: Journal, paths: JournalPaths
) -> None:
    journal.log_use(use_input(journal))
    assert journal.keep_snapshot(snapshot_of(journal.change_count()))
    # The command line opens the file through its own engine and connection.
    other = Journal.open(paths, key_of(paths))
    try:
        other.log_use(use_input(other, minutes=7))
    finally:
        other.close()
    assert read_current(paths.database, key_of(paths), FIXED_NOW, "en_US") is None


def test_a_snapshot_of_what_was_read_before_a_write_is_not_kept(
    journal: Journal, paths: JournalPaths
) -> None:
    read_at = journal.change_count()
    journal.log_use(use_input(journal))  # after the dashboard read, before it was kept
    assert not journal.keep_snapshot(snapshot_of(read_at))
    assert read_current(paths.database, key_of(paths), FIXED_NOW, "en_US") is None


def test_a_snapshot_of_another_day_or_language_is_not_shown(
    journal: Journal, paths: JournalPaths
) -> None:
    journal.log_use(use_input(journal))
    assert journal.keep_snapshot(snapshot_of(journal.change_count()))
    key = key_of(paths)
    assert read_current(paths.database, key, FIXED_NOW + dt.timedelta(days=1), "en_US") is None
    assert read_current(paths.database, key, FIXED_NOW, "de_DE") is None
    # Before the day starts (04:00) the moment still belongs to the day before.
    early_next = dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(3, 30))
    assert read_current(paths.database, key, early_next, "en_US") is not None


def test_a_closed_journal_keeps_no_snapshot(journal: Journal) -> None:
    count = journal.change_count()
    journal.close()
    assert not journal.keep_snapshot(snapshot_of(count))


def test_the_snapshot_stays_inside_the_journal(journal: Journal, paths: JournalPaths) -> None:
    journal.log_use(use_input(journal))
    settings = journal.settings()
    assert journal.keep_snapshot(snapshot_of(journal.change_count()))
    assert SETTING_KEY not in str(export_json(journal))
    reopened = Journal.open(paths, key_of(paths))
    try:
        assert reopened.settings() == settings
    finally:
        reopened.close()


def test_stored_text_round_trips_and_anything_else_reads_as_none() -> None:
    kept = snapshot_of(3)
    assert decode(encode(kept)) == kept
    assert decode(encode(kept).replace('"format":2', '"format":3')) is None
    assert decode("{}") is None
    assert decode("not json") is None
    assert decode(encode(kept).replace('"budget":45', '"budget":"lots"')) is None
    assert decode(encode(kept).replace('"count":3', '"count":null')) is None
